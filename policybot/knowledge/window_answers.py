"""What falls due in a window of dates, or in a year, and what to say when nothing does.

本月要交什么, 年底前要完成什么, 快到期的有哪些, 今年要做什么: these are lists by date, not a
best match by words — the dated items and per-year targets falling due in the window, the
quarterly duties ending in it, the routine ones folded into a count on a phone, the region's
own items before its city's. When nothing is due, the nearest deadlines either side say where
to look. The answerer is passed in for its shared reply building (``found``, ``not_found``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from policybot.knowledge import confidence, vocabulary
from policybot.knowledge.answer_layout import each_years_figure, measure_of
from policybot.knowledge.answer_sizes import (
    LIST_LIMIT,
    PASSAGE_POOL,
    PHONE_PAGE_ITEMS,
    TIE_MARGIN,
)
from policybot.knowledge.answers import Answer, FactLine
from policybot.knowledge.lines import passage_line
from policybot.knowledge.lookup_answers import LOOKUP_MAX_FACTS, due_in_window
from policybot.knowledge.models import FactKind
from policybot.knowledge.question import (
    STAGE_WORDS,
    Asks,
    ParsedQuestion,
    Topic,
    regions_within,
)
from policybot.knowledge.question_scope import Scope
from policybot.knowledge.regions import without_whole_place
from policybot.knowledge.search import DATED_KINDS, IndexedFact, KnowledgeIndex, soonest_first
from policybot.knowledge.shown_parts import shown_part
from policybot.knowledge.tallies import most_common
from policybot.knowledge.timewords import TimeWindow, month_as_written

if TYPE_CHECKING:
    from policybot.knowledge.answering import QuestionAnswerer


# 快到期 listing fewer items than this also lists the next ones due after its months.
SOON_AT_LEAST = 5


# A window's list longer than a page folds its routine duties into one line.
ROUTINE_FOLDED_OVER = PHONE_PAGE_ITEMS


# Words for the stages of a plan and their dates: a question about them is about milestones.
# (时期 after a verb names a stage too, but it is no kind word a question's hints carry.)
PHASE_WORDS = STAGE_WORDS | {"节点", "时间节点"}


def in_window(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope, *, by_date: bool = False
) -> Answer | None:
    """What falls due in a window of dates (本月, 年底前, 还没到期) or is under way now.
    ``by_date``: the routine duties among the rest by date (a year's list), not after them."""
    window = parsed.window
    assert window is not None
    kinds = (
        [FactKind.MILESTONE]
        if window.current or set(parsed.hints) & PHASE_WORDS
        else [FactKind.MILESTONE, FactKind.TARGET]
    )
    dated = [
        fact
        for fact in answerer.index.due_between(
            window.start,
            window.end if not window.current else None,
            kinds=kinds,
            region_ids=scope.region_ids,
            unit_ids=parsed.unit_ids or None,
            document_ids=scope.document_ids,
        )
        if _due_in(fact, window.start, window.end, current=window.current)
        and not (FactKind.TARGET in kinds and answerer.index.is_per_year(fact))
    ]
    if FactKind.TARGET in kinds:
        # A per-year target (各区每年…) falls due each plan year, as /deadlines dates it:
        # by its occurrence in the window, not by its last year only.
        dated += [
            fact
            for fact in answerer.index.yearly_between(
                window.start,
                window.end if not window.current else None,
                region_ids=scope.region_ids,
                unit_ids=parsed.unit_ids or None,
            )
            if scope.document_ids is None or fact.row.document_id in scope.document_ids
        ]
    if not window.current and not set(parsed.hints) & PHASE_WORDS:
        # 本月要到期的任务 includes a quarterly duty whose quarter ends this month.
        dated += answerer.index.recurring_between(
            window.start,
            window.end,
            region_ids=scope.region_ids,
            unit_ids=parsed.unit_ids or None,
            document_ids=scope.document_ids,
            today=answerer.today,
        )
    soon_note = ""
    later: list[IndexedFact] = []
    if window.soon and not parsed.has_topic and len(dated) < SOON_AT_LEAST:
        # 快到期的有哪些 with one quarterly duty due in the next months: the list of what
        # falls due next, soonest first, not that one item.
        later = next_due_after(answerer, window, parsed, scope, kinds, SOON_AT_LEAST - len(dated))
        dated += later
    if not dated:
        return None
    if parsed.has_topic:
        measured = [(answerer.measurer.measure_fact(parsed, f).share, f) for f in dated]
        best = max(share for share, _ in measured)
        if best < confidence.HEDGE:
            return None
        if window.several_years and parsed.asks == Asks.NUMBER:
            # 松禾2027年3月到2029年省级名牌产品多少个: the best-fitting goal's years in the
            # span, no list of the span's other items (trial60 M10, M11); None: 未找到
            return _one_goal_over_years(answerer, parsed, scope, measured, best)
        dated = [f for share, f in measured if share >= best - TIE_MARGIN]
        if best < confidence.ANSWER and answerer.kind_unsaid(parsed, dated):
            # 今年底前要参与制定多少项团体标准, where what falls due then is 国家标准 and
            # 行业标准: the word naming which kind is asked is not dropped for a list; the
            # question goes on as one without the window, answered, hedged or refused by
            # the one confidence rule.
            return None
    wider: list[IndexedFact] = []
    if scope.exact_regions is not None and not parsed.has_topic:
        # 南海区今年还有哪些没到期 lists the district's own items, as /deadlines 南海 does;
        # its city's items (全市每季度分析研判) are the city's, pointed to, not listed.
        exact = scope.exact_regions
        # a city's step naming the district (建成南汀区、北屿县两个示范区) is the district's too
        own = [
            f for f in dated if f.row.region_id in exact or exact.intersection(f.reached_regions)
        ]
        wider = [
            f
            for f in dated
            if f.row.region_id not in exact and not exact.intersection(f.reached_regions)
        ]
        dated = own
    # The pointer's count is what its command lists: the window's items, not the ones after
    # it added to fill a short 快到期 list (said 5 where /deadlines … 快到期 listed 2).
    listed_after = {id(fact) for fact in later}
    in_window = [f for f in dated if id(f) not in listed_after]
    note = wider_note(
        answerer.index,
        [f for f in wider if id(f) not in listed_after],
        window,
        answerer.today,
        len(in_window),
    )
    after = sum(id(fact) in listed_after for fact in dated)
    if after:  # said of the items listed, once a district's are kept apart from its city's
        soon_note = f"三个月内到期的只有 {len(dated) - after} 项,另列其后最先到期的 {after} 项"

    if not dated:
        return answerer.not_found(parsed, f"{nothing_due(window)};{note}")
    dated = soonest_first(answerer.dated(dated, parsed), answerer.today)
    routine_note = ""
    routine = 0
    if not window.soon:
        # 年底前佛山要完成什么: the items due once by then first, soonest first; the duties
        # every year or quarter (每季度分析研判, 每年培训…) after them, not ahead of them.
        if not by_date:
            dated.sort(
                key=lambda f: (f.row.kind == FactKind.RECURRING, answerer.index.is_per_year(f))
            )
        once = [f for f in dated if not is_routine(answerer, f)]
        if once and not parsed.has_topic and len(dated) > ROUTINE_FOLDED_OVER:
            # …and on a phone, more than a page of them folds into one line: what is due
            # once is the list; the routine (122 items in all for 佛山) is a count.
            routine = len(dated) - len(once)
            dated = once
            where = parsed.region_text or ""
            routine_note = (
                f"每年、每季度的常规工作{routine}项,发 /deadlines {where} 全部 查看"
                if where
                else f"另有每年、每季度的常规工作{routine}项"
            )
    lines = [answerer.line(fact) for fact in dated]
    total = len(lines)
    regions_note = ""
    if window.soon:
        lines, regions_note = soonest_page_of_regions(parsed, lines)
    lead = _item_asked(parsed, lines)
    if lead is not None:
        # 今年底前示范市要培育多少家品牌示范企业: the item the question names leads with its
        # figure; the rest of the window follows it (trial45 M6)
        lines = [lead, *(line for line in lines if line is not lead)]
    found = answerer.found(parsed, scope, lines, listing=total > 1, total=total)
    if lead is not None and found.found:
        rest = f"{window.words}到期的共 {total} 项,另 {total - 1} 项列在其后"
        found = replace(
            found,
            headline=f"{lead.value} {lead.label}",
            notes=(*found.notes, rest),
        )
    if routine and lead is None and found.found and found.headline.startswith("共 "):
        # 南海区今年要做哪些事: 共 3 项 read as all that is due; the folded duties are counted
        # in the lead (trial59 M3)
        found = replace(found, headline=f"{found.headline},另有常规工作 {routine} 项")
    first = lines[0]
    if total == 1 and found.found and first.kind == FactKind.RECURRING and first.due:
        # 3月底前要完成哪些工作, one quarterly duty due then: the duty due in the window
        # leads, with its date, not its frequency alone (答: 每季度)
        found = replace(
            found, headline=f"{first.due.isoformat()} {first.label}({first.value or '常规'})"
        )
    said = tuple(said for said in (soon_note, note, routine_note, regions_note) if said)
    return replace(found, notes=(*found.notes, *said)) if said else found


def _one_goal_over_years(
    answerer: QuestionAnswerer,
    parsed: ParsedQuestion,
    scope: Scope,
    measured: Sequence[tuple[float, IndexedFact]],
    best: float,
) -> Answer | None:
    """The years of the one goal that fits a how-many over a span best, each year's figure
    leading, and nothing else of the span listed; None (nothing of the span answers: 未找到)
    unless that fit is sure."""
    if best < confidence.ANSWER:
        return None
    chosen = next(fact for share, fact in measured if share == best)
    lead = answerer.line(chosen)
    item, measure = without_whole_place(lead.label), measure_of(lead.value)
    goal = [
        line
        for line in (answerer.line(fact) for _, fact in measured)
        if line.region == lead.region
        and without_whole_place(line.label) in (item, f"累计{item}")
        and measure_of(line.value) == measure
    ]
    goal = sorted(goal, key=lambda line: line.due or date.max)
    window = parsed.window
    yearly = _years_of_one_goal(parsed, window, goal) if window is not None else None
    found = answerer.found(parsed, scope, goal, total=len(goal))
    return replace(found, headline=yearly) if yearly is not None and found.found else found


def _years_of_one_goal(
    parsed: ParsedQuestion, window: TimeWindow, lines: Sequence[FactLine]
) -> str | None:
    """Each year's figure (2027年 30个;2028年 40个) when a how-many over several years
    (2027到2029年) finds one goal's years and nothing else; None otherwise."""
    if parsed.asks != Asks.NUMBER or not window.several_years or len(lines) < 2:
        return None
    if any(not line.value or line.kind == FactKind.RECURRING for line in lines):
        return None
    return each_years_figure(lines)


def _item_asked(parsed: ParsedQuestion, lines: Sequence[FactLine]) -> FactLine | None:
    """Of a window's items the question (a how-many naming a subject) fits as well, the one
    it names: the figure whose label is the most nearly its words (培育品牌示范企业 of 要培育
    多少家品牌示范企业, not 推动品牌示范企业、名牌企业等…开设旗舰店, which holds them and more).
    None for a tie, a label without a figure, or a question asking no count."""
    if parsed.asks != Asks.NUMBER or not parsed.has_topic or len(lines) < 2:
        return None
    asked = set(parsed.reading)
    ranked = sorted(
        ((_said_by_question(line.label, asked), index) for index, line in enumerate(lines)),
        reverse=True,
    )
    (best, index), (second, _) = ranked[0], ranked[1]
    if best - second < _LEAD_MARGIN or best < _LEAD_AT_LEAST or not lines[index].value:
        return None
    # 要新增多少家科技型企业 over 新增企业500家: a word of the topic the label does not write
    # (科技型) asks another item; its figure never leads as the answer (attack46)
    label = re.sub(r"[“”\"'‘’《》]", "", lines[index].label)
    words = _topic_words(parsed)
    # a word counts as written when a shorter word of the topic it holds is (省名牌产品, a
    # glossary's longer form of 省名牌)
    if any(
        word not in label and not any(other in word and other in label for other in words)
        for word in words
    ):
        return None
    return lines[index]


def _topic_words(parsed: ParsedQuestion) -> list[str]:
    """The topic's words that name the item (two Chinese characters or more, no verb of
    striving nor a kind word)."""
    skipped = {*parsed.weak, *parsed.hints}
    return [
        word
        for word in parsed.words
        if len(word) >= 2 and word not in skipped and re.fullmatch(r"[\u4e00-\u9fff]+", word)
    ]


# How much of an item's label the question must say for the item to lead (its Chinese
# characters), and by how much more than the next item's.
_LEAD_AT_LEAST = 0.8
_LEAD_MARGIN = 0.05


def _said_by_question(label: str, asked: set[str]) -> float:
    """The share of ``label``'s Chinese characters the question writes."""
    characters = [c for c in label if "\u4e00" <= c <= "\u9fff"]
    if not characters:
        return 0.0
    return sum(c in asked for c in characters) / len(characters)


# The soonest items a list over many regions shows: one page, beside the sources of several
# regions' plans.
SOONEST_SHOWN = PHONE_PAGE_ITEMS - 2


def soonest_page_of_regions(
    parsed: ParsedQuestion, lines: list[FactLine]
) -> tuple[list[FactLine], str]:
    """快到期的有哪些, 啥时候截止 with no region, unit or subject asked, over the items of many
    regions: not pages of every region's items (152 of them on 20 pages), but the soonest page,
    with the count, and how to ask for one region's. ``lines`` come soonest first."""
    if parsed.region_ids or parsed.unit_ids or parsed.has_topic or parsed.words:
        return lines, ""
    if len(lines) <= SOONEST_SHOWN:
        return lines, ""
    regions = Counter(line.region for line in lines if line.region)
    if len(regions) < 2:
        return lines, ""
    top = most_common(regions)
    note = f"涉及 {len(regions)} 个地区,先列最先到期的;问题里加上地区名只看一地,例如“{top}{parsed.text}”"
    return lines[:SOONEST_SHOWN], note


def is_routine(answerer: QuestionAnswerer, fact: IndexedFact) -> bool:
    """A duty done every year or quarter (每年培训, 每季度分析研判), not once by a date."""
    return fact.row.kind == FactKind.RECURRING or answerer.index.is_per_year(fact)


def next_due_after(
    answerer: QuestionAnswerer,
    window: TimeWindow,
    parsed: ParsedQuestion,
    scope: Scope,
    kinds: list[str],
    count: int,
) -> list[IndexedFact]:
    """The ``count`` items falling due first after ``window`` (dated items and per-year
    targets' next occurrences), soonest first."""
    assert window.end is not None
    after = window.end + timedelta(days=1)
    found = [
        fact
        for fact in answerer.index.due_between(
            after,
            None,
            kinds=kinds,
            region_ids=scope.region_ids,
            unit_ids=parsed.unit_ids or None,
            document_ids=scope.document_ids,
            limit=count * 4,
        )
        if not (FactKind.TARGET in kinds and answerer.index.is_per_year(fact))
    ]
    if FactKind.TARGET in kinds:
        found += [
            fact
            for fact in answerer.index.yearly_between(
                after, None, region_ids=scope.region_ids, unit_ids=parsed.unit_ids or None
            )
            if scope.document_ids is None or fact.row.document_id in scope.document_ids
        ]
    return soonest_first(found, answerer.today)[:count]


def nearest_dues(answerer: QuestionAnswerer, window: TimeWindow, scope: Scope) -> list[date]:
    """The last deadline before ``window`` and the first after it, in the scope."""
    days: list[date] = []
    if window.start is not None:
        past = answerer.index.by_due(window.start, region_ids=scope.region_ids).past
        before = [
            f.row.due
            for f in past
            if f.row.due is not None
            and (scope.document_ids is None or f.document.id in scope.document_ids)
        ]
        before += [
            f.row.due
            for f in answerer.index.recurring_between(
                None,
                window.start - timedelta(days=1),
                region_ids=scope.region_ids,
                document_ids=scope.document_ids,
                last=True,
            )
            if f.row.due is not None
        ]
        if before:
            days.append(max(before))
    if window.end is not None:
        after = answerer.index.due_between(
            window.end + timedelta(days=1),
            None,
            region_ids=scope.region_ids,
            document_ids=scope.document_ids,
            limit=1,
        ) + answerer.index.recurring_between(
            window.end + timedelta(days=1),
            None,
            region_ids=scope.region_ids,
            document_ids=scope.document_ids,
        )
        dues = [f.row.due for f in after if f.row.due is not None]
        if dues:
            days.append(min(dues))
    return days


def in_year(answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope) -> Answer | None:
    """今年要做什么: the scope's goals and stages of that year, or its sentences naming it."""
    assert parsed.year is not None
    start, end = date(parsed.year, 1, 1), date(parsed.year, 12, 31)
    phases = bool(set(parsed.hints) & PHASE_WORDS)
    if scope.exact_regions and not phases:
        # 青溪区今年要干什么: the district's own items falling due that year -- its targets,
        # its plan's stages and milestones, its routine duties' occurrences -- as /deadlines
        # dates them, not its targets alone.
        # (今年开始要干啥 asks what begins that year: starting_then answers it, not this list)
        if parsed.window is None or not parsed.window.starting:
            whole = year_window(parsed, parsed.year)
            listed = in_window(answerer, replace(parsed, window=whole), scope, by_date=True)
            if listed is not None and listed.found:
                return listed
        # 南海区今年要完成什么: the district's own targets of that year (as 南海区2018年要完成
        # 哪些指标 lists them), not every sentence of its city's plan naming the year.
        targets = answerer.listing(replace(parsed, topic_kind=Topic.TARGET), scope)
        if targets is not None:
            return targets
    facts = answerer.index.due_between(
        start,
        end,
        kinds=[FactKind.MILESTONE] if phases else DATED_KINDS,
        region_ids=scope.region_ids,
        document_ids=scope.document_ids,
    )
    if facts:
        lines = answerer.lines(facts, parsed)
        return answerer.found(parsed, scope, lines, listing=True, total=len(lines))
    terms = [str(parsed.year), "开始", "完成", "实施"]
    hits = answerer.index.passages.search(terms, document_ids=scope.document_ids, limit=8)
    lines = [
        passage_line(
            answerer.index, h.document_id, h.number, h.passage, shown_part(h.passage.text, parsed)
        )
        for h in hits
        if parsed.year in h.passage.years
    ]
    lines = list({(line.citation.document_id, line.label): line for line in lines}.values())[:2]
    return answerer.found(parsed, scope, lines) if lines else None


def year_window(parsed: ParsedQuestion, year: int) -> TimeWindow:
    """The whole of ``year`` as a window, named by the question's own time words (今年) or as
    the year it writes (2032年): what a year's deadlines are listed and refused by."""
    words = parsed.window.words if parsed.window is not None else f"{year}年"
    return TimeWindow(words, year=year, start=date(year, 1, 1), end=date(year, 12, 31))


def deadlines(answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope) -> Answer:
    """什么时候到期 with nothing named: the scope's deadlines, upcoming soonest first, then
    the past ones, most recent first. A unit asked about (质监局的任务什么时候完成): its own
    items only, never every unit's. A district under a city whose plans the store holds
    (南汀区今年有哪些任务要到期): its own items and the city's that reach it, as /deadlines 南汀区
    lists them (``district_reach``), never every item of its city."""
    district = _below_a_held_region(answerer.index, scope)
    added = 0  # the recurring duties listed beside the dated items
    if district is not None and parsed.year is not None and not parsed.unit_ids:
        # the year's items as /deadlines 南汀区 2032 lists them: routine duties, per-year
        # targets and steps, the city's ones reaching the district among them (``in_window``)
        year = year_window(parsed, parsed.year)
        listed = in_window(answerer, replace(parsed, window=year), scope, by_date=True)
        if listed is not None:
            return listed
        return answerer.not_found(parsed, nothing_due(year))
    if parsed.year is not None and district is None:
        # 示范市今年有哪些任务要到期: the year's items as /deadlines 示范市 2032 lists them, by
        # the command's own query (``due_in_window``: per-year targets' occurrences and routine
        # duties among them), not the first page of every deadline filtered to the year
        start, end = date(parsed.year, 1, 1), date(parsed.year, 12, 31)
        in_year = [
            f
            for f in due_in_window(
                answerer.index,
                start,
                end,
                answerer.today,
                scope.region_ids,
                parsed.unit_ids or None,
                LOOKUP_MAX_FACTS,
            )
            if scope.document_ids is None or f.row.document_id in scope.document_ids
        ]
        worded = _saying_every_word(in_year, parsed.words)
        if worded:
            return answerer.found(parsed, scope, answerer.lines(worded, parsed), listing=True)
        if not in_year:
            return answerer.not_found(parsed, nothing_due(year_window(parsed, parsed.year)))
        lines = answerer.lines(in_year, parsed)
        return answerer.found(parsed, scope, lines, listing=True, total=len(lines))
    limit = _WORDED_POOL if parsed.words else LIST_LIMIT
    result = answerer.index.by_due(
        answerer.today,
        # (a district's: the items filed under it or reaching it, ``KnowledgeIndex._file``)
        region_ids=district if district is not None else scope.region_ids,
        unit_ids=parsed.unit_ids or None,
        limit=limit,
    )
    facts = [
        f
        for f in result.upcoming + result.past
        if (scope.document_ids is None or f.row.document_id in scope.document_ids)
        and (parsed.year is None or (f.row.due is not None and f.row.due.year == parsed.year))
    ]
    if district is not None and parsed.year is None and not parsed.unit_ids:
        # a duty every quarter reaching the district is due at its next period end, as
        # /deadlines 南汀区 lists it and its reminder is sent
        recurring = answerer.index.recurring_between(
            answerer.today, None, region_ids=district, document_ids=scope.document_ids
        )
        facts = soonest_first(facts + recurring, answerer.today)
        added = len(recurring)
    worded = _saying_every_word(facts, parsed.words)
    if worded:
        return answerer.found(parsed, scope, answerer.lines(worded, parsed), listing=True)
    facts = facts[:LIST_LIMIT]
    if not facts and district is not None:
        above = sorted(
            {answerer.index.region_name(r) or "" for r in (scope.region_ids or set()) - district}
            - {""}
        )
        where = "、".join(above)
        return answerer.not_found(
            parsed, f"{scope.title}没有单列的期限;{where}的期限发 /deadlines {above[0]} 查看"
        )
    if not facts:
        return answerer.not_found(parsed, None)
    if parsed.year is None and scope.exact_regions is None and result.upcoming:
        # 啥时候截止, of every region: what falls due next, not every region's past too.
        upcoming = [f for f in facts if f.row.due is not None and f.row.due >= answerer.today]
        shown, note = soonest_page_of_regions(parsed, answerer.lines(upcoming, parsed))
        if note:
            total = max(result.upcoming_total, len(upcoming))
            found = answerer.found(parsed, scope, shown, listing=True, total=total)
            return replace(found, notes=(*found.notes, note))
    lines = answerer.lines(facts, parsed)
    total = result.upcoming_total + result.past_total + added if parsed.year is None else len(facts)
    return answerer.found(parsed, scope, lines, listing=True, total=total)


def _below_a_held_region(index: KnowledgeIndex, scope: Scope) -> frozenset[int] | None:
    """The regions asked about (and those inside them) when the scope takes in the plans of a
    region above them (a district's city): None when none is asked, or none above holds a
    plan."""
    exact, regions = scope.exact_regions, scope.region_ids
    if exact is None or regions is None or not (regions - exact) & index.held_region_ids:
        return None
    return exact


# 佛山什么时候通过省验收: words too common to name a topic (通过, 验收) still pick the deadlines
# that say all of them, out of a region's hundreds; how many are looked through for them.
_WORDED_POOL = 2000


def _saying_every_word(facts: list[IndexedFact], words: tuple[str, ...]) -> list[IndexedFact]:
    """The facts whose item says every word asked (none when no word is asked)."""
    if not words:
        return []
    return [f for f in facts if all(word in f.row.label for word in words)][:LIST_LIMIT]


def starting_then(
    answerer: QuestionAnswerer, parsed: ParsedQuestion, scope: Scope
) -> Answer | None:
    """今年开始要做什么: what the plan says begins in that year."""
    year = parsed.window.year if parsed.window else None
    if year is None:
        return None
    terms = [str(year), "开始", "起", "启动", *vocabulary.search_words(" ".join(parsed.words))]
    hits = answerer.index.passages.search(
        terms, document_ids=scope.document_ids, limit=PASSAGE_POOL
    )
    starts = re.compile(rf"{year}年(?:开始|起|以后|启动)")
    for hit in hits:
        if starts.search(hit.passage.text) or starts.search(hit.passage.heading or ""):
            shown = shown_part(hit.passage.text, parsed)
            line = passage_line(answerer.index, hit.document_id, hit.number, hit.passage, shown)
            return answerer.found(parsed, scope, [line])
    return None


def month_as_clause_date(parsed: ParsedQuestion) -> ParsedQuestion:
    """项目10月底前要干嘛, with nothing due this October: a month named without its year is the
    date prefix of the clause asked about (10月底前动工建设 in a plan of 2010), so it is searched
    as the words the plan writes rather than kept as a filter of this year's dates. Only with a
    topic beside it (a bare 10月底前要干嘛 still asks what is due then)."""
    month = month_as_written(parsed.window) if parsed.window is not None else None
    if month is None or not parsed.has_topic:
        return parsed
    return replace(parsed, window=None, words=(*parsed.words, month))


def wider_note(
    index: KnowledgeIndex,
    wider: Sequence[IndexedFact],
    window: TimeWindow,
    today: date,
    shown: int = 0,
) -> str:
    """那个区之上(全市、全省)的事项 in the window: how many, and the command that lists them.
    The count is the command's (``due_in_window``): /deadlines 样板市 … lists its districts'
    items too, the ones shown (``shown``) among them. A pointer said 5 where its command
    listed 2 (trial 42). ``/deadlines <区> 快到期`` says the same pointer as the question does
    (``QueryService.deadlines``)."""
    if not wider:
        return ""
    regions = list(dict.fromkeys(index.region_name(f.row.region_id) or "" for f in wider))
    regions = [r for r in regions if r]
    where = "、".join(regions) or "上级"
    if len(regions) != 1:
        return f"另有{where}的{len(wider)}项(不单属本区县),发 /deadlines 查看"
    command = f"/deadlines {regions[0]} {window.words}"
    region_id = wider[0].row.region_id
    listed = len(wider) + shown
    if region_id is not None:
        start, end = window.first_day(today), window.end or date.max
        within = regions_within((region_id,), index)
        listed = len(due_in_window(index, start, end, today, within, None, LOOKUP_MAX_FACTS))
    if shown:
        return f"{where}在这期间共{listed}项(含本区县的),发 {command} 查看"
    return f"另有{where}的{listed}项(不单属本区县),发 {command} 查看"


def nothing_due(window: TimeWindow, nearest: Sequence[date] = ()) -> str:
    """Why a time question found nothing: the window asked about, in dates, and the nearest
    deadlines before and after it."""
    start = window.start.isoformat() if window.start else ""
    end = window.end.isoformat() if window.end else ""
    why = (
        f"{window.words}({end}及以前)没有过期的节点或目标"
        if window.past
        else f"{window.words}({start}至{end})没有到期的节点或目标"
    )
    if nearest:
        why += ";最近的到期日是" + "、".join(day.isoformat() for day in nearest)
    return why


def _due_in(fact: IndexedFact, start: date | None, end: date | None, *, current: bool) -> bool:
    row = fact.row
    due = row.due
    if due is None:
        return False
    if current:
        return row.start is not None and start is not None and row.start <= start <= due
    return (start is None or due >= start) and (end is None or due <= end)
