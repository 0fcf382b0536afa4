"""How an answer leads: its headline, title and kind, and which rows it shows.

The figure asked leads (超过3亿元), or the units (牵头: …), or the due date; when regions or
documents disagree, each region's value leads instead of one of them as *the* answer; a row of
places (各区…) is shown whole or not at all; a partial match at another level than asked says
so first. Kept apart from choosing the answer: the same lead is built for every kind of answer,
and its rules are about what a reader on a phone sees first.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from policybot.knowledge import confidence
from policybot.knowledge.answer_sizes import NEAR_TIES
from policybot.knowledge.answers import Answer, AnswerKind, FactLine, format_due
from policybot.knowledge.figures import (
    asked_doers,
    asked_figure,
    asked_frequency,
    figure_in_measure,
    figure_of_year,
    listed_figure,
    respective_sum,
    sentence_sum,
    share_figure,
)
from policybot.knowledge.fits import measure_asked
from policybot.knowledge.lines import PASSAGE, row_district
from policybot.knowledge.lookup_answers import shown_topic
from policybot.knowledge.models import FactKind
from policybot.knowledge.question import Asks, ParsedQuestion, Topic
from policybot.knowledge.question_scope import Scope, short_place
from policybot.knowledge.regions import without_whole_place
from policybot.knowledge.unit_roles import (
    LEAD_WORD,
    RESPONSIBLE_LABEL,
    shown_roles,
    stated_leads,
)

if TYPE_CHECKING:
    from policybot.knowledge.search import KnowledgeIndex

HEDGE_TEXT = "未找到完全相符的内容;以下部分相符,仅供参考"


# A row of an answer: a candidate or a fact.
_Row = TypeVar("_Row")


# The most places of one row (各区…不少于:禅城…、南海…) an answer lists in full.
ROW_PLACES = 12


def rows_of_places_asked(
    rows: list[_Row], places: Sequence[str], region: Callable[[_Row], str | None]
) -> list[_Row]:
    """The rows of the places asked, when plans are not filed under them: 杭州市要新增几个省级名牌
    or 厦门2032年有哪些目标, of a province's quota split (杭州市22个、宁波市20个, stored as
    浙江省杭州市) — the place's own figure answers, not its neighbours' beside it in the row. A
    place no row is of keeps every row. ``region`` is the place a row's line names."""
    own = [row for row in rows if (region(row) or "").endswith(tuple(places))]
    return own or rows


def row_or_near_ties(lines: list[FactLine], *, whole_row: bool = False) -> list[FactLine]:
    """The facts an answer shows beside the best: a few near ties, and with one of them every
    other place of its row (one sentence's figure for each district: 佛山各区省名牌产品数量).
    Cutting a row at three answered "各区" with part of the districts and no word that some
    were missing. ``whole_row``: every place of the row, however many (which has the most)."""
    rows = Counter(_row_key(line) for line in lines)
    shown: list[FactLine] = []
    shown_rows: set[tuple[object, ...]] = set()
    years_shown: dict[tuple[object, ...], set[date]] = {}
    ties = 0
    for line in lines:
        key = _row_key(line)
        due = line.due
        series = _series_key(line) if rows[key] == 1 and due is not None else None
        earlier_years = years_shown.get(series) if series is not None else None
        if due is not None and earlier_years and due not in earlier_years:
            # another year of a goal already shown: the same tie, not one more
            shown.append(line)
            earlier_years.add(due)
        elif ties < NEAR_TIES or (key in shown_rows and rows[key] > 1):
            shown.append(line)
            shown_rows.add(key)
            ties += 1
            if series is not None and due is not None:
                years_shown.setdefault(series, set()).add(due)
        if len(shown) >= ROW_PLACES and not whole_row:
            break
    return shown


def _series_key(line: FactLine) -> tuple[object, ...]:
    """What the years of one goal share: document, section (a table's row), place, subject and
    the unit leading it.
    A goal written for three years is one near tie, not three: counted as three, they cut a
    second table row of the same name (another unit's 新产品产值率) and the goal's 累计 total
    from the reply (attack59 H7, H8). Only a line alone in its row is a year of a goal: the
    places of a district row are counted as before, else every district's past years came in
    (test_answers_trial40)."""
    return (
        line.citation.document_id,
        line.citation.section,
        line.region,
        line.label,
        line.lead_units,
    )


