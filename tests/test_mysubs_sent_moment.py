"""/mysubs lists the moments still to come: one the ledger holds as sent (by an earlier run whose
clock was later) is gone, whatever the clock says now (trial 38: at 08:59:30 it listed the
09:00 digest already sent)."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from policybot.clock import FakeClock
from policybot.knowledge.ingest import ingest_bytes
from test_reminders_digest import local, running, tick
from test_same_statement_lines import TWICE


async def test_mysubs_leaves_out_a_moment_already_sent(sqlite_engine: Engine) -> None:
    assert ingest_bytes(sqlite_engine, TWICE.encode(), "twice.txt").result is not None
    clock = FakeClock(local(2032, 11, 20))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 示范市")
        (before,) = await bot.say("/mysubs")
        assert "12-01 09:00" in before.text, before.text
        (digest,) = await tick(bot, clock, local(2032, 12, 1))
        assert "全市众创空间数量" in digest.text, digest.text
        clock.set(local(2032, 12, 1, 8, 59))
        (after,) = await bot.say("/mysubs")
        assert "12-01 09:00" not in after.text, after.text
