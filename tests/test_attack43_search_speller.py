"""attack43: /search of a misspelt word no fact holds (惩诫 for 惩戒) found the sentences of the
word as the speller puts it right, but its headline said they mention the word as typed
(目标、节点、奖励中没有“惩诫”;原文有 1 句提到它): the plans never write 惩诫. The headline
names the word it looked for. Invented plan."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import city_plan, invented_plans_service

PLAN = city_plan(
    """一、主要目标
到2033年,全市新增品牌企业20家。
二、主要任务
(一)健全信用监管。建立企业质量信用档案,对严重失信企业实施联合惩戒。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("attack43_search"), PLAN) as service:
        yield service


def test_a_misspelt_word_is_said_to_be_read_as_put_right(service: QueryService) -> None:
    corrected = service.index.current().speller.correct("惩诫").strip()
    if corrected == "惩诫":
        pytest.skip("the speller does not put this word right on this store")
    answer = service.search("惩诫")
    assert answer.found, answer.headline
    assert f"“{corrected}”" in answer.headline, answer.headline
    assert "提到它" not in answer.headline and "提到“惩诫”" not in answer.headline


def test_a_word_as_typed_keeps_its_headline(service: QueryService) -> None:
    answer = service.search("惩戒")
    assert answer.found and "没有“惩戒”;原文有 1 句提到它" in answer.headline, answer.headline
