"""Which chats report progress for which unit: designated by an admin, audited, undoable.

A unit's work group is where its staff are, so that is where ``/report`` should work for them;
but only an admin can say which group that is (``/designate 单位`` in the group, or
``/designate @聊天ID 单位`` from anywhere). Telegram chat ids exceed 32 bits, so they live in the
audit snapshots, not in ``col(AuditEntry.entity_id)``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.knowledge import audit
from policybot.knowledge.database import session_scope
from policybot.knowledge.models import ReportingChat, utcnow


@dataclass(frozen=True)
class Designation:
    chat_id: int
    unit_id: int
    changed: bool  # False: it already was (or was not) designated


def designate(
    engine: Engine, actor_id: int, chat_id: int, unit_id: int, *, now: datetime | None = None
) -> Designation:
    stamp = now or utcnow()
    with session_scope(engine) as session:
        if _find(session, chat_id, unit_id) is not None:
            return Designation(chat_id, unit_id, changed=False)
        row = ReportingChat(
            chat_id=chat_id, unit_id=unit_id, designated_by=actor_id, designated_at=stamp
        )
        session.add(row)
        session.flush()
        audit.record(
            session,
            actor_id=actor_id,
            action="designate",
            entity_kind=audit.REPORTING,
            entity_id=row.id,
            before=None,
            after={"chat_id": chat_id, "unit_id": unit_id},
            now=stamp,
        )
        return Designation(chat_id, unit_id, changed=True)


def withdraw(
    engine: Engine, actor_id: int, chat_id: int, unit_id: int, *, now: datetime | None = None
) -> Designation:
    with session_scope(engine) as session:
        row = _find(session, chat_id, unit_id)
        if row is None:
            return Designation(chat_id, unit_id, changed=False)
        session.delete(row)
        audit.record(
            session,
            actor_id=actor_id,
            action="undesignate",
            entity_kind=audit.REPORTING,
            entity_id=row.id,
            before={"chat_id": chat_id, "unit_id": unit_id},
            after=None,
            now=now,
        )
        return Designation(chat_id, unit_id, changed=True)


def revert(session: Session, action: str, snapshot: dict[str, int], now: datetime) -> str:
    """Undo a designation (``designate``) or a withdrawal (``undesignate``)."""
    chat_id, unit_id = snapshot["chat_id"], snapshot["unit_id"]
    row = _find(session, chat_id, unit_id)
    if action == "designate":
        if row is not None:
            session.delete(row)
        return f"已撤销指定:聊天 {chat_id} 不再为单位 #{unit_id} 报送进展。"
    if row is None:
        session.add(ReportingChat(chat_id=chat_id, unit_id=unit_id, designated_at=now))
    return f"已撤销取消指定:聊天 {chat_id} 重新为单位 #{unit_id} 报送进展。"


def _find(session: Session, chat_id: int, unit_id: int) -> ReportingChat | None:
    statement = select(ReportingChat).where(
        col(ReportingChat.chat_id) == chat_id, col(ReportingChat.unit_id) == unit_id
    )
    return session.exec(statement).first()
