"""One line per statement: a plan often states one target twice, in a body sentence
(全市孵化器数量每年增长10%) and again as a row of its task table (全市孵化器数量增长10%, with the
row's lead unit).

Both are stored, each with its own quote, so editing and the citation of either stay honest;
a list shows them once. Lines are the same statement when they come from one document and say
the same value of the same subject for the same place and day; the richer line (more units, the
lead first) is kept, in the place of the first. The reminder digest folds its lines by the same
rule (``fold_statements``, ``statement_key``), so a reminder lists a target as /targets does.

Sentences shown whole (passages) are never folded: two sentences ending in one figure
(2017—2019年,…不少于2500家 and 力争到2019年底,…不少于2500家) were folded once, and it cost a
blind question, so a sentence that only looks like another stays listed.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from datetime import date
from typing import Protocol, TypeVar

from policybot.knowledge.answers import FactLine
from policybot.knowledge.lines import PASSAGE

Line = TypeVar("Line")


class NamesUnits(Protocol):
    """What decides which of two lines of one statement is kept: a ``FactLine``, or a
    reminder's ``ItemDetails``."""

    @property
    def lead_units(self) -> Sequence[str]: ...

    @property
    def support_units(self) -> Sequence[str]: ...

    @property
    def note(self) -> str | None: ...


def one_per_statement(lines: Sequence[FactLine]) -> list[FactLine]:
    """``lines`` with each statement once (the richest of its lines, where the first stood)."""
    return fold_statements(lines, _statement, richness)


def fold_statements(
    lines: Sequence[Line],
    statement: Callable[[Line], Hashable | None],
    rank: Callable[[Line], tuple[int, ...]],
    folded: Callable[[Line, Line], None] | None = None,
) -> list[Line]:
    """``lines`` with each ``statement`` once: the line ``rank`` puts highest, where the first
    stood. ``folded(kept, dropped)`` is told of each line left out (a digest keeps the ledger
    rows of both). The one fold of answers' lists and of the reminder digest."""
    kept: list[Line] = []
    where: dict[Hashable, int] = {}
    for line in lines:
        key = statement(line)
        if key is None or key not in where:
            if key is not None:
                where[key] = len(kept)
            kept.append(line)
            continue
        position = where[key]
        if rank(line) > rank(kept[position]):
            line, kept[position] = kept[position], line
        if folded is not None:
            folded(kept[position], line)
    return kept


def statement_key(
    kind: str,
    document_id: int | None,
    place: str | None,
    subject: str,
    value: str | None,
    due: date | None,
) -> Hashable | None:
    """What a line states, as far as telling two of one document apart needs: the same kind,
    subject and value, for the same place and day. None when the line says no value (it is
    never folded into another)."""
    if not value:
        return None
    return (kind, document_id, place, subject, value, due)


def _statement(line: FactLine) -> Hashable | None:
    if line.kind == PASSAGE:
        return None
    return statement_key(
        line.kind, line.citation.document_id, line.region, line.label, line.value, line.due
    )


def richness(line: NamesUnits) -> tuple[int, int, int]:
    """A line naming its lead unit beats one without; then the one naming more units, then the
    one saying more."""
    return (
        len(line.lead_units),
        len(line.lead_units) + len(line.support_units),
        len(line.note or ""),
    )
