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

from policybot.knowledge.answers import Answer, FactLine
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
    rf"(?P<figure>\d+(?:\.\d+)?|[{_NUMERALS}]+)(?P<scale>[十百千]?万|亿|千)?(?P<yuan>元)?"
)
# The sum right after the reward's verb, the yes/no word first or last: 是不是示范市驰名商标奖100万,
# 示范市驰名商标奖励100万元吗. Only a sum in 万/元 counts (奖2次 is no sum).
_GIVEN_SUM = re.compile(
    r"(?:奖励?|给予?(?:奖励|补助|资助)?|补助|资助|补贴)"
    r"(?P<bound>达到|超过|高于|多于|大于|不少于|不低于|至少|不超过|不高于|最多|少于|低于|小于|不到|不足)?"
    rf"(?P<figure>\d+(?:\.\d+)?|[{_NUMERALS}]+)(?P<scale>[十百千]?万|亿|千)?(?P<yuan>元)?"
)
_LEADING_YESNO = re.compile(r"^(?:请问)?(?:是不是|是否)")
_SCALE = {"十": 10.0, "百": 100.0, "千": 1e3, "万": 1e4, "亿": 1e8}
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
    for scale in asked["scale"] or "":
        value *= _SCALE[scale]  # 1千万: 千 and 万 both (attack53 M1: read as 1000元)
    answer, how_much = _how_much(answerer, reward_words)
    if not answer.found or answer.hedged or not answer.facts:
        return answer
    bound = asked["bound"] or ""
    facts = list(answer.facts)
    if not how_much.has_topic and len(facts) > 1:
        # 发钱是不是80万: no reward named, every one listed is checked (those paid per item
        # when the question asks 每项…); the verdict names the one that pays the sum (attack52
        # M1), never the first's sum as the only one
        per_item = _PER_ITEM.search(reward_words)
        checked = [
            line for line in facts if per_item is None or per_item[0] in (line.value or "")
        ] or facts
        for verdict in ("是", "不一定"):
            # a ceiling that may pay the sum (最高50万元 of 是否超过30万) is 不一定, not 不是
            paying = [
                line for line in checked if _checked(line.value or "", bound, value) == verdict
            ]
            if paying:
                rest = [line for line in facts if line not in paying]
                said = _named(paying[0], paying[0].value or "")
                return replace(answer, headline=f"{verdict},{said}", facts=(*paying, *rest))
        if len(checked) == 1:
            rest = [line for line in facts if line not in checked]
            said = _named(checked[0], checked[0].value or "")
            return replace(answer, headline=f"不是,{said}", facts=(*checked, *rest))
        return replace(answer, headline=f"不是,所列{len(checked)}项奖励没有这个金额")
    if not how_much.region_ids:
        each = _each_place(facts, how_much, bound, value)
        if each is not None:
            return replace(answer, headline=each)
    # the reward the question names (its best match, first) is the one checked, and named
    # when others are listed beside it; a sentence found for it says its sum in the headline
    first = facts[0]
    written = first.value or ""
    if not written and first.kind == "passage" and _in_yuan(answer.headline):
        written = answer.headline
    amount = _yuan(written)
    if amount is None:
        return replace(answer, found=False, hedged=True)
    said = _named(first, written) if len(facts) > 1 else written
    return replace(
        answer,
        headline=f"{_verdict(bound, amount, value, bool(_CEILING.search(written)))},{said}",
    )


# A per-item word before the reward's verb (每项奖励40万元吗): it says how the sum is paid, not
# which reward; a search with it found the sentences writing 每项, not the reward.
_PER_ITEM = re.compile(r"每[项个家人件条次]")


def _how_much(answerer: QuestionAnswerer, reward_words: str) -> tuple[Answer, ParsedQuestion]:
    """The how-much answer of the reward ``reward_words`` name, and the question it asked; asked
    again without a per-item word (每项) when that answer finds no sum in 元 for certain (a
    sentence writing 每项 found instead of the reward, attack52 M2)."""
    how_much = parse_question(f"{reward_words}多少钱", answerer.index, answerer.today)
    answer = answerer.answer(how_much)
    plain = _PER_ITEM.sub("", reward_words)
    if plain != reward_words and not _sum_found(answer):
        how_much = parse_question(f"{plain}多少钱", answerer.index, answerer.today)
        answer = answerer.answer(how_much)
    return answer, how_much


