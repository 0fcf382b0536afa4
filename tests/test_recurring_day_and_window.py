"""A recurring duty keeps the day its text states ("每月5日前") and the phase it is done in
("实施阶段(2032年3月—2033年6月)"): reminders, /deadlines and answers date it by them, never
before the phase begins or after it ends. Invented plans only."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from invented_plans import city_plan, invented_plans_service
from policybot.clock import FakeClock
from policybot.handlers.formatting import render_plain
from policybot.knowledge.database import downgrade_database, upgrade_database
from policybot.knowledge.editing import update_fact
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.extract.records import Extraction, RecurringRecord
from policybot.knowledge.labels import duty_timing
from policybot.knowledge.models import RecurringDuty
from policybot.knowledge.recurrence import DutyCalendar, occurrences
from policybot.knowledge.reminder_items import ReminderLedger, ReminderPurpose, ReminderStatus
from policybot.knowledge.undo import undo_last
from policybot.scheduler.dispatcher import DispatcherConfig, ReminderDispatcher
from policybot.scheduler.horizon import last_due
from policybot.scheduler.planner import PlannedReminder, plan_window
from policybot.scheduler.topics import EVERYTHING
from test_scheduler_support import (
    CITY,
    RecordingSender,
    duty,
    follow,
    ingest,
    nine_am,
    plan,
    timing,
    utc,
)

PLAN = """样川市人民政府办公室关于印发样川市品质提升行动方案(2031—2033年)的通知
样川政办发〔2031〕9号
样川市人民政府办公室
2031年2月1日

