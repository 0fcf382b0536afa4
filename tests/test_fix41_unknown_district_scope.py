"""fix41: a district no gazetteer knows (an invented 东岭区), which a city's reward rules name as
excluded ("本办法不适用于东岭区、西岭区"), asked about by name: the question was answered with the
city's sum, the scope note below it, as if the rules reached it. A county the gazetteer knows was
already 未找到 (``test_attack40_scope``); an unknown one is read from the exclusion itself. A
district the plan names elsewhere (南岭区, with its own quota) keeps its answers. Invented plan."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, invented_plans_service

PLAN = city_plan(
    """一、主要目标
到2033年,全市新增品牌企业30家,其中南岭区8家。
二、奖励措施
(一)对主导制定国家标准的企业,给予每项50万元奖励。
(二)对新获得省级质量奖的企业,给予30万元奖励。
(三)本办法不适用于东岭区、西岭区。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("fix41_scope"), PLAN) as service:
        yield service


def _answer(reply: str) -> str:
    return reply.split("\n", 1)[1][:60]


@pytest.mark.parametrize(
    ("question", "sum_"),
    [
        ("东岭区主导制定国家标准奖励多少?", "50万元"),
        ("西岭区企业获得省级质量奖奖励多少?", "30万元"),
    ],
)
def test_an_unknown_district_the_rule_excludes_is_not_answered_with_its_sum(
    service: QueryService, question: str, sum_: str
) -> None:
    reply = ask(service, question)
    assert "未找到" in reply and sum_ not in _answer(reply), reply
    assert "不适用于东岭区、西岭区" in reply, reply


def test_asked_whether_it_may_claim_the_exclusion_answers(service: QueryService) -> None:
    reply = ask(service, "西岭区企业获得省级质量奖能拿奖励吗?")
    assert "不适用于东岭区、西岭区" in _answer(reply) and "30万元" not in _answer(reply), reply


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("南岭区主导制定国家标准奖励多少?", "50万元"),
        ("主导制定国家标准奖励多少?", "50万元"),
        ("南岭区新增品牌企业多少家?", "8家"),
        # asked beside a district the rule does not exclude: answered, its scope shown
        ("东岭区和南岭区主导制定国家标准奖励多少?", "50万元"),
    ],
)
def test_a_place_the_rule_does_not_exclude_keeps_its_answer(
    service: QueryService, question: str, said: str
) -> None:
    reply = ask(service, question)
    assert said in _answer(reply) and "未找到" not in reply, reply
