"""attack43: upgrading from 0026 to 0027 reads every plan again once at start. A store whose
milestones were already reminded and whose admin edited a step keeps both: the re-read sends
nothing a second time and the edit stays as the admin made it. Invented plan."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.emulator.records import SentMessage
from policybot.clock import FakeClock
from policybot.knowledge.database import downgrade_database, make_engine, upgrade_database
from policybot.knowledge.editing import update_fact
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import Milestone, Target
from policybot.knowledge.rereading import reread_stale_documents, stale_documents
from test_reminders_digest import GROUP, OWNER, local, rows, running, tick
from tests.invented_plans import city_plan

BODY = """一、主要目标
到2032年,全市新增团体标准12项。
二、工作安排
(一)2032年6月30日前,完成质量提升示范区验收工作。(牵头单位:市市场监管局)
(二)2032年7月15日前,建成标准化服务站10个。(牵头单位:市市场监管局)
"""
EDITOR = OWNER


def _texts(sent: list[SentMessage]) -> list[tuple[int, str]]:
    return [(m.chat_id, m.text) for m in sent]


async def _ticks(engine: Engine, *, upgrade_between: bool) -> tuple[list, list]:  # type: ignore[type-arg]
    clock = FakeClock(local(2032, 6, 20, 8))
    first: list = []  # type: ignore[type-arg]
    later: list = []  # type: ignore[type-arg]
    async for bot in running(engine, clock):
        await bot.say("/subscribe 示范市", chat_id=GROUP, user_id=OWNER)
        first += _texts(await tick(bot, clock, local(2032, 6, 23)))
        first += _texts(await tick(bot, clock, local(2032, 6, 24)))
    if upgrade_between:
        downgrade_database(engine, "0026_reread_all_stop42")
        upgrade_database(engine)
        assert stale_documents(engine)
        reread_stale_documents(engine, now=local(2032, 6, 24, 12))
        assert not stale_documents(engine)
    clock = FakeClock(local(2032, 6, 24, 13))
    async for bot in running(engine, clock):
        for day in (24, 25, 30):
            later += _texts(await tick(bot, clock, local(2032, 6, day, 14)))
        later += _texts(await tick(bot, clock, local(2032, 7, 8)))
    return first, later


def _store(path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{path}")
    upgrade_database(engine)
    assert ingest_bytes(engine, city_plan(BODY).encode("utf-8"), "plan.txt").result
    with Session(engine) as session:
        (step,) = [m for m in session.exec(select(Milestone)) if "验收" in m.title]
        (goal,) = [t for t in session.exec(select(Target)) if "团体标准" in (t.subject or "")]
        step_id, goal_id = step.id or 0, goal.id or 0
    update_fact(engine, EDITOR, "milestone", step_id, "title", "完成示范区验收并报送总结")
    update_fact(engine, EDITOR, "target", goal_id, "value", "15")
    return engine


@pytest.mark.parametrize("upgrade_between", [False, True])
async def test_the_upgrade_sends_nothing_twice_and_keeps_the_edit(
    tmp_path: Path, upgrade_between: bool
) -> None:
    control = _store(tmp_path / "control.db")
    upgraded = _store(tmp_path / "upgraded.db")
    try:
        expected = await _ticks(control, upgrade_between=False)
        got = await _ticks(upgraded, upgrade_between=upgrade_between)
        assert expected[0] and rows(control), "the first ticks remind the step"
        assert got == expected
        assert len(rows(upgraded)) == len(rows(control))
        with Session(upgraded) as session:
            titles = {m.title for m in session.exec(select(Milestone)) if m.deleted_at is None}
            values = {t.subject: t.value for t in session.exec(select(Target)) if not t.deleted_at}
        assert "完成示范区验收并报送总结" in titles, titles
        assert values["全市新增团体标准"] == 15, values
    finally:
        control.dispose()
        upgraded.dispose()
