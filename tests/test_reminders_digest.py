"""What an office that keeps reminders switched on gets (#13), through the real bot and the
offline Telegram: every year's quota, nothing from before the subscription, one alert per item
and day, one digest per chat and tick (paged within 4,096 units), 三色预警, escalation to a
supervising chat, /overdue, working days and holidays, pruning, and the ledger's truth after a
clock jump, a moved deadline and a corrected plan. Ticks are driven by hand with a FakeClock.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from emulator_fixtures import Group, real_bot
from policybot.bot.emulator import BotApiEmulator
from policybot.bot.harness import OfflineHarness
from policybot.bot.reminder_jobs import dispatcher_of
from policybot.clock import FakeClock
from policybot.config import BotSettings, ReminderSettings, Settings
from policybot.handlers.reminders import NOT_GROUP_ADMIN_PRESS
from policybot.knowledge import store
from policybot.knowledge.ingest import load_seeds_if_empty
from policybot.knowledge.models import Milestone, ProgressReport, Target
from policybot.knowledge.reminder_items import (
    ReminderLedger,
    ReminderPurpose,
    ReminderState,
    ReminderStatus,
)
from policybot.scheduler import ledger
from policybot.scheduler.digest import units16
from policybot.scheduler.models import DonePress
from policybot.scheduler.timing import ReminderTiming
from test_scheduler_support import ingest, milestone, plan, target

USER = 10001  # the work group's Telegram admin (not the bot's): subscribes and settles
OWNER = 10002
MEMBER = 10003  # a plain member of the work group
GROUP = -100555
OFFICE = -100999  # the 督查督办 office's group
SHANGHAI = ZoneInfo("Asia/Shanghai")


def local(year: int, month: int, day: int, hour: int = 9, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=SHANGHAI)


async def running(
    engine: Engine, clock: FakeClock, emulator: BotApiEmulator | None = None, **reminders: object
) -> AsyncIterator[OfflineHarness]:
    """The bot on ``engine``; pass an ``emulator`` to restart it against the same Telegram."""
    reminders.setdefault("working_days", False)
    config = Settings(
        bot=replace(BotSettings(load_seeds=False), owners=(OWNER,)),
        reminders=ReminderSettings(**reminders),  # type: ignore[arg-type]
    )
    async with real_bot(
        engine,
        config,
        clock=clock,
        private_chats=(OWNER,),
        groups=(
            Group(GROUP, "东湖区质监分局工作群", members=(OWNER, MEMBER), admins=(USER,)),
            Group(OFFICE, "督查督办室", members=(OWNER,)),
        ),
        chat_id=GROUP,
        user_id=USER,
        tick_job=False,
        emulator=emulator,
    ) as harness:
        yield harness


async def tick(bot: OfflineHarness, clock: FakeClock, instant: datetime) -> list:  # type: ignore[type-arg]
    clock.set(instant)
    mark = len(bot.emulator.world.outbox)
    await dispatcher_of(bot.application).tick()
    return [m for m in bot.emulator.world.outbox[mark:] if not m.edited]


def rows(engine: Engine) -> list[ReminderLedger]:
    with Session(engine) as session:
        return list(session.exec(select(ReminderLedger).order_by(ReminderLedger.id)))


def quota(subject: str = "各区每年新增培育示范企业") -> object:
    yearly = target(subject, date(2019, 12, 31), value=35, units=["市质监局"])
    yearly.per_year = True  # type: ignore[attr-defined]
    return yearly


# -- occurrences -----------------------------------------------------------------------------------


async def test_a_yearly_quota_is_reminded_every_year_and_one_ack_covers_one_year(
    sqlite_engine: Engine,
) -> None:
    """A 2017—2019 plan's 每年 quota used to come up only before 2019-12-31."""
    ingest(sqlite_engine, plan(targets=[quota()], period=(2017, 2019)))  # type: ignore[list-item]
    clock = FakeClock(local(2017, 1, 2))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 市质监局")
        (first,) = await tick(bot, clock, local(2017, 12, 31))
        assert "2017-12-31 今天到期" in first.text and "各区每年新增培育示范企业" in first.text
        (edited,) = await bot.press("已完成")
        assert "已标记完成" in edited.text
        (next_year,) = await tick(bot, clock, local(2018, 12, 1))
        assert "2018-12-31 还有 30 天到期" in next_year.text
        # a year's jump: 2018's occurrence, never marked, went by unsent (one notice says so)
        notice, last = await tick(bot, clock, local(2019, 12, 24))
        assert "有 1 项到期提醒未能发出" in notice.text
        assert "2019-12-31 还有 7 天到期" in last.text
    with Session(sqlite_engine) as session:
        [state] = session.exec(select(ReminderState)).all()
        assert state.done_through == date(2017, 12, 31)


