"""Answers after the fresh batch qa49 (helper fix85): 什么时候失效 of a page whose header
states the day it lapses (文件失效时间2031-12-31) is answered with that day; 学校 asked
of a target written by its kinds (幼儿园、中小学) finds it; 今年刚纳入规上 dates what
the asker's firm became, not the plans asked. Every text is invented."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from invented_plans import ask, city_plan, invented_plans_service, plans_fixture

LAPSING_PAGE = """青枫区政府欢迎您!
无障碍 | 长者版 | 繁体中文 |
| 邮箱 | 智能问答
• 文章标题青枫区人民政府办公室关于印发《青枫区鼓励服务业发展办法》的通知
• 制发机关青枫区人民政府办公室
• 成文日期2027-07-24
• 文件字号青枫政办发〔2027〕4号
• 生效日期2027-08-25
• 文件失效时间2029-12-31
• 有效性有效

青枫区人民政府办公室关于印发《青枫区鼓励服务业发展办法》的通知
各街道办事处、区政府各部门:
《青枫区鼓励服务业发展办法》已经区政府同意,现印发给你们,请认真贯彻执行。
青枫区鼓励服务业发展办法
第一条 为提升全区服务业规模,制定本办法。
第二条 对年营业收入首次突破1亿元的服务业企业,给予10万元奖励。
"""

SCHOOL_PLAN = city_plan(
    "一、工作目标\n2032年,全市新建公办幼儿园、中小学7所,新增学位3000个。\n"
    "二、支持措施\n对当年新纳入规上工业企业的,给予企业管理层12万元奖励,其中:研发投入占比小于4%的,"
    "按照60%兑现。\n"
)

service = plans_fixture("fix85", LAPSING_PAGE, SCHOOL_PLAN)


def test_when_a_page_lapses_is_its_header_lapse_day(service) -> None:  # type: ignore[no-untyped-def]
    reply = ask(service, "青枫区鼓励服务业发展的办法什么时候失效?")
    assert "2029-12-31" in reply, reply


def test_schools_are_the_kinds_a_target_names(service) -> None:  # type: ignore[no-untyped-def]
    reply = ask(service, "示范市2032年新建几所学校?")
    assert "7所" in reply, reply


def test_the_year_the_asker_s_firm_became_one_is_no_year_asked(tmp_path: Path) -> None:
    # Asked after the plan's years: 今年 is the year the firm was counted, no year of the plan.
    later = datetime(2036, 3, 1, 1, tzinfo=UTC)
    with invented_plans_service(tmp_path, SCHOOL_PLAN, now=later) as service:
        reply = ask(service, "我们公司今年刚纳入规上工业,研发投入占比只有3%,在示范市能拿多少奖励?")
    assert "12万元" in reply, reply
