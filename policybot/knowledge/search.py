"""An in-memory index over the live facts, rebuilt only when the store changes.

Questions must be answered in milliseconds at 100,000 targets, so nothing per question scans a
table: the facts are read once into a snapshot with posting lists (jieba words and character
bigrams, so that a 2-character query such as 奖励 matches), per-region, per-unit and per-kind
lists, and the region and unit names. A question costs one cheap version query
(``queries.store_version``); when the version moves, the snapshot is rebuilt.
"""

from __future__ import annotations

import bisect
import heapq
import logging
import math
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from typing import Any, Protocol, TypeVar

import numpy as np
import numpy.typing as npt
from sqlalchemy.engine import Engine

from policybot.knowledge import vocabulary
from policybot.knowledge.district_reach import child_names, reached_by
from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.glossary import BUILT_IN, Entry, Glossary
from policybot.knowledge.hints import NearNames, near_names
from policybot.knowledge.models import FactKind
from policybot.knowledge.names import name_table
from policybot.knowledge.passages import PassageIndex
from policybot.knowledge.postings import Mask, Posting
from policybot.knowledge.queries import (
    DocumentRow,
    FactRow,
    ProgressRow,
    RegionRow,
    SnapshotRows,
    StoreVersion,
    UnitRow,
    read_snapshot_rows,
    read_store_revision,
    read_store_version,
)
from policybot.knowledge.question import question_vocabulary
from policybot.knowledge.recurrence import (
    DutyCalendar,
    duty_span,
    yearly_occurrence,
    yearly_occurrences,
)
from policybot.knowledge.regions import aliases_without_province, region_aliases
from policybot.knowledge.spelling import Speller
from policybot.knowledge.unit_roles import split_by_role

# A label counts three times a quote: "驰名商标" in the achievement beats a passing mention.
LABEL_WEIGHT = 3.0
QUOTE_WEIGHT = 1.0
UNIT_WEIGHT = 1.0
# A hit must cover this share of the query's weight, so one shared bigram is not an answer.
MIN_COVERAGE = 0.65
# Short strings that many facts repeat (their region, section, unit, wording of a deadline).
_REPEATED_FIELDS = ("region", "section", "district", "unit", "qualifier", "due_text", "every")
# Above this many facts a changed store is re-indexed in the background (see LiveIndex).
log = logging.getLogger(__name__)
WriteResult = TypeVar("WriteResult")

SYNC_REBUILD_LIMIT = 20_000


@dataclass(slots=True)
class IndexedFact:
    """A live fact with what answers need beside it: its document, units and latest progress."""

    row: FactRow
    document: DocumentRow
    lead_units: tuple[str, ...] = ()
    support_units: tuple[str, ...] = ()
    # Units the text names only as 责任单位, no lead stated; also in ``lead_units``
    # (``knowledge.unit_roles``).
    responsible_units: tuple[str, ...] = ()
    unit_ids: tuple[int, ...] = ()
    progress: ProgressRow | None = None
    position: int = 0
    # An admin changed it by hand (/edit): its quote says what the document wrote before.
    edited: bool = False
    # The districts of its region a milestone or recurring duty names (``district_reach``):
    # it is theirs too, as their reminders have it.
    reached_regions: tuple[int, ...] = ()


@dataclass
class SearchResult:
    total: int
    hits: list[IndexedFact]
    scores: list[float] = field(default_factory=list)
    # Per hit: does it contain every word of the query? (A partial match is no direct answer.)
    complete: list[bool] = field(default_factory=list)


@dataclass
class DueResult:
    upcoming: list[IndexedFact]
    upcoming_total: int
    past: list[IndexedFact]
    past_total: int


DATED_KINDS = (FactKind.TARGET, FactKind.MILESTONE)
# What a query method returns for a key the index has no facts under (never mutated).
_NONE: frozenset[int] = frozenset()


