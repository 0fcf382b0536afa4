"""The share a reward rule pays those who only took part: "对主导制修订国际标准、国家标准的单位,分别
给予60万元、40万元的奖励;参与制修订的,减半奖励" promises a participant 30万元 and 20万元.

Such a clause names no sum of its own, so the reward readers find nothing in it; without it, a
question about 参与 finds only the leaders' sums, and /calc would price a participant as a
leader. Each sum of the same sentence paid to a leader (role 主导, or no role where the clause
sets 参与 against it) gets a participant's reward at the stated share."""

from __future__ import annotations

import re
from dataclasses import replace

from policybot.knowledge.extract.records import RewardRecord, Span
from policybot.knowledge.extract.structure import Piece

# ";参与制修订的,减半奖励", ",参与起草的奖励减半", ";作为参与单位的,按上述标准的50%给予奖励"
_PARTICIPANT_SHARE = re.compile(
    r"[,,;;]\s*(?:作为)?参与(?:单位)?[\u4e00-\u9fff、]{0,14}?(?:的)?\s*[,,]?\s*"
    r"(?:(?:奖励|奖金)?减半(?:奖励|给予奖励|给予|执行)?"
    r"|(?:奖励)?按(?:照)?(?:上述|以上|同级|相应|主导)?[\u4e00-\u9fff]{0,8}?(?:的)?"
    r"(?P<share>50\s*[%％]|一半|半数|二分之一)(?:给予)?(?:奖励)?)"
)


def with_participant_shares(records: list[RewardRecord], piece: Piece) -> list[RewardRecord]:
    """``records`` and, for each participant clause of ``piece``, a reward at its share for every
    leader's sum stated before it in its sentence. A sumless reward read from the clause itself
    ("按上述标准的50%给予奖励" as a treatment) gives way to the sums it stands for."""
    derived: list[RewardRecord] = []
    clauses: list[tuple[int, int]] = []
    for clause in _PARTICIPANT_SHARE.finditer(piece.text):
        clause_start, clause_end = piece.start + clause.start(), piece.start + clause.end()
        sentence_start = piece.start + _sentence_start(piece.text, clause.start())
        shares = [
            _participant_reward(record, piece, clause.end())
            for record in records
            if sentence_start <= record.span.start < clause_start
            and record.amount_yuan is not None
            and record.role in ("主导", None)
        ]
        if shares:
            derived.extend(shares)
            clauses.append((clause_start, clause_end))
    kept = [
        record
        for record in records
        if record.amount_yuan is not None
        or not any(start <= record.span.start < end for start, end in clauses)
    ]
    return kept + derived


def _sentence_start(text: str, position: int) -> int:
    return max(text.rfind(mark, 0, position) for mark in "。!?") + 1


def _participant_reward(record: RewardRecord, piece: Piece, clause_end: int) -> RewardRecord:
    achievement = record.achievement
    achievement = (
        achievement.replace("主导", "参与", 1) if "主导" in achievement else f"参与{achievement}"
    )
    start = record.span.start
    end = piece.start + clause_end
    quote = piece.text[start - piece.start : clause_end]
    return replace(
        record,
        achievement=achievement,
        role="参与",
        amount_yuan=record.amount_yuan / 2 if record.amount_yuan is not None else None,
        quote=quote if len(quote) <= 160 else f"{record.quote}…{quote[-40:]}",
        span=Span(start, end, record.span.section),
    )
