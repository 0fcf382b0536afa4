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
