"""Which Telegram updates were already taken on: a redelivered update is answered only once.

Telegram redelivers an update when the acknowledging ``getUpdates`` offset never arrived (a
crash between fetching and the next poll) or a webhook answer was lost; several webhook workers
may even receive the same update. Claiming the id with one conditional write decides, across
processes, who handles it. Ids are remembered for ``REMEMBER_FOR`` only, and an old entry is
claimed afresh, because Telegram may restart update ids at a random value after a week idle:
"drop every id ≤ the last one" would then drop every new update.

The claim is taken *before* the update is handled, so a crash in the middle of handling leaves
that one update unanswered rather than answered twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import Insert, delete, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from policybot.knowledge.models import HandledUpdate, table_of

REMEMBER_FOR = timedelta(days=1)
_TABLE = table_of(HandledUpdate)


def claim_update(engine: Engine, update_id: int, now: datetime) -> bool:
    """True when this process may handle ``update_id``; False for a recent repeat."""
    with engine.begin() as connection:
        if connection.execute(_insert_statement(connection, update_id, now)).first():
            return True
        renewed = connection.execute(
            update(HandledUpdate)
            .where(_TABLE.c.update_id == update_id, _TABLE.c.handled_at < now - REMEMBER_FOR)
            .values(handled_at=now)
            .returning(_TABLE.c.update_id)
        ).first()
        return renewed is not None


def _insert_statement(connection: Connection, update_id: int, now: datetime) -> Insert:
    """``INSERT … ON CONFLICT DO NOTHING RETURNING``: of two workers racing, one gets the row
    (``rowcount`` is no help: psycopg reports -1 here)."""
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement: Insert = (
        dialect.insert(_TABLE)
        .values(update_id=update_id, handled_at=now)
        .on_conflict_do_nothing(index_elements=["update_id"])
        .returning(_TABLE.c.update_id)
    )
    return statement


def forget_old(engine: Engine, now: datetime) -> int:
    """Delete entries older than ``REMEMBER_FOR``; returns how many."""
    with engine.begin() as connection:
        return connection.execute(
            delete(HandledUpdate).where(_TABLE.c.handled_at < now - REMEMBER_FOR)
        ).rowcount


class UpdateClaims(Protocol):
    """Where a process records the updates it took on (see the module docstring)."""

    def claim(self, update_id: int, now: datetime) -> bool: ...

    def forget_old(self, now: datetime) -> int: ...


@dataclass
class StoredUpdateClaims:
    """The bot's claims: in the database, shared by every worker."""

    engine: Engine

    def claim(self, update_id: int, now: datetime) -> bool:
        return claim_update(self.engine, update_id, now)

    def forget_old(self, now: datetime) -> int:
        return forget_old(self.engine, now)


@dataclass
class LocalUpdateClaims:
    """The offline chat's claims: in memory. Its update ids come from the emulator, not from
    Telegram, so they mean nothing to the bot's shared table, and its ``--now`` clock must not
    prune the bot's entries there."""

    claimed: dict[int, datetime] = field(default_factory=dict)

    def claim(self, update_id: int, now: datetime) -> bool:
        previous = self.claimed.get(update_id)
        if previous is not None and now - previous < REMEMBER_FOR:
            return False
        self.claimed[update_id] = now
        return True

    def forget_old(self, now: datetime) -> int:
        old = [update_id for update_id, at in self.claimed.items() if now - at >= REMEMBER_FOR]
        for update_id in old:
            del self.claimed[update_id]
        return len(old)
