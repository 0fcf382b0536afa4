"""Penalties: a sum taken back, withheld or fined is neither a reward nor a goal.

"对未按期完成任务的单位,予以通报批评,扣减奖励资金10万元", "扣减以奖代补资金50万元",
"已发放的奖励资金20万元以上的须全额退回": the clause names money, even reward money, but what it
does with it is a penalty (attack51).
"""

from __future__ import annotations

import re

from policybot.knowledge.extract.records import RewardRecord, TargetRecord

_PENALTY = re.compile(
    r"扣减|扣回|收回|追回|退回|退还|追缴|罚款|罚金|通报批评|取消[^,;。]{0,12}?资格"
)
_SUM = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿|千)?元")
# a penalty verb and, in the same clause after it, a number
_PENALTY_SUM = re.compile(rf"(?:{_PENALTY.pattern})[^,;。]*?\d")


def penalty_reward(record: RewardRecord) -> bool:
    """Whether a reward's words after its achievement take money back or punish."""
    quote = record.quote or ""
    at = quote.find(record.achievement) if record.achievement else -1
    rest = quote[at + len(record.achievement) :] if at >= 0 else quote
    # up to the end of the clause of the first sum: "…,奖励50万元,弄虚作假的,追回奖励资金" is a
    # reward with a sanction after it
    first_sum = _SUM.search(rest)
    if first_sum is not None:
        clause_end = re.search(r"[,;。]", rest[first_sum.end() :])
        rest = rest[: first_sum.end() + clause_end.start()] if clause_end else rest
    return bool(_PENALTY.search(rest) or _PENALTY.search(record.treatment or ""))


# "奖励经费由市财政安排,年度总额不超过500万元": the yearly budget of a reward, no goal
_REWARD_BUDGET = re.compile(
    r"(?:奖励|奖补|补助|扶持)(?:资金|经费)[^。;]*?(?:年度|每年|全年)(?:奖励)?(?:总额|总量)"
)


def penalty_target(target: TargetRecord, text: str) -> bool:
    """Whether a goal's number is a sum withheld or taken back ("扣减以奖代补资金50万元"), or a
    reward's yearly budget ("奖励经费…年度总额不超过500万元")."""
    if target.unit and target.unit.endswith("元") and target.span is not None:
        begin = max(text.rfind(mark, 0, target.span.start) for mark in "。;\n") + 1
        if _REWARD_BUDGET.search(text[begin : target.span.end]):
            return True
    return bool(_PENALTY.search(target.subject or "") or _PENALTY_SUM.search(target.quote or ""))