def _sum_found(answer: Answer) -> bool:
    """Whether ``answer`` is found for certain and its first line states a sum in 元."""
    if not answer.found or answer.hedged or not answer.facts:
        return False
    return _in_yuan(answer.facts[0].value or "")


def _yuan(written: str) -> float | None:
    """The sum ``written`` in 元 (40万元, 每项30万元: 400000.0), None when it is none."""
    figure = scaled_figure(written)
    return figure[0] if figure is not None and figure[1].endswith("元") else None


def _in_yuan(written: str) -> bool:
    """Whether ``written`` is a sum in 元."""
    return _yuan(written) is not None


def _checked(written: str, bound: str, value: float) -> str | None:
    """是, 不是 or 不一定 of the sum asked against ``written`` (a ceiling, 最高50万元, is 不一定
    where it may or may not meet it, as ``_verdict`` weighs it); None when it is no sum in 元."""
    amount = _yuan(written)
    if amount is None:
        return None
    return _verdict(bound, amount, value, bool(_CEILING.search(written)))


def _each_place(
    facts: list[FactLine], how_much: ParsedQuestion, bound: str, value: float
) -> str | None:
    """Each place's verdict (示范市 不是,50万元;样例市 是,80万元) when the question names no
    place and the reward it names is paid by the plans of several places, each its own sum
    (attack53 H9: 驰名商标是不是奖励80万元 answered 不是,50万元 by the first city's plan while
    another pays 80万元). Each place's first reward line writing every word of the reward is
    its; a plan of no known place is named by its title (its sum may be the one asked). None
    when one place (or one sum) answers for all."""
    by_place: dict[str, tuple[str, str]] = {}
    for line in facts:
        written = line.value or ""
        place = line.region or f"《{line.citation.document}》"
        if (
            line.kind != FactKind.REWARD
            or place in by_place
            or not all(word in f"{line.label} {line.citation.quote}" for word in how_much.words)
        ):
            continue
        verdict = _checked(written, bound, value)
        if verdict is not None:
            by_place[place] = (verdict, written)
    if len(by_place) < 2 or len({written for _, written in by_place.values()}) < 2:
        return None
    verdicts = {verdict for verdict, _ in by_place.values()}
    if len(verdicts) == 1:
        each = ";".join(f"{place} {written}" for place, (_, written) in by_place.items())
        return f"{verdicts.pop()},{each}"
    each = ";".join(
        f"{place} {verdict},{written}" for place, (verdict, written) in by_place.items()
    )
    return f"各地不同:{each}"


def _named(line: FactLine, written: str) -> str:
    """A reward's sum ``written`` with what ``line`` rewards: 80万元(获得中国专利金奖)."""
    return f"{written}({line.label})" if line.label and line.label != written else written


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


# A sum the plan writes as a ceiling (最高奖励50万元, 给予不超过40万元的补助): what is paid may be
# anything up to it.
_CEILING = re.compile(r"最高|最多|不超过|不高于|上限|以内|以下")


def _verdict(bound: str, written: float, asked: float, ceiling: bool) -> str:
    """是 or 不是 of the sum asked against the sum written; of a ceiling (最高50万元), 是 only
    where every sum up to it holds, 不是 where none does, else 不一定 (attack53 H10: 最高奖励50万元
    answered 是 to 是否超过30万, 最高100万元 是 to 是不是100万)."""
    if not ceiling:
        return "是" if _holds(bound, written, asked) else "不是"
    if bound in _AT_MOST:
        return "是" if written <= asked else "不一定"
    if bound in _BELOW:
        return "是" if written < asked else "不一定"
    if bound in _AT_LEAST:
        return "不是" if written < asked else "不一定"
    if bound in _ABOVE:
        return "不是" if written <= asked else "不一定"
    return "不是" if written < asked else "不一定"  # (是不是100万: never more than its ceiling)


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
