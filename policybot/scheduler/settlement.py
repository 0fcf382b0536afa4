"""Whose 已完成 settles an overdue occurrence for everyone, and so stops its escalation.

A chat's own 已完成 and 推迟 always hold its own reminders. Settling an occurrence for the
supervisors is more: subscribing is open to anyone, so a stranger who subscribed and pressed
已完成 used to silence every supervising chat, and an offline session (``policybot chat``)
pressing it silenced the real ones. An acknowledgement settles an occurrence when it comes
from an admin, from a chat an admin designated to report for a unit (``/designate``), or from a
supervising chat; and, for real chats, only from a real chat (``scheduler/scope.py``).
The owners from the configuration (``bot.owners``) are admins too, though never in the ``Admin``
table: an owner's 已完成 used to leave the supervisors escalating.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import ColumnElement, and_, or_, select, true
from sqlmodel import col

from policybot.knowledge.models import Admin, ReportingChat
from policybot.knowledge.reminder_items import ReminderState
from policybot.scheduler.models import Supervisor
from policybot.scheduler.scope import EVERY_REAL_CHAT


def settling_acks(*, offline_too: bool, owners: Collection[int] = ()) -> ColumnElement[bool]:
    """The SQL condition on ``ReminderState`` rows whose acknowledgement settles an occurrence.

    ``offline_too``: an offline session's own escalations also count its emulated chats'
    acknowledgements; the real bot's never do. ``owners``: the configured owners' user ids.
    """
    chat = col(ReminderState.chat_id)
    origin = true() if offline_too else EVERY_REAL_CHAT.condition(chat)
    return and_(
        origin,
        or_(
            col(ReminderState.done_by).in_(select(col(Admin.user_id))),
            col(ReminderState.done_by).in_(sorted(owners)),
            chat.in_(select(col(ReportingChat.chat_id))),
            chat.in_(select(col(Supervisor.chat_id))),
        ),
    )
