"""Answers after the fresh batch qa40 (issue 12). Near misses refused: a revision of a document
the store holds only as another revision (…办法(2028年修订) of a text headed (2030年修订)), and
what individuals get asked of a sentence that pays organisations and breaks off at the
individuals' sum. Words people use: 失效了没 asks whether a document is in force, 哪天颁发 its
date, 几步/几档 a count the documents write 五步, 三档; 搞完 is 完成, 交评审费 is 收取费用,
还能再领 is 重复领取, 怎么分 is 分配. Every text is invented (made-up places, figures and
names); each refusal has its answered twin, so refusing everything cannot pass."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

# Its page opens with an image line (![]()), so the store holds it without its title: only the
# title line in its text says which revision it is.
REVISED_RULE = """![]()
各乡镇人民政府、街道办事处,县直部门:
《北岭县人民政府质量奖管理办法(2030年修订)》已经县政府同意,现印发给你们,请认真贯彻执行。
北岭县人民政府办公室
2031年2月12日
北岭县人民政府质量奖管理办法(2030年修订)
第一章 总则
第一条 为推进质量强县建设,根据《南屏市人民政府质量奖管理办法(2028年修订)》(南政办发〔2028〕33号)等有关规定,结合本县实际制定本办法。
第二条 县政府质量奖每年评定1次,每届获奖组织不超过3家,不向组织收取任何费用。
第三条 对获得县政府质量奖的组织,给予奖励20万元。
第四条 县政府质量奖评审以“好中选优,树立标杆”为宗旨,遵循“科学、公开、公平、公正”的原则。
第五条 县政府质量奖评审原则上按照《卓越绩效评价准则》(GB/T19580)实施。
"""

# Another document of the county, of the year the other revision names.
COUNTY_POINTS = """2028年北岭县质量工作要点
一、完善质量激励制度。修订县政府质量奖管理办法,2028年12月底前完成。(牵头单位:县市场监管局)
"""

CUT_OFF_REWARDS = """青川区推进品牌战略奖励办法
第一章 总则
第一条 青川区品牌战略推进领导小组具体负责奖励办法的实施,领导小组下设办公室在区市场监管局。
第二章 奖励方式和标准
第二条 对获得示范市市长质量奖的组织,给予奖励25万元,个人给予奖励4万元;获得示范市质量金奖的组织,给予奖励12万元,个人给予奖励2"""

DATABASE_PAGE = """当前位置:法规库 > 基本法规 > 正文
类 别:基本法规文 号:颁发日期:2031-07-14
地 区:东屏市行 业:全行业时效性:有效
为推进东屏市质量强市建设,结合本市实际,提出如下实施意见。
一、总体目标
到2033年,东屏市制造业产品质量合格率达到95%,培育“首席质量官”企业60家。
二、重点任务
(一)完善首席质量官机制。通过“首席质量官”五步培育模式,提升企业质量管理水平。
"""

TAX_REWARDS = """西岭县纳税大户考核奖励办法
一、凡当年上缴税金总额达到200万元及以上的企业,一次性奖励人民币2万元。
二、同时受市政府“纳税大户”奖励的企业,只领取市、县两项奖金中的最高奖,不重复领取奖金。
三、受奖企业所得奖金按企业法人代表和班子其他成员各50%的比例分配。
四、上述奖金由县财政支出,受奖企业持奖金单到县财政局领取奖金。
"""

# A level written in a list of places' levels, its thing with an aside inside (科技(创新)型).
TECH_FIRMS = """北岭县科技型企业奖励办法
第九条 初次认定为北岭市级、南屏市级科技(创新)型企业的,分别一次性给予2万元、5万元的奖励;认定为省级科技型企业的,一次性给予12万元的奖励。
"""

CREATION = city_plan(
    """一、开展创建
获得批准开展创建活动的县(区)应在2个月内提出具体创建计划,并在18个月内完成有关创建工作,向市质量强市工作联席会议提出验收申请。
二、工作要求
各县(区)人民政府主要负责同志为创建工作第一责任人,对创建工作负总责。
创建企业副总经理以上人员每年参加质量培训不少于1次。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("qa44")
    plans = (
        REVISED_RULE,
        COUNTY_POINTS,
        CUT_OFF_REWARDS,
        DATABASE_PAGE,
        TAX_REWARDS,
        CREATION,
        TECH_FIRMS,
    )
    with invented_plans_service(folder, *plans) as service:
        yield service


