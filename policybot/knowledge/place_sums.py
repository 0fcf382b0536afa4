"""东湖区和西岭区省名牌一共多少个, 青石三个区省名牌加起来多少: the sum of several places' figures
of one item, with each place's (至少16个(东湖区 不少于8个 + 西岭区 不少于5个 + 南塘区 不少于3个)).

Read as typed, 三个区 is no place the store holds, and the city's own figure (its table's first
year) came as the answer with a note that the districts have no figures of their own, while the
plan writes each district's (attack55 H1). The places are the ones named (two or more), or the
districts of the city asked (三个区, 各区, 所有县) as the store holds them; each place's figure of
the item is found as 甲和乙…哪个多 finds it, and the figures are added. A place whose figure is
not found, a count of districts (三个区) other than the places found, or figures that do not add
(other units, shares, a ceiling, several years of a place with no year asked) are said, with
the figures found, never one place's or the city's figure as the sum.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from policybot.knowledge.answers import Answer, AnswerKind, FactLine
from policybot.knowledge.chinese import CHINESE_COUNTS
from policybot.knowledge.lines import row_district
from policybot.knowledge.models import FactKind
from policybot.knowledge.place_differences import difference_amount
from policybot.knowledge.place_extremes import scaled_figure
from policybot.knowledge.places_asked import districts_written
from policybot.knowledge.question import ParsedQuestion, parse_question, regions_within
from policybot.knowledge.regions import without_whole_place
from policybot.knowledge.year_sums import SUM_WORDS, asked_sum, bound_of, points, years_said

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer
    from policybot.knowledge.search import IndexedFact, KnowledgeIndex

# The districts of the city asked, by their number or all of them (三个区, 3个县, 各区, 所有区县).
_COUNTED = re.compile(
    r"(?:(?P<count>[两二三四五六七八九十]|[2-9]|1\d)个|各|所有|全部|这几个|几个)"
    r"(?P<kind>区县|县区|区|县)(?![长委政级域内外])"
)
# What follows the sum's ask (多少个, 几家): its counter, no word of the item.
_COUNTER = re.compile(r"^(?:个|项|家|件|所|座|次|名|人|批|条|万元|元)")
# Words of the question neither place nor item (和, 、, 要).
_JOINERS = re.compile(r"^[和与及跟、,,的]+|[和与及跟、,,]+$")


def place_sum(answerer: QuestionAnswerer, parsed: ParsedQuestion) -> Answer | None:
    """The reply 至少16个(东湖区 不少于8个 + …) to how much several places' figures of one item
    come to; None when the question asks no such sum (or a sum of years, ``year_sum``'s), or no
    place's figure is found. Places whose figures are not all found, or that do not add, are
    said with the figures found (a partial match)."""
    text = parsed.text
    asked = asked_sum(text)
    if asked is None or years_said(text, asked.start()) is not None:
        return None
    if parsed.topic_kind == FactKind.REWARD:
        return None  # (a reward's sum is the calculator's and the rules')
    index = answerer.index
    counted = _COUNTED.search(text, 0, asked.start())
    if counted is None:
        within = _city_and_its_district(answerer, parsed, asked)
        if within is not None:
            return within
    regions = _regions_asked(answerer, parsed, counted)
    if regions is None:
        rows = _rows_sum(answerer, parsed, counted)
        return rows if rows is not None else _each_place(answerer, parsed, asked, counted)
    wanted, missing_typed = regions
    names = {index.region_name(region) or "": region for region in wanted}
    rest = _item_words(answerer, parsed, asked, counted)
    # (the places apart from the item's words by 的: 三水 before 省名牌 would read as 三水省)
    together = "和".join(_local(name) for name in names)
    compared = parse_question(f"{together}的{rest}哪个多", index, answerer.today)
    if set(compared.region_ids) != set(wanted):
        return None
    answer = answerer.answer(compared)
    if not answer.found or answer.hedged or not answer.facts:
        return _each_place(answerer, parsed, asked, counted)
    of_places = [line for line in answer.facts if line.region in names]
    if not of_places:
        return None
    dated = [
        line
        for line in of_places
        if parsed.year is None or (line.due is not None and line.due.year == parsed.year)
    ]
    of_each: dict[str, list[FactLine]] = {}
    for line in dated:
        of_each.setdefault(line.region or "", []).append(line)
    labels = {place: without_whole_place(of_places[0].label) for place in of_each}
    held_by = [{line.citation.document_id for line in own} for own in of_each.values()]
    if len(of_each) == len(names) >= 2 and not set.intersection(*held_by):
        # (two cities' plans, each naming the item its own way: 新增国家标准, 主导制定国家标准
        # of the same year, each its own first; attack58 M9)
        labels = {place: without_whole_place(own[0].label) for place, own in of_each.items()}
    by_place: dict[str, list[FactLine]] = {}
    for place, own in of_each.items():
        kept = [line for line in own if without_whole_place(line.label) == labels[place]]
        if kept:
            by_place[place] = kept
    aside: list[FactLine] = []
    # (of the documents giving every place's figure, one: 其中:河东区12家、河西区10家 of the
    # city's plan beside 河东区's own 15家 adds figures of one plan; attack58 M8)
    documents = [{line.citation.document_id for line in own} for own in by_place.values()]
    shared = set.intersection(*documents) if documents else set()
    for place, own in by_place.items():
        # else each place's first found (its own) document's, the others said aside
        document = next(
            (line.citation.document_id for line in own if line.citation.document_id in shared),
            own[0].citation.document_id,
        )
        kept = [line for line in own if line.citation.document_id == document]
        aside += [line for line in own if line not in kept]
        by_place[place] = kept
    # (named places in the order typed; a city's districts in the order its plan writes them)
    order = list(names) if counted is None else list(by_place)
    missing = [*missing_typed, *(_local(name) for name in names if name not in by_place)]
    summed = _summed(
        index,
        answer,
        [(name, by_place[name]) for name in order if name in by_place],
        missing,
        counted,
    )
    if summed is None or not aside:
        return summed
    notes = tuple(
        f"文件另写:{line.citation.quote.strip()}(《{line.citation.document}》)"
        for line in aside[:1]
    )
    return replace(summed, notes=(*summed.notes, *notes))


def _each_place(
    answerer: QuestionAnswerer,
    parsed: ParsedQuestion,
    asked: re.Match[str],
    counted: re.Match[str] | None,
) -> Answer | None:
    """The places typed (two or more) each asked on its own (江北区的省级名牌多少) when asking
    them together finds nothing: the figures found, added when every place's is, else said
    with the places not found (attack56 M4: 江北区's own 6个 was refused as 没有单列的数字). None
    when the districts are counted (三个区), fewer than two places are typed, or no place's
    figure is found."""
    if counted is not None:
        return None
    index = answerer.index
    named = list(dict.fromkeys(parsed.region_ids))
    within = {region: regions_within([region], index) - {region} for region in named}
    regions = [region for region in named if not within[region] & set(named)]
    regions.sort(key=lambda region: _typed_at(answerer, parsed.text, region))
    held = [index.region_name(region) or "" for region in regions]
    unheld = [
        place
        for place in (*parsed.places, *_unheld_districts(parsed))
        if not any(name.endswith(place) for name in held)
    ]
    if not regions or len(regions) + len(unheld) < 2:
        return None
    rest = _item_words(answerer, parsed, asked, counted)
    for place in unheld:
        rest = rest.replace(place, "")
    rest = _JOINERS.sub("", rest)
    if not rest:
        return None
    places: list[tuple[str, list[FactLine]]] = []
    first: Answer | None = None
    missing: list[str] = []
    for name in held:
        one = answerer.answer(parse_question(f"{name}的{rest}多少", index, answerer.today))
        lines = [
            line
            for line in one.facts[:1]
            if one.found
            and not one.hedged
            and line.region == name
            and scaled_figure(line.value or "") is not None
            and (parsed.year is None or (line.due is not None and line.due.year == parsed.year))
        ]
        if not lines:
            missing.append(_local(name))
            continue
        first = first or one
        places.append((name, lines))
    if first is None:
        return None
    return _summed(index, first, places, [*missing, *unheld], None)


def _city_and_its_district(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, asked: re.Match[str]
) -> Answer | None:
    """松禾市和河东区…一共多少: a city and one of its own districts, each typed, whose figures never
    add: the city's figure holds the district's (全市新增…30家,其中:河东区12家). The city's figure
    with the district's share in it; None when the question names no city beside its own
    district, or the city's figure is not found (attack56 M3: the district's alone was the
    answer)."""
    index = answerer.index
    asked_ids = set(parsed.region_ids)
    if len(asked_ids) != 1:
        return None
    district = next(iter(asked_ids))
    aliases = index.names.region_aliases
    cities = {
        region
        for name, ids in aliases.items()
        if re.search(f"{re.escape(name)}(?:[和与及跟、,,]|加上)", parsed.text[: asked.start()])
        for region in ids
        if region != district and district in regions_within([region], index)
    }
    if len(cities) != 1:
        return None
    city = cities.pop()
    city_name = index.region_name(city) or ""
    district_name = index.region_name(district) or ""
    rest = _item_words(answerer, parsed, asked, None)
    for name in sorted((n for n, ids in aliases.items() if city in ids), key=len, reverse=True):
        rest = rest.replace(name, "")
    rest = _JOINERS.sub("", rest)
    if not rest:
        return None
    answer = answerer.answer(parse_question(f"{city_name}的{rest}多少", index, answerer.today))
    if not answer.found or answer.hedged or not answer.facts:
        return None
    own = [
        line
        for line in answer.facts
        if line.region == city_name and scaled_figure(line.value or "") is not None
    ]
    if not own:
        return None
    whole = own[0]
    share = [
        line
        for line in answer.facts
        if line.region == district_name
        and line.citation.document_id == whole.citation.document_id
        and scaled_figure(line.value or "") is not None
    ]
    local = _local(district_name)
    if share:
        headline = f"{whole.value}({_local(city_name)}全市的数字,已含{local} {share[0].value})"
    else:
        headline = f"{whole.value}({_local(city_name)}全市的数字,已含{local}的,不能相加)"
    facts = (whole, *share[:1])
    return replace(answer, headline=headline, facts=facts, total=len(facts), listing=False)


def _summed(
    index: KnowledgeIndex,
    answer: Answer,
    places: list[tuple[str, list[FactLine]]],
    missing: list[str],
    counted: re.Match[str] | None,
) -> Answer | None:
    """The sum of each place's figure (``places``: each place's lines of the item), said as
    至少16个(东湖区 不少于8个 + …) on ``answer``; a partial match saying why when places are
    ``missing``, other than counted (三个区), or of several years, or their figures do not add;
    None when no place's figure is found."""
    found = [line for _place, lines in places for line in lines]
    if not found:
        return None
    if counted is not None and counted["count"] is not None:
        # (三个区 of a city whose three districts' figures are found: those three, though the
        # store holds a fourth district with none)
        if _count(counted["count"]) != len(places):
            written = "、".join(_local(place) for place, _lines in places)
            return _not_added(
                answer, found, f"只找到{written}的数字,不是{counted.group(0)}的,不能相加"
            )
    elif missing:
        return _not_added(answer, found, f"没有找到{'、'.join(missing)}的数字,不能相加")
    if any(len(lines) > 1 for _place, lines in places):
        return _not_added(answer, found, "各地写了不止一年的数字,请说明哪一年再问")
    if any(points(line.value or "") for line in found):
        # (北关区 2个百分点, 南关区 1.5个百分点: each district's own rate rises; attack56 H9)
        return _not_added(answer, found, "各地的数字是各自比例提高的百分点,不能相加")
    figures = [scaled_figure(line.value or "") for line in found]
    units = {figure[1] for figure in figures if figure is not None}
    if None in figures or len(units) != 1 or units & {"%"}:
        return _not_added(answer, found, "各地的数字单位不同或是比例,不能相加")
    bounds = {bound_of(line.value or "") for line in found}
    if "upper" in bounds:
        return _not_added(answer, found, "各地的数字有的是上限,合计说不准")
    total = sum(figure[0] for figure in figures if figure is not None)
    each = " + ".join(f"{_local(place)} {lines[0].value}" for place, lines in places)
    least = "至少" if "lower" in bounds else ""  # (at least 8 and exactly 5: at least 13)
    # (各区每年新增…北关区3个、南关区2个: 5个 a year, not of the plan's years, attack56 M10)
    yearly = "每年" if all(_EACH_YEAR.search(line.label) for line in found) else ""
    amount = f"{yearly}{least}{difference_amount(total, units.pop())}({each})"
    others = (
        _others_written(index, found) if counted is not None and counted["count"] is None else None
    )
    if others is not None:
        # (东城区8家、西城区6家,其他区各不少于2家: 各区 holds districts the sum cannot count;
        # attack56 H7)
        written = "、".join(_local(place) for place, _lines in places)
        return _not_added(
            answer, found, f"文件还写了“{others}”,没有各区的总数;写明的{written}合计{amount}"
        )
    return replace(answer, headline=amount, facts=tuple(found), total=len(found), listing=False)


