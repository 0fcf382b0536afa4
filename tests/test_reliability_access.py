"""Who may change the knowledge, and what never leaves the bot.

Every admin command (read from the admin menu, so a new one is covered) refuses a stranger,
an edited message and an anonymous group admin, changing nothing; buttons forged by a client
do nothing for someone who may not press them. Through a session full of faults and handler
errors, the bot token and the webhook secret reach neither a log line nor any message, the
error chat's included. (The webhook's own secret check is in tests/test_webhook.py.)
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from dataclasses import replace

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from emulator_fixtures import real_bot
from policybot.bot.emulator import ANONYMOUS_ADMIN_ID
from policybot.bot.harness import OfflineHarness
from policybot.bot.logs import configure_logging
from policybot.config import BotSettings, Settings, TelegramSettings
from policybot.handlers import admin, editing
from policybot.handlers.rights import EDITED_NOTICE
from policybot.knowledge.models import Admin, AuditEntry, Document, Target
from test_admin_samples import ADMIN, GROUP, OWNER, STRANGER

pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

ADMIN_COMMANDS = sorted({name for name, _ in (*admin.MENU, *editing.MENU)} - {"adminhelp"})
READ_ONLY = {"history", "admins", "cancel"}  # refused too, but they change nothing anyway


def store_state(engine: Engine) -> tuple[object, ...]:
    """Everything an admin command could change."""
    with Session(engine) as session:
        return (
            sorted(a.user_id for a in session.exec(select(Admin))),
            len(session.exec(select(AuditEntry)).all()),
            sorted((d.id, d.status) for d in session.exec(select(Document))),
            sorted((t.id, t.value, t.deleted_at) for t in session.exec(select(Target))),
        )


def arguments_for(command: str) -> str:
    return {
        "grant": str(STRANGER),
        "revoke": str(ADMIN),
        "retire": "1",
        "restore": "1",
        "history": "1",
        "edit": "target 1",
        "delete": "target 1",
        "add": "target 1",
    }.get(command, "")


@pytest.mark.parametrize("command", [c for c in ADMIN_COMMANDS if c not in READ_ONLY])
async def test_every_admin_command_refuses_strangers_edits_and_anonymous_admins(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine, command: str
) -> None:
    before = store_state(sqlite_engine)
    text = f"/{command} {arguments_for(command)}".strip()
    (refusal,) = await sqlite_plan_bot.say(text, chat_id=STRANGER, user_id=STRANGER)
    assert "只有" in refusal.text, refusal.text
    await sqlite_plan_bot.say("/help", chat_id=STRANGER, user_id=STRANGER)
    edited = await sqlite_plan_bot.say(text, chat_id=STRANGER, user_id=STRANGER, edited=True)
    assert all("只有" in reply.text for reply in edited)
    sqlite_plan_bot.emulator.add_group(GROUP, admins=(ANONYMOUS_ADMIN_ID,))
    anonymous = await sqlite_plan_bot.say(
        f"/{command}@{sqlite_plan_bot.emulator.bot.username} {arguments_for(command)}",
        chat_id=GROUP,
        user_id=ANONYMOUS_ADMIN_ID,
    )
    assert anonymous and all("匿名" in reply.text for reply in anonymous)
    assert store_state(sqlite_engine) == before


async def test_an_admin_editing_an_old_message_into_a_command_changes_nothing(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    before = store_state(sqlite_engine)
    await sqlite_plan_bot.say("/help", chat_id=OWNER, user_id=OWNER)
    replies = await sqlite_plan_bot.say(
        f"/grant {STRANGER}", chat_id=OWNER, user_id=OWNER, edited=True
    )
    assert [r.text for r in replies] == [EDITED_NOTICE]
    assert store_state(sqlite_engine) == before


@pytest.mark.parametrize("data", ["dl:target:1:yes", "ef:target:1:value", "up:ok:1"])
async def test_forged_button_data_from_a_stranger_changes_nothing(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine, data: str
) -> None:
    before = store_state(sqlite_engine)
    (own,) = await sqlite_plan_bot.say("/help", chat_id=STRANGER, user_id=STRANGER)
    pressed = sqlite_plan_bot.emulator.push_callback(STRANGER, STRANGER, own.message_id, data)
    await sqlite_plan_bot.wait_processed(pressed)
    answer = sqlite_plan_bot.emulator.callback_answer(pressed)
    assert answer is not None and answer.answered, "a press is always answered (no spinner)"
    assert not any("已删除" in m.text for m in sqlite_plan_bot.emulator.sent_messages(STRANGER))
    assert store_state(sqlite_engine) == before


async def test_an_admins_delete_button_replayed_in_another_chat_deletes_nothing(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    before = store_state(sqlite_engine)
    (question,) = await sqlite_plan_bot.say("/delete target 1")
    data = question.button("确认删除").data  # type: ignore[union-attr]
    assert data is not None
    await sqlite_plan_bot.say("/cancel")
    (anchor,) = await sqlite_plan_bot.say("/help", chat_id=GROUP, user_id=ADMIN)
    pressed = sqlite_plan_bot.emulator.push_callback(GROUP, ADMIN, anchor.message_id, data)
    await sqlite_plan_bot.wait_processed(pressed)
    assert store_state(sqlite_engine) == before


# -- secrets ------------------------------------------------------------------------------------

TOKEN = "7012345678:AAHsecretPartOfTheTokenThatMustNotLeak42"
TOKEN_SECRET_PART = TOKEN.split(":", 1)[1]
WEBHOOK_SECRET = "webhook-secret-6f1c2d9e8a7b"
ERROR_CHAT = OWNER


@pytest.fixture
def log_stream() -> Iterator[io.StringIO]:
    """The production log set-up (JSON, redacting) writing into a buffer, removed afterwards."""
    stream = io.StringIO()
    settings = Settings(telegram=TelegramSettings(token=TOKEN))
    root = logging.getLogger()
    level = root.level
    handler = configure_logging(
        replace(settings, logging=replace(settings.logging, json=True)), stream
    )
    yield stream
    root.removeHandler(handler)  # type: ignore[arg-type]
    root.setLevel(level)
    for each in root.handlers:
        for redactor in [f for f in each.filters if f.__class__.__name__ == "TokenRedactor"]:
            each.removeFilter(redactor)


async def test_the_token_and_secrets_never_reach_a_log_or_a_message(
    sqlite_engine: Engine, log_stream: io.StringIO, caplog: pytest.LogCaptureFixture
) -> None:
    settings = Settings(
        telegram=TelegramSettings(token=TOKEN, webhook_secret=WEBHOOK_SECRET),
        bot=replace(BotSettings(load_seeds=False), owners=(OWNER,), error_chat_id=ERROR_CHAT),
    )
    async with real_bot(
        sqlite_engine,
        settings,
        private_chats=(OWNER, STRANGER),
        emulator_options={"token": TOKEN},
        adjust_builder=lambda builder: builder.read_timeout(1.0),
        raise_handler_errors=False,
    ) as bot:
        emulator = bot.emulator
        with caplog.at_level(logging.INFO):
            for kind in ("500", "502", "drop", "timeout", "429", "403"):
                bot.emulator.inject_fault("sendMessage", kind, chat_id=STRANGER, hold_seconds=3)
                await bot.say("/rewards 驰名商标", chat_id=STRANGER, user_id=STRANGER)
            for kind in ("500", "drop"):
                bot.emulator.inject_fault("getUpdates", kind)
            await bot.say("/rewards 驰名商标", chat_id=STRANGER, user_id=STRANGER)
    said = [m.text for m in emulator.sent_messages()]
    said += [q.answer_text or "" for q in emulator.world.callback_queries.values()]
    assert any("policybot 出错" in text for text in said), "the error chat was told"
    written = log_stream.getvalue() + caplog.text
    assert "error while handling update" in written
    for secret in (TOKEN_SECRET_PART, WEBHOOK_SECRET):
        assert secret not in written
        assert not [text for text in said if secret in text]
