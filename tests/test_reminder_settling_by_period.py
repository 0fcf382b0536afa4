"""Settling an occurrence, through the real bot and the offline Telegram (attack 38): an owner's
已完成 (owners are admins, though never in the ``Admin`` table) stops the escalation; a
corrected version moving a duty's day keeps the 已完成 of the same reporting period; and an item
sent on its due day at the planned hour is no 补发. Invented plans."""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine

from policybot.clock import FakeClock
from test_reminders_digest import OFFICE, OWNER, local, running, tick
from test_scheduler_support import ingest, milestone, plan


async def test_an_owners_done_stops_the_escalation(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, plan(milestones=[milestone("完成年度考核", due=date(2018, 12, 31))]))
    clock = FakeClock(local(2018, 11, 20))
    async for bot in running(sqlite_engine, clock, escalate_after_days=3):
        await bot.say("/subscribe 样例市", chat_id=OWNER, user_id=OWNER)
        await bot.say("/supervise 样例市", chat_id=OFFICE, user_id=OWNER)
        sent = await tick(bot, clock, local(2018, 12, 31))
        assert any(m.chat_id == OWNER and "完成年度考核" in m.text for m in sent)
        await bot.press("已完成", chat_id=OWNER, user_id=OWNER)
        assert await tick(bot, clock, local(2019, 1, 3)) == []  # no 🚨 逾期督办 for the office