# A figure of each year (每年新增…), not of all the plan's years.
_EACH_YEAR = re.compile(r"每年|每一年|年均|每年度")
# The districts a sentence gives no figure of their own (其他区各不少于2家, 其余县区各1个).
_OTHERS = re.compile(r"(?:其他|其它|其余|另外)[^,,。;;、]{0,6}?各[^,,。;;]{0,20}")


def _others_written(index: KnowledgeIndex, found: list[FactLine]) -> str | None:
    """What the sentences of the places' figures write of the other places, with no figure of
    each (其他区各不少于2家); None when they write of none."""
    for line in found:
        quote = line.citation.quote.strip()
        sentences = [
            passage.text
            for passage in index.passages.by_document.get(line.citation.document_id, [])
            if quote and quote in passage.text
        ]
        for sentence in [quote, *sentences[:1]]:
            others = _OTHERS.search(sentence)
            if others is not None:
                return others.group(0)
    return None


def _rows_sum(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, counted: re.Match[str] | None
) -> Answer | None:
    """The sum of districts no region of the store is, whose figures only a task table's rows
    give (新增省级名牌产品(枫溪区), filed under the city): those typed (two or more), or every
    district the item's rows name when they are counted (三个区, 各区); of the items whose rows
    name them, the one the question writes most of. None when no such rows are found."""
    index = answerer.index
    if counted is not None:
        typed: list[str] | None = None
        if len(parsed.region_ids) > 1:
            return None
    else:
        typed = districts_written(index, parsed.text)
        unheld = [place for place in _unheld_districts(parsed) if place not in typed]
        if not typed or len(typed) + len(unheld) < 2:
            return None
    scope = regions_within(parsed.region_ids, index) if parsed.region_ids else None
    items: dict[str, dict[str, list[IndexedFact]]] = {}
    for position in sorted(index.positions_of_kind(FactKind.TARGET)):
        fact = index.fact_at(position)
        row = fact.row
        district = row_district(row.label)
        if district is None or (typed is not None and district not in typed):
            continue
        if scope is not None and row.region_id not in scope:
            continue
        if parsed.year is not None and (row.due is None or row.due.year != parsed.year):
            continue
        item = re.sub(rf"[(（]{re.escape(district)}[)）]", "", row.label, count=1)
        items.setdefault(item, {}).setdefault(district, []).append(fact)
    if not items:
        return None
    written = {item: _written_share(item, parsed.text) for item in items}
    chosen = [item for item in items if written[item] == max(written.values())]
    if len(chosen) != 1 or written[chosen[0]] == 0:
        return None  # (several items of the districts, none asked above the others)
    item = chosen[0]
    order = typed if typed is not None else list(items[item])
    places: list[tuple[str, list[FactLine]]] = []
    for district in order:
        facts = items[item].get(district)
        if facts:
            lines = [answerer.line(fact) for fact in facts]
            places.append(
                (
                    district,
                    [
                        replace(line, label=item, region=f"{line.region or ''}{district}")
                        for line in lines
                    ],
                )
            )
    missing = [district for district in order if district not in items[item]]
    if typed is not None:
        missing += unheld
    when = f" · {parsed.year}年" if parsed.year is not None else ""
    found = tuple(line for _place, lines in places for line in lines)
    answer = Answer(
        found=True,
        kind=AnswerKind.TARGETS,
        title=f"{'、'.join(place for place, _lines in places)}{when} · {item}",
        headline="",
        facts=found,
        total=len(found),
    )
    return _summed(index, answer, places, missing, counted)


