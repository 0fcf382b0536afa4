"""What a unit leads or takes part in: its tasks, one line each, or how many it leads.

质监局牵头的任务有哪些, /units 市质监局: a unit's facts and the sentences naming it, grouped
under the task (the innermost heading) they stand under, so a phone shows ten tasks and not
sixty facts; units of the same name in several regions are asked apart; 牵头几项工作 is read
from the heading that counts the unit's group of tasks. The answerer is passed in for its
shared reply building (``found``, ``not_found``) and measure.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from policybot.knowledge.answer_layout import answer_kind, answer_title
from policybot.knowledge.answer_sizes import LIST_LIMIT, NEAR_TIES, PHONE_PAGE_ITEMS, TIE_MARGIN
from policybot.knowledge.answers import Answer, FactLine
from policybot.knowledge.candidates import Candidate
from policybot.knowledge.clipping import outside_amount
from policybot.knowledge.confidence import Verdict, decide
from policybot.knowledge.extract.dates import find_time_mentions
from policybot.knowledge.extract.tasks import DUTY_VERB, NUMBERING, only_units, opening_units
from policybot.knowledge.heading_counts import asks_item_count, count_in_heading
from policybot.knowledge.lines import PASSAGE, passage_line
from policybot.knowledge.lookup_answers import tasks_counted, unit_targets, unit_tasks
from policybot.knowledge.models import FactKind
from policybot.knowledge.passages import PassageText
from policybot.knowledge.question import ParsedQuestion, parse_question
from policybot.knowledge.question_scope import Scope, short_place
from policybot.knowledge.regions import split_region
from policybot.knowledge.search import IndexedFact
from policybot.knowledge.shown_parts import shown_part

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer


# A title names at most this many units; more are the name asked and their count.
UNITS_NAMED = 2


def count_in_heading_of(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope
) -> Answer | None:
    """我们是示范区管委会,今年牵头几项工作: the count the heading of the unit's group of tasks
    writes (一、县示范区管委会牵头工作(8项)), in the scope's documents; None when no heading
    names the unit with a count, or two headings give different counts."""
    if not asks_item_count(parsed.reading):
        return None
    names = {answerer.index.unit(u).name for u in parsed.unit_ids} | {parsed.unit_text or ""}
    documents = scope.document_ids or {
        d.id
        for d in answerer.index.documents()
        if scope.region_ids is None or d.region_id in scope.region_ids
    }
    if parsed.year is not None:  # 今年: a list of that year's work only
        documents = {d for d in documents if answerer.names_year((), d, parsed.year)}
    found: list[FactLine] = []
    for document_id in sorted(documents):
        passages = answerer.index.passages.by_document.get(document_id, [])
        for number, passage in enumerate(passages):
            if passage.text != passage.heading:
                continue  # a heading's own passage
            count = count_in_heading(passage.text, names)
            if count is not None:
                line = passage_line(answerer.index, document_id, number, passage, passage.text)
                found.append(replace(line, value=count))
    if len({line.value for line in found}) != 1:
        return None
    return answerer.found(parsed, scope, found[:1])


def duties(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope, *, counting: bool = False
) -> Answer:
    """What a unit leads or takes part in: its facts, and the sentences naming it. With a
    topic (质监局在保障措施里要做什么), the best of those; without, all of them. ``counting``:
    how many it leads was asked (质监局牵头多少项任务), so the reply is headed by the count
    /units gives (牵头 N 项, 配合 M 项), not by a count of the tasks a 牵头-only list shows."""
    only_targets = bool({"目标", "指标"} & set(parsed.hints))
    query = parsed.topic if parsed.has_topic else None
    kinds = [FactKind.TARGET] if only_targets else None
    result = answerer.index.search(
        query, kinds=kinds, unit_ids=parsed.unit_ids, limit=LIST_LIMIT, min_coverage=0.3
    )
    if query is None and result.total > len(result.hits):
        # Everything the unit does is listed (over pages) or counted by region: a list cut at
        # LIST_LIMIT in the documents' order kept one city's 60 items and never looked at the
        # other city's plan the title counts (attack55 H4).
        result = answerer.index.search(
            None, kinds=kinds, unit_ids=parsed.unit_ids, limit=result.total
        )
    # (every dated fact of the unit, those of other years too: a passage stating one of them is
    # that fact's, never listed again as a task of the year asked)
    dated = _dated_duties(result.hits)
    if parsed.year is not None:
        result = replace(result, hits=_of_the_year(result.hits, parsed.year))
    names = {answerer.index.unit(u).name for u in parsed.unit_ids}
    own = _district_own(answerer, parsed, names)
    led_only = not counting and _LEAD_ONLY.search(parsed.reading) is not None
    hits = [
        fact
        for fact in result.hits
        if (own is None or own.fact(fact)) and (not led_only or names & set(fact.lead_units))
    ]
    candidates = [
        Candidate(
            answerer.measurer.measure_fact(parsed, fact).share,
            (),
            answerer.lines([fact], parsed)[0],
            fact=fact,
        )
        for fact in hits
    ]
    spoken = {parsed.unit_text or "", *names} - {""}
    rows: list[IndexedFact] = []
    if own is not None:  # (区政府 of 南海区政府: every district's words, not this one's)
        spoken = set(own.named)
        # A sentence giving every district its figure (各区每年…不少于:东澜12个、西岭8个) is
        # the district's by its own row of it.
        rows = answerer.index.search(None, region_ids=own.regions, limit=LIST_LIMIT).hits
    listed = {id(fact.row) for fact in hits}
    seen_sections: set[str | None] = set()
    # A unit that leads no stored item may still lead tasks its own region's plans give it
    # (责任单位:市工商局 under a heading): those plans are looked through as well.
    regions = {answerer.index.unit(u).region_id for u in parsed.unit_ids}
    documents = scope.document_ids or {f.row.document_id for f in result.hits} | {
        d.id for d in answerer.index.documents() if d.region_id in regions
    }
    for document_id in sorted(() if only_targets else documents):
        passages = answerer.index.passages.by_document.get(document_id, [])
        for number, passage in enumerate(passages):
            # A task-table row names its units in cells of their own, not in its sentences:
            # a unit only supporting the row (配合单位) is listed by the row's cells too.
            led = bool(names & {*passage.lead_units, *(() if led_only else passage.support_units)})
            named = any(name in passage.text for name in spoken)
            if own is not None and not own.passage(passage):
                if not (led or any(name in passage.text for name in names)):
                    continue
                mine = _rows_of(rows, document_id, passage.text)
                if _COORDINATES.search(passage.text) and not mine:
                    # 各区…工作由各区市场监管局负责协调落实: the district's office carries out
                    # the district's items of the plan, each its own row.
                    mine = [
                        f
                        for f in rows
                        if f.row.document_id == document_id
                        and (
                            parsed.year is None
                            or f.row.due is None
                            or f.row.due.year >= parsed.year
                        )
                    ]
                    named = True  # (and the sentence saying so, first)
                elif mine:
                    named = False
                for fact in mine:
                    if id(fact.row) not in listed:
                        listed.add(id(fact.row))
                        line = answerer.lines([fact], parsed)[0]
                        candidates.append(Candidate(1.0, (), line, fact=fact))
                if not named:
                    continue
                led = False  # (every district's sentence, said once as written)
            if not (led or named) or (led and passage.section in seen_sections):
                continue
            if led and _listed_as_fact(passage, document_id, dated):
                continue
            if led:
                seen_sections.add(passage.section)
            section = answerer.section_of(passage, document_id)
            text = f"{section} {passage.heading or ''} {passage.text}"
            share = answerer.measurer.measure(parsed, text, document_id).share
            shown = (
                passage.heading or passage.text
                if led and not parsed.has_topic
                else shown_part(passage.text, parsed)
            )
            if led and not parsed.has_topic:
                number, passage = _task_passage(passages, number)
            line = passage_line(answerer.index, document_id, number, passage, shown or "")
            if parsed.year is not None and _due_before(line.citation.quote, parsed.year):
                continue  # (2031年6月底前建立…: no work of 2032, as its item is not)
            candidates.append(Candidate(share, (), line))
    if not candidates:
        return answerer.not_found(parsed, None)
    if parsed.has_topic:
        candidates.sort(key=lambda c: (-round(c.share, 6), c.line.label == c.line.citation.section))
        best = candidates[0]
        if decide(best.share) == Verdict.NONE:
            return answerer.not_found(parsed, None)
        kept = [c.line for c in candidates if c.share >= best.share - TIE_MARGIN][:NEAR_TIES]
        return answerer.found(parsed, scope, kept, hedged=decide(best.share) == Verdict.HEDGE)
    lines = [c.line for c in candidates]
    if only_targets:
        answer = answerer.found(parsed, scope, lines, listing=True, total=len(lines))
        return unit_targets(answerer.index, answer, parsed.unit_ids)
    tasks = _by_task(lines)
    if not parsed.region_ids:
        several = regions_of_tasks(answerer, tasks)
        if len(several) > 1 and len(tasks) > PHONE_PAGE_ITEMS:
            # 质监局牵头的任务有哪些, of 质监局s of several regions with more tasks than a
            # page: not their tasks merged under one header, but which region, each on a
            # line with its count. A few tasks of two cities fit a page and are listed.
            return which_region_of_tasks(answerer, parsed, several)
    if not parsed.region_ids:  # no region asked: the units' own say where
        units = {
            answerer.index.region_name(answerer.index.unit(u).region_id) for u in parsed.unit_ids
        }
        places = sorted(r for r in units if r)
        # several regions' offices of one name: the title counts them (each has its heading)
        title = f"{len(places)}个地区" if len(places) > 1 else "、".join(places)
        scope = replace(scope, title=title or scope.title)
    answer = answerer.found(parsed, scope, tasks, listing=True, total=len(tasks))
    if len(parsed.unit_ids) > UNITS_NAMED and parsed.unit_text:
        # The title on one short line: the name asked and how many offices answer to it,
        # not every one of their names (各区市场监管局、市质监局、市质量强市领导小组办公室…).
        many = f"“{parsed.unit_text}”({len(parsed.unit_ids)}个单位)"
        answer = replace(answer, title=answer_title(scope, parsed, [many]))
    return unit_tasks(
        answerer.index,
        answer,
        parsed.unit_ids,
        # (a year's work is part too: 2032年牵头多少项 counts that year's tasks, as listed)
        part=own is not None or led_only or parsed.year is not None,
        led_only=led_only,
    )


# 南海区政府牵头哪些任务: only what the unit leads (not what it supports), unless both are asked.
_LEAD_ONLY = re.compile(r"牵头(?!或|和|、|及|与|\S{0,4}配合|\S{0,4}参与)")


# A unit's duty over all of a district's work of the plan (…工作由各区市场监管局负责协调落实).
_COORDINATES = re.compile(r"由[^,。;]{0,20}?负责(?:协调|统筹|组织)?(?:落实|推进|实施)")


def _rows_of(rows: Sequence[IndexedFact], document_id: int, text: str) -> list[IndexedFact]:
    """The district's items taken from ``text`` (its row of a sentence for every district)."""
    return [
        fact
        for fact in rows
        if fact.row.document_id == document_id
        and fact.row.quote
        and (fact.row.quote in text or text in fact.row.quote)
    ]


