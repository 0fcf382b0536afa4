"""Answers round 41 (issue 12): the sentence of a year's work plan is found when the year is
asked although the year's word fills the search with the lines naming it; who does the verb
asked (谁拨给企业) is the body the sentence has do it, not the issuer writing 我局; what is
done every year (每年都要干啥) is the list of the yearly duties; 哪两个市州 is answered by the
lines under the heading naming 市(州); a body a clause has do the verb asked is named whole.
Every text is invented (made-up places, figures and numbers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.figures import verb_doer
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2031, 6, 3, 1, tzinfo=UTC)
REFUSAL = "未找到"
HEDGE = "仅供参考"

# A county's work plan for one year: its sentence of aims names no year, its title does.
WORK_PLAN = """2031年样板县政府重要工作事项责任分工
样政发〔2031〕1号
关于印发2031年样板县政府重要工作事项责任分工的通知
成文日期2031-02-10
一、总体要求
以争先创优为抓手,聚焦“三大目标定位”,大力实施“八大攻坚行动计划”,推动各领域工作再上新台阶。
二、责任分工
(一)稳定粮食生产。(责任单位:县农业农村局)
样板县人民政府
2031年2月10日
"""

# The same county's plan of the year, whose every line names the year and says 计划.
YEAR_PLAN = """样板县2031年国民经济和社会发展计划
样政发〔2031〕3号
关于下达样板县2031年国民经济和社会发展计划的通知
成文日期2031-02-22
一、主要指标
(一)2031年计划新增城镇就业3000人。
(二)2031年计划地区生产总值增长6%。
(三)2031年计划固定资产投资增长8%。
(四)2031年计划居民收入增长7%。
(五)2031年计划粮食产量稳定在40万吨。
(六)2031年计划新开工项目50个。
(七)2031年计划招商引资到位资金60亿元。
(八)2031年计划新增规模以上企业30家。
(九)2031年计划完成造林1万亩。
(十)2031年计划新建农村公路90公里。
(十一)2031年计划新增高新技术企业12家。
(十二)2031年计划城镇化率达到55%。
(十三)2031年计划完成节能量2万吨。
样板县人民政府
2031年2月22日
"""

# An older plan of the county saying 大力 in nearly every line, of another year.
OLDER = """样板县产业发展规划(2027—2029年)
一、重点任务
(一)大力发展现代农业,到2029年现代农业增加值达到10亿元。
(二)大力发展先进制造业,到2029年先进制造业增加值达到11亿元。
(三)大力发展现代服务业,到2029年现代服务业增加值达到12亿元。
(四)大力发展数字经济,到2029年数字经济增加值达到13亿元。
(五)大力发展文化旅游,到2029年文化旅游增加值达到14亿元。
(六)大力发展海洋经济,到2029年海洋经济增加值达到15亿元。
(七)大力发展生物医药,到2029年生物医药增加值达到16亿元。
(八)大力发展新材料,到2029年新材料增加值达到17亿元。
(九)大力发展节能环保,到2029年节能环保增加值达到18亿元。
(十)大力发展现代物流,到2029年现代物流增加值达到19亿元。
(十一)大力发展跨境电商,到2029年跨境电商增加值达到20亿元。
(十二)大力发展会展经济,到2029年会展经济增加值达到21亿元。
(十三)大力发展体育产业,到2029年体育产业增加值达到22亿元。
(十四)大力发展康养产业,到2029年康养产业增加值达到23亿元。
(十五)大力发展夜间经济,到2029年夜间经济增加值达到24亿元。
(十六)大力发展总部经济,到2029年总部经济增加值达到25亿元。
(十七)大力发展楼宇经济,到2029年楼宇经济增加值达到26亿元。
(十八)大力发展通用航空,到2029年通用航空增加值达到27亿元。
(十九)大力发展智能装备,到2029年智能装备增加值达到28亿元。
(二十)大力发展绿色建筑,到2029年绿色建筑增加值达到29亿元。
样板县人民政府
2027年3月1日
"""


# A bureau's notice speaking as 我局, which has another body hand the funds over.
NOTICE = """样板县科技工业局关于下达2031年度样板县攀高奖励资金的通知
各镇人民政府:
根据有关规定,我局组织开展了2031年度样板县企业攀高奖励资金申报工作,安排样板县甲乙科技有限公司攀高奖励资金100万元,请按要求尽快联系同级财政部门将资金拨付至项目承担单位。
样板县科技工业局
2031年5月6日
"""


# A city's plan with duties done every year and one every quarter.
YEARLY = """示范市质量提升行动计划(2031—2033年)
一、重点任务
(一)质量培训。每年组织开展质量管理培训班6期。
(二)质量分析。每季度召开一次质量分析会。
(三)示范项目。每年组织实施一批质量提升示范项目。
(四)质量义诊。每年开展质量义诊服务企业200家。
(五)首席质量官。每年组织首席质量官任职培训120人次。
(六)标准建设。到2033年,主导制定国家标准10项。
示范市人民政府
2031年3月2日
"""


# A notice of prizes whose annex lists the winners under headings of their level.
PRIZES = """样板省人民政府办公厅关于2031年度样板省春耕“金犁杯”考核结果的通报
各市(州)、县(市、区)人民政府:
对获得“金犁杯”的市(州)奖励100万元,县(市、区)奖励50万元。
获得“金犁杯”的市(州)、县(市、区)要珍惜荣誉,再创佳绩。
附件:获得2031年度样板省春耕“金犁杯”单位名单
一、市(州)(2个)
甲乙州人民政府、丙丁市人民政府
二、县(市、区)(3个)
戊县人民政府、己庚区人民政府、辛壬市人民政府
样板省人民政府办公厅
2032年2月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round41")
    with invented_plans_service(
        Path(folder), WORK_PLAN, YEAR_PLAN, OLDER, NOTICE, YEARLY, PRIZES, now=ASKED
    ) as service:
        yield service


