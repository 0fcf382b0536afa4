"""哪些企业不算在里面 asks what a rule leaves out, which it writes 不含 (…企业[不含…国有企业]):
the sentence saying so answers, not a list of every reward of the notice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    """一、大企业奖励
对2031年工业产值超过1亿元的规模以上制造业企业[不含市属国有企业],产值每增加1000万元奖励2万元。
对新认定的专精特新企业奖励10万元。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("left_out"), PLAN) as service:
        yield service


def test_what_a_rule_leaves_out(service: QueryService) -> None:
    answer = service.ask("示范市大企业奖励哪些企业不算在里面?")
    said = render_plain(answer).split("出处")[0]
    assert answer.found and "不含市属国有企业" in said and "共 " not in said, said
