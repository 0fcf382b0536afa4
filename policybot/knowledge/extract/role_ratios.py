"""A second role's ratio in a ratio reward's own sentence (B35-6): "对获得国家科学技术奖的第一承担单位按
所获奖金1:1的比例配套奖励,参与单位按所获奖金1:0.5的比例配套奖励" promises the 参与单位 a matching
reward at a ratio of its own.

The reward readers take the sentence as one reward (the leader's 1:1); without the second one a
question about what a participant gets finds only the leader's ratio. The clause names no sum and
pays no share of a sum (``participant_shares`` halves sums), so it is read only after a reward that
is itself a ratio with no fixed sum: the participant's reward has the leader's achievement, the
role the clause names and the clause's own ratio as its treatment.
"""

from __future__ import annotations

import re
from dataclasses import replace

from policybot.knowledge.extract.records import RewardRecord, Span
from policybot.knowledge.extract.structure import Piece

# ",参与单位按所获奖金1:0.5的比例配套奖励", ";合作单位按照奖金的50%给予奖励"
_ROLE_RATIO = re.compile(
    r"[,;]\s*(?:其中)?(?:对)?(?P<role>参与单位|合作单位|协作单位|其他承担单位|第二承担单位)"
    r"(?:的)?\s*,?\s*"
    r"(?P<treatment>按(?:照)?[^,;。]{0,16}?"
    r"(?:\d+(?:\.\d+)?\s*[::]\s*\d+(?:\.\d+)?|\d{1,3}(?:\.\d+)?\s*%)"
    r"(?:的)?(?:比例)?[^,;。]{0,10}?奖励)"
)
# a leader's treatment that is a ratio or a share, not a sum ("按所获奖金1:1的比例配套奖励")
_RATIO_TREATMENT = re.compile(r"\d\s*[::]\s*\d|\d\s*%")
_ROLE_OF = {"参与单位": "参与", "合作单位": "参与", "协作单位": "参与"}


def with_role_ratios(records: list[RewardRecord], piece: Piece) -> list[RewardRecord]:
    """``records`` with a reward for each second role a ratio reward's sentence pays apart."""
    derived: list[RewardRecord] = []
    for clause in _ROLE_RATIO.finditer(piece.text):
        at = piece.start + clause.start()
        leader = _ratio_reward_before(records, piece, at)
        if leader is None:
            continue
        role = clause["role"]
        derived.append(
            replace(
                leader,
                achievement=f"{_without_role(leader.achievement)}的{role}",
                role=_ROLE_OF.get(role, leader.role),
                amount_yuan=None,
                is_cap=False,
                treatment=clause["treatment"],
                span=Span(at, piece.start + clause.end(), leader.span.section),
            )
        )
    return records + derived


def _ratio_reward_before(records: list[RewardRecord], piece: Piece, at: int) -> RewardRecord | None:
    """The ratio reward of the clause's own sentence, read before the clause."""
    sentence_start = (
        piece.start + max(piece.text.rfind(mark, 0, at - piece.start) for mark in "。!?") + 1
    )
    before = [
        record
        for record in records
        if sentence_start <= record.span.start < at
        and record.amount_yuan is None
        and _RATIO_TREATMENT.search(record.treatment or "")
    ]
    return before[-1] if before else None


def _without_role(achievement: str) -> str:
    """ "获得…奖的第一承担单位" -> "获得…奖": the achievement the second role shares."""
    return re.sub(r"的?(?:第一)?(?:承担|主导|牵头)单位$", "", achievement)
