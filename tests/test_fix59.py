"""Fix 59 on invented plans: a year's deadlines asked as a question are what /deadlines lists
for that year (L2); a unit asked what it is responsible for is the unit /units names, headed by
one count (L3); a task table's cell of the year asked leads a prose sentence naming that year
too, even when the cell only says the goal is pending (L4)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from invented_plans import ask, city_plan, invented_plans_service, task_table_plan
from policybot.bot.cli import answer_text
from policybot.knowledge.service import QueryService

# Invented: a 2031—2033 plan with dated steps, a per-year target, a quarterly duty, and a task
# table whose 2032 cell for one row is pending while the prose names 2032 for the same task.
# 市质监局 leads tasks; a body it hosts (市质量强市领导小组办公室(市质监局)) leads one too.
PLAN = city_plan(
    "一、重点工作\n"
    "(一)提升制造业发展水平。2031年,全市推动800家规模以上企业实施技术改造,到2032年,"
    "全市60%以上规模以上制造业企业开展实施机器人及智能装备应用,智能化程度达到一流水平。"
    "(牵头单位:市工业和信息化局)\n"
    "(二)品牌培育。每年培育示范品牌10个。(牵头单位:市质监局)\n"
    "(三)质量分析。每季度对全市重点工业品的质量状况进行分析研判。(牵头单位:市质监局)\n"
    "(四)标准建设。2032年6月底前完成标准化示范区创建。(牵头单位:市质监局)\n"
    "2032年12月底前建成检验检测公共服务平台。(牵头单位:市质监局)\n"
    "(五)组织协调。2032年9月底前召开质量强市工作会议。"
    "(牵头单位:市质量强市领导小组办公室(市质监局))\n"
    "附件:示范市品牌提升行动计划(2031—2033年)任务分解表\n"
    "序号\n任务名称\n工作内容\n牵头单位\n配合单位\n2031年\n2032年\n2033年\n"
    "1\n提升制造业发展水平\n推动企业实施技术改造。\n市工业和信息化局\n各县(区)人民政府\n"
    "推动800家规模以上企业实施技术改造。\n2032年、2033年目标待省明确相关指标数后再定。\n"
    "2\n提高制造过程智能化水平。\n市工业和信息化局\n市发展和改革局、市科学技术局\n"
    "形成智能化改造、升级示范生产线40条。\n形成示范生产线90条。\n"
    "70%以上规模以上制造业企业开展实施机器人及智能装备应用。\n"
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("fix59"), PLAN) as service:
        yield service


def _count(reply: str) -> int:
    found = re.search(r"共 (\d+) 项", reply.splitlines()[1])
    assert found, reply
    return int(found.group(1))


def test_a_years_deadlines_asked_are_what_the_command_lists(service: QueryService) -> None:
    """示范市今年有哪些任务要到期 counted the first page of every deadline filtered to the year
    (a per-year target dated by its last year, no quarterly duty); /deadlines 示范市 今年 lists
    the year's occurrences of both. One query: one count, the same items."""
    asked = ask(service, "示范市今年有哪些任务要到期")
    listed, _ = answer_text(service, "/deadlines 示范市 今年")
    assert _count(asked) == _count(listed), (asked, listed)
    for item in ("每年培育示范品牌", "分析研判", "标准化示范区创建"):
        assert item in asked and item in listed, (asked, listed)
    unit_asked = ask(service, "示范市质监局今年有哪些任务要到期")
    unit_listed, _ = answer_text(service, "/deadlines 示范市 市质监局 今年")
    assert _count(unit_asked) == _count(unit_listed), (unit_asked, unit_listed)


def test_a_units_tasks_asked_are_the_units_of_units_with_one_count(
    service: QueryService,
) -> None:
    """示范市质监局负责哪些任务 took in 市质量强市领导小组办公室(市质监局) (its name holds the
    office's characters) where /units 示范市 市质监局 names the office alone, and headed the list
    with two counts (牵头 N 项;按任务列出 M 条). The office asked is the office named: one answer,
    one count, the one the /units directory says of it."""
    asked = ask(service, "示范市质监局负责哪些任务")
    listed, _ = answer_text(service, "/units 示范市 市质监局")
    assert asked.splitlines()[1:] == listed.splitlines()[1:], (asked, listed)
    headline = asked.splitlines()[1]
    # (其中目标 N 项 is a part of that count, which 负责哪些目标 lists)
    counts = re.findall(r"\d+", re.sub(r"(其中目标 \d+ 项)", "", headline))
    assert len(counts) == 1 and "按任务列出" not in headline, headline
    directory, _ = answer_text(service, "/units 示范市")
    (counted,) = re.findall(r"市质监局 — (牵头 \d+ 项)", directory)
    assert counted in headline, (headline, directory)


def test_the_tables_pending_cell_of_the_year_leads_the_prose_naming_it(
    service: QueryService,
) -> None:
    """示范市2032年技改企业目标: the row's 2032 cell (目标待省明确…, pending) is what the plan sets
    for that year; the prose sentence naming 2032 for another goal of the chapter does not lead
    it."""
    reply = ask(service, "示范市2032年技改企业目标")
    assert reply.splitlines()[1].startswith("答: 2032年、2033年目标待省明确"), reply
    assert "未找到" not in reply and "部分相符" not in reply, reply
    # a year whose cell holds a figure still answers by it
    assert "答: 90条" in ask(service, "示范市2032年示范生产线多少条")


# Invented: a page that names no place and cites no 文号, speaking for 全市 (an admin's upload).
PLACELESS = """关于加快推进品牌建设的若干措施
为加快推进品牌建设,提升产品质量,现提出如下措施。
一、对新获得中国质量奖的企业,全市给予一次性奖励500万元。
二、对新获得中国驰名商标的企业,市政府给予一次性奖励100万元。
三、2032年10月底前编制并公布市、县两级证明事项清单。(市审改办牵头)
"""


def test_a_placeless_page_answers_for_no_city_of_several_held(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Two cities held, neither's plans rewarding 中国质量奖: the page could be either's, so
    what it pays answers for neither as its own — a hedge naming the region unknown at most,
    never 答: 500万元 for a city (an upload steering every city's answer)."""
    folder = tmp_path_factory.mktemp("fix59_placeless")
    other = task_table_plan("样例市", "样")
    with invented_plans_service(folder, PLAN, other, PLACELESS) as service:
        for city in ("示范市", "样例市"):
            reply = ask(service, f"{city}获得中国质量奖奖励多少")
            assert "答: 500万元" not in reply, reply
            assert "部分相符" in reply or "未找到" in reply, reply
        # asked of no place, the page still answers
        assert "答: 500万元" in ask(service, "中国质量奖奖励多少")
        # its tasks and dates still answer a held city, said to be unplaced (the 咸阳 class)
        reply = ask(service, "示范市什么时候前要公布证明事项清单?")
        assert "2032-10-31" in reply and "没有写明地区" in reply, reply
        assert "部分相符" not in reply, reply


def test_a_placeless_page_answers_for_the_one_city_held(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The one city of its level the store holds: the page can be no other city's; it
    answers, said to be unplaced (the 咸阳 class kept)."""
    folder = tmp_path_factory.mktemp("fix59_one_city")
    with invented_plans_service(folder, PLAN, PLACELESS) as service:
        reply = ask(service, "示范市获得中国质量奖奖励多少")
    assert "答: 500万元" in reply and "没有写明地区" in reply, reply
    assert "部分相符" not in reply, reply
