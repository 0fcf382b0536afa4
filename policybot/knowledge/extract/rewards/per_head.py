"""Sums a support rule pays per head or per round, one per class of recipient (B47-13).

"…为前来考察交流的高端人才发放考察支持。原则上国内人才个人单次最高2万元,团队单次最高10万元" and
"按照大专生每人1000元/月,本科生每人1500元/月…给予实习补贴" name no achievement clause of their own:
each class before its sum ("国内人才个人", "团队", "本科生") is what is paid for, at most the sum per
round (``is_cap``) or the sum per month.  Read only in a paragraph that grants support (支持, 补贴,
资助, 奖励, 补助 or 发放), never in a plan's goals; B45-8 keeps these sums out of the targets.
"""

from __future__ import annotations

import re

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.records import RewardRecord, Span

_GRANTS = re.compile(r"支持|补贴|资助|奖励|补助|发放")
# "国内人才个人单次最高2万元", "团队每次最高10万元"
_PER_ROUND = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{2,12}?)(?P<per>单次|每次)最高(?P<num>\d+(?:\.\d+)?)\s*(?P<mag>万)?元"
)
# "大专生每人1000元/月", "本科生每人1500元/月"
_PER_MONTH = re.compile(
    r"(?P<who>[\u4e00-\u9fff]{2,8}?)每(?:人|名)(?P<num>\d+(?:\.\d+)?)\s*(?P<mag>万)?元\s*/\s*月"
)
# What opens a clause before the class: "原则上", "按照", "对".
_LEAD_WORDS = re.compile(r"^(?:原则上|按照|按|对|其中|并|且)")


def per_head_rewards(ctx: DocContext) -> list[RewardRecord]:
    found: list[RewardRecord] = []
    for paragraph in ctx.paragraphs:
        text = paragraph.text
        if not _GRANTS.search(text):
            continue
        for pattern, cap in ((_PER_ROUND, True), (_PER_MONTH, False)):
            for match in pattern.finditer(text):
                who = _LEAD_WORDS.sub("", match["who"])
                if len(who) < 2:
                    continue
                amount = float(match["num"]) * (10000 if match["mag"] else 1)
                achievement = f"{who}({match['per']})" if cap else who
                found.append(
                    RewardRecord(
                        region=ctx.region,
                        achievement=achievement,
                        quote=match.group(0),
                        amount_yuan=amount,
                        is_cap=cap,
                        treatment=None if cap else "每人每月",
                        span=Span(
                            paragraph.start + match.start(),
                            paragraph.start + match.end(),
                            paragraph.section,
                        ),
                    )
                )
    return found
