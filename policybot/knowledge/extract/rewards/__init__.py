"""Reward rules: "对[achievement]的单位,(分别)给予[amount]的奖励" and non-money treatment.

One sentence often lists several achievements: with "分别" and as many sums, each achievement
gets its own sum; with one sum, every achievement gets that sum.  Listed items share a verb
("主导制修订国际标准、国家标准" -> 主导制修订国家标准) and a trailing noun ("全国…、浙江省…等
秘书处" -> …秘书处), which is distributed back to every item.

Modules, from the bottom up: ``levels`` (level and role of an achievement), ``vocabulary``
(shared patterns), ``clauses`` (clause boundaries), ``achievements`` (listed honours),
``rates``, ``rules`` (the "对…给予" rule), ``notices`` (per-recipient notices), ``sums`` (sums
and amounts), ``prizes`` (prize grades), ``tiers``, ``headings``, ``piece`` (the orchestration
that runs the readers in order) and ``document`` (passes over a whole document's rewards).
This package re-exports only the names other modules import.
"""

from __future__ import annotations

from policybot.knowledge.extract.rewards.achievements import split_achievements
from policybot.knowledge.extract.rewards.document import (
    LISTED_BELOW_LINES,
    drop_headline_restatements,
    drop_umbrellas,
    expand_listed_below,
    shared_totals,
    without_item_labels,
)
from policybot.knowledge.extract.rewards.levels import _level, level_of_achievement
from policybot.knowledge.extract.rewards.piece import rewards_in_piece
from policybot.knowledge.extract.rewards.sums import upper_ends_of_ranges

__all__ = [
    "LISTED_BELOW_LINES",
    "_level",
    "drop_headline_restatements",
    "drop_umbrellas",
    "expand_listed_below",
    "level_of_achievement",
    "rewards_in_piece",
    "shared_totals",
    "split_achievements",
    "upper_ends_of_ranges",
    "without_item_labels",
]
