"""Start-up work that several workers must not do at the same time.

``policybot run`` migrates the schema and loads the seed plans into an empty store. Workers
started together (``systemctl start policybot@1 policybot@2``) would race: Alembic does not lock,
and two seed loads could both find the store empty. On PostgreSQL a blocking advisory lock
(``pg_advisory_lock``, on a connection of its own) makes them take turns; the second finds the
work done. SQLite is one process: nothing to serialise.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from policybot.knowledge.database import normalise_url

_KEY = "hashtext(current_database() || '.' || coalesce(current_schema(), '') || '.startup')"


@contextmanager
def startup_lock(database_url: str) -> Iterator[None]:
    """Held for the duration of the ``with`` block, by one process per database at a time."""
    url = normalise_url(database_url)
    if make_url(url).get_backend_name() != "postgresql":
        yield
        return
    engine = create_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f"SELECT pg_advisory_lock(hashtext('policybot'), {_KEY})"))
            try:
                yield
            finally:
                connection.execute(
                    text(f"SELECT pg_advisory_unlock(hashtext('policybot'), {_KEY})")
                )
    finally:
        engine.dispose()
