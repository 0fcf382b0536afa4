"""A group that becomes a supergroup keeps its 已完成 marks even where the supergroup already
holds a state for the same item (attack51 M6): a snooze pressed there must not undo the group's
done mark, or reminders of a finished item would resume when the snooze ends."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.reminder_items import ReminderState
from policybot.scheduler import ledger
from policybot.scheduler.models import Chat

_GROUP, _SUPERGROUP = -1, -1001


def _chats(session: Session) -> None:
    opened = datetime(2031, 1, 1, tzinfo=UTC)
    session.add(Chat(id=_GROUP, title="g", kind="group", active=True, created_at=opened))
    session.add(Chat(id=_SUPERGROUP, title="g", kind="supergroup", active=True, created_at=opened))


def _states(engine: Engine) -> list[ReminderState]:
    with Session(engine) as session:
        return list(session.exec(select(ReminderState)))


def test_a_done_mark_survives_a_snooze_the_supergroup_already_holds(engine: Engine) -> None:
    with Session(engine) as session:
        _chats(session)
        session.add(
            ReminderState(
                chat_id=_GROUP,
                item_kind="milestone",
                item_id=7,
                done_at=datetime(2031, 5, 1, tzinfo=UTC),
                done_by=42,
                done_through=date(2031, 12, 31),
                done_as_admin=True,
                admin_through=date(2031, 12, 31),
            )
        )
        session.add(
            ReminderState(
                chat_id=_SUPERGROUP,
                item_kind="milestone",
                item_id=7,
                snoozed_until=datetime(2031, 7, 1, tzinfo=UTC),
                snoozed_by=43,
                snoozed_due=date(2031, 12, 31),
            )
        )
        session.commit()
    ledger.migrate_chat(engine, _GROUP, _SUPERGROUP)
    (state,) = _states(engine)
    assert state.chat_id == _SUPERGROUP
    assert (state.done_by, state.done_through, state.admin_through) == (
        42,
        date(2031, 12, 31),
        date(2031, 12, 31),
    )
    assert state.done_as_admin is True
    assert state.snoozed_by == 43  # the supergroup's own press stays too


def test_the_later_of_two_done_marks_is_kept(engine: Engine) -> None:
    with Session(engine) as session:
        _chats(session)
        for chat_id, through, by in (
            (_GROUP, date(2030, 12, 31), 42),
            (_SUPERGROUP, date(2031, 12, 31), 43),
        ):
            session.add(
                ReminderState(
                    chat_id=chat_id,
                    item_kind="recurring",
                    item_id=3,
                    done_at=datetime(2031, 5, 1, tzinfo=UTC),
                    done_by=by,
                    done_through=through,
                )
            )
        session.commit()
    ledger.migrate_chat(engine, _GROUP, _SUPERGROUP)
    (state,) = _states(engine)
    assert (state.chat_id, state.done_by, state.done_through) == (
        _SUPERGROUP,
        43,
        date(2031, 12, 31),
    )


def test_the_group_is_retired_even_when_the_supergroup_was_known_first(engine: Engine) -> None:
    with Session(engine) as session:
        _chats(session)
        session.commit()
    ledger.migrate_chat(engine, _GROUP, _SUPERGROUP)
    with Session(engine) as session:
        group = session.get(Chat, _GROUP)
        assert group is not None and not group.active
        assert group.deactivated_reason == f"migrated to {_SUPERGROUP}"
