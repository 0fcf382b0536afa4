"""Reminder buttons tell the truth and work from the moment the digest appears (#17,
reliability round 3).

The probe's cases: 已完成 under a digest whose plan was retired since answered 已标记完成 but
wrote nothing; a tap the instant the digest appeared (before the dispatcher recorded its digest
id) was refused as 这条提醒不属于本聊天."""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.knowledge.editing import retire_document
from policybot.knowledge.models import ReminderState
from policybot.knowledge.undo import undo_last
from test_reminders_e2e import GROUP, USER, bot, clock, store, tick  # noqa: F401  (fixtures)
from test_scheduler_support import nine_am

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
