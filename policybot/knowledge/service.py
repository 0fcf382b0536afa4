"""The one query service: the Telegram handlers, ``policybot ask`` and the tests all call this.

Every answer is built from facts of the live index and cites them; when nothing matches, the
answer says 未找到 and lists what the store does know instead of guessing. This class only reads
what was asked and routes it: a command to its lookup (whose reply ``lookup_answers`` builds), a
question to ``answering.QuestionAnswerer``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.clock import Clock, SystemClock
from policybot.knowledge import audit, glossary_store, small_talk, vocabulary
from policybot.knowledge import names as name_resolver
from policybot.knowledge.answering import QuestionAnswerer, mentioned_without_value
from policybot.knowledge.answers import ASKING_TITLE, NOT_FOUND, Answer, AnswerKind, FactLine
from policybot.knowledge.calculation import Calculation, LineStatus
from policybot.knowledge.calculator import RewardCalculator, reward_rules
from policybot.knowledge.comparison import (
    ComparisonRequest,
    asks_for_comparison,
    compares_rewards,
    request_from_question,
    without_comparison_cue,
)
from policybot.knowledge.definitions import asked_definition, definition_answer
from policybot.knowledge.document_answers import documents_naming_number
from policybot.knowledge.editing import STATUS_LABELS
from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.glossary_store import GlossaryPreview
from policybot.knowledge.labels import ALL_WORDS
from policybot.knowledge.lines import passage_line, status_said
from policybot.knowledge.lookup_answers import (
    KIND_WORDS,
    LOOKUP_MAX_FACTS,
    LookupAnswers,
    due_in_window,
    keyword_asked,
    listing_title,
    region_names,
    titled_as_found,
    with_narrowing,
)
from policybot.knowledge.models import AuditEntry, DocumentStatus, FactKind
from policybot.knowledge.near_misses import near_miss
from policybot.knowledge.noun_heads import respellings
from policybot.knowledge.own_region import chat_region, read_in_region
from policybot.knowledge.passages import PassageText
from policybot.knowledge.place_extremes import each_as_how_many, more_of_places_apart
from policybot.knowledge.place_sums import place_sum
from policybot.knowledge.places_asked import asks_about_place, word_of_place
from policybot.knowledge.progress import report_guide
from policybot.knowledge.provinces import (
    province_asked,
    province_title,
    with_held_cities,
)
from policybot.knowledge.question import (
    DOCUMENT_NAME_WORDS,
    JOINED,
    Asks,
    ParsedQuestion,
    Topic,
    find_region,
    find_unit,
    own_region_asked,
    parse_question,
    parse_year,
    regions_above,
    regions_within,
    resolve_region,
    unrespelled,
)
from policybot.knowledge.question_scope import Scope, find_scope
from policybot.knowledge.reward_claims import looks_like_calculation
from policybot.knowledge.reward_conditions import (
    ScopeLeavesOut,
    excluded_places_named,
    left_out_note,
    places_asked,
    rule_leaves_out,
    scope_leaves_out,
    scope_leaving_out,
    scopes_leaving_out,
)
from policybot.knowledge.rule_reach import regions_applying_in
from policybot.knowledge.search import KnowledgeIndex, LiveIndex, SavedIndexes, WriteResult
from policybot.knowledge.search_rows import with_rows_left_out
from policybot.knowledge.shown_parts import SHOWN_CHARS
from policybot.knowledge.term_meanings import meaning_answer
from policybot.knowledge.timewords import TimeWindow, find_time_window
from policybot.knowledge.unit_roles import LEAD_WORD, RESPONSIBLE_LABEL, stated_leads
from policybot.knowledge.unnamed_places import names_no_stored_place
from policybot.knowledge.window_answers import wider_note

MAX_FACTS = LOOKUP_MAX_FACTS


class Route(StrEnum):
    CALCULATION = "calculation"
    COMPARISON = "comparison"
    LOOKUP = "lookup"


@dataclass(frozen=True)
class QuestionRoute:
    route: Route
    comparison: ComparisonRequest | None = None
    # The calculator's reading (the region as named, the result) that sent a question to it,
    # so the reply need not calculate again.
    calculation: tuple[str | None, Calculation] | None = None


# Questions people ask run to a few dozen characters (the longest of the 737 written ones: 39).
# Reading one costs time that grows with its length (a 4,000-character message took 50 s of CPU
# in the place and weak-word checks), so anything much longer is declined before it is read.
QUESTION_LIMIT = 300

# A sentence /search found: its document, its number there, the sentence and the words it holds.
SentenceHit = tuple[int, int, PassageText, tuple[str, ...]]


class QueryService:
    """Lookups over the knowledge store, each returning an ``Answer`` with citations."""

    def __init__(
        self,
        engine: Engine,
        *,
        clock: Clock | None = None,
        timezone: str = "Asia/Shanghai",
        max_facts: int = MAX_FACTS,
        saved_indexes: SavedIndexes | None = None,
    ) -> None:
        """``saved_indexes`` keeps built indexes between processes (``index_cache``)."""
        self.engine = engine
        self.index = LiveIndex(engine, saved=saved_indexes)
        self.clock = clock or SystemClock()
        self.tz = ZoneInfo(timezone)
        self.max_facts = max_facts

    def today(self) -> date:
        return self.clock.now().astimezone(self.tz).date()

    def invalidate(self) -> None:
        """Call after writing to the store from this process, so the next answer sees it."""
        self.index.invalidate()

    def refreshed_after(self, write: Callable[[], WriteResult]) -> WriteResult:
        """``write()`` from this process, indexed before its writer is told
        (``LiveIndex.refreshed_after``): other chats answer from the snapshot before it meanwhile
        instead of waiting for the new one."""
        return self.index.refreshed_after(write)

    def _answers(self) -> LookupAnswers:
        """The lookup answers over the current snapshot."""
        return LookupAnswers(self.index.current(), self.engine, self.tz, self.max_facts)

    def cited_states(self, answer: Answer) -> dict[int, str | None]:
        """The status of each document ``answer`` cites (None: no longer stored), which a page
        of it turned later is checked against: a plan retired, replaced or undone since must
        not be shown as it stood (attack54 M4)."""
        index = self.index.current()
        cited = {line.citation.document_id for line in answer.facts}
        return {
            document_id: (row.status if (row := index.find_document(document_id)) else None)
            for document_id in sorted(cited)
        }

    def whole_sentences(self, facts: Sequence[FactLine]) -> list[FactLine]:
        """``facts`` citing the whole sentences of their quotes (the 出处 view)."""
        return self._answers().whole_sentences(facts)

    # -- commands ---------------------------------------------------------------------------

    def targets(self, region: str | None = None, keyword_or_year: str | None = None) -> Answer:
        """A region's targets; the rest may hold a year (2018, 2018年) and/or keywords.

        A year in the region's place (``/targets 2018``) means every region's targets of that year.
        """
        if region and region.strip() in ALL_WORDS:  # /targets 全部: every region's
            region = None
        if region and parse_year(region.strip()):
            region, keyword_or_year = None, f"{region} {keyword_or_year or ''}".strip()
        glued = _GLUED_YEAR.search(vocabulary.normalise(region or ""))
        if region and glued:  # /targets 湖州2018
            typed = vocabulary.normalise(region)
            region = typed[: glued.start()]
            keyword_or_year = f"{glued.group(1)} {keyword_or_year or ''}".strip()
        answers = self._answers()
        index = answers.index
        if region and keyword_or_year:
            region, keyword_or_year = _district_typed_apart(region, keyword_or_year, index)
        if region and keyword_or_year is None and not regions_typed(region, index):
            # /targets 名牌: one word that names no region is what to look for in every
            # region's targets, as /rewards 驰名商标 is; a place (杭州) stays a place.
            word = vocabulary.normalise(region).strip()
            # (东湖区, a district no plan holds as a region but plans name: what they say of it.)
            if (not gazetteer().lookup(word) or index.mentions(word)) and not (
                names_no_stored_place(word, index)
            ):
                answer = self.targets(None, word)
                if answer.found or answer.facts:
                    return answer
        named, problem = _named_region(answers, region, AnswerKind.TARGETS)
        if problem:  # 南海区 of a retired city plan: the store knows it, holds nothing live
            return self._retired_said(problem, index, regions_typed(region or "", index))
        time = read_command_time(keyword_or_year, self.today())
        if time.problem is not None:
            return answers.time_problem(AnswerKind.TARGETS, time.problem)
        year, keyword = time.year, keyword_asked(time.rest, AnswerKind.TARGETS)
        answer = answers.listing(
            AnswerKind.TARGETS,
            listing_title(
                index, named, "目标", year, keyword, _listing_place(region, named, index)
            ),
            kinds=[FactKind.TARGET],
            region_ids=regions_within(named, index) if named else None,
            year=year,
            keyword=keyword,
            today=self.today(),
            region_name=region_names(index, named),
        )
        answer = titled_as_found(index, answer, keyword)
        answer = with_narrowing(
            answer,
            "targets",
            [region.strip()] if region else [],
            after=[str(year) if year else "", keyword or ""],
            year_asked=year is not None,
            keyword_asked=bool(keyword),
            asked_regions=_names(index, named),
        )
        return self._retired_said(answer, index, named)

    def rewards(self, region: str | None = None, keyword: str | None = None) -> Answer:
        answers = self._answers()
        index = answers.index
        if region and region.strip() in ALL_WORDS:  # /rewards 全部 [关键词]
            region = None
        if region and parse_year(region.strip()):  # /rewards 2018: every region's, that year
            region, keyword = None, f"{region} {keyword or ''}".strip()
        if region and keyword is None and not regions_typed(region, index):
            applying = regions_applying_in(index, vocabulary.normalise(region).strip())
            if applying:  # /rewards 柯城区: the rules of the plans that say they apply there
                where = "、".join(index.region_name(r) or "" for r in applying)
                return answers.listing(
                    AnswerKind.REWARDS,
                    f"{region.strip()}(适用{where}的政策) · 奖励",
                    kinds=[FactKind.REWARD],
                    region_ids=regions_within(applying, index),
                    region_name=where,
                )
            region, keyword = None, region  # /rewards 驰名商标: the one word is the topic
        named, problem = _named_region(answers, region, AnswerKind.REWARDS)
        if problem:  # 南海区 of a retired city plan: the store knows it, holds nothing live
            return self._retired_said(problem, index, regions_typed(region or "", index))
        # /rewards 2018, /rewards 湖州 2018: the rules of the plans running that year.
        time = read_command_time(keyword, self.today())
        year = time.year if time.problem is None else None
        if year is not None:
            keyword = time.rest
        keyword = keyword_asked(keyword, AnswerKind.REWARDS)
        answer = answers.listing(
            AnswerKind.REWARDS,
            listing_title(
                index, named, "奖励", year, keyword, _listing_place(region, named, index)
            ),
            kinds=[FactKind.REWARD],
            region_ids=regions_within(named, index) if named else None,
            year=year,
            keyword=keyword,
            region_name=region_names(index, named),
        )
        answer = titled_as_found(index, answer, keyword)
        answer = with_narrowing(
            answer,
            "rewards",
            [region.strip()] if region else [],
            after=[str(year) if year else "", keyword or ""],
            year_asked=True,  # a reward is due no year
            keyword_asked=bool(keyword),
            asked_regions=_names(index, named),
        )
        return self._retired_said(answer, index, named)

    def deadlines(
        self,
        region_or_unit: str | None = None,
        include_past: bool = False,
        today: date | None = None,
    ) -> Answer:
        """Milestones and target deadlines, soonest first; past ones only when asked (已过期).

        A year among the words (``佛山 2019``) lists what falls due in that year, past or not.
        """
        answers = self._answers()
        index = answers.index
        today = today or self.today()
        region_ids: set[int] | None = None
        resolved: tuple[int, ...] = ()
        unit_ids: tuple[int, ...] | None = None
        # 南海 is titled as the store names it (佛山市南海区), as /targets and /rewards title it.
        full_name: str | None = None
        time = read_command_time(region_or_unit, today)
        if time.problem is not None:
            return answers.time_problem(AnswerKind.DEADLINES, time.problem)
        year, name = time.year, (time.rest or "").strip()
        keyword: str | None = None
        # The unit a place's words named (佛山 质监局): the title names it beside the place.
        unit_title: list[str] = []
        if name:
            resolved = regions_typed(name, index)
            # /deadlines 佛山 标准: the words after the place are what the items are about, or a
            # unit of it (佛山 市质监局); never left out unread.
            place, rest = _place_and_rest(name, index)
            if place is not None and rest:
                unit_ids, _, _ = find_unit(rest, index, regions_typed(place, index))
                if not unit_ids:
                    unit_ids, keyword, name = None, rest, place
                    resolved = regions_typed(place, index)
                else:
                    # One office by its stored name (市质监局); several by the words typed.
                    unit_title = [index.unit(unit_ids[0]).name if len(unit_ids) == 1 else rest]
            if resolved:
                region_ids = regions_within(resolved, index)
                full_name = region_names(index, resolved)
            else:
                unit_ids, _, _ = find_unit(vocabulary.normalise(name), index)
                if not unit_ids and index.mentions(vocabulary.normalise(name)):
                    # /deadlines 东湖区: a place plans name but hold as no region of their own
                    # is what the items are about, in every region (as /targets reads it).
                    unit_ids, keyword, name = None, vocabulary.normalise(name), ""
                elif not unit_ids:
                    missing = answers.not_found(AnswerKind.DEADLINES, f"{name} 的期限", name)
                    return missing
        place = _province_place(name, index) or full_name or name or "全部"
        topic = [f"“{keyword}”"] if keyword else []
        title = " · ".join(
            [place, *unit_title, *([time.words] if time.words else []), *topic, "期限"]
        )
        title += "(含已过期)" if include_past and not time.words else ""
        if time.window is not None:
            start, end = time.window.first_day(today), time.window.end or date.max
            when = (
                f"{time.window.words}({end.isoformat()}及以前)"
                if time.window.past
                else f"{time.window.words}({start.isoformat()}至{end.isoformat()})"
            )
            answer = answers.due_between(
                title, region_ids, unit_ids, start, end, today, full_name or name, when, keyword
            )
            if not answer.found and resolved and unit_ids is None and not keyword:
                answer = _pointing_above(answer, index, resolved, time.window, today)
        elif year is not None:  # the whole year, past or not: the year was asked
            start, end = date(year, 1, 1), date(year, 12, 31)
            answer = answers.due_between(
                title,
                region_ids,
                unit_ids,
                start,
                end,
                today,
                full_name or name,
                f"{year}年",
                keyword,
            )
        else:
            answer = answers.due_listing(
                title, region_ids, unit_ids, include_past, today, name, keyword
            )
        answer = titled_as_found(index, answer, keyword)
        answer = with_narrowing(
            answer,
            "deadlines",
            [name] if name else [],
            after=[
                str(year) if year is not None else time.words or "",
                keyword or "",
                "全部" if include_past and not time.words else "",
            ],
            year_asked=year is not None or time.window is not None,
            # (words after a unit are read as the unit's: no keyword example beside one)
            keyword_asked=bool(keyword) or bool(unit_title),
            asked_regions=_names(index, resolved),
            by_region=not unit_title,
        )
        return self._retired_said(answer, index, resolved)

    def _retired_said(
        self, answer: Answer, index: KnowledgeIndex, region_ids: tuple[int, ...]
    ) -> Answer:
        """A 未找到 of a region whose documents were all retired (/retire, or replaced) says so,
        with who retired them and when, instead of pointing to /doc and /help. The retirement
        is the reason and leads: a reason read from what the documents say (只写了国家级品牌)
        or do not say is no reason once none of them is answered from."""
        if answer.found or not region_ids:
            return answer
        note = retired_note(self.engine, index, region_ids, self.tz) or retired_note(
            self.engine, index, _around(region_ids, index), self.tz
        )
        if not note:
            return answer
        return replace(answer, headline=f"{NOT_FOUND}:{note}", suggestions=())

    def units(self, name: str | None = None) -> Answer:
        """Without a name, every unit and how many facts it leads; with one, those facts."""
        answers = self._answers()
        index = answers.index
        if not name or not name.strip():
            return answers.unit_directory()
        text = vocabulary.normalise(name)
        region_ids, _, rest = find_region(text, index)
        if region_ids and not rest.strip():  # /units 武汉: the region's units
            named = regions_typed(text, index) or region_ids
            # named in full, as /targets names it (佛山市南海区, not the 南海 typed)
            title = listing_title(index, named, "责任单位", None, None)
            return answers.unit_directory(regions_within(named, index), title)
        unit_ids, unit_text, _ = find_unit(rest.strip() or text, index, region_ids)
        if unit_ids and region_ids and not self._units_of(unit_ids, region_ids):
            # /units 南海区人民政府: a district's own office named by the words every
            # district's shares (各区人民政府 of the city's plan) — what the question
            # 南海区人民政府负责哪些任务 answers for that district, not every 人民政府 of the
            # city. (An office no document names, /units 南海 区经促局, is 未找到 as before.)
            return self.ask(f"{name}负责哪些任务")
        if not unit_ids:
            return answers.not_found(AnswerKind.UNITS, f"{name} 负责的事项", name)
        answerer = QuestionAnswerer(index, self.tz, self.today())
        return answerer.unit_duties(unit_ids, unit_text or name)

    def _units_of(self, unit_ids: Sequence[int], region_ids: Sequence[int]) -> bool:
        """Whether some of ``unit_ids`` are offices of the regions (or of places within them)."""
        index = self.index.current()
        scope = set(regions_within(region_ids, index))
        return any(index.unit(u).region_id in scope for u in unit_ids)

    def document(self, region_or_number: str | None = None) -> Answer:
        """The plans in the store: all, those of a region, or the one with a document number."""
        answers = self._answers()
        index = answers.index
        documents = sorted(index.documents(), key=lambda d: (d.status != "active", d.id))
        query = vocabulary.normalise(region_or_number or "")
        place: str | None = None
        if query:
            region_ids = regions_typed(query, index)
            if region_ids:
                scope = regions_within(region_ids, index)
                documents = [d for d in documents if d.region_id in scope]
                place = region_names(index, region_ids)  # /doc 湖州: 湖州市 · 文件
            else:
                documents = [
                    d
                    for d in documents
                    if query in vocabulary.normalised_name(d.doc_number or "")
                    or query in vocabulary.normalised_name(d.title or "")
                ]
                if not documents:
                    # a number no stored document has: those that stop it or cite it, saying so
                    naming = documents_naming_number(index, query)
                    if naming:
                        return answers.documents_naming(naming, query)
        return answers.documents(documents, query, place)

    def report_guide(self, chat_id: int, *, is_admin: bool, words: str = "") -> str:
        """``/report`` without a target number (``progress.report_guide``): the words naming
        regions of the store narrow the list to their targets as /targets does (/report 湖州,
        /report 湖州 安吉县: a second place within the first narrows further); the other words
        are looked for in the subjects, so a place the store does not hold finds nothing."""
        index = self._answers().index
        region_ids: set[int] | None = None
        place: str | None = None
        rest: list[str] = []
        for word in words.split():
            resolved = regions_typed(word, index)
            if not resolved:
                rest.append(word)
                continue
            within = regions_within(resolved, index)
            if region_ids is None or within <= region_ids:
                region_ids, place = within, region_names(index, resolved)
            elif not region_ids <= within:  # two places apart (湖州 杭州): none is in both
                region_ids, place = set(), f"{place}、{region_names(index, resolved)}"
        return report_guide(
            self.engine,
            chat_id,
            is_admin=is_admin,
            words=" ".join(rest),
            region_ids=region_ids,
            place=place,
        )

    def search(self, text: str) -> Answer:
        """Keyword search over every kind of fact (``/search``)."""
        answers = self._answers()
        keyword = vocabulary.normalise(text)
        if not keyword:
            return answers.not_found(AnswerKind.SEARCH, "搜索", "")
        answer = answers.listing(
            AnswerKind.SEARCH, f"搜索: {keyword}", keyword=keyword, today=self.today()
        )
        if answer.found and answer.total <= len(answer.facts) < self.max_facts:
            # the facts listed in full: a task table's rows saying the word follow them
            _, rows = self._sentences_saying(keyword)
            return with_rows_left_out(answer, self.index.current(), rows, self.max_facts)
        if answer.found or answer.facts or not vocabulary.query_terms(keyword).required:
            return answer
        # 黑名单, 质量失信: words the plans write in their tasks and other sentences, which no
        # target, milestone or reward holds; 未找到 must not read as "not in the plans".
        reading, found = self._sentences_saying(keyword)
        if not found:
            return answer
        index = self.index.current()
        # Only the page shown becomes lines (a line reads its document's label and quote): a
        # common word matches thousands of sentences on a large store.
        shown = [
            passage_line(index, document_id, number, passage, _clause_saying(passage.text, words))
            for document_id, number, passage, words in found[: self.max_facts]
        ]
        # 惩诫 read as 惩戒: the sentences write the word as put right, and are said to
        # (attack43: they were said to mention the misspelt word)
        said = (
            f"原文有 {len(found)} 句提到“{reading}”"
            if reading != keyword
            else f"原文有 {len(found)} 句提到它"
        )
        return Answer(
            found=True,
            kind=AnswerKind.SEARCH,
            title=answer.title,
            headline=(f"目标、节点、奖励中没有“{keyword}”;{said}(任务、措施等)"),
            facts=tuple(shown),
            total=len(found),
            listing=True,
        )

    def _sentences_saying(self, keyword: str) -> tuple[str, list[SentenceHit]]:
        """The sentences of the current plans holding every word of ``keyword`` (as written, or
        as the speller puts it right), each once, in the plans' order; with the reading found."""
        index = self.index.current()
        readings = [keyword, index.speller.correct(keyword).strip()]
        hits: list[SentenceHit] = []
        for reading in dict.fromkeys(r for r in readings if r):
            words = tuple(reading.split())
            seen: set[tuple[int, str]] = set()
            for document_id in index.passages.documents_holding(words):
                for number, passage in enumerate(index.passages.by_document[document_id]):
                    said = (document_id, passage.text)
                    if said in seen or not all(word in passage.text for word in words):
                        continue
                    seen.add(said)
                    hits.append((document_id, number, passage, words))
            if hits:
                return reading, hits
        return keyword, hits

    # -- natural questions ---------------------------------------------------------------

    def route(self, question: str) -> QuestionRoute:
        """Where a question goes: a sum of rewards to the calculator, two regions to the
        comparison, the rest to ``ask``. The chat and ``policybot ask`` both follow it, so a
        question gets the same reply from either."""
        if len(question) > QUESTION_LIMIT:
            return QuestionRoute(Route.LOOKUP)  # ``ask`` says it is too long
        calculation = self._priced(question) if looks_like_calculation(question) else None
        if calculation is not None:
            return QuestionRoute(Route.CALCULATION, calculation=calculation)
        if asks_for_comparison(question) and not compares_rewards(question):
            request = request_from_question(question, self.index.current())
            if request is not None:
                return QuestionRoute(Route.COMPARISON, request)
        return QuestionRoute(Route.LOOKUP)

    def _priced(self, question: str) -> tuple[str | None, Calculation] | None:
        """The calculator's reading when it has something to say: a clause pricing what the
        question names with a sum, or why its counts cannot be read. "这项奖励一共多少" about a
        grant notice's own total is worded like a sum, but only the lookup answers it: the
        calculator would say 未找到…条款, or price the notice's row at 至少0元 (its 共计58万元 is
        no rule's sum)."""
        region, calculation = self.calculator().from_text(question)
        priced = any(line.status != LineStatus.NO_SUM for line in calculation.lines)
        return (region, calculation) if priced or calculation.sheet.refusal is not None else None

    def calculator(self) -> RewardCalculator:
        return RewardCalculator(self.index.current, self.engine)

    def _as_rules_write(
        self, answerer: QuestionAnswerer, parsed: ParsedQuestion, index: KnowledgeIndex
    ) -> Answer | None:
        """入库企业能拿多少钱, 培育库企业奖多少: a reward asked by a short name its rules write
        with words between (入选培育企业库), which a plan may also write whole elsewhere (入库企业
        in a target), asked again as the rules in scope write it."""
        labels = [rule.row.label for rule in reward_rules(index, parsed.region_ids)]
        pairs = respellings(parsed.words, labels)
        if not pairs:
            return None
        written = dict(pairs)
        words = tuple(dict.fromkeys(written.get(word, word) for word in parsed.words))
        retried = replace(parsed, words=words, topic=" ".join(words), respelled=pairs)
        answer = self._retired_said(answerer.answer(retried), index, parsed.region_ids)
        if not answer.found or answer.hedged:
            return None
        said = "、".join(f"“{form}”" for _asked, form in pairs)
        return replace(answer, notes=(*answer.notes, f"文件里写作{said}"))

    @staticmethod
    def _definition(question: str, parsed: ParsedQuestion, index: KnowledgeIndex) -> Answer | None:
        """The sentence of the question's scope defining the term it asks about (``definitions``)."""
        if asked_definition(question) is None:
            return None
        scope = find_scope(index, parsed)
        if isinstance(scope, str):
            return None
        return definition_answer(question, index, scope.document_ids)

    def ask(self, question: str, *, chat_id: int | None = None) -> Answer:
        """A question in plain Chinese (simplified or traditional), answered from the store.
        ``chat_id``: the chat asking, whose subscriptions to one region's items make that
        region the one its 我们区 means (``own_region``)."""
        if chat_id is not None and own_region_asked(question):
            index = self.index.current()
            region_id = chat_region(self.engine, index, chat_id)
            read = read_in_region(question, index, region_id) if region_id is not None else None
            parsed = parse_question(question, index, self.today()) if read else None
            if (
                parsed is not None
                and parsed.own_region
                and not (parsed.region_ids or parsed.places)
            ):
                return self.ask(read or question)
        if len(question) > QUESTION_LIMIT:
            return Answer(
                found=False,
                kind=AnswerKind.SEARCH,
                title=ASKING_TITLE,
                headline=f"问题太长({len(question)} 字),请精简到 {QUESTION_LIMIT} 字以内再问。",
            )
        talk = small_talk.reply(question)
        if talk is not None:
            return replace(talk, question=question)
        answers = self._answers()
        meaning = meaning_answer(small_talk.without_greeting(question), answers.index)
        if meaning is not None:  # 浙制是啥意思: the glossary's meaning, cited
            return replace(meaning, question=question)
        today = self.today()
        typed = small_talk.without_greeting(question)
        if compares_rewards(typed):  # (…奖励相比哪个多: each place's reward, 相比 no topic word)
            typed = without_comparison_cue(typed)
        parsed = parse_question(typed, answers.index, today)
        apart = _places_apart(parsed, answers.index)
        if apart is not None and parsed.topic_kind != FactKind.REWARD:
            # 梅山和竹溪2027年…一共多少: two plans' figures added when each is found and they
            # add (attack56 L2: each city's listed, the 一共 unanswered)
            summed = place_sum(QuestionAnswerer(answers.index, self.tz, today), parsed)
            if summed is not None and summed.found and not summed.hedged:
                return replace(summed, question=question)
        if apart is not None:
            # 衢州和湖州驰名商标奖励分别多少: two plans' places, each asked on its own (one's
            # scope note or missing figure must not hide the other's answer), in one reply.
            return replace(self._each_place(parsed, apart, answers.index), question=question)
        if small_talk.names_only_a_region(parsed):
            overview = small_talk.region_overview(
                answers.index, parsed.region_ids, today, parsed.province
            )
            if overview is not None:
                return replace(overview, question=question)
        if _asks_who_leads_a_plan(parsed, answers.index):
            # 武汉的牵头单位是谁: the units leading the region's items, as /units 武汉 lists.
            region = region_names(answers.index, parsed.region_ids) or ""
            leads = answers.unit_directory(
                regions_within(parsed.region_ids, answers.index),
                f"{region} · 牵头单位",
                leading=True,
            )
            if leads.found:
                return replace(leads, question=question)
        defined = self._definition(question, parsed, answers.index)
        if defined is not None:  # 那个办法说的重大体育赛事指哪些: the sentence defining it
            return defined
        answerer = QuestionAnswerer(answers.index, self.tz, today)
        if parsed.topic_kind == FactKind.REWARD:
            # 龙游县企业拿驰名商标奖吗: its city's rules say where they apply, and not there.
            unnamed = excluded_places_named(self.engine, answers.index, parsed.text)
            # (新东岭区 is not 东岭区, nor does 除东岭区外的企业 ask about 东岭区)
            places = [
                place
                for place in (*parsed.unknown_places, *parsed.places, *unnamed)
                if asks_about_place(answers.index, parsed.text, place)
            ]
            left_out = scope_leaving_out(self.engine, answers.index, places)
            if left_out is not None:
                # 能拿吗 is answered (不适用, the sentence cited); 奖多少 has no sum there to
                # give: 未找到, saying why with the sentence.
                asks_whether = parsed.asks == Asks.YESNO or parsed.eligibility
                said = scope_answer(answers.index, left_out) if asks_whether else None
                if said is None:
                    said = answerer.not_found(parsed, left_out.reason)
                return replace(said, question=question)
        both = _asks_targets_and_leads(parsed)
        if both:  # the targets listed, their leads said below them (``_leads_of``)
            parsed = replace(parsed, asks=Asks.LIST)
        answer = self._retired_said(answerer.answer(parsed), answers.index, parsed.region_ids)
        if parsed.respelled:
            if answer.found and not answer.hedged:
                forms = "、".join(f"“{written}”" for _asked, written in parsed.respelled)
                answer = replace(answer, notes=(*answer.notes, f"文件里写作{forms}"))
            else:
                # 培育企业库 is written, but not where asked (a plan without such a 库): what
                # was asked (培育库) is answered as typed, which nothing says.
                as_asked = unrespelled(parsed)
                retried = self._retired_said(
                    answerer.answer(as_asked), answers.index, parsed.region_ids
                )
                if retried.found or not mentioned_without_value(answer, parsed.topic):
                    # (示范市质量奖奖多少钱: the plan's 市政府质量奖 without a sum is what the
                    # documents say of it, more than that nothing says 市质量奖)
                    parsed, answer = as_asked, retried
        if not answer.found and parsed.topic_kind == FactKind.REWARD and not parsed.respelled:
            answer = self._as_rules_write(answerer, parsed, answers.index) or answer
        if answer.listing and both:
            answer = replace(answer, notes=(*answer.notes, *_leads_of(answer)))
        if (answer.found or answer.hedged) and _answers_rewards(
            parsed, answer
        ):  # (a reward asked, answered by the rule's own sentence: its conditions too)
            # A sum means little without its document's caps and 就高不重复; offered as 部分相符,
            # its scope may be what answers (天元区的省属企业…: 不含省属企业).
            within = places_asked(
                answers.index, parsed.text, (*parsed.places, *parsed.unknown_places)
            )
            # "本办法不适用于东岭区" of one document, "…给予30万元奖励,东岭区企业除外" of one
            # rule: such rules are not listed for 东岭区 beside those reaching it (a line says
            # why); when none reaches it, 未找到 with the sentence
            answer, refusal = self._rules_reaching(answerer, parsed, answer, within, answers.index)
            if refusal is not None:
                answer = answerer.not_found(parsed, refusal)
            else:
                notes = answers.conditions(answer.kind, answer.facts)
                answer = replace(answer, notes=answer.notes + _unsaid(notes, answer))
                asked = _asked_elsewhere(parsed, answer, answers.index)
                if scope_leaves_out(answer.notes, asked):
                    # 常山县… answered by a rule 适用于衢州市级、柯城区、衢江区: not the county's.
                    place = "、".join(asked)
                    answer = answerer.not_found(parsed, f"找到的奖励规定的适用范围不含{place}")
        missed = near_miss(parsed, answer, answers.index)
        if missed is not None:
            # 三季度 of a 二季度 report, 市地方标准 of a 省地方标准 rule, 10万元 under every tier.
            answer = answerer.not_found(parsed, missed)
        if not (answer.found or answer.hedged) and small_talk.names_only_a_region(
            parsed, listing=True
        ):  # 衢州有哪些任务 of a plan that lists measures, not targets: what it holds
            overview = small_talk.region_overview(
                answers.index, parsed.region_ids, today, parsed.province
            )
            answer = overview or answer
        return replace(answer, question=question)

    def _each_place(
        self, parsed: ParsedQuestion, places: Sequence[str], index: KnowledgeIndex
    ) -> Answer:
        """The question asked once per place of ``places`` (listed side by side in it), the
        replies joined: one headline part per place (its answer or why not found), the items of
        each after the other's."""
        base = parsed.text if all(place in parsed.text for place in places) else parsed.reading
        run = _listing_run(base, places)
        parts: list[tuple[str, Answer]] = []
        for place in places:
            asked = _EACH.sub("", base.replace(run, place, 1)) if run else place
            answer = self.ask(each_as_how_many(asked))
            ids = resolve_region(place, index)
            parts.append((region_names(index, tuple(ids)) or place if ids else place, answer))
        found = [answer for _name, answer in parts if answer.found]
        headline = ";".join(
            # (a reply naming its place itself, 佛山市 60个以上 or 未找到:湖州市的文件…, as is)
            _without_ending(answer.headline)
            if name in answer.headline
            else f"{name} {_without_ending(answer.headline)}"
            for name, answer in parts
        )
        # 甲市和乙市…哪个多: which is more said first, as of two districts of one plan
        more = more_of_places_apart(parsed.text, parts)
        if more is not None:
            headline = more
        facts = tuple(fact for _name, answer in parts for fact in answer.facts)
        lead = found[0] if found else parts[0][1]
        return Answer(
            found=bool(found),
            kind=lead.kind,
            title="、".join(name for name, _answer in parts),
            headline=headline,
            facts=facts,
            suggestions=tuple(
                dict.fromkeys(s for _name, answer in parts for s in answer.suggestions)
            ),
            total=len(facts),
            notes=tuple(dict.fromkeys(n for _name, answer in parts for n in answer.notes)),
            hedged=any(answer.hedged for answer in found),
            listing=len(facts) > 1,
        )

    def _rules_reaching(
        self,
        answerer: QuestionAnswerer,
        parsed: ParsedQuestion,
        answer: Answer,
        places: Sequence[str],
        index: KnowledgeIndex,
    ) -> tuple[Answer, str | None]:
        """``answer`` without the rules that leave out every district asked (``places``): a
        document's scope excluding it (``scopes_leaving_out``) or the rule's own sentence
        (``rule_leaves_out``); one note line per reason says what is not listed. When no rule
        is left, the 未找到 reason instead: the first such sentence."""
        kept, dropped = self._split_by_reach(answer.facts, places)
        words = _words_without_places(parsed.words, places)
        if dropped and not kept and words:
            # 东岭区企业质量奖奖励多少: 东岭 searched as a word found only the rules naming
            # 东岭区 (to leave it out); the rules not naming it may reach it
            retried = answerer.answer(replace(parsed, words=words, topic=" ".join(words)))
            if retried.found and _answers_rewards(parsed, retried):
                kept_then, dropped_then = self._split_by_reach(retried.facts, places)
                if kept_then:
                    answer, kept = retried, kept_then
                    for reason, quotes in dropped_then.items():
                        known = dropped.setdefault(reason, [])
                        known.extend(quote for quote in quotes if quote not in known)
        if not dropped:
            return answer, None
        if not kept:
            (place, document_id, sentence, by_scope), quotes = next(iter(dropped.items()))
            document = index.document(document_id).name
            said = sentence if by_scope else quotes[0]  # (the rule's own sentence)
            return answer, ScopeLeavesOut(place, document, said, document_id).reason
        notes = [
            left_out_note(
                place, len(quotes), index.document(document_id).name if by_scope else "", why
            )
            for (place, document_id, why, by_scope), quotes in dropped.items()
        ]
        scope = find_scope(index, parsed)
        if isinstance(scope, str):
            scope = Scope(None, None, None, answer.title)
        total = answer.total - (len(answer.facts) - len(kept)) if answer.listing else None
        rebuilt = answerer.found(
            parsed, scope, kept, hedged=answer.hedged, listing=answer.listing, total=total
        )
        # (the notes the list itself made, a count or 只查到…, are made again for what is left)
        carried = [note for note in answer.notes if not note.startswith(_FOUND_NOTES)]
        return replace(
            rebuilt,
            kind=answer.kind,
            title=answer.title,
            notes=tuple(dict.fromkeys((*rebuilt.notes, *carried, *notes))),
        ), None

    def _split_by_reach(
        self, facts: Sequence[FactLine], places: Sequence[str]
    ) -> tuple[list[FactLine], dict[_LeftOutBy, list[str]]]:
        """The rules of ``facts`` reaching a district asked, and those leaving every one out,
        by reason (``_rule_leaving_out``) → the rules' quotes."""
        kept: list[FactLine] = []
        dropped: dict[_LeftOutBy, list[str]] = {}
        if not places:
            return list(facts), dropped
        documents = {fact.citation.document_id for fact in facts}
        scopes = {place: scopes_leaving_out(self.engine, documents, place) for place in places}
        for fact in facts:
            why = [_rule_leaving_out(fact, place, scopes[place]) for place in places]
            first = why[0]
            if first is None or not all(why):
                kept.append(fact)
            else:
                quotes = dropped.setdefault(first, [])
                if fact.citation.quote not in quotes:
                    quotes.append(fact.citation.quote)
        return kept, dropped

    def glossary_preview(self, term: str, means: str) -> GlossaryPreview:
        """What a glossary entry would do, measured on the live documents."""
        index = self.index.current()
        glossary_store.check_places(
            term, means, {word: _places_named(word, index) for word in (term, means)}
        )
        return glossary_store.preview(
            self.engine,
            term,
            means,
            sentences=index.passages.sentences(),
            used=index.uses_word(term),
        )

    def parse(self, question: str) -> ParsedQuestion:
        return parse_question(question, self.index.current(), self.today())


