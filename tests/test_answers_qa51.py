"""Answers after the fresh batch qa45 (issue 12, helper qa51). A notice whose text never names
its place may be the place asked about, but not when it speaks of itself as another kind of
division: one saying 我县 throughout is no district's (溪坪区 asked), whichever county wrote it;
asked of a county, it still answers, said to be unplaced. A question asking which firms were
given an award (奖励了哪几家企业) is not answered by the rule alone (对通过认证的企业奖励…),
which names none; a sentence naming the firms answers it. The first of a list the question
counts (那4项重点建设项目,第一项是啥) is not answered by the sentence that only counts it.
Every text is invented (made-up places, figures and names). The places are this module's own
(溪坪, not 东坪): jieba's vocabulary is one per process, and a store of another test naming 东坪市
taught it a word that cut 东坪区 apart here when the modules ran together."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

COUNTY_NOTICE = """各乡镇人民政府,县直有关单位:
为提高耕地质量,根据《青禾市人民政府办公室关于下达2033年节水灌溉建设任务的通知》(青政办〔2033〕17号)要求,结合我县实际,经县政府同意,现下达我县2033年节水灌溉建设任务,并将有关要求通知如下:
一、明确目标任务
各乡镇务必高度重视,确保按时保质完成我县2033年新增节水灌溉面积6800亩的建设任务。
二、加强项目管理
县水利部门要定期开展节水灌溉建设评价工作,对完成任务好的予以表扬。
"""

PLAN = city_plan("""一、工作目标
到2033年,全市新增省名牌产品30个。
二、政策措施
对通过“示范制造”认证的企业,每家一次性奖励10万元。
三、表彰情况
四、责任分解
现将《示范市应急体系规划》中明确提出的5项具体建设任务和4项重点建设项目进行责任分解。
五、重点工程
全市实施3项重点工程:一是建设应急指挥平台,二是建设物资储备库,三是建设救援训练基地。
经评审,授予青禾精密机械有限公司、溪坪食品有限公司等2家企业2032年度示范市市长质量奖,各奖励50万元。
""")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("qa51")
    with invented_plans_service(folder, COUNTY_NOTICE, PLAN) as service:
        yield service


def test_a_county_notice_is_no_districts(service: QueryService) -> None:
    reply = ask(service, "青禾市溪坪区2033年节水灌溉任务分到多少亩?")
    assert "未找到" in reply and "6800亩" not in reply, reply


def test_a_county_notice_may_still_be_the_countys(service: QueryService) -> None:
    reply = ask(service, "溪坪县2033年要新增多少亩节水灌溉面积?")
    assert "6800亩" in reply and "没有写明地区" in reply, reply


def test_which_firms_were_rewarded_is_not_answered_by_the_rule(service: QueryService) -> None:
    reply = ask(service, "示范市2032年通过示范制造认证奖励了哪几家企业?")
    assert "未找到" in reply and "10万元" not in reply, reply


def test_which_firms_were_rewarded_is_answered_by_the_sentence_naming_them(
    service: QueryService,
) -> None:
    reply = ask(service, "示范市市长质量奖都有哪些企业获奖了?")
    assert "青禾精密机械有限公司" in reply and "未找到" not in reply, reply


def test_an_item_of_a_counted_list_is_not_answered_by_the_count(service: QueryService) -> None:
    reply = ask(service, "示范市那4项重点建设项目,第一项是啥?")
    assert "未找到" in reply, reply


def test_an_item_of_a_listed_list_is_answered(service: QueryService) -> None:
    reply = ask(service, "示范市3项重点工程,第一项是什么?")
    assert "应急指挥平台" in reply and "未找到" not in reply, reply
