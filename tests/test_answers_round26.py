"""Answers round 26 (issue 12): near misses are refused. A document question naming a kind of
document (管理办法, 实施意见) the store holds no document of is not answered by a plan of another
kind that shares its words. Every text is invented (made-up places, figures and numbers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import city_plan, invented_plans_service

ASKED = datetime(2032, 6, 1, 1, tzinfo=UTC)
REFUSAL = "未找到"

PLAN = city_plan(
    """一、主要目标
到2033年,新增“示范精品”认证企业40家。
到2033年,城镇新增就业3万人。
到2033年,全市产品质量监督抽查合格率力争达到96%。
2030年,全市实际新增“示范精品”认证企业25家。
三、重点工作
组织专家解读产品标准重点难点,帮助企业提升产品质量。
二、保障措施
对首次通过“示范精品”认证的企业给予20万元奖励。
对新认定国家级、省级专精工坊的,分别给予30万元、10万元奖励。
"""
)

# A county's decision quoting the rules it applies, with their number.
DECISION = """样板县人民政府关于表彰2031年度县长质量奖获奖企业的决定
样政〔2032〕5号
各乡镇人民政府,县政府各部门:
根据《样板县人民政府关于印发样板县县长质量奖管理办法的通知》(样政发〔2030〕12号)有关规定,县政府决定授予样板精工有限公司2031年度县长质量奖。
对获奖企业给予一次性奖励50万元。
希望获奖企业珍惜荣誉,再接再厉,到2033年全县新增县长质量奖获奖企业5家以上。
样板县人民政府
2032年3月1日
"""

# A county's rules (a real county, invented rules) naming two supermarkets.
SUPPLY = """龙泉市人民政府办公室关于印发龙泉市山珍品牌扶持办法的通知
龙政办发〔2032〕7号
各乡镇人民政府、街道办事处,市政府各部门:
一、山珍品牌产品进入鲜佛、山禾连锁超市并连续供货满一年的,给予生产企业一次性奖励2万元。
二、到2033年,全市山珍品牌授权企业达到30家。
三、对新获得浙江省出口名牌的企业奖励5万元。
龙泉市人民政府办公室
2032年4月1日
"""

# A city of another province, with its own reward for its province's title.
LUOYANG = """洛阳市人民政府关于印发洛阳市品牌提升三年行动计划的通知
洛政〔2032〕11号
各县(市、区)人民政府,市人民政府各部门:
一、对新获得河南省名牌产品的企业奖励10万元。
二、到2033年,全市河南省名牌产品达到60个。
洛阳市人民政府
2032年5月1日
"""

# A province's own plan: the province is a region of the store.
PROVINCE = """浙江省市场监督管理局关于印发2032年浙江省品牌建设工作要点的通知
浙市监〔2032〕3号
各市、县(市、区)市场监管局:
一、到2033年,全省新增品牌示范企业100家。
二、每季度通报一次品牌建设工作进展。
浙江省市场监督管理局
2032年2月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round26")
    with invented_plans_service(
        Path(folder), PLAN, DECISION, SUPPLY, LUOYANG, PROVINCE, now=ASKED
    ) as service:
        yield service


def test_a_kind_of_document_the_store_lacks_is_refused(service: QueryService) -> None:
    # the store holds 示范市's 行动计划, no 实施意见 or 管理办法: its number and date are not theirs
    reply = _ask(service, "示范市示范精品实施意见的文号是多少?")
    assert REFUSAL in reply and "示政办发" not in reply, reply
    reply = _ask(service, "示范市示范精品管理办法是哪天印发的?")
    assert REFUSAL in reply and "2031-03-02" not in reply, reply


def test_the_kind_the_document_is_is_answered(service: QueryService) -> None:
    # a plan called by its own kind, or another word of that kind (方案 for 计划), is answered
    reply = _ask(service, "示范市品牌提升行动计划的文号是多少?")
    assert "示政办发〔2031〕41号" in reply and REFUSAL not in reply, reply
    reply = _ask(service, "示范市品牌提升方案的文号是多少?")
    assert "示政办发〔2031〕41号" in reply and REFUSAL not in reply, reply
    # the number a decision quotes beside the 办法's title is that 办法's
    reply = _ask(service, "样板县县长质量奖管理办法是哪个文号印发的?")
    assert "样政发〔2030〕12号" in reply and REFUSAL not in reply, reply


