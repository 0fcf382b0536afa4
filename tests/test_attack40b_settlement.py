"""attack40b: a member's 撤销 after an admin's press of an earlier month (``scheduler/acks``).

A member (one of the group's own admins, no bot admin) marks June done by mistake; a minute later
the bot admin marks April done. The member presses 撤销 on their June press: ``_restore`` finds the
row's ``done_at`` moved by the admin's press and the member's press has no ``admin_set``, so the
撤销 is refused as UNDO_STALE ("已被重新标记") though nobody marked June again, and June stays done
for the chat: its reminder (and its overdue) never comes. The admin's April should stand and
June go back to not done."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.reminder_items import ReminderState
from policybot.scheduler.acks import UNDO_STALE, undo_done
from tests.test_attack40_settlement import ADMIN, GROUP, MEMBER, _digests, _done, _settled, _timing


def test_a_members_undo_survives_an_admins_earlier_month(sqlite_engine: Engine) -> None:
    ids, items = _digests(sqlite_engine)
    undo = _done(sqlite_engine, ids[2], MEMBER, datetime(2031, 6, 20, 2, 1, tzinfo=UTC))
    _done(sqlite_engine, ids[0], ADMIN, datetime(2031, 6, 20, 2, 2, tzinfo=UTC))
    outcome = undo_done(
        sqlite_engine,
        _timing(),
        undo,
        chat_id=GROUP,
        user_id=MEMBER,
        user_name="x",
        now=datetime(2031, 6, 20, 2, 3, tzinfo=UTC),
    )
    assert outcome.answer != UNDO_STALE, outcome
    with Session(sqlite_engine) as session:
        (state,) = session.exec(select(ReminderState)).all()
    assert state.done_through is None or state.done_through < date(2031, 6, 5), state
    assert _settled(sqlite_engine, items) == {date(2031, 4, 5)}
