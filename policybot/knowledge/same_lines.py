"""One line per statement: a plan often states one target twice, in a body sentence
(全市孵化器数量每年增长10%) and again as a row of its task table (全市孵化器数量增长10%, with the
row's lead unit).

Both are stored, each with its own quote, so editing and the citation of either stay honest;
a list shows them once. Lines are the same statement when they come from one document and say
the same value of the same subject for the same place and day; the richer line (more units, the
lead first) is kept, in the place of the first. The reminder digest folds its lines by the same
rule (``fold_statements``, ``statement_key``), so a reminder lists a target as /targets does.

Sentences shown whole (passages) are folded only when the plan ties both to one row of its
task table: the same lead and supporting units, the same value clause after a lead that only
says when, and the same last year (2031—2033年,…不少于800家 and the row's 力争到2033年底,…
不少于800家, each led by 市示范局). Folding every two sentences ending in one figure cost a
blind question once, so a sentence that only looks like another, without those units, stays
listed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Sequence
from datetime import date
from typing import Protocol, TypeVar

from policybot.knowledge.answers import FactLine
from policybot.knowledge.lines import PASSAGE

# Where a sentence's last clause starts: after its last comma (the clause that states the value).
_CLAUSE_BREAK = re.compile(r"[,，;；:：]")
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_DIGIT = re.compile(r"\d")
# A lead clause that only says when (2017—2019年, 力争到2019年底): the rest says what.
_WHEN = re.compile(
    r"(?:力争|争取)?(?:到|至|在|于|截至)?[\d—\-~至年月日底末前内以上下半]*年[\d—\-~月日底末前内以上下半]*"
)
_END = re.compile(r"[。.;；]+$")


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
    return fold_statements(lines, _statement, _line_richness)


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
        return _passage_statement(line)
    return statement_key(
        line.kind, line.citation.document_id, line.region, line.label, line.value, line.due
    )


def _passage_statement(line: FactLine) -> Hashable | None:
    """A sentence's value clause (its last, holding a number), the last year its lead names
    and its units, when the lead says only when and the plan names units for it."""
    if not line.lead_units:
        return None
    parts = _CLAUSE_BREAK.split(_END.sub("", line.label))
    clause = parts[-1].strip()
    if len(parts) < 2 or not _DIGIT.search(clause):
        return None
    if not all(_WHEN.fullmatch(part.strip()) for part in parts[:-1]):
        return None  # 对获得甲奖的,奖励100万元 and 对获得乙奖的,奖励100万元 are two rules
    years = _YEAR.findall("".join(parts[:-1]))
    units = (line.lead_units, line.support_units)
    return (
        PASSAGE,
        line.citation.document_id,
        line.region,
        clause,
        max(years, default=None),
        units,
    )


def richness(line: NamesUnits) -> tuple[int, int, int]:
    """A line naming its lead unit beats one without; then the one naming more units, then the
    one saying more."""
    return (
        len(line.lead_units),
        len(line.lead_units) + len(line.support_units),
        len(line.note or ""),
    )


def _line_richness(line: FactLine) -> tuple[int, int, int, int]:
    """``richness``, and of two sentences the one saying by when before the one saying more."""
    lead, units, note = richness(line)
    return (lead, units, line.due is not None, note)
