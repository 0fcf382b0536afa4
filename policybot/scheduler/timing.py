"""When a reminder fires: ``due − lead days`` at ``send_at`` local time, never in quiet hours.

All instants leave this module in UTC; the local calendar (Asia/Shanghai by default) decides
which day a lead time lands on, because a deadline is a local date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from policybot.bot.config import Settings, parse_clock

LATE_AFTER = timedelta(minutes=15)
"""A reminder sent more than this after its fire instant is 补发 (late), e.g. after downtime."""


@dataclass(frozen=True)
class ReminderTiming:
    tz: ZoneInfo
    send_at: time
    quiet_start: time
    quiet_end: time
    default_leads: tuple[int, ...]
    catch_up: timedelta
    late_after: timedelta = LATE_AFTER

    @classmethod
    def from_settings(cls, settings: Settings) -> ReminderTiming:
        reminders = settings.reminders
        return cls(
            tz=settings.tz,
            send_at=parse_clock(reminders.send_at, "reminders.send_at"),
            quiet_start=parse_clock(reminders.quiet_start, "reminders.quiet_start"),
            quiet_end=parse_clock(reminders.quiet_end, "reminders.quiet_end"),
            default_leads=tuple(sorted(set(reminders.lead_days), reverse=True)),
            catch_up=timedelta(hours=reminders.catch_up_hours),
        )

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(self.tz)

    def in_quiet_hours(self, instant: datetime) -> bool:
        clock = self.local(instant).time()
        start, end = self.quiet_start, self.quiet_end
        if start == end:
            return False
        if start < end:
            return start <= clock < end
        return clock >= start or clock < end

    def out_of_quiet_hours(self, instant: datetime) -> datetime:
        """The first instant at or after ``instant`` that is not in quiet hours."""
        if not self.in_quiet_hours(instant):
            return instant.astimezone(UTC)
        local = self.local(instant)
        day = local.date()
        if self.quiet_start > self.quiet_end and local.time() >= self.quiet_start:
            day += timedelta(days=1)
        return datetime.combine(day, self.quiet_end, self.tz).astimezone(UTC)

    def fire_instant(self, local_day: date) -> datetime:
        """When the reminders of ``local_day`` go out (UTC)."""
        return self.out_of_quiet_hours(datetime.combine(local_day, self.send_at, self.tz))

    def fire_days(self, after: datetime, until: datetime) -> list[tuple[date, datetime]]:
        """The local days whose fire instant lies in ``(after, until]``, with that instant.

        Quiet hours can push a day's instant past midnight, so a day before ``after`` is checked too.
        """
        if until <= after:
            return []
        first = self.local(after).date() - timedelta(days=1)
        last = self.local(until).date()
        days = (first + timedelta(days=offset) for offset in range((last - first).days + 1))
        return [
            (day, instant)
            for day, instant in ((day, self.fire_instant(day)) for day in days)
            if after < instant <= until
        ]

    def snooze_until(self, now: datetime, days: int) -> datetime:
        """推迟N天: the regular fire instant ``days`` local days after ``now``."""
        return self.fire_instant(self.local(now).date() + timedelta(days=days))

    def local_date(self, instant: datetime) -> date:
        return self.local(instant).date()


def normalise_leads(days: Iterable[int]) -> tuple[int, ...]:
    """Distinct lead times, longest first (how they are stored and shown)."""
    return tuple(sorted(set(days), reverse=True))
