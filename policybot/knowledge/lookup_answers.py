"""The answers of the lookup commands (/targets, /rewards, /deadlines, /units, /documents,
/search), built over one index snapshot.

``QueryService`` decides which lookup a command goes to and with which filters; what the reply
then holds is decided here: the lines (``lines.fact_line``), the headline, the note that a list
was cut, the conditions under a list of rewards, and 未找到 with what the store does know.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine

from policybot.knowledge import vocabulary
from policybot.knowledge.answers import (
    NOT_FOUND,
    Answer,
    AnswerKind,
    FactLine,
    format_due,
    not_found_about,
)
from policybot.knowledge.extract.dates import find_time_mentions
from policybot.knowledge.heads import clip_at_boundary
from policybot.knowledge.hints import not_found_hint
from policybot.knowledge.lines import (
    PASSAGE,
    document_line,
    fact_citation,
    fact_line,
    status_mark,
    tidy_section,
)
from policybot.knowledge.models import FactKind
from policybot.knowledge.queries import DocumentRow
from policybot.knowledge.reward_conditions import condition_notes
from policybot.knowledge.search import IndexedFact, KnowledgeIndex, SearchResult, soonest_first
from policybot.knowledge.tallies import most_common
from policybot.knowledge.unit_roles import (
    LEAD_WORD,
    RESPONSIBLE_LABEL,
    RESPONSIBLE_WORD,
    SUPPORT_WORD,
    stated_leads,
)

# What a lookup lists, as its 未找到 sentence names it (湖州市没有2030年的目标).
TIME_USAGE = "年份写 4 位数字(2018 或 2018年),时间也可以写 今年、明年、本月、下个月、快到期"

KIND_WORDS = {
    AnswerKind.TARGETS: "目标",
    AnswerKind.REWARDS: "奖励",
    AnswerKind.DEADLINES: "期限",
    AnswerKind.UNITS: "单位",
    AnswerKind.DOCUMENTS: "文件",
    AnswerKind.SEARCH: "查询",
}

# A word of a lookup's keyword that only asks (/rewards 样板县 驰名商标 多少 钱 呢): the list is
# what answers it, so it is no word its items must say; neither is the kind the command lists
# (奖励 of /rewards, 目标 of /targets).
# (A measure word only after 多少 or 几, or typed alone: 名次 is a word of its own.)
_ASKING_TOKEN = re.compile(
    r"(?:(?:多少|几)[钱个件项家名次元]?|什么|啥|哪些|哪个|怎么|如何|是否|请问"
    r"|[吗呢啊吧呀嘛要有是能钱?？])+|[个件项家名次元]"
)
# 驰名商标多少钱: the asking typed on after the words, with no space.
_ASKING_AFTER = re.compile(
    r"(?:[要有是能]|能拿|可以拿)?(?:多少|几)[钱个件项家名次]?[吗呢啊]?[?？]?$"
)
_KIND_TOKENS = {
    AnswerKind.TARGETS: frozenset({"目标", "指标"}),
    AnswerKind.REWARDS: frozenset({"奖励", "奖金", "奖"}),
}


def keyword_asked(keyword: str | None, kind: str) -> str | None:
    """``keyword`` without the words that only ask (多少, 钱, 呢) or name the kind the command
    lists (``_KIND_TOKENS``); None when nothing else is left."""
    if not keyword:
        return keyword
    kept = []
    for token in keyword.split():
        trimmed = _ASKING_AFTER.sub("", token)
        token = trimmed if len(trimmed) >= 2 else token
        if not _ASKING_TOKEN.fullmatch(token) and token not in _KIND_TOKENS.get(kind, ()):
            kept.append(token)
    return " ".join(kept) or None


@dataclass(frozen=True)
class LookupAnswers:
    """Builds each lookup's ``Answer`` from ``index``; at most ``max_facts`` lines in one."""

    index: KnowledgeIndex
    engine: Engine
    tz: ZoneInfo
    max_facts: int

    def listing(
        self,
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
            return self.not_found(kind, title, keyword, within=region_ids)
        result = merged(
            [
                self.index.search(
                    searched,
                    kinds=list(kinds) if kinds is not None else None,
                    region_ids=region_ids,
                    unit_ids=list(unit_ids) if unit_ids is not None else None,
                    year=year,
                    limit=self.max_facts,
                )
                for searched in self._keyword_readings(keyword)
            ],
            self.max_facts,
        )
        if keyword:
            result = _named_in_their_sentence(result, self._keyword_readings(keyword))
        if not result.hits:
            why = None
            if not keyword and kind in KIND_WORDS and (region_name or year):
                when = f"{year}年的" if year else ""
                why = f"{region_name or '收录的文件'}没有{when}{KIND_WORDS[kind]}"
            return self.not_found(kind, title, keyword or "", why, within=region_ids)
        partial = {
            fact.position
            for fact, complete in zip(result.hits, result.complete, strict=False)
            if not complete
        }
        by_due = kind == AnswerKind.TARGETS
        shown = once_each(
            self.current_first(result.hits, today, year=year, by_due=by_due, partial=partial)
        )
        total = result.total - (len(result.hits) - len(shown))
        lines = [self.line(fact, today=today) for fact in shown]
        if keyword and result.complete and not result.complete[0]:
            return Answer(
                found=False,
                kind=kind,
                title=title,
                headline=f"{NOT_FOUND}完全符合“{keyword}”的内容;以下是部分相符的条目,仅供参考",
                facts=tuple(lines),
                total=total,
                notes=truncation_note(total, len(lines)),
            )
        return Answer(
            found=True,
            kind=kind,
            title=title,
            headline=_headline(lines, total, _one_topic(lines, keyword, total)),
            facts=tuple(lines),
            total=total,
            notes=truncation_note(total, len(lines)) + self.conditions(kind, lines),
        )

    def due_listing(
        self,
        title: str,
        region_ids: set[int] | None,
        unit_ids: tuple[int, ...] | None,
        include_past: bool,
        today: date,
        asked: str,
        keyword: str | None = None,
    ) -> Answer:
        """Milestones, target deadlines and recurring duties, soonest first (/deadlines); with
        a ``keyword`` (/deadlines 佛山 标准) only the items it matches."""
        index = self.index
        keep = self._matching(keyword, region_ids, unit_ids)
        limit = self.max_facts if keep is None else index.fact_count()
        result = index.by_due(today, region_ids=region_ids, unit_ids=unit_ids, limit=limit)
        # A recurring duty (每季度…) is due at its next period end, as its reminder is sent.
        recurring = index.recurring_between(today, None, region_ids=region_ids, unit_ids=unit_ids)
        # A per-year target (每年…) is due at each plan year's end, as its reminder is sent.
        yearly = index.yearly_between(today, None, region_ids=region_ids, unit_ids=unit_ids)
        once = [fact for fact in result.upcoming if not index.is_per_year(fact)]
        past, past_total = result.past, result.past_total
        upcoming_total = result.upcoming_total
        if keep is not None:
            once, yearly, recurring, past = (
                [fact for fact in facts if fact.position in keep]
                for facts in (once, yearly, recurring, past)
            )
            upcoming_total = len(once) + len(yearly)
            past_total = len(past)
        sorted_upcoming = sorted(
            once + yearly + recurring, key=lambda f: (f.row.due or date.max, f.position)
        )
        upcoming = once_each(sorted_upcoming)
        chosen = upcoming + (past if include_past else [])
        total = upcoming_total + len(recurring) + (past_total if include_past else 0)
        total -= len(sorted_upcoming) - len(upcoming)
        if not chosen:
            if keyword and not past_total:
                return self.not_found(
                    AnswerKind.DEADLINES,
                    title,
                    keyword,
                    f"{asked}没有与“{keyword}”有关的期限",
                    within=region_ids,
                )
            if past_total:
                return Answer(
                    found=False,
                    kind=AnswerKind.DEADLINES,
                    title=title,
                    headline=f"{NOT_FOUND}未到期的期限(今天是{today.isoformat()})",
                    suggestions=(
                        f"有 {past_total} 项已过期,加上“全部”查看,"
                        f"例如 {typed_command('deadlines', asked, keyword or '', '全部')}",
                    ),
                )
            return self.not_found(AnswerKind.DEADLINES, title, asked, within=region_ids)
        chosen = chosen[: self.max_facts]
        lines = [self.line(fact, today=today) for fact in chosen]
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
            notes=truncation_note(total, len(lines)),
        )

    def due_between(
        self,
        title: str,
        region_ids: set[int] | None,
        unit_ids: tuple[int, ...] | None,
        start: date,
        end: date,
        today: date,
        asked: str,
        when: str | None = None,
        keyword: str | None = None,
    ) -> Answer:
        """Everything due from ``start`` to ``end`` (a year, 本月, 快到期), past or not; with a
        ``keyword``, only the items it matches."""
        index = self.index
        when = when or f"{start.isoformat()}至{end.isoformat()}"
        keep = self._matching(keyword, region_ids, unit_ids)
        chosen = due_in_window(index, start, end, today, region_ids, unit_ids, self.max_facts)
        if keep is not None:
            chosen = [fact for fact in chosen if fact.position in keep]
        if not chosen:
            what = f"与“{keyword}”有关的" if keyword else ""
            why = f"{asked or '收录的文件'}在{when}没有{what}到期的事项"
            return self.not_found(
                AnswerKind.DEADLINES, title, keyword or asked, why, within=region_ids
            )
        lines = [self.line(fact, today=today) for fact in chosen[: self.max_facts]]
        return Answer(
            found=True,
            kind=AnswerKind.DEADLINES,
            title=title,
            headline=f"{when}到期: 共 {len(chosen)} 项",
            facts=tuple(lines),
            total=len(chosen),
            notes=truncation_note(len(chosen), len(lines)),
        )

    def _matching(
        self, keyword: str | None, region_ids: set[int] | None, unit_ids: tuple[int, ...] | None
    ) -> set[int] | None:
        """The positions of the facts ``keyword`` matches, as /targets finds them; None when
        there is no keyword (every fact)."""
        if not keyword or not keyword.strip():
            return None
        limit = self.index.fact_count()
        return {
            fact.position
            for searched in self._keyword_readings(keyword)
            for fact in self.index.search(
                searched, region_ids=region_ids, unit_ids=unit_ids, limit=limit
            ).hits
        }

    def _keyword_readings(self, keyword: str | None) -> list[str | None]:
        """``keyword`` as typed, and in the documents' words when the glossary reads it
        otherwise: /targets 规上 finds the plans' 规模以上 as well as the 规上 some plans write
        (a question is read so already; a lookup's word found only the short form)."""
        if not keyword or not keyword.strip():
            return [keyword]
        typed = vocabulary.normalise(keyword)
        readings: list[str | None] = [keyword]
        # A slip the documents' words put right, as in a question (/targets 南海 驰明商标 is
        # 驰名商标, as 南海驰明商标要多少件 is read).
        for word in (typed, self.index.speller.correct(typed)):
            reading = self.index.glossary.rewrite(word, lambda _word: False, vocabulary.word_edges)
            readings += [text for text in (word, reading) if text not in readings]
        return [text for number, text in enumerate(readings) if number == 0 or text != typed]

    def unit_directory(
        self,
        region_ids: Collection[int] | None = None,
        title: str = "责任单位",
        *,
        leading: bool = False,
    ) -> Answer:
        """Every unit with the items it leads and supports, most first (/units); counted by
        ``unit_counts``, as ``/units <单位>`` counts them. ``region_ids``: only the units of
        those regions (/units 武汉); ``leading``: only units that lead something, most first
        (武汉的牵头单位是谁)."""
        index = self.index
        chosen = [u for u in index.units() if region_ids is None or u.region_id in region_ids]
        counts = {u.id: unit_counts(index, (u.id,)) for u in chosen}
        if region_ids is not None:
            # 顺德区的牵头单位: a district's items in its city's plan are led by the city's
            # units (市质监局); they count with the district's items they lead or support.
            filed: set[int] = set()
            for region_id in region_ids:
                filed |= index.positions_in_region(region_id)
            for unit in index.units():
                if unit.id in counts or not index.positions_of_unit(unit.id) & filed:
                    continue
                if _another_districts_body(index, unit.name, region_ids):
                    continue  # 三水区人民政府 of a row shared by the districts, under 南海区
                chosen.append(unit)
                counts[unit.id] = unit_counts(index, (unit.id,), within=filed)
        if leading:  # units answerable with others (责任单位, no lead stated) are asked too
            chosen = [u for u in chosen if counts[u.id][0] or counts[u.id][2]]
        units = sorted(
            chosen,
            key=lambda u: (
                -(counts[u.id][0] + counts[u.id][2]) if leading else -sum(counts[u.id]),
                index.region_name(u.region_id) or "",
                u.name,
            ),
        )
        lines = []
        for unit in units:
            positions = index.positions_of_unit(unit.id)
            if not positions:
                continue
            example = index.fact_at(min(positions))
            lines.append(
                FactLine(
                    kind="unit",
                    fact_id=unit.id,
                    label=unit.name,
                    region=index.region_name(unit.region_id),
                    value=count_words(*counts[unit.id]),
                    citation=fact_citation(example),
                )
            )
        if not lines:
            return self.not_found(AnswerKind.UNITS, title, "")
        # the count is of the list below it: when more units than a list holds, it says both
        # (trial48 L12: 共 344 个单位 over 200 lines)
        shown = min(len(lines), self.max_facts)
        counted = f"共 {len(lines)} 个单位" + (f",显示前 {shown} 个" if shown < len(lines) else "")
        return Answer(
            found=True,
            kind=AnswerKind.UNITS,
            title=title,
            headline=f"{counted}(牵头/配合的目标和事项数)",
            facts=tuple(lines[: self.max_facts]),
            total=len(lines),
            notes=truncation_note(len(lines), min(len(lines), self.max_facts)),
        )

    def documents(
        self, documents: Sequence[DocumentRow], query: str, place: str | None = None
    ) -> Answer:
        """The plans chosen, one line each (/documents); ``place``: the store's name of the
        region ``query`` names, which the title says (湖州市 · 文件 for /doc 湖州)."""
        title = f"{place or query or '全部'} · 文件"
        if not documents:
            return self.not_found(AnswerKind.DOCUMENTS, title, query)
        lines = [document_line(self.index, document) for document in documents]
        headline = lines[0].label if len(lines) == 1 else f"共 {len(lines)} 份文件"
        return Answer(
            found=True,
            kind=AnswerKind.DOCUMENTS,
            title=title,
            headline=headline,
            facts=tuple(lines),
            total=len(lines),
        )

    def documents_naming(self, naming: Sequence[tuple[DocumentRow, str]], number: str) -> Answer:
        """/doc of a number no stored document has, answered by the documents that stop it or
        cite it (``documents_naming_number``): each line says which (停止执行/引用 the number),
        the headline that the number itself is not stored, and that the document it names is
        no longer in force when it is retired (only retired documents name the number)."""
        lines = [
            document_line(self.index, document, value=f"{how} {number}") for document, how in naming
        ]
        first_document, first_how = naming[0]
        name = first_document.title or first_document.name
        mark = status_mark(self.index, first_document)
        name = f"{name}》({mark})" if mark else f"{name}》"
        headline = f"未收录 {number} 本身;《{name}{first_how}了它"
        if len(lines) > 1:
            headline += f"(共 {len(lines)} 份文件提到它)"
        return Answer(
            found=True,
            kind=AnswerKind.DOCUMENTS,
            title=f"{number} · 文件",
            headline=headline,
            facts=tuple(lines),
            total=len(lines),
        )

    def conditions(self, kind: str, lines: Sequence[FactLine]) -> tuple[str, ...]:
        """Under a list of rewards, the conditions of their documents (caps, 就高不重复)."""
        if kind != AnswerKind.REWARDS:
            return ()
        return condition_notes(
            self.engine, ((line.citation.document_id, line.citation.quote) for line in lines)
        )

    def current_first(
        self,
        facts: Sequence[IndexedFact],
        today: date | None,
        *,
        year: int | None = None,
        by_due: bool = False,
        partial: Collection[int] = (),
    ) -> list[IndexedFact]:
        """``facts`` in their order (most relevant, or the documents' own), with what is past on
        ``today`` moved after what is current or upcoming: staff between meetings look for what
        they still have to do. A per-year target is dated by its occurrence (each plan year's
        end), as reminders date it: the one of ``year`` when a year is asked (/targets 南海 2019
        is 2019's quota, due 2019-12-31, as /deadlines 南海 2019 dates it), else the one current
        on ``today``; a past item keeps its mark (已过期) where it is shown.

        ``by_due`` (/targets): as /deadlines orders them, what is upcoming soonest first (the
        undated after it) and what is past most recent first; each in its order when due the
        same day, and the ``partial`` matches (positions) after the complete ones. In the
        documents' order one plan's years ran 2018, 2019, 2018 (trial48 L15)."""
        if today is None:
            return list(facts)
        dated_on = date(year, 1, 1) if year is not None else today
        dated = [self.index.as_of(fact, dated_on) for fact in facts]
        current = [f for f in dated if f.row.due is None or f.row.due >= today]
        past = [f for f in dated if f.row.due is not None and f.row.due < today]
        if by_due:
            current.sort(key=lambda f: (f.position in partial, f.row.due or date.max))
            past.sort(key=lambda f: (f.position in partial, -(f.row.due or today).toordinal()))
        return current + past

    def whole_sentences(self, facts: Sequence[FactLine]) -> list[FactLine]:
        """``facts`` quoting the whole sentence their quote is a clause of, for the 出处 view: a
        deadline stored as 2019年9月底前,完成自评 of …完成自评,形成自评报告,报市政府 cited the
        clause, and what else was due by then was behind no button."""
        return [_with_sentence(self.index, fact) for fact in facts]

    def line(self, fact: IndexedFact, *, today: date | None = None) -> FactLine:
        return fact_line(self.index, fact, self.tz, today=today)

    def time_problem(self, kind: str, problem: str) -> Answer:
        """未找到 for a time the command's words name but we cannot read (2018年年, two years),
        with how to write one: never the whole listing as if no time was given."""
        return Answer(
            found=False,
            kind=kind,
            title=KIND_WORDS.get(kind, ""),
            headline=f"{NOT_FOUND}:{problem}",
            suggestions=(TIME_USAGE,),
        )

    def unknown_region(self, kind: str, region: str) -> Answer:
        """未找到 for a region name the store does not know (/targets 火星)."""
        return self.not_found(kind, f"{region} · {KIND_WORDS.get(kind, '')}", region)

    def not_found(
        self,
        kind: str,
        title: str,
        asked: str,
        why: str | None = None,
        *,
        within: AbstractSet[int] | None = None,
    ) -> Answer:
        """未找到 as one short sentence — why, when known (湖州市没有2030年的目标), else what was
        asked — and one short hint (``hints``): the nearest name the store knows (``within``:
        the regions asked about, those of their documents only), or where to look."""
        if why:  # the reason names what was asked already (佛山市在2030年没有到期的事项)
            headline = f"{NOT_FOUND}:{why}"
        else:
            headline = not_found_about(asked) if asked.strip() else f"{NOT_FOUND}相关内容"
        return Answer(
            found=False,
            kind=kind,
            title=title,
            headline=headline,
            suggestions=not_found_hint(self.index, asked, within),
        )