def _unheld_districts(parsed: ParsedQuestion) -> list[str]:
    """The districts and counties the question names that the store holds nothing of, as typed
    (桃源区, though the reading keeps 桃源)."""
    names = []
    for place in parsed.unknown_places:
        typed = re.search(rf"{re.escape(place)}[区县]?", parsed.text)
        if typed is not None and typed.group(0).endswith(("区", "县")):
            names.append(typed.group(0))
    return names


def _written_share(item: str, text: str) -> float:
    """The share of the item's Chinese characters the question writes."""
    characters = {c for c in item if "\u4e00" <= c <= "\u9fff"}
    return len({c for c in characters if c in text}) / len(characters) if characters else 0.0


def _regions_asked(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, counted: re.Match[str] | None
) -> tuple[list[int], list[str]] | None:
    """The regions whose figures are added, and the places named that the store does not hold
    (北山区 beside 东湖区): the districts of the one city asked when they are counted (三个区,
    各区), else the places named, none inside another named (青石东湖区和西岭区: not 青石);
    None when fewer than two places are asked."""
    index = answerer.index
    if counted is not None:
        if len(parsed.region_ids) != 1:
            return None
        city = parsed.region_ids[0]
        city_name = index.region_name(city) or ""
        kinds = tuple(counted["kind"])
        inside = [
            region
            for region in sorted(regions_within([city], index) - {city})
            if (index.region_name(region) or "").endswith(kinds)
            and (index.region_name(region) or "").startswith(city_name)
        ]
        # (a town of a district is no district of the city)
        districts = [
            region
            for region in inside
            if not any(
                other != region
                and (index.region_name(region) or "").startswith(index.region_name(other) or "")
                for other in inside
            )
        ]
        return (districts, []) if len(districts) >= 2 else None
    named = list(dict.fromkeys(parsed.region_ids))
    within = {region: regions_within([region], index) - {region} for region in named}
    places = [region for region in named if not within[region] & set(named)]
    places.sort(key=lambda region: _typed_at(answerer, parsed.text, region))
    districts_typed = _unheld_districts(parsed)
    if len(places) + len(districts_typed) < 2 or not places:
        return None
    held = [index.region_name(region) or "" for region in places]
    if any(
        not any(name.endswith(district) for name in held)
        for district in districts_written(index, parsed.text)
    ):
        return None  # (a district only a table's rows name: ``_rows_sum``'s)
    return places, districts_typed


