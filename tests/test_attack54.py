"""attack54: answers stated as fact that the plan does not say (invented plans only)."""

from __future__ import annotations

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, plans_fixture

# An invented plan: the city states no 2028 figure of its own, only its three districts do
# (in the task table); a fourth district is never named.
DISTRICT_TABLE_PLAN = """青岚市人民政府办公室关于印发青岚市质量品牌跃升行动计划(2027—2029年)的通知
青政办发〔2027〕15号
各区人民政府,市政府各部门:
现将《青岚市质量品牌跃升行动计划(2027—2029年)》印发给你们,请认真贯彻执行。
青岚市人民政府办公室
2027年3月10日

一、主要目标
到2029年,全市新增省级名牌产品120个,主导制定国家标准18项。
二、奖励政策
对主导制定国际标准的企业,给予80万元奖励;对主导制定国家标准的企业,给予40万元奖励。
附件:任务分解表
任务 | 单位 | 2027年 | 2028年 | 2029年 | 牵头单位
新增省级名牌产品(枫溪区) | 个 | 12 | 14 | 16 | 枫溪区人民政府
新增省级名牌产品(柳岸区) | 个 | 8 | 9 | 11 | 柳岸区人民政府
新增省级名牌产品(石湾区) | 个 | 5 | 6 | 7 | 石湾区人民政府
"""

service = plans_fixture("attack54_districts", DISTRICT_TABLE_PLAN)


def _headline(reply: str) -> str:
    return next(line for line in reply.splitlines() if line.startswith(("答", "未找到")))


def test_district_question_answers_its_own_row(service: QueryService) -> None:
    # Guard (passes): the named district gets its own figure.
    assert "14个" in _headline(ask(service, "枫溪区2028年省级名牌产品要几个"))


@pytest.mark.xfail(
    strict=True,
    reason="attack54 H1: a city-level question is answered '答: 14个', the first district's figure",
)
def test_city_question_does_not_headline_one_districts_figure(service: QueryService) -> None:
    # The city states no 2028 figure; the reply must not state one district's 14个 as the answer.
    headline = _headline(ask(service, "青岚2028年省级名牌要几个"))
    assert headline != "答: 14个", headline


@pytest.mark.xfail(
    strict=True,
    reason="attack54 H1: a district the plan never names is answered with another district's 14个",
)
def test_unnamed_district_is_not_given_another_districts_figure(service: QueryService) -> None:
    reply = ask(service, "青岚桃源区2028年省级名牌要几个")
    assert "14个" not in _headline(reply), reply


@pytest.mark.xfail(
    strict=True,
    reason="attack54 M: a difference of two rewards in one plan is not computed (80万元-40万元)",
)
def test_difference_of_two_rewards(service: QueryService) -> None:
    reply = ask(service, "青岚主导国际标准比主导国家标准多多少钱")
    assert "40万元" in _headline(reply), reply
