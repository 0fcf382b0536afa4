"""示范市领导小组叫什么, …领导小组的全称是什么, 牵头的领导小组是哪个: the name of a body a plan
sets up (a 领导小组, 委员会, 联席会议, 指挥部), answered as the plan writes it with the sentence
naming it.

Read as a topic, the body's word is a unit (the extractor files the name as one) that no target,
milestone or reward holds, so such a question answered 未找到 although the plan names it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer, AnswerKind
from policybot.knowledge.clipping import clip
from policybot.knowledge.lines import passage_line
from policybot.knowledge.question import ParsedQuestion
from policybot.knowledge.question_scope import find_scope

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

# The kinds of body a plan sets up, by the word its name ends with.
_BODIES = ("领导小组", "工作小组", "联席会议", "委员会", "指挥部", "推进小组")
_BODY = "|".join(_BODIES)
# Its name asked: 叫什么, 全称/名称/名字是什么, 是哪个, 是什么 (after the body's word).
_ASKS_NAME = re.compile(
    rf"(?P<body>{_BODY})(?:的)?(?:叫什么|叫啥|(?:全称|名称|名字|全名)(?:是什么|是啥|叫什么)?|是哪个|是哪一个|是什么)"
    rf"(?:名字|名称)?(?:{_BODY}|小组)?(?:呢|啊|呀)?[??。!!]*$"
)
# A body set up by higher level the plan works under (在省…领导小组的统一部署下, 按照…的要求):
# the opening word of such a name, no part of it.
_UNDER = re.compile(r"^(?:在|按照|按|根据|依据|受)")
# Opening words of a sentence before a name (由…领导小组统筹, 经…审定), no part of it.
_OPENING = re.compile(r"^(?:在|按照|按|根据|依据|受|由|经)")
# A name following a word of setting it up (成立示范市…领导小组): the plan's own body.
_SET_UP = re.compile(r"(?:成立|组建|设立|建立)[^,,。;;]{0,12}$")
# A name as a plan writes it: the characters up to its body's word since the last break (a
# stop, a bracket, a quote) or the last verb of setting it up (成立由市长任组长的…领导小组); the 和
# of 质量和品牌工作领导小组 is the name's own.
_NAMED = re.compile(
    rf"(?:[^\s,,。;;、::()()“”\"《》]|[((][^\s,,。;;、::()()]{{1,8}}[))]){{2,30}}?(?:{_BODY})"
)
# What a plan calls a body in short after its name (以下简称市领导小组): no name of its own.
_ALIAS = re.compile(r"^(?:以下)?简称")
# Where a plan's sentences part, for the nearest one naming a body (``_unnamed``).
_SENTENCE = re.compile(r"[。;;\n]")
# How much of that sentence is quoted.
_QUOTE = 80
_SETTING_UP = re.compile(r"^.*(?:成立|组建|设立|建立|调整|充实|健全|依托|发挥|整合|由|的)(?=.{3,})")


def body_name(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """The name of the body asked about (示范市品牌提升工作领导小组), cited by the first
    sentence of the region's plans naming it; None when the question asks no body's name or no
    plan in scope names one."""
    asking = _ASKS_NAME.search(parsed.text)
    if asking is None:
        return None
    body = asking["body"]
    scope = find_scope(answerer.index, parsed)
    if isinstance(scope, str):
        return None
    typed = _typed_name(parsed.text[: asking.end("body")], body)
    for place in scope.title.split("、"):
        typed = typed.replace(place, "")
    passages = answerer.index.passages.by_document
    documents = scope.document_ids if scope.document_ids is not None else passages.keys()
    places = [place for place in scope.title.split("、") if place and place in parsed.text]
    levels = {place[-1:] for place in scope.title.split("、") if place}
    # (rank, a higher level's, not set up, not of the place asked, document, number, name)
    found: list[tuple[int, bool, bool, bool, int, int, str]] = []
    for document_id in sorted(documents):
        for number, passage in enumerate(passages.get(document_id, [])):
            for name, under, set_up in _names_in(passage.text, body):
                elsewhere = bool(places) and not any(place in name for place in places)
                # (在区…领导小组领导下, asked of a 区: the place's own body, named by its level)
                under = under and (elsewhere or not places) and name[:1] not in levels
                found.append(
                    (_rank(name, typed), under, not set_up, elsewhere, document_id, number, name)
                )
    if not found:
        return _unnamed(answerer, parsed, scope.title, body, documents)
    best = min(found)
    if best[1]:
        # only a higher level's body named: not the plan's own, quoted as the nearest
        return _unnamed(answerer, parsed, scope.title, body, documents)
    document_id, number, name = best[4], best[5], best[6]
    if typed and best[0] > 0:
        # a name typed that no plan writes: not another body's name, which is quoted
        return _unnamed(answerer, parsed, scope.title, f"{typed}{body}", documents)
    passage = passages[document_id][number]
    line = passage_line(answerer.index, document_id, number, passage, passage.text)
    return Answer(
        found=True,
        kind=AnswerKind.UNITS,
        title=f"{scope.title} · {body}",
        headline=name,
        facts=(line,),
        total=1,
    )


def _unnamed(
    answerer: QuestionAnswerer,
    parsed: ParsedQuestion,
    place: str,
    body: str,
    documents: Iterable[int],
) -> Answer:
    """未找到 the body's name, never another route's answer to the rest of the question (the
    dates of the rows a body's members support): the nearest sentence of the plans naming a
    body of that kind, if any (a table's note 配合单位:…领导小组各成员单位), quoted below it."""
    kind = next(kind for kind in _BODIES if body.endswith(kind))
    texts = answerer.index.passages.document_texts
    nearest = next(
        (
            sentence
            for document_id in sorted(documents)
            for sentence in _SENTENCE.split(texts.get(document_id, ""))
            if _names_in(sentence, kind)
        ),
        None,
    )
    refusal = answerer.not_found(
        replace(parsed, topic=body), f"{place}的文件没有写明{body}的名称" if place else None
    )
    if nearest is None:
        return refusal
    return replace(refusal, notes=(f"原文提到:{clip(nearest.strip(), _QUOTE)}",))


def _typed_name(before: str, body: str) -> str:
    """The words typed before the body's word that are part of its name (品牌提升工作 of
    示范市品牌提升工作领导小组的全称), without a leading place, 牵头的 or 我们."""
    match = re.search(r"([^\s,,。的]*)$", before[: -len(body)])
    return match.group(1) if match else ""


def _names_in(text: str, body: str) -> list[tuple[str, bool, bool]]:
    """The names of bodies of kind ``body`` ``text`` writes, each as written, whether it is a
    higher level's the plan works under (在省…领导小组的统一部署下) and whether the plan sets it
    up (成立…)."""
    names = []
    for match in _NAMED.finditer(text):
        raw = match.group(0)
        under = bool(_UNDER.match(raw))
        name = _OPENING.sub("", _SETTING_UP.sub("", raw))
        set_up = bool(_SET_UP.search(text[: match.start()] + raw[: len(raw) - len(name)]))
        if name.endswith(body) and len(name) > len(body) and not _ALIAS.match(name):
            names.append((name, under, set_up))
    return names


def _rank(name: str, typed: str) -> int:
    """0 for a name holding every character typed before the body's word (品牌提升工作), more
    for each one it lacks."""
    return sum(1 for char in set(typed) if char not in name)
