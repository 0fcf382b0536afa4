"""A bare /subscribe or /unsubscribe, through the real Application: the usage, and what the chat
subscribes to already (new-user trial: after /subscribe 南海区, a bare /subscribe said only the
usage, so the user could not tell the subscription had been kept). Invented plan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.engine import Engine

from emulator_fixtures import USER_ID, bot_settings, real_bot
from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.knowledge import store
from policybot.knowledge.extract.records import DocumentMeta, Extraction, TargetRecord
from policybot.scheduler.ledger import deactivate_chat

NOW = datetime(2031, 3, 1, 1, 0, tzinfo=UTC)


def _plan() -> Extraction:
    quote = "到2031年青苇示范企业达到9家。"
    return Extraction(
        document=DocumentMeta(
            source="qingwei.txt", region="青苇市", title="青苇市示范计划", period=(2031, 2031)
        ),
        text="青苇市示范计划。" + quote,
        targets=[
            TargetRecord(
                region="青苇市",
                subject="青苇示范企业",
                value=9,
                unit="家",
                deadline=date(2031, 12, 31),
                quote=quote,
            )
        ],
    )


@pytest.fixture
async def harness(sqlite_engine: Engine) -> AsyncIterator[OfflineHarness]:
    store.ingest_extraction(sqlite_engine, _plan())
    async with real_bot(
        sqlite_engine, bot_settings(), clock=FakeClock(NOW), private_chats=(USER_ID,)
    ) as harness:
        yield harness


async def test_a_bare_subscribe_names_what_the_chat_subscribes_to(
    harness: OfflineHarness,
) -> None:
    (before,) = await harness.say("/subscribe")
    assert before.text.startswith("用法:/subscribe") and "已订阅" not in before.text
    (done,) = await harness.say("/subscribe 青苇市")
    assert "已订阅" in done.text
    for command in ("/subscribe", "/unsubscribe"):
        (reply,) = await harness.say(command)
        assert reply.text.startswith(f"用法:{command}")
        assert "本聊天已订阅:青苇市" in reply.text and "/mysubs" in reply.text
    await harness.say("/unsubscribe 青苇市")
    (after,) = await harness.say("/unsubscribe")
    assert "已订阅" not in after.text


async def test_subscribing_again_after_a_deactivation_says_the_reminders_are_back(
    harness: OfflineHarness, sqlite_engine: Engine
) -> None:
    """New-user trial: a chat deactivated by a failed send (chat not found) that sent
    /subscribe 青苇市 again was told 已经订阅过, though the command had just reactivated it."""
    (first,) = await harness.say("/subscribe 青苇市")
    assert "已订阅" in first.text and "提醒已恢复" not in first.text
    (repeat,) = await harness.say("/subscribe 青苇市")
    assert "已经订阅过" in repeat.text
    # What the dispatcher does when a send fails with "Bad Request: chat not found".
    deactivate_chat(sqlite_engine, USER_ID, "Bad Request: chat not found")
    (stopped,) = await harness.say("/mysubs")
    assert "提醒已停用" in stopped.text
    (back,) = await harness.say("/subscribe 青苇市")
    assert "提醒已恢复" in back.text and "青苇市" in back.text, back.text
    assert "已经订阅过" not in back.text and "将在到期前" in back.text
    (listed,) = await harness.say("/mysubs")
    assert "提醒已停用" not in listed.text and "已停用" not in listed.text
    (again,) = await harness.say("/subscribe 青苇市")
    assert "已经订阅过" in again.text and "提醒已恢复" not in again.text
