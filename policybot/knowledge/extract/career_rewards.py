"""Rewards that are a step in a career: "对符合干部任用条件的…予以提拔重用".

A reward rule may promise those who did well a promotion instead of (or on top of) money.  No
sum is written and no reward word (奖励, 奖金) either, so the other readings pass it by; the
promise is still what the rule gives for an achievement: a reward with ``amount_yuan`` None and
the promotion in ``treatment``.
"""

from __future__ import annotations

import re

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.records import RewardRecord, Span

# "对符合干部任用条件的经组织人事部门考察考核后予以提拔重用", "对表现突出的优先提拔使用": whom,
# an optional step before ("经…考核后"), then the promotion.
_PROMOTION = re.compile(
    r"^\s*(?:对于?|凡)(?P<achievement>[^,;。]{2,40}?的)(?:[^,;。]{0,30}?后)?\s*,?\s*(?:可|将)?"
    r"(?P<treatment>(?:予以|给予)?(?:优先|破格)?(?:提拔|晋升|晋级)(?:重用|使用|任用)?)"
)


def promotion_rewards(
    text: str, offset: int, ctx: DocContext, section: str | None
) -> list[RewardRecord]:
    """One reward without a sum for a clause promising a promotion."""
    if not any(word in text for word in ("提拔", "晋升", "晋级")):
        return []
    match = _PROMOTION.match(text)
    if match is None:
        return []
    return [
        RewardRecord(
            region=ctx.region,
            achievement=match["achievement"][:120],
            quote=text[match.start() : match.end()].strip()[:160],
            treatment=match["treatment"],
            span=Span(offset + match.start("achievement"), offset + match.end(), section),
        )
    ]