def test_a_years_sentence_is_found_when_the_year_fills_the_search(service: QueryService) -> None:
    """样板县2031年要大力实施啥计划: the lines naming 2031 (文号, 成文日期, the year's plan)
    fill the search; the sentence of the year's work plan, naming no year, still answers,
    without a hedge."""
    reply = _ask(service, "样板县2031年要大力实施啥计划?")
    assert "八大攻坚行动计划" in reply
    assert HEDGE not in reply and REFUSAL not in reply


def test_who_does_the_verb_asked_is_the_body_the_sentence_has_do_it(
    service: QueryService,
) -> None:
    """攀高奖励资金谁拨给企业: 联系同级财政部门将…拨付至… answers, not 我局's bureau."""
    reply = _ask(service, "攀高奖励资金谁拨给企业?")
    lead = reply.splitlines()[1]
    assert "同级财政部门" in lead and "科技工业局" not in lead
    assert REFUSAL not in reply


def test_what_is_done_every_year_lists_the_yearly_duties(service: QueryService) -> None:
    """示范市每年要干啥: each duty done every year, one line each; not the quarterly one."""
    reply = _ask(service, "示范市每年要干啥")
    for duty in ("质量管理培训班", "质量提升示范项目", "质量义诊", "首席质量官"):
        assert duty in reply
    assert "质量分析会" not in reply and "国家标准" not in reply
    assert REFUSAL not in reply and HEDGE not in reply


def test_every_year_with_dou_is_asked_as_typed(service: QueryService) -> None:
    """示范市每年都要干啥: 都 is part of the asking; the speller never reads 年都 as 年度."""
    reply = _ask(service, "示范市每年都要干啥")
    assert "质量义诊" in reply and "年度" not in reply.splitlines()[1]
    assert REFUSAL not in reply and HEDGE not in reply


def test_what_is_done_every_quarter_lists_the_quarterly_duties(service: QueryService) -> None:
    """示范市每季度要做哪些事: the duty done every quarter, not the yearly ones."""
    reply = _ask(service, "示范市每季度要做哪些事")
    assert "质量分析会" in reply and "共 1 项" in reply
    assert "质量义诊" not in reply and REFUSAL not in reply


def test_a_list_of_a_category_is_the_lines_under_its_heading(service: QueryService) -> None:
    """哪两个市州拿到了金犁杯: the line under 一、市(州)(2个), which says no word of the topic;
    哪些县区: the line under 二、县(市、区)."""
    reply = _ask(service, "2031年度春耕金犁杯哪两个市州拿到了")
    assert "甲乙州人民政府、丙丁市人民政府" in reply.splitlines()[1]
    assert "戊县" not in reply and REFUSAL not in reply
    reply = _ask(service, "2031年度春耕金犁杯哪些县区拿到了")
    assert "戊县人民政府" in reply.splitlines()[1] and "甲乙州" not in reply


def test_a_body_doing_the_verb_is_named_whole() -> None:
    """由…评审委员会组织评审: 评审委员会 whole, not cut at its first 委."""
    done = verb_doer("由样板县攀高奖评审委员会组织评审,由县政府审定", ["组织"])
    assert done is not None and done[0] == "样板县攀高奖评审委员会"