# A list this long may be asked for in fewer items (the reply shows it when it runs to pages).
NARROWING_FROM = 24


def with_narrowing(
    answer: Answer,
    command: str,
    kept: Sequence[str],
    *,
    after: Sequence[str] = (),
    year_asked: bool = False,
    keyword_asked: bool = False,
    asked_regions: Collection[str] = (),
    by_region: bool = True,
) -> Answer:
    """``answer`` with up to two commands that narrow it, made of words its own lines hold: the
    year most of its items fall due in (/deadlines 佛山 2019), the region most are filed under
    other than the one asked (/targets 佛山市南海区), else a word most of their subjects share
    (/targets 佛山 标准). ``kept``: the typed words every example keeps (the place, a unit);
    ``after``: those after the new word (a keyword, 全部); ``by_region``: whether a region alone
    may stand for what was typed (not when a unit was: its region's list is another list)."""
    lines = answer.facts
    if not answer.found or len(lines) < NARROWING_FROM or command not in KIND_COMMANDS:
        return answer
    examples: list[str] = []
    years = Counter(line.due.year for line in lines if line.due is not None)
    if not year_asked and len(years) > 1:
        year = most_common(years)
        examples.append(typed_command(command, *kept, str(year), *after))
    regions = Counter(line.region for line in lines if line.region)
    others = [name for name in regions if name not in asked_regions]
    if by_region and len(regions) > 1 and others:
        region = most_common(Counter({name: regions[name] for name in others}))
        examples.append(typed_command(command, region, *after))
    if len(examples) < 2 and not keyword_asked:
        word = vocabulary.shared_word(line.label for line in lines)
        if word is not None:
            examples.append(typed_command(command, *kept, word, *after))
    return replace(answer, narrowing=tuple(examples[:2]))


