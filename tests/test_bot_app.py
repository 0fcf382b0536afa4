"""How features plug into ``build_application``: the command menus, the guard group, replies
to the bot in groups."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine
from telegram import Chat, Message, MessageEntity, User

from emulator_fixtures import USER_ID, Group, bot_settings, real_bot
from lookup_samples import load_samples
from policybot.bot.app import add_menu_commands
from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.handlers.lookups import question_for_bot

OWNER_ID = 4242
GROUP_ID = -100555


@pytest.fixture
async def harness(sqlite_engine: Engine) -> AsyncIterator[OfflineHarness]:
    load_samples(sqlite_engine)
    async with real_bot(
        sqlite_engine,
        bot_settings(owners=(OWNER_ID,)),
        clock=FakeClock(datetime(2018, 6, 1, tzinfo=UTC)),
        private_chats=(OWNER_ID,),
        groups=(Group(GROUP_ID, members=(USER_ID,)),),
        extend=lambda application: add_menu_commands(
            application, [("upload", "上传文件")], admin=True
        ),
    ) as running:
        yield running


async def test_admin_commands_appear_only_in_admin_scopes(harness: OfflineHarness) -> None:
    public = dict(harness.emulator.commands())
    assert "targets" in public and "upload" not in public
    admins = dict(harness.emulator.commands({"type": "all_chat_administrators"}))
    assert admins["upload"] == "上传文件" and "targets" in admins
    owner = dict(harness.emulator.commands({"type": "chat", "chat_id": OWNER_ID}))
    assert "upload" in owner


async def test_a_reply_to_the_bot_in_a_group_is_a_question(harness: OfflineHarness) -> None:
    (first,) = await harness.say("@policy_test_bot 驰名商标奖励多少钱", chat_id=GROUP_ID)
    (second,) = await harness.say(
        "衢州驰名商标奖励多少钱", chat_id=GROUP_ID, reply_to=first.message_id
    )
    assert "100万元" in second.text


async def test_a_bare_mention_gets_the_help(harness: OfflineHarness) -> None:
    (reply,) = await harness.say("@policy_test_bot", chat_id=GROUP_ID)
    assert "/targets" in reply.text


async def test_messages_from_other_bots_are_ignored(harness: OfflineHarness) -> None:
    harness.emulator.add_user(777, "另一个机器人", username="other_bot").is_bot = True
    harness.emulator.add_private_chat(777)
    assert await harness.say("驰名商标奖励多少钱", chat_id=777, user_id=777) == []


async def test_with_privacy_off_group_chatter_is_still_ignored(harness: OfflineHarness) -> None:
    bot_id = harness.emulator.bot.id
    harness.emulator.add_group(-100666, members=(USER_ID,), admins=(bot_id,))
    assert await harness.say("今天开会讨论驰名商标奖励", chat_id=-100666) == []
    (reply,) = await harness.say("@policy_test_bot 驰名商标奖励多少钱", chat_id=-100666)
    assert "万元" in reply.text


def test_a_text_mention_of_the_bot_addresses_it() -> None:
    bot_user = User(42, "政策助手", is_bot=True)
    text = "政策助手 驰名商标奖励多少钱"
    message = Message(
        1,
        datetime(2018, 6, 1, tzinfo=UTC),
        Chat(GROUP_ID, "supergroup"),
        text=text,
        entities=(MessageEntity(MessageEntity.TEXT_MENTION, 0, 4, user=bot_user),),
    )
    assert question_for_bot(message, None, 42) == text
    assert question_for_bot(message, None, 43) is None
