"""The in-memory index: what is live, how it scores, when it is rebuilt, and the vocabulary."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import update
from sqlalchemy.engine import Engine

from lookup_samples import foshan, huzhou, load_samples
from policybot.knowledge import store, vocabulary
from policybot.knowledge.database import session_scope
from policybot.knowledge.models import (
    AuditEntry,
    Document,
    DocumentStatus,
    FactKind,
    RewardRule,
    utcnow,
)
from policybot.knowledge.postings import Posting
from policybot.knowledge.question import resolve_region
from policybot.knowledge.search import MIN_COVERAGE, KnowledgeIndex, LiveIndex


def test_two_character_queries_match_through_bigrams(engine: Engine) -> None:
    load_samples(engine)
    index = LiveIndex(engine).current()
    result = index.search("奖励", kinds=[FactKind.REWARD])
    assert result.total >= 2
    assert all(hit.row.kind == FactKind.REWARD for hit in result.hits)


def test_labels_outrank_passing_mentions(engine: Engine) -> None:
    load_samples(engine)
    index = LiveIndex(engine).current()
    result = index.search("卓越绩效")
    assert result.hits[0].row.label == "品牌培育企业导入卓越绩效管理"


def test_a_city_includes_its_districts(engine: Engine) -> None:
    load_samples(engine)
    index = LiveIndex(engine).current()
    (city,) = resolve_region("佛山", index)
    names = {index.region_name(rid) for rid in index.region_scope(city)}
    assert names == {"佛山市", "佛山市南海区", "佛山市禅城区"}


def test_deleted_facts_and_superseded_documents_are_not_indexed(engine: Engine) -> None:
    load_samples(engine)
    live = LiveIndex(engine)
    assert live.current().search("驰名商标", kinds=[FactKind.REWARD]).total == 2
    with session_scope(engine) as session:
        session.exec(  # type: ignore[call-overload]
            update(RewardRule).where(RewardRule.amount_yuan == 500000).values(deleted_at=utcnow())
        )
    live.invalidate()
    assert live.current().search("驰名商标", kinds=[FactKind.REWARD]).total == 1
    with session_scope(engine) as session:
        session.exec(  # type: ignore[call-overload]
            update(Document)
            .where(Document.region == "湖州市")
            .values(status=DocumentStatus.SUPERSEDED, updated_at=utcnow())
        )
        session.add(AuditEntry(action="expire", entity_kind="document", created_at=utcnow()))
    assert live.current().search("卓越绩效").total == 0  # the audit entry moved the version


def test_the_snapshot_is_reused_until_the_store_changes(sqlite_engine: Engine) -> None:
    store.ingest_extraction(sqlite_engine, huzhou())
    live = LiveIndex(sqlite_engine)
    first = live.current()
    assert live.current() is first
    store.ingest_extraction(sqlite_engine, foshan())
    second = live.current()
    assert second is not first and second.search("省名牌产品").total == 3


def test_a_reingest_that_changes_facts_is_noticed(sqlite_engine: Engine) -> None:
    extraction = huzhou()
    store.ingest_extraction(sqlite_engine, extraction)
    live = LiveIndex(sqlite_engine)
    assert live.current().search(kinds=[FactKind.TARGET]).total == 3
    fewer = replace(extraction, targets=extraction.targets[:1])
    store.ingest_extraction(sqlite_engine, fewer)
    assert live.current().search(kinds=[FactKind.TARGET]).total == 1


def test_year_filter_uses_deadlines(sqlite_engine: Engine) -> None:
    store.ingest_extraction(sqlite_engine, foshan())
    index: KnowledgeIndex = LiveIndex(sqlite_engine).current()
    result = index.search(kinds=[FactKind.TARGET], year=2017)
    assert [hit.row.value for hit in result.hits] == [5]


def test_unrelated_words_are_not_a_match(sqlite_engine: Engine) -> None:
    store.ingest_extraction(sqlite_engine, huzhou())
    index = LiveIndex(sqlite_engine).current()
    assert index.search("火星探测").total == 0


def test_vocabulary_keeps_domain_terms_whole_and_reads_traditional() -> None:
    assert "政府质量奖" in vocabulary.words("申报政府质量奖")
    assert vocabulary.normalise("湖州市質監局 發(fā)") == "湖州市质监局 发"
    assert vocabulary.bigrams("奖励") == ["奖励"]
    assert vocabulary.normalise("創(chuàng )新") == "创新"


def _brute_force(index: KnowledgeIndex, query: str) -> set[int]:
    """Every fact covering MIN_COVERAGE of the query's required weight, without pruning."""
    terms = vocabulary.query_terms(vocabulary.normalise(query))
    total = sum(index.idf(term) for term in terms.required)
    hits = set()
    for fact in index.facts():
        covered = sum(
            index.idf(term) for term in terms.required if index.has_term(fact.position, term)
        )
        if covered >= MIN_COVERAGE * total and covered > 0:
            hits.add(fact.position)
    return hits


@pytest.mark.parametrize(
    "query",
    ["驰名商标", "省名牌产品", "浙江制造产品标准", "质量奖提名", "行政途径获得", "督查", "火星"],
)
def test_pruned_scoring_finds_exactly_what_brute_force_finds(
    sqlite_engine: Engine, query: str
) -> None:
    load_samples(sqlite_engine)
    index = LiveIndex(sqlite_engine).current()
    found = {hit.position for hit in index.search(query, limit=10_000).hits}
    assert found == _brute_force(index, query)


def test_a_large_index_is_rebuilt_in_the_background(sqlite_engine: Engine) -> None:
    store.ingest_extraction(sqlite_engine, huzhou())
    live = LiveIndex(sqlite_engine, sync_rebuild_limit=0)
    first = live.current()
    store.ingest_extraction(sqlite_engine, foshan())
    assert live.current() is first  # still answering from the previous snapshot
    live.wait_for_rebuild(timeout=30)
    second = live.current()
    assert second is not first and second.search("省名牌产品").total == 3


@given(
    positions=st.sets(st.integers(min_value=0, max_value=500), max_size=80),
    pool=st.one_of(st.none(), st.sets(st.integers(min_value=0, max_value=500), max_size=80)),
)
def test_a_posting_finds_what_a_dict_would(positions: set[int], pool: set[int] | None) -> None:
    posting = Posting()
    expected = {}
    for position in sorted(positions):
        posting.add(position, position % 7 + 0.1)
        expected[position] = float(np.float32(position % 7 + 0.1))  # stored as float32
    mask = None if pool is None else np.isin(np.arange(501), list(pool))
    found, weights = posting.matches(mask)
    matched = dict(zip(found.tolist(), weights.tolist(), strict=True))
    assert matched == {p: w for p, w in expected.items() if pool is None or p in pool}
    assert found.tolist() == sorted(matched)
    assert all(p in posting for p in positions) and -1 not in posting
    assert len(posting) == len(positions)
