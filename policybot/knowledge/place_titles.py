"""The place a reply's header names: the store's names of the regions a question resolved.

Its own module because every kind of answer titles its reply by it (the document answers as
well as the answer layout), and the answer layout imports the document answers through the
question scope: kept there, importing the layout first was a circular import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from policybot.knowledge.question import ParsedQuestion
    from policybot.knowledge.search import KnowledgeIndex


def asked_place(index: KnowledgeIndex, parsed: ParsedQuestion) -> str | None:
    """The place asked about as every reply's header names it: the store's names of the
    regions the question resolved (湖州市, 示范市东澜区), as a found answer's scope and the
    lookup commands title them, never the words typed (湖州, 东澜区) in one reply and the
    store's name in the next (trial42); what was typed only when no region was resolved."""
    if parsed.region_ids and parsed.province is None:
        names = "、".join(index.region_name(r) or "" for r in parsed.region_ids).strip("、")
        return names or parsed.region_text
    return parsed.region_text