# How the notes ``QuestionAnswerer.found`` adds to a list begin: a list rebuilt makes its own.
_FOUND_NOTES = ("共 ", "只查到")


# 分别/各自/各 of a question asking two places at once: said of one place, it would read as
# "each of its districts" (各多少 of one city lists its districts).
_EACH = re.compile(r"分别|各自|各(?=[是要有为达定得需应自]|多少|几)")
# (one mark at least: 示范市桥头街道 is a place inside the city, not a second one)
_JOINER = JOINED


def _listing_run(text: str, places: Sequence[str]) -> str | None:
    """The stretch of ``text`` listing ``places`` joined by 和/与/、 (湖州和佛山), or None."""
    pattern = _JOINER.join(f"({re.escape(place)})" for place in places)
    first = re.search(pattern, text)
    if first is None:
        reverse = _JOINER.join(f"({re.escape(place)})" for place in reversed(places))
        first = re.search(reverse, text)
    return first.group(0) if first else None


def _places_apart(parsed: ParsedQuestion, index: KnowledgeIndex) -> list[str] | None:
    """The places a question lists side by side (A和B, A、B) when they are no districts of one
    city (高明区、三水区 are answered by one plan, together): regions of different cities, or
    a region with a place no document mentions (深圳和佛山 when the store holds no 深圳), in
    the order written; None otherwise."""
    if parsed.province or not parsed.region_text:
        return None
    names = [name for name in parsed.region_text.split("、") if name]
    aliases = index.names.region_aliases
    if len(names) > 1:
        trees = [
            {*ids, *(a for i in ids for a in index.ancestors(i))}
            for ids in (aliases.get(name, set()) for name in names)
        ]
        if any(not tree for tree in trees):
            return None
        for number, tree in enumerate(trees):
            for other in trees[number + 1 :]:
                if tree & other:
                    return None
        text = parsed.text if all(name in parsed.text for name in names) else parsed.reading
        return sorted(names, key=text.find) if _listing_run(text, names) else None
    unknown = [
        place for place in parsed.unknown_places if _listing_run(parsed.text, [place, names[0]])
    ]
    if len(unknown) != 1 or names[0] not in parsed.text:
        return None
    return sorted([unknown[0], names[0]], key=parsed.text.find)


