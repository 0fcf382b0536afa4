"""Whose 已完成 settles an overdue occurrence for everyone, and so stops its escalation.

A chat's own 已完成 and 推迟 always hold its own reminders. Settling an occurrence for the
supervisors is more: subscribing is open to anyone, so a stranger who subscribed and pressed
已完成 used to silence every supervising chat, and an offline session (``policybot chat``)
pressing it silenced the real ones. An acknowledgement settles an occurrence when it comes
from an admin, from a chat an admin designated to report for a unit (``/designate``), or from a
supervising chat; and, for real chats, only from a real chat (``scheduler/scope.py``).
The owners from the configuration (``bot.owners``) are admins too, though never in the ``Admin``
table: an owner's 已完成 used to leave the supervisors escalating.

Whether the author was an admin is decided when the button is pressed and stored with the press
(``ReminderState.done_as_admin``): the database, not the reading process's configuration, is the
truth. An offline session run with ``--admin`` makes its user an owner of that session only; a
later session run as another admin used to escalate again what the first had settled. A press by
someone who was no admin then never settles for others, even if they are appointed later; rows
from before the column were judged once, when migration 0023 ran (an admin then counts; the
others are NULL and count only for the configured owners). An admin's settlement outlives a
member's later press of the next occurrence (``ReminderState.admin_through``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, and_, or_, select, true
from sqlalchemy.engine import Connection
from sqlmodel import Session, col

from policybot.knowledge.models import Admin, ReportingChat
from policybot.knowledge.reminder_items import ReminderState
from policybot.scheduler.models import Supervisor
from policybot.scheduler.scope import EVERY_REAL_CHAT

StateT = TypeVar("StateT")


def is_admin_now(connection: Connection, user_id: int, owners: Collection[int]) -> bool:
    """Whether ``user_id`` is an owner (of the pressing process) or in the ``Admin`` table: what
    a 已完成 press records as ``done_as_admin``."""
    if user_id in owners:
        return True
    found = connection.execute(select(col(Admin.user_id)).where(col(Admin.user_id) == user_id))
    return found.first() is not None


def settling_acks(*, offline_too: bool, owners: Collection[int] = ()) -> ColumnElement[bool]:
    """The SQL condition on ``ReminderState`` rows whose last acknowledgement settles an
    occurrence (through ``done_through``) for everyone.

    ``offline_too``: an offline session's own escalations also count its emulated chats'
    acknowledgements; the real bot's never do. ``owners``: the configured owners' user ids.
    An admin's presses settle through ``admin_through`` (``settled_by_admins``), not through
    the row's ``done_through``, which a member's later press may have moved on; only a one-off
    item an admin acknowledged without an occurrence (no ``done_through``) settles here.
    """
    chat = col(ReminderState.chat_id)
    as_admin = col(ReminderState.done_as_admin)
    return and_(
        _origin(offline_too),
        or_(
            and_(as_admin.is_(True), col(ReminderState.done_through).is_(None)),
            # a row from before 0021 whose author was no admin when 0023 ran: only an owner's
            and_(as_admin.is_(None), col(ReminderState.done_by).in_(sorted(owners))),
            chat.in_(select(col(ReportingChat.chat_id))),
            chat.in_(select(col(Supervisor.chat_id))),
        ),
    )


def settled_by_admins(*, offline_too: bool) -> ColumnElement[bool]:
    """The SQL condition on ``ReminderState`` rows an admin's or owner's press settled for
    everyone through ``admin_through`` (a member's later press of the row leaves it standing)."""
    return and_(_origin(offline_too), col(ReminderState.admin_through).is_not(None))


def settled_states(
    session: Session,
    statement: Select[*tuple[Any, ...]],
    *,
    offline_too: bool,
    owners: Collection[int],
    own: Callable[[tuple[Any, ...]], StateT],
    by_admin: Callable[[date], StateT],
) -> dict[int, list[StateT]]:
    """Per item id, the acknowledgements of ``statement``'s ``ReminderState`` rows (item id
    first, then the caller's columns) that settle an occurrence for everyone: a row whose last
    press settles (``settling_acks``) gives ``own(its columns)``, and an admin's press kept under
    a member's later one (``settled_by_admins``) gives ``by_admin(admin_through)``; a row may
    give both. The planner and the digest read settlement through this one split."""
    settles = settling_acks(offline_too=offline_too, owners=owners)
    statement = statement.add_columns(
        col(ReminderState.admin_through), settles.label("settles")
    ).where(or_(settles, settled_by_admins(offline_too=offline_too)))
    found: dict[int, list[StateT]] = defaultdict(list)
    for row in session.execute(statement):
        item_id, *columns, admin_through, settling = row
        if settling:
            found[item_id].append(own(tuple(columns)))
        if admin_through is not None:
            found[item_id].append(by_admin(admin_through))
    return found


def _origin(offline_too: bool) -> ColumnElement[bool]:
    return true() if offline_too else EVERY_REAL_CHAT.condition(col(ReminderState.chat_id))