def _row_key(line: FactLine) -> tuple[object, ...]:
    """What the places of one row share: document, section, subject and date. A table's
    place rows are cited by a section ending in their own place (附表… / 东澜区): the table's
    section is what they share, else 各区质量义诊多少次 showed three of its five districts."""
    citation = line.citation
    section = citation.section
    if section and line.region and " / " in section:
        table, place = section.rsplit(" / ", 1)
        if place and line.region.endswith(place):
            section = table
    return (citation.document_id, section, line.label, line.due)


def _line_text(line: FactLine) -> str:
    return f"{line.label} {line.citation.quote} {line.citation.section or ''}"


# Asking when something begins (什么时候开始, 何时启动); 启动阶段 names a phase, not its start.
_ASKS_START = re.compile(r"(?:开始|起始|启动)(?!阶段)|(?:什么时候|何时|哪天|几月|哪月)起")


def asks_start(text: str) -> bool:
    """Whether a question asks when something begins rather than when it is due."""
    return bool(_ASKS_START.search(text)) and "结束" not in text


# A question asking a count beside who (多少件,谁负责): the count leads the units.
_ASKS_COUNT_TOO = re.compile(r"多少|几[个家项件名次所座条批人]")


def headline_of(line: FactLine, parsed: ParsedQuestion, listing: bool, total: int) -> str:
    if listing:
        return f"共 {total} 项"
    if parsed.asks == Asks.WHO and (line.lead_units or line.support_units):
        if line.value and _ASKS_COUNT_TOO.search(parsed.text):
            # 2019年多少件,谁负责: both asked, the number first, as the question asks it.
            return f"{line.value};{_units_text(line, parsed)}"
        return _units_text(line, parsed)
    if parsed.asks == Asks.DATE and line.start is not None and asks_start(parsed.text):
        # 调研阶段什么时候开始: a span's first day, never its end, its own words beside it.
        return f"{line.start.isoformat()} 开始({line.due_text or line.start.isoformat()})"
    if parsed.asks == Asks.DATE and line.due is not None:
        return format_due(line.due, line.due_text) + (" (已过期)" if line.overdue else "")
    if line.kind == "passage":
        lead = _passage_lead(line, parsed)
        if lead and parsed.year and parsed.asks in (Asks.NUMBER, Asks.MONEY):
            # (2027年达到20家、2028年达到28家 asked of 2028: that year's figure, not the first)
            lead = figure_of_year(line.label, parsed.year) or lead
        return lead or line.label
    if line.value:
        return line.value
    return line.label


def _passage_lead(line: FactLine, parsed: ParsedQuestion) -> str | None:
    """多少 answered by a sentence: its figure for the topic leads (超过3亿元); 由谁负责: the
    bodies it lays the duty on. The sentence follows under it (``figures``)."""
    words = list(parsed.words)  # (a weak word too: 家省品, a word the bot cannot read)
    if parsed.asks in (Asks.NUMBER, Asks.MONEY):
        measure = measure_asked(parsed.text) if parsed.asks == Asks.NUMBER else None
        return (
            asked_figure(line.label, words)
            or (figure_in_measure(line.label, measure, words) if measure else None)
            # (a clause listing several things' counts: the one named, 市长质量奖 → 不少于20家)
            or (listed_figure(line.label, words, measure) if measure else None)
            or (sentence_sum(line.label, words) if parsed.asks == Asks.MONEY else None)
            # (分别给予最高30万元、10万元: the sum in the place of the thing asked)
            or (respective_sum(line.label, parsed.text) if parsed.asks == Asks.MONEY else None)
            # (…占比: a share, its one percentage, the words asked spread over the clauses)
            or (share_figure(line.label, words) if _ASKS_SHARE.search(parsed.text) else None)
        )
    if parsed.asks == Asks.WHO:
        return asked_doers(line.label, words)
    if parsed.asks == Asks.FREQUENCY or _ASKS_HOW_OFTEN.search(parsed.text):
        # 市政府质量奖多久评一次, of a sentence whose note says it (每2年评选一次)
        return asked_frequency(line.label, words)
    return None


