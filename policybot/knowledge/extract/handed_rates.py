"""Rewards paid as a share handed over: "前三年按其税收地方所得部分60%、第四年起按10%的标准奖励给
引进乡镇".

A reward rule may pay whoever brought a project a share of the tax it yields, one rate per
period, and name the recipient only after 奖励给 / 返还给.  Neither a sum nor "给予…奖励" is
written, so the other reward readings find nothing while the rates looked like goals.  Each
rate is one reward without a fixed sum (``amount_yuan`` None), the rate and its recipient in
``treatment``, its period in brackets after what the reward is for (the clause the sentence
opens with, "对乡镇、部门引进的项目").
"""

from __future__ import annotations

import re

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.records import RewardRecord, Span

_HANDED = re.compile(
    r"(?P<rates>(?:[^,;。、]{0,12}?按(?:照)?[^,;。、]{0,24}?\d+(?:\.\d+)?\s*[%‰][、,]?)+)"
    r"[^,;。、]{0,6}?(?:的)?(?:标准|比例)?(?:奖励|返还|奖补|补助)给(?P<recipient>[^,;。]{2,30})"
)
_RATE = re.compile(
    r"(?P<when>[^,;。、]{0,12}?)按(?:照)?(?P<base>[^,;。、]{0,24}?)(?P<rate>\d+(?:\.\d+)?\s*[%‰])"
)
# "对乡镇、部门(单位)引进的项目,": what the reward is for opens the sentence.
_FOR_WHAT = re.compile(
    r"^\s*(?:\d+[、.]|[(（][一二三四五六七八九十\d]+[)）])?\s*对(?P<what>[^,;。]{2,40})"
)


def rates_handed_over(
    text: str, offset: int, ctx: DocContext, section: str | None
) -> list[RewardRecord]:
    """One reward per rate of a clause closing "…的标准奖励给<recipient>"."""
    if "给" not in text or "按" not in text:
        return []  # (the pattern backtracks over every clause: only where it can match)
    handed = _HANDED.search(text)
    if handed is None:
        return []
    opening = _FOR_WHAT.match(text)
    what = opening["what"] if opening else handed["recipient"]
    records: list[RewardRecord] = []
    for rate in _RATE.finditer(handed["rates"]):
        when = rate["when"].strip(" ,、")  # "前三年", "第四年起": the period of this rate
        achievement = f"{what}({when})" if when else what
        start = offset + handed.start("rates") + rate.start()
        records.append(
            RewardRecord(
                region=ctx.region,
                achievement=achievement[:120],
                quote=text[handed.start() : handed.end()].strip(" ,")[:160],
                treatment=f"按{rate['base']}{rate['rate']}奖励给{handed['recipient']}",
                span=Span(start, offset + handed.end(), section),
            )
        )
    return records