@dataclass(frozen=True)
class _DistrictOwn:
    """A district's share of the offices asked (南海区人民政府, and 各区人民政府 of its city):
    an item naming the district's own office, or one for every district (各区…) that is the
    district's (its row of a table, or a step naming it), never every district's items."""

    regions: frozenset[int]
    own_names: frozenset[str]  # the district's own offices (南海区人民政府)
    named: tuple[str, ...]  # the district's own offices and its short name, as texts say them

    def fact(self, fact: IndexedFact) -> bool:
        units = {*fact.lead_units, *fact.support_units}
        return bool(self.own_names & units) or (
            fact.row.region_id in self.regions or bool(self.regions & set(fact.reached_regions))
        )

    def passage(self, passage: PassageText) -> bool:
        units = {*passage.lead_units, *passage.support_units}
        return bool(self.own_names & units) or any(name in passage.text for name in self.named)


def _district_own(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, names: set[str]
) -> _DistrictOwn | None:
    """The district's share (``_DistrictOwn``) when a district is asked about with an office
    every district has (各区人民政府, 各区市场监管局); None otherwise."""
    if not parsed.region_ids or not any(name.startswith("各") for name in names):
        return None
    index = answerer.index
    places: list[str] = []
    for region_id in parsed.region_ids:
        city, name = split_region(index.region_name(region_id) or "")
        if city is None:
            return None  # (a city asked: every district's items are its own)
        places.append(name.removeprefix(city))
    own = frozenset(n for n in names if any(p in n or p[:-1] in n for p in places))
    # (南海 alone is how a sentence for every district lists its figure: no step of its own)
    named = tuple(dict.fromkeys([*own, *places]))
    return _DistrictOwn(frozenset(parsed.region_ids), own, named)