def _without_ending(headline: str) -> str:
    """A reply's headline inside another's: without its closing full stop."""
    return headline.rstrip("。")


def _answers_rewards(parsed: ParsedQuestion, answer: Answer) -> bool:
    """Whether ``answer`` gives reward rules: their facts, or the sentences answering a reward
    asked."""
    return any(fact.kind == FactKind.REWARD for fact in answer.facts) or (
        parsed.topic_kind == FactKind.REWARD and answer.kind == AnswerKind.REWARDS
    )


def _words_without_places(words: tuple[str, ...], places: Sequence[str]) -> tuple[str, ...]:
    """The question's words without those naming a district asked (东岭 of 东岭区); empty when
    none does or nothing else is left."""
    kept = tuple(word for word in words if not word_of_place(word, places))
    return kept if kept != words else ()


# Why a rule leaves a place out: (the place, the rule's document, its scope sentence saying so
# or "" when the rule's own sentence does, whether it is the document's scope).
_LeftOutBy = tuple[str, int, str, bool]


def _rule_leaving_out(fact: FactLine, place: str, scopes: dict[int, str]) -> _LeftOutBy | None:
    """Why the rule ``fact`` leaves ``place`` out: its document's scope sentence
    (``scopes``) or its own sentence (rules so are counted together); None when it reaches
    it."""
    document_id = fact.citation.document_id
    quote = fact.citation.quote
    if document_id in scopes:
        if scopes[document_id] in quote or quote in scopes[document_id]:
            return None  # 龙游县的企业能拿吗: the scope sentence itself answers, never left out
        return place, document_id, scopes[document_id], True
    if rule_leaves_out(quote, place):
        return place, document_id, "", False
    return None


