"""牵头单位负责什么 asks what the lead units do (牵头单位负责全程协调、督查), not which unit
leads: the lead units are the subject of the duty, a word of the topic."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    """一、工作要求
各项任务实行牵头负责制。牵头单位负责全程协调、指导、督查,责任单位在牵头单位协调下分工负责。
到2033年,新增示范标准40项。(牵头单位:市示范标准局)
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("lead_duty"), PLAN) as service:
        yield service


def test_what_lead_units_do(service: QueryService) -> None:
    answer = service.ask("示范市品牌提升行动计划里牵头单位负责什么?")
    said = render_plain(answer).split("出处")[0]
    assert answer.found and "全程协调" in said, said