# -- the floor and one per day -------------------------------------------------------------------


async def test_nothing_from_before_the_subscription_is_sent(sqlite_engine: Engine) -> None:
    """Subscribing on 07-01 08:59 used to bring 还有 1 天(补发) and 今天到期(补发) for 06-30."""
    ingest(
        sqlite_engine,
        plan(
            milestones=[
                milestone("上半年督查", due=date(2018, 6, 30)),
                milestone("七月验收", due=date(2018, 7, 1)),
            ]
        ),
    )
    clock = FakeClock(local(2018, 7, 1, 8, 59))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 市质监局")
        (digest,) = await tick(bot, clock, local(2018, 7, 1))  # the first tick: 72 h catch-up
        assert "七月验收" in digest.text and "今天到期" in digest.text
        assert "上半年督查" not in digest.text and "补发" not in digest.text
    assert {(row.due_date, row.status) for row in rows(sqlite_engine)} == {
        (date(2018, 7, 1), ReminderStatus.SENT)
    }


async def test_a_late_start_sends_one_alert_per_item_and_day(sqlite_engine: Engine) -> None:
    """Down over the 1-day reminder and up before the due-day one: one alert, not two, and in
    the day's 09:00 digest, not in a message of its own at start. That digest is the due day's
    own moment, so the item is on time there: not 补发 (attack 38; only a late send is)."""
    ingest(sqlite_engine, plan(milestones=[milestone(due=date(2018, 12, 31))]))
    clock = FakeClock(local(2018, 12, 28))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 市质监局")
        await tick(bot, clock, local(2018, 12, 28, 10))
        assert await tick(bot, clock, local(2018, 12, 31, 8)) == []  # down 12-28 → 12-31 08:00
        (alert,) = await tick(bot, clock, local(2018, 12, 31, 9))
        assert "今天到期" in alert.text and "补发" not in alert.text  # composed when sent
        assert await tick(bot, clock, local(2018, 12, 31, 9, 5)) == []
    sent = [row for row in rows(sqlite_engine) if row.status == ReminderStatus.SENT]
    # the missed moment and the day's own went out together, in that one message
    assert sorted((row.lead_days, row.late) for row in sent) == [(0, False), (1, True)]
    assert len({row.message_id for row in sent}) == 1


# -- one digest per chat, paged ------------------------------------------------------------------


async def test_foshan_at_the_end_of_2019_is_one_digest_paged_within_telegrams_limit(
    sqlite_engine: Engine,
) -> None:
    """A chat subscribed to 佛山 used to get ~290 separate messages at 2019-12-31 09:00."""
    load_seeds_if_empty(sqlite_engine)
    clock = FakeClock(local(2017, 1, 3))
    async for bot in running(sqlite_engine, clock, working_days=True):
        await bot.say("/subscribe 佛山")
        (digest,) = await tick(bot, clock, local(2019, 12, 31))
        pages = [digest]
        while "下一页" in digest.labels:
            (digest,) = await bot.press("下一页")
            pages.append(digest)
        numbers = [int(n) for page in pages for n in re.findall(r"[🔵🟡🔴] (\d+)\) ", page.text)]
        total = int(re.search(r"共 (\d+) 项", pages[0].text).group(1))  # type: ignore[union-attr]
        assert total > 100 and numbers == list(range(1, total + 1))  # every item, once, in order
        assert all(units16(page.source_text) <= 4096 for page in pages)
        assert f"第 {len(pages)}/{len(pages)} 页" in pages[-1].text
        # A phone page: about 15 lines (heading, date groups, items, sources, page marker).
        assert all(len(page.text.splitlines()) <= 15 for page in pages)
        if "逐项处理" not in digest.labels:  # a last page of one item has no itemised view
            (digest,) = await bot.press("上一页")
        (itemised,) = await bot.press("逐项处理")
        shown = [int(n) for n in re.findall(r"[🔵🟡🔴] (\d+)\) ", digest.text)]
        first_on_page = shown[0]
        # One row per item, its number as in the digest's lines and its title on ✅.
        assert itemised.labels[0].startswith(f"✅{first_on_page} ")
        assert itemised.labels[1] == f"⏸{first_on_page}"
        (done,) = await bot.press(itemised.labels[0])
        assert "✅已完成" in done.text and "已标记完成" in done.text
        assert await tick(bot, clock, local(2019, 12, 31, 9, 1)) == []