def _typed_at(answerer: QuestionAnswerer, text: str, region: int) -> int:
    """Where the question first types the region (by any of its names), so the places are
    added in the order asked; the end when no name of it is typed."""
    aliases = answerer.index.names.region_aliases
    at = [text.find(name) for name, ids in aliases.items() if region in ids and name in text]
    return min(at, default=len(text))


def _item_words(
    answerer: QuestionAnswerer,
    parsed: ParsedQuestion,
    asked: re.Match[str],
    counted: re.Match[str] | None,
) -> str:
    """The words of the item the question sums (省名牌, 要新增省级名牌): the question without
    its places, the sum and the ask."""
    text = parsed.text
    after = _COUNTER.sub("", text[asked.end() :])
    between = re.sub(f"{SUM_WORDS.pattern}|^(?:要|需要|需)", "", asked["between"] or "")
    rest = SUM_WORDS.sub("", text[: asked.start()] + between + after)
    if counted is not None:
        rest = rest.replace(counted.group(0), "")
    asked_ids = set(parsed.region_ids)
    aliases = answerer.index.names.region_aliases
    typed = [name for name, ids in aliases.items() if ids & asked_ids and name in rest]
    for name in sorted(typed, key=len, reverse=True):
        rest = rest.replace(name, "")
    for place in parsed.unknown_places:
        rest = rest.replace(place, "")
    return _JOINERS.sub("", rest)


def _local(name: str) -> str:
    """A district as people write it beside its sisters: 东湖区 of 青石市东湖区."""
    for end in range(len(name) - 2, 1, -1):
        if name[end - 1] in "市州盟" and name[end:].endswith(("区", "县", "旗", "市")):
            return name[end:]
    return name


def _count(typed: str) -> int:
    return int(typed) if typed.isdigit() else CHINESE_COUNTS[typed]


def _not_added(answer: Answer, found: list[FactLine], why: str) -> Answer:
    """A sum of places asked but not made: why, with the figures found, as a partial match."""
    return replace(
        answer,
        headline=f"{why};以下是找到的数字",
        facts=tuple(found),
        total=len(found),
        listing=False,
        hedged=True,
    )
