"""/search lists what mentions a word; the first hit's value is no answer to it. Trial: /search
标准化 replied 答: 50万元 (a reward among committees, pilots and standards). The plan is
invented (示范市, 2031—2033)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService
from tests.invented_plans import city_plan, invented_plans_service

PLAN = city_plan(
    """一、主要目标
到2032年,全市新增标准化试点企业12家,培育标准化人才300名。
二、政策措施
对首次承担全国专业标准化技术委员会秘书处的单位,给予50万元奖励。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("search_headline")
    with invented_plans_service(folder, PLAN) as service:
        yield service


def test_a_search_with_several_hits_is_counted_not_answered(service: QueryService) -> None:
    answer = service.search("标准化")
    assert answer.found and answer.total >= 3
    assert answer.headline == f"共 {answer.total} 项"
    assert "答: 50万元" not in render_plain(answer)


def test_a_search_with_one_hit_answers_with_its_value(service: QueryService) -> None:
    answer = service.search("秘书处")
    assert answer.found and answer.total == 1
    assert answer.headline == "50万元"


def test_a_lookup_with_a_topic_still_answers_with_the_best_value(service: QueryService) -> None:
    """/rewards 示范 秘书处 asks for one rule: its value stays the answer."""
    assert service.rewards("示范", "秘书处").headline == "50万元"
