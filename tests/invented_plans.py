"""A query service over plans a test invents: each text through the real ingest into its own
SQLite store, asked at a fixed moment. Tests of answering build on it instead of repeating the
engine, migration and ingest steps."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from policybot.clock import FakeClock
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.service import QueryService

ASKED_AT = datetime(2032, 3, 1, 1, tzinfo=UTC)


@contextmanager
def invented_plans_service(
    folder: Path, *plans: str, now: datetime = ASKED_AT
) -> Iterator[QueryService]:
    """The service over ``plans`` (each must be stored), disposed of on exit."""
    engine = make_engine(f"sqlite:///{folder / 'plans.db'}")
    upgrade_database(engine)
    try:
        for number, text in enumerate(plans):
            outcome = ingest_bytes(engine, text.encode("utf-8"), f"plan{number}.txt")
            assert outcome.result is not None, outcome
        yield QueryService(engine, clock=FakeClock(now))
    finally:
        engine.dispose()
