"""A reminder planned for a date the facts no longer give is withdrawn when it goes out.

Found by rem38: a row waiting in the ledger (a retry, flood control, quiet hours, a restart)
for a duty's "每月5日前" was still sent with 5 after a re-read of the plan (or an edit) made it
"每月10日前", and again on the 10th. The database is the truth at send time: the old moment is
recorded as withdrawn, the new one goes once, and nothing else — another fact in the same
digest, another chat — is touched. Invented plans through the real extractor, store and
dispatcher.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from invented_plans import city_plan
from policybot.clock import FakeClock
from policybot.knowledge import store
from policybot.knowledge.editing import update_fact
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.extract.records import Extraction
from policybot.knowledge.models import RecurringDuty, Target
from policybot.knowledge.reminder_items import ReminderLedger, ReminderStatus
from policybot.scheduler.digest import WITHDRAWN
from policybot.scheduler.dispatcher import DispatcherConfig, ReminderDispatcher
from policybot.scheduler.items import occurrence_due
from policybot.scheduler.outcomes import RetryLater
from test_scheduler_support import RecordingSender, follow, nine_am, timing

BODY = """一、工作要求
市品牌办每月5日前报送本月品牌工作进展。市质量办每季度结束后5日内报送上季度工作总结。
"""
WAITING, PROMPT = -701, -702  # a chat whose digest waits for a retry, and one served at once
DUE = date(2032, 4, 5)  # the monthly duty's 5th and the quarterly report's day after 2032-Q1


def _read() -> Extraction:
    return extract_text(city_plan(BODY), "示范市品牌提升行动计划.txt")


def _reread_with_day(extraction: Extraction, day: int) -> Extraction:
    """What a newer reading of the same text gives: the monthly duty on another day."""
    recurring = [
        replace(duty, due_day=day, due_text=f"每月{day}日前") if duty.every == "month" else duty
        for duty in extraction.recurring
    ]
    return replace(extraction, recurring=recurring)


def _dispatcher(engine: Engine, clock: FakeClock, sender: RecordingSender, worker: str):
    return ReminderDispatcher(
        engine,
        timing(lead_days=(0,)),
        clock,
        sender,
        worker_id=worker,
        config=DispatcherConfig(per_chat_interval=0),
    )


def _rows(engine: Engine) -> list[ReminderLedger]:
    with Session(engine) as session:
        return list(session.exec(select(ReminderLedger).order_by(ReminderLedger.id)))


def _duty_id(engine: Engine, every: str) -> int:
    with Session(engine) as session:
        (duty,) = session.exec(select(RecurringDuty).where(RecurringDuty.every == every)).all()
        assert duty.id is not None
        return duty.id


async def _planned_and_waiting(engine: Engine) -> tuple[FakeClock, RecordingSender]:
    """Both duties fall due on 2032-04-05: ``PROMPT`` gets them, ``WAITING``'s digest is held
    by flood control for an hour."""
    extraction = _read()
    store.ingest_extraction(engine, extraction)
    follow(engine, WAITING, "全部")
    follow(engine, PROMPT, "全部")
    clock = FakeClock(nine_am(DUE))
    sender = RecordingSender(failures={WAITING: [RetryLater(3600)]})
    await _dispatcher(engine, clock, sender, "first").tick()
    assert [chat for chat, _ in sender.sent] == [PROMPT]
    assert "每月5日前" in sender.texts(PROMPT)[0] and "结束后5日内" in sender.texts(PROMPT)[0]
    assert {row.status for row in _rows(engine) if row.chat_id == WAITING} == {
        ReminderStatus.PENDING
    }
    return clock, sender


async def test_a_reread_day_withdraws_the_waiting_moment_and_sends_the_new_one_once(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    clock, sender = await _planned_and_waiting(engine)
    monthly, quarterly = _duty_id(engine, "month"), _duty_id(engine, "quarter")
    reread = store.ingest_extraction(engine, _reread_with_day(_read(), 10))
    assert reread.action == "updated"
    assert _duty_id(engine, "month") == monthly  # the same fact: its ledger rows stay on it

    clock.advance(timedelta(hours=1, minutes=1))
    with caplog.at_level(logging.INFO, logger="policybot.scheduler.dispatcher"):
        await _dispatcher(engine, clock, sender, "restarted").tick()  # a restart meanwhile
    assert "withdrawn" in caplog.text
    [retried] = sender.texts(WAITING)
    assert "结束后5日内" in retried and "每月" not in retried  # the other fact still goes
    waited = {row.item_id: row for row in _rows(engine) if row.chat_id == WAITING}
    assert waited[monthly].status == ReminderStatus.SKIPPED and waited[monthly].error == WITHDRAWN
    assert waited[quarterly].status == ReminderStatus.SENT
    assert {row.status for row in _rows(engine) if row.chat_id == PROMPT} == {ReminderStatus.SENT}

    new_day = nine_am(date(2032, 4, 10))
    for worker, instant in (("on-the-10th", new_day), ("again", new_day + timedelta(minutes=5))):
        clock.set(instant)
        await _dispatcher(engine, clock, sender, worker).tick()
    for chat in (WAITING, PROMPT):
        tenth = [text for text in sender.texts(chat) if "每月10日前" in text]
        assert len(tenth) == 1 and "2032-04-10" in tenth[0]
        assert not any("2032-04-05" in text and "每月" in text for text in sender.texts(chat)[1:])
    sent = {
        (row.chat_id, row.due_date)
        for row in _rows(engine)
        if row.item_id == monthly and row.status == ReminderStatus.SENT
    }
    assert sent == {(PROMPT, DUE), (WAITING, date(2032, 4, 10)), (PROMPT, date(2032, 4, 10))}


async def test_a_digest_of_withdrawn_moments_only_is_not_sent(engine: Engine) -> None:
    """An edit of 频率 (每月 → 每季度) leaves "5日前" no day of the new period: the duty falls at
    each quarter's end, so its 04-05 moment is gone; the waiting chat, whose other item an edit
    made yearly too (due each year's 04-05 no more), gets no message at all."""
    clock, sender = await _planned_and_waiting(engine)
    monthly, quarterly = _duty_id(engine, "month"), _duty_id(engine, "quarter")
    update_fact(engine, 5101, "recurring", monthly, "every", "每季度")
    update_fact(engine, 5101, "recurring", quarterly, "every", "每年")
    clock.advance(timedelta(hours=1, minutes=1))
    await _dispatcher(engine, clock, sender, "first").tick()
    assert sender.texts(WAITING) == []
    waited = [row for row in _rows(engine) if row.chat_id == WAITING]
    assert {(row.status, row.error) for row in waited} == {(ReminderStatus.SKIPPED, WITHDRAWN)}


def test_a_one_off_date_moved_is_still_its_occurrence_but_a_date_taken_away_is_not() -> None:
    """A milestone or a target has one occurrence: a moved deadline is shown as it is now (a
    retried digest says the new date); one without a date any more, or a per-year quota's year
    outside the plan now, is withdrawn."""
    moved = Target(document_id=1, subject="新增示范企业", value=3, deadline=date(2033, 6, 30))
    assert occurrence_due("target", moved, date(2033, 12, 31), (2031, 2033)) == date(2033, 6, 30)
    undated = Target(document_id=1, subject="新增示范企业", value=3, deadline=None)
    assert occurrence_due("target", undated, date(2033, 12, 31), (2031, 2033)) is None
    yearly = Target(
        document_id=1, subject="新增示范企业", value=3, deadline=date(2033, 12, 31), per_year=True
    )
    assert occurrence_due("target", yearly, date(2032, 12, 31), (2031, 2033)) == date(2032, 12, 31)
    assert occurrence_due("target", yearly, date(2031, 12, 31), (2032, 2033)) is None
    duty = RecurringDuty(document_id=1, title="报送进展", every="month", due_month=1, due_day=10)
    assert occurrence_due("recurring", duty, date(2032, 4, 10), (2031, 2033)) == date(2032, 4, 10)
    assert occurrence_due("recurring", duty, date(2032, 4, 5), (2031, 2033)) is None
    assert occurrence_due("recurring", duty, date(2034, 4, 10), (2031, 2033)) is None
