"""Recurring duties' occurrences (period ends, or the day stated, inside their window): the
knowledge layer owns them (answers and /deadlines date a duty's occurrences too); the scheduler
uses the same functions."""

from policybot.knowledge.recurrence import (
    MONTHS_PER_PERIOD,
    DutyCalendar,
    cadences_ending_on,
    duty_span,
    is_period_end,
    month_end,
    occurrences,
    parse_days,
    yearly_occurrences,
)

__all__ = [
    "MONTHS_PER_PERIOD",
    "DutyCalendar",
    "cadences_ending_on",
    "duty_span",
    "is_period_end",
    "month_end",
    "occurrences",
    "parse_days",
    "yearly_occurrences",
]