async def test_done_for_the_page_and_snooze_from_a_digest(sqlite_engine: Engine) -> None:
    ingest(
        sqlite_engine,
        plan(milestones=[milestone(f"任务{n}", due=date(2018, 12, 31)) for n in range(3)]),
    )
    clock = FakeClock(local(2018, 11, 20))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 市质监局")
        (digest,) = await tick(bot, clock, local(2018, 12, 1))
        assert "共 3 项" in digest.text and digest.labels[:2] == ["本页已完成", "本页推迟7天"]
        await bot.press("逐项处理")
        (snoozed,) = await bot.press("⏸2")
        assert "已推迟到 2018-12-08 09:00" in snoozed.text
        await bot.press("返回")
        (all_done,) = await bot.press("本页已完成")
        assert all_done.text.count("✅已完成") == 3
        assert await tick(bot, clock, local(2018, 12, 8)) == []  # the snoozed one was done too


async def test_a_page_turned_after_settling_shows_the_settled_state(sqlite_engine: Engine) -> None:
    """New-user trial: after every item of a two-page digest was 已完成, going back to page 1
    dropped the ✅ line and still read 共 12 项 as if all were to do. Every page, pressed or
    turned, now says what is settled; the pages keep their items."""
    ingest(
        sqlite_engine,
        plan(milestones=[milestone(f"示范任务{n:02d}", due=date(2018, 12, 31)) for n in range(12)]),
    )
    clock = FakeClock(local(2018, 11, 20))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 市质监局")
        (first,) = await tick(bot, clock, local(2018, 12, 1))
        assert "共 12 项 (" in first.text and "第 1/2 页" in first.text
        on_first = re.findall(r"\d+\) (示范任务\d+)", first.text)
        (pressed,) = await bot.press("本页已完成")
        done = len(on_first)
        assert (
            f"共 12 项,已完成 {done} 项" in pressed.text
            and "✅ 用户10001 已标记完成" in pressed.text
        )
        (second,) = await bot.press("下一页")
        assert f"共 12 项,已完成 {done} 项" in second.text and "✅已完成" not in second.text
        assert "本页已完成" in second.labels and "全部已标记完成" not in second.text
        (last,) = await bot.press("本页已完成")
        assert "共 12 项,已全部完成" in last.text and "✅ 用户10001 已标记完成" in last.text
        (back,) = await bot.press("上一页")
        assert "共 12 项,已全部完成" in back.text and "✅ 全部已标记完成" in back.text
        assert re.findall(r"\d+\) (示范任务\d+)", back.text) == on_first  # the page kept its items
        assert back.text.count("✅已完成") == done and back.labels == ["下一页"]
        assert len(back.text.splitlines()) <= 17  # a page and its status line
        assert await tick(bot, clock, local(2018, 12, 24)) == []  # nothing left to remind


def settled(engine: Engine) -> list[tuple[int, int | None, int | None]]:
    """(chat, done by, snoozed by) of every reminder state: who settled what."""
    with Session(engine) as session:
        states = session.exec(select(ReminderState).order_by(col(ReminderState.item_id))).all()
        return [(state.chat_id, state.done_by, state.snoozed_by) for state in states]


async def test_in_a_group_only_its_admins_and_the_bots_settle_reminders(
    sqlite_engine: Engine,
) -> None:
    """Attacker round: any member pressed 本页已完成 and the work group was never reminded of
    the page again. Pressing follows /unsubscribe's rule; turning pages stays open to all."""
    ingest(
        sqlite_engine,
        plan(milestones=[milestone(f"任务{n}", due=date(2018, 12, 31)) for n in range(3)]),
    )
    clock = FakeClock(local(2018, 11, 20))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 市质监局")
        (digest,) = await tick(bot, clock, local(2018, 12, 1))
        for label in ("本页已完成", "本页推迟7天"):
            assert await bot.press(label, user_id=MEMBER) == []  # the message stays as it was
            answer = bot.callback_answer()
            assert answer is not None and answer.show_alert
            assert answer.answer_text == NOT_GROUP_ADMIN_PRESS
        (itemised,) = await bot.press("逐项处理", user_id=MEMBER)
        assert "✅1 任务0" in itemised.labels
        assert await bot.press("✅1 任务0", user_id=MEMBER) == []
        assert bot.callback_answer().answer_text == NOT_GROUP_ADMIN_PRESS  # type: ignore[union-attr]
        legacy = bot.emulator.push_callback(GROUP, MEMBER, digest.message_id, "rm:d:1")
        await bot.wait_processed(legacy)  # a one-reminder button of before digests
        assert bot.emulator.callback_answer(legacy).answer_text == NOT_GROUP_ADMIN_PRESS  # type: ignore[union-attr]
        assert settled(sqlite_engine) == []

        (done,) = await bot.press("✅1 任务0")  # the group's Telegram admin
        assert "✅ 用户10001 已标记完成" in done.text  # the group sees who pressed
        (snoozed,) = await bot.press("⏸2", user_id=OWNER)  # the bot's admin, a plain member here
        assert "⏸ 用户10002 已推迟到 2018-12-08 09:00" in snoozed.text
        assert settled(sqlite_engine) == [(GROUP, USER, None), (GROUP, None, OWNER)]

        # A private chat is its user's own, admin or not.
        await bot.say("/subscribe 市质监局", chat_id=MEMBER, user_id=MEMBER)
        sent = await tick(bot, clock, local(2018, 12, 24))
        assert {message.chat_id for message in sent} == {GROUP, MEMBER}
        (mine,) = await bot.press("本页已完成", chat_id=MEMBER, user_id=MEMBER)
        assert "✅ 用户10003 已标记完成" in mine.text
        assert {row[0] for row in settled(sqlite_engine)} == {GROUP, MEMBER}


