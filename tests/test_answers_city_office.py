"""示范市市场监管局要负责哪些工作: the city named with its level names the city's own office
(市质监局, the office's former name the plan writes), never the districts' (各区市场监管局)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    """一、重点任务
(一)建设示范检测平台。在各区布设快检站点。(责任单位:各区市场监管局)
(二)编制示范标准体系。2032年底前发布地方标准10项。(责任单位:市质监局)
"""
)

DISTRICTS_ONLY = city_plan(
    """一、重点任务
(一)建设示范检测平台。在各区布设快检站点。(责任单位:各区市场监管局)
(二)编制示范标准体系。2032年底前发布地方标准10项。(责任单位:市经信委)
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("city_office"), PLAN) as service:
        yield service


@pytest.mark.parametrize(
    "question", ["示范市市场监管局要负责哪些工作?", "示范市质监局要负责哪些工作?"]
)
def test_city_office_named_with_its_city_is_the_city_level_office(
    service: QueryService, question: str
) -> None:
    said = ask(service, question)
    assert "示范标准体系" in said, said
    assert "快检站点" not in said and "各区市场监管局" not in said, said


def test_city_office_of_a_plan_with_only_district_offices_is_no_sure_answer(
    tmp_path: Path,
) -> None:
    with invented_plans_service(tmp_path, DISTRICTS_ONLY) as service:
        answer = service.ask("示范市市场监管局要负责哪些工作?")
        said = ask(service, "示范市市场监管局要负责哪些工作?")
    sure = answer.found and not answer.hedged
    assert not (sure and "快检站点" in said), said
