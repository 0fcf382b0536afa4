"""Answers of qa37b (issue 12). A plan of one year (2031年区政府工作报告目标任务分解方案)
says its undated sentences of that year: asked by the year, they answer, not only in part; asked
by another year, they do not. Every text is invented (made-up figures and names)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.answering import QuestionAnswerer
from policybot.knowledge.service import QueryService

# Its page is cut off before the date: the plan is dated by its title alone.
YEAR_PLAN = """璧山府办发〔2031〕12号
重庆市璧山区人民政府办公室
关于印发2031年区政府工作报告
目标任务分解方案的通知
各镇人民政府、街道办事处,区级各部门:
《2031年区政府工作报告目标任务分解方案》已经区政府同意,现印发给你们,请认真贯彻执行。
一、高度重视,抓好落地落实。2031年是实施新一轮规划的关键之年,各责任单位要全力以赴完成区政府工作报告各项目标任务。
二、压实责任,精准细化分解。各责任单位要会同配合单位按照“项目化、事项化”原则,将138项目标任务抓早抓实,责任明确到岗到人。对区政府工作报告涉及的具体工作,以及2031年经济社会发展主要指标要逐项梳理,一并细化分解。
三、严格督查考核。区政府督查办要定期通报结果。各责任单位目标任务完成情况将纳入2031年度区级部门目标管理绩效考核。
重庆市璧山区人民
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("qa37b"), YEAR_PLAN) as service:
        yield service


def _ask(service: QueryService, question: str) -> str:
    return render_plain(service.ask(question))


def test_a_plan_of_one_year_answers_for_that_year(service: QueryService) -> None:
    reply = _ask(service, "璧山2031年政府工作报告一共要抓多少项目标任务?")
    assert "138项" in reply and "未找到" not in reply and "部分相符" not in reply, reply


def test_a_plan_of_one_year_says_nothing_certain_of_another(service: QueryService) -> None:
    reply = _ask(service, "璧山2033年政府工作报告一共要抓多少项目标任务?")
    assert "未找到" in reply, reply


def test_a_plan_is_of_one_year_by_its_title(service: QueryService) -> None:
    # (The check behind the first test, asked directly: in a larger store the sentence is
    # found only when the year asked is set aside, and then the title decides.)
    index = service._answers().index
    answerer = QuestionAnswerer(index, service.tz, service.today())
    (document,) = index.documents()
    assert answerer._plan_of_year(document.id, 2031)
    assert not answerer._plan_of_year(document.id, 2033)
