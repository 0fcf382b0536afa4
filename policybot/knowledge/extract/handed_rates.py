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

# "按其税收地方所得部分60%", "按企业所得税县级留存部分的同等比例" (the whole share, B37-3)
_SHARE = r"(?:\d+(?:\.\d+)?\s*[%‰]|同等比例)"
_HANDED = re.compile(
    rf"(?P<rates>(?:[^,;。、]{{0,12}}?按(?:照)?[^,;。、]{{0,24}}?{_SHARE}[、,]?)+)"
    r"[^,;。、]{0,6}?(?:的)?(?:标准|比例)?(?:奖励|返还|奖补|补助)给(?P<recipient>[^,;。]{2,30})"
)
_RATE = re.compile(
    rf"(?P<when>[^,;。、]{{0,12}}?)按(?:照)?(?P<base>[^,;。、]{{0,24}}?)(?P<rate>{_SHARE})"
)
# "对乡镇、部门(单位)引进的项目,": what the reward is for opens the sentence; "第四条固定资产投资额
# 1000万元(人民币,下同)及以上的鼓励类生产性投资项目,": an article opening with the project it
# pays for (B37-3).
_FOR_WHAT = re.compile(
    r"^\s*(?:\d+[、.]|[(（][一二三四五六七八九十\d]+[)）])?\s*对(?P<what>[^,;。]{2,40})|"
    r"^\s*第[一二三四五六七八九十百\d]{1,4}条\s*(?P<project>(?:[^,;。()]|\([^()]{0,12}\)){2,60}?"
    r"的[^,;。()]{0,12}?项目)(?=,)"
)


def rates_handed_over(
    text: str, offset: int, ctx: DocContext, section: str | None
) -> list[RewardRecord]:
    """One reward per rate of a clause closing "…的标准奖励给<recipient>"."""
    if "给" not in text or "按" not in text:
        return []  # (the pattern backtracks over every clause: only where it can match)
    opening = _FOR_WHAT.match(text)
    records: list[RewardRecord] = []
    for handed in _HANDED.finditer(text):
        records.extend(_handed_rates(text, handed, opening, offset, ctx, section))
    return records


def _handed_rates(
    text: str,
    handed: re.Match[str],
    opening: re.Match[str] | None,
    offset: int,
    ctx: DocContext,
    section: str | None,
) -> list[RewardRecord]:
    """The rewards of one "…按…60%、…按…10%…奖励给<recipient>" clause group."""
    what = handed["recipient"]
    if opening and opening["what"]:
        what = opening["what"]
    elif opening:
        # "第四条…(人民币,下同)及以上的…项目": a gloss in brackets is not part of the project
        what = re.sub(r"\([^()]*\)", "", opening["project"])
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
