"""fix50 (trial43): /search 黑名单 said 未找到 though the plans' tasks write 黑名单: /search looked
at targets, milestones and rewards only. A word none of them holds is looked for in the plans'
sentences (tasks, measures), and its 未找到 is left for words no plan writes. Invented plan."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService
from tests.invented_plans import city_plan, invented_plans_service

PLAN = city_plan(
    """一、主要目标
到2033年,全市新增品牌企业20家。
二、主要任务
(一)健全信用监管。建立企业质量信用档案,将严重违法企业列入质量失信“红名单之外的灰名单”,实施联合惩戒。
(二)强化品牌培育。支持企业开展品牌建设,对新获得驰名商标的企业奖励50万元。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("fix50_search"), PLAN) as service:
        yield service


@pytest.mark.parametrize("word", ["灰名单", "质量失信", "信用档案 联合惩戒"])
def test_a_word_only_a_task_sentence_writes_is_found(service: QueryService, word: str) -> None:
    answer = service.search(word)
    assert answer.found, answer.headline
    assert "目标、节点、奖励中没有" in answer.headline and "1 句" in answer.headline
    [line] = answer.facts
    assert word.split()[0] in line.label and "健全信用监管" in (line.citation.section or "")
    assert all(each in render_plain(answer) for each in word.split())


def test_facts_still_answer_first(service: QueryService) -> None:
    answer = service.search("驰名商标")
    assert answer.found and "目标、节点、奖励中没有" not in answer.headline


def test_a_word_no_plan_writes_is_not_found(service: QueryService) -> None:
    answer = service.search("黑天鹅")
    assert not answer.found and "未找到" in answer.headline
