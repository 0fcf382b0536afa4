"""这个办法, 该意见: a follow-up pointing at the document the conversation is about.

After a reply citing one document, 这个办法什么时候印发的 means that document, whatever kind
the asker calls it (a user said 办法 of an 实施意见); read alone, the question looked for a
document titled 办法 and found none. The chat keeps the title of the last document a reply
cited (``cited_document``) and the question is read with that title in place of the pointer
(``with_pointed_document``): the same question typed with the title is answered the same way.
"""

from __future__ import annotations

import re

from policybot.knowledge.answers import Answer
from policybot.knowledge.chinese import to_simplified

# 这个办法, 这份实施意见, 该通知: a pointer and the kind of document it names.
_POINTER = re.compile(
    r"(?:这个|这份|这篇|该)[\u4e00-\u9fff]{0,6}?"
    r"(?:办法|通知|文件|方案|意见|规定|细则|决定|通报|计划|规划|政策)"
)


def cited_document(answer: Answer) -> str | None:
    """The title of the one document an answer's items all cite; None for none or several."""
    titles = {fact.citation.document for fact in answer.facts if fact.citation.document}
    return next(iter(titles)) if len(titles) == 1 else None


def points(question: str) -> bool:
    """Whether ``question`` has a pointer (这个办法, 該文件) at a document."""
    return _POINTER.search(to_simplified(question)) is not None


def with_pointed_document(question: str, document: str | None) -> str:
    """``question`` with its first pointer (这个办法) replaced by ``document``'s title; the
    question as typed when there is no document to point at or no pointer in it."""
    if not document:
        return question
    if _POINTER.search(question) is None:
        # 這個文件什麼時候發的: the pointer typed in traditional characters is the same pointer;
        # the question is read in simplified, as the answering reads it anyway.
        simplified = to_simplified(question)
        if _POINTER.search(simplified) is not None:
            question = simplified
    return _POINTER.sub(document, question, count=1)
