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

from datetime import datetime, timedelta

from sqlalchemy import Insert, delete, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from policybot.knowledge.models import HandledUpdate

REMEMBER_FOR = timedelta(days=1)
_TABLE = HandledUpdate.__table__  # type: ignore[attr-defined]


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
    return (
        dialect.insert(_TABLE)
        .values(update_id=update_id, handled_at=now)
        .on_conflict_do_nothing(index_elements=["update_id"])
        .returning(_TABLE.c.update_id)
    )


def forget_old(engine: Engine, now: datetime) -> int:
    """Delete entries older than ``REMEMBER_FOR``; returns how many."""
    with engine.begin() as connection:
        return connection.execute(
            delete(HandledUpdate).where(_TABLE.c.handled_at < now - REMEMBER_FOR)
        ).rowcount
