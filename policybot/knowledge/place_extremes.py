"""哪个区任务最多: which of a plan's places is given the most (or least) of a figure.

The plans split a figure over their districts or towns (各区每年不少于:甲区12个、乙区30个…);
asked which place has the most, the question is read as asking each place's figure (各区…多少,
``asks_each_place``), and the answer leads with the place whose figure is largest (or smallest),
all places' lines below it, the largest first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import replace

from policybot.knowledge.answers import Answer, FactLine
from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.lines import row_district
from policybot.knowledge.regions import split_region

# The kinds of place asked; 市 as a level, not 市场, 市级, 市民, 市直, 市委, 市局, 市政府, 市区
# (attack49 L3).
_KINDS = r"(乡镇|街道|区县|县区|区|县|镇|乡|市(?![级场民直委局政区]))"
# 哪个乡镇最多, 哪个区任务最少, 哪个县的指标最高: a place kind, a few words, then the extreme.
_WHICH_PLACE_MOST = re.compile(rf"哪(?:个|一个)?{_KINDS}([^,,。??]{{0,16}}?)最(多|少|高|低)")
# 新增就业最多的是哪个区, 任务最少的是哪个乡镇: the extreme first, the place kind after it.
_MOST_IS_WHICH_PLACE = re.compile(rf"最(多|少|高|低)的(?:是)?哪(?:个|一个)?{_KINDS}")
# 东澜和西岭哪个多, 甲区和乙区谁高: which of the places the question names has more; the
# places are the question's regions, each answered with its figure (``compares_named_places``).
_WHICH_NAMED = re.compile(r"(?:哪个|哪一个|谁)(?:的)?(?:更|要|比较)?(多|少|高|低|大|小)(?!少)")
_MOST = ("多", "高", "大")
# A figure in a value (不少于239个, 1300人, 2.5万元): its first number, its scale and its unit.
_NUMBER = re.compile(r"(\d+(?:\.\d+)?)\s*(万|亿|千|百)?\s*([^\d\s,,、;;。]{0,3})")
_SCALE = {"万": 1e4, "亿": 1e8, "千": 1e3, "百": 1e2}
# A bound written after the unit (25个以上, 30个以内, 5家左右): no part of the unit.
_BOUND_AFTER = re.compile(r"(?:及以上|以上|及以下|以下|以内|之内|左右)$")


def asks_each_place(text: str) -> str:
    """``text`` asking which place has the most read as asking each place's figure (各区…多少);
    any other text as it is."""
    return _MOST_IS_WHICH_PLACE.sub(r"各\2多少", _WHICH_PLACE_MOST.sub(r"各\1\2多少", text))


# The place names of each kind a question asks (哪个乡镇, 哪个县): a 乡镇 or 街道 is a town-level
# place; 县 takes the 旗 and the county-level 市 beside it; 区县 both.
_LEVEL_ENDINGS = {
    "乡镇": ("镇", "乡", "街道"),
    "街道": ("镇", "乡", "街道"),
    "镇": ("镇", "乡", "街道"),
    "乡": ("镇", "乡", "街道"),
    "县": ("县", "旗", "市"),
    "区": ("区",),
    "区县": ("区", "县", "旗", "市"),
    "县区": ("区", "县", "旗", "市"),
    "市": ("市", "州", "盟"),
}
# A province's name before a place of it ("示范省乙阴市"): the place's holder.
_PROVINCE_THEN = re.compile(r"^(?P<province>.{2,7}?(?:省|自治区))(?P<place>.{2,})$")


def _place_kind(text: str) -> str | None:
    """乡镇, 街道, 县, 区…: the kind of place ``text`` asks which has the most, if it asks."""
    asked = _WHICH_PLACE_MOST.search(text)
    if asked is not None:
        # 哪个县(市、区)最多: every county-level place, as the bracket lists them
        bracket = asked.group(2).startswith(("(", "(")) and asked.group(1) != "市"
        return "区县" if bracket else asked.group(1)
    after = _MOST_IS_WHICH_PLACE.search(text)
    return after.group(2) if after is not None else None


def _of_kind(region: str, kind: str | None, regions: Set[str] = frozenset()) -> bool:
    """Whether ``region`` is a place of the ``kind`` asked (溪口镇 of 乡镇, not 溪口区); a 市 is a
    county-level place only when it is no prefecture-level city (attack49 H8)."""
    if kind is None:
        return True
    if not region.endswith(_LEVEL_ENDINGS.get(kind, ())):
        return False
    if kind == "市" or not region.endswith("市"):
        return True
    return not _is_prefecture_city(*_local_name(region, regions))


def _local_name(region: str, regions: Set[str]) -> tuple[str, str | None]:
    """The place's own name in ``region`` and the place that holds it, if written: "示范省乙阴市"
    is 乙阴市 of 示范省; a holder among ``regions`` (the answer's other places) is taken first."""
    holders = [other for other in regions if other != region and region.startswith(other)]
    if holders:
        holder = max(holders, key=len)
        return region[len(holder) :], holder
    province = _PROVINCE_THEN.match(region)
    if province is not None:
        return province["place"], province["province"]
    city, _ = split_region(region)
    return (region[len(city) :], city) if city else (region, None)


def _is_prefecture_city(name: str, holder: str | None) -> bool:
    """Whether the city ``name`` is prefecture-level: as the gazetteer knows it when it knows it
    at one level; else when a province holds it (a province splits its figure among its
    cities), never when a city does (its county-level cities)."""
    levels = {place.level for place in gazetteer().lookup(name) if place.name == name}
    if levels == {"prefecture"}:
        return True
    if levels == {"county"}:
        return False
    return holder is not None and holder.endswith(("省", "自治区"))


def _extreme(text: str) -> str | None:
    """多, 少, 高 or 低: the extreme ``text`` asks of its places, if it asks one."""
    asked = _WHICH_PLACE_MOST.search(text)
    if asked is not None:
        return asked.group(3)
    after = _MOST_IS_WHICH_PLACE.search(text)
    return after.group(1) if after is not None else None


def _compared(text: str) -> str | None:
    """多, 少, 高, 低, 大 or 小: what ``text`` asks of the places it names (哪个多), if it does."""
    asked = _WHICH_NAMED.search(text)
    return asked.group(1) if asked is not None else None


def compares_named_places(text: str) -> bool:
    """Whether ``text`` asks which of the places it names has more (东澜和西岭哪个多): asked of
    two places or more, each place's figure is the answer, the larger said first."""
    return _compared(text) is not None


def each_as_how_many(text: str) -> str:
    """One place's part of 甲市和乙市…哪个多 asked as how many (甲市…多少), whose figure the
    comparison weighs; any other text as it is."""
    return _WHICH_NAMED.sub("多少", text)


def each_as_asked_apart(text: str) -> str:
    """甲区和乙区…哪个多 as 甲区和乙区…分别多少: the places' figures, each its own thing asked
    (``question._parts``); any other text as it is."""
    return _WHICH_NAMED.sub("分别多少", text)


def asks_extreme_place(text: str) -> bool:
    """Whether ``text`` asks which place has the most (or least) of something."""
    return _extreme(text) is not None


def scaled_figure(value: str) -> tuple[float, str] | None:
    """The first figure of ``value`` in its unit, its scale applied (1.2万人 is 12000 of 人,
    above 9000人), and that unit (个 of 25个以上); None when it holds no number."""
    match = _NUMBER.search(value)
    if match is None:
        return None
    unit = _BOUND_AFTER.sub("", match.group(3))
    return float(match.group(1)) * _SCALE.get(match.group(2) or "", 1), unit


def _number(line: FactLine) -> float | None:
    figure = scaled_figure(line.value or "")
    return figure[0] if figure else None


def _unit(line: FactLine) -> str:
    figure = scaled_figure(line.value or "")
    return figure[1] if figure else ""


# How many of an item's label characters a question must write for the item to be weighed.
_ITEM_AT_LEAST = 2


def _label_characters(label: str) -> set[str]:
    return {c for c in label if "\u4e00" <= c <= "\u9fff"}


def _written(label: str, question: str) -> int:
    """How many of ``label``'s Chinese characters ``question`` writes."""
    return len({c for c in _label_characters(label) if c in question})


def _said(label: str, question: str) -> float:
    """The share of ``label``'s Chinese characters ``question`` writes."""
    characters = _label_characters(label)
    return _written(label, question) / len(characters) if characters else 0.0


def _item(line: FactLine) -> tuple[str, int | None, str]:
    """What a line gives a place a figure of: its label, the year it is due and its unit; only
    lines of one item are weighed against each other (新增就业 of 2031 is never compared with
    新增省名牌产品, nor with 新增就业 of 2032)."""
    return line.label, line.due.year if line.due else None, _unit(line)


def with_extreme_place(question: str, answer: Answer, *, places: Sequence[str] = ()) -> Answer:
    """``answer`` led by the place whose figure is the largest (最多, 最高) or the smallest
    (最少, 最低) when ``question`` asks which place has it, or which of the ``places`` it names
    (two or more) has more, and the answer's lines give figures of two places or more; the
    place that holds the others (the city of its districts) is no candidate. A named place
    with no figure of the item weighed is said to have none, never dropped. Else ``answer``
    as it is."""
    asked = _extreme(question)
    named = asked is None and len(places) > 1
    if named:
        asked = _compared(question)
    if asked is None or not answer.found or not answer.facts or answer.total > len(answer.facts):
        return answer
    answer = replace(answer, facts=tuple(_row_place(line) for line in answer.facts))
    regions = {line.region for line in answer.facts if line.region}
    candidates = [
        (number, line)
        for line in answer.facts
        if line.region
        and not any(other != line.region and other.startswith(line.region) for other in regions)
        and (number := _number(line)) is not None
    ]
    # The item weighed: the one whose label the question writes most nearly (哪个区新增就业最多:
    # 新增就业人数, not the 新增省名牌产品 listed first), then the one of the most places, the
    # earlier in the answer on a tie; none when the question writes too little of any label
    # (哪个区最多 names no item).
    items = [_item(line) for _, line in candidates]
    if not items:  # (no line of a place gives a figure)
        return answer
    weighed = max(
        dict.fromkeys(items),
        key=lambda item: (
            _said(item[0], question),
            len({line.region for _, line in candidates if _item(line) == item}),
        ),
    )
    if _written(weighed[0], question) < _ITEM_AT_LEAST:
        return answer
    kind = None if named else _place_kind(question)
    known = {region for region in regions if region}
    if not any(_of_kind(line.region or "", kind, known) for _, line in candidates):
        # 哪个乡镇最多 of a plan that splits its figure only by districts (attack: answered with
        # the districts), 哪个县 of a province's cities (attack49 H8): the plan gives no figure
        # per place of the kind asked, said so.
        # As a partial match: the lines are the plan's places, none of the kind asked.
        headline = f"规划没有分{kind}的数字,只分到下列各地(部分相符,仅供参考)"
        return replace(answer, headline=headline, hedged=True)
    # the places of the item weighed left out as of another kind (柘溪区 among counties)
    other_kinds = any(
        _item(line) == weighed and not _of_kind(line.region or "", kind, known)
        for _, line in candidates
    )
    candidates = [
        (number, line) for number, line in candidates if _of_kind(line.region or "", kind, known)
    ]
    # The same item in other years: the year weighed is said (最多(2032年))
    other_years = any(item[0] == weighed[0] and item[1] != weighed[1] for item in items)
    of_kind = candidates
    candidates = [(number, line) for number, line in candidates if _item(line) == weighed]
    if named:
        # 衢州和漯河驰名商标奖励哪个多, of two cities' rules writing the item each its own way
        # (新获得中国驰名商标, 我市获得中国驰名商标): each place's own line of it is weighed.
        candidates += _stand_ins(question, of_kind, candidates, weighed)
    # 甲区和乙区2032年哪个多, of a plan giving 乙区 no 2032 figure: 乙区 said to have none
    unweighed = _without_figure(places, {line.region for _, line in candidates}) if named else ""
    absent = f"{unweighed}没有{weighed[1] or ''}{'年' if weighed[1] else ''}的数字"
    if len({line.region for _, line in candidates}) < 2:
        if kind and other_kinds and candidates:
            # 哪个区最少 of two counties and one district (attack49 L1): the only one named
            line = candidates[0][1]
            rest = [other for other in answer.facts if other is not line]
            headline = f"只有一个{kind}: {line.region} {line.value}"
            return replace(answer, headline=headline, facts=(line, *rest))
        if not unweighed or not candidates:
            return answer
        line = candidates[0][1]
        return replace(answer, headline=f"{line.region} {line.value};{absent},无法比较")
    most = asked in _MOST
    ordered = sorted(candidates, key=lambda pair: pair[0], reverse=most)
    best = ordered[0][0]
    leaders = [line for number, line in ordered if number == best]
    said = "最多" if asked == "多" else "最少" if asked == "少" else f"最{asked}"
    if other_years and weighed[1] is not None:
        said = f"{said}({weighed[1]}年)"
    headline = f"{said}: " + "、".join(f"{line.region} {line.value}" for line in leaders)
    if named and len(ordered) == 2:
        headline = _one_of_two(asked, [line for _, line in ordered], len(leaders) > 1)
        if other_years and weighed[1] is not None:
            headline = f"{weighed[1]}年 {headline}"
    if unweighed:
        headline = f"{headline};{absent}"
    shown = [line for _, line in ordered]
    rest = [line for line in answer.facts if line not in shown]
    return replace(answer, headline=headline, facts=(*shown, *rest))


def _row_place(line: FactLine) -> FactLine:
    """A table row naming its district in brackets (新增省级名牌产品(枫溪区), filed under the
    city) as that district's line of the item: 黛山市枫溪区, 新增省级名牌产品 — so that the rows
    of districts are weighed as places, one item of each."""
    district = row_district(line.label)
    region = line.region or ""
    if district is None or region.endswith(district):
        return line
    label = re.sub(rf"[(（]{re.escape(district)}[)）]", "", line.label, count=1)
    return replace(line, region=f"{region}{district}", label=label)


def stands_in(question: str, line: FactLine, label: str, unit: str, year: int | None) -> bool:
    """Whether ``line``, of another place, gives that place's figure of the item ``label``
    names: in the same unit and year, its label writing as much of the question as ``label``
    does (a place's rules name an item their own way: 我市获得中国驰名商标 beside
    新获得中国驰名商标)."""
    written = _written(label, question)
    return (
        written >= _ITEM_AT_LEAST
        and _unit(line) == unit
        and (line.due.year if line.due else None) == year
        and _written(line.label, question) >= written
    )


def _stand_ins(
    question: str,
    lines: Sequence[tuple[float, FactLine]],
    weighed_lines: Sequence[tuple[float, FactLine]],
    weighed: tuple[str, int | None, str],
) -> list[tuple[float, FactLine]]:
    """For each place with no line of the item ``weighed``, its line standing in for it
    (``stands_in``), the one writing most of the question."""
    label, year, unit = weighed
    held = {line.region for _, line in weighed_lines}
    best: dict[str, tuple[float, FactLine]] = {}
    for number, line in lines:
        region = line.region or ""
        if region in held or not stands_in(question, line, label, unit, year):
            continue
        if region not in best or _said(line.label, question) > _said(
            best[region][1].label, question
        ):
            best[region] = (number, line)
    return list(best.values())


def _without_figure(places: Sequence[str], weighed: set[str | None]) -> str:
    """The named ``places`` (joined by 、) of which no figure is weighed; a place holding
    another named place (the city of its district) is none of them."""
    return "、".join(
        place
        for place in places
        if place
        and not any(region and region.endswith(place) for region in weighed)
        and not any(other != place and other.startswith(place) for other in places)
    )


def _one_of_two(asked: str, ordered: list[FactLine], tied: bool) -> str:
    """东澜和西岭哪个多, the larger first: 示范市东澜区更多: 不少于30个;示范市西岭区 不少于12个
    (一样多 when the two figures are equal)."""
    first, second = ordered
    if tied:
        return f"一样{asked}: {first.region}、{second.region} 都是{first.value}"
    return f"{first.region}更{asked}: {first.value};{second.region} {second.value}"


def more_of_places_apart(question: str, parts: list[tuple[str, Answer]]) -> str | None:
    """甲市和乙市…哪个多, each place answered on its own (two cities' plans): 甲市更多: 30个;
    乙市 12个, when each answer leads with a figure of one unit; None when the question asks
    no comparison, or a place's figure is not found or is of another unit (个 against 家)."""
    asked = _compared(question)
    if asked is None or len(parts) != 2:
        return None
    figures: list[tuple[float, FactLine]] = []
    for name, answer in parts:
        if not answer.found or answer.hedged or not answer.facts:
            return None
        lead = replace(answer.facts[0], region=name)
        figure = scaled_figure(lead.value or "")
        if figure is None:
            return None
        figures.append((figure[0], lead))
    units = {_unit(line) for _, line in figures}
    if len(units) != 1:
        return None
    ordered = sorted(figures, key=lambda pair: pair[0], reverse=asked in _MOST)
    tied = ordered[0][0] == ordered[1][0]
    return _one_of_two(asked, [line for _, line in ordered], tied)
