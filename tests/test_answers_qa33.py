"""Answers after the fresh batch qa33 (issue 12): the way staff and companies type a question
on a phone. 搞 (搞科技创新) and 弄 say "do" and are never a slip for a store word that sounds
alike (高科技); a common word the documents also write (时候) is never broken into a junk
word of the store's segmentation (的市). A notice's 工作要点 (or 安排, 清单) 下发给了哪些单位
asks its addressees, as 方案发给了哪些 does; 细则发给我们了吗 asks whether the asker is among
them, 要点除了各市州还发给了哪些 the addressees beyond those named, and 青环发〔2031〕1号是发给哪些
地方的 the addressees of the document the number names (还 asks what else: never a slip). 一项任务列了好几个单位,哪个算牵头 and 排第一位的是什么意思
ask how the plan reads its lists of units: the clause saying so answers. 有效性 有效 公开日期:
(a portal's fields two to a line, stored without the spaces) says the document is in force.
方案是落实青海省哪个文件的 asks what the plan was made under, not its own number. 补贴花的是啥钱
asks the fund it is paid from (资金). A news report's lead (5月20日,…办法(试行)印发) gives the
day a rule was issued, though not its year. 一起报 (the documents write 一并上报) says how a thing goes along, not what it is. Every
text is invented (made-up figures and names)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask as _ask
from invented_plans import invented_plans_service
from policybot.knowledge.service import QueryService
from policybot.knowledge.spelling import Speller
from policybot.knowledge.vocabulary import common_word

# A province's department sending its year's work points to the cities' bureaus.
POINTS = """关于印发2031年全省生态环境工作要点的通知
青环发〔2031〕1号
各市、州生态环境局,厅机关各处室,各督察专员办:
《2031年全省生态环境工作要点》已经第3次厅长办公会议审定通过,现印发给你们,请按要求落实。
青海省生态环境厅
2031年2月8日
2031年全省生态环境工作要点
一、主要目标
到2031年底,全省地级城市细颗粒物平均浓度控制在25微克/立方米以内。
二、工作要求
各市州生态环境局应当于2031年3月10日前将实施方案报送省厅,同时一并上报本单位联络员和信息员名单。
"""
# A city's work report split into tasks, each with its units on a line of its own.
SPLIT = """示范市人民政府办公室关于印发2031年政府工作报告重点工作责任分解的通知
各县(市、区)人民政府,市政府各部门:
现将《2031年政府工作报告重点工作责任分解》印发给你们,请认真抓好落实。
示范市人民政府办公室
2031年2月10日
2031年政府工作报告重点工作责任分解
一、扩大有效投资
1.全年完成固定资产投资500亿元,增长8%。
责任单位:市发展改革委、市财政局、市自然资源局(列第一位者为工作牵头单位或汇总单位,下同)
2.新开工省市重大项目60个。
责任单位:市发展改革委、市住建局
"""
# A district's split saying that the units of one task share it equally.
EQUAL = """样板区2031年区政府工作报告主要目标任务办理责任分工
一、明确分办原则
责任分工中,部分同一责任事项列出了多个责任单位,均为落实目标任务的同责单位,无先后大小责任之分。
二、主要目标任务
1.地区生产总值增长6%左右。责任单位:区发改局、区统计局
2.城镇新增就业1.2万人。责任单位:区人社局
"""
# A city's plan carrying out a province's measures, with a number of its own.
CARRIED = """示范市人民政府办公室关于印发《示范市促进消费恢复实施方案》的通知
示政办发〔2031〕9号
各县市区人民政府,市直机关各单位:
经市人民政府同意,现将《示范市促进消费恢复实施方案》印发给你们,请认真组织实施。
示范市人民政府办公室
2031年3月15日
示范市促进消费恢复实施方案
为全面贯彻省委经济工作会议精神,推动《青海省人民政府办公厅关于促进消费恢复的若干政策措施》(青政办发〔2031〕4号)文件落地见效,特制定本实施方案。
一、促进消费恢复
1.整合2000万元资金用于发放消费券。
"""
# A news report of a city's new rule, its day given without the year.
NEWS = """样板市出台人才引进激励办法!最高奖励金额不超过300万元
5月20日,样板市人才引进激励办法(试行)印发,根据引进人才的层次对用人单位进行奖励。
办法明确,对引进顶尖人才的用人单位,给予最高300万元奖励;对引进领军人才的,给予最高100万元奖励。
"""
# A county forwarding a subsidy rule to its towns and to the firms of a trade, under a portal's
# block whose fields stand two to a line, set apart by spaces only.
RULES = """文件名称 样板县领导小组办公室关于转发《样板县2031年农村物流项目补贴细则(试行)》的通知
公开责任部门 县商务局 公开形式: 主动公开
有效性 有效 公开日期: 2031-09-07 13:58
样板县领导小组办公室关于转发《样板县2031年农村物流项目补贴细则(试行)》的通知
各镇人民政府,县级各有关部门,县内各物流从业市场主体:
现将县商务局制订的《样板县2031年农村物流项目补贴细则(试行)》转发给你们,请遵照执行。
样板县领导小组办公室
2031年9月7日
样板县农村物流项目补贴细则(试行)
第一条 对新建村级物流服务站的,每个补贴2万元。
第二条 用好用活上级下达的年度物流发展资金,确保发挥项目资金应有的效益。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("qa33"), POINTS, RULES, SPLIT, EQUAL, CARRIED, NEWS
    ) as service:
        yield service


