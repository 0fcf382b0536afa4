"""Answers round 23 (issue 12): a place no document is filed under answered from a document
that never names its place, asking words that are no topic (自己的, 之外, 什么意思, 表里), a
section's heading said with its sentences, counts of 方面, who-questions answered by a role or a
heading's 牵头领导, and the asker's own place. Every text is invented (made-up figures)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import city_plan, invented_plans_service

ASKED = datetime(2032, 6, 1, 1, tzinfo=UTC)
HEDGE = "部分相符"
REFUSAL = "未找到"

# A notice that never names its city (addressed to 各县(市、区), no 文号 or 落款 naming it).
UNPLACED = """索引号 | 0054/2032-00024 | 主题分类 | 政府办文件 |
各县(市、区)人民政府,市人民政府各部门:
市长在市人大会议上所作的《政府工作报告》中,提出了2032年市政府要做好的6项重点工作,已经2032年2月25日市政府第17次常务会议研究通过。现将重点工作任务分解如下:
一、加快产业转型
(一)调整优化存量
1.对纺织、建材等传统优势产业加大帮扶力度,新材料板块主营业务收入超300亿元。
牵头单位:市工业和信息化局
责任单位:市发改委、相关县(市、区)政府
"""

PLAN = city_plan(
    """一、重点任务
(一)推进产业大脑建设,待省出台产业大脑建设及应用专项政策后,按上级政策执行。
(二)大力实施减税、减费、减租、减息措施,力争减轻企业各类负担20亿元。
(三)对获得中国驰名商标的企业奖励30万元。
二、张明市长主抓重点工作
1.坚定不移支持民营经济发展
(1)全面落实稳企业政策意见,全力支持企业复产达产。
(2)认真落实推动民营经济改革发展的各项政策措施。
三、主要经济指标、财政、金融等工作目标(牵头领导:张明、李华)
四、《2032年重点工作责任分解》和《七方面民生实事责任分解》已经市政府同意,现印发给你们。
五、由多个单位共同落实的工作,各责任单位要加强与牵头单位沟通联系,及时报送工作进展情况。
"""
)

# A city's award notice listing its counties by grade (real county names, invented award).
AWARDS = """洛阳市人民政府关于对2031年度乡村道路牡丹杯竞赛活动进行表彰的决定
洛政〔2032〕9号
各县(市、区)人民政府,市人民政府各部门:
经综合检查评定,市政府决定对2031年度乡村道路“牡丹杯”竞赛活动中涌现的先进单位进行表彰。
为激励先进,对获得“牡丹杯”金、银杯的单位分别给予一定的物质奖励。
一、“牡丹杯”金杯单位
孟津县人民政府
二、“牡丹杯”银杯单位
栾川县人民政府
三、“牡丹杯”铜杯单位
嵩县人民政府
希望受表彰的单位珍惜荣誉,再接再厉,推动全市乡村道路建设再上新台阶。
洛阳市人民政府
2032年3月5日
"""

# A county's rules of 2030, asked about in 2032.
REWARDS = """样板县人民政府关于印发2030年工业经济政策的通知
样政发〔2030〕3号
各乡镇人民政府,县政府各部门:
现将《2030年工业经济政策》印发给你们,请认真贯彻执行。
一、对当年评为省级数字化车间、市级数字化车间的企业,分别给予15万元、8万元奖励。
样板县人民政府
2030年2月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round23")
    with invented_plans_service(
        Path(folder), UNPLACED, PLAN, AWARDS, REWARDS, now=ASKED
    ) as service:
        yield service


def test_a_place_no_document_is_filed_under_is_answered_by_an_unplaced_document(
    service: QueryService,
) -> None:
    # the notice never names its city: asked by the city's name, its sentence answers, and
    # the reply says the document names no place
    reply = _ask(service, "平顶山新材料板块主营业务收入要超过多少?")
    assert "300亿元" in reply and HEDGE not in reply, reply
    assert "没有写明地区" in reply, reply
    reply = _ask(service, "平顶山2032年市政府要做好几项重点工作?")
    assert "6项" in reply, reply


def test_a_topic_a_placed_document_answers_is_no_unplaced_answer(service: QueryService) -> None:
    # 驰名商标 rewards are the 示范市 plan's: another city asked about is not answered by it,
    # nor by a notice that names no city
    reply = _ask(service, "平顶山对获得中国驰名商标的企业奖励多少?")
    assert REFUSAL in reply and "30万元" not in reply, reply
    # a partial match in an unplaced notice is no answer for the place either
    reply = _ask(service, "平顶山建材企业技术改造补助多少?")
    assert REFUSAL in reply, reply


def test_own_and_what_else_are_asking_words(service: QueryService) -> None:
    reply = _ask(service, "示范市产业大脑建设有没有自己的政策?")
    assert "按上级政策执行" in reply and HEDGE not in reply, reply
    reply = _ask(service, "示范市减税减费之外还要减什么?")
    assert "减租" in reply and HEDGE not in reply, reply


def test_sentences_of_one_section_show_its_heading(service: QueryService) -> None:
    # the answer (who leads) is the heading of the section both sentences stand in
    reply = _ask(service, "示范市坚定不移支持民营经济发展是哪位市长主抓的?")
    assert "张明" in reply, reply


def test_how_many_parts_counts_fangmian(service: QueryService) -> None:
    reply = _ask(service, "示范市民生实事一共几个方面?")
    assert "七方面" in reply, reply


def test_who_is_answered_by_a_role_or_a_headings_leaders(service: QueryService) -> None:
    reply = _ask(service, "示范市主要经济指标那块牵头领导是谁?")
    assert "李华" in reply and HEDGE not in reply, reply
    reply = _ask(service, "我们单位在示范市,几个单位一起落实的工作,要和谁沟通联系?")
    assert "牵头单位" in reply and HEDGE not in reply, reply


def test_the_place_the_asker_is_is_what_the_answer_is_about(service: QueryService) -> None:
    reply = _ask(service, "我们是栾川县,洛阳乡村道路牡丹杯评上什么了?")
    # (the sentence on 金、银杯 rewards in general says 银杯 too: the row of the county is asked)
    assert "银杯单位" in reply, reply


def test_a_document_answer_names_its_document_as_a_source(service: QueryService) -> None:
    reply = _ask(service, "洛阳乡村道路牡丹杯竞赛表彰决定是哪天印发的?")
    assert "2032-03-05" in reply and "《" in reply, reply


def test_the_year_the_asker_won_a_title_is_no_year_of_the_rule(service: QueryService) -> None:
    # 今年被评上: when the firm won it (2032), not a year the 2030 rules must be about
    reply = _ask(service, "我们厂今年被评上市级数字化车间,样板县给奖多少钱?")
    assert "8万元" in reply, reply