class KnowledgeIndex:
    """One immutable snapshot of the store: facts, names and posting lists.

    Its tables are its own: callers ask the query methods (``document``, ``units_in_region``,
    ``positions_of_unit``, ``fact_at``, ``search``…), so how facts are filed can change without
    touching them (``tests/test_ownership.py`` keeps it so). ``names`` is the table the one name
    resolver (``knowledge.names``) reads; ``passages``, ``glossary`` and ``speller`` are the
    snapshot's sentence index, glossary and spelling corrector.
    """

    def __init__(self, rows: SnapshotRows, *, owner: str = "") -> None:
        self.version: StoreVersion = rows.version
        self._documents: dict[int, DocumentRow] = {doc.id: doc for doc in rows.documents}
        self._regions: dict[int, RegionRow] = {region.id: region for region in rows.regions}
        # The places questions are matched against: those a stored plan names (below).
        named = _named_regions(rows)
        self._named = [region for region in rows.regions if region.id in named]
        self._units: dict[int, UnitRow] = {unit.id: unit for unit in rows.units}
        self._children: dict[int, list[int]] = defaultdict(list)
        for region in rows.regions:
            if region.parent_id is not None:
                self._children[region.parent_id].append(region.id)
        # The aliases stored at ingest, and those today's rules give (a store ingested before
        # a rule learnt a short form answers to it too: 新疆生产建设兵团 → 兵团).
        derived = [
            (alias, region.id) for region in self._named for alias in region_aliases(region.name)
        ]
        # A document's own region named with its province (江苏省南京市) answers to the place's
        # own name (南京市, 南京) as well; a region only facts name (a province's table rows) is
        # left as it was learnt.
        own = {document.region_id for document in rows.documents}
        derived += [
            (alias, region.id)
            for region in self._named
            if region.id in own
            for alias in aliases_without_province(region.name)
        ]
        stored = [(alias, rid) for alias, rid in rows.region_aliases if rid in named]
        # A place's short name people shorten further (the glossary's 内蒙 for 内蒙古): the
        # documents write it only inside the name, so the glossary never rewrote it and no
        # place was read (内蒙十四五…: every region's facts searched).
        derived += [
            (term, rid)
            for alias, rid in [*stored, *derived]
            for term, means in BUILT_IN
            if means == alias and len(term) >= 2
        ]
        self.names = name_table(
            ((region.id, region.name) for region in self._named),
            [*stored, *derived],
            ((unit.id, unit.name, unit.region_id) for unit in rows.units),
            rows.unit_aliases,
        )
        self.teach_vocabulary(owner)
        self._units_by_region: dict[int | None, set[int]] = defaultdict(set)
        self._units_by_char: dict[str, set[int]] = defaultdict(set)
        for unit in rows.units:
            self._units_by_region[unit.region_id].add(unit.id)
            for char in vocabulary.normalise(unit.name):
                self._units_by_char[char].add(unit.id)
        self._facts: list[IndexedFact] = []
        self._by_kind: dict[str, set[int]] = defaultdict(set)
        self._by_region: dict[int | None, set[int]] = defaultdict(set)
        self._by_unit: dict[int, set[int]] = defaultdict(set)
        self._by_document: dict[int, set[int]] = defaultdict(set)
        self._by_year: dict[int, set[int]] = defaultdict(set)
        self._postings: dict[str, Posting] = defaultdict(Posting)
        self._kind_sets: dict[frozenset[str], set[int]] = {}
        self._last_candidates: tuple[Hashable, set[int] | None] | None = None
        self._shared: dict[str, str] = {}
        self._shared_tuples: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._load_facts(rows)
        dated = sorted(
            (fact.row.due, fact.row.id, fact.position)
            for fact in self._facts
            if fact.row.due is not None and fact.row.kind in DATED_KINDS
        )
        self._dated_positions: list[int] = [position for _, _, position in dated]
        self._dated_keys: list[date] = [due for due, _, _ in dated]
        self._due_rank: dict[int, int] = {p: rank for rank, p in enumerate(self._dated_positions)}
        self._per_year: set[int] = {
            fact.position
            for fact in self._facts
            if fact.row.kind == FactKind.TARGET and fact.row.per_year and fact.row.due is not None
        }
        self.glossary = Glossary(
            (Entry(term, means, entry_id) for entry_id, term, means in rows.glossary),
            normalise=vocabulary.normalise,
        )
        live_texts = [(d, text) for d, text in rows.texts if d in self._documents]
        self.passages = PassageIndex(live_texts, expand=self.glossary.expansion)
        self._texts_by_content: dict[str, list[int]] = defaultdict(list)
        for document_id, text in live_texts:
            self._texts_by_content[text].append(document_id)
        self.speller = Speller(
            self.passages.word_frequency(),
            self.passages.sentences(),
            extra_words=[*self.names.region_aliases, *self.names.unit_aliases],
            names_starting=place_names_starting,
            asking=question_vocabulary(),
            common=vocabulary.common_word,
        )

    def teach_vocabulary(self, owner: str = "") -> None:
        """Give jieba the store's region and unit names, so questions split at them too (also
        needed by an index loaded from disk into a new process). They replace what the same
        store (``owner``) taught before: a place only an undone upload named is forgotten."""
        vocabulary.teach_store_words(owner, [*self.names.region_aliases, *self.names.unit_aliases])

    # -- building -------------------------------------------------------------------------

    def _load_facts(self, rows: SnapshotRows) -> None:
        links: dict[tuple[str, int], list[tuple[str, int, int]]] = defaultdict(list)
        for link in rows.unit_links:
            links[(link.kind, link.fact_id)].append((link.role, link.position, link.unit_id))
        term_cache: dict[str, list[str]] = {}
        live = [row for row in rows.facts if row.document_id in self._documents]
        if live:
            vocabulary.load_full_dictionary()  # every fact is segmented: no lookup per word
        # Positions follow the documents' order, so a plain listing is a sort of positions.
        live.sort(key=lambda row: (row.document_id, FactKind.ALL.index(row.kind), row.id))
        children = child_names((r.id, r.name, r.parent_id) for r in rows.regions)
        for row in live:
            document = self._documents[row.document_id]
            # the title as stored (``_indexed`` normalises it for search) and the clause it was
            # clipped from, which the index does not keep
            title, clause, row.clause = row.label, row.clause, None
            fact = self._indexed(row, document, links.get((row.kind, row.id), []), rows.progress)
            fact.edited = (row.kind, row.id) in rows.edited
            if row.kind in (FactKind.MILESTONE, FactKind.RECURRING):
                # by the reminders' rule, from the same source (``scheduler.items.
                # reached_districts``): a title clipped for display read through the clause in
                # its document's text (not its quote, cut at 120 characters), a duty as a
                # milestone
                reached = reached_by(
                    row.region_id, title, clause, fact.lead_units, children, fact.support_units
                )
                fact.reached_regions = tuple(sorted(reached))
            fact.position = len(self._facts)
            self._facts.append(fact)
            self._file(fact, term_cache)

    def _indexed(
        self,
        row: FactRow,
        document: DocumentRow,
        links: list[tuple[str, int, int]],
        progress: dict[int, ProgressRow],
    ) -> IndexedFact:
        row.label = vocabulary.normalise(row.label)
        row.quote = vocabulary.normalise(row.quote)
        for name in _REPEATED_FIELDS:  # one string object per distinct value, not per fact
            value = getattr(row, name)
            if value is not None:
                setattr(row, name, self._shared.setdefault(value, value))
        lead, support, responsible = split_by_role(
            [(role, self._units[u].name) for role, _, u in sorted(links)]
        )
        return IndexedFact(
            row=row,
            document=document,
            lead_units=self._shared_tuple(tuple(lead)),
            support_units=self._shared_tuple(tuple(support)),
            responsible_units=self._shared_tuple(tuple(responsible)),
            unit_ids=tuple(sorted({unit_id for _, _, unit_id in links})),
            progress=progress.get(row.id) if row.kind == FactKind.TARGET else None,
        )

    def _shared_tuple(self, names: tuple[str, ...]) -> tuple[str, ...]:
        return self._shared_tuples.setdefault(names, names) if names else ()

    def _file(self, fact: IndexedFact, term_cache: dict[str, list[str]]) -> None:
        position = fact.position
        self._by_kind[fact.row.kind].add(position)
        self._by_region[fact.row.region_id].add(position)
        for region_id in fact.reached_regions:
            self._by_region[region_id].add(position)
        self._by_document[fact.row.document_id].add(position)
        for unit_id in fact.unit_ids:
            self._by_unit[unit_id].add(position)
        for year in _years(fact):
            self._by_year[year].add(position)
        weighted = (
            (fact.row.label, LABEL_WEIGHT),
            # a duty's stated day is part of what it is ("每月5日前报送…": 每月几号前报送)
            (fact.row.due_text if fact.row.kind == FactKind.RECURRING else None, LABEL_WEIGHT),
            (fact.row.quote, QUOTE_WEIGHT),
            (" ".join((*fact.lead_units, *fact.support_units)), UNIT_WEIGHT),
        )
        weights: dict[str, float] = {}
        for text, weight in weighted:
            if not text:
                continue
            if text not in term_cache:
                term_cache[text] = vocabulary.terms(text)
            for term in term_cache[text]:
                weights[term] = weights.get(term, 0.0) + weight
        for term, weight in weights.items():
            self._postings[term].add(position, weight)

    # -- documents, regions and units ------------------------------------------------------

    def document(self, document_id: int) -> DocumentRow:
        """A live document (``KeyError`` for any other id)."""
        return self._documents[document_id]

    def find_document(self, document_id: int) -> DocumentRow | None:
        """A live document, or None when ``document_id`` is no live document."""
        return self._documents.get(document_id)

    def documents(self) -> Collection[DocumentRow]:
        """Every live document, in the order the store read them."""
        return self._documents.values()

    def regions(self) -> Collection[RegionRow]:
        """The places a stored plan (live or retired), fact or unit names, with their parents."""
        return self._named

    def unit(self, unit_id: int) -> UnitRow:
        return self._units[unit_id]

    def units(self) -> Collection[UnitRow]:
        return self._units.values()

    def unit_ids(self) -> set[int]:
        return set(self._units)

    def units_in_region(self, region_id: int | None) -> AbstractSet[int]:
        """The units filed under a region (None: those of no region)."""
        return self._units_by_region.get(region_id, _NONE)

    def units_with_char(self, char: str) -> AbstractSet[int]:
        """The units whose normalised name contains ``char`` (to match abbreviations)."""
        return self._units_by_char.get(char, _NONE)

    # -- facts by position ------------------------------------------------------------------

    def facts(self) -> Sequence[IndexedFact]:
        """Every live fact; a fact's ``position`` is its place here (the documents' order)."""
        return self._facts

    def fact_at(self, position: int) -> IndexedFact:
        return self._facts[position]

    def fact_count(self) -> int:
        return len(self._facts)

    def positions_of_kind(self, kind: str) -> AbstractSet[int]:
        return self._by_kind.get(kind, _NONE)

    def positions_in_region(self, region_id: int | None) -> AbstractSet[int]:
        """The facts filed under the region itself (not those of the regions under it)."""
        return self._by_region.get(region_id, _NONE)

    def positions_of_unit(self, unit_id: int) -> AbstractSet[int]:
        """The facts a unit leads or supports."""
        return self._by_unit.get(unit_id, _NONE)

    def positions_in_document(self, document_id: int) -> AbstractSet[int]:
        return self._by_document.get(document_id, _NONE)

    def positions_in_year(self, year: int) -> AbstractSet[int]:
        """The facts due in ``year``, and the yearly duties of plans running then."""
        return self._by_year.get(year, _NONE)

    def has_term(self, position: int, term: str) -> bool:
        """Whether the fact at ``position`` is indexed under ``term`` (a word or bigram)."""
        posting = self._postings.get(term)
        return posting is not None and position in posting

    # -- words and places -----------------------------------------------------------------

    def uses_word(self, word: str) -> bool:
        """Whether the documents or the names of the store use ``word`` themselves: as a word
        of their sentences, or written in what a fact counts (a table row's 规上企业采标率, which
        the segmenter splits 采标/率: trial47, its question was read in the glossary's long
        words and found no fact)."""
        return (
            self.passages.knows(word)
            or word in self.names.region_aliases
            or word in self.names.unit_aliases
            or self._labels_write(word)
        )

    def _labels_write(self, word: str) -> bool:
        """Whether a fact's label writes ``word`` other than inside what the glossary says it
        means (新增省名牌产品 writes 省名牌 only as part of 省名牌产品, its meaning)."""
        labels = self._labels
        for entry in self.glossary.entries:
            if entry.term == word and word in entry.means:
                labels = labels.replace(entry.means, "")
        return word in labels

    @cached_property
    def _labels(self) -> str:
        """What every live fact counts or names, one a line (``uses_word`` looks in them)."""
        return "\n".join(fact.row.label for fact in self._facts)

    def documents_mentioning(self, text: str) -> set[int]:
        """Active documents whose text contains ``text`` (each distinct text searched once)."""
        found: set[int] = set()
        for content, document_ids in self._texts_by_content.items():
            if text in content:
                found.update(document_ids)
        return found

    def mentions(self, text: str) -> bool:
        return any(text in content for content in self._texts_by_content)

    def spellings(self, pattern: re.Pattern[str]) -> Counter[str]:
        """What the active documents write that ``pattern`` matches, and how often (each
        distinct text counted once)."""
        found: Counter[str] = Counter()
        for content in self._texts_by_content:
            found.update(match.group(0) for match in pattern.finditer(content))
        return found

    def occurrences(self, text: str) -> int:
        """How often the active documents write ``text`` (each distinct text counted once)."""
        return sum(content.count(text) for content in self._texts_by_content)

    # -- names ----------------------------------------------------------------------------

    def region_scope(self, region_id: int) -> set[int]:
        """The region and every region under it: 佛山市 includes 佛山市南海区."""
        scope = {region_id}
        pending = [region_id]
        while pending:
            for child in self._children.get(pending.pop(), []):
                if child not in scope:
                    scope.add(child)
                    pending.append(child)
        return scope

    def ancestors(self, region_id: int) -> set[int]:
        """The regions above: 佛山市 for 佛山市南海区."""
        found: set[int] = set()
        parent = self._regions[region_id].parent_id if region_id in self._regions else None
        while parent is not None and parent not in found:
            found.add(parent)
            parent = self._regions[parent].parent_id if parent in self._regions else None
        return found

    def region_name(self, region_id: int | None) -> str | None:
        region = self._regions.get(region_id) if region_id is not None else None
        return region.name if region else None

    def regions_with_facts(self) -> list[RegionRow]:
        """Regions that hold facts or documents, for 未找到 suggestions."""
        used = {region_id for region_id, hits in self._by_region.items() if hits}
        used |= {doc.region_id for doc in self._documents.values() if doc.region_id}
        return [self._regions[rid] for rid in sorted(rid for rid in used if rid in self._regions)]

    @cached_property
    def held_region_ids(self) -> frozenset[int]:
        """The regions some live document is filed under (a region only facts name, a city's
        district row, holds none)."""
        return frozenset(d.region_id for d in self._documents.values() if d.region_id is not None)

    @cached_property
    def near_names(self) -> NearNames:
        """Region names and terms prepared for the 未找到 hint (built at the first miss)."""
        return near_names(self)

    def known_terms(
        self,
        candidates: Iterable[str] = vocabulary.DOMAIN_TERMS,
        *,
        among: AbstractSet[int] | None = None,
    ) -> list[str]:
        """Which of ``candidates`` the live facts (those at the positions ``among``, when
        given) actually mention, most frequent first."""
        pool: Mask | None = None
        if among is not None:
            pool = np.zeros(len(self._facts), dtype=np.bool_)
            pool[list(among)] = True
        present = [(self._mentions(term, pool), term) for term in candidates]
        return [term for count, term in sorted(present, key=lambda p: (-p[0], p[1])) if count]

    def _mentions(self, term: str, pool: Mask | None) -> int:
        """How many facts (of ``pool``, when given) are indexed under ``term``."""
        posting = self._postings.get(term)
        if posting is None:
            return 0
        return len(posting) if pool is None else len(posting.matches(pool)[0])

    # -- searching ------------------------------------------------------------------------

    def by_due(
        self,
        today: date,
        *,
        region_ids: Collection[int] | None = None,
        unit_ids: Collection[int] | None = None,
        limit: int = 50,
    ) -> DueResult:
        """Dated targets and milestones: upcoming soonest first, past most recent first."""
        candidates = self._candidates(DATED_KINDS, region_ids, unit_ids, None, None)
        split = bisect.bisect_left(self._dated_keys, today)
        if candidates is not None and len(candidates) < len(self._dated_positions) // 8:
            # A few facts: sort them by due date rather than walk the whole calendar.
            ranked = sorted(self._due_rank[p] for p in candidates if p in self._due_rank)
            cut = bisect.bisect_left(ranked, split)
            upcoming_positions = [self._dated_positions[r] for r in ranked[cut:]]
            past_positions = [self._dated_positions[r] for r in reversed(ranked[:cut])]
            return DueResult(
                [self._facts[p] for p in upcoming_positions[:limit]],
                len(upcoming_positions),
                [self._facts[p] for p in past_positions[:limit]],
                len(past_positions),
            )
        if candidates is None:
            later, earlier = self._dated_positions[split:], self._dated_positions[:split]
            return DueResult(
                [self._facts[p] for p in later[:limit]],
                len(later),
                [self._facts[p] for p in earlier[::-1][:limit]],
                len(earlier),
            )
        upcoming = self._take(self._dated_positions[split:], candidates, limit)
        past = self._take(reversed(self._dated_positions[:split]), candidates, limit)
        return DueResult(*upcoming, *past)

    def due_between(
        self,
        start: date | None,
        end: date | None,
        *,
        kinds: Collection[str] = DATED_KINDS,
        region_ids: Collection[int] | None = None,
        unit_ids: Collection[int] | None = None,
        document_ids: Collection[int] | None = None,
        limit: int = 200,
    ) -> list[IndexedFact]:
        """Dated facts due in ``[start, end]`` (either open), soonest first: a walk over the
        calendar from ``start``, never a scan of every fact."""
        candidates = self._candidates(kinds, region_ids, unit_ids, document_ids, None)
        low = bisect.bisect_left(self._dated_keys, start) if start else 0
        high = bisect.bisect_right(self._dated_keys, end) if end else len(self._dated_keys)
        found: list[IndexedFact] = []
        for position in self._dated_positions[low:high]:
            if candidates is None or position in candidates:
                found.append(self._facts[position])
                if len(found) >= limit:
                    break
        return found

    def recurring_between(
        self,
        start: date | None,
        end: date | None,
        *,
        region_ids: Collection[int] | None = None,
        unit_ids: Collection[int] | None = None,
        document_ids: Collection[int] | None = None,
        last: bool = False,
        today: date | None = None,
    ) -> list[IndexedFact]:
        """Recurring duties (每季度…) due in ``[start, end]``: each duty once, dated to its first
        period end there inside its plan's period -- the occurrence the reminders send (its
        ``last`` one when asked). With ``today``, the one rule every window follows (/deadlines
        佛山 2018 and 今年底前有哪些任务要到期 alike): its next occurrence from ``today`` in
        the window, or when the window holds none still to come, its latest there. A duty of a
        plan stating no years falls from the day it was issued on (as for the scheduler)."""
        candidates = self._candidates(
            [FactKind.RECURRING], region_ids, unit_ids, document_ids, None
        )
        if candidates is None:
            candidates = self._by_kind.get(FactKind.RECURRING, set())
        found: list[IndexedFact] = []
        for position in sorted(candidates):
            fact = self._facts[position]
            due = None
            if today is not None and not last and (end is None or today <= end):
                due = _next_occurrence(fact, max(today, start) if start else today, end)
            if due is None:
                due = _next_occurrence(fact, start, end, last=last or today is not None)
            if due is not None:
                found.append(replace(fact, row=replace(fact.row, due=due)))
        return sorted(found, key=lambda f: (f.row.due or date.max, f.position))

    def yearly_between(
        self,
        start: date | None,
        end: date | None,
        *,
        region_ids: Collection[int] | None = None,
        unit_ids: Collection[int] | None = None,
    ) -> list[IndexedFact]:
        """Per-year targets (每年…) with an occurrence in ``[start, end]``: each once, dated to
        its first one there (``recurrence.yearly_occurrences``: each plan year's end, the last
        on its deadline), as reminders and /overdue date them."""
        candidates = self._candidates([FactKind.TARGET], region_ids, unit_ids, None, None)
        positions = self._per_year if candidates is None else self._per_year & candidates
        found: list[IndexedFact] = []
        for position in sorted(positions):
            fact = self._facts[position]
            assert fact.row.due is not None
            days = [
                day
                for day in yearly_occurrences(fact.row.due, fact.document.period_start)
                if (start is None or day >= start) and (end is None or day <= end)
            ]
            if days:
                found.append(replace(fact, row=replace(fact.row, due=days[0])))
        return sorted(found, key=lambda f: (f.row.due or date.max, f.position))

    def is_per_year(self, fact: IndexedFact) -> bool:
        """Whether ``fact`` is a per-year target, dated by its occurrences."""
        return fact.position in self._per_year

    def as_of(self, fact: IndexedFact, day: date) -> IndexedFact:
        """``fact`` as a reply dates it on ``day``: a per-year target by its occurrence current
        then (``recurrence.yearly_occurrence``), anything else as stored. Lists, questions and
        reminders all date through here, so one item never shows two dates."""
        if fact.row.due is None or not self.is_per_year(fact):
            return fact
        due = yearly_occurrence(fact.row.due, fact.document.period_start, day)
        return replace(fact, row=replace(fact.row, due=due))

    def _take(
        self, positions: Iterable[int], candidates: set[int], limit: int
    ) -> tuple[list[IndexedFact], int]:
        hits: list[IndexedFact] = []
        total = 0
        for position in positions:
            if position in candidates:
                total += 1
                if len(hits) < limit:
                    hits.append(self._facts[position])
        return hits, total

    def idf(self, term: str) -> float:
        return math.log(1 + len(self._facts) / (1 + len(self._postings.get(term, ()))))

    def search(
        self,
        query: str | None = None,
        *,
        kinds: Collection[str] | None = None,
        region_ids: Collection[int] | None = None,
        unit_ids: Collection[int] | None = None,
        document_ids: Collection[int] | None = None,
        year: int | None = None,
        limit: int = 50,
        min_coverage: float = MIN_COVERAGE,
    ) -> SearchResult:
        """Facts passing every filter: ranked by keyword score when there is a query, else in
        the documents' order. ``min_coverage``: the share of the query's weight a fact must
        match (questions ask for a looser pool and judge it with ``confidence``)."""
        candidates = self._candidates(kinds, region_ids, unit_ids, document_ids, year)
        terms = vocabulary.query_terms(vocabulary.normalise(query or ""))
        if not terms.required:
            if candidates is None:
                return SearchResult(len(self._facts), self._facts[:limit])
            first = heapq.nsmallest(limit, candidates)
            return SearchResult(len(candidates), [self._facts[p] for p in first])
        positions, scores = self._score(
            self._findable(terms.required), terms.optional, candidates, min_coverage
        )
        # The ``limit`` best by score, then by position (the documents' order).
        order = np.lexsort((positions, -scores))[:limit]
        best = list(zip(positions[order].tolist(), scores[order].tolist(), strict=True))
        # Of one document's facts that match equally, the one whose counted noun is what was
        # asked comes first (…卓越绩效管理企业 300家 before …企业实现导入卓越绩效管理全覆盖 50家);
        # documents keep their order, so a tie never mixes in another region's fact.
        document_rank: dict[int, int] = {}
        for position, _ in best:
            document_rank.setdefault(self._facts[position].row.document_id, len(document_rank))
        best.sort(
            key=lambda item: (
                -round(item[1], 6),
                document_rank[self._facts[item[0]].row.document_id],
                not vocabulary.headed_by(self._facts[item[0]].row.label or "", terms.words),
            )
        )
        return SearchResult(
            len(positions),
            [self._facts[p] for p, _ in best],
            [score for _, score in best],
            [self._covers_every_word(p, terms.words) for p, _ in best],
        )

    def _findable(self, required: tuple[str, ...]) -> tuple[str, ...]:
        """The required terms without a word no fact was indexed under when every bigram of it
        was: jieba cut the documents' 细分行业龙头企业 otherwise than the query's 龙头企业, and the
        word, found nowhere, took the highest weight and left no fact able to reach the
        threshold (/targets 佛山 龙头企业 said 未找到). Its bigrams still carry it; a word
        whose bigrams are missing too (鲁班奖) still matches nothing."""
        postings = self._postings
        return tuple(
            term
            for term in required
            if term in postings
            or len(term) <= 2
            or not all(gram in postings for gram in vocabulary.bigrams(term))
        )

    def _covers_every_word(self, position: int, words: tuple[str, ...]) -> bool:
        """Every word of the query appears in the fact, whole or by one of its bigrams."""
        for word in words:
            grams = [word, *vocabulary.bigrams(word)]
            if not any(self.has_term(position, gram) for gram in grams):
                return False
        return True

    def _candidates(
        self,
        kinds: Collection[str] | None,
        region_ids: Collection[int] | None,
        unit_ids: Collection[int] | None,
        document_ids: Collection[int] | None,
        year: int | None,
    ) -> set[int] | None:
        """Positions passing the filters, or None for no filter. Never mutate the result: it
        may be one of the index's own sets.

        The last filters and their positions are kept: a question searches its scope several
        times (省名牌 and 省名牌产品 in 顺德区's plans of 2019), and a scope of many regions is a
        union of many sets."""
        key = (
            None if kinds is None else frozenset(kinds),
            None if region_ids is None else frozenset(region_ids),
            None if unit_ids is None else frozenset(unit_ids),
            None if document_ids is None else frozenset(document_ids),
            year,
        )
        last = self._last_candidates  # one read: another thread may replace it
        if last is not None and last[0] == key:
            return last[1]
        found = self._filtered(kinds, region_ids, unit_ids, document_ids, year)
        self._last_candidates = (key, found)
        return found

    def _filtered(
        self,
        kinds: Collection[str] | None,
        region_ids: Collection[int] | None,
        unit_ids: Collection[int] | None,
        document_ids: Collection[int] | None,
        year: int | None,
    ) -> set[int] | None:
        sets: list[set[int]] = []
        if region_ids is not None:
            sets.append(_union(self._by_region, region_ids))
        if unit_ids is not None:
            sets.append(_union(self._by_unit, unit_ids))
        if document_ids is not None:
            sets.append(_union(self._by_document, document_ids))
        if year is not None:
            sets.append(self._by_year.get(year, set()))
        if kinds is not None and set(kinds) != set(self._by_kind):
            sets.append(self._kinds(kinds))
        if not sets:
            return None
        sets.sort(key=len)
        return sets[0].intersection(*sets[1:]) if len(sets) > 1 else sets[0]

    def _kinds(self, kinds: Collection[str]) -> set[int]:
        key = frozenset(kinds)
        if key not in self._kind_sets:
            self._kind_sets[key] = _union(self._by_kind, key)
        return self._kind_sets[key]

    def _score(
        self,
        required: tuple[str, ...],
        optional: tuple[str, ...],
        candidates: set[int] | None,
        min_coverage: float = MIN_COVERAGE,
    ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]:
        """The facts covering ``min_coverage`` of the required terms' weight (positions
        ascending) and their scores: the sum of idf x field weight over the terms they contain.

        Rare terms go first. Once the terms still to come cannot lift a fact that has not
        matched yet to the threshold, no new facts are admitted: common terms (质量, 企业) then
        only add to the facts already admitted. Scores are summed in numpy arrays over the
        facts that may score (the candidates, else every fact), in the same order and precision
        as a sum per fact: a common word's long posting is no longer walked in Python.
        """
        weights = sorted(((self.idf(t), t) for t in required), reverse=True)
        total_weight = sum(weight for weight, _ in weights) or 1.0
        threshold = min_coverage * total_weight
        remaining = total_weight
        if not any(self._postings.get(term) for _, term in weights):  # 火星 探测: nothing
            return np.zeros(0, dtype=np.intp), np.zeros(0)
        # The facts that may score, as a sorted array (every fact when there is no filter: then
        # an index into the arrays below is the fact's position).
        universe = None if candidates is None else _sorted_positions(candidates)
        size = len(self._facts) if universe is None else len(universe)
        scores = np.zeros(size)
        coverage = np.zeros(size)
        admitted: Mask = np.zeros(size, dtype=np.bool_)
        for weight, term in weights:
            posting = self._postings.get(term)
            admitting = remaining >= threshold
            remaining -= weight
            if not posting:
                continue
            found, tfs = self._in(posting, universe, None if admitting else admitted)
            scores[found] += weight * tfs
            coverage[found] += weight
            admitted[found] = True
        for term in optional:
            posting = self._postings.get(term)
            if posting:
                found, tfs = self._in(posting, universe, admitted)
                scores[found] += self.idf(term) * tfs
        kept = np.flatnonzero(admitted & (coverage >= threshold))
        positions = kept if universe is None else universe[kept].astype(np.intp)
        return positions, scores[kept]

    @staticmethod
    def _in(
        posting: Posting, universe: npt.NDArray[np.uint32] | None, admitted: Mask | None
    ) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.float64]]:
        """Where the posting's facts stand in the score arrays (within the universe, and only
        those already admitted when ``admitted`` is given), with their weights."""
        if universe is None:
            return posting.matches(admitted)
        found, tfs = posting.within(universe)
        if admitted is None:
            return found, tfs
        keep = admitted[found]
        return found[keep], tfs[keep]


