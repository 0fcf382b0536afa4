"""/search 示范园区 of a store where a target says 示范园区 and an uploaded task table's row does
too: the row, which no target, milestone or reward holds (推进品牌示范园区提档升级 | 县经信局 |
…), is listed after the facts, cited as written. The search listed the facts alone, so the row
was missed whenever a fact matched; it was found only when none did."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from policybot.knowledge.answers import Answer, FactLine
from policybot.knowledge.lines import passage_line
from policybot.knowledge.passages import PassageText
from policybot.knowledge.search import KnowledgeIndex

# A sentence hit: its document, its place there, the sentence and the words it holds.
Hit = tuple[int, int, PassageText, tuple[str, ...]]


def with_rows_left_out(
    answer: Answer, index: KnowledgeIndex, hits: Sequence[Hit], limit: int
) -> Answer:
    """``answer`` (a complete list of facts) with the table rows among ``hits`` that no listed
    fact cites, each as a line after the facts; ``answer`` itself when there are none."""
    rows = [
        passage_line(index, document_id, number, passage, passage.text)
        for document_id, number, passage, _ in hits
        if _is_row(passage) and not _cited(answer.facts, document_id, passage.text)
    ][: max(limit - len(answer.facts), 0)]
    if not rows:
        return answer
    total = answer.total + len(rows)
    return replace(
        answer,
        headline=f"共 {total} 项",
        facts=(*answer.facts, *rows),
        total=total,
        notes=(*answer.notes, f"其中 {len(rows)} 项是任务表的行(不是目标、节点或奖励)"),
    )


def _is_row(passage: PassageText) -> bool:
    """A row of a task table: a sentence naming the units it lays its work on."""
    return bool(passage.lead_units or passage.support_units)


def _cited(lines: Sequence[FactLine], document_id: int, text: str) -> bool:
    """Whether a listed line already quotes the sentence (or the sentence its quote)."""
    return any(
        line.citation.document_id == document_id
        and (text in line.citation.quote or line.citation.quote in text)
        for line in lines
    )
