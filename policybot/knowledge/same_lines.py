"""One line per statement: a plan often states one target twice, in a body sentence
(全市孵化器数量每年增长10%) and again as a row of its task table (全市孵化器数量增长10%, with the
row's lead unit), or in two sentences (2017—2019年,…不少于2500家 and 力争到2019年底,…不少于2500家).

Both are stored, each with its own quote, so editing and the citation of either stay honest;
a list shows them once. Lines are the same statement when they come from one document and say
the same value of the same subject for the same place and day; the richer line (more units, the
lead first) is kept, in the place of the first.
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Sequence

from policybot.knowledge.answers import FactLine
from policybot.knowledge.lines import PASSAGE

# Where a sentence's last clause starts: after its last comma (the clause that states the value).
_CLAUSE_BREAK = re.compile(r"[,\uff0c;\uff1b:\uff1a]")
_YEAR = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_DIGIT = re.compile(r"\d")
# A lead clause that only says when (2017—2019年, 力争到2019年底): the rest says what.
_WHEN = re.compile(
    r"(?:力争|争取)?(?:到|至|在|于|截至)?[\d\u2014\-~至年月日底末前内以上下半]*年[\d\u2014\-~月日底末前内以上下半]*"
)
_END = re.compile(r"[\u3002.;\uff1b]+$")


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
    document = line.citation.document_id
    if line.kind == PASSAGE:
        return _passage_statement(line.label, document, line.region)
    if not line.value:
        return None
    return (line.kind, document, line.region, line.label, line.value, line.due)


def _passage_statement(label: str, document: int, region: str | None) -> Hashable | None:
    """A sentence's value clause (its last, holding a number) and the last year its lead words
    name, when those say only when: 2017—2019年,全市…不少于2500家 and 力争到2019年底,全市…
    不少于2500家 say one thing."""
    parts = _CLAUSE_BREAK.split(_END.sub("", label))
    clause = parts[-1].strip()
    if len(parts) < 2 or not _DIGIT.search(clause):
        return None
    if not all(_WHEN.fullmatch(part.strip()) for part in parts[:-1]):
        return None  # 对获得甲奖的,奖励100万元 and 对获得乙奖的,奖励100万元 are two rules
    years = _YEAR.findall("".join(parts[:-1]))
    return (PASSAGE, document, region, clause, max(years) if years else None)


def _richness(line: FactLine) -> tuple[int, int, int]:
    """A line naming its lead unit beats one without; then the one naming more units, then the
    one saying more."""
    return (
        len(line.lead_units),
        len(line.lead_units) + len(line.support_units),
        len(line.note or ""),
    )
