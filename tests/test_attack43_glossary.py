"""attack43: /glossary look-up for everyone (fix50): no spelling of an addition or a deletion
slips through as a look-up for a non-admin, and a term with markup is shown as typed."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.harness import OfflineHarness
from policybot.knowledge.models import GlossaryEntry
from test_admin_samples import OWNER, STRANGER


def _entries(engine: Engine) -> list[tuple[str, str]]:
    with Session(engine) as session:
        return [(e.term, e.means) for e in session.exec(select(GlossaryEntry))]


async def test_a_stranger_changes_nothing_whatever_the_spelling(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    await sqlite_plan_bot.say("/glossary 省品 = 省级品牌", chat_id=OWNER, user_id=OWNER)
    await sqlite_plan_bot.press("确认添加", chat_id=OWNER, user_id=OWNER)
    before = _entries(sqlite_engine)
    assert before
    for text in [
        "/glossary 规上=规模以上",
        "/glossary 规上＝规模以上",
        "/glossary 规上→规模以上",
        "/glossary 规上->规模以上",
        "/glossary 规上:规模以上",
        "/glossary 规上 规模以上",
        "/glossary 删除 省品",
        "/glossary 删除省品",
        "/glossary 删除",
        "/glossary delete 省品",
    ]:
        replies = await sqlite_plan_bot.say(text, chat_id=STRANGER, user_id=STRANGER)
        for reply in replies:
            assert not reply.buttons, (text, reply.text)
            if reply.buttons:
                await sqlite_plan_bot.press("确认添加", chat_id=STRANGER, user_id=STRANGER)
    assert _entries(sqlite_engine) == before


async def test_a_marked_up_or_huge_word_is_answered_as_typed(
    sqlite_plan_bot: OfflineHarness,
) -> None:
    """A 4,000-character word echoed in the reply (twice for an admin) made it too long for
    Telegram: the look-up failed (BadRequest: Message is too long) and nobody was answered."""
    for who in (STRANGER, OWNER):
        for word in ["<b>规上</b>", "*规上*", "<i>规</i>", "&lt;", "规" * 4000]:
            (reply,) = await sqlite_plan_bot.say(f"/glossary {word}", chat_id=who, user_id=who)
            assert len(reply.text) < 4096 and "词汇表" in reply.text, reply.text[:200]
            if word.startswith("<"):
                assert word in reply.text, reply.text  # shown as typed, not as markup
