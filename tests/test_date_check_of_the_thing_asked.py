"""A yes/no guessing when a step falls due (是不是2034年底前完成验收) is answered 不是 only with the
date of an item that names the step asked, and, when no place is asked, only when one place's
items answer (attack52 H7, trial50 H3: 不是 with a target's date, or with another city's item).
Invented plans."""

from __future__ import annotations

from tests.invented_plans import ask, city_plan, plans_fixture

_YEARS = """一、主要目标
2032年全市新增省级名牌产品3个;到2033年,全市省级名牌产品总数达到15个。
"""
_STEPS = """一、重点任务
(一)创建省级质量标杆园区。2032年6月底前完成标杆园区创建申报,2033年底前通过省级验收。
"""

years = plans_fixture("date_check_no_step", city_plan(_YEARS))
steps = plans_fixture("date_check_step", city_plan(_STEPS))


def test_a_step_no_plan_dates_is_not_denied_with_a_target(years) -> None:
    reply = ask(years, "示范市是不是2034年底前完成验收")
    assert "不是," not in reply.splitlines()[1], reply


def test_the_step_asked_is_still_denied_with_its_own_date(steps) -> None:
    reply = ask(steps, "示范市是不是2032年6月底前完成标杆园区创建验收?")
    assert "答: 不是,2033-12-31" in reply, reply
