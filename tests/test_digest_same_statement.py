"""A target a plan states in a body sentence and again as its task-table row is reminded as one
line (trial 35: the digest listed it twice, where /targets and answers list it once). The digest
folds by the rule answers' lists follow (``knowledge.same_lines``), keeping the line that names
the lead unit (/mysubs lists it once too); the press on that line settles both facts, so the
other never comes back alone.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.clock import FakeClock
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import Target
from policybot.knowledge.reminder_items import ReminderLedger, ReminderState, ReminderStatus
from test_reminders_digest import local, running, tick
from test_same_statement_lines import TWICE


async def test_a_target_in_a_sentence_and_its_table_row_is_one_line_of_the_digest(
    sqlite_engine: Engine,
) -> None:
    assert ingest_bytes(sqlite_engine, TWICE.encode(), "twice.txt").result is not None
    clock = FakeClock(local(2032, 11, 20))
    async for bot in running(sqlite_engine, clock):
        await bot.say("/subscribe 示范市")
        (mysubs,) = await bot.say("/mysubs")  # its list of what comes says it once too
        assert mysubs.text.count("全市众创空间数量") == 1, mysubs.text
        (digest,) = await tick(bot, clock, local(2032, 12, 1))
        # Before: 共 2 项, "12% 全市众创空间数量(示范市) · 每年,增长" and the row's line.
        assert "共 1 项" in digest.text and "牵头: 市科创局" in digest.text, digest.text
        (done,) = await bot.press("已完成")
        assert "已标记完成" in done.text, done.text
        assert await tick(bot, clock, local(2032, 12, 24)) == []  # the twin is settled too
        assert await tick(bot, clock, local(2032, 12, 31)) == []
    with Session(sqlite_engine) as session:
        twins = session.exec(
            select(Target).where(Target.subject == "全市众创空间数量")  # type: ignore[arg-type]
        ).all()
        states = session.exec(select(ReminderState)).all()
        rows = session.exec(select(ReminderLedger)).all()
    assert len(twins) == 2
    assert {state.item_id for state in states} == {twin.id for twin in twins}
    assert all(state.done_through == date(2032, 12, 31) for state in states)
    # Both facts' ledger rows were sent with the one line: none waits to go out again.
    assert rows and all(row.status == ReminderStatus.SENT for row in rows), rows
