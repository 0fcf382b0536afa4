"""The names of the people who change the store (``KnownUser``): remembered from the update of
each change, shown by /history instead of bare ids. This module alone writes and reads the table;
the audit log keeps the name each change was made under (``shown_name``), so /history does not
rename old changes when a person renames.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.knowledge.clipping import NAME_LIMIT, clip
from policybot.knowledge.database import session_scope
from policybot.knowledge.models import KnownUser, utcnow


@dataclass(frozen=True)
class PersonName:
    full_name: str | None
    username: str | None

    def shown(self) -> str | None:
        """``张三 (@zhang_san)``, ``张三``, ``@zhang_san``; None when nothing is known."""
        name = clip(self.full_name or "", NAME_LIMIT)
        handle = f"@{clip(self.username, NAME_LIMIT)}" if self.username else ""
        if name and handle:
            return f"{name} ({handle})"
        return name or handle or None


def remember(
    engine: Engine,
    user_id: int,
    full_name: str | None,
    username: str | None,
    *,
    now: datetime | None = None,
) -> None:
    """Keep the person's current name; writes only when it changed (changes are rare).

    The write is one ``INSERT … ON CONFLICT DO UPDATE``: the same admin acting in two chats at
    once (or on two workers) made a read-then-insert fail on the key, and the action with it.
    """
    with session_scope(engine) as session:
        known = session.get(KnownUser, user_id)
        if known is not None and (known.full_name, known.username) == (full_name, username):
            return
        values = {"full_name": full_name, "username": username, "seen_at": now or utcnow()}
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        statement = (
            dialect.insert(KnownUser)
            .values(user_id=user_id, **values)
            .on_conflict_do_update(index_elements=["user_id"], set_=values)
        )
        session.execute(statement)


def names_of(engine: Engine, user_ids: Iterable[int | None]) -> dict[int, str]:
    """The shown name of each of ``user_ids`` that is known."""
    wanted = sorted({user_id for user_id in user_ids if user_id is not None})
    if not wanted:
        return {}
    with Session(engine) as session:
        rows = session.exec(select(KnownUser).where(col(KnownUser.user_id).in_(wanted)))
        shown = {row.user_id: PersonName(row.full_name, row.username).shown() for row in rows}
    return {user_id: name for user_id, name in shown.items() if name}


def shown_name(session: Session, user_id: int | None) -> str | None:
    """The person's name as known now, inside the caller's transaction (None: not known)."""
    if user_id is None:
        return None
    known = session.get(KnownUser, user_id)
    return PersonName(known.full_name, known.username).shown() if known else None