KIND_COMMANDS = frozenset({"targets", "rewards", "deadlines"})


def typed_command(command: str, *arguments: str | None) -> str:
    """``/deadlines 佛山 全部`` as a user would type it: an argument left out (no region) leaves
    no gap, so the example can be copied as shown."""
    return " ".join([f"/{command}", *(a.strip() for a in arguments if a and a.strip())])


def unit_counts(
    index: KnowledgeIndex,
    unit_ids: Iterable[int],
    *,
    within: AbstractSet[int] | None = None,
    kind: str | None = None,
) -> tuple[int, int, int]:
    """How many stored items (targets, rewards, deadlines, duties) the units lead, how many
    more they support and how many more they answer for with others, no lead stated (责任单位:
    A、B): the one count /units, /units <单位> and 某单位负责哪些目标 show (``within``: of those
    items only, a region's; ``kind``: of one kind only, 目标)."""
    ids = tuple(unit_ids)
    names = {index.unit(u).name for u in ids}
    positions: set[int] = set()
    for unit_id in ids:
        positions |= index.positions_of_unit(unit_id)
    if within is not None:
        positions &= within
    if kind is not None:
        positions = {p for p in positions if index.fact_at(p).row.kind == kind}
    led = joint = 0
    for position in positions:
        fact = index.fact_at(position)
        mine = names & set(fact.lead_units)
        if mine and mine <= set(fact.responsible_units):
            joint += 1
        elif mine:
            led += 1
    return led, len(positions) - led - joint, joint