def _unsaid(notes: Sequence[str], answer: Answer) -> tuple[str, ...]:
    """The condition notes (注(不重复奖励):…) whose clause the answer does not already say, in
    its lead or a line's words: 就高不重复 answered by its sentence is not said again below.

    Only a text short enough to be shown whole says its clause: a long sentence is shown cut to
    the part around the question's words, which may leave the clause out (…不再重复奖励 at the
    end of a notice's 200-character decision)."""
    said = [
        text
        for text in (answer.headline, *(fact.label for fact in answer.facts))
        if len(text) <= SHOWN_CHARS
    ]
    kept = []
    for note in notes:
        clause = note.partition("):")[2].removesuffix("…")
        if not clause or not any(clause in text for text in said):
            kept.append(note)
    return tuple(kept)


def scope_answer(index: KnowledgeIndex, left_out: ScopeLeavesOut) -> Answer | None:
    """龙游县企业拿驰名商标奖吗, of a city's rules "适用于…市级、柯城区、衢江区": the answer is that
    they do not apply there, the scope sentence cited (None when its sentence is not found)."""
    for number, passage in enumerate(index.passages.by_document.get(left_out.document_id, ())):
        if left_out.scope[:12] in passage.text:
            line = passage_line(index, left_out.document_id, number, passage, left_out.scope)
            return Answer(
                found=True,
                kind=AnswerKind.REWARDS,
                title=f"{left_out.place} · 奖励",
                headline=f"不适用:奖励政策的适用范围不含{left_out.place}",
                facts=(line,),
                total=1,
            )
    return None


