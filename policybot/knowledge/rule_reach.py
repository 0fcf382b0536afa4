"""Where a document's rules apply: the places its sentences of scope name.

奖励政策适用于衢州市级、柯城区…: a city's rules may say they apply in a district no plan of its
own covers. A question from that district is then scoped to the city's documents (the
service asks ``regions_applying_in``), and the place counts as said by each of their
sentences (``applies_in``), as a title does. Kept apart because both the service and the
measure of a sentence ask it, and neither owns the other.
"""

from __future__ import annotations

import re

from policybot.knowledge.excluded_places import leaves_out
from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.search import KnowledgeIndex

# Where and to whom rules apply: "适用于…", "(不含…)", "仅限…".
# (奖励对象为…: the clause naming whom a reward is for says who may claim it.)
APPLIES = re.compile(
    r"适用于|适用范围|适用本|不适用|不含|仅限|限于|不得享受|(?:奖励|申报|扶持|补助|适用)对象(?:为|是|:)"
)


def applies_in(index: KnowledgeIndex, document_id: int, place: str) -> bool:
    """Whether a sentence of the document says its rules apply in ``place`` (奖励政策适用于
    衢州市级、柯城区…), not only that it names the place — nor names it as excluded (本意见不适用
    于醴陵市、攸县: /rewards 攸县 listed the rules that exclude it)."""
    return any(
        place in passage.text
        and APPLIES.search(passage.text)
        and not leaves_out(passage.text, place)
        for passage in index.passages.by_document.get(document_id, ())
    )


def regions_applying_in(index: KnowledgeIndex, place: str) -> tuple[int, ...]:
    """The regions of the documents whose rules say they apply in ``place`` (a district no
    plan of its own covers: 柯城区 for 衢州's rules)."""
    if len(place) < 2 or not gazetteer().lookup(place):  # a place, not a topic (驰名商标)
        return ()
    regions = {
        document.region_id
        for document in index.documents()
        if document.region_id is not None
        and document.id in index.documents_mentioning(place)
        and applies_in(index, document.id, place)
    }
    return tuple(sorted(regions))
