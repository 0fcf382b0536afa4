"""Engines, sessions and schema migrations for SQLite and PostgreSQL.

The schema is owned by Alembic (``policybot/migrations``): ``upgrade_database`` brings any
database, empty or old, to the current revision, and every command calls it at start. Importing
Alembic and loading its scripts costs a tenth of a second, so a database already at the head
revision (every start but the first after an upgrade) is recognised without Alembic: the heads
are read from the revision files' ``revision``/``down_revision`` lines, and compared with the
``alembic_version`` table.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import event, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlmodel import Session, create_engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.M)


def normalise_url(url: str) -> str:
    """Accept the short ``postgresql://`` form and use the psycopg 3 driver we ship."""
    parsed = make_url(url)
    if parsed.drivername in {"postgresql", "postgres"}:
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str, *, echo: bool = False) -> Engine:
    """Create an engine; for SQLite, create the parent folder and turn on foreign keys and WAL."""
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, echo=echo, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


STORE_WRITES = "documents"
# Far longer than a change of the store should take (the largest, storing one plan, is bounded
# by reading.MAX_FACTS): a holder past it is stuck.
TURN_WAIT_SECONDS = 30


def take_turns(session: Session, name: str = STORE_WRITES) -> None:
    """Make this transaction wait until no other one holding ``name`` is open.

    PostgreSQL's read committed lets two transactions read the same store state and both
    write: two admins confirming two versions of one doc number at the same instant each
    found no active version and stored theirs, two active versions of one document. An
    advisory lock held until commit makes such changes take turns (per database and schema).
    SQLite has one writer at a time, and a transaction's reads after its first write see what
    the one before it committed; but reads *before* it do not wait: two /undo of one admin at
    once (from two chats) both read the same newest entry and both undid it, leaving the one
    before it undone by nobody. So on SQLite the transaction writes first (a statement that
    changes no row still takes the write lock, waiting for the writer before it).
    """
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text("UPDATE bot_state SET key = key WHERE 0 = 1"))
        return
    if session.get_bind().dialect.name != "postgresql":
        return
    # The wait is bounded: a transaction stuck while holding the lock (its worker frozen, its
    # connection idle in transaction) would otherwise hold every later change, each with a
    # pooled connection, until the pool ran dry. Past TURN_WAIT_SECONDS the statement fails
    # (OperationalError, lock_timeout's 55P03) and the user is asked to try again later. The
    # setting is this transaction's and put back at once: later statements wait as before.
    previous = session.execute(text("SELECT current_setting('lock_timeout')")).scalar_one()
    session.execute(
        text("SELECT set_config('lock_timeout', :wait, true)"),
        {"wait": f"{TURN_WAIT_SECONDS * 1000}ms"},
    )
    session.execute(
        text(
            "SELECT pg_advisory_xact_lock(hashtext('policybot'), hashtext(current_database()"
            " || '.' || coalesce(current_schema(), '') || '.' || :name))"
        ),
        {"name": name},
    )
    session.execute(text("SELECT set_config('lock_timeout', :wait, true)"), {"wait": previous})


# PostgreSQL's lock_not_available (lock_timeout), serialization_failure and deadlock_detected.
_PG_LOCK_WAITS = frozenset({"55P03", "40001", "40P01"})


def waited_for_a_lock(error: BaseException | None) -> bool:
    """Whether a statement failed only because another transaction held a lock past the wait
    (SQLite's "database is locked" after its busy timeout; PostgreSQL's lock timeout, a
    serialization failure or a deadlock): the same work a moment later succeeds, unlike a
    database that is down or a query that is wrong."""
    if not isinstance(error, OperationalError):
        return False
    original = error.orig
    if getattr(original, "sqlstate", None) in _PG_LOCK_WAITS:
        return True
    name = getattr(original, "sqlite_errorname", "")
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in str(
        original
    )


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def upgrade_database(engine: Engine, revision: str = "head") -> None:
    """Apply every pending migration (also creates the schema of an empty database)."""
    if revision == "head" and schema_revisions(engine) == script_heads():
        return  # what Alembic would find too, without its import and script loading
    _migrate(engine, "upgrade", revision)


def downgrade_database(engine: Engine, revision: str) -> None:
    """Take the schema back to ``revision`` (an operator rolling a release back; tests that
    need a store as an older release left it, written by today's models and taken back), in
    one transaction as ``upgrade_database`` runs it."""
    _migrate(engine, "downgrade", revision)


def _migrate(engine: Engine, direction: Literal["upgrade", "downgrade"], revision: str) -> None:
    """Alembic's ``upgrade`` or ``downgrade`` to ``revision``, on SQLite in one transaction."""
    from alembic import command

    step = command.upgrade if direction == "upgrade" else command.downgrade
    config = alembic_config(engine)
    if engine.dialect.name != "sqlite":
        step(config, revision)  # PostgreSQL's DDL is transactional already
        return
    with _sqlite_transactional_ddl(engine) as connection:
        config.attributes["connection"] = connection
        step(config, revision)


@contextmanager
def _sqlite_transactional_ddl(engine: Engine) -> Iterator[Connection]:
    """A connection whose whole upgrade is one SQLite transaction, DDL included.

    pysqlite commits before every ``CREATE``/``ALTER``/``DROP`` outside the transaction it
    manages, so a process killed half-way through a migration left tables behind that the
    next upgrade tripped over (``table admin already exists``) and the store never started
    again. With the driver's own transaction handling off, ``BEGIN IMMEDIATE`` makes every
    statement of the upgrade, and the version row, commit together or not at all; it also
    makes a second process starting at the same moment wait for the first.
    """
    with engine.connect() as connection:
        driver_connection = connection.connection.dbapi_connection
        assert driver_connection is not None
        saved_isolation = driver_connection.isolation_level
        driver_connection.isolation_level = None
        # Foreign keys are enforced per statement otherwise, and a table rebuilt the SQLite
        # way (copy, drop, rename: batch mode) cannot be dropped while rows refer to it. The
        # pragma is a no-op inside a transaction, so it goes off before BEGIN, the whole upgrade
        # is checked once before it commits, and it is on again for the pooled connection.
        driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                yield connection
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise RuntimeError(f"migration left a dangling foreign key: {tuple(broken)}")
        finally:
            driver_connection.execute("PRAGMA foreign_keys=ON")
            driver_connection.isolation_level = saved_isolation


def script_heads(versions: Path = MIGRATIONS_DIR / "versions") -> frozenset[str]:
    """The head revisions of the migration scripts: revisions no other script revises."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for script in versions.glob("*.py"):
        for name, value in _REVISION_LINE.findall(script.read_text(encoding="utf-8")):
            parsed = ast.literal_eval(value)
            names = {parsed} if isinstance(parsed, str) else set(parsed or ())
            (revisions if name == "revision" else revised).update(names)
    return frozenset(revisions - revised)


def schema_revisions(engine: Engine) -> frozenset[str] | None:
    """The revisions recorded in ``alembic_version``; None when there is no such table yet."""
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version"))
            return frozenset(row[0] for row in rows)
    except DBAPIError:
        return None


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit on success, roll back everything on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