def test_a_town_no_document_mentions_is_refused(service: QueryService) -> None:
    # the plan's figure is the city's: a town of it the tagger does not know is out of the store
    reply = _ask(service, "示范市岭溪镇到2033年要新增多少示范精品认证企业?")
    assert REFUSAL in reply and "40家" not in reply, reply
    reply = _ask(service, "示范市桥头街道到2033年要新增多少示范精品认证企业?")
    assert REFUSAL in reply and "40家" not in reply, reply
    # a word ending in 镇 (城镇) is no town
    reply = _ask(service, "示范市到2033年城镇新增就业多少人?")
    assert "3万人" in reply and REFUSAL not in reply, reply
    reply = _ask(service, "示范市到2033年要新增多少示范精品认证企业?")
    assert "40家" in reply and REFUSAL not in reply, reply


def test_an_actual_figure_is_not_answered_by_an_aim(service: QueryService) -> None:
    # the plan aims at 96%: what the rate actually was it does not say
    reply = _ask(service, "示范市2033年产品质量监督抽查合格率实际是多少?")
    assert REFUSAL in reply and "96%" not in reply, reply
    # the aim asked as such is answered, and a sentence stating a result answers 实际
    reply = _ask(service, "示范市2033年产品质量监督抽查合格率要达到多少?")
    assert "96%" in reply and REFUSAL not in reply, reply
    reply = _ask(service, "示范市2030年实际新增了多少家示范精品认证企业?")
    assert "25家" in reply and REFUSAL not in reply, reply


def test_a_companion_document_the_store_lacks_is_refused(service: QueryService) -> None:
    # the plan's sentence says 解读产品标准: no 政策解读 of the plan is stored
    reply = _ask(service, "示范市品牌提升行动计划的政策解读说了什么?")
    assert REFUSAL in reply and "专家" not in reply, reply
    # the sentence itself is answered when asked for what it says
    reply = _ask(service, "示范市组织专家解读什么?")
    assert "产品标准" in reply and REFUSAL not in reply, reply


def test_a_place_cut_across_two_written_words_is_no_place(service: QueryService) -> None:
    # 鲜佛 and 山禾 are the plan's supermarkets: 佛山 between them is no city asked about
    reply = _ask(service, "山珍品牌产品进鲜佛山禾超市连续供货满一年,奖多少?")
    assert "2万元" in reply and REFUSAL not in reply, reply


def test_a_level_no_document_writes_is_refused(service: QueryService) -> None:
    # the plan rewards 国家级 and 省级 专精工坊 only: a 市级 one is not among them
    reply = _ask(service, "示范市新认定市级专精工坊奖多少?")
    assert REFUSAL in reply and "10万元" not in reply and "30万元" not in reply, reply
    # each level the list names is answered
    reply = _ask(service, "示范市新认定国家级专精工坊奖多少?")
    assert "30万元" in reply and REFUSAL not in reply, reply
    reply = _ask(service, "示范市新认定省级专精工坊奖多少?")
    assert "10万元" in reply and REFUSAL not in reply, reply


def test_a_province_of_a_title_is_not_the_region_asked(service: QueryService) -> None:
    # 洛阳 is asked about; 浙江省 is the level of the title, which only 龙泉's rules reward
    reply = _ask(service, "洛阳对获得浙江省出口名牌的企业奖多少?")
    assert REFUSAL in reply and "5万元" not in reply, reply
    reply = _ask(service, "龙泉对获得浙江省出口名牌的企业奖多少?")
    assert "5万元" in reply and REFUSAL not in reply, reply
    reply = _ask(service, "洛阳对获得河南省名牌产品的企业奖多少?")
    assert "10万元" in reply and REFUSAL not in reply, reply


def test_a_plan_of_another_span_is_refused(service: QueryService) -> None:
    # the store holds 洛阳's 三年 plan; a 五年 plan of the same name is another one
    reply = _ask(service, "洛阳市品牌提升五年行动计划的文号是多少?")
    assert REFUSAL in reply and "洛政〔2032〕11号" not in reply, reply
    reply = _ask(service, "洛阳市品牌提升三年行动计划的文号是多少?")
    assert "洛政〔2032〕11号" in reply and REFUSAL not in reply, reply
