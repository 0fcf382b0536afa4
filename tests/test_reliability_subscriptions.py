"""Who may change a chat's reminders (attacker round): a group's subscriptions are the group's,
and an ``@chat`` prefix names a chat Telegram could have issued.

In a group only its Telegram admins (an anonymous admin included) and the bot's admins may add
or take away a subscription or change the lead times: an ordinary member, or a stranger who
joined, switched the work group's reminders off with one /unsubscribe, and could /subscribe 全部
the group (a digest of every deadline) that they then could not remove.
"""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.emulator import ANONYMOUS_ADMIN_ID
from policybot.bot.harness import OfflineHarness
from policybot.handlers.subscriptions import NOT_ADMIN, NOT_GROUP_ADMIN
from policybot.scheduler.models import Chat, Subscription
from test_admin_samples import ADMIN, STRANGER

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

WORK_GROUP = -1009876543210
GROUP_ADMIN = 4010  # an admin of the work group in Telegram, not an admin of the bot
MEMBER = 4011


def subscriptions_of(engine: Engine, chat_id: int) -> list[tuple[int, bool]]:
    with Session(engine) as session:
        rows = session.exec(select(Subscription).where(Subscription.chat_id == chat_id)).all()
        return sorted((row.id or 0, row.active) for row in rows)


def lead_days_of(engine: Engine, chat_id: int) -> str | None:
    with Session(engine) as session:
        chat = session.get(Chat, chat_id)
        return None if chat is None else chat.lead_days


async def test_only_admins_take_a_groups_reminders_away(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    bot = sqlite_plan_bot
    bot.emulator.add_group(
        WORK_GROUP,
        "工作群",
        members=(MEMBER, STRANGER),
        admins=(GROUP_ADMIN, ANONYMOUS_ADMIN_ID, bot.emulator.bot.id),
    )
    for who in (MEMBER, STRANGER):
        (refused,) = await bot.say("/subscribe 全部", chat_id=WORK_GROUP, user_id=who)
        assert refused.text == NOT_GROUP_ADMIN
    assert subscriptions_of(sqlite_engine, WORK_GROUP) == []
    (added,) = await bot.say("/subscribe 全部", chat_id=WORK_GROUP, user_id=GROUP_ADMIN)
    assert "已订阅" in added.text
    subscribed = subscriptions_of(sqlite_engine, WORK_GROUP)
    assert len(subscribed) == 1

    for who in (MEMBER, STRANGER):
        (refused,) = await bot.say("/subscribe 全部", chat_id=WORK_GROUP, user_id=who)
        assert refused.text == NOT_GROUP_ADMIN  # the same rule, the same words, once there
        (refused,) = await bot.say("/unsubscribe 全部", chat_id=WORK_GROUP, user_id=who)
        assert refused.text == NOT_GROUP_ADMIN
        (refused,) = await bot.say("/leadtimes 0", chat_id=WORK_GROUP, user_id=who)
        assert refused.text == NOT_GROUP_ADMIN
        edited = await bot.say("/unsubscribe 全部", chat_id=WORK_GROUP, user_id=who, edited=True)
        assert [reply.text for reply in edited] == [NOT_GROUP_ADMIN]
    assert subscriptions_of(sqlite_engine, WORK_GROUP) == subscribed
    assert lead_days_of(sqlite_engine, WORK_GROUP) is None
    (shown,) = await bot.say("/leadtimes", chat_id=WORK_GROUP, user_id=MEMBER)
    assert "当前提前提醒" in shown.text  # looking is open to all

    (changed,) = await bot.say("/leadtimes 7 1", chat_id=WORK_GROUP, user_id=GROUP_ADMIN)
    assert "已设置" in changed.text
    (changed,) = await bot.say("/leadtimes 3", chat_id=WORK_GROUP, user_id=ANONYMOUS_ADMIN_ID)
    assert "已设置" in changed.text
    assert lead_days_of(sqlite_engine, WORK_GROUP) == "[3]"
    (removed,) = await bot.say("/unsubscribe 全部", chat_id=WORK_GROUP, user_id=ADMIN)
    assert removed.text.startswith("已取消订阅")
    assert subscriptions_of(sqlite_engine, WORK_GROUP) == []
    (again,) = await bot.say("/subscribe 全部", chat_id=WORK_GROUP, user_id=ANONYMOUS_ADMIN_ID)
    assert "已订阅" in again.text
    (bare,) = await bot.say("/subscribe", chat_id=WORK_GROUP, user_id=MEMBER)
    assert bare.text.startswith("用法")  # the usage and what the group has: open to all

    # A private chat is its user's own: no one else is asked.
    await bot.say("/subscribe 全部", chat_id=STRANGER, user_id=STRANGER)
    (own,) = await bot.say("/unsubscribe 全部", chat_id=STRANGER, user_id=STRANGER)
    assert own.text.startswith("已取消订阅")


@pytest.mark.parametrize(
    "command",
    [
        "/mysubs @99999999999999999999999",
        "/subscribe @-99999999999999999999999 全部",
        "/leadtimes @99999999999999999999 1",
        "/unsubscribe @-99999999999999999999 全部",
        "/supervise @-99999999999999999999 全部",
        "/designate @-99999999999999999999 示范市质监局",
        "/subscribe @0 全部",
    ],
)
async def test_an_impossible_chat_id_is_no_chat(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine, command: str
) -> None:
    """An admin's @-prefix with a 23-digit id reached the database driver (OverflowError, a
    traceback to the error chat); @0 subscribed a chat that cannot exist."""
    replies = await sqlite_plan_bot.say(command, chat_id=ADMIN, user_id=ADMIN)
    assert replies
    with Session(sqlite_engine) as session:
        chats = [chat.id for chat in session.exec(select(Chat))]
    assert all(0 < abs(chat_id) < 10**16 for chat_id in chats), chats


async def test_only_admins_see_which_regions_another_chat_supervises(
    sqlite_plan_bot: OfflineHarness,
) -> None:
    """``/supervise @chat`` without a region lists what that chat supervises: a stranger read
    a work group's supervision scope from a private chat."""
    bot = sqlite_plan_bot
    bot.emulator.add_group(
        WORK_GROUP, "工作群", members=(MEMBER,), admins=(GROUP_ADMIN, bot.emulator.bot.id)
    )
    (made,) = await bot.say(f"/supervise @{WORK_GROUP} 全部", chat_id=ADMIN, user_id=ADMIN)
    assert "督办群" in made.text
    (refused,) = await bot.say(f"/supervise @{WORK_GROUP}", chat_id=STRANGER, user_id=STRANGER)
    assert refused.text == NOT_ADMIN and "全部" not in refused.text
    (shown,) = await bot.say(f"/supervise @{WORK_GROUP}", chat_id=ADMIN, user_id=ADMIN)
    assert "本聊天督办:全部" in shown.text
