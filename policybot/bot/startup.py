"""Start-up work that several workers must not do at the same time.

``policybot run`` migrates the schema and loads the seed plans into an empty store. Workers
started together (``systemctl start policybot@1 policybot@2``) would race: Alembic does not lock,
and two seed loads could both find the store empty. On PostgreSQL a blocking advisory lock
(``pg_advisory_lock``, on a connection of its own) makes them take turns; the second finds the
work done. SQLite is one process: nothing to serialise.

The wait is bounded (``lock_timeout``): a worker stuck while holding the lock (a migration
waiting on a table another client locked, a hung seed load) would otherwise keep every other
worker from starting, silently and for ever. After ``STARTUP_WAIT_SECONDS`` the waiting one stops
with ``StartupLockTimeout``, saying what it waited for and how to find the holder.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from policybot.knowledge.database import normalise_url

_KEY = "hashtext(current_database() || '.' || coalesce(current_schema(), '') || '.startup')"
# Far longer than migrating and loading the seed plans should take: a holder past it is stuck.
STARTUP_WAIT_SECONDS = 600
_LOCK_NOT_AVAILABLE = "55P03"  # PostgreSQL's SQLSTATE when lock_timeout ends a wait


class StartupLockTimeout(RuntimeError):
    """Another worker held the start-up lock longer than this one would wait."""


@contextmanager
def startup_lock(database_url: str, wait_seconds: float = STARTUP_WAIT_SECONDS) -> Iterator[None]:
    """Held for the duration of the ``with`` block, by one process per database at a time;
    ``StartupLockTimeout`` when another holds it for more than ``wait_seconds``."""
    url = normalise_url(database_url)
    if make_url(url).get_backend_name() != "postgresql":
        yield
        return
    engine = create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            _lock(connection, wait_seconds)
            try:
                yield
            finally:
                connection.execute(
                    text(f"SELECT pg_advisory_unlock(hashtext('policybot'), {_KEY})")
                )
    finally:
        engine.dispose()


def _lock(connection: Connection, wait_seconds: float) -> None:
    # The connection is this lock's own: the setting bounds only this wait (and the unlock).
    connection.execute(
        text("SELECT set_config('lock_timeout', :wait, false)"),
        {"wait": f"{max(1, round(wait_seconds * 1000))}ms"},
    )
    try:
        connection.execute(text(f"SELECT pg_advisory_lock(hashtext('policybot'), {_KEY})"))
    except OperationalError as error:
        if getattr(error.orig, "sqlstate", None) != _LOCK_NOT_AVAILABLE:
            raise
        raise StartupLockTimeout(
            f"another policybot worker has held the start-up lock of this database for over"
            f" {wait_seconds:g} s (migrating the schema or loading the seed plans): if none is"
            " starting, find the stuck one with SELECT pid, state, query FROM pg_stat_activity"
            " JOIN pg_locks USING (pid) WHERE locktype = 'advisory', stop it, and start again"
        ) from None