def _places_named(word: str, index: KnowledgeIndex) -> set[str]:
    """The places ``word`` names exactly, by their full names: the store's regions called so
    (a name or an alias) and the gazetteer's divisions (short, full and former names)."""
    region_ids = index.names.region_aliases.get(vocabulary.normalise(word), set())
    places = {name for name in (region_names(index, [rid]) for rid in region_ids) if name}
    forms = [word] if word.endswith(_DIVISION_SUFFIXES) else [word, *_with_suffixes(word)]
    for form in forms:
        places.update(place.name for place in gazetteer().lookup(form))
    return places


# A short place name is also looked up with a division's suffix (南海 → 南海区): the gazetteer
# knows some short names only so.
_DIVISION_SUFFIXES = ("省", "市", "区", "县", "旗", "州", "盟")


def _with_suffixes(word: str) -> list[str]:
    return [word + suffix for suffix in ("市", "区", "县")]


def _named_region(
    answers: LookupAnswers, region: str | None, kind: str
) -> tuple[tuple[int, ...], Answer | None]:
    """The regions a typed name means (none typed: all), or 未找到 for an unknown one."""
    if not region or not region.strip():
        return (), None
    index = answers.index
    region_ids = regions_typed(region, index)
    if not region_ids:
        return (), answers.unknown_region(kind, region)
    if not _has_content(index, region_ids):
        # A region the store knows but no stored document speaks of (its plan's upload was
        # undone): nothing of it is kept, which is not "the region has no targets".
        why = f"收录的文件没有{region_names(index, region_ids) or region}的内容"
        return (), answers.not_found(kind, f"{region} · {KIND_WORDS.get(kind, '')}", region, why)
    return region_ids, None


