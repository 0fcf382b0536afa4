"""Recurring forms read in full: several days a month ("每月10日、20日前": two occurrences a
month), a day stated later in the clause or the next ("于次月5日前报送", "次月初报送",
"…,于半年结束后10日内报送"), the start or middle of a period ("每月初", "中旬"). The
extractor, ``DutyCalendar``, the lists (/deadlines) and the scheduler (plans, sends) agree.
Invented texts (rem38)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from invented_plans import city_plan, invented_plans_service
from policybot.clock import FakeClock
from policybot.handlers.formatting import render_plain
from policybot.knowledge.database import downgrade_database, upgrade_database
from policybot.knowledge.editing import update_fact
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.extract.records import RecurringRecord
from policybot.knowledge.models import Document, RecurringDuty
from policybot.knowledge.recurrence import DutyCalendar
from policybot.knowledge.reminder_items import ReminderLedger, ReminderStatus
from policybot.knowledge.rereading import reread_stale_documents, stale_documents
from policybot.scheduler.dispatcher import DispatcherConfig, ReminderDispatcher
from policybot.scheduler.planner import plan_window
from test_scheduler_support import RecordingSender, follow, ingest, nine_am, timing, utc

TAIL = (
    "\n二、保障措施\n加强组织领导,确保各项工作落实到位。市政府将定期开展督查,推动工作取得实效。\n"
)


def _read(sentence: str) -> list[RecurringRecord]:
    return extract_text(city_plan("一、工作要求\n" + sentence + TAIL), "示范市.txt").recurring


@pytest.mark.parametrize(
    ("sentence", "reading"),
    [
        # (every, month of the period, day, other days, the words shown)
        ("市品牌办每月10日、20日前报送品牌培育进展。", ("month", 1, 10, [20], "每月10日、20日前")),
        ("各县区每月10日和25日前报送质量攻关进展。", ("month", 1, 10, [25], "每月10日和25日前")),
        ("各县区每月工作情况于次月5日前报送市品牌办。", ("month", 2, 5, [], "每月,次月5日前")),
        ("各县区每月统计数据次月初报送市质量办。", ("month", 2, 10, [], "每月,次月初")),
        (
            "各县区每月报送一次工作进展,于次月10日前报送市品牌办。",
            ("month", 2, 10, [], "每月,次月10日前"),
        ),
        (
            "各县区每半年报送一次工作总结,于半年结束后10日内报送市品牌办。",
            ("half-year", 7, 10, [], "每半年,半年结束后10日内"),
        ),
        (
            "各县区每季度工作情况于季度结束后10日内报送市品牌办。",
            ("quarter", 4, 10, [], "每季度,季度结束后10日内"),
        ),
        ("市品牌办每月初报送工作台账。", ("month", 1, 10, [], "每月初")),
        ("市标准办每半年报送一次标准化工作进展。", ("half-year", None, None, [], None)),
    ],
)
def test_the_day_is_read_wherever_the_clause_states_it(
    sentence: str, reading: tuple[object, ...]
) -> None:
    (duty,) = _read(sentence)
    assert (duty.every, duty.due_month, duty.due_day, duty.also_days, duty.due_text) == reading
    assert "次月" not in duty.title and "日前" not in duty.title


def test_another_periods_end_or_another_duty_lends_no_day() -> None:
    (monthly,) = _read("各县区每月报送工作进展,年度结束后10日内报送全年总结。")
    assert (monthly.due_month, monthly.due_day) == (None, None)
    duties = _read("市品牌办每月开展一次品牌调度,市质量办每季度首月10日前报送质量分析报告。")
    by_every = {duty.every: duty for duty in duties}
    assert (by_every["month"].due_month, by_every["month"].due_day) == (None, None)
    assert (by_every["quarter"].due_month, by_every["quarter"].due_day) == (1, 10)


def test_a_tables_time_cell_with_two_days_is_a_duty_due_on_both() -> None:
    body = """一、重点任务
