"""Which process dispatches reminders: exactly one leader among the workers on one database.

Any number of webhook workers answer lookups, but only the leader runs the dispatcher's tick.
The ledger's claims already stop two dispatchers from sending one row at the same moment; the
leader adds what claims cannot: one sender, so Telegram's 30 messages/s is one process's budget
and the per-chat pacing is one process's memory.

**PostgreSQL**: the leader holds a session-level advisory lock on a dedicated connection (its own
``NullPool`` engine, autocommit, never returned to a pool). The lock lives exactly as long as the
connection: a killed process, a crashed host or a terminated backend releases it, and the next
follower's tick takes it over — no expiry to tune, no clock to trust. The key is derived from
the database and schema, so several bots (or test schemas) on one server do not collide.

**SQLite**: the leader holds an exclusive ``flock`` on ``<database file>.leader``, the same
guarantee on one host: the kernel drops it with the process (``SIGKILL`` included), and a second
``policybot run`` on the file (two webhook workers sharing a port, or a restart whose new
process starts before the old one has stopped) follows until then. Both used to lead, and the
newcomer's first tick handed the running leader's in-flight claims back to ``pending`` and sent
them again: every digest then being sent went out twice. An in-memory database is one process's
own, and that process leads.

**Takeover.** A new leader first returns the rows still ``claimed`` by other workers to
``pending``: their dispatcher is gone (it lost the lock), so waiting for the claim's ten-minute
lease would only delay reminders. A row that a dying leader had already handed to Telegram, but
not yet marked ``sent``, is sent again — the one in-flight window the dispatcher documents.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from sqlalchemy import create_engine, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool
from sqlmodel import col

from policybot.knowledge.reminder_items import ReminderLedger, ReminderStatus

log = logging.getLogger(__name__)

LOCK_NAMESPACE = "policybot"
_TRY_LOCK = text(
    "SELECT pg_try_advisory_lock(hashtext(:namespace), "
    "hashtext(current_database() || '.' || coalesce(current_schema(), '') || '.reminder-dispatcher'))"
)


class Leadership(Protocol):
    """``await ensure()`` each tick: True when this process may dispatch now."""

    is_leader: bool

    async def ensure(self) -> bool: ...

    async def release(self) -> None: ...


def release_orphaned_claims(engine: Engine, worker_id: str) -> int:
    """Claims held by any other worker go back to ``pending``; only a new leader may do this."""
    statement = (
        update(ReminderLedger)
        .where(
            col(ReminderLedger.status) == ReminderStatus.CLAIMED,
            col(ReminderLedger.claimed_by) != worker_id,
        )
        .values(status=ReminderStatus.PENDING, claimed_by=None, claimed_at=None)
    )
    with engine.begin() as connection:
        return connection.execute(statement).rowcount


@dataclass
class SoleLeader:
    """An in-memory SQLite database: no other process can open it, so this one always leads
    (and adopts a crashed run's claims the first time it ticks)."""

    engine: Engine
    worker_id: str
    is_leader: bool = False

    async def ensure(self) -> bool:
        if not self.is_leader:
            released = await asyncio.to_thread(release_orphaned_claims, self.engine, self.worker_id)
            if released:
                log.info("took over %d reminder claims of an earlier run", released)
            self.is_leader = True
        return True

    async def release(self) -> None:
        self.is_leader = False


@dataclass
class FileLockLeader:
    """SQLite: leader while holding an exclusive ``flock`` on ``path`` (``<database>.leader``)."""

    engine: Engine
    worker_id: str
    path: Path
    is_leader: bool = False
    _descriptor: int | None = field(default=None, repr=False)

    async def ensure(self) -> bool:
        was_leader = self.is_leader
        self.is_leader = self._hold_or_try()
        if self.is_leader and not was_leader:
            released = await asyncio.to_thread(release_orphaned_claims, self.engine, self.worker_id)
            log.info(
                "%s leads the reminder dispatch (%d claims taken over)", self.worker_id, released
            )
        return self.is_leader

    def _hold_or_try(self) -> bool:
        if self._descriptor is not None:
            return True
        try:
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            log.warning("cannot open the reminder-dispatch lock %s: %s", self.path, exc)
            return False
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # another process leads
            os.close(descriptor)
            return False
        self._descriptor = descriptor
        return True

    async def release(self) -> None:
        self.is_leader = False
        if self._descriptor is not None:
            with contextlib.suppress(OSError):
                fcntl.flock(self._descriptor, fcntl.LOCK_UN)
            os.close(self._descriptor)
            self._descriptor = None


@dataclass
class AdvisoryLockLeader:
    """PostgreSQL: leader while holding the advisory lock on a connection of its own."""

    engine: Engine
    worker_id: str
    is_leader: bool = False
    _lock_engine: Engine | None = field(default=None, repr=False)
    _connection: Connection | None = field(default=None, repr=False)

    async def ensure(self) -> bool:
        was_leader = self.is_leader
        self.is_leader = await asyncio.to_thread(self._hold_or_try)
        if self.is_leader and not was_leader:
            released = await asyncio.to_thread(release_orphaned_claims, self.engine, self.worker_id)
            log.info(
                "%s leads the reminder dispatch (%d claims taken over)", self.worker_id, released
            )
        elif was_leader and not self.is_leader:
            log.warning("%s lost the reminder-dispatch lock", self.worker_id)
        return self.is_leader

    def _hold_or_try(self) -> bool:
        """Still connected → still holding; otherwise (re)connect and try to take the lock."""
        try:
            connection = self._connect()
            if self.is_leader:
                connection.execute(text("SELECT 1"))
                return True
            return bool(connection.execute(_TRY_LOCK, {"namespace": LOCK_NAMESPACE}).scalar())
        except DBAPIError as exc:
            log.warning("leader connection failed: %s", exc.orig or exc)
            self._discard()
            return False

    def _connect(self) -> Connection:
        if self._connection is None:
            if self._lock_engine is None:
                self._lock_engine = create_engine(
                    self.engine.url, poolclass=NullPool, isolation_level="AUTOCOMMIT"
                )
            self._connection = self._lock_engine.connect()
        return self._connection

    def _discard(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(DBAPIError):
                self._connection.close()
            self._connection = None

    async def release(self) -> None:
        """Unlock, then close: a follower takes over at its next tick.

        Unlocking explicitly matters: after a disconnect the server frees the lock only when
        the backend process has exited, a moment later.
        """
        if self.is_leader and self._connection is not None:
            with contextlib.suppress(DBAPIError):
                await asyncio.to_thread(
                    self._connection.execute, text("SELECT pg_advisory_unlock_all()")
                )
        self.is_leader = False
        await asyncio.to_thread(self._discard)
        if self._lock_engine is not None:
            self._lock_engine.dispose()
            self._lock_engine = None


def elect(engine: Engine, worker_id: str) -> Leadership:
    """The leadership strategy for the engine's database."""
    if engine.dialect.name == "postgresql":
        return AdvisoryLockLeader(engine, worker_id)
    database = engine.url.database
    if database and database != ":memory:" and not database.startswith("file::memory:"):
        return FileLockLeader(engine, worker_id, Path(f"{database}.leader"))
    return SoleLeader(engine, worker_id)
