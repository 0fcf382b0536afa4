"""Buttons from before a restart never act on what was made after it (attack round).

Buttons whose state lives in ``chat_data`` / ``user_data`` (a glossary preview's 确认添加, the
pages of a long answer) carry a short key counted per chat. The counter lived in memory too, so
after a restart it began again at 1: the 确认添加 of a preview sent before the restart added the
entry of a *new* preview made after it (a change the admin never saw under that button), and an
old answer's 下一页 turned its message into a page of another answer. Now such a button says it
expired."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.emulator.records import SentMessage
from policybot.bot.harness import OfflineHarness
from policybot.knowledge.models import GlossaryEntry
from test_admin_samples import admin_bot


def live_entries(engine: Engine) -> list[tuple[str, str]]:
    with Session(engine) as session:
        rows = session.exec(select(GlossaryEntry)).all()
        return [(row.term, row.means) for row in rows if row.deleted_at is None]


async def press_data(bot: OfflineHarness, message_id: int, data: str) -> list[SentMessage]:
    """Press a button carrying ``data`` under the (old) message ``message_id``; what the bot
    sent or edited in the meantime."""
    mark = len(bot.emulator.world.outbox)
    update_id = bot.emulator.push_callback(bot.chat_id, bot.user_id, message_id, data)
    await bot.wait_processed(update_id)
    return bot.emulator.world.outbox[mark:]


async def test_an_old_glossary_button_does_not_confirm_a_newer_preview(
    sqlite_engine: Engine,
) -> None:
    async with admin_bot(sqlite_engine) as first:
        (old,) = await first.say("/glossary 规上 = 规模以上")
        button = old.button("确认添加")
        assert button is not None and button.data is not None
    async with admin_bot(sqlite_engine) as second:  # a restart
        (new,) = await second.say("/glossary 规上 = 规模以下企业")
        assert "规模以下企业" in new.text
        sent = await press_data(second, new.message_id, button.data)  # any message will do
        assert live_entries(sqlite_engine) == []  # neither what the old button showed nor this
        assert any("已过期" in m.text for m in sent)


async def test_an_old_page_button_does_not_show_another_answer(seeded_engine: Engine) -> None:
    async with admin_bot(seeded_engine) as first:
        (old,) = await first.say("/rewards 衢州")
        button = old.button("下一页")
        assert button is not None and button.data is not None
    async with admin_bot(seeded_engine) as second:  # a restart
        (other,) = await second.say("/targets 佛山")
        assert other.button("下一页") is not None
        sent = await press_data(second, old.message_id, button.data)
        assert not any("佛山" in m.text for m in sent)
        (press,) = [
            q for q in second.emulator.world.callback_queries.values() if q.data == button.data
        ]
        assert press.answered and "已过期" in (press.answer_text or "")
