"""The readable head of a long text, for one line of a list on a phone.

A list line is value, what, where, due: a 100-character sentence as its "what" fills three
lines of a phone screen and buries the others; the whole sentence stays behind 出处. The head
ends where a phrase or word ends, and never between a bound and its number (…不少于 with the
number cut off says nothing), nor inside a number and its unit (95 of 95%).
"""

from __future__ import annotations

import re

from policybot.knowledge import vocabulary
from policybot.knowledge.answers import BOUND_QUALIFIERS
from policybot.knowledge.clipping import outside_amount

# What a list line shows of its "what" (a target's subject, a deadline's title, a sentence).
LIST_WHAT_CHARS = 40
ELLIPSIS = "…"
# After these a clipped line ends on a whole phrase (…区财政局、区科技局…).
_PHRASE_END = re.compile(r"[,、;:。!?,;:!?)）]")
# Words that need the number after them: a head ending in one is cut before it.
_NEEDS_NUMBER = re.compile(
    "(?:"
    + "|".join(
        sorted(
            BOUND_QUALIFIERS | {"达到", "达", "增长", "新增", "提高到", "提升到"},
            key=len,
            reverse=True,
        )
    )
    + r")[为到至]?$"
)


_OPEN_PUNCTUATION = re.compile(r"[\s,、;:]+$")


def clip_at_boundary(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters (ending in …) where a phrase or a word ends, never
    inside a word: after the last punctuation mark in the second half of what fits, else after
    the last whole word (jieba), else where the limit falls. A cut inside a number and its unit
    (95 of 95%以上) is moved before the number, and one then leaving a bound without its number
    (…不少于) before the bound."""
    if len(text) <= limit:
        return text
    head = _head(text, limit)
    head = head[: outside_amount(text, len(head))]  # (not 稳定在95… of 95%以上)
    return _without_open_bound(head) + ELLIPSIS


def _head(text: str, limit: int) -> str:
    head = text[: limit - 1]
    ends = [match.start() for match in _PHRASE_END.finditer(head)]
    if ends and ends[-1] >= limit // 2:
        return head[: ends[-1]]
    end = 0
    for word in vocabulary.cut(text[: limit + 8]):
        if end + len(word) > limit - 1:
            break
        end += len(word)
    if end >= limit // 2:
        return head[:end]
    return head


def _without_open_bound(head: str) -> str:
    """The head without a trailing word that needs its number (不少于, 达到), nor the
    punctuation left before it."""
    cut = _NEEDS_NUMBER.sub("", head)
    cut = _OPEN_PUNCTUATION.sub("", cut)
    return cut if cut != head and cut.strip() else head
