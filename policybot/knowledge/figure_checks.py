"""东澜区2031年省名牌是不是31个: a yes/no question naming the figure it expects, answered 是 or
不是 beside the plan's own figure in its words (不少于30个).

Searched as typed, the figure asked is a word of the topic that no sentence writes when it is
wrong, so the answer was hedged (部分相符) and said neither yes nor no. Asked as how many (是
多少个), the plan's figure is found as any how-many question finds it; comparing the two, the
scale applied (2.5万元 is 25000元), is the answer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer
from policybot.knowledge.models import FactKind
from policybot.knowledge.place_extremes import scaled_figure
from policybot.knowledge.question import Asks, ParsedQuestion, parse_question

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

# A figure as a question types it, one word of its topic (31个, 95%, 1.5万人).
_FIGURE_WORD = re.compile(r"\d+(?:\.\d+)?(?:万|亿|千|百)?[^\d\s]{0,3}")
# The yes/no asking before it (是不是31个, 是否为31个, 有没有31个), said as how many asks it.
_ASKING = (("是不是", "是"), ("有没有", "有"), ("是否为", "是"), ("是否有", "有"), ("是否", "是"))
# …and after it (是31个吗).
_ASKING_END = re.compile(r"(?:吗|么|呢|吧|啊)?[??。]*$")
# A lower bound typed with the figure (不少于30个, 30个以上): a plan's figure at or above it is
# what was asked.
_AT_LEAST_BEFORE = re.compile(r"(?:不少于|不低于|至少)$")
_AT_LEAST_AFTER = re.compile(r"^(?:及以上|以上)")
# Another comparison typed before it (超过200个, 不到200个): no figure the plan is asked to state.
_COMPARED_BEFORE = re.compile(r"(?:超过|多于|少于|低于|高于|大于|小于|不到|不足|不超过|达到|达)$")
# A headline short enough to be the figure itself (答: 超过3亿元), when the lead line has none.
_FIGURE_HEADLINE_CHARS = 16


def checked_figure(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """The reply 是,不少于30个 or 不是,不少于30个 to a yes/no question whether a figure is
    the one it types; None when it types none, the plan's figure is not found for certain, or
    the two are of different units (个 asked, 家 written)."""
    if parsed.asks != Asks.YESNO or parsed.topic_kind == FactKind.REWARD:
        return None
    asked = _as_how_many(parsed)
    if asked is None:
        return None
    how_many, expected, at_least = asked
    plain = parse_question(how_many, answerer.index, answerer.today)
    if plain.asks != Asks.NUMBER:
        return None
    answer = answerer.answer(plain)
    if not answer.found or answer.hedged or not answer.facts:
        return None
    written = answer.facts[0].value
    if not written and len(answer.headline) <= _FIGURE_HEADLINE_CHARS:
        written = answer.headline  # (a sentence's figure, read for the lead: 超过3亿元)
    figure = scaled_figure(written or "")
    if figure is None or (expected[1] and figure[1] != expected[1]):
        return None
    holds = figure[0] == expected[0] or (at_least and figure[0] >= expected[0])
    return replace(answer, headline=f"{'是' if holds else '不是'},{written}")


def _as_how_many(parsed: ParsedQuestion) -> tuple[str, tuple[float, str], bool] | None:
    """The question asked as how many (东澜区2031年省名牌是多少个), the figure it typed (its
    value and unit) and whether it typed a lower bound with it; None when it types no figure
    asked of (a word of the topic) or compares one (是不是超过200个)."""
    text = parsed.text
    for word in parsed.words:
        if not word[:1].isdigit() or not _FIGURE_WORD.fullmatch(word) or word not in text:
            continue
        expected = scaled_figure(word)
        at = text.find(word)
        before, after = text[:at], text[at + len(word) :]
        at_least = bool(_AT_LEAST_BEFORE.search(before) or _AT_LEAST_AFTER.match(after))
        if expected is None or (_COMPARED_BEFORE.search(before) and not at_least):
            return None
        before = _AT_LEAST_BEFORE.sub("", before)
        after = _AT_LEAST_AFTER.sub("", after, count=1)
        for typed, said in _ASKING:
            if typed in before:
                before = before.replace(typed, said, 1)
                break
        after = _ASKING_END.sub("", after)
        return f"{before}多少{expected[1]}{after}", expected, at_least
    return None
