"""attack39b: a stranger's 已完成 after an admin's erases the admin's settlement.

``ReminderState`` keeps one ``done_as_admin`` per (chat, item), and ``_mark_done``
(``scheduler/acks.py``) overwrites it with each press. In a group an admin presses 已完成, then a
member who is no admin presses it too (or presses the next month's occurrence): the row now says
``done_as_admin=False`` and ``acknowledged`` no longer counts the admin's press, so the
supervisors are escalated again for an occurrence an admin settled.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.models import Admin, Milestone, RecurringDuty
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


DUTY = """试点市关于加强品牌培育工作的通知
试政办发〔2031〕3号
试点市人民政府办公室
2031年1月8日

一、建立报送制度。各区市场监管分局每月5日前向市市场监管局报送上月品牌培育工作情况。
"""


def test_a_members_press_of_an_earlier_month_keeps_the_admins_later_one(
    sqlite_engine: Engine,
) -> None:
    """Periods: the admin settled through May; a member's press of April (older, already covered)
    changes nothing: April and May stay settled for the supervisors, June is not."""
    months = (date(2031, 4, 5), date(2031, 5, 5), date(2031, 6, 5))
    ids, items = _duty_rows(sqlite_engine, months)
    with Session(sqlite_engine) as session:
        session.add(Admin(user_id=ADMIN))
        session.commit()
    for user_id, row_id in ((ADMIN, ids[1]), (MEMBER, ids[0])):
        assert row_id is not None
        assert press_button(
            sqlite_engine,
            replace(timing(), owners=frozenset()),
            ButtonPress(ACTION_DONE, row_id),
            chat_id=GROUP,
            user_id=user_id,
            user_name="x",
            now=datetime(2031, 5, 20, 2, user_id % 10, tzinfo=UTC),
        ).accepted
    with Session(sqlite_engine) as session:
        settled = acknowledged(session, items)
    assert settled == {(i.kind, i.item_id, i.due) for i in items[:2]}


def _duty_rows(engine: Engine, months: tuple[date, ...]) -> tuple[list[int], list[DueItem]]:
    """The monthly duty of ``DUTY`` ingested, with one ledger row per month in ``GROUP``."""
    from policybot.knowledge.ingest import ingest_bytes

    assert ingest_bytes(engine, DUTY.encode("utf-8"), "n.txt").result is not None
    with Session(engine) as session:
        (duty,) = [d for d in session.exec(select(RecurringDuty)) if d.due_day == 5]
        assert duty.id is not None
        rows = [
            ReminderLedger(
                item_kind=ItemKind.RECURRING,
                item_id=duty.id,
                chat_id=GROUP,
                fire_at=datetime(due.year, due.month, due.day, 1, tzinfo=UTC),
                due_date=due,
            )
            for due in months
        ]
        session.add_all(rows)
        session.commit()
        items = [DueItem(ItemKind.RECURRING, duty.id, due, duty.region_id) for due in months]
        return [row.id for row in rows if row.id is not None], items


def _press_done(engine: Engine, row_id: int, user_id: int, minute: int) -> None:
    assert press_button(
        engine,
        replace(timing(), owners=frozenset()),
        ButtonPress(ACTION_DONE, row_id),
        chat_id=GROUP,
        user_id=user_id,
        user_name="x",
        now=datetime(2031, 6, 20, 2, minute, tzinfo=UTC),
    ).accepted


def test_a_members_press_of_a_later_month_keeps_the_admins_earlier_one(
    sqlite_engine: Engine,
) -> None:
    """The admin settled May; a member then marks June done in the same group: May stays settled
    for the supervisors (the row's date moves to June, but the admin's press is kept), and June,
    pressed by a member only, is not settled for them."""
    months = (date(2031, 4, 5), date(2031, 5, 5), date(2031, 6, 5))
    ids, items = _duty_rows(sqlite_engine, months)
    with Session(sqlite_engine) as session:
        session.add(Admin(user_id=ADMIN))
        session.commit()
    _press_done(sqlite_engine, ids[1], ADMIN, 1)
    _press_done(sqlite_engine, ids[2], MEMBER, 2)
    with Session(sqlite_engine) as session:
        settled = acknowledged(session, items)
    assert settled == {(i.kind, i.item_id, i.due) for i in items[:2]}
