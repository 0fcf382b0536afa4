"""Shared fixtures: a migrated database on SQLite and on PostgreSQL.

Store tests take the ``engine`` fixture and so run once per backend. PostgreSQL tests must run
under ``CI=true``; elsewhere they skip, with the reason, when no server answers. Each PostgreSQL
test gets a schema of its own, so tests (and developers) sharing one server never collide.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine

from policybot.bot.harness import OfflineHarness
from policybot.knowledge.database import make_engine, normalise_url, upgrade_database
from policybot.knowledge.ingest import load_seeds_if_empty

PG_URL = os.environ.get("POLICYBOT_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() == "true"
REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = REPO_ROOT.parent / "shared"


def _postgres_problem() -> str | None:
    """None when the server answers, else why not."""
    try:
        probe = create_engine(normalise_url(PG_URL), connect_args={"connect_timeout": 3})
        with probe.connect() as connection:
            connection.execute(text("select 1"))
        probe.dispose()
    except Exception as exc:
        return f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
    return None


@pytest.fixture(scope="session")
def postgres_base_url() -> str:
    problem = _postgres_problem()
    if problem:
        message = f"PostgreSQL at {PG_URL} is not reachable ({problem})"
        if IN_CI:
            pytest.fail(f"{message}; with CI=true the PostgreSQL tests must run")
        pytest.skip(message)
    return PG_URL


def _schema_url(base_url: str, schema: str) -> str:
    separator = "&" if "?" in base_url else "?"
    return f"{base_url}{separator}options=-csearch_path%3D{schema}"


@pytest.fixture
def postgres_url(postgres_base_url: str) -> Iterator[str]:
    """A throwaway schema on the real server, dropped afterwards."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(normalise_url(postgres_base_url))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _schema_url(postgres_base_url, schema)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'policybot.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    """A migrated, empty knowledge store on each backend."""
    created = make_engine(db_url)
    upgrade_database(created)
    yield created
    created.dispose()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    """A migrated SQLite store, for tests whose subject is not the database."""
    created = make_engine(f"sqlite:///{tmp_path / 'policybot.db'}")
    upgrade_database(created)
    yield created
    created.dispose()


@pytest.fixture(scope="session")
def seeds_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite store holding the bundled plans, ingested once per run.

    Ingesting the seeds takes seconds and a dozen modules need them; they take a copy
    (``seeded_sqlite_path``), so no test can change what another one reads.
    """
    path = tmp_path_factory.mktemp("seeds-template") / "seeds.db"
    created = make_engine(f"sqlite:///{path}")
    upgrade_database(created)
    outcomes = load_seeds_if_empty(created)
    assert outcomes and all(outcome.error is None for outcome in outcomes)
    created.dispose()
    return path


@pytest.fixture(scope="module")
def seeded_sqlite_path(seeds_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This module's own copy of the seeded store (see ``seeds_template``)."""
    path = tmp_path_factory.mktemp("seeded") / "seeds.db"
    path.write_bytes(seeds_template.read_bytes())
    return path


@pytest.fixture(scope="module")
def seeded_url(seeded_sqlite_path: Path) -> str:
    return f"sqlite:///{seeded_sqlite_path}"


@pytest.fixture(scope="module")
def seeded(seeded_sqlite_path: Path) -> Iterator[Engine]:
    """One engine on this module's seeded store, shared by all its tests (what one writes, the
    later ones see): for modules that mostly read it, where a copy per test (``seeded_engine``)
    would be built for nothing."""
    engine = make_engine(f"sqlite:///{seeded_sqlite_path}")
    yield engine
    engine.dispose()


@pytest.fixture
def seeded_engine(seeded_sqlite_path: Path, tmp_path: Path) -> Iterator[Engine]:
    """A store of the bundled plans for one test alone: a copy of the module's seeded store,
    so what a test changes (a /report, an edit) reaches no other test."""
    copy = tmp_path / "store.db"
    copy.write_bytes(seeded_sqlite_path.read_bytes())
    created = make_engine(f"sqlite:///{copy}")
    yield created
    created.dispose()


@pytest.fixture
def seeded_cli(seeded_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The command line (``cli.main``) on this module's seeded store, with no token and a
    working directory of its own."""
    monkeypatch.setenv("POLICYBOT_DB_URL", seeded_url)
    monkeypatch.delenv("POLICYBOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    return seeded_url


# -- the admin bot with the sample plan stored ---------------------------------------------------


async def _plan_bot(engine: Engine) -> AsyncIterator[OfflineHarness]:
    from test_admin_samples import PLAN_V1, admin_bot

    async with admin_bot(engine) as harness:
        await harness.upload(PLAN_V1.encode(), filename="p.txt")
        await harness.press("确认入库")
        yield harness


@pytest.fixture
async def plan_bot(engine: Engine) -> AsyncIterator[OfflineHarness]:
    """The real Application through the emulator, as ``test_admin_samples.ADMIN`` (owner
    ``OWNER``), with the sample plan uploaded and confirmed (document #1); on both stores."""
    async for harness in _plan_bot(engine):
        yield harness


@pytest.fixture
async def sqlite_plan_bot(sqlite_engine: Engine) -> AsyncIterator[OfflineHarness]:
    """``plan_bot`` on SQLite only."""
    async for harness in _plan_bot(sqlite_engine):
        yield harness
