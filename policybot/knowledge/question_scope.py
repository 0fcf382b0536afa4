"""Where a question looks: the regions, documents and title of its scope.

The region asked about brings the plans of the regions above it (a city's rules cover its
districts); a place a plan mentions, a document number or a year narrows the documents; a
place or year no document covers ends the question with 未找到 before anything is ranked.
Kept apart from the answering because every kind of answer (a lookup, a list, a window of
dates, a unit's duties) starts from the same scope, and its rules are about places, not words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from policybot.knowledge import document_answers, vocabulary
from policybot.knowledge.answers import Answer
from policybot.knowledge.confidence import coverage
from policybot.knowledge.provinces import gazetteer_parents, province_title
from policybot.knowledge.queries import DocumentRow
from policybot.knowledge.question import ParsedQuestion, Topic, regions_above, regions_within
from policybot.knowledge.regions import TOWN_SUFFIXES, is_zone, region_aliases
from policybot.knowledge.search import KnowledgeIndex


@dataclass(frozen=True)
class Scope:
    """Where a question looks: facts of ``region_ids`` (None: all) in ``document_ids``."""

    region_ids: frozenset[int] | None
    exact_regions: frozenset[int] | None
    document_ids: frozenset[int] | None
    title: str


# The endings of a place named in full (杭州市, 龙游县, 北滘镇): never half of a term.
_DIVISION_ENDINGS = ("省", "市", "县", "区", "州", "盟", "旗", "镇", "乡", "街道")


def whole_term(place: str, parsed: ParsedQuestion) -> str:
    """The term a word read as a place is part of, with the topic's words typed against it
    (振兴 of 乡村振兴, which the tagger calls a place): the 未找到 names what was asked. Only
    a word typed short after a word of the topic: a place leads what is asked of it (杭州质量奖
    is 杭州's), so one a topic word comes before is the second half of a term."""
    text = parsed.reading
    start = text.find(place)
    if start < 0 or place.endswith(_DIVISION_ENDINGS):
        return place
    typed = next((end for end in _DIVISION_ENDINGS if text.startswith(end, start + len(place))), "")
    if typed:
        return place + typed  # 石鼓县 typed in full is echoed in full, never 石鼓
    if not any(word and text[max(0, start - len(word)) : start] == word for word in parsed.words):
        return place
    end = start + len(place)
    grown = True
    while grown:
        grown = False
        for word in parsed.words:
            if word and text[max(0, start - len(word)) : start] == word:
                start, grown = start - len(word), True
            if word and text[end : end + len(word)] == word:
                end, grown = end + len(word), True
    return text[start:end]


# A zone's alias shorter than this (高新区 of 示范市高新区 is 3) is no name a plan writes of it
# alone.
_ZONE_NAME = 3


def _naming_zones(index: KnowledgeIndex, zones: Iterable[int]) -> set[int]:
    """The plans of the regions above ``zones`` that write one of a zone's names."""
    documents: set[int] = set()
    for zone in zones:
        above = regions_above(zone, index)
        names = [a for a in region_aliases(index.region_name(zone) or "") if len(a) >= _ZONE_NAME]
        naming = set().union(*(index.documents_mentioning(name) for name in names))
        documents |= {d.id for d in index.documents() if d.region_id in above and d.id in naming}
    return documents


def find_scope(
    index: KnowledgeIndex, parsed: ParsedQuestion, *, within: frozenset[int] | None = None
) -> Scope | str:
    """The scope of ``parsed``, or why nothing in the store is of it (the 未找到 reason).
    ``within``: the documents looked in (None: all); a place no document is filed under is
    then looked for in them rather than refused."""
    region_ids: set[int] | None = None
    exact: set[int] | None = None
    documents: set[int] | None = None
    title = "全部地区"
    if parsed.region_ids:
        exact = regions_within(parsed.region_ids, index)
        # A plan of the region or of a region above it (a city's rules cover its districts);
        # a district's own plan says nothing about its city or its neighbours.
        above = set(parsed.region_ids)
        zones = [r for r in parsed.region_ids if is_zone(index.region_name(r) or "")]
        for region_id in parsed.region_ids:
            if region_id not in zones:
                above |= regions_above(region_id, index)
        region_ids = exact | above
        documents = {d.id for d in index.documents() if d.region_id in above}
        # A development zone's plans are its own (attack51 H6): its city's figure is never the
        # zone's, and a plan of its city speaks for it only where it names the zone.
        documents |= _naming_zones(index, zones)
        title = "、".join(index.region_name(r) or "" for r in parsed.region_ids)
        if parsed.province is not None:
            title = province_title(parsed.province, parsed.region_ids, index)
    if parsed.unknown_places:
        own = index.held_region_ids & set(parsed.region_ids)
        # A town no document mentions (示范市岭溪镇) is below the region's own plans too:
        # their figures are the region's, not the town's.
        town = any(place.endswith(TOWN_SUFFIXES) for place in parsed.unknown_places)
        if not own or town:
            place = "、".join(parsed.unknown_places)
            if within is None:
                place = "、".join(whole_term(unknown, parsed) for unknown in parsed.unknown_places)
                return f"收录的文件没有{place}的内容"
            title = f"{place}(文件未写明地区)"  # (``_in_unplaced``)
    if parsed.places:
        mentioning: set[int] = set()
        for place in parsed.places:
            mentioning |= index.documents_mentioning(place)
        if documents is None or (
            not documents & mentioning and places_inside(index, parsed.places, parsed)
        ):
            # A place inside the region asked about (衢江区 of 浙江) is the narrower scope:
            # the plans that mention it, whichever region they were filed under.
            documents = mentioning
        else:
            documents &= mentioning
        if region_ids is None:
            title = "、".join(parsed.places)
    if parsed.doc_number:
        numbered = document_answers.documents_numbered(index, parsed.doc_number)
        if numbered:
            documents = numbered if documents is None else documents & numbered
    if parsed.year is not None:
        of_the_year = f"{parsed.year}年度" in parsed.reading
        # 年底前, 这个月 (no year typed): a document dated nowhere (no period, no date, its
        # steps 12月底前 without a year) cannot be put out of the year the clock gives.
        implied = str(parsed.year) not in parsed.text
        covering = {
            d.id
            for d in index.documents()
            if covers_year(d.period_start, d.period_end, parsed.year)
            or (
                parsed.year in index.passages.document_years.get(d.id, ())
                and not (of_the_year and _one_other_year(d.period_start, d.period_end))
            )
            or (implied and dated_nowhere(d) and _named_by(index, d, parsed))
        }
        if parsed.topic_kind == Topic.DEADLINE:
            # 衢州今年有啥要到期, of an 意见 naming no years: its duties done every year (每年
            # 听取…汇报) fall due in it, as /deadlines dates them.
            first, last = date(parsed.year, 1, 1), date(parsed.year, 12, 31)
            covering |= {
                fact.row.document_id
                for fact in index.recurring_between(first, last, region_ids=region_ids)
            }
        documents = covering if documents is None else documents & covering
    if within is not None:
        documents = set(within) if documents is None else documents & within
    if documents is not None and not documents:
        when = f"{parsed.year}年" if parsed.year else ""
        who = "收录的文件" if region_ids is None and not parsed.places else title
        what = when or (f"“{parsed.topic}”" if parsed.has_topic else "相关")
        why = f"{who}没有{what}的内容"
        if exact is not None and not parsed.year:  # a plan of a place inside it may answer
            inside = sorted(
                {index.region_name(d.region_id) or "" for d in index.documents()}
                & {index.region_name(r) or "" for r in exact - above} - {""}
            )
            if inside:
                why += f";{title}内收录了: {'、'.join(inside)}"
        return why
    return Scope(
        frozenset(region_ids) if region_ids is not None else None,
        frozenset(exact) if exact is not None else None,
        frozenset(documents) if documents is not None else None,
        title,
    )


def places_inside(index: KnowledgeIndex, places: Iterable[str], parsed: ParsedQuestion) -> bool:
    """Whether the gazetteer puts every place inside one of the regions asked about."""
    names = {index.region_name(region_id) for region_id in parsed.region_ids}
    return all(gazetteer_parents(place) & names for place in places)


_PLACE_ENDINGS = ("街道", "镇", "乡", "市", "区", "县", "省")


def short_place(name: str) -> str:
    """A place as a sentence may write it: 浏河 for 浏河镇, 扬中 for 扬中市 (two characters
    at least)."""
    for ending in _PLACE_ENDINGS:
        if name.endswith(ending) and len(name) - len(ending) >= 2:
            return name[: -len(ending)]
    return name


def _named_by(index: KnowledgeIndex, document: DocumentRow, parsed: ParsedQuestion) -> bool:
    """Whether the question names ``document`` by its title (魅力文明城市方案 of the
    魅力文明城市创建行动方案): most of the title's words are in the question."""
    title = document.short_title or document.title
    if not title:
        return False
    words = vocabulary.search_words(title)
    return bool(words) and coverage(words, parsed.text, index.passages.idf).share >= 0.5


def dated_nowhere(document: DocumentRow) -> bool:
    """Whether ``document`` states no year of its own: no period, no issue or effective date."""
    return (
        document.period_start is None
        and document.period_end is None
        and document.issued is None
        and document.effective is None
    )


def covers_year(start: int | None, end: int | None, year: int) -> bool:
    return start is not None and end is not None and start <= year <= end


def _one_other_year(start: int | None, end: int | None) -> bool:
    """Whether a document is one year's plan (its 2018年度工作方案): asked of 2019年度, it is
    not that year's, though its page may be dated in 2019 (covering years are kept above)."""
    return start is not None and start == end


def place_as_unfiled(parsed: ParsedQuestion) -> ParsedQuestion:
    """咸阳什么时候前要公布…清单, where 咸阳 is no region of ours and the plans that mention it
    (a province's notice naming its cities) do not answer: the place is as good as one no plan
    names, whose own plan may be one whose text never says its place (``_in_unplaced``). Its
    name leaves the topic: an unplaced plan does not write it."""
    named = {*parsed.places, *(short_place(place) for place in parsed.places)}
    words = tuple(w for w in parsed.words if w not in named)
    return replace(
        parsed,
        places=(),
        unknown_places=parsed.places,
        words=words,
        topic=" ".join(words),
        weak=tuple(w for w in parsed.weak if w not in named),
    )


def province_note(province: str, answer: Answer, *, held: bool = False) -> str:
    """Under an answer about a province from its cities' plans: the regions the facts come
    from (the province's own rules may differ), and that the store holds no plan of the
    province, or (``held``) that the plans of the province it holds do not answer."""
    regions = "、".join(dict.fromkeys(fact.region for fact in answer.facts if fact.region))
    where = f"{regions}的文件" if regions else "省内城市的文件"
    if held:
        return f"{province}本级的文件没有相关内容;以上来自{where}"
    return f"收录的文件中没有{province}本级的规划;以上来自{where}"