def test_a_colloquial_verb_of_doing_is_never_a_slip() -> None:
    # 搞科技: 高科技 is a word of the store one character off, which the asker did not mean.
    speller = Speller({"高科技": 5, "科技": 9, "创新": 9}, ["发展高科技产业", "推动科技创新"])
    assert speller.correct("十五五搞科技创新") == "十五五搞科技创新"
    assert speller.correct("年底前弄完科技创新") == "年底前弄完科技创新"


def test_a_common_word_the_documents_write_is_never_broken() -> None:
    # 的时 is written nowhere, 的市 is a junk word of the store, 时候 a common word it writes.
    speller = Speller(
        {"的市": 3, "方案": 9, "名单": 9},
        ["本市的市场主体", "到时候报送方案", "报送名单"],
        common=common_word,
    )
    assert speller.correct("报送方案的时候") == "报送方案的时候"


def test_work_points_sent_down_ask_their_addressees(service: QueryService) -> None:
    reply = _ask(service, "青海2031年生态环境工作要点下发给了哪些单位?")
    assert "各督察专员办" in reply and "部分相符" not in reply, reply


def test_sent_to_us_asks_whether_the_asker_is_an_addressee(service: QueryService) -> None:
    reply = _ask(service, "我们是样板县做物流的公司,这个物流项目补贴细则发给我们了吗?")
    assert "物流从业市场主体" in reply and "部分相符" not in reply, reply


def test_sent_along_is_no_word_of_the_topic(service: QueryService) -> None:
    reply = _ask(service, "青海报实施方案的时候一起报啥名单?")
    assert "联络员和信息员名单" in reply and "部分相符" not in reply, reply


def test_a_document_named_by_its_number_is_asked_its_addressees(service: QueryService) -> None:
    reply = _ask(service, "青环发〔2031〕1号是发给哪些地方的?")
    assert "答: 各市、州生态环境局,厅机关各处室,各督察专员办" in reply, reply


def test_addressees_beyond_those_named_are_asked_with_besides(service: QueryService) -> None:
    reply = _ask(service, "青海生态环境工作要点除了各市州生态环境局还发给了哪些单位?")
    assert "各督察专员办" in reply and "部分相符" not in reply, reply


def test_what_the_first_listed_unit_means_is_the_clause_saying_so(service: QueryService) -> None:
    reply = _ask(service, "示范市重点工作责任分解里,责任单位排第一位的是什么意思?")
    assert "答: 责任单位:" in reply and "列第一位者为工作牵头单位" in reply, reply


def test_several_units_of_one_task_are_read_as_the_plan_says(service: QueryService) -> None:
    reply = _ask(service, "样板区责任分工里一件事列了好几个责任单位,谁是主要负责的?")
    assert "无先后大小责任之分" in reply and "部分相符" not in reply, reply


def test_validity_run_on_into_the_next_field_is_read(service: QueryService) -> None:
    reply = _ask(service, "样板县物流项目补贴那个细则现在还管用吗?")
    assert "答: 有效" in reply and "未找到" not in reply, reply


def test_the_upper_document_carried_out_is_the_basis_asked(service: QueryService) -> None:
    reply = _ask(service, "示范市促进消费恢复那个方案是落实青海省哪个文件的,文号多少")
    assert "青政办发〔2031〕4号" in reply, reply


def test_what_money_asks_the_fund(service: QueryService) -> None:
    reply = _ask(service, "样板县物流项目补贴花的是啥钱")
    assert "物流发展资金" in reply and "部分相符" not in reply, reply


def test_a_reports_lead_gives_the_day_issued(service: QueryService) -> None:
    reply = _ask(service, "样板市人才引进激励办法(试行)是几月几号印发的?")
    assert "5月20日" in reply and "未找到" not in reply, reply
