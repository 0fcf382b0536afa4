"""When a reminder fires: ``due − lead days`` at ``send_at`` local time, on a working day, never
in quiet hours.

A lead time that lands on a day off (weekend, public holiday; adjusted working days count as
working) fires on the last working day before it, so a warning never comes later than promised;
an escalation (overdue for N days) fires on the first working day after. Nothing is sent on a day
off or in quiet hours: what falls due then waits for the next moment that may send.

All instants leave this module in UTC; the local calendar (Asia/Shanghai by default) decides
which day a lead time lands on, because a deadline is a local date.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from policybot.config import Settings, parse_clock
from policybot.scheduler.workdays import LONGEST_BREAK_DAYS, WorkCalendar

LATE_AFTER = timedelta(minutes=15)
"""A reminder sent more than this after its fire instant is 补发 (late), e.g. after downtime."""


@dataclass(frozen=True)
class ReminderTiming:
    """The time rules of reminders, from ``[reminders]``: when they fire, when they may be sent,
    how an occurrence is graded (三色预警), when it escalates and how long the ledger keeps rows."""

    tz: ZoneInfo
    send_at: time
    quiet_start: time
    quiet_end: time
    default_leads: tuple[int, ...]
    catch_up: timedelta
    late_after: timedelta = LATE_AFTER
    calendar: WorkCalendar = field(default_factory=lambda: WorkCalendar(enabled=False))
    yellow_days: int = 7
    escalate_after_days: int = 3
    keep_ledger: timedelta = timedelta(days=400)
    # The configured owners (``bot.owners``): admins whose 已完成 settles an occurrence for the
    # supervisors (``scheduler/settlement.py``), though they are never in the ``Admin`` table.
    owners: frozenset[int] = frozenset()

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
            calendar=WorkCalendar(enabled=reminders.working_days),
            yellow_days=reminders.yellow_days,
            escalate_after_days=reminders.escalate_after_days,
            keep_ledger=timedelta(days=reminders.keep_ledger_days),
            owners=frozenset(settings.bot.owners),
        )

    def local(self, instant: datetime) -> datetime:
        return instant.astimezone(self.tz)

    def may_send(self, instant: datetime) -> bool:
        """Outside quiet hours, on a working day."""
        return not self.in_quiet_hours(instant) and self.calendar.is_working(
            self.local(instant).date()
        )

    def next_send_moment(self, instant: datetime) -> datetime:
        """The first instant at or after ``instant`` at which reminders may be sent."""
        moment = self.out_of_quiet_hours(instant)
        day = self.local(moment).date()
        if self.calendar.is_working(day):
            return moment
        working = self.calendar.on_or_after(day)
        return self.out_of_quiet_hours(datetime.combine(working, self.quiet_end, self.tz))

    def send_day(self, moment: datetime, now: datetime) -> date:
        """The local day a row for ``moment`` goes out when planned at ``now`` (late rows go
        today, or at the next moment that may send): the day of "one reminder per day"."""
        return self.local_date(self.next_send_moment(max(moment, now)))

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

    def reminder_instant(self, day: date) -> datetime:
        """When a reminder meant for ``day`` goes out: that day's fire instant, or the last
        working day's before it."""
        return self.fire_instant(self.calendar.on_or_before(day))

    def escalation_instant(self, day: date) -> datetime:
        """When an escalation meant for ``day`` goes out: the first working day's from it on."""
        return self.fire_instant(self.calendar.on_or_after(day))

    def fire_days(self, after: datetime, until: datetime) -> list[tuple[date, datetime]]:
        """The days whose reminders fire in ``(after, until]``, with that instant.

        Quiet hours can push a day's instant past midnight, so a day before ``after`` is checked
        too; a working day's instant also serves the days off after it, so days up to
        ``LONGEST_BREAK_DAYS`` past ``until`` are checked as well.
        """
        return self._days_firing(after, until, self.reminder_instant, ahead=LONGEST_BREAK_DAYS)

    def escalation_days(self, after: datetime, until: datetime) -> list[tuple[date, datetime]]:
        """The days whose escalations fire in ``(after, until]`` (days off wait for the next
        working day, so days up to ``LONGEST_BREAK_DAYS`` before ``after`` are checked)."""
        return self._days_firing(after, until, self.escalation_instant, behind=LONGEST_BREAK_DAYS)

    def _days_firing(
        self,
        after: datetime,
        until: datetime,
        instant_of: Callable[[date], datetime],
        *,
        ahead: int = 0,
        behind: int = 0,
    ) -> list[tuple[date, datetime]]:
        if until <= after:
            return []
        first = self.local(after).date() - timedelta(days=1 + behind)
        last = self.local(until).date() + timedelta(days=ahead if self.calendar.enabled else 0)
        days = (first + timedelta(days=offset) for offset in range((last - first).days + 1))
        return [
            (day, instant)
            for day, instant in ((day, instant_of(day)) for day in days)
            if after < instant <= until
        ]

    def snooze_until(self, now: datetime, days: int) -> datetime:
        """推迟N天: the regular fire instant ``days`` local days after ``now`` (a working day)."""
        return self.escalation_instant(self.local(now).date() + timedelta(days=days))

    def local_date(self, instant: datetime) -> date:
        return self.local(instant).date()


def normalise_leads(days: Iterable[int]) -> tuple[int, ...]:
    """Distinct lead times, longest first (how they are stored and shown)."""
    return tuple(sorted(set(days), reverse=True))
