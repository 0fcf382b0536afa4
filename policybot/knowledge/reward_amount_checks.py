"""示范市驰名商标奖励是不是超过50万, …是否达到三十万元: a yes/no question naming a reward's sum,
answered 是 or 不是 beside the sum the plan gives that reward (100万元).

Searched as typed, the sum asked is a word of the topic: a sentence that happens to write it (an
unrelated 30万元 rule) was put in front, or a sum typed in Chinese numerals (三十万) matched
nothing. Asked as how much (…奖励多少钱), the reward is found as any how-much question finds it;
comparing the two sums, 万 read as 万元, is the answer.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer
from policybot.knowledge.extract.normalise import chinese_number
from policybot.knowledge.models import FactKind
from policybot.knowledge.place_extremes import scaled_figure
from policybot.knowledge.question import Asks, ParsedQuestion, parse_question

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

_NUMERALS = "零〇一二两三四五六七八九十百千"
# The yes/no, the comparison and the sum typed: 是否达到30万元, 是不是超过五十万, 是100万元吗.
_ASKED_SUM = re.compile(
    r"(?P<asking>是不是|是否|有没有|是)"
    r"(?P<bound>达到|超过|高于|多于|大于|不少于|不低于|至少|不超过|不高于|最多|少于|低于|小于|不到|不足|为|有)?"
    rf"(?P<figure>\d+(?:\.\d+)?|[{_NUMERALS}]+)(?P<scale>万|亿|千)?(?P<yuan>元)?"
)
# The sum right after the reward's verb, the yes/no word first or last: 是不是示范市驰名商标奖100万,
# 示范市驰名商标奖励100万元吗. Only a sum in 万/元 counts (奖2次 is no sum).
_GIVEN_SUM = re.compile(
    r"(?:奖励?|给予?(?:奖励|补助|资助)?|补助|资助|补贴)"
    r"(?P<bound>达到|超过|高于|多于|大于|不少于|不低于|至少|不超过|不高于|最多|少于|低于|小于|不到|不足)?"
    rf"(?P<figure>\d+(?:\.\d+)?|[{_NUMERALS}]+)(?P<scale>万|亿|千)?(?P<yuan>元)?"
)
_LEADING_YESNO = re.compile(r"^(?:请问)?(?:是不是|是否)")
_SCALE = {"万": 1e4, "亿": 1e8, "千": 1e3, "": 1.0}
_AT_LEAST = ("达到", "不少于", "不低于", "至少")
_AT_MOST = ("不超过", "不高于", "最多")
_ABOVE = ("超过", "高于", "多于", "大于")
_BELOW = ("少于", "低于", "小于", "不到", "不足")


def checked_reward_sum(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """是,100万元 or 不是,100万元 to a yes/no question on a reward's sum; the how-much answer
    itself (hedged or 未找到, with no sum typed searched for) when the reward's sum is not found
    for certain; None when the question asks no reward's sum."""
    if parsed.asks != Asks.YESNO:
        return None
    asked, reward_words = _asked_sum(parsed.text)
    if asked is None:
        return None
    if parsed.topic_kind != FactKind.REWARD and "奖" not in reward_words:
        return None
    value = _value(asked["figure"])
    if value is None:
        return None
    value *= _SCALE[asked["scale"] or ""]
    how_much = parse_question(f"{reward_words}多少钱", answerer.index, answerer.today)
    answer = answerer.answer(how_much)
    if not answer.found or answer.hedged or not answer.facts:
        return answer
    written = answer.facts[0].value or ""
    figure = scaled_figure(written)
    if figure is None or not figure[1].endswith("元"):
        return replace(answer, found=False, hedged=True)
    return replace(
        answer,
        headline=f"{'是' if _holds(asked['bound'] or '', figure[0], value) else '不是'},{written}",
    )


def _asked_sum(text: str) -> tuple[re.Match[str] | None, str]:
    """The sum asked and the words naming its reward (the question up to the sum, its leading
    yes/no word dropped); None when no sum in 万/元 is asked, or the figure is a year."""
    for pattern in (_ASKED_SUM, _GIVEN_SUM):
        asked = pattern.search(text)
        if (
            asked is None
            or not (asked["scale"] or asked["yuan"])
            or "年" in text[asked.end() : asked.end() + 1]
        ):
            continue
        before = text[: asked.start()]
        if pattern is _GIVEN_SUM:
            verb = text[
                asked.start() : asked.start("bound") if asked["bound"] else asked.start("figure")
            ]
            before = _LEADING_YESNO.sub("", before) + verb
        return asked, before
    return None, ""


def _value(figure: str) -> float | None:
    if figure[0].isdigit():
        return float(figure)
    number = chinese_number(figure)
    return float(number) if number is not None else None


def _holds(bound: str, written: float, asked: float) -> bool:
    if bound in _AT_LEAST:
        return written >= asked
    if bound in _AT_MOST:
        return written <= asked
    if bound in _ABOVE:
        return written > asked
    if bound in _BELOW:
        return written < asked
    return written == asked
