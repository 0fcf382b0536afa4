"""What a plan compares its goals with (batch-13 classes): the figure of a comparison year.

"比2010年的12.4万吨、1.07万吨分别减少11.9%、15.5%": the figures after "比2010年的" are where the
change is measured from (the baseline level), never goals of their own; the change after them is
the goal.  Kept apart from ``targets`` so the rule reads on its own.
"""

from __future__ import annotations

import re

# "比2010年的" / "较2015年末的" / "比“十一五”末的": the comparison.
_HEAD = (
    r"(?:比|较|与|同)\s*(?:(?:19|20)\d{2}\s*年\s*(?:底|末)?|[“\"][^”\"]{1,6}[”\"]\s*(?:末|期末))\s*"
    r"(?:的|时的)"
)
COMPARISON_HEAD = re.compile(_HEAD)
# "比2010年的12.4万吨、": the comparison, then its figures so far.
_COMPARED_FIGURE_BEFORE = re.compile(
    _HEAD + r"\s*"
    # figures already listed: "12.4 万 吨、" (spaces inside a figure and its unit are kept as found)
    r"(?:\d+(?:\.\d+)?\s*(?:[^\d\s,;。、:]\s*){0,6}、\s*)*$"
)


def is_compared_figure(before: str) -> bool:
    """Whether a number whose clause reads ``before`` up to it is a comparison year's level."""
    return bool(_COMPARED_FIGURE_BEFORE.search(before))


# "单位GDP用水量、单位工业增加值用水量比2015年降低20%": several indicators, one comparison, one
# change - one goal per indicator.
_COMPARED_SUBJECTS = re.compile(
    r"(?:^|[,;:。)])(?:其中)?"
    r"(?P<items>[^、,;:。()比较]{2,24}(?:、[^、,;:。()比较]{2,24})+)"
    r"(?P<comparison>(?:比|较)\s*(?:19|20)\d{2}\s*年(?:底|末)?)\s*(?:累计)?\s*"
    r"(?P<verb>下降|降低|减少|削减|增长|提高|提升|增加|上升)\s*\d[^,;。、]*$"
)


def compared_subjects(quote: str) -> list[str] | None:
    """The indicators one shared comparison applies to, each with the comparison and its verb."""
    match = _COMPARED_SUBJECTS.search(quote)
    if match is None:
        return None
    tail = match["comparison"] + match["verb"]
    return [item.strip() + tail for item in match["items"].split("、")]
