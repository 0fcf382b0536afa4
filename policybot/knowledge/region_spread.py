"""A vague question naming no region, answered by sentences of several regions' plans.

规上企业有啥要求 names no place: the sentence that measures best may be 佛山's, the next
湖州's. Shown as *the* answer (答: <佛山's sentence>), one region's line passes for everyone's.
Such an answer instead says that the regions differ, naming them in the order its sentences
come, and asks for the region to narrow it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from policybot.knowledge.answers import Answer, FactLine
from policybot.knowledge.lines import PASSAGE
from policybot.knowledge.question import Asks, ParsedQuestion


def names_no_place(parsed: ParsedQuestion) -> bool:
    """Whether the question says no region, place or province at all."""
    return not (
        parsed.region_ids
        or parsed.places
        or parsed.unknown_places
        or parsed.province
        or parsed.own_region
        or parsed.doc_number
        or parsed.field
    )


def per_region(parsed: ParsedQuestion, answer: Answer) -> Answer:
    """``answer`` saying the regions differ when it is led by a sentence, names no place, and
    its sentences are of two regions or more; else ``answer`` as it is."""
    if not names_no_place(parsed) or not answer.found or answer.listing or not answer.facts:
        return answer
    if answer.facts[0].kind != PASSAGE or any(line.region is None for line in answer.facts):
        return answer
    regions = list(dict.fromkeys(line.region or "" for line in answer.facts))
    if len(regions) < 2:
        return answer
    facts = _each_region_once(parsed, answer.facts)
    total = answer.total - (len(answer.facts) - len(facts)) if answer.total else 0
    return replace(
        answer,
        facts=facts,
        total=total,
        headline=f"各地不同,见下({'、'.join(regions)})",
        notes=(*answer.notes, "问某个地区的,请在问题里加上地区名"),
    )


# A line naming one item of a list (杭锦后旗人民政府): short, no clause of a sentence.
_ITEM_LINE = re.compile(r"[^,,;;。::]{2,25}[。;;]?")


def _each_region_once(parsed: ParsedQuestion, lines: Sequence[FactLine]) -> tuple[FactLine, ...]:
    """Each region's best line (they come best first), once: a second sentence of one region
    (its task table's row of the same sentence, another clause) would crowd out the others'.
    Asked for a list, the short item lines under the same heading as a region's best stay."""
    best: dict[str | None, FactLine] = {}
    kept = []
    for line in lines:
        first = best.setdefault(line.region, line)
        if first is line or (
            parsed.asks == Asks.LIST
            and _ITEM_LINE.fullmatch(line.label)
            and _ITEM_LINE.fullmatch(first.label)
            and (line.citation.document_id, line.citation.section)
            == (first.citation.document_id, first.citation.section)
        ):
            kept.append(line)
    return tuple(kept)
