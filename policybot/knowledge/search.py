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
import math
import threading
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy.engine import Engine

from policybot.knowledge import vocabulary
from policybot.knowledge.models import FactKind
from policybot.knowledge.queries import (
    DocumentRow,
    FactRow,
    ProgressRow,
    RegionRow,
    SnapshotRows,
    StoreVersion,
    UnitRow,
    read_snapshot_rows,
    read_store_version,
)

# A label counts three times a quote: "驰名商标" in the achievement beats a passing mention.
LABEL_WEIGHT = 3.0
QUOTE_WEIGHT = 1.0
UNIT_WEIGHT = 1.0
# A hit must cover this share of the query's weight, so one shared bigram is not an answer.
MIN_COVERAGE = 0.65


@dataclass(slots=True)
class IndexedFact:
    """A live fact with what answers need beside it: its document, units and latest progress."""

    row: FactRow
    document: DocumentRow
    lead_units: tuple[str, ...] = ()
    support_units: tuple[str, ...] = ()
    unit_ids: frozenset[int] = frozenset()
    progress: ProgressRow | None = None
    position: int = 0


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


SortKey = Callable[[IndexedFact], tuple]
DATED_KINDS = (FactKind.TARGET, FactKind.MILESTONE)


def document_order(fact: IndexedFact) -> tuple:
    """As the plans are written: by document, then by kind, then in text order."""
    return (fact.row.document_id, FactKind.ALL.index(fact.row.kind), fact.row.id)