# Retired documents named in a 未找到 at most; the rest are counted.
_RETIRED_SHOWN = 2


def retired_note(
    engine: Engine, index: KnowledgeIndex, region_ids: Iterable[int], tz: ZoneInfo
) -> str | None:
    """``湖州市的文件《…》已停用(已失效),2026-12-02 由 张三 停用`` when every document the
    store holds of the regions is retired (so nothing of them is answered); None when one is
    still active or none is held. Who and when come from the retirement's audit entry, when
    the store has one (a plan replaced by a newer upload has none of its own)."""
    scope = regions_within(region_ids, index)
    held = [document for document in index.documents() if document.region_id in scope]
    if not held or any(document.status == DocumentStatus.ACTIVE for document in held):
        return None
    retired = sorted(held, key=lambda document: document.id, reverse=True)
    with Session(engine) as session:
        entries = session.exec(
            select(AuditEntry)
            .where(
                col(AuditEntry.entity_kind) == audit.DOCUMENT,
                col(AuditEntry.entity_id).in_([document.id for document in retired]),
                col(AuditEntry.action) == "retire",
                col(AuditEntry.undone_at).is_(None),
            )
            .order_by(col(AuditEntry.created_at))
        ).all()
    latest = {entry.entity_id: entry for entry in entries}  # the last retirement of each
    parts = []
    for document in retired[:_RETIRED_SHOWN]:
        label = status_said(index, document) or STATUS_LABELS.get(document.status, document.status)
        said = f"《{document.name}》已停用({label})"
        entry = latest.get(document.id)
        if entry is not None and entry.created_at is not None:
            when = entry.created_at.astimezone(tz).date().isoformat()
            said += f",{when} 由 {entry.actor_name or '管理员'} 停用"
        parts.append(said)
    more = f"等 {len(retired)} 份文件" if len(retired) > _RETIRED_SHOWN else ""
    place = region_names(index, tuple(region_ids)) or held[0].region or ""
    return f"{place}的文件{';'.join(parts)}{more}:其内容不再用于回答和提醒。"


