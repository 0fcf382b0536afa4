"""Reminder buttons tell the truth and work from the moment the digest appears (#17,
reliability round 3).

The probe's cases: 已完成 under a digest whose plan was retired since answered 已标记完成 but
wrote nothing; a tap the instant the digest appeared (before the dispatcher recorded its digest
id) was refused as 这条提醒不属于本聊天."""

from __future__ import annotations

import asyncio
from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.editing import retire_document
from policybot.knowledge.reminder_items import ReminderLedger, ReminderState, ReminderStatus
from policybot.knowledge.undo import undo_last
from policybot.scheduler.acks import PressOutcome, press_digest
from policybot.scheduler.dispatcher import ReminderDispatcher
from policybot.scheduler.messages import ReminderMessage, parse_digest_callback
from test_reminders_e2e import GROUP, USER, bot, clock, store, tick  # noqa: F401  (fixtures)
from test_scheduler_support import follow, ingest, milestone, nine_am, plan, timing

ADMIN = 7


def done_states(engine: Engine) -> list[ReminderState]:
    with Session(engine) as session:
        rows = session.exec(select(ReminderState)).all()
        return [row for row in rows if row.done_at is not None]


async def press_data(bot: OfflineHarness, message_id: int, data: str) -> str:  # noqa: F811
    update_id = bot.emulator.push_callback(GROUP, USER, message_id, data)
    await bot.wait_processed(update_id)
    answer = bot.emulator.callback_answer(update_id)
    assert answer is not None and answer.answered
    return answer.answer_text or ""


async def test_done_after_the_plan_was_retired_says_so_and_undo_brings_it_back(
    bot: OfflineHarness,  # noqa: F811
    store: Engine,  # noqa: F811
    clock: FakeClock,  # noqa: F811
) -> None:
    await bot.say("/subscribe 市质监局")
    (reminder,) = await tick(bot, clock, nine_am(date(2018, 12, 1)))
    done = reminder.button("已完成")
    assert done is not None and done.data is not None
    retire_document(store, ADMIN, "1")
    answer = await press_data(bot, reminder.message_id, done.data)
    assert "不再适用" in answer and "已标记完成" not in answer
    assert done_states(store) == []
    undo_last(store, ADMIN)  # the plan applies again: so does the button
    answer = await press_data(bot, reminder.message_id, done.data)
    assert "已标记完成" in answer and len(done_states(store)) == 1


def test_a_tap_while_the_digest_is_being_sent_is_honoured_once(tmp_path) -> None:  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'p.db'}")
    upgrade_database(engine)
    due = date(2019, 1, 22)
    ingest(
        engine, plan(milestones=[milestone("完成年度质量工作考核", due=due)], period=(2018, 2019))
    )
    follow(engine, -100111, "样例市")
    outcomes: list[PressOutcome] = []
    sent: list[ReminderMessage] = []

    async def sender(chat_id: int, message: ReminderMessage) -> int:
        """Telegram shows the message and the user taps 已完成 before the send call returns."""
        sent.append(message)
        press = next(p for p in map(parse_digest_callback, message.callbacks) if p is not None)
        outcomes.append(
            await asyncio.to_thread(
                press_digest,
                engine,
                timing(),
                press,
                chat_id=chat_id,
                user_id=1,
                user_name="u",
                now=nine_am(due),
            )
        )
        return 1

    dispatcher = ReminderDispatcher(engine, timing(), FakeClock(nine_am(due)), sender)
    dispatcher.config = dispatcher.config.__class__(per_chat_interval=0)
    asyncio.run(dispatcher.tick())
    (outcome,) = outcomes
    assert outcome.accepted and "已标记完成" in outcome.answer
    assert len(done_states(engine)) == 1 and len(sent) == 1
    with Session(engine) as session:
        rows = session.exec(select(ReminderLedger)).all()
        assert [row.status for row in rows] == [ReminderStatus.SENT]
        assert rows[0].digest_id is not None
    asyncio.run(dispatcher.tick())  # exactly once: nothing is sent again
    assert len(sent) == 1
