"""Which days reminders go out on: China's working days, holidays and adjusted days (调休) included.

The ``chinese-calendar`` package knows each year's official arrangement, but only for the years
it ships data for (to 2026 in 1.11) and raises ``NotImplementedError`` for any other year. For
such a year we fall back to Monday–Friday and log it once per year and process (however many
calendars the process makes: the chat's scheduler and its reminders each have one): a missing year
must never stop reminders. It is logged at INFO: an expected state the bot handles, for the
operator's log — the offline chat, which shows warnings among its replies, must not show it to
the user (trial36).
"""

from __future__ import annotations

import logging
import threading
from datetime import date
from functools import lru_cache

log = logging.getLogger(__name__)

# The years already warned about in this process, whichever calendar met them first.
_WARNED_YEARS: set[int] = set()
_WARNED_LOCK = threading.Lock()

LONGEST_BREAK_DAYS = 14
"""More consecutive days off than any official arrangement has (Spring Festival: 9)."""


class WorkCalendar:
    """``is_working(day)``; with ``enabled=False`` every day is a working day."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled

    def is_working(self, day: date) -> bool:
        if not self.enabled:
            return True
        official = _official_workday(day)
        if official is not None:
            return official
        with _WARNED_LOCK:
            first = day.year not in _WARNED_YEARS
            _WARNED_YEARS.add(day.year)
        if first:
            log.info(
                "chinese-calendar has no holiday data for %d: reminders use Monday–Friday", day.year
            )
        return day.weekday() < 5

    def on_or_before(self, day: date) -> date:
        """The last working day not after ``day`` (``day`` itself when it is one)."""
        for offset in range(LONGEST_BREAK_DAYS + 1):
            candidate = date.fromordinal(day.toordinal() - offset)
            if self.is_working(candidate):
                return candidate
        return day

    def on_or_after(self, day: date) -> date:
        """The first working day not before ``day``."""
        for offset in range(LONGEST_BREAK_DAYS + 1):
            candidate = date.fromordinal(day.toordinal() + offset)
            if self.is_working(candidate):
                return candidate
        return day


@lru_cache(maxsize=8192)
def _official_workday(day: date) -> bool | None:
    """The official answer, or None when the package has no data for the year."""
    try:
        import chinese_calendar
    except ImportError:  # pragma: no cover - a declared dependency; tolerate its absence anyway
        return None
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return None
