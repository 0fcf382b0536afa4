"""Opening the store the way every entry point needs it: migrated, and seeded when empty."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from policybot.bot.config import Settings
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.ingest import load_seeds_if_empty


def open_store(settings: Settings, *, seed: bool | None = None) -> Engine:
    """An engine on the configured database, upgraded to the current schema.

    ``seed`` defaults to the ``bot.load_seeds`` setting: the bundled plans go into an empty store.
    """
    engine = make_engine(settings.database.url, echo=settings.database.echo)
    upgrade_database(engine)
    if settings.bot.load_seeds if seed is None else seed:
        load_seeds_if_empty(engine)
    return engine


def configure_logging(settings: Settings) -> None:
    """Plain or JSON lines (``logging.json``), with the bot token redacted: see ``bot.logs``."""
    from policybot.bot.logs import configure_logging as configure

    configure(settings)
