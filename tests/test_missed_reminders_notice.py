"""Reminders lost beyond the catch-up window: one notice per chat, exactly once (trial 47).

A chat whose bot was down longer than ``catch_up_hours`` heard nothing at all about the
reminders it was promised; now it gets one short notice saying how many and where to see them,
recorded in the ledger like any send, on SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import date, timedelta

import pytest
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.clock import FakeClock
from policybot.knowledge.editing import retire_document
from policybot.knowledge.models import Milestone
from policybot.knowledge.reminder_items import ReminderLedger, ReminderPurpose, ReminderStatus
from policybot.scheduler import ledger
from policybot.scheduler.dispatcher import DispatcherConfig, ReminderDispatcher
from policybot.scheduler.messages import ReminderMessage
from policybot.scheduler.models import Chat
from policybot.scheduler.outcomes import ChatMoved
from policybot.scheduler.preview import upcoming_for_chat
from policybot.scheduler.subscriptions import unsubscribe_all
from test_scheduler_support import (
    RecordingSender,
    follow,
    ingest,
    milestone,
    plan,
    timing,
    utc,
)


class ProcessDied(BaseException):
    """Not an Exception: nothing in the dispatcher may catch it, like a kill -9."""


def dispatcher(
    engine: Engine, clock: FakeClock, sender: object, worker: str = "w1"
) -> ReminderDispatcher:
    return ReminderDispatcher(
        engine,
        timing(),
        clock,
        sender,  # type: ignore[arg-type]
        worker_id=worker,
        config=DispatcherConfig(per_chat_interval=0),
    )


def setup(engine: Engine, chats: tuple[int, ...] = (-1,)) -> None:
    ingest(
        engine,
        plan(milestones=[milestone(due=date(2018, 12, 31)), milestone(due=date(2019, 1, 31))]),
    )
    for chat_id in chats:
        follow(engine, chat_id, "市质监局")


def notices(engine: Engine) -> list[ReminderLedger]:
    with Session(engine) as session:
        statement = select(ReminderLedger).where(ReminderLedger.purpose == ReminderPurpose.MISSED)
        return list(session.exec(statement))


async def test_a_chat_down_beyond_the_catch_up_window_is_told_once(engine: Engine) -> None:
    setup(engine, (-1, -2))
    clock, sender = FakeClock(utc(2018, 11, 25)), RecordingSender()
    await dispatcher(engine, clock, sender).tick()  # the last tick before going down
    clock.set(utc(2019, 1, 5, 2))  # down 41 days: every moment of both deadlines is too old
    restarted = dispatcher(engine, clock, sender, "after-restart")
    await restarted.tick()
    clock.advance(timedelta(hours=1))
    await restarted.tick()
    await dispatcher(engine, clock, sender, "second-restart").tick()
    told = [(chat, message.text) for chat, message in sender.sent if "/overdue" in message.text]
    assert sorted(chat for chat, _ in told) == [-2, -1]  # one notice per chat, once
    text = told[0][1]
    assert "有 2 项到期提醒未能发出" in text and "72小时" in text and "不再逐条补发" in text
    assert [row.status for row in notices(engine)] == [ReminderStatus.SENT] * 2
    assert len(sender.sent) == 2  # nothing else: a notice, never a flood


async def test_the_notice_counts_occurrences_and_names_the_days(engine: Engine) -> None:
    setup(engine)
    clock, sender = FakeClock(utc(2018, 11, 25)), RecordingSender()
    await dispatcher(engine, clock, sender).tick()
    clock.set(utc(2019, 1, 10, 2))  # 12-01, 12-24, 12-28 (12-30/31 off: fired 12-29), 01-01…
    await dispatcher(engine, clock, sender, "after-restart").tick()
    [notice] = notices(engine)
    skipped = {
        (row.item_kind, row.item_id, row.due_date)
        for row in _rows(engine)
        if row.status == ReminderStatus.SKIPPED
    }
    assert notice.lead_days == len(skipped) == 2  # two deadlines, however many moments
    [text] = [message.text for _, message in sender.sent if "/overdue" in message.text]
    assert f"有 {len(skipped)} 项到期提醒未能发出" in text
    assert "停机期间(2018-12-01 至 2019-01-01)" in text  # 12-31's 30 days and 01-31's


async def test_no_notice_when_nothing_was_lost(engine: Engine) -> None:
    setup(engine)
    clock, sender = FakeClock(utc(2018, 11, 25)), RecordingSender()
    await dispatcher(engine, clock, sender).tick()
    clock.set(utc(2018, 12, 2, 3))  # back up 26 hours after 12-01 09:00: caught up, 补发
    await dispatcher(engine, clock, sender, "after-restart").tick()
    assert notices(engine) == []
    assert len(sender.sent) == 1 and "补发" in sender.sent[0][1].text


async def test_a_notice_survives_a_kill_before_it_went_out(engine: Engine) -> None:
    setup(engine)
    clock = FakeClock(utc(2018, 11, 25))
    await dispatcher(engine, clock, RecordingSender()).tick()
    clock.set(utc(2019, 1, 5, 2))

    async def dies(chat_id: int, message: ReminderMessage) -> int:
        raise ProcessDied()

    with pytest.raises(ProcessDied):
        await dispatcher(engine, clock, dies, "killed").tick()
    others = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
    await asyncio.gather(*others, return_exceptions=True)
    after = RecordingSender()
    clock.advance(timedelta(minutes=11))  # the dead worker's lease has run out
    restarted = dispatcher(engine, clock, after, "restarted")
    await restarted.tick()
    await restarted.tick()
    told = [chat for chat, message in after.sent if "/overdue" in message.text]
    assert told == [-1]
    assert [row.status for row in notices(engine)] == [ReminderStatus.SENT]


def _rows(engine: Engine) -> list[ReminderLedger]:
    with Session(engine) as session:
        return list(session.exec(select(ReminderLedger)))


async def test_an_occurrence_caught_up_late_is_not_counted_as_lost(engine: Engine) -> None:
    setup(engine)
    clock, sender = FakeClock(utc(2018, 11, 25)), RecordingSender()
    await dispatcher(engine, clock, sender).tick()
    # down from 11-25 to 12-31 10:00: the 12-31 deadline's warnings of 12-01 and 12-24 are
    # older than 72 h, but its 1-day and due-day moments are not: it comes, late
    clock.set(utc(2018, 12, 31, 2))
    await dispatcher(engine, clock, sender, "after-restart").tick()
    sent = [row for row in _rows(engine) if row.status == ReminderStatus.SENT]
    assert sent and all(row.late for row in sent)
    assert notices(engine) == [] and len(sender.sent) == 1


async def test_a_notice_waiting_for_quiet_hours_to_end_is_not_sent_after_unsubscribe_all(
    engine: Engine,
) -> None:
    """attack48: a notice planned at midnight went out at 09:00 to a chat that had sent
    /unsubscribe 全部 in between; a digest would have been dropped, and so is the notice."""
    setup(engine)
    clock, sender = FakeClock(utc(2018, 11, 25)), RecordingSender()
    await dispatcher(engine, clock, sender).tick()
    clock.set(utc(2019, 1, 5, 16))  # back at 00:00 Shanghai: quiet hours, nothing goes out
    restarted = dispatcher(engine, clock, sender, "after-restart")
    await restarted.tick()
    assert len(notices(engine)) == 1 and not sender.sent
    assert unsubscribe_all(engine, -1)
    clock.set(utc(2019, 1, 6, 1, 30))  # 09:30 Shanghai
    await restarted.tick()
    assert not sender.sent
    assert [row.status for row in notices(engine)] == [ReminderStatus.SKIPPED]


# -- counted when it goes out, and pointing where the items are (attack48 on fix70) -----------


async def test_the_notice_says_which_lost_items_are_overdue_and_which_still_ahead(
    engine: Engine,
) -> None:
    setup(engine)
    clock, sender = FakeClock(utc(2018, 11, 25)), RecordingSender()
    await dispatcher(engine, clock, sender).tick()
    clock.set(utc(2019, 1, 7, 2))  # 12-31 is past; 01-31's 30-day warning (12-29) lost
    await dispatcher(engine, clock, sender, "after-restart").tick()
    [(_, message)] = sender.sent
    assert "有 2 项到期提醒未能发出" in message.text, message.text
    assert "其中 1 项已逾期,发 /overdue 查看;1 项尚未到期:\n• 2019-01-31 到期:" in message.text
    assert "/mysubs" not in message.text


async def test_a_notice_of_warnings_only_points_at_the_next_reminders_not_overdue(
    engine: Engine,
) -> None:
    """attack48 L2: the only item lost was a 30-day warning of a deadline still ahead, which
    /overdue does not list; the notice names it (a bare /deadlines lists every plan's, and
    /mysubs only next reminders: attack49 M4)."""
    setup(engine)
    clock, sender = FakeClock(utc(2018, 11, 25)), RecordingSender()
    await dispatcher(engine, clock, sender).tick()
    clock.set(utc(2018, 12, 5, 2))  # 12-31's 30-day warning (11-30) is beyond 72 hours
    await dispatcher(engine, clock, sender, "after-restart").tick()
    [(_, message)] = sender.sent
    assert "有 1 项到期提醒未能发出" in message.text, message.text
    assert (
        "/overdue" not in message.text and "这些事项尚未到期:\n• 2018-12-31 到期:" in message.text
    )


def _two_plans(engine: Engine) -> tuple[int, int]:
    first = ingest(engine, plan(milestones=[milestone("完成甲项验收", date(2018, 12, 31))]))
    other = plan(
        milestones=[milestone("完成乙项验收", date(2019, 1, 31), due_text="2019年1月底前")],
        doc_number="样政发〔2018〕2号",
    )
    # another title: a plan of the same title would replace the first
    second = ingest(engine, replace(other, document=replace(other.document, title="另一计划")))
    follow(engine, -1, "市质监局")
    return first, second


async def _notice_waiting_for_nine(engine: Engine) -> tuple[FakeClock, RecordingSender]:
    clock, sender = FakeClock(utc(2018, 11, 25)), RecordingSender()
    await dispatcher(engine, clock, sender).tick()
    clock.set(utc(2019, 1, 6, 16))  # back at 00:00 Shanghai on a Monday: quiet hours
    await dispatcher(engine, clock, sender, "after-restart").tick()
    assert [row.lead_days for row in notices(engine)] == [2] and not sender.sent
    return clock, sender


async def test_a_plan_retired_while_the_notice_waits_is_not_counted(engine: Engine) -> None:
    _, second = _two_plans(engine)
    clock, sender = await _notice_waiting_for_nine(engine)
    retire_document(engine, 1, str(second), now=utc(2019, 1, 7))
    clock.set(utc(2019, 1, 7, 1, 30))  # 09:30 Shanghai
    await dispatcher(engine, clock, sender, "after-restart").tick()
    [(_, message)] = sender.sent
    assert "有 1 项到期提醒未能发出" in message.text, message.text
    assert "已逾期,发 /overdue 查看" in message.text and "/mysubs" not in message.text


async def test_a_notice_whose_items_all_moved_meanwhile_is_not_sent(engine: Engine) -> None:
    _two_plans(engine)
    clock, sender = await _notice_waiting_for_nine(engine)
    with Session(engine) as session:  # both deadlines edited to a day still far ahead
        session.execute(update(Milestone).values(due=date(2019, 6, 30)))
        session.commit()
    clock.set(utc(2019, 1, 7, 1, 30))
    await dispatcher(engine, clock, sender, "after-restart").tick()
    assert not sender.sent
    assert [row.status for row in notices(engine)] == [ReminderStatus.SKIPPED]


async def test_two_unsent_notices_count_each_lost_item_once(engine: Engine) -> None:
    """They used to say 至少 N 项 (the larger count): an item could be counted in both."""
    setup(engine)
    clock, sender = FakeClock(utc(2018, 11, 25)), RecordingSender()
    await dispatcher(engine, clock, sender).tick()
    clock.set(utc(2018, 12, 9, 16))  # 00:00 Shanghai: 12-31's 30-day warning lost, quiet hours
    await dispatcher(engine, clock, sender, "first-restart").tick()
    clock.set(utc(2019, 1, 7, 2))  # down again before 09:00: 12-31's other moments, 01-31's 30
    await dispatcher(engine, clock, sender, "second-restart").tick()
    assert sorted(row.lead_days for row in notices(engine)) == [1, 2]
    [(_, message)] = sender.sent
    assert "有 2 项到期提醒未能发出" in message.text and "至少" not in message.text, message.text
    assert "停机期间(2018-12-01 至 2019-01-01)" in message.text, message.text


# -- a group become a supergroup, and lost items with no next reminder (attack49) ------------


async def test_a_notice_follows_a_group_that_became_a_supergroup(engine: Engine) -> None:
    """attack49 H1: the first send got ChatMoved; the notice row moved to the new id but the
    skipped rows it counts stayed under the old one, so at the retry it counted 0 and was
    dropped. The skipped rows it counts move with it; nothing is sent twice."""
    setup(engine)
    clock, sender = FakeClock(utc(2018, 11, 25)), RecordingSender()
    await dispatcher(engine, clock, sender).tick()
    clock.set(utc(2019, 1, 5, 2))  # down 41 days; the group upgraded meanwhile
    sender.failures[-1] = [ChatMoved(-1001)]
    restarted = dispatcher(engine, clock, sender, "after-restart")
    for _ in range(4):
        await restarted.tick()
        clock.advance(timedelta(minutes=2))
    await dispatcher(engine, clock, sender, "second-restart").tick()
    told = [(chat, message.text) for chat, message in sender.sent if "补发说明" in message.text]
    assert [chat for chat, _ in told] == [-1001], sender.sent
    assert "有 2 项到期提醒未能发出" in told[0][1], told[0][1]
    assert len(sender.sent) == 1  # the notice once, and no skipped reminder sent after all
    assert [(row.chat_id, row.status) for row in notices(engine)] == [(-1001, ReminderStatus.SENT)]
    skipped = [row for row in _rows(engine) if row.purpose != ReminderPurpose.MISSED]
    assert {row.chat_id for row in skipped} == {-1001}
    assert all(row.status == ReminderStatus.SKIPPED for row in skipped)


async def test_a_migrated_chat_does_not_count_an_occurrence_reminded_before_the_move(
    engine: Engine,
) -> None:
    """What must not move: the skipped warnings of an occurrence the old chat was reminded of
    (here one of its rows is marked sent) stay with the sent row, so the new chat's notice
    does not count it as lost; the sent row stays where it went, the lost item's rows move."""
    setup(engine)
    clock, sender = await _notice_waiting_for_nine(engine)
    with Session(engine) as session:  # the 12-31 deadline was reminded to the old chat
        last = max(row.fire_at for row in _rows(engine) if row.due_date == date(2018, 12, 31))
        session.execute(
            update(ReminderLedger)
            .where(
                col(ReminderLedger.due_date) == date(2018, 12, 31),
                col(ReminderLedger.fire_at) == last,
            )
            .values(status=ReminderStatus.SENT, error=None)
        )
        session.commit()
    sender.failures[-1] = [ChatMoved(-1001)]
    clock.set(utc(2019, 1, 7, 1, 30))  # 09:30 Shanghai
    restarted = dispatcher(engine, clock, sender, "after-restart")
    for _ in range(3):
        await restarted.tick()
        clock.advance(timedelta(minutes=2))
    told = [(chat, message.text) for chat, message in sender.sent if "补发说明" in message.text]
    assert [chat for chat, _ in told] == [-1001], sender.sent
    assert "有 1 项到期提醒未能发出" in told[0][1], told[0][1]
    assert len(sender.sent) == 1
    stayed = [row for row in _rows(engine) if row.chat_id == -1]
    assert stayed and all(row.due_date == date(2018, 12, 31) for row in stayed)
    assert ReminderStatus.SENT in {row.status for row in stayed}
    moved = [row for row in _rows(engine) if row.due_date == date(2019, 1, 31)]
    assert moved and {row.chat_id for row in moved} == {-1001}


