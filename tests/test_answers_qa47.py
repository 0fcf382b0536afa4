"""Answers after the fresh batch qa41 (issue 12): the words people use. 搬走, 迁走 of a firm is
the rules' 迁离, 迁到 their 迁入; 公司 standing alone is the asker's firm, no word a rule must
write; a year's 主要工作任务 is a document, and 挂出来 asks when its page was put up; who reviews
a reward's applications asks a unit, not whether the region has rewards; who may have a
notice's money is not answered by its attachment's name; a per-capita figure (人均…) is not
another per-capita figure of the plan; what the levels pay together (市县两级加起来) is the total
the rule states, not a calculator's sum; an amount the asker bounds (5亿元以上) is the tier
on its side, not the clause before it on the other (5亿元以下). Every text is invented (made-up places, figures and
offices)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, invented_plans_service
from policybot.knowledge.reward_claims import looks_like_calculation
from policybot.knowledge.service import QueryService

LISTING_RULE = """北岭县人民政府办公室关于印发北岭县推进企业上市挂牌奖励办法的通知
北政办发〔2031〕5号
各乡镇人民政府,县政府各部门:
《北岭县推进企业上市挂牌奖励办法》已经县政府同意,现印发给你们,请认真贯彻执行。
北岭县人民政府办公室
2031年6月2日
北岭县推进企业上市挂牌奖励办法
第一条 奖励对象为工商注册和税务登记在北岭县,上市、挂牌成功的企业。
第二条 对在新三板成功挂牌的企业,县财政给予一次性奖励60万元。
第三条 对将工商注册和税务登记新迁入本县的已上市、新三板挂牌企业,按照本县上市、挂牌企业予以奖励。
第四条 享受本办法奖励的企业,应承诺获得奖励后3年内不迁离北岭县,否则退还奖励资金。
第五条 上市、挂牌成功后向县金融服务中心提出申请,由县金融服务中心、县审计局联合审核,按程序办理拨付手续。
第六条 成功上市的在本县注册的企业,市财政一次性奖励150万元基础上,县财政再予以同比例一次性奖励150万元(市县两级累计奖励达到300万元)。
第七条 对总部在本县的企业在境内主板首发上市的:融资5亿元以下的,县财政给予奖励120万元;融资达到5亿元以上的,县财政给予奖励360万元。
"""

# A city's year of tasks, as a portal lists it: no title line the ingest reads as one, its date
# in the header under 发文时间.
YEARS_TASKS = """您所在的位置: 市政府 > 计划规划 > 规划总结

南屏市委市政府2031年主要工作任务

索引号: 0000-2033-00017 发布机构: 发文时间: 2033-02-14
文号: 主题分类: 登记号:

一、2031年全市经济和社会发展主要预期目标
1、今年全市经济和社会发展主要预期目标为:地区生产总值增长7%;新增城镇就业3万人;城镇居民人均可支配收入增长6.5%。
责任单位:各县(市、区)政府,市统计局
"""

FUND_NOTICE = """关于下达2031年度北岭县院士工作站奖励经费的通知 北科〔2032〕3号
各乡镇科委、财政所,项目承担单位:
根据《北岭县院士工作站管理办法》规定,现对2031年度北岭县院士工作站(院士科技创新中心)考核优秀单位、绩效考评合格单位予以资金奖励,共安排经费80万元。特此告知。
附件:2031年度北岭县院士工作站奖励经费安排表
2031年度北岭县院士工作站奖励经费安排表.docx
北岭县科学技术局
2032年3月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("qa47")
    with invented_plans_service(folder, LISTING_RULE) as service:
        yield service


# Notices of no region the store knows (a county's rule beside them would scope them out).
@pytest.fixture(scope="module")
def notices(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("qa47_notices")
    with invented_plans_service(folder, YEARS_TASKS, FUND_NOTICE) as service:
        yield service


def test_a_firm_moving_away_is_what_the_rule_writes_leaving(service: QueryService) -> None:
    reply = ask(service, "拿了北岭县的上市奖励以后公司搬走了会怎么样?")
    assert "退还奖励资金" in reply and "未找到" not in reply
    reply = ask(service, "北岭县上市奖励拿了以后几年内不能迁走?")
    assert "3年内不迁离" in reply and "未找到" not in reply


def test_a_firm_moving_in_is_what_the_rule_writes_coming(service: QueryService) -> None:
    reply = ask(service, "我们公司已经在新三板挂牌,把注册和税务迁到北岭县,还能拿奖励吗?")
    assert "新迁入" in reply and "未找到" not in reply
    reply = ask(service, "已经上市的公司迁到北岭县有奖励吗?")
    assert "新迁入" in reply and "未找到" not in reply


def test_a_years_tasks_put_up_online_is_dated_by_its_header(notices: QueryService) -> None:
    reply = ask(notices, "南屏市委市政府2031年主要工作任务是什么时候挂出来的?")
    assert "2033-02-14" in reply and "未找到" not in reply


def test_who_reviews_a_rewards_applications_is_a_unit(service: QueryService) -> None:
    reply = ask(service, "北岭县上市挂牌奖励由哪些部门联合审核?")
    assert "县金融服务中心" in reply and "县审计局" in reply and "未找到" not in reply


def test_who_may_have_the_money_is_not_the_attachments_name(notices: QueryService) -> None:
    reply = ask(notices, "北岭县这次院士工作站奖励经费哪些单位能拿?")
    assert "考核优秀单位" in reply and "未找到" not in reply
    assert "安排表" not in reply and "北岭县科学技术局" not in reply


def test_a_per_capita_figure_is_not_another_per_capita_ones(notices: QueryService) -> None:
    reply = ask(notices, "南屏市2031年人均地区生产总值要达到多少?")
    assert "未找到" in reply and "7%" not in reply
    assert "7%" in ask(notices, "南屏市2031年地区生产总值增长多少?")


def test_what_the_levels_pay_together_is_the_total_the_rule_states(service: QueryService) -> None:
    question = "北岭县的企业成功上市了,市县两级加起来一共能拿多少钱?"
    # One achievement: no sum of several for the calculator to work out (the chat's routing).
    assert not looks_like_calculation(question)
    reply = ask(service, question)
    assert "累计奖励达到300万元" in reply and "未找到" not in reply


def test_an_amount_bounded_above_is_the_tier_above_it(service: QueryService) -> None:
    reply = ask(service, "北岭县企业主板首发上市融资5亿元以上,县里奖多少?")
    assert "360万元" in reply and "120万元" not in reply and "未找到" not in reply
    reply = ask(service, "北岭县企业主板首发上市融资5亿元以下,县里奖多少?")
    assert "120万元" in reply and "未找到" not in reply