async def test_the_itemised_keyboard_of_a_long_digest_is_paged_five_items_a_page(
    sqlite_engine: Engine,
) -> None:
    """A page of 12 items used to be 24 numbered buttons, 8 a row, with no item text; a page
    now holds what a phone shows (7 items of one date), its buttons five items at a time."""
    ingest(
        sqlite_engine,
        plan(milestones=[milestone(f"示范任务{n}", due=date(2018, 12, 31)) for n in range(1, 13)]),
    )
    clock = FakeClock(local(2018, 11, 20))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 市质监局")
        (digest,) = await tick(bot, clock, local(2018, 12, 1))
        assert "共 12 项" in digest.text and "第 1/2 页" in digest.text  # a phone page: 7 items
        numbered = dict(re.findall(r"[🔵🟡🔴] (\d+)\) (示范任务\d+)", digest.text))
        assert len(numbered) == 7
        (first,) = await bot.press("逐项处理")
        done = [label for label in first.labels if label.startswith("✅")]
        # The parts turn by the items they show, not by the digest's own 上一页/下一页.
        assert len(done) == 5 and not {"上一页", "下一页"} & set(first.labels)
        assert first.labels[-2:] == ["第6–7项 ▶", "返回"]
        for label in done:  # each item's number and title as its digest line has them
            number, title = label[1:].split(" ")
            assert numbered[number].startswith(title.rstrip("…"))
        (second,) = await bot.press("第6–7项 ▶")
        assert [label for label in second.labels if label.startswith("⏸")] == [
            f"⏸{n}" for n in range(6, 8)
        ]
        assert {"◀ 第1–5项", "返回"} <= set(second.labels)
        assert not {"上一页", "下一页"} & set(second.labels)
        (pressed,) = await bot.press("⏸7")
        assert "已推迟" in pressed.text and "⏸7" in pressed.labels  # stays on that part
        (back,) = await bot.press("返回")
        assert "逐项处理" in back.labels


# -- graded warnings, escalation, /overdue --------------------------------------------------------


async def test_overdue_in_a_chat_watching_nothing_says_so_and_suggests_subscribe(
    sqlite_engine: Engine,
) -> None:
    ingest(sqlite_engine, plan(milestones=[milestone("示范验收", due=date(2018, 12, 31))]))
    clock = FakeClock(local(2019, 1, 5))
    async for bot in running(sqlite_engine, clock):
        (nothing,) = await bot.say("/overdue")
        assert "没有订阅任何单位或地区" in nothing.text and "/subscribe" in nothing.text
        await bot.say("/subscribe 市质监局")
        (red,) = await bot.say("/overdue")
        assert "示范验收" in red.text and "没有订阅" not in red.text


async def test_overdue_for_another_chat_is_an_admins_as_subscribe_is(sqlite_engine: Engine) -> None:
    """New-user trial: /overdue @-100… ignored the @ and answered for its own chat. An admin may
    name a chat, as in /subscribe and /mysubs; anyone else gets their refusal."""
    ingest(sqlite_engine, plan(milestones=[milestone("示范验收", due=date(2018, 12, 31))]))
    clock = FakeClock(local(2019, 1, 5))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 市质监局")  # the work group, by its Telegram admin
        (own,) = await bot.say("/overdue", user_id=MEMBER)
        assert "示范验收" in own.text
        (refused,) = await bot.say(f"/overdue @{OFFICE}", user_id=MEMBER)
        (refused_too,) = await bot.say(f"/mysubs @{OFFICE}", user_id=MEMBER)
        assert refused.text == refused_too.text and "只有管理员" in refused.text
        assert "示范验收" not in refused.text
        (named,) = await bot.say(f"/overdue @{GROUP}", chat_id=OFFICE, user_id=OWNER)
        assert "🔴" in named.text and "示范验收" in named.text
        (office,) = await bot.say("/overdue", chat_id=OFFICE, user_id=OWNER)
        assert "没有订阅任何单位或地区" in office.text and "示范验收" not in office.text
        (unwatched,) = await bot.say(f"/overdue @{OFFICE}", user_id=OWNER)
        assert f"聊天 {OFFICE} 没有订阅" in unwatched.text and "示范验收" not in unwatched.text


