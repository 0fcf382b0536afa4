"""Pairing two regions' targets over the seed plans: the same subject and year pair; different
wording pairs by similarity but never across levels (国家标准 vs 行业标准); what one region
lacks is kept; the question form names two regions and a comparison word."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from policybot.handlers.compare_format import fits_phone, render_compare_pages, telegram_limit_ok
from policybot.knowledge.comparison import (
    ComparisonRequest,
    compare,
    request_from_question,
    request_from_words,
)
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.ingest import load_seeds_if_empty
from policybot.knowledge.search import KnowledgeIndex
from policybot.knowledge.service import QueryService


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeIndex]:
    path: Path = tmp_path_factory.mktemp("compare") / "seeds.db"
    engine: Engine = make_engine(f"sqlite:///{path}")
    upgrade_database(engine)
    load_seeds_if_empty(engine)
    yield QueryService(engine).index.current()
    engine.dispose()


def test_districts_of_one_plan_pair_row_by_row(index: KnowledgeIndex) -> None:
    comparison = compare(index, ComparisonRequest("南海", "顺德", None, 2018))
    assert comparison.found and comparison.rows and not comparison.only_left
    for row in comparison.paired:
        assert row.left and row.right and row.left.row.label == row.right.row.label
        assert row.left.row.region_id != row.right.row.region_id
    brands = next(r for r in comparison.rows if r.subject == "各区有效期内省名牌产品数量")
    assert (brands.left.row.value, brands.right.row.value) == (239, 161)  # type: ignore[union-attr]


def test_different_plans_pair_similar_subjects_of_the_same_level(index: KnowledgeIndex) -> None:
    comparison = compare(index, ComparisonRequest("湖州", "武汉", "标准", None))
    pairs = [(row.left.row.label, row.right.row.label) for row in comparison.paired]  # type: ignore[union-attr]
    assert any("国家标准" in left and "国家标准" in right for left, right in pairs)
    for left, right in pairs:
        for first, second in (("国家标准", "行业标准"), ("行业标准", "国际标准")):
            assert not (first in left and second in right)
            assert not (second in left and first in right)
    assert comparison.only_left and comparison.only_right


def test_a_region_without_targets_leaves_the_other_side_alone(index: KnowledgeIndex) -> None:
    comparison = compare(index, ComparisonRequest("湖州", "衢州", "标准", None))
    assert comparison.found and comparison.only_left and not comparison.only_right
    assert not comparison.paired


def test_unknown_and_identical_regions(index: KnowledgeIndex) -> None:
    assert (
        compare(index, ComparisonRequest("湖州", "火星", None, None)).message == "未找到地区“火星”"
    )
    assert not compare(index, ComparisonRequest("湖州", "湖州市", None, None)).found


def test_reading_requests(index: KnowledgeIndex) -> None:
    assert request_from_question("南海和顺德2018年的指标对比", index) == ComparisonRequest(
        "南海", "顺德", None, 2018
    )
    assert request_from_question("比较一下湖州与武汉驰名商标的目标", index) == ComparisonRequest(
        "湖州", "武汉", "驰名商标", None
    )
    assert request_from_question("南海区2018年省名牌产品要多少个?", index) is None
    assert request_from_words(["湖州", "衢州", "2018", "标准"]) == ComparisonRequest(
        "湖州", "衢州", "标准", 2018
    )
    assert request_from_words(["湖州"]) is None


def test_pages_fit_telegram(index: KnowledgeIndex) -> None:
    comparison = compare(index, ComparisonRequest("佛山", "湖州", None, None))
    pages = render_compare_pages(comparison)
    assert len(pages) > 1 and all(telegram_limit_ok(page) for page in pages)
    assert not fits_phone(comparison)