def count_words(led: int, supported: int, joint: int = 0) -> str:
    """``牵头 12 项, 配合 3 项``: what ``unit_counts`` counted, as a reply says it; a zero count
    is left out (配合 0 项 read as if the unit supported nothing anywhere, which the store may
    only not record). Items it answers for with others, no lead stated: 共同负责 2 项."""
    counts = ((LEAD_WORD, led), (RESPONSIBLE_WORD, joint), (SUPPORT_WORD, supported))
    said = [f"{word} {count} 项" for word, count in counts if count]
    return ", ".join(said) or "没有记录的条目"


TASK_SENTENCE_CHARS = 40


# How ``unit_tasks`` heads its count (目标/事项: 牵头 12 项;按任务分列).
TASKS_COUNTED = "目标/事项: "


def tasks_counted(answer: Answer) -> str | None:
    """The count a ``unit_tasks`` reply is headed by (牵头 12 项, 配合 3 项), or None."""
    if not answer.found or not answer.headline.startswith(TASKS_COUNTED):
        return None
    return answer.headline.removeprefix(TASKS_COUNTED).split(";")[0]


def unit_tasks(
    index: KnowledgeIndex,
    answer: Answer,
    unit_ids: Iterable[int],
    *,
    part: bool = False,
    led_only: bool = False,
) -> Answer:
    """A unit's duties (one line per task, ``/units 市质监局`` and ``市质监局负责哪些任务``)
    headed by ``unit_counts``, the count /units shows. A task line is a heading with the unit's
    items under it; a heading with none (a passage the unit leads) says what is to be done by
    its own sentence, and one with no sentence under it is no task and is not listed.

    A heading alone (一、组织领导) does not say whose task it is: the line also names its
    region when the tasks span several, and which of the units asked about leads or supports
    it (the unit's name when several offices answer to the name, 县经信局)."""
    ids = tuple(unit_ids)
    names = [index.unit(u).name for u in ids]
    mixed = len({line.region for line in answer.facts}) > 1
    facts = list(answer.facts)
    if mixed:
        # offices of one name in several regions are kept apart: each region's tasks under a
        # heading of its own (the region then says itself once, not on every line)
        order = {region: n for n, region in enumerate(dict.fromkeys(f.region for f in facts))}
        facts.sort(key=lambda line: order[line.region])
    tasks = []
    for line in facts:
        said = line.note
        if said is None:
            said = task_sentence(line.citation.quote, line.label)
            if not said:
                continue
        context = task_context(line, names, with_region=False)
        heading = task_heading(line, said)
        if context.endswith(LEAD_WORD) and said.startswith(LEAD_WORD):
            said = said[len(LEAD_WORD) :]  # 牵头 · 推进…, not 牵头 · 牵头推进…
        # The role is a tag (牵头 · …), never "牵头: …" before the items: a 牵头: slot holds
        # unit names, and a clause after it reads as the unit that leads.
        tasks.append(replace(line, label=heading, note=f"{context} · {said}" if context else said))
    if not tasks:
        return answer
    if led_only:
        responsible_only = _responsible_only(tasks, names)
        if responsible_only is not None:
            kept, headline = responsible_only
            return replace(answer, headline=headline, facts=tuple(kept), total=len(kept))
    if part:
        # Only part of the units' items was asked (a district's, or those they lead): the
        # count is of the tasks listed, never of every item of the offices of that name.
        roles = [unit_role(line, names) or "" for line in tasks]
        by_role = (
            sum(r.endswith(LEAD_WORD) for r in roles),
            sum(r.endswith(SUPPORT_WORD) for r in roles),
            sum(r.endswith(RESPONSIBLE_WORD) for r in roles),
        )
        counted = count_words(*by_role) if sum(by_role) else f"共 {len(tasks)} 项"
    else:
        led, supported, joint = unit_counts(index, ids)
        task_led, task_supported, task_joint = _task_only_counts(index, ids, tasks)
        counted = count_words(led + task_led, supported + task_supported, joint + task_joint)
        targets = unit_counts(index, ids, kind=FactKind.TARGET)
        if sum(targets) and targets != (led, supported, joint):  # 其中目标: what 负责哪些目标 lists
            counted += f"(其中目标 {sum(targets)} 项)"
    # One count, the items /units counts (its directory says the same of the unit); the
    # lines under it are those items grouped by task, which a second count beside the first
    # (牵头 12 项;按任务列出 5 条) read as a contradiction.
    headline = f"{TASKS_COUNTED}{counted};按任务分列"
    regions = Counter(line.region or "未写地区" for line in tasks)
    if len(regions) > 1:
        each = ";".join(f"{region} {count} 条" for region, count in regions.items())
        headline = f"{TASKS_COUNTED}{counted};{len(regions)}个地区分列: {each}"
    return replace(
        answer,
        headline=headline,
        facts=tuple(tasks),
        total=len(tasks),
        by_region=len(regions) > 1,
    )