def test_rows_moved_in_one_call_never_move_two_of_one_key(engine: Engine) -> None:
    """``migrate_chat`` moves the waiting rows and the skipped rows a notice counts in one
    ``_move_rows`` call: a key moved counts as taken at once, so a second row of that key is
    dropped, not moved beside it (here the key leaves ``fire_at`` out to have two such rows)."""
    rows = (
        (utc(2018, 12, 30, 1), ReminderStatus.PENDING),
        (utc(2018, 12, 31, 1), ReminderStatus.SKIPPED),
    )
    with Session(engine) as session:
        for fire_at, status in rows:
            session.add(
                ReminderLedger(
                    item_kind="milestone",
                    item_id=7,
                    chat_id=-1,
                    fire_at=fire_at,
                    due_date=date(2018, 12, 31),
                    status=status,
                )
            )
        session.commit()
    with Session(engine) as session, session.begin():
        ledger._move_rows(session, ReminderLedger, ("purpose", "item_kind", "item_id"), -1, -1001)
    assert [row.chat_id for row in _rows(engine)] == [-1001]


async def test_a_lost_warning_with_no_next_reminder_is_named_in_the_notice(
    engine: Engine,
) -> None:
    """attack49 M4: the chat's only lead time is 30 days, so the lost warning was its only
    reminder of a deadline still ahead; /mysubs lists no next reminder of it. The notice names
    the item and its day itself, in one message, and points at no list without it."""
    setup(engine)
    with Session(engine) as session:
        chat = session.get(Chat, -1)
        assert chat is not None
        chat.lead_days = "[30]"
        session.add(chat)
        session.commit()
    clock, sender = FakeClock(utc(2018, 11, 25)), RecordingSender()
    await dispatcher(engine, clock, sender).tick()
    clock.set(utc(2018, 12, 5, 2))  # 12-31's only warning (12-01) is beyond 72 hours
    await dispatcher(engine, clock, sender, "after-restart").tick()
    [(_, message)] = sender.sent
    assert "有 1 项到期提醒未能发出" in message.text, message.text
    assert "/mysubs" not in message.text and "/overdue" not in message.text, message.text
    assert "2018-12-31 到期" in message.text and "完成" in message.text, message.text
    upcoming, _ = upcoming_for_chat(engine, timing(), -1, clock.now())
    assert date(2018, 12, 31) not in {item.due for item in upcoming}  # /mysubs: not there
