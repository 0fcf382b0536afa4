"""attack39b: the city's government asked by name, when the plan names only the counties'
(各县(市、区)人民政府), is answered as sure either way:
- 示范市人民政府要负责哪些工作 → since the city-office change (question.py ``_office_of_level``
  drops the counties' unit) the passage search leads with the notice's header
  (答: 示政办发〔2031〕41号 → 各县(区)人民政府,市政府各部门), found and not hedged;
  at 9ebaf044 it answered the counties' duty instead (also wrong);
- 示范市政府负责什么 → the counties' duty (培育品牌企业), sure (``_office_after_place`` does not
  take 政府 as an office, so ``find_unit`` returns 各县(市、区)人民政府).
The rule the merge states: a city office asked, only lower-level offices in the plan → 未找到.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    """一、重点任务
(一)编制示范标准体系。2032年底前发布地方标准10项。(责任单位:市市场监督管理局)
(二)培育品牌企业。2032年底前培育品牌企业30家。(责任单位:各县(市、区)人民政府、市商务局)
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("city_gov"), PLAN) as service:
        yield service


@pytest.mark.parametrize("question", ["示范市人民政府要负责哪些工作", "示范市政府负责什么"])
def test_the_city_government_is_not_answered_with_the_counties_or_the_header(
    service: QueryService, question: str
) -> None:
    answer = service.ask(question)
    said = ask(service, question)
    sure = answer.found and not answer.hedged
    assert not (sure and ("示政办发" in said or "培育品牌企业" in said)), said