def _asked_elsewhere(
    parsed: ParsedQuestion, answer: Answer, index: KnowledgeIndex
) -> tuple[str, ...]:
    """The places asked that the answer's documents are not of: those no region of the store's
    (常山县 when no plan of it is held), places a document names (醴陵市 in its city's scope),
    and regions of the store's answered from another region's document (常山县's own plan says
    nothing of it; its city's rule does)."""
    answered = {fact.region for fact in answer.facts}
    held = (index.region_name(region_id) for region_id in parsed.region_ids)
    named = (*parsed.unknown_places, *parsed.places, *(n for n in held if n))
    return tuple(dict.fromkeys(name for name in named if name not in answered))


def _pointing_above(
    answer: Answer,
    index: KnowledgeIndex,
    resolved: tuple[int, ...],
    window: TimeWindow,
    today: date,
) -> Answer:
    """/deadlines 东澜区 快到期, where the district has nothing of its own due then but its city
    has: the 未找到 points to the city's items, as 东澜区快到期的有哪些 does (``wider_note``);
    the command's bare 未找到 said nothing of them (trial 42)."""
    above = set().union(*(regions_above(region_id, index) for region_id in resolved))
    if not above:
        return answer
    start, end = window.first_day(today), window.end or date.max
    own = regions_within(resolved, index)
    wider = [
        fact
        for fact in due_in_window(index, start, end, today, above, None, LOOKUP_MAX_FACTS)
        if fact.row.region_id in above and not own.intersection(fact.reached_regions)
    ]
    note = wider_note(index, wider, window, today)
    return replace(answer, headline=f"{answer.headline};{note}") if note else answer


def _around(region_ids: tuple[int, ...], index: KnowledgeIndex) -> tuple[int, ...]:
    """The store's regions the asked ones lie inside (东城区 of 示范市): a district holds no
    document of its own when its city's plan set its quota, so the city's retirement is its."""
    above = set().union(*(index.ancestors(region_id) for region_id in region_ids))
    return tuple(sorted(above - set(region_ids)))


def _place_and_rest(name: str, index: KnowledgeIndex) -> tuple[str | None, str]:
    """``佛山 标准`` → (佛山, 标准): the place typed first and the words after it; (None, "")
    when the name is a place alone (浙江, 佛山市) or no place stands first."""
    words = name.split()
    if len(words) > 1 and regions_typed(words[0], index):
        return words[0], " ".join(words[1:])
    _, written, rest = find_region(vocabulary.normalise(name), index)
    if written is None or not rest.strip():
        return None, ""
    return written, " ".join(rest.split())


def _names(index: KnowledgeIndex, region_ids: Iterable[int] | None) -> set[str]:
    """The stored names of the regions (as an item's line names its region)."""
    return {index.region_name(r) or "" for r in region_ids or ()}


def _district_typed_apart(region: str, rest: str, index: KnowledgeIndex) -> tuple[str, str | None]:
    """/targets 青石 东湖区: a district of the region typed as the first word after it is the
    place asked (青石东湖区), not a keyword every district's line matching its sentence shares
    (西岭区's and 南塘区's quotas were listed too: attack55 M3). Else as typed."""
    first, _, after = rest.strip().partition(" ")
    if not first or parse_year(first):
        return region, rest
    joined = f"{region.strip()}{first}"
    inner = set(regions_typed(joined, index))
    if (
        not inner
        or not inner <= set(regions_typed(first, index))
        or inner == set(regions_typed(region, index))
    ):
        return region, rest
    return joined, after.strip() or None