def _sorted_positions(positions: Collection[int]) -> npt.NDArray[np.uint32]:
    array = np.fromiter(positions, dtype=np.uint32, count=len(positions))
    array.sort()
    return array


def place_names_starting(text: str) -> Iterable[str]:
    """The gazetteer's place names ``text`` begins with (a function, so an index pickles small)."""
    return gazetteer().names_starting(text)


def _union(groups: dict[Any, set[int]], keys: Iterable[Any]) -> set[int]:
    selected = [groups[key] for key in keys if key in groups]
    if len(selected) == 1:
        return selected[0]
    return set().union(*selected)


def _years(fact: IndexedFact) -> set[int]:
    """The years a fact belongs to: its due year, and for a yearly duty every plan year; a
    reward, due no year, the years of its document's period, so that /rewards 2018 lists the
    rules in force then as /targets 2018 lists that year's targets (not the year a notice
    without a period was issued: 2017年度…奖给了谁 asks nothing of a 2016 award issued in 2017)."""
    years = {fact.row.due.year} if fact.row.due is not None else set()
    document = fact.document
    if fact.row.kind == FactKind.REWARD and not years and document.period_start:
        return set(range(document.period_start, (document.period_end or 0) + 1))
    if fact.row.per_year and document.period_start and document.period_end:
        years.update(range(document.period_start, document.period_end + 1))
    return years


