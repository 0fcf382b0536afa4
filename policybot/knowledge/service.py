"""The one query service: the Telegram handlers, ``policybot ask`` and the tests all call this.

Every answer is built from facts of the live index and cites them; when nothing matches, the
answer says 未找到 and lists what the store does know instead of guessing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine

from policybot.clock import Clock, SystemClock
from policybot.knowledge import glossary_store, vocabulary
from policybot.knowledge.answering import QuestionAnswerer
from policybot.knowledge.answers import (
    NOT_FOUND,
    Answer,
    AnswerKind,
    FactLine,
    format_due,
)
from policybot.knowledge.glossary_store import GlossaryPreview
from policybot.knowledge.lines import document_line, fact_citation, fact_line
from policybot.knowledge.models import FactKind
from policybot.knowledge.queries import DocumentRow
from policybot.knowledge.question import (
    ParsedQuestion,
    find_region,
    find_unit,
    parse_question,
    parse_year,
    resolve_region,
)
from policybot.knowledge.reward_conditions import condition_notes
from policybot.knowledge.search import IndexedFact, KnowledgeIndex, LiveIndex, SavedIndexes

MAX_FACTS = 200


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

    # -- commands ---------------------------------------------------------------------------

    def targets(self, region: str | None = None, keyword_or_year: str | None = None) -> Answer:
        """A region's targets; the rest may hold a year (2018, 2018年) and/or keywords."""
        index = self.index.current()
        named, problem = self._named_region(index, region, AnswerKind.TARGETS)
        if problem:
            return problem
        year, keyword = _year_and_keyword(keyword_or_year)
        return self._listing(
            index,
            AnswerKind.TARGETS,
            _title(index, named, "目标", year, keyword),
            kinds=[FactKind.TARGET],
            region_ids=_scope(index, named) if named else None,
            year=year,
            keyword=keyword,
            region_name=_names(index, named),
        )

    def rewards(self, region: str | None = None, keyword: str | None = None) -> Answer:
        index = self.index.current()
        if region and keyword is None and not resolve_region(region, index):
            region, keyword = None, region  # /rewards 驰名商标: the one word is the topic
        named, problem = self._named_region(index, region, AnswerKind.REWARDS)
        if problem:
            return problem
        return self._listing(
            index,
            AnswerKind.REWARDS,
            _title(index, named, "奖励", None, keyword),
            kinds=[FactKind.REWARD],
            region_ids=_scope(index, named) if named else None,
            keyword=keyword,
            region_name=_names(index, named),
        )

    def deadlines(
        self,
        region_or_unit: str | None = None,
        include_past: bool = False,
        today: date | None = None,
    ) -> Answer:
        """Milestones and target deadlines, soonest first; past ones only when asked (已过期)."""
        index = self.index.current()
        today = today or self.today()
        region_ids: set[int] | None = None
        unit_ids: tuple[int, ...] | None = None
        name = (region_or_unit or "").strip()
        if name:
            resolved = resolve_region(name, index)
            if resolved:
                region_ids = _scope(index, resolved)
            else:
                unit_ids, _, _ = find_unit(vocabulary.normalise(name), index)
                if not unit_ids:
                    return self._not_found(index, AnswerKind.DEADLINES, f"{name} 的期限", name)
        title = f"{name or '全部'} · 期限" + ("(含已过期)" if include_past else "")
        return self._due_listing(index, title, region_ids, unit_ids, include_past, today, name)

    def _due_listing(
        self,
        index: KnowledgeIndex,
        title: str,
        region_ids: set[int] | None,
        unit_ids: tuple[int, ...] | None,
        include_past: bool,
        today: date,
        asked: str,
    ) -> Answer:
        result = index.by_due(today, region_ids=region_ids, unit_ids=unit_ids, limit=self.max_facts)
        # A recurring duty (每季度…) is due at its next period end, as its reminder is sent.
        recurring = index.recurring_between(today, None, region_ids=region_ids, unit_ids=unit_ids)
        upcoming = sorted(
            result.upcoming + recurring, key=lambda f: (f.row.due or date.max, f.position)
        )
        chosen = upcoming + (result.past if include_past else [])
        total = result.upcoming_total + len(recurring) + (result.past_total if include_past else 0)
        if not chosen:
            if result.past_total:
                return Answer(
                    found=False,
                    kind=AnswerKind.DEADLINES,
                    title=title,
                    headline=f"{NOT_FOUND}未到期的期限(今天是{today.isoformat()})",
                    suggestions=(
                        f"有 {result.past_total} 项已过期,加上“全部”查看,"
                        f"例如 /deadlines {asked} 全部",
                    ),
                )
            return self._not_found(index, AnswerKind.DEADLINES, title, asked)
        chosen = chosen[: self.max_facts]
        lines = [self._line(index, fact, today=today) for fact in chosen]
        first = lines[0]
        headline = f"最近: {format_due(first.due, first.due_text)} {first.label}"
        if first.overdue:
            headline += " (已过期)"
        return Answer(
            found=True,
            kind=AnswerKind.DEADLINES,
            title=title,
            headline=headline,
            facts=tuple(lines),
            total=total,
            notes=_truncation_note(total, len(lines)),
        )

    def units(self, name: str | None = None) -> Answer:
        """Without a name, every unit and how many facts it leads; with one, those facts."""
        index = self.index.current()
        if not name or not name.strip():
            return self._unit_directory(index)
        text = vocabulary.normalise(name)
        region_ids, _, rest = find_region(text, index)
        unit_ids, unit_text, _ = find_unit(rest.strip() or text, index, region_ids)
        if not unit_ids:
            return self._not_found(index, AnswerKind.UNITS, f"{name} 负责的事项", name)
        return self._unit_facts(index, unit_ids, unit_text or name)

    def document(self, region_or_number: str | None = None) -> Answer:
        """The plans in the store: all, those of a region, or the one with a document number."""
        index = self.index.current()
        documents = sorted(index.documents.values(), key=lambda d: (d.status != "active", d.id))
        query = vocabulary.normalise(region_or_number or "")
        if query:
            region_ids = resolve_region(query, index)
            if region_ids:
                scope = _scope(index, region_ids)
                documents = [d for d in documents if d.region_id in scope]
            else:
                documents = [
                    d
                    for d in documents
                    if query in vocabulary.normalise(d.doc_number or "")
                    or query in vocabulary.normalise(d.title or "")
                ]
        if not documents:
            return self._not_found(index, AnswerKind.DOCUMENTS, f"{query} 的文件", query)
        lines = [self._document_line(index, document) for document in documents]
        headline = lines[0].label if len(lines) == 1 else f"共 {len(lines)} 份文件"
        return Answer(
            found=True,
            kind=AnswerKind.DOCUMENTS,
            title=f"{query or '全部'} · 文件",
            headline=headline,
            facts=tuple(lines),
            total=len(lines),
        )

    def search(self, text: str) -> Answer:
        """Keyword search over every kind of fact (``/search``)."""
        index = self.index.current()
        keyword = vocabulary.normalise(text)
        if not keyword:
            return self._not_found(index, AnswerKind.SEARCH, "搜索", "")
        return self._listing(index, AnswerKind.SEARCH, f"搜索: {keyword}", keyword=keyword)

    # -- natural questions ---------------------------------------------------------------

    def ask(self, question: str) -> Answer:
        """A question in plain Chinese (simplified or traditional), answered from the store."""
        index = self.index.current()
        today = self.today()
        parsed = parse_question(question, index, today)
        answer = QuestionAnswerer(index, self.tz, today).answer(parsed)
        if answer.found and any(fact.kind == FactKind.REWARD for fact in answer.facts):
            # A sum means little without its document's caps and 就高不重复.
            answer = replace(
                answer, notes=answer.notes + self._conditions(answer.kind, list(answer.facts))
            )
        return replace(answer, question=question)

    def glossary_preview(self, term: str, means: str) -> GlossaryPreview:
        """What a glossary entry would do, measured on the live documents."""
        index = self.index.current()
        return glossary_store.preview(
            self.engine,
            term,
            means,
            sentences=index.passages.sentences(),
            used=index.uses_word(term),
        )

    def parse(self, question: str) -> ParsedQuestion:
        return parse_question(question, self.index.current(), self.today())

    # -- building answers ------------------------------------------------------------------

    def _listing(
        self,
        index: KnowledgeIndex,
        kind: str,
        title: str,
        *,
        kinds: Iterable[str] | None = None,
        region_ids: set[int] | None = None,
        unit_ids: Iterable[int] | None = None,
        year: int | None = None,
        keyword: str | None = None,
        today: date | None = None,
        region_name: str | None = None,
    ) -> Answer:
        """The facts passing the filters; ``region_name`` names the region asked about when
        nothing is found (湖州市没有2030年的目标)."""
        if keyword and keyword.strip() and not vocabulary.query_terms(keyword).required:
            # "/search %" or "/targets 湖州 %%%": a keyword with nothing to search for matches
            # nothing; it used to be read as no keyword and list everything.
            return self._not_found(index, kind, title, keyword)
        result = index.search(
            keyword,
            kinds=list(kinds) if kinds is not None else None,
            region_ids=region_ids,
            unit_ids=list(unit_ids) if unit_ids is not None else None,
            year=year,
            limit=self.max_facts,
        )
        if not result.hits:
            why = None
            if not keyword and kind in _KIND_WORD and (region_name or year):
                when = f"{year}年的" if year else ""
                why = f"{region_name or '收录的文件'}没有{when}{_KIND_WORD[kind]}"
            return self._not_found(index, kind, title, keyword or "", why)
        lines = [self._line(index, fact, today=today) for fact in result.hits]
        if keyword and result.complete and not result.complete[0]:
            return Answer(
                found=False,
                kind=kind,
                title=title,
                headline=f"{NOT_FOUND}完全符合“{keyword}”的内容;以下是部分相符的条目,仅供参考",
                facts=tuple(lines),
                total=result.total,
                notes=_truncation_note(result.total, len(lines)),
            )
        return Answer(
            found=True,
            kind=kind,
            title=title,
            headline=_headline(lines, result.total, bool(keyword)),
            facts=tuple(lines),
            total=result.total,
            notes=_truncation_note(result.total, len(lines)) + self._conditions(kind, lines),
        )

    def _conditions(self, kind: str, lines: list[FactLine]) -> tuple[str, ...]:
        """Under a list of rewards, the conditions of their documents (caps, 就高不重复)."""
        if kind != AnswerKind.REWARDS:
            return ()
        return condition_notes(self.engine, (line.citation.document_id for line in lines))

    def _unit_facts(
        self,
        index: KnowledgeIndex,
        unit_ids: tuple[int, ...],
        unit_text: str,
        kinds: list[str] | None = None,
    ) -> Answer:
        result = index.search(kinds=kinds, unit_ids=unit_ids, limit=self.max_facts)
        names = sorted({index.units[u].name for u in unit_ids})
        regions = sorted({index.region_name(index.units[u].region_id) or "" for u in unit_ids})
        title = f"{'、'.join(r for r in regions if r)} {'、'.join(names)} 负责的事项".strip()
        if not result.hits:
            return self._not_found(index, AnswerKind.UNITS, title, unit_text)
        lines = [self._line(index, fact) for fact in result.hits]
        lead = sum(1 for fact in result.hits if set(fact.lead_units) & set(names))
        headline = f"共 {result.total} 项(牵头 {lead} 项,配合 {len(lines) - lead} 项)"
        return Answer(
            found=True,
            kind=AnswerKind.UNITS,
            title=title,
            headline=headline,
            facts=tuple(lines),
            total=result.total,
            notes=_truncation_note(result.total, len(lines)),
        )

    def _unit_directory(self, index: KnowledgeIndex) -> Answer:
        units = sorted(
            index.units.values(),
            key=lambda u: (
                -len(index.by_unit.get(u.id, ())),
                index.region_name(u.region_id) or "",
                u.name,
            ),
        )
        lines = []
        for unit in units:
            positions = index.by_unit.get(unit.id, set())
            if not positions:
                continue
            example = index.facts[min(positions)]
            lines.append(
                FactLine(
                    kind="unit",
                    fact_id=unit.id,
                    label=unit.name,
                    region=index.region_name(unit.region_id),
                    value=f"{len(positions)} 项",
                    citation=fact_citation(example),
                )
            )
        if not lines:
            return self._not_found(index, AnswerKind.UNITS, "责任单位", "")
        return Answer(
            found=True,
            kind=AnswerKind.UNITS,
            title="责任单位",
            headline=f"共 {len(lines)} 个单位",
            facts=tuple(lines[: self.max_facts]),
            total=len(lines),
            notes=_truncation_note(len(lines), min(len(lines), self.max_facts)),
        )

    def _document_line(self, index: KnowledgeIndex, document: DocumentRow) -> FactLine:
        return document_line(index, document)

    def _line(
        self, index: KnowledgeIndex, fact: IndexedFact, *, today: date | None = None
    ) -> FactLine:
        return fact_line(index, fact, self.tz, today=today)

    # -- not found ------------------------------------------------------------------------

    def _named_region(
        self, index: KnowledgeIndex, region: str | None, kind: str
    ) -> tuple[tuple[int, ...], Answer | None]:
        """The regions a typed name means (none typed: all), or 未找到 for an unknown one."""
        if not region or not region.strip():
            return (), None
        region_ids = resolve_region(region, index)
        if not region_ids:
            return (), self._not_found(
                index, kind, f"{region} · {_KIND_WORD.get(kind, '')}", region
            )
        return region_ids, None

    def _not_found(
        self, index: KnowledgeIndex, kind: str, title: str, asked: str, why: str | None = None
    ) -> Answer:
        """未找到 as a sentence: why, when known (湖州市没有2030年的目标), else what was asked."""
        regions = [region.name for region in index.regions_with_facts()]
        keywords = index.known_terms()[:12]
        suggestions = []
        if regions:
            suggestions.append("可查询的地区: " + "、".join(regions))
        if keywords:
            suggestions.append("可用的关键词: " + "、".join(keywords))
        if why:
            headline = f"{NOT_FOUND}:{why}"
        elif asked:
            headline = f"{NOT_FOUND}“{asked}”的相关内容,请换个说法或看看下面这些"
        else:
            headline = f"{NOT_FOUND}相关内容,请换个说法或看看下面这些"
        return Answer(
            found=False,
            kind=kind,
            title=title,
            headline=headline,
            suggestions=tuple(suggestions),
        )


