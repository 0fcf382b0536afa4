"""attack39b: a stranger's 已完成 after an admin's erases the admin's settlement.

``ReminderState`` keeps one ``done_as_admin`` per (chat, item), and ``_mark_done``
(``scheduler/acks.py``) overwrites it with each press. In a group an admin presses 已完成, then a
member who is no admin presses it too (or presses the next month's occurrence): the row now says
``done_as_admin=False`` and ``acknowledged`` no longer counts the admin's press, so the
supervisors are escalated again for an occurrence an admin settled.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.models import Admin, Milestone
from policybot.knowledge.reminder_items import ReminderLedger
from policybot.scheduler.acks import press_button
from policybot.scheduler.items import DueItem, ItemKind
from policybot.scheduler.messages import ACTION_DONE, ButtonPress
from policybot.scheduler.planner import acknowledged
from test_scheduler_support import timing
from tests.invented_plans import city_plan

PLAN = """二、工作安排
(一)2031年9月30日前,市市场监管局完成品牌培育企业库建设。
"""
ADMIN = 601
MEMBER = 602
GROUP = -100777


@pytest.mark.xfail(
    strict=True,
    reason="attack39b: _mark_done overwrites done_as_admin with the last presser's; a group "
    "member's 已完成 after the admin's un-settles the occurrence for the supervisors",
)
def test_a_members_press_after_the_admins_keeps_it_settled(sqlite_engine: Engine) -> None:
    from policybot.knowledge.ingest import ingest_bytes

    outcome = ingest_bytes(sqlite_engine, city_plan(PLAN).encode("utf-8"), "p.txt")
    assert outcome.result is not None
    with Session(sqlite_engine) as session:
        session.add(Admin(user_id=ADMIN))
        fact = session.exec(select(Milestone)).one()
        assert fact.id is not None and fact.due is not None
        row = ReminderLedger(
            item_kind=ItemKind.MILESTONE,
            item_id=fact.id,
            chat_id=GROUP,
            fire_at=datetime(2031, 9, 30, 1, tzinfo=UTC),
            due_date=fact.due,
        )
        session.add(row)
        session.commit()
        assert row.id is not None
        press = ButtonPress(ACTION_DONE, row.id)
        item = DueItem(ItemKind.MILESTONE, fact.id, fact.due, fact.region_id)
    for user_id, minute in ((ADMIN, 1), (MEMBER, 2)):
        pressed = press_button(
            sqlite_engine,
            replace(timing(), owners=frozenset()),
            press,
            chat_id=GROUP,
            user_id=user_id,
            user_name="x",
            now=datetime(2031, 10, 5, 2, minute, tzinfo=UTC),
        )
        assert pressed.accepted
        with Session(sqlite_engine) as session:
            settled = acknowledged(session, [item])
        if user_id == ADMIN:
            assert settled == {(item.kind, item.item_id, item.due)}  # the admin's press settles
    assert settled == {(item.kind, item.item_id, item.due)}  # ... and a member's does not undo it
