"""A sentence setting a level and its growth (确保实现规模以上企业工业总产值3470亿元,同比增长15%)
gives two targets of one subject. 多少 with no word of growth asks the level; the rate answered
it when its subject had taken the sentence's 确保 and so matched a word more. Asked 增长多少, the
rate still answers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

# Invented: a year's goals, each a level and its growth.
PLAN = city_plan(
    """一、主要预期目标
2032年,确保实现规模以上企业工业总产值3470亿元,同比增长15%;实现工业利税280亿元,同比增长12%。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("level_growth"), PLAN) as service:
        yield service


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("示范市2032年规上企业工业总产值确保实现多少?", "答: 3470亿元"),
        ("示范市2032年工业利税要实现多少?", "答: 280亿元"),
        ("示范市2032年规上企业工业总产值增长多少?", "答: 15%"),
    ],
)
def test_a_level_asked_is_answered_by_the_level_and_a_growth_by_the_rate(
    service: QueryService, question: str, lead: str
) -> None:
    reply = ask(service, question)
    assert reply.splitlines()[1] == lead, reply