def _responsible_only(
    tasks: Sequence[FactLine], names: Sequence[str]
) -> tuple[list[FactLine], str] | None:
    """某单位牵头哪些任务 where the plan names no lead for any of the unit's tasks, only units
    answerable together (责任单位:A、B): not a count of what it "leads" beside a count of the
    lines, but that the plan names 责任单位 (no 牵头, no 配合) and, in one count, the tasks it is
    one of them for, each tagged 责任单位 as the plan says; a task merely naming the unit in its
    text is none of them. (The tasks kept, the headline); None when the unit leads a task or is
    责任单位 of none."""
    roles = [unit_role(line, names) or "" for line in tasks]
    if any(role.endswith(LEAD_WORD) for role in roles):
        return None
    kept = [
        replace(line, note=(line.note or "").replace(RESPONSIBLE_WORD, RESPONSIBLE_LABEL, 1))
        for line, role in zip(tasks, roles, strict=True)
        if role.endswith(RESPONSIBLE_WORD)
    ]
    if not kept:
        return None
    who = "、".join(dict.fromkeys(names))
    label = RESPONSIBLE_LABEL
    headline = f"计划未分牵头、配合,只写{label}:{who}是 {len(kept)} 项任务的{label}之一"
    return kept, headline


def _task_only_counts(
    index: KnowledgeIndex, ids: Sequence[int], tasks: Sequence[FactLine]
) -> tuple[int, int, int]:
    """The listed tasks of the units that lead or support no stored item (责任单位:市工商局
    under a heading only), by role: they count with the stored items of the others, so that
    /units 市工商局 over two cities counts what it lists of both. A task line belongs to such
    a unit when it is in that unit's region (several units share a name, one per city)."""
    names = [index.unit(u).name for u in ids]
    stored = {u for u in ids if sum(unit_counts(index, (u,)))}
    if len(stored) == len(ids):
        return 0, 0, 0
    if stored:
        region_of = {u: index.region_name(index.unit(u).region_id) for u in ids}
        only = {region_of[u] for u in ids if u not in stored} - {region_of[u] for u in stored}
        tasks = [line for line in tasks if line.region in only]
    roles = [unit_role(line, names) or "" for line in tasks]
    return (
        sum(r.endswith(LEAD_WORD) for r in roles),
        sum(r.endswith(SUPPORT_WORD) for r in roles),
        sum(r.endswith(RESPONSIBLE_WORD) for r in roles),
    )


