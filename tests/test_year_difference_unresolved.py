"""Two years' difference asked (2033年比2032年多几个) whose two figures of one measure are not both
written: never one year's figure as the difference, never an increment subtracted from a total
(attack52 H4, H5: 答: 6件 for 驰名商标 with no 2032 figure; 多12个 from 2032年新增3个 and 2033年总数
达到15个). What is found is shown as a partial match. Invented plans."""

from __future__ import annotations

from datetime import UTC, datetime

from policybot.clock import FakeClock
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, plans_fixture

_BODY = """一、主要目标
到2033年,全市新增中国驰名商标6件。到2033年,力争已认定的省级质量标杆企业达到20家。
二、重点任务
(一)实施品牌培育工程。对新获得中国驰名商标的企业,给予一次性奖励80万元。
"""
_YEARS = """一、主要目标
2032年全市新增省级名牌产品3个;到2033年,全市省级名牌产品总数达到15个。
2032年安排品牌建设专项资金200万元。
"""
_TOTAL_AND_YEAR = """一、主要目标
到2033年,全市新增省级名牌产品40个以上。
二、年度安排
2032年全市新增省级名牌产品15个。
"""
_BOTH = """一、主要目标
2032年全市新增省级名牌产品5个,2033年全市新增省级名牌产品8个。
"""

service = plans_fixture("year_difference_unresolved", city_plan(_BODY))
years = plans_fixture("year_difference_measures", city_plan(_YEARS))
total_and_year = plans_fixture("year_difference_total", city_plan(_TOTAL_AND_YEAR))
both = plans_fixture("year_difference_both", city_plan(_BOTH))


def test_one_years_figure_is_not_the_difference(service) -> None:
    reply = ask(service, "示范市驰名商标2033年比2032年多几个")
    assert "答: 6件" not in reply, reply
    assert "没有找到两年可以相减" in reply or "未找到" in reply, reply


def test_an_increment_is_not_subtracted_from_a_total(years) -> None:
    reply = ask(years, "示范市省级名牌产品2033年比2032年多几个")
    assert "12个" not in reply.splitlines()[1], reply


def test_one_years_sum_is_not_the_difference(years) -> None:
    reply = ask(years, "示范市专项资金2032年比2033年多多少")
    assert "答: 200万元" not in reply, reply


def test_two_years_of_one_measure_are_still_subtracted(both) -> None:
    assert "多3个" in ask(both, "示范市省级名牌产品33年比32年多几个")


def test_the_plans_total_is_not_subtracted_from_one_years_figure(total_and_year) -> None:
    reply = ask(total_and_year, "示范市省级名牌产品2033年比2032年多几个")
    assert "25个" not in reply.splitlines()[1], reply


def test_the_measure_named_after_the_years_is_still_a_difference(both) -> None:
    reply = ask(both, "示范市2033年比2032年多几个省级名牌产品")
    assert "多3个" in reply.splitlines()[1], reply


def test_the_measure_named_after_the_years_is_never_one_years_figure(years) -> None:
    reply = ask(years, "2033年比2032年多几个省级名牌产品")
    assert "答: 15个" not in reply, reply
    assert "没有找到两年可以相减" in reply or "未找到" in reply, reply


def test_this_year_against_last_year_is_a_difference(both: QueryService) -> None:
    # (asked in 2033: 今年 is 2033, 去年 2032)
    later = QueryService(both.engine, clock=FakeClock(datetime(2033, 5, 1, 1, tzinfo=UTC)))
    reply = ask(later, "示范市今年比去年多几个省级名牌产品")
    assert "多3个" in reply.splitlines()[1], reply
