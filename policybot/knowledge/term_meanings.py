"""“浙制是啥意思”: a glossary term asked about is answered by its meaning, cited where a plan
writes the full form.

Read as a question, the term was rewritten to its meaning and searched: the reply listed two
sentences using 浙江制造 and never said that 浙制 means 浙江制造. A question asking only what a
glossary term means (X是什么意思, X啥意思, X指什么, X是什么的简称) now says so first, with the
first sentence of the store writing the meaning as its source.
"""

from __future__ import annotations

import re

from policybot.knowledge import vocabulary
from policybot.knowledge.answers import Answer, AnswerKind
from policybot.knowledge.lines import passage_line
from policybot.knowledge.search import KnowledgeIndex

# The term, then one way of asking what it means (and a closing particle or mark at most).
_ASKS_MEANING = re.compile(
    r"^(?:请问)?[“\"'‘]?(?P<term>[^\s,.!?,。!?“”\"'‘’]{1,12}?)[”\"'’]?"
    r"(?:这个词|这个|一词)?"
    r"(?:是|指的是|指)?(?:什么|啥|甚么)(?:意思|含义|的简称|的缩写)"
    r"|^(?:请问)?[“\"'‘]?(?P<term2>[^\s,.!?,。!?“”\"'‘’]{1,12}?)[”\"'’]?"
    r"(?:是|指的是|指)(?:什么|啥)$"
)
_TAIL = re.compile(r"[\s?!.。？！呀啊呢哦吗]+$")
# How many sentences a meaning is searched among for one writing it whole.
_POOL = 20


def asked_term(question: str) -> str | None:
    """The word ``question`` asks the meaning of, or None when it asks something else."""
    text = _TAIL.sub("", vocabulary.normalise(question).strip())
    match = _ASKS_MEANING.match(text)
    if match is None:
        return None
    return match.group("term") or match.group("term2")


def meaning_answer(question: str, index: KnowledgeIndex) -> Answer | None:
    """What a glossary term means, cited where a document writes the meaning; None when the
    question asks no glossary term's meaning (it is answered as any question)."""
    term = asked_term(question)
    if term is None:
        return None
    means = next((entry.means for entry in index.glossary.entries if entry.term == term), None)
    if means is None:
        return None
    headline = f"“{term}”即“{means}”"
    for hit in index.passages.search(vocabulary.search_words(means), limit=_POOL):
        if means in hit.passage.text:
            line = passage_line(index, hit.document_id, hit.number, hit.passage, hit.passage.text)
            return Answer(
                found=True,
                kind=AnswerKind.SEARCH,
                title=f"“{term}”",
                headline=headline,
                facts=(line,),
                total=1,
                question=question,
            )
    return Answer(
        found=True,
        kind=AnswerKind.SEARCH,
        title=f"“{term}”",
        headline=f"{headline}(词汇表;收录的文件里没有这个写法)",
        question=question,
    )
