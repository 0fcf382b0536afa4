"""Units of a city's plan named with a place or a level (fix of attack40): an office of a place
or level the plan never names is not found, whatever is asked of it; units listed together are
each answered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, invented_plans_service
from tests.test_attack40_units import ASKED, PLAN


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("unitsofplaces")
    with invented_plans_service(folder, PLAN, now=ASKED) as service:
        yield service


@pytest.mark.parametrize(
    "question",
    ["南海区市场监管局的任务什么时候完成?", "省市场监管局负责什么?", "南海区的市场监管局配合什么?"],
)
def test_an_office_no_plan_names_is_not_found_however_asked(
    service: QueryService, question: str
) -> None:
    reply = ask(service, question)
    assert reply.startswith("未找到"), reply
    assert "企业库" not in reply and "良好行为" not in reply, reply


def test_units_listed_with_a_mark_are_each_answered(service: QueryService) -> None:
    reply = ask(service, "禅城区政府、市市场监管局牵头哪些任务?")
    assert "家具" in reply and "企业库" in reply, reply
    assert "陶瓷" not in reply and "良好行为" not in reply, reply


def test_a_district_office_asked_by_when_is_its_own(service: QueryService) -> None:
    reply = ask(service, "区市场监管局的任务什么时候到期?")
    assert "良好行为" in reply and "企业库" not in reply, reply