_KIND_WORD = {
    AnswerKind.TARGETS: "目标",
    AnswerKind.REWARDS: "奖励",
    AnswerKind.DEADLINES: "期限",
    AnswerKind.UNITS: "单位",
    AnswerKind.DOCUMENTS: "文件",
    AnswerKind.SEARCH: "查询",
}


def _names(index: KnowledgeIndex, region_ids: Iterable[int] | None) -> str | None:
    return "、".join(index.region_name(r) or "" for r in region_ids or ()) or None


def _scope(index: KnowledgeIndex, region_ids: Iterable[int]) -> set[int]:
    scope: set[int] = set()
    for region_id in region_ids:
        scope |= index.region_scope(region_id)
    return scope


def _year_and_keyword(text: str | None) -> tuple[int | None, str | None]:
    """``2018 卓越绩效`` → (2018, ``卓越绩效``): a year may stand anywhere among the words."""
    year = None
    words = []
    for word in (text or "").split():
        parsed = parse_year(word)
        if parsed and year is None:
            year = parsed
        else:
            words.append(word)
    return year, " ".join(words) or None


def _title(
    index: KnowledgeIndex,
    region_ids: Iterable[int] | None,
    what: str,
    year: int | None,
    keyword: str | None,
) -> str:
    names = [index.region_name(rid) or "" for rid in (region_ids or [])]
    parts = ["、".join(n for n in names if n) or "全部地区"]
    if year:
        parts.append(f"{year}年")
    if keyword:
        parts.append(f"“{keyword}”")
    parts.append(what)
    return " · ".join(parts)


def _headline(lines: list[FactLine], total: int, ranked: bool) -> str:
    """With a topic, the best fact's value is the answer; a plain listing says how many."""
    first = lines[0]
    if ranked and first.value and first.kind == FactKind.RECURRING:
        return f"{first.value}: {first.label}"
    if ranked and first.value:
        return first.value
    return f"共 {total} 项"


def _truncation_note(total: int, shown: int) -> tuple[str, ...]:
    if total <= shown:
        return ()
    return (f"共 {total} 项,只列出前 {shown} 项;加上关键词或年份可以缩小范围。",)


def _replace_headline(answer: Answer, headline: str) -> Answer:
    return replace(answer, headline=headline)


def _with_question(answer: Answer, question: str) -> Answer:
    return replace(answer, question=question)
