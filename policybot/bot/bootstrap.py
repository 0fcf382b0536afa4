"""Opening the store the way every entry point needs it: migrated, seeded when empty, and with
the start-up caches of the data directory in use.

Each step is cheap when there is nothing to do — the schema check skips Alembic at head, the
seed check skips the extractor's import when the store holds documents — because every
``policybot ask`` pays for all of them (see ``benchmarks/startup.py``).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Engine, make_url

from policybot.config import Settings
from policybot.knowledge import vocabulary
from policybot.knowledge.database import make_engine, normalise_url, upgrade_database
from policybot.knowledge.index_cache import IndexCache
from policybot.knowledge.queries import has_documents
from policybot.knowledge.rereading import reread_stale_documents

CACHE_FOLDER = "cache"


def open_store(
    settings: Settings, *, seed: bool | None = None, now: datetime | None = None
) -> Engine:
    """An engine on the configured database, upgraded to the current schema.

    ``seed`` defaults to the ``bot.load_seeds`` setting: the bundled plans go into an empty store,
    stamped ``now`` (the caller's clock: ``chat --now 2018-…`` loads them in 2018, so /history
    shows an upload made next after them, not under them).
    """
    vocabulary.use_cache_dir(cache_dir(settings))  # before anything segments text
    engine = make_engine(settings.database.url, echo=settings.database.echo)
    upgrade_database(engine)
    reread_stale_documents(engine, now=now)  # what a migration asks to be read again (0019)
    if (settings.bot.load_seeds if seed is None else seed) and not has_documents(engine):
        from policybot.knowledge.ingest import load_seeds_if_empty

        load_seeds_if_empty(engine, now=now)
    return engine


def data_dir(settings: Settings) -> Path:
    """``bot.data_dir``, else the SQLite database's folder, else ``./var``."""
    if settings.bot.data_dir:
        return Path(settings.bot.data_dir)
    url = make_url(normalise_url(settings.database.url))
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(url.database).parent
    return Path("var")


def cache_dir(settings: Settings) -> Path:
    """Where jieba's dictionary cache and the saved answer indexes live."""
    return data_dir(settings) / CACHE_FOLDER


def saved_indexes(settings: Settings) -> IndexCache:
    """The answer indexes saved in the data directory for the configured database."""
    return IndexCache(cache_dir(settings), settings.database.url)
