"""Who may change the knowledge: owners (from the configuration) and the admins they appoint.

Owners are fixed in ``bot.owners`` so that a broken database can never lock them out; admins
live in the ``Admin`` table, and every grant or revoke is audited (and undoable). Telegram ids
exceed 32 bits, so they are kept in the JSON snapshots rather than ``col(AuditEntry.entity_id)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.knowledge import audit
from policybot.knowledge.database import session_scope, take_turns
from policybot.knowledge.models import Admin, utcnow


class AccessError(ValueError):
    """A grant or revoke that cannot be done; the message is shown to the user (Chinese)."""


@dataclass(frozen=True)
class Rights:
    """The owners from the configuration, and the question every guard asks."""

    owners: frozenset[int]

    @classmethod
    def of(cls, owners: Iterable[int]) -> Rights:
        return cls(frozenset(owners))

    def is_owner(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.owners

    def is_admin(self, engine: Engine, user_id: int | None) -> bool:
        """Owners are always admins; others need a row in the ``Admin`` table."""
        if user_id is None:
            return False
        if self.is_owner(user_id):
            return True
        with Session(engine) as session:
            return session.get(Admin, user_id) is not None


def grant(engine: Engine, actor_id: int, user_id: int, *, now: datetime | None = None) -> bool:
    """Make ``user_id`` an admin; False when they already were one."""
    with session_scope(engine) as session:
        take_turns(session)  # of two grants at once, the second says "already" (no IntegrityError)
        if session.get(Admin, user_id) is not None:
            return False
        stamp = now or utcnow()
        session.add(Admin(user_id=user_id, granted_by=actor_id, granted_at=stamp))
        audit.record(
            session,
            actor_id=actor_id,
            action="grant",
            entity_kind=audit.ADMIN,
            entity_id=None,
            before=None,
            after={"user_id": user_id},
            now=stamp,
        )
        return True


def revoke(
    engine: Engine, rights: Rights, actor_id: int, user_id: int, *, now: datetime | None = None
) -> bool:
    """Take admin rights away; False when the user had none. Owners cannot be revoked here."""
    if rights.is_owner(user_id):
        raise AccessError("该用户是配置文件中的所有者,不能在聊天中撤销。")
    with session_scope(engine) as session:
        take_turns(session)  # two revokes at once were both recorded, each undoable into a grant
        admin = session.get(Admin, user_id)
        if admin is None:
            return False
        session.delete(admin)
        audit.record(
            session,
            actor_id=actor_id,
            action="revoke",
            entity_kind=audit.ADMIN,
            entity_id=None,
            before={"user_id": user_id, "granted_by": admin.granted_by},
            after=None,
            now=now,
        )
        return True


def list_admins(engine: Engine) -> list[Admin]:
    with Session(engine) as session:
        return list(session.exec(select(Admin).order_by(col(Admin.granted_at))))
