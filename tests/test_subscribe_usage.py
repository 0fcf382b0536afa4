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