def test_another_revision_of_a_stored_rule_is_refused(service: QueryService) -> None:
    reply = ask(service, "北岭县人民政府质量奖管理办法(2028年修订)是哪天印发的?")
    assert "未找到" in reply and "2031-02-12" not in reply
    assert "2031-02-12" in ask(service, "北岭县人民政府质量奖管理办法(2030年修订)是哪天印发的?")


def test_an_individuals_sum_cut_off_is_not_the_organisations(service: QueryService) -> None:
    reply = ask(service, "青川区获得示范市质量金奖的个人奖励多少钱?")
    assert "未找到" in reply and "12万元" not in reply
    assert "12万元" in ask(service, "青川区获得示范市质量金奖的组织奖励多少钱?")
    assert "4万元" in ask(service, "青川区个人获得示范市市长质量奖奖多少?")


def test_whether_it_has_lapsed_asks_its_validity(service: QueryService) -> None:
    reply = ask(service, "东屏市质量强市实施意见失效了没?")
    assert "未找到" not in reply and "有效" in reply


def test_the_day_it_was_handed_down_is_its_database_date(service: QueryService) -> None:
    reply = ask(service, "东屏市质量强市实施意见是哪天颁发的?")
    assert "答: 2031-07-14" in reply and "类别" not in reply


def test_a_count_asked_by_its_measure_word_is_the_written_number(service: QueryService) -> None:
    reply = ask(service, "东屏市首席质量官是几步培育模式?")
    assert "五步" in reply and "未找到" not in reply


def test_spoken_words_are_read_in_the_documents_words(service: QueryService) -> None:
    assert "18个月" in ask(service, "示范市创建工作要多久内搞完?")
    fee = ask(service, "北岭县政府质量奖要交评审费吗?")
    assert "收取任何费用" in fee and "未找到" not in fee
    again = ask(service, "西岭县企业同时拿了市里纳税大户奖,县里的奖金还能再领吗?")
    assert "最高奖" in again and "未找到" not in again
    shared = ask(service, "西岭县企业拿到的奖金咋分?")
    assert "50%" in shared and "未找到" not in shared


def test_who_is_asked_is_a_joint_meeting_or_where_an_office_sits(service: QueryService) -> None:
    meeting = ask(service, "示范市创建工作完成后向谁提出验收申请?")
    assert "市质量强市工作联席会议" in meeting and "部分相符" not in meeting
    office = ask(service, "青川区品牌战略推进领导小组的办公室设在哪?")
    assert "区市场监管局" in office and "部分相符" not in office and "未找到" not in office


def test_a_national_standard_is_found_by_its_code(service: QueryService) -> None:
    reply = ask(service, "北岭县政府质量奖评审按啥国标?")
    assert "GB/T19580" in reply and "未找到" not in reply and "好中选优" not in reply


def test_a_level_written_in_a_list_with_an_aside_is_that_level(service: QueryService) -> None:
    reply = ask(service, "我们公司初次认定为北岭市级科技型企业,能拿多少奖励?")
    assert "2万元" in reply and "未找到" not in reply


def test_who_pays_asked_with_shi_is_the_purse_that_spends(service: QueryService) -> None:
    reply = ask(service, "西岭县纳税大户的奖金是从哪里出的?")
    assert "由县财政支出" in reply and "部分相符" not in reply and "未找到" not in reply


@pytest.mark.parametrize(
    "question",
    ["西岭县纳税大户的奖励谁来兑现?", "西岭县纳税大户的奖励由谁承担?", "西岭县纳税大户奖金谁来发?"],
)
def test_who_pays_out_a_reward_is_the_purse_that_spends(
    service: QueryService, question: str
) -> None:
    """兑现, 承担 and 发 of a reward ask the purse as 出 does (a lead's chat trial: 未找到“兑现”)."""
    reply = ask(service, question)
    assert "答: 上述奖金由县财政支出" in reply


def test_who_a_reward_is_paid_to_is_no_purse(service: QueryService) -> None:
    # (who is rewarded: the purse may be among the rule's notes, never the answer)
    reply = ask(service, "西岭县纳税大户的奖金发给谁?")
    assert "答: 上述奖金由县财政支出" not in reply


def test_a_slip_of_fu_for_bearing_overall_responsibility_is_read(service: QueryService) -> None:
    reply = ask(service, "示范市创建工作谁付总责?")
    assert "主要负责同志" in reply and "部分相符" not in reply and "未找到" not in reply
    # (read as 负总责, never corrected to another word the store writes: 副总经理)
    assert "副总" not in reply