# A share asked: 占比, 比例, 比重 (…认证占比, 所占比例是多少).
_ASKS_SHARE = re.compile(r"占比|比例|比重")


# 几年评一次, 多少年一次: how often, asked by the count of years between.
_ASKS_HOW_OFTEN = re.compile(r"(?:几|多少)(?:年|个月|季度)[^,,??]{0,3}一次")


# "每个区至少培育…", "各县新增…": a figure each subordinate place must reach.
_EACH_SUBORDINATE = re.compile(
    r"^(?:全[市省州])?(?:每个?|各)(?:区|县|市|镇|乡|街道|县区|区县|县市区|乡镇|镇街|地)"
)

# Up to this many regions' values fit the lead line; more are "各地不同,见下".
_VALUES_IN_HEADLINE = 3


def disagreement(
    lines: Sequence[FactLine],
    *,
    each_place: bool = False,
    per_year_asked: bool = False,
    year_asked: bool = True,
    asked: str = "",
) -> str | None:
    """The lead line when items of different regions or documents give different values:
    each region's value (衢州市 100万元;某区 50万元), never one of them as *the* answer.
    Asked of several places (高明区、三水区各多少), each place's value even when they agree.
    One place's goal for several years, asked with no year (省级名牌产品多少个): each year's
    figure, never the first year's as the goal. One document's rewards of several sums, the question ``asked`` naming none apart: each
    reward's sum (a target's tiers keep their first value in the lead)."""
    valued = [line for line in lines if line.value and line.kind != PASSAGE]
    if each_place and any(not _EACH_SUBORDINATE.match(line.label) for line in valued):
        # 佛山和南海区…分别: 每个区至少1类 is what each district of the city must reach, no
        # figure of the city's own (nor of one district's): each place leads with its own
        valued = [line for line in valued if not _EACH_SUBORDINATE.match(line.label)]
    if len({line.value for line in valued}) < 2:
        regions = {line.region for line in valued if line.region}
        if not each_place or not 2 <= len(regions) <= _VALUES_IN_HEADLINE:
            return None
        return ";".join(
            f"{region} {valued[0].value}"
            for region in dict.fromkeys(line.region for line in valued if line.region)
        )
    sources = {(_place_of(line), line.citation.document_id) for line in valued}
    if len({document for _, document in sources}) < 2 and len(sources) < 2:
        if all(line.kind == FactKind.REWARD for line in valued) and _none_singled_out(
            [line.label for line in valued], asked
        ):
            # one document's rewards of several sums (国际标准 40万元、国家标准 20万元…), the
            # question naming none of them apart: each sum, never the first alone (trial49 M7)
            if len(valued) > _VALUES_IN_HEADLINE:
                return "各项奖励不同,见下"
            return ";".join(f"{line.label} {line.value}" for line in valued)
        yearly = each_years_figure(valued) if per_year_asked or not year_asked else None
        if yearly is not None:
            # 每年新增国家标准多少项, of a row 3/4/5项 by year: each year's figure, never the
            # first year's as 每年 (attack58 H8)
            return yearly
        return None  # one document's own tiers of a target (国家级, 省级): its first value leads
    by_region: dict[str, list[str]] = {}
    # Figures of several years (a 2019 total beside 2017 quotas): each said with its year.
    years = len({line.due.year for line in valued if line.due is not None}) > 1
    for line in valued:
        values = by_region.setdefault(_place_of(line), [])
        value = (line.value or "") + (_year_of(line) if years else "")
        if value not in values:
            values.append(value)
    if len(by_region) < 2:
        return "各文件不同,见下"
    whole = _whole_region(list(by_region))
    rows = any(_place_of(line) != (line.region or line.citation.document) for line in valued)
    if rows and whole is not None and len(by_region[whole]) == 1:
        # 碧川 2029年省名牌: the city's own figure leads, its districts' rows below (the
        # lines shown may leave one out: the lead never lists some as if all).
        return f"{whole} {by_region[whole][0]};下辖各地不同,见下"
    if len(by_region) > _VALUES_IN_HEADLINE or any(len(v) > 1 for v in by_region.values()):
        if whole is not None and len(by_region[whole]) == 1:
            # 佛山 2019年省名牌: the city's own total leads, its districts' quotas below.
            return f"{whole} {by_region[whole][0]};下辖各地不同,见下"
        total = _one_total(valued, whole) if whole is not None and not per_year_asked else None
        own_years = (
            each_years_figure([line for line in valued if _place_of(line) == whole])
            if whole is not None and not each_place and (per_year_asked or not year_asked)
            else None
        )
        if own_years is not None:
            # 松禾新增高新技术企业多少家, a goal of the city by year beside its districts' rows
            # of a table: the city's own years lead, the rows below (attack60 H4)
            return own_years
        if total is not None:
            # 首席质量官要达到多少家: the city's one figure that is no yearly quota (450家以上)
            # leads; its 每年 quota and its districts' rows are below.
            return f"{whole} {total};下辖各地不同,见下"
        return "各地不同,见下"
    return ";".join(f"{region} {values[0]}" for region, values in by_region.items())


