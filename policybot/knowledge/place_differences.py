"""东澜区驰名商标比西岭区多几件: the difference of two places' figures, with both figures and
the year they are due (多18件(东澜区 不少于30个,西岭区 不少于12个,2031年)).

Searched as typed, the question found the sentence or row naming one of the places and answered
with its figure: one side of the subtraction, read as the difference. Asked as 东澜区和西岭区…
哪个多 (``place_extremes``), each place's figure is found for the item weighed; subtracting them,
year by year when the plan gives several and the question asks none, is the answer. Two figures
that do not subtract (other units; an exact figure against a bound that leaves the difference
open) are given side by side, the reason said, never one of them as the difference.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from typing import TYPE_CHECKING, Final, Literal

from policybot.knowledge.answers import Answer, AnswerKind, FactLine, format_number
from policybot.knowledge.difference_questions import (
    asked_difference,
    asked_way,
    asks_a_ratio,
    measure_named_last,
)
from policybot.knowledge.lines import row_district
from policybot.knowledge.models import FactKind
from policybot.knowledge.place_extremes import scaled_figure, stands_in
from policybot.knowledge.places_asked import districts_written
from policybot.knowledge.question import Asks, ParsedQuestion, parse_question

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer
    from policybot.knowledge.search import IndexedFact

# A year or time words typed before the first place (2031年溪口区…比棠梨区…).
_LEADING_TIME = re.compile(r"^(?:(?:19|20)\d{2}\s*年(?:底|末|度)?|今年|明年|去年)[,,]?")
# A figure written as a bound (不少于30个, 30个以上): the least the plan asks, not the figure.
_LOWER = re.compile(r"不少于|不低于|至少|以上|超过|力争|达到")
_UPPER = re.compile(r"不超过|不高于|以下|以内|控制在|低于")
# Characters of a place's name every place shares (示范市东澜区: 市, 区), no help telling two apart.
_PLACE_SUFFIXES = frozenset("省市区县镇乡街道")


UNRESOLVED: Final = "unresolved"
"""``figure_difference``'s word for a difference of two places asked whose figures it did not
find to subtract."""


def figure_difference(
    answerer: QuestionAnswerer, parsed: ParsedQuestion
) -> Answer | Literal["unresolved"] | None:
    """The reply 多18件(…) to a question how much more (or less) one named place has than
    another (甲比乙多几个, 甲和乙差多少, with a place on each side: 年 against 年 is not one);
    ``UNRESOLVED`` when it asks one but the two figures are not found to subtract (the caller
    then says no difference was found, ``unresolved_difference``); None when it asks none.
    Two districts no region of the store is, whose figures only a task table's rows give
    (新增省级名牌产品(枫溪区)), are weighed row against row (``_rows_difference``)."""
    asked = asked_difference(parsed.text)
    if asked is None:
        return None
    aliases = answerer.index.names.region_aliases
    first, second = asked.group("first"), asked.group("second")
    named = _names_a_place_each(asked, aliases)
    rows = None if named else _row_districts(answerer, asked)
    unresolved: Literal["unresolved"] | None = UNRESOLVED if named else None
    if asks_a_ratio(asked):
        return unresolved  # (多几倍, 多百分之多少: a ratio, which a subtraction does not answer)
    way = asked_way(asked)
    side_years = [_SIDE_YEAR.findall(asked[side]) for side in ("first", "second")]
    if all(side_years) and set(side_years[0]) != set(side_years[1]):
        # (溪口区2031年…比枫林区2032年: each place in its own year, which one 哪个多 of both
        # places does not weigh; attack53 H7 answered 溪口区's 2032 figure)
        return unresolved
    if rows is not None:  # (rows not found to subtract: as before, the question as typed)
        by_rows = _rows_difference(answerer, parsed, asked, rows)
        if by_rows is not None:
            return by_rows
    together, typed_place = _places_together(first, second, aliases)
    measure = measure_named_last(asked)
    # (的 apart: 三水 before 省名牌 would read as a province, 三水省)
    compared = parse_question(
        f"{together}的{measure}哪个多" if measure else f"{together}哪个多",
        answerer.index,
        answerer.today,
    )
    if len(compared.region_ids) != 2 or compared.asks != Asks.NUMBER:
        return unresolved
    answer = answerer.answer(compared)
    if not answer.found or answer.hedged or not answer.facts:
        return unresolved
    pairs = _pairs(answer.facts, first, typed_place, compared.text)
    if not pairs:
        return unresolved
    said = [_difference(way, a, b, len(pairs) > 1) for a, b in pairs]
    shown = [line for pair in pairs for line in pair]
    rest = [line for line in answer.facts if line not in shown]
    return replace(answer, headline=";".join(said), facts=(*shown, *rest))


# 东湖区和西岭区哪个省名牌多: the item typed between 哪个 and 多 (not a place: 哪个区多).
_WHICH_ITEM = re.compile(
    r"(?:哪个|哪一个)(?P<item>[\u4e00-\u9fff“”\"]{2,12}?)(?P<more>(?:更|要|比较)?(?:多|少|高|低))"
    r"(?P<tail>[?\uff1f。!\uff01]*)$"
)
_PLACE_WORD = re.compile(r"^(?:地方|地区|区县|县区|区|县|市|镇|乡|城市)")


def item_before_which(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """东湖区和西岭区哪个省名牌多 asked as 东湖区和西岭区的省名牌哪个多: each place's figure of the
    item, the larger first (attack55 M4: read as typed, two sentences joined answered it); None
    when the question names fewer than two places or asks no such comparison."""
    if len(set(parsed.region_ids)) < 2 or parsed.asks != Asks.WHAT:
        return None
    which = _WHICH_ITEM.search(parsed.text)
    if which is None or _PLACE_WORD.match(which["item"]):
        return None
    text = f"{parsed.text[: which.start()]}的{which['item']}哪个{which['more']}{which['tail']}"
    reread = parse_question(text, answerer.index, answerer.today)
    if reread.asks != Asks.NUMBER or set(reread.region_ids) != set(parsed.region_ids):
        return None
    answer = answerer.answer(reread)
    return answer if answer.found and not answer.hedged else None


def _row_districts(answerer: QuestionAnswerer, asked: re.Match[str]) -> tuple[str, str] | None:
    """The two districts of 甲区比乙区多几个 when each side writes one the plans write whole
    but no region of the store is (枫溪区, 柳岸区: only a task table's rows name them, the city
    filed); None otherwise."""
    sides = [districts_written(answerer.index, asked[side]) for side in ("first", "second")]
    if any(len(side) != 1 for side in sides) or sides[0] == sides[1]:
        return None
    return sides[0][0], sides[1][0]


def _rows_difference(
    answerer: QuestionAnswerer,
    parsed: ParsedQuestion,
    asked: re.Match[str],
    rows: tuple[str, str],
) -> Answer | None:
    """多5个(黛山市枫溪区 16个,黛山市柳岸区 11个,2029年) of two districts a task table's rows
    name (新增省级名牌产品(枫溪区), filed under the city): of the items whose rows name both, the
    one the question writes most of (the only one when it names none), each year asked (every
    year when none is) its two rows' figures subtracted; None when no such pair is found."""
    index = answerer.index
    wanted = set(parsed.region_ids)
    items: dict[str, dict[str, list[IndexedFact]]] = {}
    for position in sorted(index.positions_of_kind(FactKind.TARGET)):
        fact = index.fact_at(position)
        row = fact.row
        district = row_district(row.label)
        if district not in rows or (wanted and row.region_id not in wanted):
            continue
        if parsed.year is not None and (row.due is None or row.due.year != parsed.year):
            continue
        item = re.sub(rf"[(（]{re.escape(district)}[)）]", "", row.label, count=1)
        items.setdefault(item, {}).setdefault(district, []).append(fact)
    both = [item for item, places in items.items() if len(places) == 2]
    if not both:
        return None
    written = {item: _written_share(item, parsed.text) for item in both}
    chosen = [item for item in both if written[item] == max(written.values())]
    if len(chosen) != 1:
        return None  # (several items of the two districts, none asked above the others)
    by_year: dict[int | None, dict[str, FactLine]] = {}
    for district in rows:
        for fact in items[chosen[0]][district]:
            line = answerer.line(fact)
            line = replace(line, region=f"{line.region or ''}{district}", label=chosen[0])
            year = line.due.year if line.due else None
            if district in by_year.setdefault(year, {}):
                return None  # (two rows of one district and year: which is not said)
            by_year[year][district] = line
    pairs = [
        (lines[rows[0]], lines[rows[1]])
        for _, lines in sorted(by_year.items(), key=lambda item: item[0] or 0)
        if len(lines) == 2
        and scaled_figure(lines[rows[0]].value or "")
        and scaled_figure(lines[rows[1]].value or "")
    ]
    if not pairs:
        return None
    said = [_difference(asked_way(asked), a, b, len(pairs) > 1) for a, b in pairs]
    when = f" · {parsed.year}年" if parsed.year is not None else ""
    shown = tuple(line for pair in pairs for line in pair)
    return Answer(
        found=True,
        kind=AnswerKind.TARGETS,
        title=f"{rows[0]}、{rows[1]}{when} · {chosen[0]}",
        headline=";".join(said),
        facts=shown,
        total=len(shown),
    )


