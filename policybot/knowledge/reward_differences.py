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
from difflib import SequenceMatcher
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer, AnswerKind, FactLine
from policybot.knowledge.extract.rewards import level_of_achievement
from policybot.knowledge.models import FactKind
from policybot.knowledge.place_differences import difference_amount, names_two_places
from policybot.knowledge.place_extremes import scaled_figure
from policybot.knowledge.question import ParsedQuestion, parse_question
from policybot.knowledge.question_scope import find_scope

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer
    from policybot.knowledge.search import IndexedFact

# 甲奖励比乙多多少, 甲比乙多奖多少(钱), 甲比乙少给几万元: the two rewards and the way asked. The 比
# of a word (比重, 比例) is no comparison.
_REWARD_THAN = re.compile(
    r"^(?P<first>.+?)(?<!占)比(?![重例率值较])(?P<second>.+?)(?:要|还)?(?P<way>多|少|高|低)(?:了)?"
    r"(?:奖励?|给|拿|发|补)?(?:了)?(?:几|多少)(?P<money>钱|万元|元|万)?[??。]*$"
)
# 甲和乙奖励差多少, 甲与乙的奖金相差几万元: the two rewards, their gap asked (its sign not).
_REWARD_GAP = re.compile(
    r"^(?P<first>.+?)(?:和|与|跟|同)(?P<second>.+?)(?:的)?(?:奖励|奖金|奖)?(?:金额)?"
    r"(?P<way>相差|差距|差)(?:了|是)?(?:几|多少)(?P<money>钱|万元|元|万)?[??。]*$"
)
# 甲奖励是乙的几倍, 甲的奖金是乙多少倍: the two rewards, their ratio asked (attack55 M5: answered
# by one of them).
_REWARD_TIMES = re.compile(
    r"^(?P<first>.+?)(?:是|为|相当于)(?P<second>.+?)(?:的)?(?:几|多少)倍(?P<money>钱)?[??。]*$"
)
# A side that is only a year or time word (2028年比2027年多多少万元): two years, no rewards.
_ONLY_TIME = re.compile(r"^(?:(?:19|20)?\d{2}\s*年(?:度|底|末)?|[今去明前后]年)$")
# The words of being rewarded on either side (奖励, 奖金, 能拿, 的), no part of what is rewarded.
_REWARD_WORDS = re.compile(r"(?:的)?(?:奖励|奖金|补助|资助|奖补)(?:资金|金额)?$|的$")
# A sum several firms were paid together (总共120万元): no one achievement's reward.
_TOTAL = re.compile(r"总共|总计|共计|合计|累计|共")
# A reward's sum written as its most (最高100万元, 不超过50万元): no fixed sum to subtract.
_CAP = re.compile(r"最高|最多|不超过|不高于|以内|以下|之内|封顶")
# How alike two levels' labels, their levels left out, read when they are one item's.
_ALIKE = 0.5
# The most characters of a reward's label shown beside its sum.
_LABEL_CHARS = 24


# A pair where one side is a ceiling (最高…): its difference is not a sum the plan states.
_CAP_UNSETTLED = "其中有最高额,差额不能确定"