# A stored item by where, when and whose: a table row saying the same is that item.
DatedDuty = tuple[int, date, frozenset[str]]


def _dated_duties(facts: Sequence[IndexedFact]) -> set[DatedDuty]:
    """The dated items found (a deadline or a target's date), by document, date and the
    units on them."""
    dated: set[DatedDuty] = set()
    for fact in facts:
        due = fact.row.due
        if due is not None:
            units = frozenset({*fact.lead_units, *fact.support_units})
            dated.add((fact.row.document_id, due, units))
    return dated


def _listed_as_fact(passage: PassageText, document_id: int, dated: set[DatedDuty]) -> bool:
    """A task-table row whose deadline and units are a listed item's: the item was taken
    from that row (its units are the row's cells), so the row is the same duty, listed once
    (it was listed twice, as the item and as the row's task). The item may name more units
    than the row (a sentence's note gave it a 配合 unit the row leaves out): the row's units
    among the item's are enough."""
    units = frozenset({*passage.lead_units, *passage.support_units})
    said = {m.last for m in find_time_mentions(passage.text) if m.kind == "point"}
    days = {due for due in {passage.due, *said} if due}
    return bool(units) and any(
        document == document_id and due in days and units <= named for document, due, named in dated
    )


def _due_before(text: str, year: int) -> bool:
    """Whether every date ``text`` gives falls before ``year`` (and it gives one)."""
    days = [mention.last for mention in find_time_mentions(text) if mention.last is not None]
    return bool(days) and max(days).year < year