def _written_share(item: str, text: str) -> float:
    """The share of the item's Chinese characters the question writes."""
    characters = {c for c in item if "\u4e00" <= c <= "\u9fff"}
    return len({c for c in characters if c in text}) / len(characters) if characters else 0.0


def names_two_places(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> bool:
    """Whether the question asks how much one named place has more (or less) than another
    (甲区比乙区多奖多少): ``figure_difference``'s to answer, not a comparison of two rewards."""
    asked = asked_difference(parsed.text)
    return asked is not None and _names_a_place_each(asked, answerer.index.names.region_aliases)


def _names_a_place_each(asked: re.Match[str], aliases: Mapping[str, object]) -> bool:
    """Whether each side of 甲比乙 names a place the store knows (年 against 年 is not one)."""
    return all(any(name in asked[side] for name in aliases) for side in ("first", "second"))


def unresolved_difference(answer: Answer) -> Answer:
    """A difference of two places asked whose two figures were not found to subtract: the
    lines found are shown as a partial match, never one place's figure as the difference
    (attack47b: 高新区's 55家 led a 棠梨区比高新区少几家 reply)."""
    if not answer.found:
        return answer
    headline = "没有找到两地可以相减的数字,以下是相关内容"
    # (北江区比南江区…, of its city's sentence naming both: the item searched names the other
    # place too, which no plan of the district's own writes; that its own plan writes nothing
    # of the item is not said, attack58 M3)
    notes = tuple(note for note in answer.notes if _OWN_UNWRITTEN not in note)
    return replace(answer, headline=headline, hedged=True, notes=notes)


# What ``of_region_above`` notes of a district whose own plan the lines found are not of.
_OWN_UNWRITTEN = "自己的文件没有写这一项"


# A sentence that itself weighs two figures (比2015年增长70%, 较上年增加3个): it answers as typed.
_WEIGHS = re.compile(r"(?:比|较)[^,,。;;]{0,12}?(?:增|多|高|减|少|降|提)")
# A year as a side of a difference typed (2033年, 19年, 今年).
_SIDE_YEAR = re.compile(r"(?:19|20)?\d{2}年|[今去明前后]年")
# A place's word in a side typed (北湖区, 示范市), after its name: not a level's or a title's
# (省著名商标, 省级, 市长质量奖, 市场).
_SIDE_PLACE = re.compile(r"(?<=[\u4e00-\u9fff])[区县市镇乡省州](?![级长场委政直民])")


def never_one_side(parsed: ParsedQuestion, answer: Answer) -> Answer:
    """A difference asked (甲比乙多几个, 较乙增加几个) that no difference route answered: what the
    question finds as typed is shown as a partial match, never one side's figure as the
    difference (attack53 H5, H6: 东澜区…比西岭区多几个 answered 答: 12个, 西岭区's own figure) —
    unless the sentence found itself weighs the two (比2015年增长70%)."""
    asked = asked_difference(parsed.text)
    if asked is None or asks_a_ratio(asked):
        return answer
    if not answer.found or answer.hedged or not answer.facts:
        return answer
    if _WEIGHS.search(answer.facts[0].citation.quote):
        return answer
    if all(_SIDE_YEAR.search(asked[side]) for side in ("first", "second")):
        headline = "没有找到两年可以相减的同一项数字,以下是相关内容"
    elif all(_SIDE_PLACE.search(asked[side]) for side in ("first", "second")):
        headline = "没有找到两地可以相减的数字,以下是相关内容"
    else:
        headline = "没有找到可以相减的两个数字,以下是相关内容"
    return replace(answer, headline=headline, hedged=True)


def _places_together(first: str, second: str, aliases: Mapping[str, object]) -> tuple[str, str]:
    """东澜区和西岭区2031年驰名商标: the two places side by side, as 哪个多 reads two places,
    the words typed after the first place (东澜区2031年驰名商标比西岭区…) moved after both, a year
    typed before it (2031年东澜区…) kept in front; with the first place's name as typed."""
    time = _LEADING_TIME.match(first)
    before, rest = (first[: time.end()], first[time.end() :]) if time else ("", first)
    place = max((name for name in aliases if rest.startswith(name)), key=len, default="")
    inner = max(
        (name for name in aliases if rest[len(place) :].startswith(name)), key=len, default=""
    )
    if place and inner:
        place += inner  # (青石东湖区: a city and its district typed as one place, attack55 M1)
    if not place or place == rest:
        return f"{first}和{second}", place
    return f"{before}{place}和{second}{rest[len(place) :]}", place


def _pairs(
    facts: tuple[FactLine, ...], first: str, typed_place: str = "", question: str = ""
) -> list[tuple[FactLine, FactLine]]:
    """The two places' lines of the item weighed (the answer's first line's), one pair a year,
    the earlier year first, the first place's line first in each; empty when the lines are not
    of two places. The first place is the one whose name was typed first, else the one sharing
    most characters with what was typed before 比. The other place's rules may write the item
    their own way (``stands_in``): its line weighed beside the first is its line of it."""
    lead = facts[0]
    of_item = [
        line
        for line in facts
        if line.region and line.label == lead.label and scaled_figure(line.value or "")
    ]
    if len({line.region for line in of_item}) == 1 and len(facts) > 1 and question:
        second = facts[1]
        lead_figure = scaled_figure(lead.value or "")
        year = lead.due.year if lead.due else None
        if (
            second.region
            and second.region != lead.region
            and lead_figure is not None
            and scaled_figure(second.value or "") is not None
            and stands_in(question, second, lead.label, lead_figure[1], year)
        ):
            of_item.append(second)
    regions = list(dict.fromkeys(line.region for line in of_item if line.region))
    if len(regions) != 2:
        return []

    def typed_first(region: str) -> tuple[bool, int]:
        return bool(typed_place) and typed_place in region, _shared(region, first)

    regions.sort(key=typed_first, reverse=True)
    if typed_first(regions[0]) == typed_first(regions[1]):
        return []  # (which place the question names first is not told)
    by_year: dict[int | None, dict[str, FactLine]] = {}
    for line in of_item:
        year = line.due.year if line.due else None
        by_year.setdefault(year, {}).setdefault(line.region or "", line)
    return [
        (places[regions[0]], places[regions[1]])
        for _, places in sorted(by_year.items(), key=lambda item: item[0] or 0)
        if len(places) == 2
    ]


def _shared(region: str, typed: str) -> int:
    """How many characters of ``region``'s name, bar the ones every place has, ``typed``
    writes: the place typed before 比 is the one that shares most."""
    return len({c for c in region if c not in _PLACE_SUFFIXES and c in typed})


def _bound(value: str) -> str:
    """``lower``, ``upper`` or ``exact``: how ``value`` states its figure."""
    if _LOWER.search(value):
        return "lower"
    return "upper" if _UPPER.search(value) else "exact"


def _amount(amount: float, unit: str) -> str:
    """A difference as a person writes it: 7000万元 (not 70000000元), 0.6个百分点 of two shares."""
    if unit == "%":
        return f"{format_number(round(amount, 4))}个百分点"
    if amount >= 1e8 and amount % 1e6 == 0:
        return f"{format_number(amount / 1e8)}亿{unit}"
    if amount >= 1e4 and amount % 1e2 == 0:
        return f"{format_number(amount / 1e4)}万{unit}"
    return f"{format_number(round(amount, 4))}{unit}"


# (the same, for other differences: two rewards' sums, ``reward_differences``)
difference_amount = _amount


def _difference(
    way: str, first: FactLine, second: FactLine, per_year: bool, sides: tuple[str, str] = ("", "")
) -> str:
    """One year's difference in words: 多18件(东澜区 不少于30个,西岭区 不少于12个,2031年); of two
    ``sides`` named otherwise (two years of one place: 2032年, 2031年), by those names."""
    a_value, b_value = first.value or "", second.value or ""
    year = f",{first.due.year}年" if first.due and not per_year and not sides[0] else ""
    a_side, b_side = sides if sides[0] else (first.region, second.region)
    both = f"({a_side} {a_value},{b_side} {b_value}{year})"
    lead = f"{first.due.year}年" if per_year and first.due else ""
    a, b = scaled_figure(a_value), scaled_figure(b_value)
    assert a is not None and b is not None  # (``_pairs`` keeps figures only)
    if a[1] != b[1]:
        return f"{lead}单位不同,不能直接相减{both}"
    a_bound, b_bound = _bound(a_value), _bound(b_value)
    gap = a[0] - b[0]
    if a_bound != b_bound and not (a_bound == "lower" and b_bound == "exact" and gap > 0):
        return f"{lead}一个是下限或上限,一个是确数,差多少说不准{both}"
    prefix = "至少" if a_bound == "lower" and b_bound == "exact" else ""
    amount = _amount(abs(gap), a[1])
    if gap == 0:
        return f"{lead}一样多{both}"
    if way == "差":
        return f"{lead}相差{prefix}{amount}{both}"
    more = gap > 0
    if way in ("多", "高"):
        said = f"{prefix}{way}{amount}" if more else f"不是{way},少{amount}"
    else:  # 少, 低: asked of the first place's figure being the smaller
        said = f"{way}{amount}" if not more else f"不是{way},{prefix}多{amount}"
    return f"{lead}{said}{both}"


# (the same, for two years' figures of one place: ``year_differences``)
said_difference = _difference
