"""Recurring duties (每年/每半年/每季度/每月) as concrete due dates.

A duty is due at the end of each of its periods unless the document states the day ("每月5日前":
the 5th; "每季度结束后15日内": the 15th of the month after each quarter). It is expanded only
within its document's plan period (``period_start``..``period_end``): a plan for 2016–2020 asks
for quarterly reports in those years, not forever; and a duty of a phase ("实施阶段(2027年3月—
2028年6月)") has no occurrence before the phase begins or after it ends. A plan that states
no period ("縣市場監督管理局每季度結束後15日內報送工作進展" in a notice without years) has its
duties fall from the day it was issued for the usual term of such a document,
``UNDATED_TERM_YEARS`` (a normative document that states no term of validity lapses after five
years at most), unless a window it states ends them sooner or later (``duty_span``): a notice
of 2016 that states no years is no reason to remind anyone in 2031.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

MONTHS_PER_PERIOD = {"month": 1, "quarter": 3, "half-year": 6, "year": 12}


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def is_period_end(day: date, every: str) -> bool:
    months = MONTHS_PER_PERIOD.get(every)
    if months is None:
        return False
    return day == month_end(day.year, day.month) and day.month % months == 0


def cadences_ending_on(day: date) -> list[str]:
    """Which cadences have a period ending on ``day`` (12-31 ends all four)."""
    return [every for every in MONTHS_PER_PERIOD if is_period_end(day, every)]


def occurrences(every: str, first_year: int, last_year: int) -> list[date]:
    """Every period end of ``every`` from ``first_year`` to ``last_year`` inclusive."""
    months = MONTHS_PER_PERIOD.get(every)
    if months is None:
        return []
    return [
        month_end(year, month)
        for year in range(first_year, last_year + 1)
        for month in range(months, 13, months)
    ]


def yearly_occurrences(deadline: date, first_year: int | None) -> list[date]:
    """A per-year target's occurrences ("各区每年…不少于35家" in a 2017—2019 plan): each plan
    year's 12-31 before its deadline's year, and the deadline itself. Without a plan start the
    deadline is its only one. Reminders, /overdue, /deadlines and the lists all date the target
    by these."""
    start = first_year if first_year is not None else deadline.year
    return [date(year, 12, 31) for year in range(start, deadline.year)] + [deadline]


def yearly_occurrence(deadline: date, first_year: int | None, today: date) -> date:
    """The occurrence a list shows on ``today``: the first one not yet past, else the last."""
    for day in yearly_occurrences(deadline, first_year):
        if day >= today:
            return day
    return deadline


@dataclass(frozen=True)
class DutyCalendar:
    """When a recurring duty falls: its period, the month of the period (1 = the first,
    ``months + 1`` = the month after it) and day (None: that month's end) the document states,
    the other days of that month it states too ("每月10日、20日前": ``also_days`` (20,), two
    occurrences a month), and the window it is done in. All None: each period's end, in every
    plan year."""

    every: str
    due_month: int | None = None
    due_day: int | None = None
    window_start: date | None = None
    window_end: date | None = None
    also_days: tuple[int, ...] = ()

    @classmethod
    def of(cls, duty: Any) -> DutyCalendar:
        """The calendar of a stored duty (or any row with its columns)."""
        return cls(
            duty.every,
            duty.due_month,
            duty.due_day,
            duty.window_start,
            duty.window_end,
            parse_days(getattr(duty, "also_days", None)),
        )

    @property
    def months(self) -> int | None:
        return MONTHS_PER_PERIOD.get(self.every)

    def due_in_period(self, year: int, first_month: int) -> date | None:
        """The (first) occurrence of the period that begins in ``first_month`` of ``year``."""
        dues = self.dues_in_period(year, first_month)
        return dues[0] if dues else None

    def dues_in_period(self, year: int, first_month: int) -> list[date]:
        """Every occurrence of the period that begins in ``first_month`` of ``year``, in order."""
        if self.due_month is None:
            months = self.months or 1
            return [month_end(*_shifted(year, first_month, months - 1))]
        due_year, due_month = _shifted(year, first_month, self.due_month - 1)
        last_day = calendar.monthrange(due_year, due_month)[1]
        days = (self.due_day or last_day, *(self.also_days if self.due_day else ()))
        return sorted({date(due_year, due_month, min(day, last_day)) for day in days})

    @property
    def covers_a_period(self) -> bool:
        """Whether each occurrence reports on a period already over: due in the month after it
        ("每季度结束后15日内", and "每月5日前报送上月…", which the extractor reads as the 5th of
        the month after the month reported on)."""
        months = self.months
        return months is not None and self.due_month is not None and self.due_month > months

    def occurrences(self, first_year: int, last_year: int) -> list[date]:
        """Every occurrence of the periods beginning in ``first_year``..``last_year``, inside
        the window."""
        months = self.months
        if months is None:
            return []
        found = []
        for year in range(first_year, last_year + 1):
            for month in range(1, 13, months):
                found += [
                    day
                    for day in self.dues_in_period(year, month)
                    if self.in_window(day, (year, month))
                ]
        return found

    def period_of(self, day: date) -> tuple[int, int] | None:
        """The period (year, first month) whose occurrence falls in ``day``'s month."""
        months = self.months
        if months is None:
            return None
        offset = (self.due_month or months) - 1
        year, month = _shifted(day.year, day.month, -offset)
        return year, (month - 1) // months * months + 1

    def same_period(self, day: date, other: DutyCalendar) -> date | None:
        """The occurrence of this calendar for the period ``other``'s occurrence on ``day``
        belongs to: a corrected version moving 每月8日前 to 每月12日前 keeps an 已完成 of 10-08
        as one of 10-12 (the same month reported on), not as an earlier date."""
        period = other.period_of(day)
        if period is None or other.every != self.every:
            return None
        olds, news = other.dues_in_period(*period), self.dues_in_period(*period)
        if not news:
            return None
        if day in news:  # the day itself is still an occurrence of the period: that one
            return day
        index = max((n for n, due in enumerate(olds) if due <= day), default=0)
        return news[min(index, len(news) - 1)]  # "每月10日、20日前": the n-th day, the n-th

    def falls_on(self, day: date, first_year: int, last_year: int) -> bool:
        """Whether ``day`` is an occurrence (the few periods that could end on it, checked)."""
        period = self.period_of(day)
        if period is None:
            return False
        year, first_month = period
        return (
            first_year <= year <= last_year
            and day in self.dues_in_period(year, first_month)
            and self.in_window(day, (year, first_month))
        )

    def in_window(self, day: date, period: tuple[int, int] | None = None) -> bool:
        """Whether the occurrence due on ``day`` (of the period beginning in ``period``: year,
        month) belongs to the window. A report on a period already over belongs to it by the
        period it covers, which must overlap the window: the last quarter of a phase is
        reported after the phase ends, the quarter before it not at all. Any other duty by its
        due date. So is a report in a window shorter than its period that holds one of its due
        days: "(三)总结阶段(2029年1月—2029年6月)。各区每年1月15日前报送上年度工作总结" is done on
        2029-01-15 inside the phase, not in 2030 after the plan."""
        if period is not None and self.covers_a_period and not self._due_inside_short_window():
            months = self.months or 1
            first = date(period[0], period[1], 1)
            last = month_end(*_shifted(period[0], period[1], months - 1))
            return (self.window_start is None or last >= self.window_start) and (
                self.window_end is None or first <= self.window_end
            )
        return (self.window_start is None or day >= self.window_start) and (
            self.window_end is None or day <= self.window_end
        )

    def _due_inside_short_window(self) -> bool:
        months = self.months
        start, end = self.window_start, self.window_end
        if months is None or start is None or end is None:
            return False
        if _shifted(start.year, start.month, months - 1) <= (end.year, end.month):
            return False  # the window spans a whole period: each is reported by what it covers
        return any(
            start <= day <= end
            for year in range(start.year - 1, end.year + 1)
            for month in range(1, 13, months)
            if (day := self.due_in_period(year, month)) is not None
        )


def parse_days(stored: str | None) -> tuple[int, ...]:
    """``also_days`` as stored ("20" or "15,25"; None: no other day)."""
    if not stored:
        return ()
    return tuple(int(part) for part in stored.split(",") if part.strip().isdigit())


def stored_days(days: list[int] | tuple[int, ...]) -> str | None:
    """``also_days`` as the store keeps them (None when there are none)."""
    return ",".join(str(day) for day in days) or None


# How long the duties of a plan stating no years run, from the day it was issued (else took
# effect, else was stored): the term after which a normative document stating none lapses.
UNDATED_TERM_YEARS = 5


@dataclass(frozen=True)
class DutySpan:
    """The calendar and the years (of the periods' beginnings) a duty is expanded in;
    ``last_year`` None: open-ended, the caller bounds it by the days it asks about."""

    calendar: DutyCalendar
    first_year: int
    last_year: int | None

    def years_to(self, until_year: int) -> tuple[int, int]:
        """(first, last) year to expand in, an open-ended span bounded at ``until_year``."""
        return self.first_year, until_year if self.last_year is None else self.last_year


def duty_span(
    calendar: DutyCalendar,
    period_start: int | None,
    period_end: int | None,
    since: date | None,
) -> DutySpan | None:
    """Where a duty falls: its plan's years (``period_start``..``period_end``); for a plan
    that states none, from ``since`` (the day it was issued, else took effect or was stored)
    to its window's end, else for ``UNDATED_TERM_YEARS`` from ``since``. None when there is
    nothing to start from."""
    if period_start is not None:
        return DutySpan(calendar, period_start, period_end or period_start)
    if since is None:
        return None
    if calendar.window_start is None:
        calendar = replace(calendar, window_start=since)
    if calendar.window_end is None:
        calendar = replace(calendar, window_end=_term_end(since))
    start = calendar.window_start or since
    last = calendar.window_end.year if calendar.window_end is not None else None
    return DutySpan(calendar, min(since.year, start.year), last)


def _term_end(since: date) -> date:
    """The last day of ``UNDATED_TERM_YEARS`` from ``since`` (29 February: the 28th)."""
    year = since.year + UNDATED_TERM_YEARS
    end = date(year, since.month, min(since.day, calendar.monthrange(year, since.month)[1]))
    return date.fromordinal(end.toordinal() - 1)


def _shifted(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1
