"""Whether an answer to a reward question (奖励/奖多少/有奖励吗) is a reward at all.

南海区的企业新拿了驰名商标,市里有奖励吗: the plans of 南海区 and 佛山 only lay duties about
驰名商标 (培育和指导企业申报"中国驰名商标"…). Such a sentence shares the question's words, yet
it pays nothing: presented as the answer it tells the firm there is a reward. A reward question
is answered by a stored reward or by a sentence that gives one (奖励, 补助, 资助, 万元, a policy
granted); anything else is 未找到 for the reward looked for.
"""

from __future__ import annotations

import re

from policybot.knowledge.answers import Answer, FactLine
from policybot.knowledge.models import FactKind

PASSAGE = "passage"

# What a sentence that grants something says: money, a subsidy, or a treatment given.
_GRANTS = re.compile(
    r"奖励|奖补|奖金|补助|补贴|资助|扶持资金|专项资金|万元|元的|享受|优惠|优先|倾斜|给予|减免|免费"
)


def grants(line: FactLine) -> bool:
    """A stored reward, or a sentence granting something."""
    if line.kind == FactKind.REWARD:
        return True
    if line.kind != PASSAGE:
        return False
    return bool(_GRANTS.search(f"{line.label} {line.citation.quote}"))


def pays_nothing(answer: Answer) -> bool:
    """A shown answer (found or hedged) none of whose lines grants anything."""
    if not answer.facts or not (answer.found or answer.hedged):
        return False
    return not any(grants(line) for line in answer.facts)
