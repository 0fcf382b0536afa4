"""Public feasts as due dates: "春节前完成…", "国庆节前…", "五一前…" in an annual work plan.

Annual plans time work by the feasts of the year ("春节前完成走访慰问", "国庆节前完成主体工程").
"X前" is due the day before the feast, as "9月底前" is due the last day of September.  The
Spring Festival moves with the lunar calendar, so its dates are a table (general calendar
knowledge, not a fact of any document); a year outside it dates nothing.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

# The first day of the lunar year (正月初一), by Gregorian year.
_SPRING_FESTIVAL: dict[int, tuple[int, int]] = {
    2000: (2, 5), 2001: (1, 24), 2002: (2, 12), 2003: (2, 1), 2004: (1, 22),
    2005: (2, 9), 2006: (1, 29), 2007: (2, 18), 2008: (2, 7), 2009: (1, 26),
    2010: (2, 14), 2011: (2, 3), 2012: (1, 23), 2013: (2, 10), 2014: (1, 31),
    2015: (2, 19), 2016: (2, 8), 2017: (1, 28), 2018: (2, 16), 2019: (2, 5),
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10),
    2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13),
    2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19),
    2035: (2, 8), 2036: (1, 28), 2037: (2, 15), 2038: (2, 4), 2039: (1, 24),
    2040: (2, 12),
}  # fmt: skip
# Feasts with a fixed Gregorian day (month, day).
_FIXED: dict[str, tuple[int, int]] = {"国庆": (10, 1), "五一": (5, 1), "劳动节": (5, 1)}

# "春节前", "国庆节前", "五一前", "劳动节以前": not "春节期间" or "春节前后" (a time around the
# feast, no due date), nor
# "元旦" (whose year, this one's end or the next one's start, the words do not say).
FEAST_BEFORE = re.compile(
    r"(?<![\u4e00-\u9fff]{2}[、和及])(?P<feast>春节|国庆|五一|劳动节)(?:节|假期|长假)?(?:前|以前|之前)(?!后)"
)


def feast_eve(feast: str, year: int) -> date | None:
    """The last day before ``feast`` in ``year`` (None for a Spring Festival outside the table)."""
    if feast == "春节":
        day = _SPRING_FESTIVAL.get(year)
        if day is None:
            return None
        return date(year, *day) - timedelta(days=1)
    month, day_of_month = _FIXED[feast]
    return date(year, month, day_of_month) - timedelta(days=1)
