"""trial51 H3: a district's own figure, in a task table's cell (one cell a line), answers the
district even when the city's goal sentence matches the question's words better: not 未找到,
没有东澜区单列的数字. The claim stays where the district has no figure of that measure. The
plan is invented (示范市 and its districts, made-up figures)."""

from __future__ import annotations

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, plans_fixture, task_table_plan

_PLAN = """示范市人民政府办公室关于印发示范市标准化工作实施方案(2017—2019年)的通知
示政办发〔2017〕12号
各区人民政府,市政府各部门:
现将《示范市标准化工作实施方案(2017—2019年)》印发给你们,请认真贯彻执行。
示范市人民政府办公室
2017年5月4日
示范市标准化工作实施方案(2017—2019年)
一、主要目标
到2019年,全市新增主导或参与制修订国际、国家、行业、地方标准超过60项。
二、任务分解表
序号
任务
工作目标
牵头单位
完成时限
1
推进标准制修订
2017—2019年,各区每年参与各级标准制修订数量不少于:东澜区7项、西岭区5项、北湖区2项。
市市场监管局
2019年12月31日
2
培育团体标准
2017—2019年,各区每年制定实施的团体标准数量不少于:东澜区3个、西岭区2个、北湖区1个。
市市场监管局
2019年12月31日
"""

service = plans_fixture("trial51_own_figure", _PLAN, task_table_plan())


@pytest.mark.parametrize(
    "question",
    [
        "示范市东澜区2019参与制修订标准几项",
        "东澜区2019参与制修订标准几项",
        "示范市 东澜区 2019 参与制修订标准几项",
        "示范市 东澜区 2019年 参与制修订标准几项",
        "示范市东澜区参与制修订标准2019年几项",
        "东澜区 参与制修订标准 2019年几项",
        "东澜区参与制修订标准几项",
    ],
)
def test_the_districts_own_row_answers_it(service: QueryService, question: str) -> None:
    reply = ask(service, question)
    assert "单列" not in reply and "7项" in reply.splitlines()[1], reply


def test_another_district_gets_its_own_row(service: QueryService) -> None:
    reply = ask(service, "西岭区2019年参与制修订标准几项")
    assert "5项" in reply.splitlines()[1] and "7项" not in reply.splitlines()[1], reply


def test_a_measure_the_district_has_no_row_of_is_still_the_citys_only(
    service: QueryService,
) -> None:
    """主导制定国际标准 of 东澜区: no row of the district states it (团体标准 is another
    measure), so the city's figure is named as the city's."""
    reply = ask(service, "东澜区2019主导制定国际标准几项")
    assert "未找到" in reply and "单列" in reply, reply