def regions_typed(name: str, index: KnowledgeIndex) -> tuple[int, ...]:
    """The store's regions a name typed after a command means: the region (湖州 → 湖州市), or
    for a province the store holds no plan of its cities the store holds; for a province it
    does hold, the province and those cities (/targets 广东省 lists its own items and its
    cities', as /targets 佛山市 lists its districts')."""
    return with_held_cities(resolve_region(name, index) or _in_province(name, index), index)


def _in_province(name: str, index: KnowledgeIndex) -> tuple[int, ...]:
    """A province the store holds no plan of (/targets 浙江省): its regions the store holds,
    which the reply's title names (``provinces``)."""
    asked = province_asked(vocabulary.normalise(name), index)
    return asked[1] if asked else ()


def _province_place(name: str | None, index: KnowledgeIndex) -> str | None:
    """``浙江省内的湖州市、衢州市`` when ``name`` was read as a province (``_in_province``)."""
    if not name or not name.strip() or resolve_region(name, index):
        return None
    asked = province_asked(vocabulary.normalise(name), index)
    return province_title(*asked, index) if asked else None


def _listing_place(
    name: str | None, named: Iterable[int] | None, index: KnowledgeIndex
) -> str | None:
    """How a listing's title names the regions when the name typed is not theirs: a province
    (``_province_place``), or a slip put right, said so (/rewards 衢洲 → 衢州市(按衢州查)):
    answering another place without a word looks like a wrong answer (trial 39)."""
    province = _province_place(name, index)
    if province or not name or not name.strip() or not named:
        return province
    typed = vocabulary.normalise(name).strip()
    corrected = index.speller.correct(typed).strip()
    if corrected == typed or name_resolver.resolve_region(typed, index.names):
        return None
    names = "、".join(filter(None, (index.region_name(region_id) for region_id in named)))
    return f"{names}(按{corrected}查)" if names else None


_ASKS_AMOUNT = re.compile(r"多少|几[个项家条]")


def _asks_targets_and_leads(parsed: ParsedQuestion) -> bool:
    """目标分别是多少,谁牵头: the targets and who leads them, asked at once."""
    return (
        parsed.asks == Asks.WHO
        and parsed.topic_kind == Topic.TARGET
        and _ASKS_AMOUNT.search(parsed.reading) is not None
    )


def _leads_of(answer: Answer) -> tuple[str, ...]:
    """The units leading a list's items, the most items first, as one note line."""
    counts = Counter(unit for fact in answer.facts for unit in fact.lead_units)
    if not counts:
        return ()
    ranked = counts.most_common()  # ties keep the order the list names them in
    # units a text names only as 责任单位 (no lead stated) are said as such, never as 牵头
    joint = {unit for fact in answer.facts for unit in fact.responsible_units}
    led = {
        unit
        for fact in answer.facts
        for unit in stated_leads(fact.lead_units, fact.responsible_units)
    }
    roles = [
        (LEAD_WORD, [(u, c) for u, c in ranked if u in led or u not in joint]),
        (RESPONSIBLE_LABEL, [(u, c) for u, c in ranked if u in joint and u not in led]),
    ]
    return tuple(
        f"{label}: " + "、".join(f"{unit}({count}项)" for unit, count in units)
        for label, units in roles
        if units
    )


def _asks_who_leads_a_plan(parsed: ParsedQuestion, index: KnowledgeIndex) -> bool:
    """谁牵头 of a region's plans as a whole (武汉的牵头单位是谁, 佛山质量提升行动计划谁牵头):
    no unit named and no topic but the words of the region's plan titles."""
    if parsed.asks != Asks.WHO or not parsed.region_ids or parsed.unit_ids:
        return False
    if _asks_targets_and_leads(parsed):
        # 南海区和顺德区的目标分别是多少,谁牵头: the targets are asked too, each with its leads;
        # the units alone drop half the question.
        return False
    if not parsed.words:
        return True
    if not set(parsed.hints) & DOCUMENT_NAME_WORDS:  # 各区的…工作由谁协调: a task's unit
        return False
    scope = regions_within(parsed.region_ids, index)
    titles = [
        vocabulary.normalised_name(d.title or d.name)
        for d in index.documents()
        if d.region_id in scope
    ]
    return all(word in parsed.weak or any(word in t for t in titles) for word in parsed.words)


def _has_content(index: KnowledgeIndex, region_ids: Iterable[int]) -> bool:
    """Whether a stored document or fact is filed under the regions or a region within them."""
    scope = regions_within(region_ids, index)
    if any(document.region_id in scope for document in index.documents()):
        return True
    return any(index.positions_in_region(region_id) for region_id in scope)


@dataclass(frozen=True)
class CommandTime:
    """The time a command's words name, read as a question's are (``timewords``): a year
    (2018, 2019年, 佛山2019, 明年), a window of dates (本月, 快到期), or a word that looks like a
    year and cannot be read (``problem``), which must never turn into a listing of everything."""

    year: int | None = None
    window: TimeWindow | None = None
    rest: str | None = None
    problem: str | None = None

    @property
    def words(self) -> str:
        if self.window is not None and self.window.dated:
            return self.window.words
        return f"{self.year}年" if self.year else ""


# A year typed against a name (佛山2019, 佛山2019年): the name and the year are two words.
_GLUED_YEAR = re.compile(r"(?<=[^\d\s])((?:19|20)\d{2}年?)(?=\s|$)")
# A word that means a year or a number but is none we can read (2018年年, 1e309, 20180).
_YEAR_LIKE = re.compile(r"(?:19|20)\d{2}|\d[eE][+-]?\d|^\d{5,}$")


def read_command_time(text: str | None, today: date) -> CommandTime:
    """``佛山 2019``, ``佛山2019``, ``南海 本月``, ``佛山 快到期``: the time and the other words."""
    normalised = vocabulary.normalise(text or "")
    window, rest = find_time_window(normalised, today)
    rest = _GLUED_YEAR.sub(r" \1", rest)
    years: set[int] = {window.year} if window is not None and window.year else set()
    words: list[str] = []
    for word in rest.split():
        parsed = parse_year(word)
        if parsed:
            years.add(parsed)
        elif _YEAR_LIKE.search(word):
            return CommandTime(problem=f"看不懂时间“{word}”")
        else:
            words.append(word)
    if len(years) > 1:
        return CommandTime(problem="只能写一个年份: " + "、".join(f"{y}年" for y in sorted(years)))
    dated = window if window is not None and window.dated else None
    return CommandTime(next(iter(years), None), dated, " ".join(words) or None)


_CLAUSE_MARKS = ",，;；。:："
_CLAUSE_CHARS = 48


def _clause_saying(text: str, words: Sequence[str]) -> str:
    """The clauses of ``text`` holding ``words`` (a line shows where they are, the whole
    sentence stays behind 出处), cut around the first when they run long."""
    at = min(text.find(word) for word in words)
    last = max(text.find(word) + len(word) for word in words)
    start = max((text.rfind(mark, 0, at) for mark in _CLAUSE_MARKS), default=-1) + 1
    ends = [found for mark in _CLAUSE_MARKS if (found := text.find(mark, last)) >= 0]
    end = min(ends, default=len(text))
    clause = text[start:end].strip()
    if len(clause) <= _CLAUSE_CHARS:
        return clause
    offset = max(0, min(at - start - _CLAUSE_CHARS // 2, len(clause) - _CLAUSE_CHARS))
    cut = clause[offset : offset + _CLAUSE_CHARS]
    return ("…" if offset else "") + cut + ("…" if offset + _CLAUSE_CHARS < len(clause) else "")
