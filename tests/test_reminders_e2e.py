"""Reminders end to end: the real Application against the offline Telegram.

Subscribing by command, the reminder arriving in the group (HTML that Telegram would accept),
已完成 and 推迟7天 through real button presses, a forged callback from another chat, 403 and
429 from Telegram. Ticks are driven by hand with a FakeClock: the JobQueue is only the alarm.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from telegram.ext import ApplicationBuilder

from emulator_fixtures import Group, real_bot
from policybot.bot.app import build_application
from policybot.bot.harness import OfflineHarness
from policybot.bot.reminder_jobs import TICK_JOB, dispatcher_of
from policybot.clock import FakeClock
from policybot.config import BotSettings, ReminderSettings, Settings
from policybot.knowledge.reminder_items import ReminderLedger, ReminderState, ReminderStatus
from policybot.scheduler.models import Chat
from policybot.services import Services
from test_scheduler_support import CITY, ingest, milestone, nine_am, plan, target, utc

USER = 10001
OWNER = 10002
STRANGER = 10003
GROUP = -100555
DUE = date(2018, 12, 31)
TRICKY_QUOTE = "2018年底前完成验收(得分<60 & 整改)"


def settings(**reminders: object) -> Settings:
    """Working days off unless asked for: these tests fire on weekends too (see
    test_reminders_digest.py for holidays)."""
    reminders.setdefault("working_days", False)
    return Settings(
        bot=replace(BotSettings(load_seeds=False), owners=(OWNER,)),
        reminders=ReminderSettings(**reminders),  # type: ignore[arg-type]
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(utc(2018, 11, 20))


@pytest.fixture
def store(sqlite_engine: Engine) -> Engine:
    tricky = milestone("完成质量强市验收", due=DUE, units=["市质监局"])
    tricky.quote = TRICKY_QUOTE
    ingest(sqlite_engine, plan(milestones=[tricky], targets=[target(district="东湖区")]))
    return sqlite_engine


async def start_bot(
    engine: Engine, clock: FakeClock, *, rate_limit: bool = True, keep_tick_job: bool = False
) -> AsyncIterator[OfflineHarness]:
    async with real_bot(
        engine,
        settings(),
        clock=clock,
        private_chats=(USER, OWNER, STRANGER),
        groups=(Group(GROUP, "东湖区质监分局工作群", members=(STRANGER,), admins=(USER,)),),
        chat_id=GROUP,
        user_id=USER,
        rate_limit=rate_limit,
        tick_job=keep_tick_job,  # without it, the test is the clock
    ) as harness:
        yield harness


@pytest.fixture
async def bot(store: Engine, clock: FakeClock) -> AsyncIterator[OfflineHarness]:
    async for harness in start_bot(store, clock):
        yield harness


async def tick(bot: OfflineHarness, clock: FakeClock, instant: object) -> list[object]:
    clock.set(instant)  # type: ignore[arg-type]
    mark = len(bot.emulator.world.outbox)
    await dispatcher_of(bot.application).tick()
    return [m for m in bot.emulator.world.outbox[mark:] if not m.edited]


def ledger(engine: Engine) -> list[ReminderLedger]:
    with Session(engine) as session:
        return list(session.exec(select(ReminderLedger).order_by(ReminderLedger.id)))


async def test_the_tick_job_has_a_deliberate_misfire_grace_and_coalesces(
    store: Engine, clock: FakeClock
) -> None:
    config = settings()
    builder = ApplicationBuilder().token("123:TEST")
    application = build_application(config, Services(config, store, clock), builder=builder)
    [job] = application.job_queue.get_jobs_by_name(TICK_JOB)  # type: ignore[union-attr]
    assert job.job.misfire_grace_time == config.reminders.tick_seconds
    assert job.job.coalesce is True and job.job.max_instances == 1


async def test_the_job_queue_tick_delivers_on_its_own(store: Engine, clock: FakeClock) -> None:
    async for bot in start_bot(store, clock, keep_tick_job=True):
        await bot.say("/subscribe 市质监局")
        clock.set(nine_am(date(2018, 12, 1)))
        [job] = bot.application.job_queue.get_jobs_by_name(TICK_JOB)  # type: ignore[union-attr]
        mark = len(bot.emulator.world.outbox)
        job.job.modify(next_run_time=datetime.now(UTC))  # wake the scheduler now, not in 3 s
        await asyncio.wait_for(bot.emulator.world.wait_for_outbox(mark), timeout=5)
        (reminder,) = bot.emulator.world.outbox[mark:]
        assert reminder.chat_id == GROUP and "还有 30 天到期" in reminder.text


async def test_a_subscribed_group_gets_the_reminder_with_buttons(
    bot: OfflineHarness, clock: FakeClock
) -> None:
    (reply,) = await bot.say("/subscribe 市质监局")
    assert "已订阅" in reply.text and "市质监局" in reply.text and "30天" in reply.text
    (listing,) = await bot.say("/mysubs")
    assert "市质监局" in listing.text and "默认" in listing.text
    assert "接下来 30 天的提醒" in listing.text
    assert "12-01 09:00 完成质量强市验收(到期 2018-12-31)" in listing.text
    (reminder,) = await tick(bot, clock, nine_am(date(2018, 12, 1)))
    assert reminder.chat_id == GROUP and reminder.parse_mode == "HTML"
    assert "还有 30 天到期" in reminder.text
    assert "日期: 2018-12-31(2018年底前)" in reminder.text
    assert "牵头: 市质监局" in reminder.text
    assert reminder.text.count("市质监局") == 1  # once, not on the item line and again below it
    assert TRICKY_QUOTE in reminder.text  # escaped on the way, shown as written
    assert f"《{CITY}质量提升行动计划》" in reminder.text
    assert reminder.labels == ["已完成", "推迟7天"]
    assert all(len(b.data.encode()) <= 64 for row in reminder.buttons for b in row if b.data)
    assert await tick(bot, clock, nine_am(date(2018, 12, 1)) + timedelta(minutes=5)) == []


async def test_done_stops_further_reminders_for_that_chat(
    bot: OfflineHarness, store: Engine, clock: FakeClock
) -> None:
    await bot.say("/subscribe 市质监局")
    await tick(bot, clock, nine_am(date(2018, 12, 1)))
    clock.advance(timedelta(hours=1))
    (edited,) = await bot.press("已完成")
    assert (
        edited.edited
        and "已标记完成" in edited.text
        and bot.emulator.users[USER].first_name in edited.text
    )
    answer = bot.callback_answer()
    assert answer is not None and answer.answered and "已标记完成" in (answer.answer_text or "")
    with Session(store) as session:
        state = session.exec(select(ReminderState)).one()
        assert state.chat_id == GROUP and state.done_by == USER and state.done_through == DUE
    for day in (date(2018, 12, 24), date(2018, 12, 30), date(2018, 12, 31)):
        assert await tick(bot, clock, nine_am(day)) == []


async def test_snooze_holds_the_reminder_for_seven_days(
    bot: OfflineHarness, clock: FakeClock
) -> None:
    await bot.say("/subscribe 市质监局")
    await tick(bot, clock, nine_am(date(2018, 12, 1)))
    clock.set(utc(2018, 12, 1, 2))
    (edited,) = await bot.press("推迟7天")
    assert "已推迟到 2018-12-08 09:00" in edited.text
    assert await tick(bot, clock, nine_am(date(2018, 12, 7))) == []
    (again,) = await tick(bot, clock, nine_am(date(2018, 12, 8)))
    assert "还有 23 天到期" in again.text and again.labels == ["已完成", "推迟7天"]


async def test_a_forged_callback_from_another_chat_changes_nothing(
    bot: OfflineHarness, store: Engine, clock: FakeClock
) -> None:
    await bot.say("/subscribe 市质监局")
    (reminder,) = await tick(bot, clock, nine_am(date(2018, 12, 1)))
    forged_data = reminder.button("已完成").data  # type: ignore[union-attr]
    (own_message,) = await bot.say("/mysubs", chat_id=STRANGER, user_id=STRANGER)
    update_id = bot.emulator.push_callback(STRANGER, STRANGER, own_message.message_id, forged_data)
    await bot.wait_processed(update_id)
    answer = bot.emulator.callback_answer(update_id)
    assert answer is not None and answer.show_alert and "不属于本聊天" in (answer.answer_text or "")
    with Session(store) as session:
        assert session.exec(select(ReminderState)).all() == []


@pytest.mark.parametrize(
    "forged",
    ["rm:d:" + "9" * 40, "rd:a:" + "9" * 40 + ":0", "rd:i:" + "9" * 30 + ":" + "9" * 30, "rm:d:١٢"],
)
async def test_forged_button_data_with_huge_or_foreign_digits_is_refused_quietly(
    bot: OfflineHarness, caplog: pytest.LogCaptureFixture, forged: str
) -> None:
    """Ids beyond a BIGINT once reached the database driver (OverflowError, a traceback per press
    sent to the error chat); now they do not match a button at all."""
    (own_message,) = await bot.say("/mysubs", chat_id=STRANGER, user_id=STRANGER)
    update_id = bot.emulator.push_callback(STRANGER, STRANGER, own_message.message_id, forged)
    await bot.wait_processed(update_id)
    answer = bot.emulator.callback_answer(update_id)
    assert answer is not None and answer.answered  # the button stops spinning
    assert not [r for r in caplog.records if r.levelname in ("ERROR", "CRITICAL")]


async def test_a_group_that_removed_the_bot_is_deactivated(
    bot: OfflineHarness, store: Engine, clock: FakeClock
) -> None:
    await bot.say("/subscribe 市质监局")
    await bot.say("/subscribe 东湖区")
    bot.emulator.inject_fault("sendMessage", "403", chat_id=GROUP)
    assert await tick(bot, clock, nine_am(date(2018, 12, 1))) == []
    with Session(store) as session:
        chat = session.get(Chat, GROUP)
        assert chat is not None and not chat.active and "blocked" in (chat.deactivated_reason or "")
    assert {row.status for row in ledger(store)} == {ReminderStatus.SKIPPED}
    assert await tick(bot, clock, nine_am(date(2018, 12, 24))) == []
    (listing,) = await bot.say("/mysubs")
    assert "已停用" in listing.text
    await bot.say("/subscribe 市质监局")  # the group takes the bot back
    (listing,) = await bot.say("/mysubs")
    assert "已停用" not in listing.text and "东湖区" in listing.text  # every subscription is back
    (digest,) = await tick(bot, clock, nine_am(date(2018, 12, 30)))
    assert "共 2 项" in digest.text and "还有 1 天到期" in digest.text


async def test_flood_control_reschedules_and_delivers_once(store: Engine, clock: FakeClock) -> None:
    async for bot in start_bot(store, clock, rate_limit=False):  # the limiter would retry itself
        await bot.say("/subscribe 市质监局")
        bot.emulator.inject_fault("sendMessage", "429", chat_id=GROUP, retry_after=7)
        assert await tick(bot, clock, nine_am(date(2018, 12, 1))) == []
        [row] = ledger(store)
        assert row.status == ReminderStatus.PENDING and row.attempts == 0
        assert row.next_attempt_at == nine_am(date(2018, 12, 1)) + timedelta(seconds=7)
        assert await tick(bot, clock, nine_am(date(2018, 12, 1)) + timedelta(seconds=6)) == []
        (reminder,) = await tick(bot, clock, nine_am(date(2018, 12, 1)) + timedelta(seconds=7))
        assert "还有 30 天到期" in reminder.text
        assert len(bot.emulator.sent_messages(GROUP)) == 2  # the /subscribe reply and one reminder


async def test_lead_times_per_chat(bot: OfflineHarness, clock: FakeClock) -> None:
    await bot.say("/subscribe 市质监局")
    (reply,) = await bot.say("/leadtimes 14 3")
    assert "14天、3天" in reply.text
    (bad,) = await bot.say("/leadtimes 七天")
    assert "整数" in bad.text
    assert await tick(bot, clock, nine_am(date(2018, 12, 1))) == []
    (reminder,) = await tick(bot, clock, nine_am(date(2018, 12, 17)))
    assert "还有 14 天到期" in reminder.text
    (reset,) = await bot.say("/leadtimes 默认")
    assert "30天、7天、1天、当天" in reset.text


async def test_mysubs_shows_one_line_per_deadline_with_each_reminder_time(
    bot: OfflineHarness,
) -> None:
    """Two lead times inside the window remind twice of one deadline: one line, both times."""
    await bot.say("/subscribe 市质监局")
    await bot.say("/leadtimes 40 35")
    (listing,) = await bot.say("/mysubs")
    assert "11-21 09:00、11-26 09:00 完成质量强市验收(到期 2018-12-31)" in listing.text
    assert listing.text.count("完成质量强市验收") == 1
    assert "另有" not in listing.text  # one deadline in the window: nothing more to say


async def test_mysubs_says_how_many_more_deadlines_the_window_holds(
    sqlite_engine: Engine, clock: FakeClock
) -> None:
    """Seven deadlines in the next 30 days: five are listed, and the reply used to stop there."""
    milestones = [
        milestone(f"完成第{n}批验收", due=date(2018, 12, 9 + n), units=["市质监局"])
        for n in range(1, 8)
    ]
    ingest(sqlite_engine, plan(milestones=milestones))
    async for bot in start_bot(sqlite_engine, clock):
        await bot.say("/subscribe 市质监局")
        await bot.say("/leadtimes 14")
        (listing,) = await bot.say("/mysubs")
        assert listing.text.count("完成第") == 5
        assert "另有 2 项到期提醒" in listing.text


async def test_districts_by_short_or_traditional_name(
    bot: OfflineHarness, clock: FakeClock
) -> None:
    (reply,) = await bot.say("/subscribe 東湖")
    assert "样例市东湖区" in reply.text
    (reminder,) = await tick(bot, clock, nine_am(date(2018, 12, 1)))
    assert "培育示范企业" in reminder.text and "目标值: 3家" in reminder.text
    (removed,) = await bot.say("/unsubscribe 东湖区")
    assert "已取消订阅" in removed.text
    assert await tick(bot, clock, nine_am(date(2018, 12, 24))) == []


async def test_unknown_and_ambiguous_names_get_suggestions(
    store: Engine, bot: OfflineHarness
) -> None:
    other = plan(milestones=[milestone(units=["市质监局"])], doc_number="另政发〔2018〕2号")
    other.document.region = "另一市"
    other.text += "另一市"
    for record in other.milestones:
        record.region = "另一市"
    ingest(store, other)
    (ambiguous,) = await bot.say("/subscribe 市质监局")
    assert "对应多个" in ambiguous.text and "另一市 市质监局" in ambiguous.text
    (exact,) = await bot.say("/subscribe 另一市质监局")
    assert "已订阅" in exact.text and "另一市" in exact.text
    (unknown,) = await bot.say("/subscribe 东湖局")
    assert "没有找到" in unknown.text and "东湖" in unknown.text


async def test_a_name_of_units_in_several_regions_offers_each_as_a_button(
    store: Engine, bot: OfflineHarness
) -> None:
    """Trial 37: "/subscribe 区甲局" silently took another district's unit of that name; now the
    chat is asked which, one button a region, and the press subscribes to the unit it names."""
    other = plan(milestones=[milestone(units=["市质监局"])], doc_number="另政发〔2018〕2号")
    other.document.region = "另一市"
    other.text += "另一市"
    for record in other.milestones:
        record.region = "另一市"
    ingest(store, other)
    (ambiguous,) = await bot.say("/subscribe 市质监局")
    assert "对应多个" in ambiguous.text, ambiguous.text
    assert len(ambiguous.labels) == 2 and "另一市 市质监局" in ambiguous.labels, ambiguous.labels
    button = ambiguous.button("另一市 市质监局")
    assert button is not None and button.data is not None and len(button.data.encode()) <= 64
    update_id = bot.emulator.push_callback(
        bot.chat_id, bot.user_id, ambiguous.message_id, button.data
    )
    await bot.wait_processed(update_id)
    (listing,) = await bot.say("/mysubs")
    assert "另一市 市质监局" in listing.text, listing.text


async def test_admins_subscribe_other_chats_and_others_may_not(bot: OfflineHarness) -> None:
    (refused,) = await bot.say(f"/subscribe @{GROUP} 全部", chat_id=STRANGER, user_id=STRANGER)
    assert "只有管理员" in refused.text
    (done,) = await bot.say(f"/subscribe @{GROUP} 全部", chat_id=OWNER, user_id=OWNER)
    assert "已订阅" in done.text and str(GROUP) in done.text
    (listing,) = await bot.say("/mysubs")
    assert "全部" in listing.text


async def test_subscribe_and_unsubscribe_without_a_name_explain_their_usage(
    bot: OfflineHarness,
) -> None:
    for command in ("subscribe", "unsubscribe"):
        (usage,) = await bot.say(f"/{command}")
        assert usage.text.startswith(f"用法:/{command}") and "例如" in usage.text


def _membership(bot: OfflineHarness, old: str, new: str) -> int:
    emulator = bot.emulator
    me = emulator.world.bot.to_api()
    return emulator.updates.put(
        {
            "my_chat_member": {
                "chat": emulator.chats[GROUP].to_api(),
                "from": emulator.users[USER].to_api(),
                "date": 1543626000,
                "old_chat_member": {"status": old, "user": me},
                "new_chat_member": {"status": new, "user": me},
            }
        }
    )


async def test_removing_and_re_adding_the_bot_is_followed_at_once(
    bot: OfflineHarness, store: Engine, clock: FakeClock
) -> None:
    await bot.say("/subscribe 市质监局")
    await bot.wait_processed(_membership(bot, "member", "left"))
    with Session(store) as session:
        assert not session.get(Chat, GROUP).active  # type: ignore[union-attr]
    assert await tick(bot, clock, nine_am(date(2018, 12, 1))) == []
    await bot.wait_processed(_membership(bot, "left", "member"))
    (reminder,) = await tick(bot, clock, nine_am(date(2018, 12, 24)))
    assert "还有 7 天到期" in reminder.text