StoreRevision = tuple[StoreVersion, str]


def _named_regions(rows: SnapshotRows) -> set[int]:
    """Ids of the regions a stored document (live or retired: its retirement is said), a fact
    (a retired document's too) or a linked unit names, and their parents. The region table keeps every place an
    upload ever named, an undone one's too; the plans stored are the truth of what is a place
    here, as ``load_units`` keeps only the units a stored plan names."""
    parents = {region.id: region.parent_id for region in rows.regions}
    named: set[int] = set()
    used = [
        *(document.region_id for document in rows.documents),
        *(fact.region_id for fact in rows.facts),
        *(unit.region_id for unit in rows.units),
        *rows.retired_regions,
    ]
    for region_id in used:
        while region_id is not None and region_id not in named:
            named.add(region_id)
            region_id = parents.get(region_id)
    return named


class SavedIndexes(Protocol):
    """Where built indexes are kept between processes (``index_cache.IndexCache``)."""

    def load(self, revision: StoreRevision) -> KnowledgeIndex | None: ...

    def save(self, index: KnowledgeIndex, revision: StoreRevision) -> None: ...


class LiveIndex:
    """The current snapshot of a store: checks the version per use, rebuilds when it moved.

    A small index (every real deployment: a few plans, hundreds of facts) is rebuilt at once,
    so the next answer sees the change. Rebuilding a very large one takes seconds, so beyond
    ``sync_rebuild_limit`` facts it is rebuilt in a background thread while the previous
    snapshot keeps answering: answers lag a change by the rebuild time instead of stalling.
    With ``saved``, an index built for the store's current revision by an earlier process is
    loaded instead of built, and every build is saved for the next one.
    """

    def __init__(
        self,
        engine: Engine,
        *,
        sync_rebuild_limit: int = SYNC_REBUILD_LIMIT,
        saved: SavedIndexes | None = None,
    ) -> None:
        self._engine = engine
        self._saved = saved
        self._index: KnowledgeIndex | None = None
        self._lock = threading.Lock()
        self._stale = True
        self._sync_rebuild_limit = sync_rebuild_limit
        self._rebuilding: threading.Thread | None = None
        self._start_lock = threading.Lock()
        # While writers in ``refreshed_after`` write and index: the snapshot readers keep using.
        self._writers = 0
        self._before_write: KnowledgeIndex | None = None

    def invalidate(self) -> None:
        """Force a rebuild on next use (after a write this process knows about)."""
        self._stale = True

    def current(self) -> KnowledgeIndex:
        index = self._index
        if index is None:
            with self._lock:
                built = self._index
                if built is None:
                    self._stale = False
                    built = self._index = self._build()
                return built
        if not self._stale and read_store_version(self._engine) == index.version:
            return index
        previous = self._before_write
        if previous is not None:  # a writer will build the next one before its answer: no wait
            return previous
        if index.fact_count() > self._sync_rebuild_limit:
            self._stale = False
            self._rebuild_in_background()
            return index
        with self._lock:
            latest = self._index
            if latest is index or latest is None:  # nobody rebuilt it while we waited
                self._stale = False
                latest = self._index = self._build()
            return latest

    def refreshed_after(self, write: Callable[[], WriteResult]) -> WriteResult:
        """``write()``, then the index rebuilt for it, for a write whose writer is told of it
        only afterwards (an upload's 确认入库 is answered once the plan can be asked about).

        From before the write until the rebuild, other readers answer from the snapshot before
        it instead of building the next one themselves or waiting for it (the trial: another
        chat's /targets took 22 s instead of 6 s while a confirmed 400-target plan was indexed
        by the first look-up after its commit, every other look-up waiting for that one).
        Nobody has been told of the write yet, so nobody misses it. A rebuild that fails is
        logged and left to the next reader: the write stands.
        """
        with self._start_lock:
            self._writers += 1
            self._before_write = self._index
        try:
            result = write()
            try:
                with self._lock:
                    self._stale = False
                    self._index = self._build()
            except Exception:
                log.exception("could not index a write; the next reader will")
            return result
        finally:
            with self._start_lock:
                self._writers -= 1
                if not self._writers:
                    self._before_write = None

    def _build(self) -> KnowledgeIndex:
        try:
            return self._load_or_build()
        except BaseException:
            self._stale = True
            raise

    def _load_or_build(self) -> KnowledgeIndex:
        owner = self._engine.url.render_as_string(hide_password=True)
        if self._saved is None:
            return KnowledgeIndex(read_snapshot_rows(self._engine), owner=owner)
        revision = read_store_revision(self._engine)
        index = self._saved.load(revision)
        if index is not None:
            index.teach_vocabulary(owner)
            return index
        index = KnowledgeIndex(read_snapshot_rows(self._engine), owner=owner)
        if index.version == revision[0]:  # no write came between: the revision names it
            self._saved.save(index, revision)
        return index

    def _rebuild_in_background(self) -> None:
        with self._start_lock:
            if self._rebuilding is not None and self._rebuilding.is_alive():
                return
            self._rebuilding = threading.Thread(
                target=self._background_build, name="policybot-index", daemon=True
            )
            self._rebuilding.start()

    def _background_build(self) -> None:
        self._index = self._build()

    def wait_for_rebuild(self, timeout: float | None = None) -> None:
        """Block until a background rebuild (if any) has finished: for tests and benchmarks."""
        thread = self._rebuilding
        if thread is not None:
            thread.join(timeout)


