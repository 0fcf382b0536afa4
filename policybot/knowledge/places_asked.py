"""The districts and counties a question names, read from its characters, not jieba's words.

A district no gazetteer knows (an invented or new 东岭区) is a place only because the documents
write it. jieba is one tokenizer per process, and the names a store teaches it change how a
question splits: 南岭区 whole in one store, 南岭 / 区 in another, 东坪 / 区 once a city 东坪市
is taught. Reading such names by pattern against the documents' own text keeps the parser, the
scope checks and the near-miss checks from depending on which words happen to be taught.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Protocol

from policybot.knowledge import vocabulary
from policybot.knowledge.provinces import gazetteer_parents

# A name a question may give a district or county by (东岭区): two characters, then 区/县/市
# (overlapping: 示范市东岭区 gives 示范市 and 东岭区).
COUNTY_NAMED = re.compile(r"(?=([\u4e00-\u9fff]{2}[区县市]))")

# What may stand before a place name without making a longer one of it: a division's ending
# (示范市东岭区) or a word of the sentence (在东岭区, 和东岭区).
NOT_A_NAME = frozenset("省市县区州旗镇乡在于的和与及对为是除从向给由、,,;;")
# A question leaving a place out: "除东岭区外…", "不含东岭区", "东岭区以外/之外/除外…".
_EXCEPT_BEFORE = re.compile(r"(?:除了?|不含|不包括|不包含)[\u4e00-\u9fff、和及]{0,12}$")
_EXCEPT_AFTER = re.compile(r"(?:等)?(?:以外|之外|除外)")


class WrittenText(Protocol):
    """What the check needs of the knowledge index: whether the documents write a string."""

    def mentions(self, text: str) -> bool: ...


def asks_about_place(index: WrittenText, question: str, name: str) -> bool:
    """Whether ``question`` names the place ``name`` as where the asker is: a whole name, not
    the end of a longer one the store writes (东岭区 of 新东岭区), and not a place it leaves out
    (除东岭区外的企业, 东岭区以外的企业)."""
    for match in re.finditer(re.escape(name), question):
        start, end = match.span()
        if _EXCEPT_BEFORE.search(question[:start]) or _EXCEPT_AFTER.match(question, end):
            continue
        if any(
            start >= size
            and not set(question[start - size : start]) & NOT_A_NAME
            and index.mentions(question[start - size : end])
            for size in (1, 2, 3)
        ):
            continue
        return True
    return False


# Characters no district's name is made of: grammar, divisions, quantifiers (的市县, 每个县,
# 各县区).
_NOT_IN_A_NAME = NOT_A_NAME | frozenset("各每个该本全其这那有县区市")


def districts_written(index: WrittenText, question: str) -> list[str]:
    """The districts and counties (…区, …县) the question names as where the asker is and the
    documents write whole (其中南岭区8家, 不适用于东岭区), in the order asked.

    The name before 区/县 must be one jieba's own dictionary calls a place (南岭) or does not
    know at all (东坪): 风景区, 每个县 and 围绕区(域) are words of a sentence, not districts."""
    names = (match.group(1) for match in COUNTY_NAMED.finditer(question))
    return [
        name
        for name in dict.fromkeys(names)
        if name[-1] in "区县"
        and _could_be_a_name(name[:-1])
        and index.mentions(name)
        and asks_about_place(index, question, name)
    ]


def _could_be_a_name(stem: str) -> bool:
    """Whether ``stem`` (南岭 of 南岭区) may be a place's own name: no grammar or division
    character, and no word jieba's dictionary knows as anything but a place."""
    if set(stem) & _NOT_IN_A_NAME:
        return False
    return vocabulary.dictionary_tag(stem) in (None, "ns")


def word_of_place(word: str, places: Iterable[str]) -> bool:
    """Whether a question's word is one of ``places``, or the name of such a district or county
    no gazetteer knows without its ending (南岭 of 南岭区: jieba cut the name apart). A known
    place's name (邵阳 of 邵阳市) stays a word of its own: it tells a county's figures from its
    city's."""
    return word in places or any(
        word == place[:-1]
        for place in places
        if len(place) >= 3 and place[-1] in "区县" and not gazetteer_parents(place)
    )


# How a document speaks of the division it is about (结合我县实际, 本市企业): a notice no place
# is filed under still says which kind of division wrote it. Not 本区 (本区域) nor 全县/全市,
# which a county's plan writes of its city's targets too.
_SELF_WORDS = {"县": ("我县", "本县"), "区": ("我区",), "市": ("我市", "本市")}


class DocumentTexts(Protocol):
    """What the check needs of the knowledge index: the documents whose text holds a string."""

    def documents_mentioning(self, text: str) -> set[int]: ...


def of_another_division(index: DocumentTexts, places: Iterable[str]) -> set[int]:
    """The documents that speak of themselves only as another kind of division than one of
    ``places`` is (…区, …县, …市): a notice saying 我县 throughout is no district's (秀屿区 asked of
    a county's unplaced notice), whichever county it is; one saying 我区 is no county's. A
    document saying nothing of itself, or also the place's own kind, is none of them."""
    found: set[int] = set()
    for place in places:
        own = _SELF_WORDS.get(place[-1:])
        if own is None:
            continue
        speaks_as_own = set().union(*(index.documents_mentioning(word) for word in own))
        for kind, words in _SELF_WORDS.items():
            if kind != place[-1]:
                others = set().union(*(index.documents_mentioning(word) for word in words))
                found |= others - speaks_as_own
    return found