def reward_difference(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """The reply 多50万元(甲 100万元;乙 50万元) to how much more one reward is than another;
    None when the question asks no difference of two rewards, names two places, or either
    sum is not found for certain (or both sides find the same reward)."""
    asked = (
        _REWARD_THAN.match(parsed.text)
        or _REWARD_GAP.match(parsed.text)
        or _REWARD_TIMES.match(parsed.text)
    )
    if asked is None or names_two_places(answerer, parsed):
        return None
    if "奖" not in parsed.text and not asked["money"]:
        return None  # (甲比乙多多少钱 asks money as 多奖多少 does; 多几个 asks no reward)
    first, second = _side(asked["first"]), _side(asked["second"])
    if not first or not second:
        return None
    place, second_place = _place_typed(answerer, first), _place_typed(answerer, second)
    if any(
        _ONLY_TIME.match(side.removesuffix("奖励").removeprefix(side_place))
        for side, side_place in ((first, place), (second, second_place))
    ):
        return None  # (two years of one item: ``year_difference``'s)
    times = asked.re is _REWARD_TIMES
    way = "倍" if times else "差" if asked["way"] in ("相差", "差距", "差") else asked["way"]
    if place and not second_place:
        second = place + second
    levels = _levels_asked(first, second, place, second_place or place)
    if levels is not None and second_place in ("", place) and not times:
        # 国家级比省级多奖多少, of rules rewarding one item at each level (国家标准 50万元,
        # 省地方标准 10万元, in one sentence): each item's two sums, not a search for 国家级.
        by_level = level_difference(answerer, place, way, *levels)
        if by_level is not None:
            return by_level
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
    if levels is not None and not _alike_items(a.label, b.label):
        # (国家级比省级, 国家级标准化示范项目 found against 省级质量奖: two items, attack51 H5)
        return _hedge(answer, (a, b), "没有找到同一项奖励的两级金额,以下是相关内容")
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
    a_cap, b_cap = bool(_CAP.search(a.value or "")), bool(_CAP.search(b.value or ""))
    said: str | None
    if times:
        if a_cap or b_cap:
            return _hedge(answer, (a, b), f"其中有最高额,倍数不能确定{both}")
        if not b_figure[0]:
            return None
        ratio = _times(a_figure[0] / b_figure[0])
        said = f"约是{ratio[1:]}倍" if ratio.startswith("约") else f"是{ratio}倍"
    else:
        said = _said_apart(gap, amount, way, a_cap, b_cap)
    if said is None:
        return _hedge(answer, (a, b), f"其中有最高额,差额不能确定{both}")
    places = answer.title.split(" · ")[0]
    other = answer_b.title.split(" · ")[0]
    if second_place and other != places:
        places = f"{places}、{other}"
    title = f"{places} · {'奖励之比' if times else '奖励之差'}"
    return replace(
        answer, title=title, headline=f"{said}{both}", facts=(a, b), total=2, listing=False
    )


def _times(ratio: float) -> str:
    """2.0 → "2", 2.5 → "2.5", 1/3 → "约0.33"."""
    rounded = round(ratio, 2)
    shown = f"{rounded:.2f}".rstrip("0").rstrip(".")
    return shown if abs(rounded - ratio) < 1e-9 else f"约{shown}"


def _said_apart(gap: float, amount: str, way: str, a_cap: bool, b_cap: bool) -> str | None:
    """多50万元, 不是少,多50万元, 一样多, 最多多50万元 (最高100万元 against 50万元); of a gap
    asked (甲和乙差多少, ``way`` 差) 相差50万元, 最多相差50万元; None when a cap leaves the
    difference unknown."""
    if way == "差":
        if a_cap or b_cap:
            if (a_cap and b_cap) or gap == 0 or (gap > 0) != a_cap:
                return None
            return f"最多相差{amount}"
        return "一样多" if gap == 0 else f"相差{amount}"
    if a_cap or b_cap:  # 最高100万元 against 50万元: at most 50万元 more
        if (a_cap and b_cap) or gap == 0 or (gap > 0) != a_cap:
            return None
        said = f"最多{'多' if gap > 0 else '少'}{amount}"
        if ("多" if gap > 0 else "少") != {"高": "多", "低": "少"}.get(way, way):
            said = f"不是{way},{said}"
        return said
    if gap == 0:
        return "一样多"
    if (gap > 0) == (way in ("多", "高")):
        return f"{way}{amount}"
    return f"不是{way},{'少' if gap < 0 else '多'}{amount}"


# The levels an asker names (国家级比省级), by the level the extractor files a reward under
# (国家 of 全国…委员会 and 中国…奖, 省 and 省地方 of 浙江省…, 省地方标准).
_LEVEL_WORDS: tuple[tuple[str, str], ...] = (
    ("国家级", "国家"),
    ("国家", "国家"),
    ("国际级", "国际"),
    ("国际", "国际"),
    ("省级", "省"),
    ("省", "省"),
    ("市级", "市"),
    ("县级", "县"),
    ("区级", "区"),
)


def _level_of(words: str) -> tuple[str, str, str] | None:
    """The level ``words`` name, as typed, and the item around it (主导制修订国家级标准: 国家,
    国家, 主导制修订标准): a 国家级, 省级… anywhere, a bare 国家 or 省 only first."""
    found = [
        (words.find(typed), -len(typed), typed, level)
        for typed, level in _LEVEL_WORDS
        if typed in words and (typed.endswith("级") or words.startswith(typed))
    ]
    if not found:
        return None
    at, _, typed, level = min(found)
    return level, typed.removesuffix("级"), words[:at] + words[at + len(typed) :]


def _levels_asked(
    first: str, second: str, place: str, second_place: str
) -> tuple[str, str, str, str] | None:
    """The two levels compared, the first as typed, and the item asked at both (国家级标准比
    省级: 国家, 省, 国家, 标准; 国家级比省级: no item); None when a side names no level or the
    sides name two items."""
    higher, lower = (
        _level_of(_REWARD_WORDS.sub("", side.removesuffix("奖励")).removeprefix(side_place))
        for side, side_place in ((first, place), (second, second_place))
    )
    if higher is None or lower is None:
        return None
    (high, typed, item), (low, _, other_item) = higher, lower
    if high == low or (item and other_item and item != other_item):
        return None
    return high, low, typed, item or other_item


def _at_level(line_level: str | None, level: str) -> bool:
    return bool(line_level) and (line_level or "").startswith(level)


def level_difference(
    answerer: QuestionAnswerer, place: str, way: str, high: str, low: str, typed: str, item: str
) -> Answer | None:
    """Each item rewarded at both levels in one rule's sentence (主导制修订国家标准 50万元,
    …省地方标准 10万元), the difference of its sums: said when one item is, hedged with every
    item's two sums when several are (which item is asked is not ours to guess). None when
    no sentence rewards an item at both levels with a sum each."""
    parsed = parse_question(f"{place}{item}奖励多少", answerer.index, answerer.today)
    scope = find_scope(answerer.index, parsed)
    if isinstance(scope, str):
        return None
    index = answerer.index
    sentences: dict[tuple[int, str], list[IndexedFact]] = {}
    for position in sorted(index.positions_of_kind(FactKind.REWARD)):
        fact = index.fact_at(position)
        row = fact.row
        if scope.document_ids is not None and row.document_id not in scope.document_ids:
            continue
        if scope.region_ids is not None and row.region_id not in scope.region_ids:
            continue
        if item and not _within(item, row.label):
            continue
        sentences.setdefault((row.document_id, row.quote), []).append(fact)
    levelled = {
        fact.row.region_id
        for facts in sentences.values()
        for fact in facts
        if _at_level(_fact_level(fact), high) or _at_level(_fact_level(fact), low)
    }
    if not place and len(levelled) > 1:
        return None  # (no place typed, several places reward at these levels: which is not said)
    pairs: list[tuple[FactLine, FactLine]] = []
    for (document_id, _), facts in sentences.items():
        highs = [f for f in facts if _at_level(_fact_level(f), high)]
        document_highs = [
            f
            for (other_id, _), others in sentences.items()
            if other_id == document_id
            for f in others
            if _at_level(_fact_level(f), high)
        ]
        for low_fact in (f for f in facts if _at_level(_fact_level(f), low)):
            # The same item in its sentence, else in another sentence of the document (国家级…
            # 30万元。省级…10万元。, attack51 H5/M7), else its sentence's most alike.
            match = (
                _same_item(low_fact, highs)
                or _same_item(low_fact, document_highs)
                or _most_alike(low_fact, highs)
            )
            if match is None:
                continue
            a, b = answerer.line(match), answerer.line(low_fact)
            if scaled_figure(a.value or "") is not None and scaled_figure(b.value or ""):
                pairs.append((a, b))
    # (国家标准 asked: 制修订国家标准, not 全国专业标准化技术委员会, when a label writes it so)
    written = [(a, b) for a, b in pairs if item and f"{typed}{item}" in a.label]
    pairs = written or pairs
    if not pairs:
        return None
    title = f"{scope.title} · 奖励之差"
    apart = [_pair_said(a, b, way) for a, b in pairs]
    if len(pairs) == 1:
        (a, b), said = pairs[0], apart[0]
        return Answer(
            found=True,
            kind=AnswerKind.REWARDS,
            title=title,
            headline=f"{said or _CAP_UNSETTLED}({_label(a)} {a.value};{_label(b)} {b.value})",
            facts=(a, b),
            total=2,
            hedged=said is None,
        )
    notes = tuple(
        f"{_label(a)} {a.value};{_label(b)} {b.value}:{said or _CAP_UNSETTLED}"
        for (a, b), said in zip(pairs, apart, strict=True)
    )
    return Answer(
        found=True,
        kind=AnswerKind.REWARDS,
        title=title,
        headline=f"有 {len(pairs)} 项奖励分这两级给出,差额见下,请说明问的是哪一项",
        facts=tuple(line for pair in pairs for line in pair),
        total=2 * len(pairs),
        hedged=True,
        notes=notes,
    )


def _fact_level(fact: IndexedFact) -> str | None:
    """The level a reward is filed under, or the one its label names first (新获得国家级质量奖:
    国家) when its reader filed none."""
    return fact.row.level or level_of_achievement(fact.row.label)


# The level words of a label, left out to compare two levels' items (国家级质量奖, 省级质量奖).
_LEVEL_IN_LABEL = re.compile(r"国际级|国家级|省级|市级|县级|区级|国际|全国|国家|中国|省地方|省")


def _item_of(label: str) -> str:
    """A reward's item with no level (主导制定国家标准, 主导制定省地方标准: 主导制定标准)."""
    return _LEVEL_IN_LABEL.sub("", label, count=1)


def _alike_items(label: str, other: str) -> bool:
    """Whether two rewards, their levels left out, read as one item (获得中国质量奖, 获得浙江省
    政府质量奖), not two (新认定的标准化示范项目, 新获得质量奖)."""
    return SequenceMatcher(None, _item_of(label), _item_of(other)).ratio() >= _ALIKE


def _same_item(low_fact: IndexedFact, highs: list[IndexedFact]) -> IndexedFact | None:
    """The one higher level's reward of ``low_fact``'s item, the same once the level is left
    out; None when none is, or several."""
    item = _item_of(low_fact.row.label)
    same = [f for f in highs if _item_of(f.row.label) == item]
    return same[0] if len(same) == 1 else None


def _most_alike(low_fact: IndexedFact, highs: list[IndexedFact]) -> IndexedFact | None:
    """Of one sentence's higher level rewards the one whose label reads most alike
    (全国专业标准化技术委员会 and its 分技术委员会 beside 浙江省标准化技术委员会)."""
    if not highs:
        return None
    label = low_fact.row.label
    return max(highs, key=lambda f: SequenceMatcher(None, f.row.label, label).ratio())


def _within(short: str, long: str) -> bool:
    """Whether ``short``'s characters stand in ``long`` in order (主导制修订标准 in
    主导(第一起草单位)制修订国家标准)."""
    rest = iter(long)
    return all(char in rest for char in short)


def _pair_said(a: FactLine, b: FactLine, way: str) -> str | None:
    a_figure, b_figure = scaled_figure(a.value or ""), scaled_figure(b.value or "")
    if a_figure is None or b_figure is None or a_figure[1] != b_figure[1]:
        return None
    gap = a_figure[0] - b_figure[0]
    amount = difference_amount(abs(gap), a_figure[1])
    a_cap, b_cap = bool(_CAP.search(a.value or "")), bool(_CAP.search(b.value or ""))
    return _said_apart(gap, amount, way, a_cap, b_cap)


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
    if parsed.unknown_places:
        return None  # (a place out of the store is refused as typed, not given another's rule)
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
