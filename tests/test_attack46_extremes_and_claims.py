"""attack46: defects of stop 46's 哪个区最多 (place_extremes) and /calc 同一项目 (reward_claims).
Every text is invented (made-up places and figures)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

# Two items split over the same three districts, one of them in two years; one district's
# figure written in 万.
SPLIT_PLAN = city_plan(
    "一、目标分解\n"
    "2031年,各区新增就业人数不少于:棠梨区1.2万人、溪口区900人、枫林区500人。\n"
    "2031年,各区新增省名牌产品不少于:棠梨区12个、溪口区30个、枫林区7个。\n"
    "2032年,各区新增省名牌产品不少于:棠梨区40个、溪口区5个、枫林区6个。\n"
)


@pytest.fixture(scope="module")
def split_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("attack46_split")
    with invented_plans_service(folder, SPLIT_PLAN) as service:
        yield service


def test_a_figure_in_wan_is_weighed_at_its_scale(split_service: QueryService) -> None:
    """1.2万人 was read as 1.2 and led 最少 (and lost 最多 to 900人)."""
    most = ask(split_service, "示范市2031年哪个区新增就业最多?").splitlines()[1]
    least = ask(split_service, "示范市2031年哪个区新增就业最少?").splitlines()[1]
    assert "棠梨区" in most and "1.2万人" in most, most
    assert "枫林区" in least and "500人" in least, least


def test_only_the_item_asked_is_weighed(tmp_path: Path) -> None:
    """The lines of another item the answer also lists (省名牌产品 7个) were weighed with the
    item asked, and the smallest of any led."""
    text = SPLIT_PLAN.replace("1.2万人", "700人")
    with invented_plans_service(tmp_path, text) as service:
        least = ask(service, "示范市2031年哪个区新增就业最少?").splitlines()[1]
    assert "个" not in least and "枫林区" in least and "500人" in least, least


def test_one_year_is_weighed_and_said(split_service: QueryService) -> None:
    """Two years of one item were weighed together (a district named twice); one year is, and
    the headline says which."""
    reply = ask(split_service, "示范市哪个区新增省名牌产品最多?")
    lead = reply.splitlines()[1]
    assert "年)" in lead and "棠梨区" in lead, reply
    assert lead.count("棠梨区") == 1, reply


def test_the_item_the_question_names_is_weighed(split_service: QueryService) -> None:
    """Asked of no year, the item listed first (新增省名牌产品, due later) was weighed, not the
    one named (新增就业); asked of no item, an arbitrary item led as 最多."""
    named = ask(split_service, "哪个区新增就业最多").splitlines()[1]
    bare = ask(split_service, "哪个区最多").splitlines()[1]
    assert "棠梨区" in named and "1.2万人" in named, named
    assert "最多" not in bare, bare


# An invented reward rule whose 就高不重复 clause is of one project in one year.
REWARD_PLAN = city_plan(
    """二、奖励政策
