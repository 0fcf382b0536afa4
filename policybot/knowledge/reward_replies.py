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
from policybot.knowledge.lines import PASSAGE
from policybot.knowledge.models import FactKind
from policybot.knowledge.question import Asks

# What a sentence that grants something says: money, a subsidy, or a treatment given.
_GRANTS = re.compile(
    r"奖励|奖补|奖金|补助|补贴|资助|扶持资金|专项资金|万元|元的|享受|优惠|优先|倾斜|给予|减免|免费"
    r"|政策"
)
# A question about the reward itself (有奖励吗, 奖多少, 能拿多少补助), not about an award's
# procedure (质量奖多久评一次, 评不评, 谁评定): those are answered by the procedure's sentence.
_ASKS_REWARD = re.compile(r"奖励|奖多少|奖几|能奖|奖金|补助|补贴|资助|奖补")


def grants(line: FactLine) -> bool:
    """A stored reward, or a sentence granting something."""
    if line.kind == FactKind.REWARD:
        return True
    if line.kind != PASSAGE:
        return False
    return bool(_GRANTS.search(f"{line.label} {line.citation.quote}"))


def asks_the_reward(reading: str, asks: str) -> bool:
    """A question asking what is paid (奖多少) or whether anything is (有奖励吗)."""
    return asks in (Asks.MONEY, Asks.YESNO) and _ASKS_REWARD.search(reading) is not None


def pays_nothing(answer: Answer) -> bool:
    """A shown answer (found or hedged) none of whose lines grants anything."""
    if not answer.facts or not (answer.found or answer.hedged):
        return False
    return not any(grants(line) for line in answer.facts)
