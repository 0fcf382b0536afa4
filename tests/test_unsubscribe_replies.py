"""/unsubscribe as people type it (trial 31): it says what the chat still follows, a name that
is ambiguous among all units but names one the chat follows removes that one, and one chat
leaving a unit leaves another chat's reminders of it alone."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import date

import pytest
from sqlalchemy.engine import Engine

from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from test_reminders_e2e import GROUP, USER, start_bot, tick
from test_scheduler_support import ingest, milestone, nine_am, plan, target

DUE = date(2018, 12, 31)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(nine_am(date(2018, 11, 20)))


@pytest.fixture
def store(sqlite_engine: Engine) -> Engine:
    ingest(
        sqlite_engine,
        plan(
            milestones=[milestone("完成质量强市验收", due=DUE, units=["市质监局"])],
            targets=[target(district="东湖区")],
        ),
    )
    other = plan(milestones=[milestone(units=["市质监局"])], doc_number="另政发〔2018〕2号")
    other.document.region = "另一市"
    other.text += "另一市"
    for record in other.milestones:
        record.region = "另一市"
    ingest(sqlite_engine, other)
    return sqlite_engine


@pytest.fixture
async def bot(store: Engine, clock: FakeClock) -> AsyncIterator[OfflineHarness]:
    async for harness in start_bot(store, clock):
        yield harness


async def test_unsubscribing_all_removes_every_subscription_and_names_them(
    bot: OfflineHarness,
) -> None:
    """'/unsubscribe 全部' removed only the subscription named 全部 (trial 31), and answered
    本来就没有订阅:全部 to a chat following a district (trial 33): 全部 and 所有 now mean every
    subscription of the chat, each named in the reply."""
    await bot.say("/subscribe 全部")
    await bot.say("/subscribe 东湖区")
    (reply,) = await bot.say("/unsubscribe 全部")
    assert reply.text.startswith("已取消订阅") and "全部 2 项订阅" in reply.text
    assert "样例市东湖区" in reply.text and "仍订阅" not in reply.text
    (listing,) = await bot.say("/mysubs")
    assert "还没有订阅" in listing.text


async def test_unsubscribing_all_of_a_district_only_removes_it(bot: OfflineHarness) -> None:
    """'本来就没有订阅:全部' read as 'no subscriptions at all' to a chat following a district."""
    await bot.say("/subscribe 东湖区")
    (reply,) = await bot.say("/unsubscribe 所有")
    assert "本来就没有订阅" not in reply.text and "全部 1 项订阅" in reply.text
    assert "样例市东湖区" in reply.text
    (again,) = await bot.say("/unsubscribe 全部")
    assert "没有订阅" in again.text and "/subscribe" in again.text


async def test_an_ambiguous_unit_name_removes_the_one_the_chat_follows(
    bot: OfflineHarness,
) -> None:
    """市质监局 is two units; a chat following one of them meant that one."""
    (done,) = await bot.say("/subscribe 另一市质监局")
    assert "已订阅" in done.text
    (removed,) = await bot.say("/unsubscribe 市质监局")
    assert "已取消订阅" in removed.text and "另一市" in removed.text
    (listing,) = await bot.say("/mysubs")
    assert "另一市" not in listing.text


async def test_still_ambiguous_when_the_chat_follows_both_or_neither(bot: OfflineHarness) -> None:
    (neither,) = await bot.say("/unsubscribe 市质监局")
    assert "对应多个" in neither.text
    await bot.say("/subscribe 另一市质监局")
    await bot.say("/subscribe 样例市质监局")
    (both,) = await bot.say("/unsubscribe 市质监局")
    assert "对应多个" in both.text
    (listing,) = await bot.say("/mysubs")
    assert "另一市" in listing.text and "样例市 市质监局" in listing.text


async def test_one_chat_leaving_a_unit_keeps_the_other_chats_reminders(
    bot: OfflineHarness, clock: FakeClock
) -> None:
    await bot.say("/subscribe 样例市质监局", chat_id=GROUP, user_id=USER)
    await bot.say("/subscribe 样例市质监局", chat_id=USER, user_id=USER)
    (left,) = await bot.say("/unsubscribe 样例市质监局", chat_id=USER, user_id=USER)
    assert "已取消订阅" in left.text
    sent = await tick(bot, clock, nine_am(date(2018, 12, 1)))
    assert [m.chat_id for m in sent] == [GROUP]  # type: ignore[attr-defined]
    assert "完成质量强市验收" in sent[0].text  # type: ignore[attr-defined]
