"""One line per statement: a plan often states one target twice, in a body sentence
(全市孵化器数量每年增长10%) and again as a row of its task table (全市孵化器数量增长10%, with the
row's lead unit).

Both are stored, each with its own quote, so editing and the citation of either stay honest;
a list shows them once. Lines are the same statement when they come from one document and say
the same value of the same subject for the same place and day; the richer line (more units, the
lead first) is kept, in the place of the first.

Sentences shown whole (passages) are never folded: two sentences ending in one figure
(2017—2019年,…不少于2500家 and 力争到2019年底,…不少于2500家) were folded once, and it cost a
blind question, so a sentence that only looks like another stays listed.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from policybot.knowledge.answers import FactLine
from policybot.knowledge.lines import PASSAGE


def one_per_statement(lines: Sequence[FactLine]) -> list[FactLine]:
    """``lines`` with each statement once (the richest of its lines, where the first stood)."""
    kept: list[FactLine] = []
    where: dict[Hashable, int] = {}
    for line in lines:
        key = _statement(line)
        if key is None or key not in where:
            if key is not None:
                where[key] = len(kept)
            kept.append(line)
            continue
        position = where[key]
        if _richness(line) > _richness(kept[position]):
            kept[position] = line
    return kept


def _statement(line: FactLine) -> Hashable | None:
    """What a line states, as far as telling two of one document apart needs; None when the
    line says no value (it is never folded into another)."""
    if line.kind == PASSAGE or not line.value:
        return None
    return (line.kind, line.citation.document_id, line.region, line.label, line.value, line.due)


def _richness(line: FactLine) -> tuple[int, int, int]:
    """A line naming its lead unit beats one without; then the one naming more units, then the
    one saying more."""
    return (
        len(line.lead_units),
        len(line.lead_units) + len(line.support_units),
        len(line.note or ""),
    )
