"""Answers after the fresh batch qa44 (issue 12: answers in the words people use). 顶多 is
最多 (封顶多少 stays the cap); 最低一档 of a rule paying in tiers is its lowest sum, never its 第一档; a zone's 中共XX工委
and XX管委会 heading a notice issued it; 由谁提出申报 is answered by the sentence saying who
(申报应由…单位提出) when no unit of the store is that one. Every text is invented (made-up
places, figures and offices)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

# A park's rules on rewarding who brings in investment.
PARK_RULES = """管委会招商引资奖励办法
为加快示范科技产业园(以下简称“产业园”)的发展,调动各方面人员招商引资的积极性,特制定本办法。
一、奖励对象。为产业园引进资金、项目的介绍人,包括中介机构、社会组织与个人。
二、奖励标准。
1、对引进融资资金按融资金额的2.5%进行奖励。
2、单个项目奖励金最高不超过80万元人民币。
三、产业园接到申请并审核结束后二十日内予以兑现。
"""

# A city's subsidy rules for standards: three tiers per level, and who applies.
SUBSIDY_RULES = city_plan(
    """第一章 标准项目补助
第五条 标准项目补助范围和额度如下:
(一)国家标准择优分三档给予补助资金:40万元、25万元和12万元;
(二)团体标准择优分三档给予补助资金:18万元、11万元和6万元。
第六条 标准项目补助资金申报应由标准编制排名第一的起草单位提出,补助资金的分配和使用由申报单位自行协商确定。
"""
)

# A zone's notice whose issuers are its party working committee and its management committee.
ZONE_NOTICE = """中共示范新城工委
示范新城管委会
关于印发《示范新城质量强区实施方案》的通知
各工作部门、各直属机构:
《示范新城质量强区实施方案》已经党工委、管委会研究同意,现印发你们,请认真抓好贯彻落实。
中共示范新城工委
示范新城管委会
2031年12月27日
示范新城质量强区实施方案
到2033年,示范新城每万人高价值发明专利拥有量达到18件。
推动示范新城产业园区提质增效,园区规上工业产值年均增长8%。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("qa50")
    with invented_plans_service(folder, PARK_RULES, SUBSIDY_RULES, ZONE_NOTICE) as service:
        yield service


def refused(reply: str) -> bool:
    return "未找到" in reply


def test_at_the_very_most_is_the_cap(service: QueryService) -> None:
    reply = ask(service, "产业园招商引资奖励一个项目顶多奖多少?")
    assert not refused(reply), reply
    assert "80万元" in reply, reply


def test_a_cap_asked_as_such_is_not_read_as_at_most(service: QueryService) -> None:
    reply = ask(service, "产业园单个项目奖励金封顶多少?")
    assert not refused(reply), reply
    assert "80万元" in reply, reply


def test_the_lowest_tier_is_the_lowest_sum(service: QueryService) -> None:
    reply = ask(service, "示范市团体标准补助最低一档给多少?")
    assert not refused(reply), reply
    assert "6万元" in reply and "18万元" not in reply.split("\n")[1], reply


def test_the_lowest_tier_of_another_level(service: QueryService) -> None:
    reply = ask(service, "示范市国家标准补助最低档多少?")
    assert not refused(reply), reply
    assert "12万元" in reply.split("原文")[0], reply


def test_the_highest_tier_is_still_the_first(service: QueryService) -> None:
    reply = ask(service, "示范市国家标准补助最高一档是多少?")
    assert not refused(reply), reply
    assert "40万元" in reply.split("原文")[0], reply


def test_a_zones_committees_issued_its_notice(service: QueryService) -> None:
    reply = ask(service, "示范新城质量强区实施方案是谁发的?")
    assert not refused(reply), reply
    assert "中共示范新城工委" in reply and "示范新城管委会" in reply, reply


def test_who_applies_is_the_sentence_naming_them(service: QueryService) -> None:
    reply = ask(service, "示范市标准项目补助资金应由谁提出申报?")
    assert not refused(reply), reply
    assert "标准编制排名第一的起草单位" in reply, reply