一、工作目标
到2033年,全市品质提升工作取得明显成效。
二、实施步骤
(一)准备阶段(2031年3月—2032年2月)。制定实施细则,市品质办每季度首月10日前报送上季度工作情况。
(二)实施阶段(2032年3月—2033年6月)。全面推进各项工作,各责任单位每月5日前报送上月工作进展。
(三)总结阶段(2033年7月至12月)
各县区每季度结束后15日内报送本季度工作总结。
三、保障措施
市品质办每年12月底前组织开展年度考核。各县区每年1月15日前报送上年度工作总结。市政府每半年开展一次督查。
自2031年起三年内,市品质办每月组织一次品质分析会。各县区要在每季度最后一个月的25日前将本季度品质提升进展报市品质办。
"""
CHAT = -900


def _extracted() -> Extraction:
    return extract_text(PLAN, "样川品质提升方案.txt")


def _duty(extraction: Extraction, words: str) -> RecurringRecord:
    (found,) = [r for r in extraction.recurring if words in r.quote]
    return found


# -- extraction ---------------------------------------------------------------------------------


def test_the_stated_day_is_read_after_the_cue() -> None:
    extraction = _extracted()
    monthly = _duty(extraction, "每月5日前")
    # "报送上月…": the report on a month is due on the 5th of the month after it (fixC37)
    assert (monthly.every, monthly.due_month, monthly.due_day) == ("month", 2, 5)
    assert monthly.due_text == "每月5日前" and monthly.title == "报送上月工作进展"
    first_month = _duty(extraction, "首月10日前")
    assert (first_month.every, first_month.due_month, first_month.due_day) == ("quarter", 4, 10)
    after_end = _duty(extraction, "结束后15日内")
    assert (after_end.every, after_end.due_month, after_end.due_day) == ("quarter", 4, 15)
    assert after_end.due_text == "每季度结束后15日内"
    year_end = _duty(extraction, "12月底前")
    assert (year_end.every, year_end.due_month, year_end.due_day) == ("year", 12, None)
    january = _duty(extraction, "1月15日前")
    assert (january.every, january.due_month, january.due_day) == ("year", 13, 15)  # 上年度
    last_month = _duty(extraction, "最后一个月")
    assert (last_month.every, last_month.due_month, last_month.due_day) == ("quarter", 3, 25)
    assert last_month.due_text == "每季度最后一个月的25日前"
    assert "品质提升进展" in last_month.title


def test_no_stated_day_keeps_the_period_end() -> None:
    extraction = _extracted()
    for words in ("每半年", "每月组织一次"):
        found = _duty(extraction, words)
        assert (found.due_month, found.due_day, found.due_text) == (None, None, None)


def test_the_window_comes_from_the_phase_heading_or_the_sentence() -> None:
    extraction = _extracted()
    monthly = _duty(extraction, "每月5日前")
    assert (monthly.window_start, monthly.window_end) == (date(2032, 3, 1), date(2033, 6, 30))
    assert monthly.window_text == "2032年3月—2033年6月"
    closing = _duty(extraction, "结束后15日内")
    assert (closing.window_start, closing.window_end) == (date(2033, 7, 1), date(2033, 12, 31))
    assert closing.window_text == "2033年7月至12月"
    spanned = _duty(extraction, "每月组织一次")
    assert (spanned.window_start, spanned.window_end) == (date(2031, 1, 1), date(2033, 12, 31))
    assert spanned.window_text == "2031年起三年内"
    assert _duty(extraction, "每半年").window_text is None  # 保障措施: no phase, the plan's years


def test_the_timing_is_shown_in_the_documents_words() -> None:
    assert (
        duty_timing("month", "每月5日前", "2032年3月—2033年6月") == "每月5日前(2032年3月—2033年6月)"
    )
    assert duty_timing("quarter") == "每季度"


# -- occurrences --------------------------------------------------------------------------------


def _every_day(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def test_occurrences_use_the_stated_day_and_stay_inside_the_window() -> None:
    phase = DutyCalendar("month", 1, 5, date(2032, 3, 1), date(2033, 6, 30))
    days = phase.occurrences(2031, 2033)
    assert days[0] == date(2032, 3, 5) and days[-1] == date(2033, 6, 5) and len(days) == 16
    assert all(day.day == 5 for day in days)
    # A report on a quarter already over ("结束后15日内") belongs to the phase by the quarter it
    # covers, not by its due date (fixC37): rec37 listed [07-15, 10-15], a report on the quarter
    # before the phase and none on its last quarter; the plan's last quarter is reported in 2034.
    closing = DutyCalendar("quarter", 4, 15, date(2033, 7, 1), date(2033, 12, 31))
    assert closing.occurrences(2031, 2033) == [date(2033, 10, 15), date(2034, 1, 15)]
    reported = DutyCalendar("month", 2, 5, date(2032, 3, 1), date(2033, 6, 30))  # 每月5日前…上月
    days = reported.occurrences(2031, 2033)
    assert days[0] == date(2032, 4, 5) and days[-1] == date(2033, 7, 5) and len(days) == 16
    mid_month = DutyCalendar("month", 2, 30, date(2032, 3, 15), date(2032, 8, 20))
    assert mid_month.occurrences(2031, 2033)[0] == date(2032, 4, 30)  # March is partly in it
    assert mid_month.occurrences(2031, 2033)[-1] == date(2032, 9, 30)
    yearly = DutyCalendar("year", 13, 15)  # 每年1月15日前报送上年度…, a 2031—2033 plan
    assert yearly.occurrences(2031, 2033) == [
        date(2032, 1, 15),
        date(2033, 1, 15),
        date(2034, 1, 15),
    ]
    assert DutyCalendar("month", 1, 31).occurrences(2032, 2032)[1] == date(2032, 2, 29)


def test_a_day_is_an_occurrence_exactly_when_the_list_holds_it() -> None:
    """``falls_on`` (the scheduler's test of one day) agrees with ``occurrences`` (the lists')."""
    calendars = [
        DutyCalendar("month", 1, 5, date(2032, 3, 1), date(2033, 6, 30)),
        DutyCalendar("month", 1, 31),
        DutyCalendar("quarter", 1, 10),
        DutyCalendar("quarter", 4, 15, date(2033, 7, 1), date(2033, 12, 31)),
        DutyCalendar("month", 2, 5, date(2032, 3, 15), date(2033, 6, 20)),
        DutyCalendar("year", 13, 15, date(2032, 1, 1), date(2033, 12, 31)),
        DutyCalendar("half-year", 7, 10),
        DutyCalendar("month", 1, 5, date(2032, 3, 15), date(2032, 8, 20)),
        DutyCalendar("half-year"),
        DutyCalendar("year", 12, None),
        DutyCalendar("year", 1, 15),
        DutyCalendar("month", None, None, date(2031, 1, 1), date(2032, 5, 31)),
    ]
    for calendar in calendars:
        listed = calendar.occurrences(2031, 2033)
        found = [
            d
            for d in _every_day(date(2030, 1, 1), date(2034, 12, 31))
            if calendar.falls_on(d, 2031, 2033)
        ]
        assert found == listed, calendar


def test_no_day_and_no_window_is_todays_period_end() -> None:
    for every in ("month", "quarter", "half-year", "year"):
        assert DutyCalendar(every).occurrences(2031, 2033) == occurrences(every, 2031, 2033)


# -- planning -----------------------------------------------------------------------------------


def _plan(engine: Engine, after: date, until: date) -> list[PlannedReminder]:
    with Session(engine) as session:
        return plan_window(
            session,
            timing(lead_days=(7, 0)),
            utc(after.year, after.month, after.day),
            utc(until.year, until.month, until.day),
        )


def _duty_id(engine: Engine, words: str) -> int:
    with Session(engine) as session:
        found = session.exec(select(RecurringDuty).where(RecurringDuty.quote.contains(words)))  # type: ignore[attr-defined]
        (row,) = found.all()
        assert row.id is not None
        return row.id


def test_planning_uses_the_stated_day_and_never_leaves_the_window(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, _extracted())
    follow(sqlite_engine, CHAT, "全部")
    planned = _plan(sqlite_engine, date(2030, 12, 1), date(2035, 1, 1))
    planned = [r for r in planned if r.item_kind == "recurring"]
    monthly = _duty_id(sqlite_engine, "每月5日前")
    dues = sorted({r.due_date for r in planned if r.item_id == monthly})
    # "报送上月工作进展": the reports on the phase's months, the last one after it (fixC37)
    assert dues[0] == date(2032, 4, 5) and dues[-1] == date(2033, 7, 5) and len(dues) == 16
    assert all(due.day == 5 for due in dues)
    fires = sorted(r.fire_at for r in planned if r.item_id == monthly)
    assert fires[0] == nine_am(date(2032, 3, 29))  # 7 days before the first 5th, none earlier
    closing = _duty_id(sqlite_engine, "结束后15日内")
    assert sorted({r.due_date for r in planned if r.item_id == closing}) == [
        date(2033, 10, 15),
        date(2034, 1, 15),
    ]
    january = _duty_id(sqlite_engine, "1月15日前")  # 报送上年度工作总结: on 2031, 2032 and 2033
    assert sorted({r.due_date for r in planned if r.item_id == january}) == [
        date(2032, 1, 15),
        date(2033, 1, 15),
        date(2034, 1, 15),
    ]


def test_planning_a_window_in_pieces_gives_what_planning_it_whole_gives(
    sqlite_engine: Engine,
) -> None:
    ingest(sqlite_engine, _extracted())
    follow(sqlite_engine, CHAT, "全部")
    whole = _plan(sqlite_engine, date(2032, 1, 1), date(2032, 7, 1))
    pieces: list[PlannedReminder] = []
    day = date(2032, 1, 1)
    while day < date(2032, 7, 1):
        pieces += _plan(sqlite_engine, day, day + timedelta(days=1))
        day += timedelta(days=1)
    assert sorted(r.key for r in pieces) == sorted(r.key for r in whole)


def test_a_duty_without_a_day_or_window_is_planned_as_before(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, plan(recurring=[duty(every="month")], period=(2019, 2019)))
    follow(sqlite_engine, CHAT, "市质监局")
    with Session(sqlite_engine) as session:
        planned = plan_window(session, timing(lead_days=(0,)), utc(2018, 12, 31), utc(2020, 1, 1))
    assert [r.due_date for r in planned] == occurrences("month", 2019, 2019)


# -- exactly once through a restart and downtime ------------------------------------------------


def _dispatcher(
    engine: Engine, clock: FakeClock, sender: RecordingSender, worker: str
) -> ReminderDispatcher:
    return ReminderDispatcher(
        engine,
        timing(lead_days=(0,)),
        clock,
        sender,
        worker_id=worker,
        config=DispatcherConfig(per_chat_interval=0),
    )


def _phase_plan(engine: Engine) -> None:
    monthly = RecurringRecord(
        region=CITY,
        title="报送上月工作进展",
        every="month",
        quote="各责任单位每月5日前报送上月工作进展",
        lead_units=["市质监局"],
        due_month=1,
        due_day=5,
        due_text="每月5日前",
        window_start=date(2019, 3, 1),
        window_end=date(2019, 6, 30),
        window_text="2019年3月—2019年6月",
    )
    ingest(engine, plan(recurring=[monthly], period=(2018, 2020)))
    follow(engine, CHAT, "市质监局")


async def test_each_occurrence_is_sent_once_through_a_restart_and_downtime(engine: Engine) -> None:
    _phase_plan(engine)
    sender = RecordingSender()
    clock = FakeClock(utc(2019, 1, 1))
    await _dispatcher(engine, clock, sender, "first").tick()
    clock.set(utc(2019, 2, 28))  # the month's end of the old reading, before the phase: nothing
    await _dispatcher(engine, clock, sender, "first").tick()
    assert sender.sent == []
    clock.set(nine_am(date(2019, 3, 5)))
    await _dispatcher(engine, clock, sender, "first").tick()
    clock.advance(timedelta(minutes=1))
    await _dispatcher(engine, clock, sender, "restarted").tick()  # a restart: the ledger holds it
    assert len(sender.texts(CHAT)) == 1
    message = sender.texts(CHAT)[0]
    assert "每月5日前" in message and "2019年3月—2019年6月" in message and "2019-03-05" in message
    clock.set(utc(2019, 4, 6, 3))  # down over the 04-05 09:00 reminder, back 26 hours later
    restarted = _dispatcher(engine, clock, sender, "after-downtime")
    await restarted.tick()
    await restarted.tick()
    assert len(sender.texts(CHAT)) == 2 and "2019-04-05" in sender.texts(CHAT)[1]
    clock.set(utc(2019, 12, 31, 12))
    await _dispatcher(engine, clock, sender, "later").tick()
    with Session(engine) as session:
        rows = session.exec(select(ReminderLedger)).all()
    reminders = [row for row in rows if row.purpose != ReminderPurpose.MISSED]
    assert {row.due_date for row in reminders if row.status == ReminderStatus.SENT} == {
        date(2019, 3, 5),
        date(2019, 4, 5),
    }
    # 05-05 and 06-05 fell in the downtime to 12-31, beyond the catch-up window: one notice
    # says so (fix70), sent once.
    notices = [row for row in rows if row.purpose == ReminderPurpose.MISSED]
    assert [(row.status, row.lead_days) for row in notices] == [(ReminderStatus.SENT, 2)]
    assert all(date(2019, 3, 1) <= row.due_date <= date(2019, 6, 30) for row in rows)
    assert len({(row.due_date, row.chat_id, row.fire_at) for row in rows}) == len(rows)


# -- the migration ------------------------------------------------------------------------------


def test_an_old_store_upgrades_and_its_duties_mean_what_they_meant(engine: Engine) -> None:
    ingest(engine, plan(recurring=[duty("报送季度进展", "quarter")], period=(2019, 2019)))
    follow(engine, CHAT, "市质监局")
    downgrade_database(engine, "0017_pending_stored_result")  # the store as it was before 0018
    with engine.connect() as connection:
        columns = connection.execute(text("SELECT * FROM recurring_duty")).keys()
        assert "due_day" not in columns and "window_start" not in columns
    upgrade_database(engine)
    with Session(engine) as session:
        (row,) = session.exec(select(RecurringDuty)).all()
        assert (row.due_month, row.due_day, row.due_text) == (None, None, None)
        assert (row.window_start, row.window_end, row.window_text) == (None, None, None)
        planned = plan_window(session, timing(lead_days=(0,)), utc(2018, 12, 31), utc(2020, 1, 1))
    assert [r.due_date for r in planned] == occurrences("quarter", 2019, 2019)
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            (ddl,) = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = 'recurring_duty'"
            ).one()
            triggers = connection.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'recurring_duty'"
            ).all()
        assert "AUTOINCREMENT" in ddl and triggers  # a plain ALTER, not a table copy
    ingest(engine, _extracted())  # the new columns are written after the upgrade
    with Session(engine) as session:
        days = session.exec(select(RecurringDuty.due_day).where(RecurringDuty.due_day.is_not(None)))  # type: ignore[union-attr]
        assert 5 in set(days.all())


# -- editing ------------------------------------------------------------------------------------

EDITOR = 5101


def test_a_new_period_clears_the_stated_day_and_undo_brings_it_back(sqlite_engine: Engine) -> None:
    """The day is read from the document, not edited: a new 频率 makes "每月5日前" name no day
    of the new period, so the duty falls at each period's end until /undo restores both."""
    ingest(sqlite_engine, _extracted())
    monthly = _duty_id(sqlite_engine, "每月5日前")
    update_fact(sqlite_engine, EDITOR, "recurring", monthly, "every", "每季度")
    with Session(sqlite_engine) as session:
        edited = session.get(RecurringDuty, monthly)
        assert edited is not None and edited.every == "quarter"
        assert (edited.due_month, edited.due_day, edited.due_text) == (None, None, None)
        assert edited.window_text == "2032年3月—2033年6月"  # the phase is still the phase
    undo_last(sqlite_engine, EDITOR)
    with Session(sqlite_engine) as session:
        restored = session.get(RecurringDuty, monthly)
        assert restored is not None and restored.every == "month"
        assert (restored.due_month, restored.due_day, restored.due_text) == (2, 5, "每月5日前")