async def test_a_digest_says_which_item_an_admin_edited(sqlite_engine: Engine) -> None:
    """An edited target's reminder shows the admin's value and says so, as the answers do; the
    quote is the document's original."""
    from policybot.knowledge.editing import update_fact

    ingest(sqlite_engine, plan(targets=[target("培育示范企业"), target("建设示范园区", value=4)]))
    update_fact(sqlite_engine, OWNER, "target", 1, "value", "9")
    clock = FakeClock(local(2018, 11, 20))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 市经信局")
        (digest,) = await tick(bot, clock, local(2018, 12, 1))
        (edited,) = [line for line in digest.text.splitlines() if "培育示范企业" in line]
        (kept,) = [line for line in digest.text.splitlines() if "建设示范园区" in line]
        assert "9" in edited and "已由管理员修改" in edited and "已由管理员修改" not in kept


async def test_a_long_overdue_list_is_paged_to_fit_a_phone(sqlite_engine: Engine) -> None:
    """/overdue of 20 items over 4 dates was one 30-line message: pages of about 15 lines."""
    ingest(
        sqlite_engine,
        plan(
            milestones=[
                milestone(f"示范验收{n:02d}", due=date(2018, 9 + n % 4, 1)) for n in range(20)
            ]
        ),
    )
    clock = FakeClock(local(2019, 1, 5))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 市质监局")
        (page,) = await bot.say("/overdue")
        pages = [page]
        while "下一页" in page.labels:
            (page,) = await bot.press("下一页")
            pages.append(page)
        assert len(pages) > 1 and all(len(p.text.splitlines()) <= 15 for p in pages)
        shown = [n for p in pages for n in re.findall(r"🔴 \d+\) (示范验收\d+)", p.text)]
        assert sorted(shown) == [f"示范验收{n:02d}" for n in range(20)]


async def test_colours_escalation_to_the_supervising_chat_and_overdue(
    sqlite_engine: Engine,
) -> None:
    ingest(
        sqlite_engine,
        plan(
            milestones=[
                milestone("完成年度考核", due=date(2018, 12, 31)),
                milestone("提交自评报告", due=date(2018, 12, 31), units=["市经信局"]),
                milestone("启动明年计划", due=date(2019, 1, 30)),
            ]
        ),
    )
    clock = FakeClock(local(2018, 11, 20))
    async for bot in running(sqlite_engine, clock, escalate_after_days=3):
        await bot.say("/subscribe 样例市")
        (refused,) = await bot.say("/supervise 样例市", chat_id=OFFICE, user_id=USER)
        assert "只有管理员" in refused.text
        (named,) = await bot.say("/supervise 样例市", chat_id=OFFICE, user_id=OWNER)
        assert "已指定为督办群" in named.text and "3 天" in named.text
        (digest,) = await tick(bot, clock, local(2018, 12, 31))
        assert "🟡 1) 完成年度考核(样例市)" in digest.text and "今天到期" in digest.text
        assert "🔵 3) 启动明年计划(样例市)" in digest.text and "还有 30 天到期" in digest.text
        # The style of every other reply: one line an item, half-width punctuation, no 【】.
        assert not re.search("[【】〔〕：，（）]", digest.text)
        await bot.press("逐项处理")
        await bot.press("✅2 提交自评报告")  # 提交自评报告 is done; 完成年度考核 is not
        assert await tick(bot, clock, local(2019, 1, 2)) == []
        (designated,) = await bot.say("/designate 市经信局", user_id=OWNER)
        assert "已指定本聊天" in designated.text  # so the work group's 已完成 counts for everyone
        (overdue,) = await bot.say("/overdue")
        assert "🔴" in overdue.text and "完成年度考核" in overdue.text
        assert "已逾期 2 天" in overdue.text and "提交自评报告" not in overdue.text
        assert "答: 共 1 项" in overdue.text and "🔴 1) 完成年度考核(样例市)" in overdue.text
        assert not re.search("[【】〔〕：，（）]", overdue.text)
        sent = await tick(bot, clock, local(2019, 1, 3))
        [escalation] = [m for m in sent if m.chat_id == OFFICE]
        assert "逾期督办" in escalation.text and "🔴 1) 完成年度考核" in escalation.text
        assert "提交自评报告" not in escalation.text
        assert all(m.chat_id == OFFICE for m in sent)
        assert await tick(bot, clock, local(2019, 1, 4)) == []  # escalated once