def regions_of_tasks(answerer: QuestionAnswerer, lines: Sequence[FactLine]) -> dict[str, int]:
    """How many of ``lines`` each region's documents hold, most first."""
    counts: Counter[str] = Counter()
    for line in lines:
        document = answerer.index.find_document(line.citation.document_id)
        region = (
            answerer.index.region_name(document.region_id)
            if document is not None and document.region_id is not None
            else None
        )
        counts[region or "未写地区"] += 1
    return dict(counts.most_common())


def which_region_of_tasks(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, regions: dict[str, int]
) -> Answer:
    """Ask which region: one line per region with its count, and how to ask for one. The
    count is the one the question asked of that region (示范市场监管局负责哪些任务) is headed
    by, so the two agree: that question keeps only the region's office of the level asked
    (not 各区市场监管局), and heads its task lines by the count of items (trial46 M8)."""
    unit = parsed.unit_text or "该单位"
    counts: dict[str, tuple[int, str]] = {}
    for region, count in regions.items():
        asked = _asked_of_region(answerer, region, parsed.unit_text)
        counted = tasks_counted(asked) if asked is not None else None
        counts[region] = (asked.total, counted) if asked and counted else (count, f"{count}条")
    ordered = sorted(counts, key=lambda region: -counts[region][0])
    example = f"{short_place(ordered[0])}{unit}负责哪些任务"
    return Answer(
        found=False,
        kind=answer_kind(parsed),
        title=unit,
        headline=f"{len(regions)}个地区都有{unit}的任务,请说明是哪个地区,例如“{example}”",
        suggestions=tuple(f"{region}: {counts[region][1]}" for region in ordered),
    )


