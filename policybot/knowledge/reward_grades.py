"""The lesser prizes and later rounds of an award or certification (市长质量奖提名奖, 一等奖,
认证复审): a rule of one of them is not the rule of the award itself. "市长质量奖奖多少" is not
answered by "获得市长质量奖提名奖的…10万元", nor "品字标认证" priced by "通过“品字标”认证复审"
(attack56 H1–H3)."""

from __future__ import annotations

import re

# A prize below the award, or a round after its first (提名奖, 二等奖, 复审): general words of
# how awards and certifications are graded, no one plan's titles.
_FURTHER = re.compile(
    r"提名奖|[特一二三四五]等奖|优秀奖|鼓励奖|[金银铜]奖|复审|复评|复核|复查|再认证|换证"
)
# Quotes and spaces a label writes inside a name ("品字标”认证): no part of the words.
_MARKS = re.compile(r"[“”\"'《》「」\s]")


def plain(text: str) -> str:
    """``text`` without the quote marks and spaces a label writes inside names."""
    return _MARKS.sub("", text)


def further_prizes(label: str, asked: str) -> tuple[str, ...]:
    """The lesser prizes or later rounds ``label`` names that ``asked`` does not say
    ("获得市长质量奖提名奖" of "市长质量奖": ("提名奖",)); none when it names none."""
    said = plain(asked)
    return tuple(word for word in _FURTHER.findall(plain(label)) if word not in said)


def continues_with_further_prize(label: str, words: str) -> bool:
    """Whether ``label`` writes ``words`` and after them a lesser prize or later round the words
    do not say: the rule of that prize, not of the thing the words name ("获得市长质量奖提名奖"
    of "市长质量奖"; "通过“品字标”认证复审" of "品字标认证")."""
    text, typed = plain(label), plain(words)
    at = text.find(typed) if typed else -1
    if at < 0:
        return False
    after = text[at + len(typed) :]
    return any(word not in typed for word in _FURTHER.findall(after))
