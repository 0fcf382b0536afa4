"""国家级质量奖奖励比省级质量奖多多少, 国家级比省级多奖多少: the difference of two rewards of one
place's rules, with both sums (多50万元(新获得国家级质量奖 100万元;新获得省级质量奖 50万元)).

Searched as typed, the question matched one of the two rewards in part and was hedged (部分相符)
with that one sum. Each side asked as how much it is rewarded (国家级质量奖奖励多少) is found as
any reward question finds it; subtracting the two sums is the answer. Two places compared (甲区
比乙区多奖多少) are ``place_differences``'.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer, FactLine
from policybot.knowledge.models import FactKind
from policybot.knowledge.place_differences import difference_amount, names_two_places
from policybot.knowledge.place_extremes import scaled_figure
from policybot.knowledge.question import ParsedQuestion, parse_question

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer

# 甲奖励比乙多多少, 甲比乙多奖多少(钱), 甲比乙少给几万元: the two rewards and the way asked. The 比
# of a word (比重, 比例) is no comparison.
_REWARD_THAN = re.compile(
    r"^(?P<first>.+?)(?<!占)比(?![重例率值较])(?P<second>.+?)(?:要|还)?(?P<way>多|少|高|低)(?:了)?"
    r"(?:奖励?|给|拿|发|补)?(?:了)?(?:几|多少)(?:钱|万元|元|万)?[??。]*$"
)
# The words of being rewarded on either side (奖励, 奖金, 能拿, 的), no part of what is rewarded.
_REWARD_WORDS = re.compile(r"(?:的)?(?:奖励|奖金|补助|资助|奖补)(?:资金|金额)?$|的$")
# A sum several firms were paid together (总共120万元): no one achievement's reward.
_TOTAL = re.compile(r"总共|总计|共计|合计|累计|共")
# A reward's sum written as its most (最高100万元, 不超过50万元): no fixed sum to subtract.
_CAP = re.compile(r"最高|最多|不超过|不高于|以内|以下|之内|封顶")
# The most characters of a reward's label shown beside its sum.
_LABEL_CHARS = 24


def reward_difference(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """The reply 多50万元(甲 100万元;乙 50万元) to how much more one reward is than another;
    None when the question asks no difference of two rewards, names two places, or either
    sum is not found for certain (or both sides find the same reward)."""
    asked = _REWARD_THAN.match(parsed.text)
    if asked is None or "奖" not in parsed.text or names_two_places(answerer, parsed):
        return None
    first, second = _side(asked["first"]), _side(asked["second"])
    if not first or not second:
        return None
    place, second_place = _place_typed(answerer, first), _place_typed(answerer, second)
    if place and not second_place:
        second = place + second
    found_a, found_b = _reward_of(answerer, first), _reward_of(answerer, second)
    if found_a is None or found_b is None:
        return None
    (answer, a), (answer_b, b) = found_a, found_b
    if (a.kind, a.fact_id) == (b.kind, b.fact_id):
        return None
    for side, side_place, line in ((first, place, a), (second, second_place or place, b)):
        if not _as_typed(side, side_place, line):  # (国家级质量奖 asked, its 提名奖 rewarded)
            words = _REWARD_WORDS.sub("", side.removesuffix("奖励")).removeprefix(side_place)
            return _hedge(answer, (a, b), f"没有找到“{words}”本身的奖励,以下是相关内容")
    if (
        not place
        and not second_place
        and (not (_one_place(answer) and _one_place(answer_b)) or a.region != b.region)
    ):  # (no place typed, rewards of several places: which one's is not said)
        return _hedge(answer, (a, b), "几个地区的奖励不同,请说明是哪个地区")
    a_figure, b_figure = scaled_figure(a.value or ""), scaled_figure(b.value or "")
    if a_figure is None or b_figure is None:
        return None
    both = f"({_label(a)} {a.value};{_label(b)} {b.value})"
    if a_figure[1] != b_figure[1]:
        return None
    gap = a_figure[0] - b_figure[0]
    amount = difference_amount(abs(gap), a_figure[1])
    way = asked["way"]
    a_cap, b_cap = bool(_CAP.search(a.value or "")), bool(_CAP.search(b.value or ""))
    if a_cap or b_cap:  # 最高100万元 against 50万元: at most 50万元 more
        if (a_cap and b_cap) or gap == 0 or (gap > 0) != a_cap:
            return _hedge(answer, (a, b), f"其中有最高额,差额不能确定{both}")
        said = f"最多{'多' if gap > 0 else '少'}{amount}"
        if ("多" if gap > 0 else "少") != {"高": "多", "低": "少"}.get(way, way):
            said = f"不是{way},{said}"
    elif gap == 0:
        said = "一样多"
    elif (gap > 0) == (way in ("多", "高")):
        said = f"{way}{amount}"
    else:
        said = f"不是{way},{'少' if gap < 0 else '多'}{amount}"
    places = answer.title.split(" · ")[0]
    other = answer_b.title.split(" · ")[0]
    if second_place and other != places:
        places = f"{places}、{other}"
    title = f"{places} · 奖励之差"
    return replace(
        answer, title=title, headline=f"{said}{both}", facts=(a, b), total=2, listing=False
    )


def _side(typed: str) -> str:
    """One side as a reward asked (国家级质量奖奖励 → 国家级质量奖奖励, 省级 → 省级奖励)."""
    words = _REWARD_WORDS.sub("", typed.strip())
    return f"{words}奖励" if words else ""


def _place_typed(answerer: QuestionAnswerer, first: str) -> str:
    """The place the first side opens with (示范市国家级…: 示范市), carried to the second."""
    names = [name for name in answerer.index.names.region_aliases if first.startswith(name)]
    return max(names, key=len) if names else ""


def _hedge(answer: Answer, lines: tuple[FactLine, FactLine], headline: str) -> Answer:
    """The two rewards found shown as a partial match, with no difference said."""
    return replace(answer, headline=headline, facts=lines, total=2, hedged=True, listing=False)


def _as_typed(side: str, place: str, line: FactLine) -> bool:
    """Whether the reward found is the one the side types: no further prize written after the
    side's words in its label (国家级质量奖 typed, 获得国家级质量奖提名奖 found: not it)."""
    words = _REWARD_WORDS.sub("", side.removesuffix("奖励"))
    words = words.removeprefix(place) if place else words
    at = line.label.find(words) if words else -1
    if at < 0:
        return True  # (its words not written together: as the reward question read them)
    after = line.label[at + len(words) :]
    prizes = after.count("奖") + after.count("称号")
    return prizes <= (0 if words.endswith("奖") else 1)


def _one_place(answer: Answer) -> bool:
    """Whether the answer's reward lines are all of one place."""
    regions = {line.region for line in answer.facts if line.kind == FactKind.REWARD}
    return len(regions) <= 1


def _reward_of(answerer: QuestionAnswerer, side: str) -> tuple[Answer, FactLine] | None:
    """The reward a side asked as how much (国家级质量奖奖励多少) finds for certain, with the
    answer finding it."""
    parsed = parse_question(f"{side}多少", answerer.index, answerer.today)
    answer = answerer.answer(parsed)
    if not answer.found or answer.hedged or not answer.facts:
        return None
    lead = answer.facts[0]
    value = lead.value or ""
    if lead.kind != FactKind.REWARD or scaled_figure(value) is None or _TOTAL.search(value):
        return None
    return answer, lead


def _label(line: FactLine) -> str:
    label = line.label
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1] + "…"