def each_place_or_none(lines: Sequence[FactLine], places: Sequence[str]) -> str | None:
    """The lead when several ``places`` are asked apart and the lines give a figure of one
    value for some of them only: each place's figure, 未找到 for the others (佛山市 3个;
    佛山市南海区 未找到). None when every place has one, or a figure is no place's asked."""
    valued = [
        line
        for line in lines
        if line.value and line.kind != PASSAGE and not _EACH_SUBORDINATE.match(line.label)
    ]
    if not valued or not 2 <= len(places) <= _VALUES_IN_HEADLINE:
        return None
    found = {_place_of(line): line.value for line in reversed(valued)}
    if any(place not in places for place in found) or all(place in found for place in places):
        return None
    return ";".join(f"{place} {found.get(place, '未找到')}" for place in places)


def each_years_figure(valued: Sequence[FactLine]) -> str | None:
    """Each year's figure of the first item of one place (2027年 3项;2028年 4项;…) when its
    years' figures differ; None when the lines are of several places, or of no years apart."""
    first = valued[0]
    item = without_whole_place(first.label)
    totals = [line for line in valued if line.label == f"累计{item}" and line is not first]
    valued = [line for line in valued if line not in totals]
    if any(line.region != first.region for line in valued):
        return None
    # 松禾新增发明专利多少件: the city's own years lead; its districts' lines (河东区新增…) are
    # other items, listed below (attack60 H6)
    # …and of the same measure: 生产总值 1200亿元 by 2033 is no year of its 年均增长6.5%
    measure = measure_of(first.value)
    valued = [
        line
        for line in valued
        if without_whole_place(line.label) == item and measure_of(line.value) == measure
    ]
    said = _each_rows_years(valued)
    if said is None:
        # 松禾新增高新技术企业多少家: the city's years lead, table rows of the same name below
        # them whose place the table left unsaid (attack60 H4)
        first_series = [
            line
            for line in valued
            if line.citation.section == first.citation.section
            and line.lead_units == first.lead_units
        ]
        said = _years_said(first_series) if len(first_series) < len(valued) else None
    if said is not None and len(totals) == 1:
        # …到2029年40家,累计达到90家: the plan's running total said beside its years (attack59 H8)
        said = f"{said};累计 {totals[0].value}"
    return said


# The measure a figure is counted in: 亿元 of 1200亿元, % of 6.5%, 个 of 不少于120个 or 50个以上.
_MEASURE = re.compile(r"\d+(?:\.\d+)?\s*(%|‰|[^\d\s以左;;,,]{0,3})")


def measure_of(value: str | None) -> str:
    """The measure a figure is counted in (亿元 of 1200亿元, % of 6.5%)."""
    found = _MEASURE.search(value or "")
    return found.group(1) if found else ""


