"""A count a plan writes in a heading: 一、县示范区管委会牵头工作(8项).

A task list grouped by unit gives each group's size in its heading; the items under it are
tasks the extractor may keep only in part (a dated target here, a sentence there). Asked how
many items a unit leads (我们是示范区管委会,今年牵头几项工作), the heading's count is the
plan's own answer, not a count of the facts the store happens to hold.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# 几项, 多少项, 多少件: a count of items, not an amount.
_ASKS_ITEMS = re.compile(r"(?:几|多少)(?:项|件|条)")
# (8项), (共12项): the count closing a heading.
_COUNT = re.compile(r"[((]\s*共?\s*(\d{1,3})\s*(项|件|条)\s*[))]\s*$")


# 牵头多少项任务, 负责几项工作, 牵头多少任务: how many tasks a unit leads (or answers for), a
# count of its items, not the value of one of them (超过60项 of a target it leads).
_ASKS_DUTY_COUNT = re.compile(
    r"(?:牵头|负责|承担|主责|配合|参与)(?:了|的)?(?:重点)?(?:任务|工作|事项)?"
    r"(?:有|共|一共|总共|总计)?(?:多少|几)"
    r"(?:(?:项|件|条)(?:重点)?(?:任务|工作|事项|事情|事)?|个?(?:重点)?(?:任务|工作|事项|事情))"
)


def asks_duty_count(reading: str) -> bool:
    """Whether the question asks how many tasks a unit leads or answers for (牵头多少项任务)."""
    return _ASKS_DUTY_COUNT.search(reading) is not None


def asks_item_count(reading: str) -> bool:
    """Whether the question asks how many items (几项), not how much of something."""
    return _ASKS_ITEMS.search(reading) is not None


def count_in_heading(heading: str, names: Iterable[str]) -> str | None:
    """The count ``heading`` closes with ("8项"), when it names one of ``names``; else None."""
    match = _COUNT.search(heading)
    if match is None or not any(name and name in heading for name in names):
        return None
    return f"{match.group(1)}{match.group(2)}"
