"""A candidate answer: a fact or a sentence, with how well it answers the question.

Every kind of answer (the best one, a unit's duties, the applicability clause) weighs its
candidates as these, so that the share, the words missing and the line shown travel together.
"""

from __future__ import annotations

from dataclasses import dataclass

from policybot.knowledge.answers import FactLine
from policybot.knowledge.passages import PassageHit
from policybot.knowledge.search import IndexedFact


@dataclass
class Candidate:
    share: float
    missing: tuple[str, ...]
    line: FactLine
    exact_region: bool = True
    # A sentence's share before its document's title completed it (``Coverage.completed``):
    # what it is weighed by against a fact, which is not completed so.
    plain: float | None = None
    fact: IndexedFact | None = None
    hit: PassageHit | None = None
    # A line under the heading naming the category asked (一、市(州)): an item of the list.
    listed: bool = False