def _each_rows_years(valued: Sequence[FactLine]) -> str | None:
    """Each year's figure of one goal, or of each row of one name (by the unit leading it)."""
    by_unit: dict[tuple[str, ...], list[FactLine]] = {}
    for line in valued:
        by_unit.setdefault(line.lead_units, []).append(line)
    years = [line.due.year for line in valued if line.due is not None]
    if len(by_unit) > 1 and len(set(years)) < len(years):
        # two rows of one name, each another unit's (市经信局 20%…, 市农业农村局 10%…); a year
        # apart each (one year's line naming its unit, the others none: attack60 M3) is one goal
        rows = [_years_said(row, "、") for row in by_unit.values()]
        if any(row is None for row in rows) or len(rows) > 2:
            return "各行不同,见下"
        return ";".join(
            f"{'、'.join(units) or '另一行'} {row}"
            for units, row in zip(by_unit, rows, strict=True)
        )
    return _years_said(valued)


def _years_said(valued: Sequence[FactLine], joint: str = ";") -> str | None:
    """2027年 30个;2028年 40个 for one goal's years, or None when they are no years apart."""
    years = [line.due.year for line in valued if line.due is not None]
    if len(years) != len(valued) or len(set(years)) != len(years) or len(years) < 2:
        return None
    if len(years) > _VALUES_IN_HEADLINE:
        return "各年不同,见下"
    # in the years' order, whichever came first in the list (a past plan's latest leads it:
    # attack60 L2 said 2026年 4家;2025年 3家;2024年 2家)
    dated = sorted((line.due, line.value) for line in valued if line.due is not None)
    return joint.join(f"{due.year}年 {value}" for due, value in dated)


def _place_of(line: FactLine) -> str:
    """Whose a value is: its region (else its document), or the district its row names in
    brackets (新增省级名牌产品(南岭区) of 碧川市's table: 碧川市南岭区) — three districts' rows of
    one plan are three places' figures, never the first one's as the city's (attack54)."""
    place = line.region or line.citation.document
    district = row_district(line.label)
    if district is None or place.endswith(district):
        return place
    return f"{line.region or ''}{district}"


def _none_singled_out(labels: Sequence[str], asked: str) -> bool:
    """Whether each label has words of its own, beyond those all the labels share at their
    start and end (主导制定国际标准, …国家标准: 国际, 国家), and ``asked`` types none of them:
    the question asks them all. A label with none of its own (全国…委员会 beside 全国…分委员会)
    is the one asked."""
    if len(set(labels)) < 2:
        return False
    start = _shared_start(labels)
    end = _shared_start([label[::-1] for label in labels])
    own = [label[start : len(label) - end] for label in labels]
    return all(own) and not any(part in asked for part in own)


def _shared_start(labels: Sequence[str]) -> int:
    """How many characters all ``labels`` open with alike."""
    return next(
        (at for at, chars in enumerate(zip(*labels, strict=False)) if len(set(chars)) > 1),
        min(len(label) for label in labels),
    )


def _one_total(valued: Sequence[FactLine], whole: str | None) -> str | None:
    """The one value of the region ``whole``'s lines that is not a per-year quota, when its
    other values all are (the city's total beside what it does each year), else None."""
    own = [line for line in valued if _place_of(line) == whole]
    totals = {line.value for line in own if "每年" not in (line.note or "").split(",")}
    if len(totals) != 1 or len(own) < 2:
        return None
    return totals.pop()


def _year_of(line: FactLine) -> str:
    return f"({line.due.year}年)" if line.due is not None else ""


def _whole_region(regions: Sequence[str]) -> str | None:
    """The one region the others lie inside by their names (佛山市 of 佛山市禅城区)."""
    for whole in regions:
        short = short_place(whole)
        if len(short) >= 2 and all(
            other == whole or other.startswith(whole) or other.startswith(short)
            for other in regions
        ):
            return whole
    return None


def leads_by_place(lines: Sequence[FactLine], parsed: ParsedQuestion) -> str | None:
    """谁负责 answered by items of several regions (or documents) whose leads differ: each
    place's lead (湖州市 牵头: 市质量技监局;佛山市 牵头: 市经信局), never the first item's
    units as the lead of all. None when one place's units answer for every item."""
    by_place: dict[str, tuple[str, ...]] = {}
    labels: dict[str, str] = {}
    for line in lines:
        if line.lead_units and line.kind != "document":
            place = line.region or line.citation.document
            by_place.setdefault(place, line.lead_units)
            # "(责任单位:A、B)": units answerable together are no 牵头 the text named
            joint = set(line.lead_units) <= set(line.responsible_units)
            labels.setdefault(place, RESPONSIBLE_LABEL if joint else LEAD_WORD)
    if len(set(by_place.values())) < 2:
        return None
    asked = parsed.unit_text or ""
    return ";".join(
        f"{place} {labels[place]}: "
        f"{'、'.join(sorted(units, key=lambda unit: bool(asked) and asked not in unit))}"
        for place, units in by_place.items()
    )


