"""Injectable time: the bot, the scheduler and the tests ask a ``Clock``, never ``datetime.now``.

Times are timezone-aware UTC; they are shown in the configured zone (Asia/Shanghai by default).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class OffsetClock:
    """Real time shifted to start at ``start``: ``policybot chat --now`` lives in another day.

    A ``held`` clock stands at ``start`` until :meth:`release`: the offline chat releases it
    when it is ready to read the first line, so a slow start (tens of seconds on a busy machine)
    does not carry a ``--now 08:59:30`` session's first ``/subscribe`` past 09:00, after the
    moment it meant to catch."""

    def __init__(self, start: datetime, *, held: bool = False) -> None:
        _require_aware(start)
        self._start = start.astimezone(UTC)
        self._origin: float | None = None if held else time.monotonic()

    def release(self) -> None:
        """Lets a held clock run on from its start instant; a running clock is left alone."""
        if self._origin is None:
            self._origin = time.monotonic()

    def now(self) -> datetime:
        if self._origin is None:
            return self._start
        return self._start + timedelta(seconds=time.monotonic() - self._origin)


class FakeClock:
    """A clock that moves only when told to: tests advance it instead of sleeping."""

    def __init__(self, start: datetime) -> None:
        _require_aware(start)
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def set(self, instant: datetime) -> None:
        _require_aware(instant)
        self._now = instant.astimezone(UTC)

    def advance(self, delta: timedelta) -> None:
        self._now += delta


def _require_aware(instant: datetime) -> None:
    if instant.tzinfo is None:
        raise ValueError("clock times must be timezone-aware")


# The zone names of China Standard Time: a time shown in them is 北京时间 to every reader.
_BEIJING_ZONES = frozenset(
    {"Asia/Shanghai", "Asia/Chongqing", "Asia/Chungking", "Asia/Harbin", "PRC"}
)


def zone_label(zone: tzinfo, at: datetime) -> str:
    """What a time shown in ``zone`` is (北京时间, else its offset at ``at``: UTC+09:00), so a
    list of times says which clock it reads."""
    if getattr(zone, "key", None) in _BEIJING_ZONES:
        return "北京时间"
    offset = at.astimezone(zone).utcoffset() or timedelta(0)
    if not offset:
        return "UTC"
    minutes = abs(int(offset.total_seconds())) // 60
    sign = "+" if offset > timedelta(0) else "-"
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
