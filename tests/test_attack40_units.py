"""attack40: units of a city's plan with similar names (南海区政府 vs 禅城区政府, 市市场监管局 vs a
district's 市场监管局). A question naming a unit the plan does not hold, or a district unit
without its place, is answered with another unit's tasks as if sure."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, invented_plans_service, task_table_plan

ASKED = datetime(2043, 3, 20, 1, tzinfo=UTC)

PLAN = """佛山市人民政府办公室关于印发佛山市品质提升行动计划(2043—2045年)的通知
佛府办〔2043〕9号
各区人民政府,市政府各部门:
现将《佛山市品质提升行动计划(2043—2045年)》印发给你们,请认真贯彻执行。
佛山市人民政府办公室
2043年1月5日

一、主要任务
(一)2043年9月30日前,完成陶瓷产业质量提升方案编制。(牵头单位:南海区政府)
(二)2043年10月31日前,建成家具质量检测公共服务平台。(牵头单位:禅城区政府)
(三)2043年11月30日前,完成品牌培育企业库建设。(牵头单位:市市场监管局)
(四)2043年12月31日前,开展标准化良好行为企业评选。(牵头单位:顺德区市场监管局)
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("attack40units")
    with invented_plans_service(folder, PLAN, now=ASKED) as service:
        yield service


@pytest.mark.parametrize(
    ("question", "own"),
    [
        ("南海区政府牵头的任务什么时候完成?", "陶瓷"),
        ("顺德区市场监管局牵头的任务什么时候完成?", "良好行为"),
        ("市市场监管局的任务什么时候到期?", "企业库"),
    ],
)
def test_a_units_tasks_asked_by_when_are_only_its_own(
    service: QueryService, question: str, own: str
) -> None:
    """Each unit leads one task; asked when its tasks are due, the reply lists all four of the
    plan (答: 共 4 项), the other units' among them, under the header naming the unit."""
    reply = ask(service, question)
    assert own in reply
    for other in {"陶瓷", "家具", "企业库", "良好行为"} - {own}:
        assert other not in reply, reply


@pytest.mark.parametrize(
    "question", ["南海区市场监管局负责哪些任务?", "南海区的市场监管局牵头什么?"]
)
def test_a_districts_bureau_the_plan_never_names_is_not_found(
    service: QueryService, question: str
) -> None:
    """The plan names no 市场监管局 of 南海区. The reply gives the city's bureau's task (and
    顺德区's) as a sure 答:, under 南海区 or 市市场监管局; it should say 未找到 (at most offer the
    other bureaus' tasks as 仅供参考)."""
    reply = ask(service, question)
    assert "未找到" in reply, reply


def test_a_district_bureau_without_its_place_is_not_the_citys(service: QueryService) -> None:
    """区市场监管局 is a district's bureau: the plan's is 顺德区市场监管局. The reply answers with
    市市场监管局's task only, as sure (header 市市场监管局), and leaves the district bureau's out:
    it should give 顺德区市场监管局's task or say 未找到, never the city bureau's."""
    reply = ask(service, "区市场监管局负责哪些任务?")
    assert "企业库" not in reply, reply


def test_two_units_asked_together_are_both_answered(service: QueryService) -> None:
    """南海区政府和禅城区政府分别负责什么: only 南海区政府's task is given (header 南海区政府 ·
    “区政府”); 禅城区政府's is dropped without a word."""
    reply = ask(service, "南海区政府和禅城区政府分别负责什么?")
    assert "陶瓷" in reply and "家具" in reply, reply


def test_a_bureau_without_a_level_covers_the_districts_too(service: QueryService) -> None:
    """市场监管局, no level named: the reply gives 市市场监管局's task only, as if the plan had no
    other 市场监管局; 顺德区市场监管局's is left out (Medium: should list both, or ask which)."""
    reply = ask(service, "市场监管局负责哪些任务?")
    assert "良好行为" in reply, reply


def test_a_district_government_asked_by_its_full_name_is_the_plans(service: QueryService) -> None:
    """The plan says 南海区政府; asked as 南海区人民政府 (its full name), the reply is 未找到…仅供参考
    with the notice's header lines (各区人民政府, 佛山市人民政府办公室), not 南海区政府's task."""
    reply = ask(service, "南海区人民政府负责哪些任务?")
    assert "陶瓷" in reply, reply


def test_a_place_asked_twice_is_named_once_in_not_found(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """A store without 南海: "南海区政府和南海区政府负责哪些任务?" is told "收录的文件没有南海、南海的
    内容" (55 repetitions give 55 南海). Low: each place once."""
    folder = tmp_path_factory.mktemp("attack40twice")
    with invented_plans_service(folder, task_table_plan(), now=ASKED) as other:
        reply = ask(other, "南海区政府和南海区政府负责哪些任务?")
    assert "未找到" in reply and "南海、南海" not in reply, reply
