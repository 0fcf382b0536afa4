"""Stop 47's open Mediums (helper fix73), on invented plans only.

- A body's name asked (示范市领导小组叫什么, …的全称是什么, 牵头的领导小组是哪个) answered 未找到
  although the plan names it; it is answered as written, with its sentence (``body_names``).
- 2032年…综合合格率是多少 of a table whose year cells read 力争达到95 under a 计量单位 column of %
  answered the cut cell (95, its subject 综合合格率95); the cell is that year's figure in the
  column's unit (95%).
- /search of a word that a target and an uploaded task table's row both write listed the target
  alone; the row follows it (``search_rows``).
- 国家级质量奖奖励比省级质量奖多多少 (and 国家级比省级多奖多少) was hedged with one sum; it is
  answered with both sums and the difference (``reward_differences``).
- 是不是超过20个, 是否达到30个 and 是不是三十个 were hedged; they are answered 是/不是 with the
  plan's figure, per year (``figure_checks``).
- A reward sum asked with no place, priced by a plan naming no place, said nothing of where its
  rules apply (``calculator``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service, plans_fixture
from policybot.handlers.calc_format import render_calculation_plain
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

BODY = """一、主要目标
到2033年,全市新增省名牌产品30个以上,新增中国驰名商标12件。
二、组织保障
成立示范市品牌提升工作领导小组,由市长任组长,统筹推进全市品牌建设工作。领导小组办公室设在市市场监管局。
三、奖励措施
(一)对新获得国家级质量奖的企业,奖励100万元;对新获得省级质量奖的企业,奖励50万元。
(二)对主导制修订国家标准的企业,每项奖励40万元;主导制修订行业标准的企业,每项奖励20万元。
"""
TABLE = """样川县质量提升年度任务表
样川政办〔2031〕5号
样川县人民政府办公室 2031年6月2日
序号\t指标\t计量单位\t2031年\t2032年\t牵头单位\t配合单位
1\t产品质量综合合格率\t%\t力争达到93\t力争达到95\t县市场监管局\t县经信局
2\t新增计量服务站\t个\t2\t4\t县市场监管局\t县科技局
"""
TASKS = """样川县品牌建设重点任务分解表
样川政办〔2031〕9号
样川县人民政府办公室 2031年6月2日
序号\t重点任务\t牵头单位\t配合单位\t完成时限
1\t推进品牌示范园区提档升级\t县经信局\t县市场监管局\t长期
2\t建立品牌培育企业库\t县市场监管局\t县商务局\t2031年12月31日
"""
PARK_TARGET = city_plan("一、主要目标\n到2033年,全市建成省级品牌示范园区5个。\n")


service = plans_fixture("fix73", city_plan(BODY), TABLE)


def _headline(service: QueryService, question: str) -> str:
    return ask(service, question).splitlines()[1]


@pytest.mark.parametrize(
    "question",
    [
        "示范市领导小组叫什么",
        "示范市品牌提升工作领导小组的全称是什么",
        "示范市牵头的领导小组是哪个",
    ],
)
def test_a_bodys_name_is_answered_as_written_with_its_sentence(
    service: QueryService, question: str
) -> None:
    reply = ask(service, question)
    assert reply.splitlines()[1] == "答: 示范市品牌提升工作领导小组", reply
    assert "成立示范市品牌提升工作领导小组,由市长任组长" in reply, reply
    assert "出处: 《示范市品牌提升行动计划(2031—2033年)》" in reply, reply


def test_a_name_typed_that_no_plan_writes_is_not_another_bodys(service: QueryService) -> None:
    reply = ask(service, "示范市安全生产委员会叫什么")
    assert "品牌提升工作领导小组" not in reply.splitlines()[1], reply


def test_a_years_aimed_figure_in_a_table_is_said_in_its_columns_unit(
    service: QueryService,
) -> None:
    assert _headline(service, "样川县2032年产品质量综合合格率是多少") == "答: 95%"
    assert _headline(service, "样川县2031年综合合格率是多少") == "答: 93%"


def test_search_lists_a_task_table_row_beside_a_target_saying_the_word(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, TASKS, PARK_TARGET) as service:
        reply = render_plain(service.search("示范园区"))
    assert "全市建成省级品牌示范园区" in reply, reply
    assert "推进品牌示范园区提档升级" in reply, reply
    assert "共 2 项" in reply, reply


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("示范市国家级质量奖奖励比省级质量奖多多少", "答: 多50万元("),
        ("示范市国家级比省级多奖多少", "答: 多50万元("),
        ("示范市省级质量奖奖励比国家级质量奖少多少", "答: 少50万元("),
        ("示范市主导制修订国家标准奖励比行业标准多多少", "答: 多20万元("),
    ],
)
def test_a_reward_difference_gives_both_sums_and_the_difference(
    service: QueryService, question: str, said: str
) -> None:
    reply = ask(service, question)
    headline = reply.splitlines()[1]
    assert headline.startswith(said), reply
    assert "部分相符" not in reply, reply
    both = ("100万元", "50万元") if "质量奖" in reply else ("每项40万元", "每项20万元")
    assert all(sum_ in headline for sum_ in both), headline


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("示范市新增省名牌产品是不是超过20个", "答: 是,30个以上"),
        # (fix78: 30个以上 sets only a floor; whether it is over 40 is not written)
        ("示范市新增省名牌产品是不是超过40个", "答: 不能确定,文件写的是30个以上(文件只写了下限)"),
        ("示范市新增省名牌产品是否达到30个", "答: 是,30个以上"),
        ("示范市新增省名牌产品是不是三十个", "答: 是,30个以上"),
        ("样川县2032年新增计量服务站是不是超过3个", "答: 是,4个"),
        ("样川县新增计量服务站是否达到四个", "答: 2031年不是,2个;2032年是,4个"),
        ("样川县新增计量服务站是不是少于3个", "答: 2031年是,2个;2032年不是,4个"),
    ],
)
def test_over_reached_and_chinese_numerals_are_answered_yes_or_no(
    service: QueryService, question: str, said: str
) -> None:
    assert _headline(service, question) == said


NO_REGION = """关于加快品牌建设的若干措施
一、对主导制修订国家标准的企业,每项奖励60万元。
二、对新获得中国驰名商标的企业,奖励80万元。
"""
SUM_ASKED = "我们公司主导制定了一项国家标准,能拿多少奖励"


def _calculated(service: QueryService) -> str:
    route = service.route(SUM_ASKED)
    assert route.calculation is not None, route
    return render_calculation_plain(route.calculation[1])


def test_a_sum_by_a_plan_naming_no_place_says_so(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, NO_REGION) as service:
        reply = _calculated(service)
    assert "合计: 60万元" in reply, reply
    assert "该文件未写明适用地区;问某地请在问题里加上地区名" in reply, reply


def test_a_places_sum_beside_a_plan_naming_no_place_does_not_say_only_that_place(
    tmp_path: Path,
) -> None:
    rules = city_plan("一、奖励措施\n(一)对主导制修订国家标准的企业,每项奖励50万元。\n")
    with invented_plans_service(tmp_path, NO_REGION, rules) as service:
        reply = _calculated(service)
    assert "只查到" not in reply, reply
    assert "另有未写明地区的文件" in reply, reply


def test_a_name_after_who_chairs_it_keeps_its_own_and(tmp_path: Path) -> None:
    # 成立由…任组长的…: the name starts after the last word setting it up; its 和 is its own
    plan = city_plan(
        "一、主要目标\n到2033年,全市新增省名牌产品30个以上。\n"
        "二、组织保障\n成立由市长任组长的示范市质量和品牌工作领导小组,统筹推进。\n"
    )
    with invented_plans_service(tmp_path, plan) as service:
        headline = _headline(service, "示范市领导小组的全称是什么")
    assert headline == "答: 示范市质量和品牌工作领导小组", headline