# -- answers ------------------------------------------------------------------------------------

PHASED_BODY = """一、实施步骤
(一)准备阶段(2031年3月—2032年2月)。制定实施细则。
(二)实施阶段(2032年3月—2033年6月)。全面推进各项工作,各责任单位每月5日前报送上月工作进展。
二、保障措施
市品牌办每季度结束后15日内报送本季度工作总结。
"""


def test_answers_and_deadlines_show_the_day_and_the_phase(tmp_path: Path) -> None:
    asked_at = datetime(2031, 12, 1, 1, tzinfo=UTC)
    with invented_plans_service(tmp_path, city_plan(PHASED_BODY), now=asked_at) as service:
        answer = render_plain(service.ask("每月几号前报送进展"))
        assert "答: 每月5日前(2032年3月—2033年6月)" in answer
        listed = render_plain(service.deadlines("示范市"))
        assert "每月5日前(2032年3月—2033年6月) 报送上月工作进展 · 2032-04-05" in listed
        assert "每季度结束后15日内 市品牌办报送本季度工作总结 · 2032-01-15" in listed


def test_a_subscription_knows_a_phase_duty_ends_with_its_phase(sqlite_engine: Engine) -> None:
    """/subscribe's "nothing ahead" note dates a duty by its last occurrence: the phase's last
    5th, not the plan's last day."""
    _phase_plan(sqlite_engine)
    with Session(sqlite_engine) as session:
        assert last_due(session, EVERYTHING) == date(2019, 6, 5)