(五)对新获得甲级质量奖的企业给予200万元奖励;新获得乙级质量奖的给予50万元奖励。
(六)同一企业同一年度同一项目符合多项奖励条件的,按就高原则给予奖励,不重复奖励。
"""
)


@pytest.mark.parametrize(
    "said", ["不是同一项目", "非同一项目", "并非同一个项目", "不属于同一年度同一项目"]
)
def test_rewards_said_not_of_one_project_both_count(tmp_path: Path, said: str) -> None:
    """/calc read 不是同一项目 as 同一项目: only the higher counted (200万元 of 250万元) and the
    reply told the firm it had written that the rewards were of one project."""
    from policybot.handlers.calc_format import render_calculation_plain

    with invented_plans_service(tmp_path, REWARD_PLAN) as service:
        calculator = service.calculator()
        typed = calculator.from_text(f"示范市 甲级质量奖 1; 乙级质量奖 1; {said}", command=True)[1]
        route = service.route(f"示范市我们公司{said}获得甲级质量奖和乙级质量奖能拿多少")
    assert route.calculation is not None
    for calculation in (typed, route.calculation[1]):
        reply = render_calculation_plain(calculation)
        assert "合计: 250万元" in reply and "你写明是同一项目" not in reply, reply


def test_rewards_said_of_one_project_still_pay_the_higher(tmp_path: Path) -> None:
    from policybot.handlers.calc_format import render_calculation_plain

    with invented_plans_service(tmp_path, REWARD_PLAN) as service:
        typed = service.calculator().from_text(
            "示范市 甲级质量奖 1; 乙级质量奖 1; 同一项目", command=True
        )
    reply = render_calculation_plain(typed[1])
    assert "合计: 200万元" in reply and "你写明是同一项目" in reply, reply


# A short synthetic notice (invented bodies), signed in October: one sentence opens on a
# month-only deadline, another on what was done by a month before the signing.
_MONTH_NOTICE = (
    "各镇人民政府,区政府各部门:\n"
    "现将《关于进一步改进窗口服务工作方案》印发给你们,请认真贯彻执行。\n"
    "2031年10月12日\n"
    "关于进一步改进窗口服务工作方案\n"
    "(一)推进窗口服务集中办理。\n"
    "1.清理窗口外的办理事项。9月底,全区已完成窗口改造并通报。11月20日前,各单位将自查"
    "整改情况报区窗口服务中心。\n"
)


def test_a_sentence_reporting_what_was_done_by_a_month_is_no_deadline() -> None:
    """B51-3 read "9月底,全区已完成…" (before the October signing) as a deadline of the next
    September; the deadline opening the next sentence is still read."""
    from datetime import date

    from policybot.knowledge.extract import extract_text

    milestones = extract_text(_MONTH_NOTICE, "x.txt").milestones
    assert not [m for m in milestones if "窗口改造" in m.title], milestones
    assert [m.due for m in milestones if "自查" in m.title] == [date(2031, 11, 20)]


WINDOW_PLAN = city_plan(
    "一、主要目标\n(一)企业培育。到2032年底,新增企业500家,新增高新技术企业20家;建成孵化基地3个。\n"
)


def test_a_window_how_many_of_an_item_not_held_is_not_led_by_another(tmp_path: Path) -> None:
    """fix62's lead answered 要新增多少家科技型企业 with 500家 新增企业 (the label said every
    character but 科技型's): a topic word the label does not write asks another item; the
    item named still leads."""
    with invented_plans_service(tmp_path, WINDOW_PLAN) as service:
        other = ask(service, "今年底前示范市要新增多少家科技型企业")
        named = ask(service, "今年底前示范市要新增多少家高新技术企业")
    assert not other.splitlines()[1].startswith("答: 500家"), other
    assert named.splitlines()[1].startswith("答: 20家"), named


def test_a_quote_window_keeps_its_date_when_the_clause_runs_on() -> None:
    """clip_around ended its window at the end of the date's clause: a clause running on past
    the limit after the date (no comma in a copied table row) pushed the date out of view."""
    from policybot.knowledge.clipping import clip_around

    text = "开展示范片区整治," * 20 + "完成时限2032年6月30日前" + "完成全部改造工作并通过验收" * 30
    quote = clip_around(text, 120, ["2032年6月30日"])
    assert "2032年6月30日" in quote and len(quote) <= 120, quote


RANK_REPORT = city_plan(
    "一、工作进展\n一季度,全市窗口办件满意率在全省排名第2位,较上年提升3个位次。\n"
    "二、下一步工作\n持续优化窗口服务,推行帮办代办。\n"
)


def test_a_rank_asked_by_its_measure_is_no_count_refused(tmp_path: Path) -> None:
    """qa53's count refusal read 排第几名 as 几名 (how many people) and answered 文件没有写多少名
    over the sentence stating the rank."""
    with invented_plans_service(tmp_path, RANK_REPORT) as service:
        reply = ask(service, "示范市一季度窗口办件满意率全省排第几名?")
    assert "未找到" not in reply and "第2位" in reply, reply


def test_a_count_asked_beside_a_sum_is_not_refused_with_it(tmp_path: Path) -> None:
    """fix63's sum refusal (no sum written) also refused the count asked beside the sum
    (要新增多少家企业,投入多少资金): the sentence holding the count is shown; a sum alone is
    still refused."""
    with invented_plans_service(tmp_path, WINDOW_PLAN) as service:
        both = ask(service, "示范市要新增多少家企业,投入多少资金")
        alone = ask(service, "示范市企业培育一共投入多少亿元资金")
    assert "500家" in both, both
    assert "未找到" in alone and "500家" not in alone, alone


_NEXT_PERIOD_PLAN = """青禾市人民政府关于印发青禾市就业促进规划的通知
青政发〔2020〕9号
各县(区)人民政府:
现将《青禾市就业促进规划》印发给你们,请认真贯彻执行。
青禾市人民政府
SIGNED
青禾市就业促进规划
一、发展基础
“十三五”期间,全市累计新增城镇就业5万人,2020年城镇登记失业率控制在3%以内。
二、发展目标
到2025年,全市新增城镇就业6万人,城镇登记失业率控制在3.5%以内。
"""


@pytest.mark.parametrize("signed", ["2020年12月20日", ""])
def test_a_five_year_period_looked_back_on_by_the_next_plan_is_not_its_period(
    signed: str,
) -> None:
    """B52-8 took “十三五”期间,累计新增… (the basis section of a plan signed in December 2020,
    or not dated, whose goals run to 2025) for the plan's own period 2016—2020."""
    from policybot.knowledge.extract import extract_text

    period = extract_text(_NEXT_PERIOD_PLAN.replace("SIGNED", signed), "x.txt").document.period
    assert period is not None and period[1] == 2025, period


_FIRST_YEAR_OPENING = """青禾市人民政府关于印发青禾市就业促进规划的通知
各县(区)人民政府:
现将《青禾市就业促进规划》印发给你们,请认真贯彻执行。
青禾市人民政府
2021年3月1日
2021年是“十四五”开局之年,做好就业工作意义重大。
“十四五”期间,实现新增城镇就业6万人,到2025年城镇登记失业率控制在3.5%以内。
"""


@pytest.mark.parametrize(
    "text",
    [
        _FIRST_YEAR_OPENING,
        "青禾市“十四五”就业促进规划\n2021年是“十四五”开局之年,做好就业工作意义重大。\n"
        "到2025年,全市新增城镇就业6万人。\n",
    ],
)
def test_a_five_year_plan_opening_on_its_first_year_is_no_one_year_plan(text: str) -> None:
    """B51-2 read "2021年是“十四五”开局之年" opening a five-year plan (its title naming the
    period, or its goals set to 2025) as a plan of 2021 alone."""
    from policybot.knowledge.extract import extract_text

    assert extract_text(text, "x.txt").document.period == (2021, 2025)


def test_the_extreme_asked_before_the_place_kind_is_weighed(split_service: QueryService) -> None:
    """新增就业最多的是哪个区 (the extreme first) was not read as 哪个区新增就业最多."""
    most = ask(split_service, "示范市2031年新增就业最多的是哪个区").splitlines()[1]
    least = ask(split_service, "示范市2031年新增就业最少的是哪个区?").splitlines()[1]
    assert most.startswith("答: 最多") and "棠梨区" in most, most
    assert least.startswith("答: 最少") and "枫林区" in least, least
