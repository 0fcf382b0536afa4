"""Glossary previews each confirm what they showed (#17, reliability round 3).

The probe's case: two /glossary previews in a row, then 确认添加 under the older one — the
pending entry was one slot per user, so the button added the *newer* preview's entry (or nothing).
Now each preview's buttons carry their own key."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.emulator.records import SentMessage
from policybot.bot.harness import OfflineHarness
from policybot.knowledge.models import GlossaryEntry
from test_admin_samples import admin_bot


@pytest.fixture
async def bot(sqlite_engine: Engine) -> AsyncIterator[OfflineHarness]:
    async with admin_bot(sqlite_engine) as harness:
        yield harness


def live_entries(engine: Engine) -> list[tuple[str, str]]:
    with Session(engine) as session:
        rows = session.exec(select(GlossaryEntry)).all()
        return [(row.term, row.means) for row in rows if row.deleted_at is None]


async def press_under(bot: OfflineHarness, message: SentMessage, label: str) -> SentMessage:
    """Press ``label`` under exactly ``message`` (not the newest message with that label)."""
    button = message.button(label)
    assert button is not None and button.data is not None
    assert len(button.data.encode()) <= 64
    update_id = bot.emulator.push_callback(
        bot.chat_id, bot.user_id, message.message_id, button.data
    )
    await bot.wait_processed(update_id)
    return [m for m in bot.emulator.world.outbox if m.message_id == message.message_id][-1]


async def test_confirming_an_older_preview_adds_what_it_showed(
    bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    (older,) = await bot.say("/glossary 规上 = 规模以上")
    (newer,) = await bot.say("/glossary 省标 = 省级地方标准")
    confirmed = await press_under(bot, older, "确认添加")
    assert "已添加词条 规上 → 规模以上" in confirmed.text
    assert live_entries(sqlite_engine) == [("规上", "规模以上")]
    cancelled = await press_under(bot, newer, "取消")
    assert "已取消" in cancelled.text
    assert live_entries(sqlite_engine) == [("规上", "规模以上")]


async def test_a_used_preview_button_says_it_expired(
    bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    (preview,) = await bot.say("/glossary 规上 = 规模以上")
    await press_under(bot, preview, "确认添加")
    again = await press_under(bot, preview, "确认添加")
    assert "已过期" in again.text
    assert live_entries(sqlite_engine) == [("规上", "规模以上")]
