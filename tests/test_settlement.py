"""Whose 已完成 stops an escalation (``scheduler/settlement.py``).

A probe subscribed a stranger's private chat and pressed 已完成, and every supervising chat lost
its escalation; an offline session (ids from 2**52) pressing it did the same to real
supervisors. Only an admin, a chat an admin designated for a unit, or a supervising chat settles
an occurrence for everyone, and the real bot never counts an offline chat.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.models import Admin, Milestone, ReportingChat, Unit
from policybot.knowledge.reminder_items import ReminderState
from policybot.scheduler.items import DueItem, ItemKind
from policybot.scheduler.models import Supervisor
from policybot.scheduler.planner import acknowledged
from policybot.scheduler.scope import OFFLINE_ID_BASE
from test_scheduler_support import ingest, milestone, plan

DUE = date(2018, 12, 31)
ADMIN = 501
STRANGER = 502
UNIT_GROUP = -100501
SUPERVISOR = -100502
OFFLINE_USER = OFFLINE_ID_BASE + 7


@pytest.fixture
def item(sqlite_engine: Engine) -> DueItem:
    ingest(sqlite_engine, plan(milestones=[milestone("完成年度考核", due=DUE)]))
    with Session(sqlite_engine) as session:
        fact = session.exec(select(Milestone)).one()
        unit = session.exec(select(Unit)).first()
        assert fact.id is not None and unit is not None and unit.id is not None
        session.add(Admin(user_id=ADMIN))
        session.add(Supervisor(chat_id=SUPERVISOR, scope_key="all"))
        session.add(ReportingChat(chat_id=UNIT_GROUP, unit_id=unit.id))
        session.commit()
        return DueItem(ItemKind.MILESTONE, fact.id, DUE, fact.region_id)


def _ack(
    engine: Engine, item: DueItem, chat_id: int, user_id: int, *, as_admin: bool | None = None
) -> None:
    """A 已完成 row as a press leaves it (``as_admin``: whether its author was an admin then,
    whose press settles for everyone through ``admin_through``; None, a row from before
    migration 0021 that 0023 found no admin's)."""
    with Session(engine) as session:
        session.add(
            ReminderState(
                chat_id=chat_id,
                item_kind=item.kind,
                item_id=item.item_id,
                done_at=datetime(2019, 1, 1, tzinfo=UTC),
                done_by=user_id,
                done_through=item.due,
                done_as_admin=as_admin,
                admin_through=item.due if as_admin else None,
            )
        )
        session.commit()


def _settled(engine: Engine, item: DueItem, *, offline_too: bool = False) -> bool:
    with Session(engine) as session:
        return bool(acknowledged(session, [item], offline_too=offline_too))


def test_a_strangers_ack_does_not_settle_for_the_supervisors(
    sqlite_engine: Engine, item: DueItem
) -> None:
    _ack(sqlite_engine, item, STRANGER, STRANGER)
    assert not _settled(sqlite_engine, item)


def test_an_offline_chats_ack_never_settles_for_the_real_bot(
    sqlite_engine: Engine, item: DueItem
) -> None:
    with Session(sqlite_engine) as session:
        session.add(Admin(user_id=OFFLINE_USER))  # `policybot chat --admin` makes its user admin
        session.commit()
    _ack(sqlite_engine, item, OFFLINE_USER, OFFLINE_USER, as_admin=True)
    assert not _settled(sqlite_engine, item)
    assert _settled(sqlite_engine, item, offline_too=True)  # the offline session's own view


@pytest.mark.parametrize(
    ("chat_id", "user_id"),
    [(ADMIN, ADMIN), (UNIT_GROUP, STRANGER), (SUPERVISOR, STRANGER)],
    ids=["an admin", "a designated unit chat", "a supervising chat"],
)
def test_an_accountable_ack_settles(
    sqlite_engine: Engine, item: DueItem, chat_id: int, user_id: int
) -> None:
    _ack(sqlite_engine, item, chat_id, user_id, as_admin=user_id == ADMIN)
    assert _settled(sqlite_engine, item)


OWNER = 503


def test_a_press_from_before_0021_is_judged_once_by_its_author(sqlite_engine: Engine) -> None:
    """attack39b M12: rows from before ``done_as_admin`` were judged by the ``Admin`` table each
    time the ledger was read, so a stranger's old 已完成 settled for everyone once the stranger
    was made an admin. Migration 0023 judges them once: an admin then settles, a stranger never."""
    from policybot.knowledge.database import downgrade_database, upgrade_database

    ingest(sqlite_engine, plan(milestones=[milestone("完成年度考核", due=DUE)]))
    with Session(sqlite_engine) as session:
        fact = session.exec(select(Milestone)).one()
        assert fact.id is not None
        session.add(Admin(user_id=ADMIN))
        session.commit()
        item = DueItem(ItemKind.MILESTONE, fact.id, DUE, fact.region_id)
    downgrade_database(sqlite_engine, "0022_responsible_units")
    with sqlite_engine.begin() as connection:
        for chat_id, user_id in ((ADMIN, ADMIN), (STRANGER, STRANGER)):
            connection.exec_driver_sql(
                "INSERT INTO reminder_state (chat_id, item_kind, item_id, done_at, done_by,"
                " done_through) VALUES (?, ?, ?, '2019-01-01 00:00:00', ?, '2018-12-31')",
                (chat_id, item.kind, item.item_id, user_id),
            )
    upgrade_database(sqlite_engine)
    with Session(sqlite_engine) as session:
        states = {s.done_by: s.done_as_admin for s in session.exec(select(ReminderState))}
        assert states == {ADMIN: True, STRANGER: None}
        session.add(Admin(user_id=STRANGER))  # the stranger is made an admin later
        session.commit()
    with Session(sqlite_engine) as session:
        admins_press = session.exec(
            select(ReminderState).where(ReminderState.done_by == ADMIN)
        ).one()
        session.delete(admins_press)
        session.commit()
    assert not _settled(sqlite_engine, item)  # the stranger's old press still settles nothing


def test_an_owners_ack_settles(sqlite_engine: Engine, item: DueItem) -> None:
    """Owners (``bot.owners``, what ``policybot chat --admin`` makes its user) are admins, though
    never in the ``Admin`` table: their 已完成 stopped nothing."""
    _ack(sqlite_engine, item, OWNER, OWNER)
    assert not _settled(sqlite_engine, item)
    with Session(sqlite_engine) as session:
        assert acknowledged(session, [item], owners=frozenset({OWNER}))


def test_the_owners_come_from_the_configuration() -> None:
    from dataclasses import replace

    from policybot.config import Settings
    from policybot.scheduler.timing import ReminderTiming

    settings = Settings()
    settings = replace(settings, bot=replace(settings.bot, owners=(OWNER,)))
    assert ReminderTiming.from_settings(settings).owners == frozenset({OWNER})


# An invented plan with one dated step, for the press path (``scheduler/acks.py``).
PRESSED_PLAN = """二、工作安排
(一)2031年9月30日前,市市场监管局完成品牌培育企业库建设。
"""
FIRST_ADMIN = OFFLINE_ID_BASE + 11  # `policybot chat --admin --user …` run once as one admin
SECOND_ADMIN = OFFLINE_ID_BASE + 12  # then as another admin
PRESSING_CHAT = OFFLINE_ID_BASE + 21


def _pressed_done(engine: Engine, user_id: int, owners: frozenset[int]) -> DueItem:
    """An invented plan's step, reminded to an offline chat whose user presses 已完成 in a
    session whose owners are ``owners`` (``--admin`` makes the session's user one)."""
    from dataclasses import replace

    from policybot.knowledge.ingest import ingest_bytes
    from policybot.knowledge.reminder_items import ReminderLedger
    from policybot.scheduler.acks import press_button
    from policybot.scheduler.messages import ACTION_DONE, ButtonPress
    from test_scheduler_support import timing
    from tests.invented_plans import city_plan

    outcome = ingest_bytes(engine, city_plan(PRESSED_PLAN).encode("utf-8"), "pressed.txt")
    assert outcome.result is not None
    with Session(engine) as session:
        fact = session.exec(select(Milestone)).one()
        assert fact.id is not None and fact.due is not None
        row = ReminderLedger(
            item_kind=ItemKind.MILESTONE,
            item_id=fact.id,
            chat_id=PRESSING_CHAT,
            fire_at=datetime(2031, 9, 30, 1, tzinfo=UTC),
            due_date=fact.due,
        )
        session.add(row)
        session.commit()
        assert row.id is not None
        press = ButtonPress(ACTION_DONE, row.id)
        item = DueItem(ItemKind.MILESTONE, fact.id, fact.due, fact.region_id)
    pressed = press_button(
        engine,
        replace(timing(), owners=owners),
        press,
        chat_id=PRESSING_CHAT,
        user_id=user_id,
        user_name="管理员",
        now=datetime(2031, 10, 5, 2, tzinfo=UTC),
    )
    assert pressed.accepted
    return item


def test_an_admins_done_settles_in_a_later_session_of_another_admin(
    sqlite_engine: Engine,
) -> None:
    """One ``--admin`` session's 已完成 kept the 🚨 escalation going in the next session run as
    another admin: owner status lived in the session. Whether the presser was an admin is
    decided when pressing and kept in the ledger."""
    item = _pressed_done(sqlite_engine, FIRST_ADMIN, frozenset({FIRST_ADMIN}))
    with Session(sqlite_engine) as session:
        later = acknowledged(session, [item], offline_too=True, owners=frozenset({SECOND_ADMIN}))
    assert later == {(item.kind, item.item_id, item.due)}


def test_a_strangers_done_does_not_settle_in_a_later_admin_session(
    sqlite_engine: Engine,
) -> None:
    item = _pressed_done(sqlite_engine, STRANGER, frozenset({FIRST_ADMIN}))
    with Session(sqlite_engine) as session:
        assert not acknowledged(session, [item], offline_too=True, owners=frozenset({STRANGER}))
        session.add(Admin(user_id=STRANGER))  # appointed after pressing: the press stays his own
        session.commit()
        assert not acknowledged(session, [item], offline_too=True)