def _asked_of_region(
    answerer: QuestionAnswerer, region: str, unit_text: str | None
) -> Answer | None:
    """The reply to ``unit_text``负责哪些任务 asked of ``region`` (as the example says to ask
    it), or None when no unit was typed or the question names no region of the store."""
    if unit_text is None:
        return None
    asked = f"{short_place(region)}{unit_text}负责哪些任务"
    parsed = parse_question(asked, answerer.index, answerer.today)
    if not parsed.region_ids or not parsed.unit_ids:
        return None  # (nor is it asked again of every region)
    return answerer.answer(parsed)


def _task_passage(passages: Sequence[PassageText], number: int) -> tuple[int, PassageText]:
    """The sentence that says what a task is: the passage at ``number``, or when it is only
    the task's name (a table row's first cell, 深度开放专业实验室。), the next sentence of the
    same task."""
    first = passages[number]
    name = (first.heading or "").strip(_TASK_EDGES)
    if first.text.strip(_TASK_EDGES) != name:
        return number, first
    for later in range(number + 1, len(passages)):
        passage = passages[later]
        if passage.section != first.section or passage.heading != first.heading:
            break
        if passage.text.strip(_TASK_EDGES) != name:
            return later, passage
    return number, first


_TASK_EDGES = " 。.;;,,"


def _by_task(lines: Sequence[FactLine]) -> list[FactLine]:
    """A unit's duties, one line per task (the innermost heading they stand under), in the
    documents' order: a phone shows ten tasks, not sixty facts."""
    groups: dict[tuple[int, str], list[FactLine]] = {}
    for line in lines:
        section = line.citation.section or line.label
        groups.setdefault((line.citation.document_id, section), []).append(line)
    tasks = []
    for (_, section), members in sorted(groups.items(), key=lambda item: item[0][0]):
        heading = section.split(" / ")[-1]
        if heading.isdigit():  # a table row: its task is the passage's own heading
            heading = next((m.label for m in members if m.kind == PASSAGE), members[0].label)
            heading = heading.rstrip(_TASK_EDGES) or heading
        items = [m for m in members if m.kind != PASSAGE]
        bodies, duty = _opening_units_duty(members)
        if duty and only_units(heading):
            # 3.市财政局、市税务局 (a 职责分工 item headed by its units) names no task: the duty
            # its sentence gives them after the colon does (落实奖励资金…) when items follow,
            # else the bodies the sentence opens with (市人社局:…, under the item before).
            if items:
                heading = duty
            elif bodies not in heading:
                heading = bodies
            duty = ""
        note = None
        if items:  # the task's items by name, so the task line says what is to be done
            room = _ITEM_CHARS if len(items) > 1 else _ONE_ITEM_CHARS
            # (明确职责分工 / 市经信局、市商务局:负责…。2032年6月底前出台…: the duty the
            # sentence gives the units first, then the items it dates)
            years = {m.due.year for m in items if m.due}
            # (several districts' quotas under one task, 槐溪区12个、芦湾区9个: each item says
            # whose it is, or two figures told a phone nothing)
            # The year is said once for the items of it that follow each other (2031年 槐溪区
            # 不少于12个; 芦湾区 不少于9个; 2032年 …).
            places = {m.region for m in items}
            shown = items[:TASK_ITEMS]
            said = [
                _clip_item(
                    m,
                    room,
                    heading,
                    len(years) > 1 and (n == 0 or _year_of(shown[n - 1]) != _year_of(m)),
                    len(places) > 1,
                )
                for n, m in enumerate(shown)
            ]
            named = "; ".join([duty[:room]] * bool(duty) + said)
            more = f" 等 {len(items)} 项" if len(items) > TASK_ITEMS else ""
            note = f"{named}{more}"
        # A task whose items are several districts' quotas (禅城…、南海…) is the plan's: its
        # line names the plan's region (the task's own sentence), not the first district.
        regions = {m.region for m in members}
        region = members[0].region
        if len(regions) > 1:
            region = next((m.region for m in members if m.kind == PASSAGE), region)
        tasks.append(
            replace(members[0], kind=PASSAGE, label=heading, value=None, note=note, region=region)
        )
    return tasks


