"""A duty's window when its phase is named by months only or by its periods ("2032年3月至6月",
"2032年下半年", "2032年第二季度", "启动阶段(2032年)"), and a task-table row's duty under a phase
heading, with the day its time cell states ("每月10日前"). Invented texts (rem38)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from invented_plans import city_plan
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.extract.records import RecurringRecord
from policybot.scheduler.planner import plan_window
from test_scheduler_support import follow, ingest, timing, utc

TAIL = "\n九、保障措施\n加强组织领导。\n"


def _duties(body: str) -> list[RecurringRecord]:
    return extract_text(city_plan(body + TAIL), "示范市品牌方案.txt").recurring


def _only(body: str) -> RecurringRecord:
    (found,) = _duties(body)
    return found


@pytest.mark.parametrize(
    ("phase", "window"),
    [
        ("2032年3月至6月", (date(2032, 3, 1), date(2032, 6, 30))),
        ("2032年下半年", (date(2032, 7, 1), date(2032, 12, 31))),
        ("2032年上半年", (date(2032, 1, 1), date(2032, 6, 30))),
        ("2032年第二季度", (date(2032, 4, 1), date(2032, 6, 30))),
        ("2033年四季度", (date(2033, 10, 1), date(2033, 12, 31))),
        ("2032年下半年至2033年上半年", (date(2032, 7, 1), date(2033, 6, 30))),
        ("2032年第三季度—第四季度", (date(2032, 7, 1), date(2032, 12, 31))),
        ("2033年", (date(2033, 1, 1), date(2033, 12, 31))),
    ],
)
def test_a_phase_named_by_months_or_periods_is_the_window(
    phase: str, window: tuple[date, date]
) -> None:
    body = f"一、实施步骤\n(二)推进阶段({phase})\n市品牌办每月5日前报送本月品牌培育进展。\n"
    found = _only(body)
    assert (found.window_start, found.window_end) == window
    assert found.window_text == phase
    in_sentence = _only(
        f"一、实施步骤\n(二)推进阶段({phase})。市品牌办每月5日前报送本月品牌培育进展。\n"
    )
    assert (in_sentence.window_start, in_sentence.window_end) == window


def test_a_year_in_a_heading_that_is_no_phase_is_no_window() -> None:
    found = _only("一、到2032年的目标\n市品牌办每月5日前报送本月品牌培育进展。\n")
    assert (found.window_start, found.window_end) == (None, None)


TABLE_UNDER_A_PHASE = """一、实施步骤
(二)实施阶段(2032年下半年)
重点任务分解表
序号 任务 牵头单位 完成时限
1 开展品牌培育调度 市品牌办 每季度
2 开展质量攻关调度 市质量办 每月10日前
3 报送上月品牌工作情况 市标准办 每月5日前
"""


def test_a_task_table_rows_duty_takes_its_phase_and_its_cells_day() -> None:
    by_title = {duty.title: duty for duty in _duties(TABLE_UNDER_A_PHASE)}
    quarterly = by_title["开展品牌培育调度"]
    assert (quarterly.every, quarterly.due_month, quarterly.due_day) == ("quarter", None, None)
    monthly = by_title["开展质量攻关调度"]
    assert (monthly.every, monthly.due_month, monthly.due_day) == ("month", 1, 10)
    assert monthly.due_text == "每月10日前"
    reported = by_title["报送上月品牌工作情况"]  # 上月: due on the 5th of the month after it
    assert (reported.due_month, reported.due_day) == (2, 5)
    for duty in by_title.values():
        assert (duty.window_start, duty.window_end) == (date(2032, 7, 1), date(2032, 12, 31))
        assert duty.window_text == "2032年下半年"


def test_an_annex_table_after_the_last_phase_is_the_plans_not_the_phases() -> None:
    body = """一、实施步骤
(三)总结阶段(2033年7月至12月)。全面总结。
附件
重点任务分解表
序号 任务 牵头单位 完成时限
1 开展品牌培育调度 市品牌办 每季度
"""
    (duty,) = [d for d in _duties(body) if d.title == "开展品牌培育调度"]
    assert (duty.window_start, duty.window_end) == (None, None)


def test_a_table_rows_duty_is_reminded_inside_its_phase_on_its_day(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, extract_text(city_plan(TABLE_UNDER_A_PHASE + TAIL), "示范市.txt"))
    follow(sqlite_engine, -1, "全部")
    with Session(sqlite_engine) as session:
        planned = plan_window(session, timing(lead_days=(0,)), utc(2031, 1, 1), utc(2034, 3, 1))
    dues = sorted({r.due_date for r in planned if r.due_date.day == 10})
    assert dues == [date(2032, month, 10) for month in range(7, 13)]
    quarter_ends = sorted({r.due_date for r in planned if r.due_date.day in (30, 31)})
    assert quarter_ends == [date(2032, 9, 30), date(2032, 12, 31)]
