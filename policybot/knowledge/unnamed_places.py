"""示范市 typed when no stored plan names it (an upload undone, or never filed): a place the
store does not hold, answered 未找到 as any place no plan names, never searched by its generic
part (示范 of 示范区, 示范项目 another plan writes).

jieba cuts an invented or forgotten city (示范 / 市) where it tags a real one as a place, so the
question read its first word as a topic word and matched other plans in part.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from policybot.knowledge import vocabulary

if TYPE_CHECKING:
    from policybot.knowledge.search import KnowledgeIndex

# A city, county or district typed at the start of a question or as a command's place: two or
# three characters and its division's word (示范市, 南屿县), not a general one (全市, 本市, 设区市).
_PLACE_TYPED = re.compile(r"^([\u4e00-\u9fff]{2,3}?)(市|县|区)")
_NO_PLACE = frozenset(
    {"设区", "县级", "地级", "副省级", "城", "各", "全", "本", "我", "该", "城区"}
)
_NOT_A_NAME_END = re.compile(r"[的和与及在对给是有要多各全本每哪]")


def unnamed_place_at_start(text: str, index: KnowledgeIndex) -> str | None:
    """The place ``text`` opens with (示范市) when no stored plan writes it and it reads as a
    place name; None otherwise."""
    match = _PLACE_TYPED.match(text.strip())
    if match is None:
        return None
    name, place = match.group(1), match.group(0)
    if name in _NO_PLACE or _NOT_A_NAME_END.search(name):
        return None
    # (Written anywhere, even once, it may be a plan's own place: a district's 工作报告 writes
    # its name once, in its title, and asking it must search that plan. Only a place no stored
    # text writes is refused; one written in passing is searched and answered in part.)
    if index.occurrences(place) > 0:
        return None
    # Cut as a word of its own before the division's word standing alone (示范 / 市), never a
    # word running over it (企业 / 上市, 高新区) or a word the division's character opens
    # (京津冀 / 区域: a region of several places, no district).
    words = vocabulary.cut(text.strip())
    if words[:1] == [place]:  # (taught as a word while a plan named it)
        return place
    if len(words) < 2 or words[0] != name or words[1] != match.group(2):
        return None
    return place


def names_no_stored_place(word: str, index: KnowledgeIndex) -> bool:
    """Whether a command's place ``word`` is a place name (示范市) no stored plan writes."""
    return unnamed_place_at_start(word, index) == word.strip()