重点任务分解表
序号 任务 牵头单位 完成时限
1 开展质量攻关调度 市质量办 每月10日、20日前
"""
    (duty,) = extract_text(city_plan(body + TAIL), "示范市.txt").recurring
    assert (duty.every, duty.due_month, duty.due_day, duty.also_days) == ("month", 1, 10, [20])


# -- the calendar -------------------------------------------------------------------------------


def test_two_days_a_month_are_two_occurrences_a_month() -> None:
    twice = DutyCalendar("month", 1, 10, also_days=(20,))
    assert twice.occurrences(2032, 2032)[:4] == [
        date(2032, 1, 10),
        date(2032, 1, 20),
        date(2032, 2, 10),
        date(2032, 2, 20),
    ]
    assert len(twice.occurrences(2032, 2032)) == 24
    # a day past a short month's end falls on its last day, once
    late = DutyCalendar("month", 1, 15, also_days=(30,))
    assert date(2032, 2, 29) in late.occurrences(2032, 2032)
    assert len(late.occurrences(2032, 2032)) == 24


def test_a_day_is_an_occurrence_exactly_when_the_list_holds_it() -> None:
    """``falls_on`` (the scheduler's test of one day) agrees with ``occurrences`` (the lists'),
    day by day over five years, for the new forms."""
    calendars = [
        DutyCalendar("month", 1, 10, also_days=(20,)),
        DutyCalendar("month", 1, 10, date(2032, 3, 15), date(2032, 8, 20), also_days=(25,)),
        DutyCalendar("month", 2, 5, also_days=(15, 31)),
        DutyCalendar("month", 2, 10),  # 次月初
        DutyCalendar("quarter", 1, 10, also_days=(20, 31)),
        DutyCalendar("quarter", 4, 10, date(2032, 1, 1), date(2032, 12, 31)),
        DutyCalendar("half-year", 7, 10),  # 半年结束后10日内
        DutyCalendar("half-year", 7, 10, date(2032, 7, 1), date(2033, 6, 30), also_days=(20,)),
        DutyCalendar("year", 3, 10, also_days=(20,)),
    ]
    start = date(2030, 1, 1)
    days = [start + timedelta(days=n) for n in range((date(2034, 12, 31) - start).days + 1)]
    for calendar in calendars:
        listed = calendar.occurrences(2031, 2033)
        assert listed == sorted(set(listed)), calendar
        assert [d for d in days if calendar.falls_on(d, 2031, 2033)] == listed, calendar


# -- lists and scheduler agree ------------------------------------------------------------------

TWICE = "市品牌办每月10日、20日前报送品牌培育进展。市质量办每月工作情况于次月5日前报送市政府。\n"


def test_the_lists_and_the_scheduler_date_the_duties_alike(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    ingest(sqlite_engine, extract_text(city_plan("一、工作要求\n" + TWICE + TAIL), "示范市.txt"))
    follow(sqlite_engine, -1, "全部")
    with Session(sqlite_engine) as session:
        planned = plan_window(session, timing(lead_days=(0,)), utc(2030, 12, 1), utc(2034, 3, 1))
        duties = {duty.id: duty for duty in session.exec(select(RecurringDuty)).all()}
    for duty_id, duty in duties.items():
        scheduled = sorted({r.due_date for r in planned if r.item_id == duty_id})
        assert scheduled == DutyCalendar.of(duty).occurrences(2031, 2033), duty.title
    asked = datetime(2032, 4, 12, 1, tzinfo=UTC)
    plan = city_plan("一、工作要求\n" + TWICE + TAIL)
    with invented_plans_service(tmp_path, plan, now=asked) as service:
        listed = render_plain(service.deadlines("示范市"))
    assert "每月10日、20日前 市品牌办报送品牌培育进展 · 2032-04-20" in listed
    assert "每月,次月5日前" in listed and "2032-05-05" in listed


async def test_each_of_two_days_is_sent_once_through_a_restart(engine: Engine) -> None:
    ingest(engine, extract_text(city_plan("一、工作要求\n" + TWICE + TAIL), "示范市.txt"))
    follow(engine, -1, "市品牌办")
    sender = RecordingSender()
    clock = FakeClock(utc(2032, 3, 31))

    def dispatcher(worker: str) -> ReminderDispatcher:
        return ReminderDispatcher(
            engine,
            timing(lead_days=(0,)),
            clock,
            sender,
            worker_id=worker,
            config=DispatcherConfig(per_chat_interval=0),
        )

    await dispatcher("first").tick()
    for day in (10, 20):
        clock.set(nine_am(date(2032, 4, day)))
        await dispatcher(f"on-{day}").tick()
        clock.advance(timedelta(minutes=3))
        await dispatcher(f"restarted-{day}").tick()
    texts = sender.texts(-1)
    assert len(texts) == 2
    assert "2032-04-10" in texts[0] and "2032-04-20" in texts[1]
    with Session(engine) as session:
        rows = session.exec(select(ReminderLedger)).all()
    assert sorted(row.due_date for row in rows if row.status == ReminderStatus.SENT) == [
        date(2032, 4, 10),
        date(2032, 4, 20),
    ]


def test_a_new_period_clears_the_other_days_too(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, extract_text(city_plan("一、工作要求\n" + TWICE + TAIL), "示范市.txt"))
    with Session(sqlite_engine) as session:
        (twice,) = session.exec(select(RecurringDuty).where(RecurringDuty.also_days == "20")).all()
    update_fact(sqlite_engine, 5101, "recurring", twice.id, "every", "每季度")
    with Session(sqlite_engine) as session:
        edited = session.get(RecurringDuty, twice.id)
        assert edited is not None
        assert (edited.due_day, edited.also_days) == (None, None)


def test_an_upgraded_store_reads_its_duties_again_for_the_other_days(engine: Engine) -> None:
    ingest(engine, extract_text(city_plan("一、工作要求\n" + TWICE + TAIL), "示范市.txt"))
    downgrade_database(engine, "0019_reread_duty_timing")
    with engine.connect() as connection:
        columns = connection.execute(text("SELECT * FROM recurring_duty")).keys()
        assert "also_days" not in columns
    upgrade_database(engine)
    assert stale_documents(engine)
    assert set(reread_stale_documents(engine).values()) == {"updated"}
    with Session(engine) as session:
        assert session.exec(select(Document.extraction_fingerprint)).one() is not None
        days = set(session.exec(select(RecurringDuty.also_days)).all())
    assert days == {"20", None}