def leads_of_one_document(
    lines: Sequence[FactLine], parsed: ParsedQuestion, headline: str
) -> str | None:
    """谁牵头 answered by several lines of the first line's section, each naming its own units
    (a task of two paragraphs, each closed by its trailer: 牵头单位:A、B、C, then 牵头单位:B): every
    unit they name in its role, in the order they come, never the first line's units alone as
    if they were the task's: ``headline`` (of the first line) with its units so widened. None
    when only one line names units, they name the same, or ``headline`` does not say them."""
    first = lines[0]
    named = [
        line
        for line in lines
        if line.citation.document_id == first.citation.document_id
        # (one task: its paragraphs under one heading; another task's leads are its own)
        and line.citation.section == first.citation.section
        and line.kind != "document"
        and (line.lead_units or line.support_units)
    ]
    if len(named) < 2:
        return None
    leads = tuple(dict.fromkeys(unit for line in named for unit in line.lead_units))
    responsible = tuple(
        dict.fromkeys(unit for line in named for unit in line.responsible_units if unit in leads)
    )
    # a unit leading one paragraph and only answerable together in another is a stated lead
    stated = {
        unit for line in named for unit in stated_leads(line.lead_units, line.responsible_units)
    }
    responsible = tuple(unit for unit in responsible if unit not in stated)
    support = tuple(
        dict.fromkeys(unit for line in named for unit in line.support_units if unit not in leads)
    )
    if (leads, support) == (first.lead_units, first.support_units):
        return None
    said = _units_text(first, parsed)
    if not said or said not in headline:
        return None
    merged = replace(first, lead_units=leads, support_units=support, responsible_units=responsible)
    return headline.replace(said, _units_text(merged, parsed), 1)


def leads_by_item(lines: Sequence[FactLine], parsed: ParsedQuestion, headline: str) -> str | None:
    """谁牵头 answered by items (tasks, a table's rows) of one place whose units differ: each
    item's own units, by its number in the list below (第1、3项 牵头: A;第2项 牵头: B), in
    ``headline`` (of the first line, a count asked beside kept) where it said the first item's
    units as the lead of all (trial50 H1: two tasks naming one award, the first's lead said as
    the lead of both). None when the items name one set of units, or ``headline`` does not
    say the first's."""
    said: dict[str, list[int]] = {}
    for number, line in enumerate(lines, 1):
        if line.kind == "document" or not (line.lead_units or line.support_units):
            continue
        said.setdefault(_units_text(line, parsed), []).append(number)
    first = _units_text(lines[0], parsed)
    if len(said) < 2 or not first or first not in headline:
        return None
    each = ";".join(
        f"第{'、'.join(str(n) for n in numbers)}项 {units}" for units, numbers in said.items()
    )
    return headline.replace(first, each, 1)


def _units_text(line: FactLine, parsed: ParsedQuestion) -> str:
    asked = parsed.unit_text or ""

    def ordered(units: tuple[str, ...]) -> list[str]:
        return sorted(units, key=lambda unit: asked not in unit if asked else False)

    roles = shown_roles(line.lead_units, line.support_units, line.responsible_units)
    return "; ".join(f"{label}: {'、'.join(ordered(names))}" for label, names in roles)


_KIND_OF_FACT = {
    FactKind.TARGET: AnswerKind.TARGETS,
    FactKind.REWARD: AnswerKind.REWARDS,
    FactKind.MILESTONE: AnswerKind.DEADLINES,
    "document": AnswerKind.DOCUMENTS,
}


