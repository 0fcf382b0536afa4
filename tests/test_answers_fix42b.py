"""Answers after the trial of stop 41 (fix42b). A question naming a thing the plan says it will
出台 (a 方案 other than the document itself) asks for that milestone's date, not the document's
own date; a 有多少…了 count question is not answered with a sum of money. Every text is
invented (made-up places, figures and names)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    """一、主要目标
到2033年,新增“示范优品”认证企业60家,认证企业营业收入超过5亿元。
二、重点任务
(一)标准引领工程。由市市场监管局牵头,2031年12月底前出台《示范市标准化战略实施方案》。
(二)品牌培育工程。由市市场监管局牵头,2032年6月30日前完成首批“示范优品”认证。
(三)质量提升计划。大力推广卓越绩效管理等先进质量管理方法。到2033年,新增导入先进质量管理方法企业700家,卓越绩效管理企业350家,培育“三强”企业90家,实现4000人次卓越绩效管理模式培训,规模以上工业企业有效导入质量管理方法比率达到86%。
三、奖励政策
1.对新获得“示范优品”认证的企业,每家给予10万元奖励。
2.对通过“示范精品”认证的企业,给予“省级品牌”同等政策奖励。
3.本奖励政策适用于示范市市区企业(不含驻示范单位、省属企业)。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("fix42b")
    with invented_plans_service(folder, PLAN) as service:
        yield service


def test_a_scheme_to_be_issued_asked_when_gets_its_milestone(service: QueryService) -> None:
    reply = ask(service, "示范市什么时候出台标准化战略实施方案")
    assert "2031年12月底" in reply or "2031-12-31" in reply, reply
    assert "2031-03-02" not in reply.split("\n")[0], reply


def test_the_document_itself_asked_when_gets_its_date(service: QueryService) -> None:
    reply = ask(service, "示范市品牌提升行动计划什么时候印发的")
    assert "2031-03-02" in reply, reply
    assert "2031-03-02" in ask(service, "示范市什么时候出台品牌提升行动计划")


def test_how_many_so_far_is_no_sum_of_money(service: QueryService) -> None:
    reply = ask(service, "示范市有多少企业拿到示范优品认证了")
    assert "未找到" in reply and "元" not in reply.split("\n")[1], reply


def test_a_sum_asked_of_a_reward_as_another_tiers_is_not_found(service: QueryService) -> None:
    """Tried and reverted (trial41 M5): showing 同等政策奖励 as the sum's answer answered an
    out-of-store question of the set (a sum the rule never writes); the reply says so instead."""
    reply = ask(service, "示范市示范精品认证奖励多少")
    assert "未找到" in reply and "奖励金额" in reply, reply


def test_who_is_left_out_of_the_rewards_is_the_scope(service: QueryService) -> None:
    reply = ask(service, "示范市奖励哪些情况不适用")
    assert "省属企业" in reply and "未找到" not in reply, reply


def test_time_left_of_the_plan_itself_leads_with_its_end(service: QueryService) -> None:
    reply = ask(service, "示范市计划还有多久到期")
    assert "2033" in reply.split("\n")[1] and "共" not in reply.split("\n")[1], reply
    reply = ask(service, "示范市标准化战略实施方案还有多久到期")
    assert "2031-12-31" in reply.split("\n")[1], reply