def _year_of(line: FactLine) -> int | None:
    return line.due.year if line.due else None


def _of_the_year(hits: Sequence[IndexedFact], year: int) -> list[IndexedFact]:
    """A unit's facts asked of one year (市场监管局2031年要干啥): those due that year or later,
    or undated; of an item written for several years (a table's 2031年 10个, 2032年 12个) the
    asked year's figure only, the later ones being no work of that year."""
    years: dict[tuple[int, str], set[int]] = {}
    for fact in hits:
        if fact.row.due is not None:
            years.setdefault((fact.row.document_id, fact.row.label), set()).add(fact.row.due.year)
    kept = []
    for fact in hits:
        due = fact.row.due
        if due is not None and (
            due.year < year
            or (due.year != year and year in years[(fact.row.document_id, fact.row.label)])
        ):
            continue
        kept.append(fact)
    return kept


def _opening_units_duty(members: Sequence[FactLine]) -> tuple[str, str]:
    """The bodies a sentence of ``members`` opens with before a colon, and what it gives them
    to do, its first sentence (市财政局、市税务局:落实奖励资金…。 → 落实奖励资金…); ("", "")
    if none."""
    for member in members:
        if member.kind != PASSAGE:
            continue
        quote = member.citation.quote
        units, begins = opening_units(quote)
        if units:
            first = re.split(r"[。;]", quote[begins:], maxsplit=1)[0].strip(" ,")
            first = DUTY_VERB.sub("", first)
            if first:
                opened = quote.lstrip()
                numbering = NUMBERING.match(opened)
                said = opened[numbering.end() if numbering else 0 :]
                return said.split(":")[0].split(":")[0].strip(), first
    return "", ""


TASK_ITEMS = 3


_ITEM_CHARS = 24
# A task's one item has the line's room to itself (每月10日前 市市场监管局、市商务局报送品牌培育工作进展).
_ONE_ITEM_CHARS = 34


def _clip_item(
    line: FactLine,
    room: int = _ITEM_CHARS,
    heading: str = "",
    by_year: bool = False,
    by_place: bool = False,
) -> str:
    """``25项 新增…`` or, for a deadline, ``2019-09-30 完成…``: the date alone, as the document's
    words for it (2019年9月底前) would take the little room the task line has for what. An
    item named as its task line is (a table row's target under its own name) is said by its
    figure, and its year when the task's items fall in several (2031年 10个; 2032年 12个):
    the name twice, or two figures with no year, told a phone nothing. The heading is compared
    without its enumerator ((一)新增省名牌产品数); ``by_place``: the task's items are several
    places' (districts' quotas), each said with its place's own name (槐溪区 of 杏屿市槐溪区)."""
    value = line.due.isoformat() if line.kind == FactKind.MILESTONE and line.due else line.value
    numbering = NUMBERING.match(heading)
    bare = heading[numbering.end() if numbering else 0 :].strip(_TASK_EDGES)
    label = "" if value and line.label in (heading, bare) else line.label
    year = f"{line.due.year}年" if by_year and line.due and line.kind != FactKind.MILESTONE else ""
    place = split_region(line.region)[1] if by_place and line.region else ""
    if place and split_region(place)[0]:
        place = place[len(split_region(place)[0] or "") :]
    text = " ".join(part for part in (year, place, value or "", label) if part)
    return text if len(text) <= room else text[: outside_amount(text, room - 1)] + "…"