def unit_targets(index: KnowledgeIndex, answer: Answer, unit_ids: Iterable[int]) -> Answer:
    """A unit's targets (``市工商局负责哪些目标``), those it leads before those it supports, each
    line marked 牵头 or 配合 as /units marks a task, and headed by the count /units gives of
    them (``unit_counts`` of the targets)."""
    ids = tuple(unit_ids)
    names = [index.unit(u).name for u in ids]
    marked = []
    for line in answer.facts:
        role = unit_role(line, names)
        note = ",".join(part for part in (role, line.note) if part) or None
        marked.append((role is not None and role.endswith("配合"), replace(line, note=note)))
    lines = [line for _, line in sorted(marked, key=lambda item: item[0])]
    counts = unit_counts(index, ids, kind=FactKind.TARGET)
    return replace(answer, headline=f"目标: {count_words(*counts)}", facts=tuple(lines))


def unit_role(line: FactLine, names: Sequence[str]) -> str | None:
    """``牵头``, ``共同负责`` or ``配合``: what the units asked about do in an item or task (with their names
    when several were asked, 区经信局牵头); None when the line names neither."""
    several = len(set(names)) > 1
    stated = stated_leads(line.lead_units, line.responsible_units)
    for role, units in (
        (LEAD_WORD, stated),
        (RESPONSIBLE_WORD, line.responsible_units),
        (SUPPORT_WORD, line.support_units),
    ):
        mine = [name for name in dict.fromkeys(names) if name in units]
        if mine:
            return ("、".join(mine) if several else "") + role
    return None


def task_heading(line: FactLine, said: str) -> str:
    """A task line's name: its heading without list numbers; under a heading that is a number
    only (``(一)`` before the duty's own sentence), the heading above it (工作目标), else the
    task's sentence — never a bare ``(一)``, which names nothing on a phone."""
    heading = tidy_section(line.label)
    if heading:
        return heading
    above = tidy_section(line.citation.section or "").split(" / ")[-1]
    return above or said or line.label


def task_context(line: FactLine, names: Sequence[str], *, with_region: bool) -> str:
    """``湖州市 · 区经信局牵头``: where a task line is and what the unit asked about does in it."""
    parts = [line.region] if with_region and line.region else []
    role = unit_role(line, names)
    if role:
        parts.append(role)
    return " · ".join(parts)


