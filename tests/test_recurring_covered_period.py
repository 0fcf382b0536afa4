"""A phase's window is found however its heading is written (too long to stand as a heading, to
the day, dotted, "…期间"); a report on a period already over ("报送上月…", "上年度", "结束后15日内")
belongs to the window by the period it covers; and a store from before the day and window were
kept reads its plans again at start, keeping ids, the ledger and hand edits. Invented texts."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.database import downgrade_database
from policybot.knowledge.editing import update_fact
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.extract.records import RecurringRecord
from policybot.knowledge.models import AuditEntry, RecurringDuty
from policybot.knowledge.recurrence import DutyCalendar
from policybot.knowledge.reminder_items import ReminderLedger, ReminderStatus
from policybot.knowledge.rereading import reread_stale_documents, stale_documents
from policybot.knowledge.store import ingest_extraction
from test_recurring_day_and_window import PLAN, _duty_id, _extracted
from test_scheduler_support import ingest, utc

HEAD = """禾岭市人民政府办公室关于印发禾岭市质量提升行动方案(2031—2033年)的通知
禾岭政办发〔2031〕7号
2031年2月1日

一、实施步骤
"""
TAIL = "\n二、保障措施\n加强组织领导。\n"


def _only(body: str) -> RecurringRecord:
    (found,) = extract_text(HEAD + body + TAIL, "禾岭质量方案.txt").recurring
    return found


def _window(record: RecurringRecord) -> tuple[date | None, date | None]:
    return record.window_start, record.window_end


# -- the window, however the phase is written ---------------------------------------------------


def test_a_phase_heading_too_long_for_a_heading_still_gives_the_window() -> None:
    found = _only("(一)启动阶段(2031年11月—2032年2月)。市质量办每月30日前报送上月工作情况。")
    assert _window(found) == (date(2031, 11, 1), date(2032, 2, 29))
    assert found.window_text == "2031年11月—2032年2月"
    split = _only("(一)启动阶段(2031年11月—2032年2月)\n市质量办每月30日前报送上月工作情况。")
    assert _window(split) == _window(found)


@pytest.mark.parametrize(
    ("body", "window"),
    [
        (
            "(二)攻坚阶段(2032年3月15日—2032年8月20日)。各县区每月25日前报送上月工作情况。",
            (date(2032, 3, 15), date(2032, 8, 20)),
        ),
        (
            "(二)攻坚阶段(2032.3—2032.8)\n各县区每月25日前报送上月工作情况。",
            (date(2032, 3, 1), date(2032, 8, 31)),
        ),
        (
            "2032年3月15日至2032年8月20日期间,各县区每月25日前报送上月工作情况。",
            (date(2032, 3, 15), date(2032, 8, 20)),
        ),
    ],
)
def test_day_precise_and_dotted_ranges_are_windows(body: str, window: tuple[date, date]) -> None:
    assert _window(_only(body)) == window


def test_no_range_no_window() -> None:
    assert _window(_only("各县区每月25日前报送上月工作情况。")) == (None, None)


def test_a_short_duty_is_named_after_its_unit() -> None:
    assert _only("市政府每半年开展一次督查。").title == "市政府督查"


# -- the period a report covers -----------------------------------------------------------------


def test_a_report_on_the_period_before_is_due_in_the_period_after() -> None:
    monthly = _only("各县区每月5日前报送上月工作进展。")
    assert (monthly.due_month, monthly.due_day, monthly.due_text) == (2, 5, "每月5日前")
    quarterly = _only("各县区每季度首月10日前报送上季度工作情况。")
    assert (quarterly.due_month, quarterly.due_day) == (4, 10)
    yearly = _only("各县区每年1月15日前报送上年度工作总结。")
    assert (yearly.due_month, yearly.due_day) == (13, 15)
    this_month = _only("各县区每月25日前报送本月工作进展。")
    assert (this_month.due_month, this_month.due_day) == (1, 25)  # no covered-period wording


def test_a_phase_is_reported_on_its_own_periods() -> None:
    """In "(2033年7月至12月)" of a plan ending 2033: the last quarter's and the year's report come
    in 2034, and nothing reports on the months before the phase."""
    closing = _only("(三)总结阶段(2033年7月至12月)\n各县区每季度首月10日前报送上季度工作情况。")
    calendar = DutyCalendar("quarter", closing.due_month, closing.due_day, *_window(closing))
    assert calendar.occurrences(2031, 2033) == [date(2033, 10, 10), date(2034, 1, 10)]
    monthly = _only("(三)总结阶段(2033年7月至12月)\n各县区每月5日前报送上月工作进展。")
    calendar = DutyCalendar("month", monthly.due_month, monthly.due_day, *_window(monthly))
    days = calendar.occurrences(2031, 2033)
    assert days[0] == date(2033, 8, 5) and days[-1] == date(2034, 1, 5) and len(days) == 6
    for day in days:
        assert calendar.falls_on(day, 2031, 2033)
    assert not calendar.falls_on(date(2033, 7, 5), 2031, 2033)
    due_in_phase = DutyCalendar("month", 1, 25, date(2033, 7, 1), date(2033, 12, 31))  # 本月
    assert due_in_phase.occurrences(2031, 2033)[0] == date(2033, 7, 25)
    assert due_in_phase.occurrences(2031, 2033)[-1] == date(2033, 12, 25)


# -- a store from before: read again at start ---------------------------------------------------

EDITOR = 5102
CHAT = -901


def _old_store(engine: Engine) -> dict[str, int]:
    """The PLAN stored, then the store as it was before 0018 and upgraded again: the duties'
    day and window columns NULL, as an upgraded store holds them."""
    ingest(engine, _extracted())
    ids = {words: _duty_id(engine, words) for words in ("每月5日前", "1月15日前", "结束后15日内")}
    downgrade_database(engine, "0017_pending_stored_result")
    from policybot.knowledge.database import upgrade_database

    upgrade_database(engine)
    return ids


def test_an_upgraded_store_reads_its_duties_again_once(engine: Engine) -> None:
    ids = _old_store(engine)
    update_fact(engine, EDITOR, "recurring", ids["结束后15日内"], "title", "报送季度总结(手改)")
    with Session(engine) as session:
        sent = ReminderLedger(
            item_kind="recurring",
            item_id=ids["每月5日前"],
            chat_id=CHAT,
            fire_at=utc(2032, 5, 5, 1),
            due_date=date(2032, 5, 5),
            status=ReminderStatus.SENT,
        )
        session.add(sent)
        session.commit()
        before = session.get(RecurringDuty, ids["每月5日前"])
        assert before is not None and before.due_day is None  # what the upgrade left
    assert stale_documents(engine)
    outcomes = reread_stale_documents(engine, now=datetime(2032, 6, 1, tzinfo=UTC))
    assert set(outcomes.values()) == {"updated"}
    assert stale_documents(engine) == []
    with Session(engine) as session:
        monthly = session.get(RecurringDuty, ids["每月5日前"])
        assert monthly is not None and monthly.deleted_at is None
        assert (monthly.due_month, monthly.due_day) == (2, 5)
        assert monthly.window_text == "2032年3月—2033年6月"
        yearly = session.get(RecurringDuty, ids["1月15日前"])
        assert yearly is not None and (yearly.due_month, yearly.due_day) == (13, 15)
        edited = session.get(RecurringDuty, ids["结束后15日内"])
        assert edited is not None and edited.title == "报送季度总结(手改)"
        assert edited.due_day is None  # a hand touched it: left exactly as it stands
        (row,) = session.exec(select(ReminderLedger)).all()
        assert (row.item_id, row.due_date, row.status) == (
            ids["每月5日前"],
            date(2032, 5, 5),
            ReminderStatus.SENT,
        )
        actions = [entry.action for entry in session.exec(select(AuditEntry)).all()]
    assert actions.count("reingest") == 1
    assert reread_stale_documents(engine) == {}  # read once
    assert ingest_extraction(engine, extract_text(PLAN, "again.txt")).action == "unchanged"


def test_a_store_read_with_the_day_and_window_is_not_read_again(engine: Engine) -> None:
    ingest(engine, _extracted())
    assert stale_documents(engine) == []
    assert reread_stale_documents(engine) == {}
