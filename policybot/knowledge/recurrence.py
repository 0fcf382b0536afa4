"""Recurring duties (每年/每半年/每季度/每月) as concrete due dates: the ends of their periods.

A duty is expanded only within its document's plan period (``period_start``..``period_end``):
a plan for 2016–2020 asks for quarterly reports in those years, not forever.
"""

from __future__ import annotations

import calendar
from datetime import date

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