def task_sentence(quote: str, heading: str) -> str | None:
    """What a task heading's own passage says beyond the heading, clipped for a list line;
    None when the passage is the bare heading (no duty written under it)."""
    text = " ".join(quote.split())
    if text.startswith(heading):
        text = text[len(heading) :].lstrip(" 。:：,，")
    # A passage cut from the words before it (…开展“浙江制 / 造”对标达标活动, a page break
    # of the source): the tail of the quotation it opens with is no word of its own.
    text = _DANGLING_CLOSE.sub("", text, count=1)
    if len(text) < 4:
        return None
    due = _deadline_alone(text)
    if due is not None:  # a table row's deadline cell: written as an item's deadline is
        return due.isoformat()
    return clip_at_boundary(text, TASK_SENTENCE_CHARS)


def _deadline_alone(text: str) -> date | None:
    """The date a sentence that is only a deadline names (2019年6月30日, 2019年6月底前: a
    table row's 完成时限 cell); None when it says more."""
    bare = text.strip(_SENTENCE_EDGES)
    mentions = find_time_mentions(bare)
    if len(mentions) != 1 or mentions[0].kind != "point":
        return None
    (mention,) = mentions
    if mention.start != 0 or mention.end != len(bare) or mention.last is None:
        return None
    return mention.last


_SENTENCE_EDGES = " 。.;；,，"


# A passage opening with the end of a quotation whose start is not in it (造”对标…).
_DANGLING_CLOSE = re.compile(r"^[^“”「」《》]{1,3}[”」》]")


def listing_title(
    index: KnowledgeIndex,
    region_ids: Iterable[int] | None,
    what: str,
    year: int | None,
    keyword: str | None,
    place: str | None = None,
) -> str:
    """``湖州市 · 2018年 · “卓越绩效” · 目标``: what a listing was asked for; ``place`` names
    the regions otherwise (浙江省内的湖州市、衢州市)."""
    names = [index.region_name(rid) or "" for rid in (region_ids or [])]
    parts = [place or "、".join(n for n in names if n) or "全部地区"]
    if year:
        parts.append(f"{year}年")
    if keyword:
        parts.append(f"“{shown_topic(keyword)}”")
    parts.append(what)
    return " · ".join(parts)


def titled_as_found(index: KnowledgeIndex, answer: Answer, keyword: str | None) -> Answer:
    """A list's title over the items found names ``keyword`` as the store writes it, as the
    search read it: simplified and put right by the speller (馳名商標 and the slip 驰明商标 are
    the 驰名商标 its items say). A reply finding nothing keeps the word typed: it says what
    was looked for (未找到“驰明商标”), and a title saying 驰名商标 would suggest it was found."""
    if not keyword or not answer.facts:
        return answer
    stored = index.speller.correct(vocabulary.normalise(keyword)).strip()
    if not stored or stored == keyword:
        return answer
    title = answer.title
    for typed, shown in ((shown_topic(keyword), shown_topic(stored)), (keyword, stored)):
        title = title.replace(f"“{typed}”", f"“{shown}”")
    return replace(answer, title=title)


def shown_topic(topic: str) -> str:
    """The words searched for, as a title shows them: a word inside another one it is searched
    with goes (省名牌, widened by the glossary to 省名牌 省名牌产品, reads “省名牌产品”, not the
    same word twice on a phone's one line)."""
    words = list(dict.fromkeys(topic.split()))
    kept = [w for w in words if not any(w != other and w in other for other in words)]
    return " ".join(kept) or topic


def region_names(index: KnowledgeIndex, region_ids: Iterable[int] | None) -> str | None:
    """The regions asked about, as a 未找到 sentence names them (湖州市、衢州市)."""
    return "、".join(index.region_name(r) or "" for r in region_ids or ()) or None


# The most items a lookup answer holds (``LookupAnswers.max_facts`` of the service's).
LOOKUP_MAX_FACTS = 200


def due_in_window(
    index: KnowledgeIndex,
    start: date,
    end: date,
    today: date,
    region_ids: Collection[int] | None,
    unit_ids: Collection[int] | None,
    limit: int,
) -> list[IndexedFact]:
    """What ``/deadlines <place> <window>`` lists: the dated items, the per-year targets'
    occurrences and the duties due from ``start`` to ``end``, each once, upcoming first, then
    what is past (most recent first): the order questions use. A question pointing to the
    command counts its items here, so the count it says is the one the command shows."""
    in_window = index.due_between(start, end, region_ids=region_ids, unit_ids=unit_ids, limit=limit)
    in_window = [fact for fact in in_window if not index.is_per_year(fact)]
    yearly = index.yearly_between(start, end, region_ids=region_ids, unit_ids=unit_ids)
    recurring = index.recurring_between(
        start, end, region_ids=region_ids, unit_ids=unit_ids, today=today
    )
    return once_each(soonest_first(in_window + yearly + recurring, today))