def soonest_first(facts: Iterable[IndexedFact], today: date) -> list[IndexedFact]:
    """Upcoming deadlines soonest first, then past ones most recent first, then undated: the
    order of every list of deadlines (/deadlines with a year, 今年有哪些任务要到期)."""

    def key(fact: IndexedFact) -> tuple[int, int, int]:
        due = fact.row.due
        if due is None:
            return (2, 0, fact.position)
        if due >= today:
            return (0, due.toordinal(), fact.position)
        return (1, -due.toordinal(), fact.position)

    return sorted(facts, key=key)


def _next_occurrence(
    fact: IndexedFact, start: date | None, end: date | None, *, last: bool = False
) -> date | None:
    """A recurring duty's first (or last) occurrence in ``[start, end]`` within its plan's
    years and its window: the day it states, or its period's end (``DutyCalendar``), as the
    reminders date it."""
    row, document = fact.row, fact.document
    if row.every is None:
        return None
    span = duty_span(
        DutyCalendar.of(row),
        document.period_start,
        document.period_end,
        document.issued_or_stored,
    )
    if span is None:
        return None
    # an open-ended duty (a plan stating no years) is looked for up to the window's end
    bound = end or start or document.issued_or_stored
    first_year, last_year = span.years_to(bound.year + 1 if bound else span.first_year + 1)
    days = [
        day
        for day in span.calendar.occurrences(first_year, last_year)
        if (start is None or day >= start) and (end is None or day <= end)
    ]
    if not days:
        return None
    return days[-1] if last else days[0]
