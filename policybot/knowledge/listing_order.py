"""What the order of a list of units means: 一项任务列了好几个单位,哪个算牵头, 排第一位的是什么
意思. A plan that lists several units per task says once how to read them (列第一位者为牵头单位,
均为同责单位,无先后大小责任之分); that clause answers, not the lead unit of one task, which the
question names no topic of. The clause is looked for in the document the rest of the question
is about (its best sentences), as a contact line is: it says little else, so its words alone
would never find it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer
from policybot.knowledge.lines import passage_line
from policybot.knowledge.passage_candidates import passage_candidates
from policybot.knowledge.question import Asks, ParsedQuestion
from policybot.knowledge.question_scope import Scope

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

# The order of the units asked about: 排第一位的, 列在首位, 列了好几个(责任)单位, 多个单位.
_ORDER_ASKED = re.compile(
    r"(?:列|排)在?(?:第一位?|首位|最前)"
    r"|(?:列|写)了?(?:好几|多|几|两|三)个(?:责任|牵头|承办|配合)?(?:单位|部门)"
    r"|(?:好几个|多个)(?:责任|牵头|承办|配合)?(?:单位|部门)"
)
# ... and what it means: who leads, who is mainly responsible, what it stands for.
_MEANING_ASKED = re.compile(r"牵头|主要|主责|意思|算|谁|哪个|哪家")
# The clause a plan reads its lists of units by.
_ORDER_GIVEN = re.compile(
    r"(?:列|排)(?:在)?(?:第一位|首位)|第一位(?:者|的)?(?:为|是)|(?:无|不分)(?:先后|主次)"
)
# Words of the question that only ask about the order (not what document it is about).
_ORDER_WORD = re.compile(r"第一|首位|最前|好几|多个|几个|单位|部门|牵头|主要|意思|一项|一件|事列")
# Documents looked through, in the order their sentences answer the rest of the question.
DOCUMENTS_LOOKED = 3


def asks_listing_order(text: str) -> bool:
    return _ORDER_ASKED.search(text) is not None and _MEANING_ASKED.search(text) is not None


def listing_order(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope
) -> Answer | None:
    """The clause saying how the document's lists of units are read, or None."""
    if not asks_listing_order(parsed.text):
        return None
    rest = tuple(word for word in parsed.words if not _ORDER_WORD.search(word))
    about = replace(parsed, words=rest, topic=" ".join(rest), parts=())
    documents: list[int] = []
    for candidate in passage_candidates(answerer, about, scope) if rest else []:
        if candidate.hit is not None and candidate.hit.document_id not in documents:
            documents.append(candidate.hit.document_id)
    if not documents and scope.document_ids is not None and len(scope.document_ids) == 1:
        documents = list(scope.document_ids)
    passages = answerer.index.passages.by_document
    for document_id in documents[:DOCUMENTS_LOOKED]:
        for number, passage in enumerate(passages.get(document_id, [])):
            # (a "责任单位:…(列第一位者为牵头单位)" line of its own is kept as the note of the
            # task sentences above it)
            said = next((t for t in (passage.text, passage.note) if _ORDER_GIVEN.search(t)), "")
            if said:
                line = passage_line(answerer.index, document_id, number, passage, said)
                # (what the order means is asked, not who leads one task: 排第一位的是什么意思)
                return answerer.found(replace(parsed, asks=Asks.WHAT), scope, [line])
    return None
