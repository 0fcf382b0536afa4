"""Answers after the fresh batch qa49 (issue 12, helper qa56). A development zone filed under its
full name (某某高新技术产业开发区) is asked by its short one (某某高新区), and back; a yes/no
question guessing the wrong year a thing falls due (是不是2032年底完成) is answered 不是 with
the plan's date of that thing, not with another thing of the year guessed. Every text is
invented."""

from __future__ import annotations

from invented_plans import ask, city_plan, plans_fixture
from policybot.knowledge.regions import region_aliases
from policybot.knowledge.service import QueryService

ZONE_PLAN = """青枫市
管委会各部门,高新控股公司:
现将《青枫高新区支持企业发展政策》印发给你们,请认真贯彻执行。
青枫高新技术产业开发区管委会
2031年9月19日
青枫高新区支持企业发展政策
一、支持范围
1.本政策适用于工商注册、税收级次均在本区的企业。
二、政策措施
1.支持企业做大收入。对年度工业主营业务收入首次突破8亿元的企业,给予企业管理层12万元奖励。
"""

PLAN = city_plan(
    "一、工作目标\n"
    "确保到2032年底,东岭县、西岭县完成品牌示范区创建验收;2033年底,南岭县完成品牌示范区"
    "创建验收。(责任单位:市市场监管局)\n"
)

service = plans_fixture("qa56", ZONE_PLAN, PLAN)


def test_a_zone_is_typed_by_its_short_or_its_full_name() -> None:
    assert "青枫高新区" in region_aliases("青枫高新技术产业开发区")
    assert "青枫高新技术产业开发区" in region_aliases("青枫高新区")
    assert "青枫经开区" in region_aliases("青枫经济技术开发区")
    assert not {"高新区", "经开区"} & region_aliases("高新技术产业开发区")


def test_a_zone_asked_by_its_other_name_is_its_plans_place(service: QueryService) -> None:
    reply = ask(service, "青枫高新区主营业务收入首次突破8亿元奖励多少?")
    assert "12万元" in reply, reply


def test_a_wrong_year_guessed_is_answered_with_the_plans_year(service: QueryService) -> None:
    reply = ask(service, "南岭县是不是2032年底就要完成品牌示范区创建验收?")
    headline = reply.splitlines()[1]
    assert "不是" in headline and "2033" in headline, reply


def test_a_right_year_guessed_is_still_confirmed(service: QueryService) -> None:
    reply = ask(service, "南岭县是不是2033年底完成品牌示范区创建验收?")
    assert "不是" not in reply and "2033年底" in reply, reply