# -- working days --------------------------------------------------------------------------------


async def test_reminders_go_out_on_working_days_around_a_holiday(
    sqlite_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    """National Day 2018: 10-01..10-07 off, 09-29 and 09-30 (Sat, Sun) adjusted working days."""
    ingest(
        sqlite_engine,
        plan(
            milestones=[
                milestone("国庆后验收", due=date(2018, 10, 8)),
                milestone("二〇二七年验收", due=date(2027, 1, 5)),
            ]
        ),
    )
    clock = FakeClock(local(2018, 9, 1))
    async for bot in running(sqlite_engine, clock, working_days=True, lead_days=(7,)):
        await bot.say("/subscribe 市质监局")
        (early,) = await tick(bot, clock, local(2018, 9, 30))  # a Sunday, but a working day
        assert "国庆后验收" in early.text and "还有 8 天到期" in early.text
        assert await tick(bot, clock, local(2018, 10, 1)) == []  # the 7-day moment: holiday
        with caplog.at_level(logging.INFO):
            assert await tick(bot, clock, local(2026, 12, 28, 10)) == []
            (beyond,) = await tick(bot, clock, local(2026, 12, 29))  # 2027-01-01 is a Friday…
            assert "二〇二七年验收" in beyond.text and "还有 7 天到期" in beyond.text
            clock.set(local(2027, 1, 2))  # …so a Saturday: no data for 2027, Monday–Friday
            assert (await dispatcher_of(bot.application).tick()).quiet
        assert caplog.text.count("no holiday data for 2027") == 1


# -- the ledger's truth --------------------------------------------------------------------------


async def test_a_retried_digest_shows_the_deadline_as_it_is_now(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, plan(milestones=[milestone(due=date(2018, 12, 31))]))
    clock = FakeClock(local(2018, 11, 20))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 市质监局")
        bot.emulator.inject_fault("sendMessage", "500", chat_id=GROUP)
        assert await tick(bot, clock, local(2018, 12, 1)) == []
        with Session(sqlite_engine) as session:
            session.execute(update(Milestone).values(due=date(2019, 1, 15)))
            session.commit()
        (retried,) = await tick(bot, clock, local(2018, 12, 1, 9, 2))
        assert "2019-01-15 还有 45 天到期" in retried.text and "2018-12-31" not in retried.text


async def test_a_clock_jump_forward_and_back_sends_what_it_skipped_once(
    sqlite_engine: Engine,
) -> None:
    """Skipped by a jump forward, the reminders used to be lost when the clock came back."""
    ingest(sqlite_engine, plan(milestones=[milestone(due=date(2018, 12, 31))]))
    clock = FakeClock(local(2018, 11, 20))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 市质监局")
        await tick(bot, clock, local(2018, 11, 30, 10))
        (notice,) = await tick(bot, clock, local(2018, 12, 20))  # jumped: 12-01 is skipped…
        assert "有 1 项到期提醒未能发出" in notice.text  # …and the chat is told, once
        reminders = [row for row in rows(sqlite_engine) if row.purpose == ReminderPurpose.REMIND]
        assert [row.status for row in reminders] == [ReminderStatus.SKIPPED]
        (revived,) = await tick(bot, clock, local(2018, 12, 1, 10))  # the clock comes back
        assert "还有 30 天到期" in revived.text and "补发" in revived.text
        assert await tick(bot, clock, local(2018, 12, 1, 11)) == []
    assert [row.status for row in rows(sqlite_engine)] == [ReminderStatus.SENT] * 2


async def test_old_rows_are_pruned_without_resending_an_occurrence(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, plan(milestones=[milestone(due=date(2018, 12, 31))]))
    clock = FakeClock(local(2018, 11, 20))
    async for bot in running(sqlite_engine, clock, keep_ledger_days=5, catch_up_hours=24):
        await bot.say("/subscribe 市质监局")
        await tick(bot, clock, local(2018, 12, 1))
        await tick(bot, clock, local(2018, 12, 24))
        assert len(rows(sqlite_engine)) == 2  # still due: the 12-01 row is kept
        await tick(bot, clock, local(2018, 12, 30))
        await tick(bot, clock, local(2018, 12, 31))
        clock.set(local(2019, 1, 8))
        report = await dispatcher_of(bot.application).tick()
        assert report.pruned == 4 and rows(sqlite_engine) == []
        assert await tick(bot, clock, local(2019, 1, 8, 10)) == []
    sent = bot.emulator.sent_messages(GROUP)
    assert sum("完成质量强市验收" in message.text for message in sent) == 4


async def test_a_corrected_plan_keeps_the_acks_and_progress_of_the_old_one(
    sqlite_engine: Engine,
) -> None:
    """Acks and progress stayed on the replaced facts' ids, so everything came up again."""
    first = plan(
        milestones=[milestone(due=date(2018, 12, 31))],
        targets=[target(district="东湖区", units=["市质监局"])],
    )
    ingest(sqlite_engine, first)
    clock = FakeClock(local(2018, 11, 20))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 市质监局")
        (digest,) = await tick(bot, clock, local(2018, 12, 1))
        assert "共 2 项" in digest.text
        await bot.press("本页已完成")
        with Session(sqlite_engine) as session:
            old_target = session.exec(select(Target)).one()
        await bot.say("/designate 市质监局", user_id=OWNER)  # the unit's group may report
        await bot.say(f"/report {old_target.id} 2")
        corrected = plan(
            milestones=[milestone(due=date(2018, 12, 31))],
            targets=[target(district="东湖区", units=["市质监局"])],
            extra_text="(修订版)",
        )
        # same doc number: replaces the first version, stored on the bot's clock
        store.ingest_extraction(sqlite_engine, corrected, now=clock.now())
        assert await tick(bot, clock, local(2018, 12, 24)) == []
    with Session(sqlite_engine) as session:
        new_target = session.exec(select(Target).where(Target.id != old_target.id)).one()
        reports = session.exec(select(ProgressReport)).all()
        assert {report.target_id for report in reports} == {old_target.id, new_target.id}


async def test_the_first_chats_are_not_held_up_by_a_chat_with_a_big_backlog(
    sqlite_engine: Engine,
) -> None:
    """Rows used to be claimed 200 at a time, numbered chat by chat, each chat paced at 1/s:
    30 chats with one reminder waited 149 s behind two chats with 148."""
    big = [milestone(f"任务{n}", due=date(2018, 12, 31), units=["市经信局"]) for n in range(148)]
    ingest(sqlite_engine, plan(milestones=[milestone("验收", due=date(2018, 12, 31)), *big]))
    clock = FakeClock(local(2018, 11, 20))
    async for bot in running(sqlite_engine, clock):
        for chat in (-1, -2):
            bot.emulator.add_group(chat, members=(OWNER,))
            await bot.say(f"/subscribe @{chat} 全部", chat_id=OWNER, user_id=OWNER)
        small = [-(100 + n) for n in range(30)]
        for chat in small:
            bot.emulator.add_group(chat, members=(OWNER,))
            await bot.say(f"/subscribe @{chat} 市质监局", chat_id=OWNER, user_id=OWNER)
        sent = await tick(bot, clock, local(2018, 12, 1))
        assert sorted(m.chat_id for m in sent) == sorted([-1, -2, *small])
        assert all("共 149 项" in m.text for m in sent if m.chat_id in (-1, -2))


async def test_undo_after_a_restart_reverses_the_recorded_press_once(engine: Engine) -> None:
    """撤销 kept its state in chat_data, so after a restart it said 已过期 although the 已完成
    stood in the database. The press is recorded there (who, when, which page, the state from
    before): a restarted bot undoes it, under the same rule as 已完成, once and within a day."""
    ingest(
        engine,
        plan(milestones=[milestone(f"任务{n}", due=date(2018, 12, 31)) for n in range(2)]),
    )
    clock = FakeClock(local(2018, 11, 20))
    async with BotApiEmulator() as telegram:
        await _undo_across_restarts(engine, clock, telegram)


async def _undo_across_restarts(engine: Engine, clock: FakeClock, telegram: BotApiEmulator) -> None:
    async for bot in running(engine, clock, telegram):
        await bot.say("/subscribe 市质监局")
        await tick(bot, clock, local(2018, 12, 1))
        (done,) = await bot.press("本页已完成")
        undo = done.button("撤销")
        assert undo is not None and undo.data is not None
        data, message_id = undo.data, done.message_id
    assert [row[1] for row in settled(engine)] == [USER] * 2

    async def press_undo(bot: OfflineHarness, user_id: int) -> tuple[bool, str]:
        """撤销 pressed on the kept message: (shown as an alert, the answer's text)."""
        pushed = bot.emulator.push_callback(GROUP, user_id, message_id, data)
        await bot.wait_processed(pushed)
        answer = bot.emulator.callback_answer(pushed)
        assert answer is not None
        return bool(answer.show_alert), answer.answer_text or ""

    async for bot in running(engine, clock, telegram):  # a new process on the same store
        assert (await press_undo(bot, MEMBER))[1] == NOT_GROUP_ADMIN_PRESS
        assert [row[1] for row in settled(engine)] == [USER] * 2
        assert "已撤销完成标记" in (await press_undo(bot, USER))[1]
        assert [row[1] for row in settled(engine)] == [None] * 2
        edited = bot.emulator.world.outbox[-1]
        assert edited.edited and "↩️ 用户10001 已撤销完成标记" in edited.text
        alert, text = await press_undo(bot, USER)  # used: 已过期, nothing changes
        assert alert and "已过期" in text

    # A 撤销 older than a day is 已过期 too, even after a restart.
    async for bot in running(engine, clock, telegram):
        (_reminded,) = await tick(bot, clock, local(2018, 12, 24))
        (done,) = await bot.press("本页已完成")
        undo = done.button("撤销")
        assert undo is not None and undo.data is not None
        data, message_id = undo.data, done.message_id
    clock.set(local(2018, 12, 25, 10))
    async for bot in running(engine, clock, telegram):
        alert, text = await press_undo(bot, USER)
        assert alert and "已过期" in text
        assert [row[1] for row in settled(engine)] == [USER] * 2

    # The recorded presses are pruned with the ledger rows of their digests.
    timing = ReminderTiming.from_settings(Settings())
    with Session(engine) as session:
        assert len(session.exec(select(DonePress)).all()) == 2
    ledger.prune(engine, local(2021, 1, 1), timing)
    with Session(engine) as session:
        assert session.exec(select(DonePress)).all() == []


async def test_undo_after_done_brings_the_items_back_and_follows_the_done_rule(
    sqlite_engine: Engine,
) -> None:
    """New-user trial: a 已完成 pressed by mistake could not be taken back. The page after it
    offers 撤销, for the group's admins and the bot's as 已完成 is; the items are reminded again.
    A forged or used 撤销 is 已过期."""
    ingest(
        sqlite_engine,
        plan(milestones=[milestone(f"任务{n}", due=date(2018, 12, 31)) for n in range(3)]),
    )
    clock = FakeClock(local(2018, 11, 20))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 市质监局")
        (digest,) = await tick(bot, clock, local(2018, 12, 1))
        assert "撤销" not in digest.labels
        (done,) = await bot.press("本页已完成")
        assert done.text.count("✅已完成") == 3 and done.labels == ["撤销"]
        assert [row[1] for row in settled(sqlite_engine)] == [USER] * 3

        # A plain member of the group may not take it back.
        assert await bot.press("撤销", user_id=MEMBER) == []
        assert bot.callback_answer().answer_text == NOT_GROUP_ADMIN_PRESS  # type: ignore[union-attr]
        assert [row[1] for row in settled(sqlite_engine)] == [USER] * 3

        (undone,) = await bot.press("撤销")
        assert "✅已完成" not in undone.text and "↩️ 用户10001 已撤销完成标记" in undone.text
        assert undone.labels[:2] == ["本页已完成", "本页推迟7天"] and "撤销" not in undone.labels
        assert [row[1] for row in settled(sqlite_engine)] == [None] * 3
        # A forged key, and the used one, are 已过期 and change nothing.
        used = done.button("撤销")
        assert used is not None and used.data is not None
        for data in ("ru:zz9", "rv:999999", used.data):
            pushed = bot.emulator.push_callback(GROUP, USER, done.message_id, data)
            await bot.wait_processed(pushed)
            answer = bot.emulator.callback_answer(pushed)
            assert (
                answer is not None and answer.show_alert and "已过期" in (answer.answer_text or "")
            )
        (again,) = await tick(bot, clock, local(2018, 12, 24))  # reminded again
        assert "共 3 项" in again.text and "✅已完成" not in again.text

        # One item done from 逐项处理, then taken back by the bot's admin: that item only.
        await bot.press("逐项处理")
        (one,) = await bot.press("✅2 任务1")
        assert one.text.count("✅已完成") == 1 and one.labels[-1] == "撤销"
        (back,) = await bot.press("撤销", user_id=OWNER)
        assert "✅已完成" not in back.text and "✅2 任务1" in back.labels
        assert [row[1] for row in settled(sqlite_engine)] == [None] * 3