def once_each(facts: Sequence[IndexedFact]) -> list[IndexedFact]:
    """``facts`` without a second line saying the same: a per-year target dated by its
    occurrence (2017—2019年每年增长10%, this year's) and the annex table's row for that year
    (增长10%, 2018) are one commitment of one document; the first in the order is kept. Two
    places given the same figure (高明39个、三水39个) are two commitments: the place is part of
    what a line says."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for fact in facts:
        row = fact.row
        key = (
            fact.document.id,
            row.kind,
            row.label,
            row.value,
            row.value_max,
            row.unit,
            row.due,
            row.region_id,
            row.district,
        )
        if row.kind == FactKind.TARGET and row.value is not None and key in seen:
            continue
        seen.add(key)
        kept.append(fact)
    return kept


def truncation_note(total: int, shown: int) -> tuple[str, ...]:
    if total <= shown:
        return ()
    return (f"共 {total} 项,只列出前 {shown} 项;加上关键词或年份可以缩小范围。",)


def _one_topic(lines: Sequence[FactLine], keyword: str | None, total: int) -> bool:
    """Whether the best fact's value answers the listing: when it is the one item found
    (/rewards 驰名商标: 答: 100万元), or every item is the same thing in other years or places
    (/targets 青禾 示范称号: this year's figure). Above a list of different things, the first
    one's value is no answer: /search 标准化 read 答: 50万元 (a reward among committees, pilots
    and standards), /targets 湖州 标准 read 答: 25项 over six targets of 标准; such a list says
    how many it holds, and its first line says the value. The same thing in several places
    (/search 质量义诊 over five districts' rows of one table) is no one topic either: the first
    district's figure read as the answer for all, so the list is counted."""
    if not keyword:
        return False
    if total == 1:
        return True
    return (
        total == len(lines)
        and len({line.label for line in lines}) == 1
        and len({line.region for line in lines}) == 1
    )


def _headline(lines: list[FactLine], total: int, ranked: bool) -> str:
    """With a topic, the best fact's value is the answer; a plain listing says how many. A
    recurring duty's value (每季度) answers no topic: shown after 答: it read as the answer to
    whatever was searched, so its list is counted like any other."""
    first = lines[0]
    if ranked and first.value and first.kind != FactKind.RECURRING:
        return first.value
    return f"共 {total} 项"


# A quote shorter than this is a phrase, found in many sentences: it is cited as it is.
_SHORTEST_CLAUSE = 6


def _with_sentence(index: KnowledgeIndex, fact: FactLine) -> FactLine:
    """``fact`` citing the document's sentence that holds its quote (the first such), if longer."""
    quote = fact.citation.quote.strip()
    if fact.kind == PASSAGE or len(quote) < _SHORTEST_CLAUSE:
        return fact
    for passage in index.passages.by_document.get(fact.citation.document_id, []):
        if quote in passage.text and len(passage.text) > len(quote):
            return replace(fact, citation=replace(fact.citation, quote=passage.text))
    return fact


def _names_in_label(fact: IndexedFact, readings: Sequence[str | None]) -> bool:
    """Whether the item's own words (its label) name what one of ``readings`` asks, each word
    whole or by every bigram of it."""
    label = vocabulary.normalise(fact.row.label or "")
    for reading in readings:
        words = vocabulary.query_terms(vocabulary.normalise(reading or "")).words
        if words and all(
            word in label or all(gram in label for gram in vocabulary.bigrams(word))
            for word in words
        ):
            return True
    return False


def _named_in_their_sentence(result: SearchResult, readings: Sequence[str | None]) -> SearchResult:
    """``result`` without the items found only through a sentence they share with an item
    that names the keyword itself: /rewards 省名牌 of 对新获得省名牌产品、省著名商标和首次通过…
    认证的企业,给予30万元的奖励 is the 名牌's reward, not its two neighbours' (trial M6)."""
    naming = [_names_in_label(fact, readings) for fact in result.hits]
    named_sentences = {
        (fact.row.document_id, fact.row.quote)
        for fact, names in zip(result.hits, naming, strict=True)
        if names and fact.row.quote
    }
    keep = [
        number
        for number, (fact, names) in enumerate(zip(result.hits, naming, strict=True))
        if names or (fact.row.document_id, fact.row.quote) not in named_sentences
    ]
    if len(keep) == len(result.hits):
        return result
    return SearchResult(
        result.total - (len(result.hits) - len(keep)),
        [result.hits[n] for n in keep],
        [result.scores[n] for n in keep if n < len(result.scores)],
        [result.complete[n] for n in keep if n < len(result.complete)],
    )


def merged(results: Sequence[SearchResult], limit: int) -> SearchResult:
    """The hits of searches for one keyword written several ways, each fact once: complete
    matches first, then by score (a single search is returned as it is)."""
    if len(results) == 1:
        return results[0]
    best: dict[int, tuple[IndexedFact, float, bool]] = {}
    for result in results:
        for rank, fact in enumerate(result.hits):
            score = result.scores[rank] if rank < len(result.scores) else 0.0
            complete = result.complete[rank] if rank < len(result.complete) else True
            seen = best.get(fact.position)
            if seen is None or (complete, score) > (seen[2], seen[1]):
                best[fact.position] = (fact, score, complete)
    ranked = sorted(best.values(), key=lambda item: (not item[2], -item[1]))[:limit]
    overlap = sum(len(result.hits) for result in results) - len(best)
    return SearchResult(
        sum(result.total for result in results) - overlap,
        [fact for fact, _, _ in ranked],
        [score for _, score, _ in ranked],
        [complete for _, _, complete in ranked],
    )


# A body named by its district first (三水区人民政府, 禅城区经促局): the place before its office.
_DISTRICT_OF_BODY = re.compile(r"^([\u4e00-\u9fff]{1,6}?[区县旗])(?=[\u4e00-\u9fff])")


def _another_districts_body(index: KnowledgeIndex, name: str, region_ids: Collection[int]) -> bool:
    """Whether ``name`` is a body of a district the store knows other than those asked: a city
    row led by several district governments lists them all, but under one district's /units
    the others' governments are no units of it."""
    match = _DISTRICT_OF_BODY.match(name)
    if match is None:
        return False
    named = index.names.region_aliases.get(match.group(1), set())
    return bool(named) and not named & set(region_ids)
