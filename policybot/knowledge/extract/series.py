"""Bare numbers of a 、-list that share the measure word written after its last member.

"审批时间分别压缩至70、40、30、30、40、35个工作日", "分别达到10、20、30家": every member is a quantity
of the unit after the last one. Only numbers joined by 、 (the list mark) count; a member
after 第 (an ordinal) or that is a year (2016、2017年) is no quantity.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_NUMBER = r"\d+(?:\.\d+)?"
# two or more bare numbers joined by 、, then the last member, which carries the unit
_SERIES = re.compile(rf"(?<![\d.、第])((?:{_NUMBER}\s*、\s*)+)(?={_NUMBER})")
_MEMBER = re.compile(_NUMBER)
_YEAR = re.compile(r"(?:19|20)\d{2}")


def shared_unit_members(
    text: str, found: list[Any], make: Callable[[int, int, float, str, str], Any]
) -> list[Any]:
    """Quantities for the bare members of each list whose last member has a unit in ``found``.

    ``found`` holds the quantities already read (objects with ``start``, ``end``, ``unit``,
    ``value_max``); ``make(start, end, value, unit, text)`` builds a new one.
    """
    by_start = {quantity.start: quantity for quantity in found}
    taken = {quantity.start for quantity in found}
    extra: list[Any] = []
    for match in _SERIES.finditer(text):
        last = by_start.get(match.end())
        if last is None or not last.unit or last.value_max is not None:
            continue
        if last.unit.startswith("年"):
            continue
        members = list(_MEMBER.finditer(match[1]))
        if any(_YEAR.fullmatch(member[0]) for member in members):
            continue
        for member in members:
            start = match.start(1) + member.start()
            if start in taken:
                continue
            end = match.start(1) + member.end()
            extra.append(make(start, end, float(member[0]), last.unit, member[0] + last.unit))
    return extra