class KnowledgeIndex:
    """One immutable snapshot of the store: facts, names and posting lists."""

    def __init__(self, rows: SnapshotRows) -> None:
        self.version: StoreVersion = rows.version
        self.documents: dict[int, DocumentRow] = {doc.id: doc for doc in rows.documents}
        self.regions: dict[int, RegionRow] = {region.id: region for region in rows.regions}
        self.units: dict[int, UnitRow] = {unit.id: unit for unit in rows.units}
        self.children: dict[int, list[int]] = defaultdict(list)
        for region in rows.regions:
            if region.parent_id is not None:
                self.children[region.parent_id].append(region.id)
        self.region_aliases: dict[str, set[int]] = defaultdict(set)
        for region in rows.regions:
            self.region_aliases[vocabulary.normalise(region.name)].add(region.id)
        for alias, region_id in rows.region_aliases:
            self.region_aliases[vocabulary.normalise(alias)].add(region_id)
        self.unit_aliases: dict[str, set[int]] = defaultdict(set)
        for unit in rows.units:
            self.unit_aliases[vocabulary.normalise(unit.name)].add(unit.id)
        for alias, unit_id in rows.unit_aliases:
            self.unit_aliases[vocabulary.normalise(alias)].add(unit_id)
        vocabulary.add_words([*self.region_aliases, *self.unit_aliases])
        self.facts: list[IndexedFact] = []
        self.by_kind: dict[str, list[int]] = defaultdict(list)
        self.by_region: dict[int | None, list[int]] = defaultdict(list)
        self.by_unit: dict[int, list[int]] = defaultdict(list)
        self.by_document: dict[int, list[int]] = defaultdict(list)
        self.postings: dict[str, dict[int, float]] = defaultdict(dict)
        self._load_facts(rows)
        dated = sorted(
            (fact.row.due, fact.row.id, fact.position)
            for fact in self.facts
            if fact.row.due is not None and fact.row.kind in DATED_KINDS
        )
        self.dated_positions: list[int] = [position for _, _, position in dated]
        self.dated_keys: list[date] = [due for due, _, _ in dated]

    # -- building -------------------------------------------------------------------------

    def _load_facts(self, rows: SnapshotRows) -> None:
        links: dict[tuple[str, int], list[tuple[str, int, int]]] = defaultdict(list)
        for link in rows.unit_links:
            links[(link.kind, link.fact_id)].append((link.role, link.position, link.unit_id))
        term_cache: dict[str, list[str]] = {}
        for row in rows.facts:
            document = self.documents.get(row.document_id)
            if document is None:
                continue
            fact = self._indexed(row, document, links.get((row.kind, row.id), []), rows.progress)
            fact.position = len(self.facts)
            self.facts.append(fact)
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
        lead = [self.units[u].name for role, _, u in sorted(links) if role == "lead"]
        support = [self.units[u].name for role, _, u in sorted(links) if role != "lead"]
        return IndexedFact(
            row=row,
            document=document,
            lead_units=tuple(lead),
            support_units=tuple(support),
            unit_ids=frozenset(unit_id for _, _, unit_id in links),
            progress=progress.get(row.id) if row.kind == FactKind.TARGET else None,
        )

    def _file(self, fact: IndexedFact, term_cache: dict[str, list[str]]) -> None:
        position = fact.position
        self.by_kind[fact.row.kind].append(position)
        self.by_region[fact.row.region_id].append(position)
        self.by_document[fact.row.document_id].append(position)
        for unit_id in fact.unit_ids:
            self.by_unit[unit_id].append(position)
        weighted = (
            (fact.row.label, LABEL_WEIGHT),
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
            self.postings[term][position] = weight

    # -- names ----------------------------------------------------------------------------

    def region_scope(self, region_id: int) -> set[int]:
        """The region and every region under it: 佛山市 includes 佛山市南海区."""
        scope = {region_id}
        pending = [region_id]
        while pending:
            for child in self.children.get(pending.pop(), []):
                if child not in scope:
                    scope.add(child)
                    pending.append(child)
        return scope

    def region_name(self, region_id: int | None) -> str | None:
        region = self.regions.get(region_id) if region_id is not None else None
        return region.name if region else None

    def regions_with_facts(self) -> list[RegionRow]:
        """Regions that hold facts or documents, for 未找到 suggestions."""
        used = {region_id for region_id, hits in self.by_region.items() if hits}
        used |= {doc.region_id for doc in self.documents.values() if doc.region_id}
        return [self.regions[rid] for rid in sorted(rid for rid in used if rid in self.regions)]

    def known_terms(self, candidates: Iterable[str] = vocabulary.DOMAIN_TERMS) -> list[str]:
        """Which of ``candidates`` the live facts actually mention (most frequent first)."""
        present = [(len(self.postings.get(term, ())), term) for term in candidates]
        return [term for count, term in sorted(present, key=lambda p: (-p[0], p[1])) if count]

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
        split = bisect.bisect_left(self.dated_keys, today)
        upcoming = self._take(self.dated_positions[split:], candidates, limit)
        past = self._take(reversed(self.dated_positions[:split]), candidates, limit)
        return DueResult(*upcoming, *past)

    def _take(
        self, positions: Iterable[int], candidates: set[int] | None, limit: int
    ) -> tuple[list[IndexedFact], int]:
        hits: list[IndexedFact] = []
        total = 0
        for position in positions:
            if candidates is None or position in candidates:
                total += 1
                if len(hits) < limit:
                    hits.append(self.facts[position])
        return hits, total

    def idf(self, term: str) -> float:
        return math.log(1 + len(self.facts) / (1 + len(self.postings.get(term, ()))))

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
        order: SortKey = document_order,
    ) -> SearchResult:
        """Facts passing every filter; ranked by keyword score when there is a query."""
        candidates = self._candidates(kinds, region_ids, unit_ids, document_ids, year)
        terms = vocabulary.query_terms(vocabulary.normalise(query or ""))
        if not terms.required:
            pool = self.facts if candidates is None else [self.facts[p] for p in candidates]
            return SearchResult(len(pool), heapq.nsmallest(limit, pool, key=order))
        scores = self._score(terms.required, terms.optional, candidates)
        best = heapq.nlargest(
            limit, scores.items(), key=lambda item: (item[1], -self.facts[item[0]].position)
        )
        return SearchResult(
            len(scores),
            [self.facts[p] for p, _ in best],
            [score for _, score in best],
            [self._covers_every_word(p, terms.words) for p, _ in best],
        )

    def _covers_every_word(self, position: int, words: tuple[str, ...]) -> bool:
        """Every word of the query appears in the fact, whole or by one of its bigrams."""
        for word in words:
            grams = [word, *vocabulary.bigrams(word)]
            if not any(position in self.postings.get(gram, ()) for gram in grams):
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
        """Positions passing the filters (None: no filter); starts from the shortest list."""
        lists: list[list[int]] = []
        if region_ids is not None:
            lists.append([p for rid in region_ids for p in self.by_region.get(rid, ())])
        if unit_ids is not None:
            lists.append([p for uid in unit_ids for p in self.by_unit.get(uid, ())])
        if document_ids is not None:
            lists.append([p for did in document_ids for p in self.by_document.get(did, ())])
        if kinds is not None:
            lists.append([p for kind in kinds for p in self.by_kind.get(kind, ())])
        if not lists and year is None:
            return None
        if lists:
            lists.sort(key=len)
            selected = set(lists[0])
            for other in lists[1:]:
                selected.intersection_update(other)
        else:
            selected = set(range(len(self.facts)))
        if year is not None:
            selected = {p for p in selected if _in_year(self.facts[p], year)}
        return selected

    def _score(
        self, required: list[str], optional: list[str], candidates: set[int] | None
    ) -> dict[int, float]:
        """Sum of idf x field weight; a hit must cover ``MIN_COVERAGE`` of the required terms."""
        weights = {term: self.idf(term) for term in required}
        total_weight = sum(weights.values()) or 1.0
        bonus = {term: self.idf(term) for term in optional}
        scores: dict[int, float] = defaultdict(float)
        coverage: dict[int, float] = defaultdict(float)
        for term, weight in [*weights.items(), *bonus.items()]:
            counts = term in weights
            posting = self.postings.get(term)
            if not posting:
                continue
            if candidates is not None and len(candidates) < len(posting):
                matches = ((p, posting[p]) for p in candidates if p in posting)
            elif candidates is not None:
                matches = ((p, tf) for p, tf in posting.items() if p in candidates)
            else:
                matches = iter(posting.items())
            for position, tf in matches:
                scores[position] += weight * tf
                if counts:
                    coverage[position] += weight
        threshold = MIN_COVERAGE * total_weight
        return {p: score for p, score in scores.items() if coverage[p] >= threshold}


def _in_year(fact: IndexedFact, year: int) -> bool:
    """Due in that year, or a yearly duty of a plan whose period covers it."""
    due = fact.row.due
    if due is not None and due.year == year:
        return True
    document = fact.document
    if fact.row.per_year and document.period_start and document.period_end:
        return document.period_start <= year <= document.period_end
    return False


class LiveIndex:
    """The current snapshot of a store: checks the version per use, rebuilds when it moved."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._index: KnowledgeIndex | None = None
        self._lock = threading.Lock()
        self._stale = True

    def invalidate(self) -> None:
        """Force a rebuild on next use (after a write this process knows about)."""
        self._stale = True

    def current(self) -> KnowledgeIndex:
        index = self._index
        if (
            index is not None
            and not self._stale
            and read_store_version(self._engine) == index.version
        ):
            return index
        with self._lock:
            if (
                self._index is None
                or self._stale
                or self._index.version != read_store_version(self._engine)
            ):
                self._index = KnowledgeIndex(read_snapshot_rows(self._engine))
                self._stale = False
            return self._index
