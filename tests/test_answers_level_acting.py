"""A question asking who hands something down (谁下达的目标任务) is answered by the sentence
naming the levels of government that did (完成国家、省下达的目标任务): a level is a who, as a
unit's name is, though no 局 or 委 is written."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    """一、总体要求
以提高能源利用效率为核心,确保完成示范市节能减排约束性目标。
二、主要目标
到2033年,单位地区生产总值能耗累计下降17%,全面完成国家、省下达的“双控”目标任务。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("level_acting"), PLAN) as service:
        yield service


def test_levels_handing_down_answer_who(service: QueryService) -> None:
    answer = service.ask("示范市要全面完成谁下达的双控目标任务?")
    out = render_plain(answer)
    assert answer.found and not answer.hedged, out
    assert "国家、省下达" in out.split("出处")[0], out
