"""“那个办法说的重大体育赛事指哪些?”: a term a document defines is answered by its definition.

Rules say what their own words mean in one sentence: 本办法所称重大体育赛事指奥运会、亚运会…, or
name what they have just listed (…县外自然人、法人以及其他经济组织(以下简称“县外投资者”)).
Searched as any question, the sentence that merely uses the term (第一条…在重大体育赛事上取得优异
成绩) outranked it. A question asking what a term 指 (指哪些, 是指什么, 指的是什么) is answered by
the sentence of its scope that defines the term, when one does; else it is answered as any
question.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from policybot.knowledge import vocabulary
from policybot.knowledge.answers import Answer, AnswerKind
from policybot.knowledge.lines import passage_line
from policybot.knowledge.passages import PassageHit
from policybot.knowledge.search import KnowledgeIndex

# What is asked, then 指 and the asking (是指哪些, 指的是什么比赛, 指啥).
_ASKS = re.compile(
    r"^(?P<before>.{2,40}?)(?:是|说的是)?指(?:的是|的)?(?:哪些|哪几|哪个|哪类|哪种|什么|啥|甚么|谁)"
)
# …or asked for its definition (品牌企业的定义, 品牌企业的含义是什么, 品牌企业怎么界定).
_ASKS_MEANING = re.compile(
    r"^(?P<before>.{2,40}?)(?:的)?(?:定义|含义|概念|界定|怎么界定|如何界定)"
    r"(?:是(?:什么|啥|甚么))?(?:呢|啊)?[??。]?$"
)
# A term and its definition: (本办法所称)重大体育赛事指…, (本计划所称)品牌企业,是指…, or a
# listed term under its label ((一)公务员引资者:指在职公务员…); never 指导, 指标, 指出 and the like.
_DEFINES = re.compile(
    r"(?P<term>[^,,。;;::、()()“”\"]{2,30}?)[,,::]?(?:是)?指(?![导标出定挥南数引望向明示令派])"
)
# What a rule names what it has just said: (以下简称“县外投资者”).
_ALIAS = re.compile(r"[((]以下(?:简)?称[“\"]?(?P<term>[^”\")）]{2,20})[”\"]?[))]")
# What opens a defining sentence before the term (第二条本办法所称…, 本办法所称的…: qa48 q3628).
_OPENING = re.compile(r"^.*?(?:所称的?|所说的|中的|所指的?)")
# The shortest end a question's words and a defined term must share (省重要赛会 of
# 黑龙江省重要赛会).
_SHARED_END = 4
# How many of the scope's best sentences are looked through for a definition.
_POOL = 30


def asked_definition(question: str) -> str | None:
    """The words before 指 of a question asking what a term means, or None."""
    said = vocabulary.normalise(question)
    match = _ASKS.search(said) or _ASKS_MEANING.search(said)
    return match.group("before") if match else None


def _shared_end(asked: str, term: str) -> int:
    length = 0
    while length < min(len(asked), len(term)) and asked[-1 - length] == term[-1 - length]:
        length += 1
    return length


def _defines(text: str, asked: str) -> str | None:
    """The term of ``asked`` that ``text`` defines, or None."""
    for match in _ALIAS.finditer(text):
        term = match.group("term")
        if term in asked:
            return term
    for match in _DEFINES.finditer(text):
        term = _OPENING.sub("", match.group("term"))
        if len(term) < 2:
            continue
        if asked.endswith(term) or _shared_end(asked, term) >= _SHARED_END:
            return term
    return None


def definition_answer(
    question: str, index: KnowledgeIndex, document_ids: Collection[int] | None
) -> Answer | None:
    """The sentence among ``document_ids`` (all documents when None) that defines the term
    ``question`` asks the meaning of; None when it asks no term's meaning or none defines it."""
    asked = asked_definition(question)
    if asked is None:
        return None
    hits: list[PassageHit] = index.passages.search(
        vocabulary.search_words(asked), document_ids=document_ids, limit=_POOL
    )
    for hit in hits:
        text = hit.passage.text
        term = _defines(text, asked)
        if term is None:
            continue
        line = passage_line(index, hit.document_id, hit.number, hit.passage, text)
        return Answer(
            found=True,
            kind=AnswerKind.SEARCH,
            title=f"“{term}”",
            headline=line.label,
            facts=(line,),
            total=1,
            question=question,
        )
    return None
