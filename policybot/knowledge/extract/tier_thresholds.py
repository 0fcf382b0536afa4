"""Figures that state when a rule applies, not what is to be reached.

A reward scheme grades its rewards by a figure the applicant must pass: "投资额在5000万元以上1亿元
以下的,考核加2分", "项目投资超出5000万元(含)的,按…标准奖励", "计奖基数为5000万元".  The figure
is a tier's threshold (a condition), the points are the treatment; neither is a goal, and none of
them carries a deadline.  Only undated figures are judged here: a dated "到2025年,投资额达到5亿元
以上" is a goal whatever its wording.
"""

from __future__ import annotations

import re

from policybot.knowledge.extract.records import TargetRecord

# "…的" closing the clause: the figure qualifies who is meant ("投资额在5亿元以上的").
_QUALIFYING_CLAUSE = re.compile(r"的\s*$")
# "在1亿元以上5亿元以下": a band between two figures.
_BAND = re.compile(r"\d\s*[万亿]?[^\d,;。]{0,4}以上[^,;。]{0,12}\d[^,;。]{0,4}以下")
# "计奖基数为5000万元", "考核加2分", "在原基础上再加2分": a base of computation, or score points.
_BASE_OR_POINTS = re.compile(r"基数|(?:再|另)?加\s*\d+(?:\.\d+)?\s*分$")
# "根据企业在座谈会上提出的173个诉求": the ground of the document, not its aim.
_GROUND = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|\(?\d{1,2}[).、])?\s*根据")


def is_tier_threshold(target: TargetRecord) -> bool:
    """An undated figure that grades a rule (threshold, band, base, points) or gives its ground."""
    if target.deadline is not None or target.per_year:
        return False
    quote = target.quote.strip()
    return bool(
        _QUALIFYING_CLAUSE.search(quote)
        or _BAND.search(quote)
        or _BASE_OR_POINTS.search(quote)
        or _GROUND.search(quote)
    )
