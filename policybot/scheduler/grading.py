"""三色预警: each occurrence is graded by the days left before its due date.

蓝 (blue) — approaching; 黄 (yellow) — due within ``yellow_days`` (7 by default), the due day
included; 红 (red) — overdue and not acknowledged. Names and marks live here only.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Colour:
    name: str  # the JSON value: blue, yellow, red
    label: str  # 蓝, 黄, 红
    mark: str  # the emoji shown in front of an item


BLUE = Colour("blue", "蓝", "🔵")
YELLOW = Colour("yellow", "黄", "🟡")
RED = Colour("red", "红", "🔴")


def colour_of(days_left: int, yellow_days: int) -> Colour:
    """The grade of an occurrence due in ``days_left`` days (negative: overdue)."""
    if days_left < 0:
        return RED
    if days_left <= yellow_days:
        return YELLOW
    return BLUE


def countdown(days_left: int) -> str:
    """还有 N 天到期 / 今天到期 / 已逾期 N 天."""
    if days_left > 0:
        return f"还有 {days_left} 天到期"
    if days_left == 0:
        return "今天到期"
    return f"已逾期 {-days_left} 天"