def answer_kind(parsed: ParsedQuestion, line: FactLine | None = None) -> str:
    if parsed.field is not None:
        return AnswerKind.DOCUMENTS
    if parsed.asks in (Asks.WHO, Asks.DUTIES):
        return AnswerKind.UNITS
    if parsed.asks == Asks.DATE:
        return AnswerKind.DEADLINES
    if line is not None and line.kind in _KIND_OF_FACT:
        return _KIND_OF_FACT[line.kind]
    return {
        Topic.REWARD: AnswerKind.REWARDS,
        Topic.TARGET: AnswerKind.TARGETS,
        Topic.DEADLINE: AnswerKind.DEADLINES,
    }.get(parsed.topic_kind or "", AnswerKind.SEARCH)


def answer_title(scope: Scope, parsed: ParsedQuestion, unit_names: Sequence[str] = ()) -> str:
    parts = [scope.title]
    if parsed.window is not None:
        parts.append(parsed.window.words)
    elif parsed.year:
        parts.append(f"{parsed.year}年")
    if unit_names:
        parts.append(units_in_title(unit_names))
    if parsed.has_topic:
        parts.append(f"“{shown_topic(parsed.topic)}”")
    return " · ".join(parts)


# The longest run of unit names a reply's title lists whole; a longer one names the first and
# how many (a title is one line on a phone).
UNITS_IN_TITLE = 16


def units_in_title(unit_names: Sequence[str]) -> str:
    """各区市场监管局、市质监局、市质量强市领导小组办公室(市质监局) in a title: 各区市场监管局等3个单位."""
    joined = "、".join(unit_names)
    if len(unit_names) < 2 or len(joined) <= UNITS_IN_TITLE:
        return joined
    return f"{unit_names[0]}等{len(unit_names)}个单位"


def as_typed(topic: str | None) -> str | None:
    """The topic's words as one run, as they were typed: the hint under a 未找到 echoes them put
    right (驰名商品 → 是不是“驰名商标品”?), never with the space that joins the words
    (是不是“驰名 商标品”?)."""
    return "".join(topic.split()) if topic else topic


# The level each rank of ``confidence.level_ranks`` is written as in a reply.
_LEVEL_SHOWN = {0: "国际", 1: "国家级", 2: "省级", 3: "市级", 4: "县级"}


def level_named(parsed: ParsedQuestion, answer: Answer) -> Answer:
    """A partial match whose items write what is asked (名牌) only at another level than the
    one asked (国家级名牌产品 asked, only 省名牌产品 rows found): the reply says so in its first
    line — 未找到 the thing asked; the documents only have that other level — rather than a
    bare 部分相符 a reader may take for the figure asked."""
    for word in parsed.words:
        asked = confidence.leading_level(word)
        if asked is None:
            continue
        rank, thing = asked
        said: set[int] = set()
        for line in answer.facts:
            said |= confidence.levels_of(thing, _line_text(line))
        if said and rank not in said:
            other = "、".join(_LEVEL_SHOWN[r] for r in sorted(said))
            headline = f"未找到“{word}”;文件只有{other}的,以下部分相符,仅供参考"
            return replace(answer, headline=headline)
    return answer


# A district, county or town: a place below a city, whose plans' city-wide lines are not its own.
_BELOW_CITY = ("区", "县", "旗", "镇", "乡", "街道")


def districts_named_by_several(index: KnowledgeIndex, places: Sequence[str]) -> tuple[str, ...]:
    """Of ``places`` (no region of ours), the districts the plans of two regions or more name:
    东湖区 of 青川市 and 东湖区 of 白沙市, one name of two places."""
    shared: list[str] = []
    for place in places:
        if not place.endswith(_BELOW_CITY):
            continue
        regions = {
            document.region_id
            for document in index.documents()
            if place in index.passages.document_texts.get(document.id, "")
        }
        if len(regions) > 1:
            shared.append(place)
    return tuple(shared)


def naming_places(
    rows: list[_Row], places: Sequence[str], text: Callable[[_Row], str]
) -> list[_Row]:
    """The rows whose own words name one of the districts ``places`` asked about: a city's line
    for the whole city (全市新增省级名牌产品30个) is not the district's. All rows when none does."""
    districts = [place for place in places if place.endswith(_BELOW_CITY)]
    if not districts:
        return rows
    own = [row for row in rows if any(place in text(row) for place in districts)]
    return own or rows
