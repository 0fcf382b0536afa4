"""The database failing under a running bot, and a crash in the middle of an ingest.

The PostgreSQL server goes away mid-run (a cluster of the test's own, stopped and started
again): users get a short "服务暂时不可用" instead of silence, a reminder tick fails without
losing anything, and once the server is back the bot answers and sends on its own
(``pool_pre_ping`` replaces the dead connections). A ``policybot ingest`` killed with SIGKILL
leaves only whole documents behind.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, select

from conftest import IN_CI
from emulator_fixtures import Group, real_bot
from lookup_samples import load_samples
from policybot.bot.ops import operations_of
from policybot.bot.reminder_jobs import dispatcher_of
from policybot.clock import FakeClock
from policybot.config import BotSettings, ReminderSettings, Settings
from policybot.handlers.errors import UNAVAILABLE
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.ingest import bundled_seed_paths, ingest_file
from policybot.knowledge.models import Document
from policybot.knowledge.reminder_items import ReminderLedger, ReminderStatus
from policybot.knowledge.store import count_facts
from test_scheduler_support import follow, ingest, milestone, nine_am, plan, utc
from throwaway_postgres import ThrowawayCluster, postgres_bin

USER = 10001
GROUP = -100777
QUESTION = "/rewards 衢州 驰名商标"


@pytest.fixture(scope="module")
def cluster() -> Iterator[ThrowawayCluster]:
    bin_dir = postgres_bin()
    if bin_dir is None:
        if IN_CI:
            pytest.fail("initdb/pg_ctl are missing; with CI=true the database-down test must run")
        pytest.skip("no PostgreSQL server binaries (/usr/lib/postgresql/*/bin) to start a cluster")
    created = ThrowawayCluster.create(bin_dir)
    try:
        created.start()
        yield created
    finally:
        created.destroy()


@pytest.fixture
def pg_engine(cluster: ThrowawayCluster) -> Iterator[Engine]:
    engine = make_engine(cluster.url)
    upgrade_database(engine)
    yield engine
    engine.dispose()


async def test_the_database_going_away_and_coming_back(
    cluster: ThrowawayCluster, pg_engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    load_samples(pg_engine)
    ingest(pg_engine, plan(milestones=[milestone("完成质量强市验收", due=date(2018, 12, 31))]))
    follow(pg_engine, GROUP, "市质监局")
    clock = FakeClock(utc(2018, 11, 20))
    config = Settings(
        bot=replace(BotSettings(load_seeds=False), owners=(4242,)),
        reminders=ReminderSettings(working_days=False),  # 2018-12-01 is a Saturday
    )
    async with real_bot(
        pg_engine,
        config,
        clock=clock,
        groups=(Group(GROUP, members=(USER,)),),
        user_id=USER,
        tick_job=False,
        raise_handler_errors=False,
    ) as bot:
        (before,) = await bot.say(QUESTION)
        assert "100万元" in before.text
        cluster.stop()
        try:
            with caplog.at_level(logging.ERROR):
                replies = await bot.say(QUESTION)
            assert [reply.text for reply in replies] == [UNAVAILABLE]
            assert "database unavailable while handling update" in caplog.text
            operations = operations_of(bot.application.bot_data)
            assert operations is not None and operations.metrics.value(
                "policybot_update_errors_total"
            )
            clock.set(nine_am(date(2018, 12, 1)))
            with pytest.raises(OperationalError):
                await dispatcher_of(bot.application).tick()
        finally:
            cluster.start()
        (after,) = await bot.say(QUESTION)
        assert "100万元" in after.text
        await dispatcher_of(bot.application).tick()
        (reminder,) = bot.emulator.sent_messages(GROUP)
        assert "还有 30 天到期" in reminder.text
        with Session(pg_engine) as session:
            assert [r.status for r in session.exec(select(ReminderLedger))] == [ReminderStatus.SENT]


async def test_a_sqlite_store_that_cannot_be_opened_and_comes_back(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The SQLite file disappears behind the bot (a folder stands in its place, so it cannot
    be opened), then returns: the same short reply meanwhile, answers again afterwards."""
    path = tmp_path / "policybot.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_database(engine)
    load_samples(engine)
    config = Settings(bot=replace(BotSettings(load_seeds=False), owners=(4242,)))
    async with real_bot(
        engine, config, clock=FakeClock(utc(2018, 11, 20)), user_id=USER, raise_handler_errors=False
    ) as bot:
        (before,) = await bot.say(QUESTION)
        assert "100万元" in before.text
        engine.dispose()
        moved = {
            suffix: path.with_name(path.name + suffix + ".away") for suffix in ("", "-wal", "-shm")
        }
        for suffix, away in moved.items():
            if path.with_name(path.name + suffix).exists():
                path.with_name(path.name + suffix).rename(away)
        path.mkdir()
        try:
            with caplog.at_level(logging.ERROR):
                replies = await bot.say(QUESTION)
            assert [reply.text for reply in replies] == [UNAVAILABLE]
            assert "database unavailable" in caplog.text
        finally:
            path.rmdir()
            for suffix, away in moved.items():
                if away.exists():
                    away.rename(path.with_name(path.name + suffix))
        (after,) = await bot.say(QUESTION)
        assert "100万元" in after.text
    engine.dispose()


# -- a crash in the middle of an ingest ---------------------------------------------------------


def plan_folder(folder: Path, copies: int) -> list[Path]:
    """The seed plans, each copied with a distinct last line, so every file is a new document."""
    folder.mkdir()
    written = []
    for number in range(copies):
        for seed in bundled_seed_paths():
            path = folder / f"{number:03d}_{seed.name}"
            path.write_text(seed.read_text(encoding="utf-8") + f"\n(副本 {number})\n", "utf-8")
            written.append(path)
    return written


def test_a_killed_ingest_leaves_only_whole_documents(db_url: str, tmp_path: Path) -> None:
    files = plan_folder(tmp_path / "plans", copies=6)
    environment = {**os.environ, "POLICYBOT_DB_URL": db_url, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "-m", "policybot.bot.cli", "ingest", str(tmp_path / "plans")]
    process = subprocess.Popen(
        command, cwd=tmp_path, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        first = process.stdout.readline().decode()  # type: ignore[union-attr]
        assert first.startswith("created"), process.stderr.read().decode()  # type: ignore[union-attr]
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL
    stored = make_engine(db_url)
    reference = make_engine(f"sqlite:///{tmp_path / 'reference.db'}")
    upgrade_database(reference)
    with Session(stored) as session:
        documents = list(session.exec(select(Document)))
        assert 1 <= len(documents) < len(files), "killed before the end, after the first"
        by_name = {path.name: path for path in files}
        for document in documents:
            fresh = ingest_file(reference, by_name[Path(document.source).name]).result
            assert fresh is not None
            assert count_facts(session, document.id) == fresh.counts, document.source
    stored.dispose()
    reference.dispose()


def test_only_an_unreachable_database_is_called_unavailable() -> None:
    from sqlalchemy.exc import IntegrityError

    from policybot.handlers.errors import database_unavailable

    down = OperationalError("select 1", {}, Exception("connection refused"))
    broken_query = IntegrityError("insert", {}, Exception("duplicate key"))
    assert database_unavailable(down) and not database_unavailable(broken_query)
    assert not database_unavailable(RuntimeError("a bug"))


KILL_AT_STATEMENT = r"""
import os, signal, sys
from sqlalchemy import event
from policybot.knowledge.database import make_engine, upgrade_database
engine = make_engine("sqlite:///" + sys.argv[1])
target = int(sys.argv[2])
seen = [0]

@event.listens_for(engine, "connect")
def count_statements(driver_connection, _record):
    def on_statement(_sql):
        seen[0] += 1
        if seen[0] == target:
            os.kill(os.getpid(), signal.SIGKILL)
    driver_connection.set_trace_callback(on_statement)

upgrade_database(engine, *sys.argv[3:])
print(seen[0])
"""


def _schema(path: Path) -> list[tuple[str, str, str]]:
    import sqlite3

    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        )
        return sorted(rows, key=str)


def _upgrade_killed_at(path: Path, statement: int, *revision: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", KILL_AT_STATEMENT, str(path), str(statement), *revision],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_migration_killed_at_any_statement_is_finished_by_the_next_upgrade(
    tmp_path: Path,
) -> None:
    """pysqlite committed each CREATE on its own: a first start killed half-way left tables
    that every later upgrade tripped over ("table admin already exists"), a store that could
    never start again. The whole upgrade is one transaction now."""
    reference = tmp_path / "reference.db"
    complete = _upgrade_killed_at(reference, 0)
    assert complete.returncode == 0, complete.stderr
    statements = int(complete.stdout.split()[-1])
    for statement in (3, statements // 3, 2 * statements // 3, statements - 1):
        store = tmp_path / f"killed-{statement}.db"
        killed = _upgrade_killed_at(store, statement)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        upgrade_database(make_engine(f"sqlite:///{store}"))
        assert _schema(store) == _schema(reference), f"killed at statement {statement}"


def test_an_upgrade_of_a_store_with_data_killed_half_way_keeps_the_data(tmp_path: Path) -> None:
    """The batch migrations copy a table through ``_alembic_tmp_*``; a kill there used to leave
    the copy behind and every re-run failed on it."""
    import shutil
    import sqlite3

    old = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{old}")
    upgrade_database(engine, "0004_tasks_and_reward_conditions")
    engine.dispose()
    connection = sqlite3.connect(old)
    with connection:
        for item_id in (1, 2, 3):
            connection.execute(
                "INSERT INTO reminder_ledger (item_kind, item_id, chat_id, fire_at, status,"
                " lead_days, due_date, attempts, late) VALUES ('milestone', ?, -100111,"
                " '2019-01-21 01:00:00', 'sent', 0, '2019-01-22', 0, 0)",
                (item_id,),
            )
    connection.close()  # the last connection checkpoints the WAL into the file copied below
    rehearsal = tmp_path / "rehearsal.db"
    shutil.copy(old, rehearsal)
    complete = _upgrade_killed_at(rehearsal, 0, "head")
    assert complete.returncode == 0, complete.stderr
    statements = int(complete.stdout.split()[-1])
    for statement in (statements // 2, statements - 1):
        store = tmp_path / f"killed-{statement}.db"
        shutil.copy(old, store)
        killed = _upgrade_killed_at(store, statement, "head")
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        upgrade_database(make_engine(f"sqlite:///{store}"))
        assert _schema(store) == _schema(rehearsal), f"killed at statement {statement}"
        with sqlite3.connect(store) as connection:
            (rows,) = connection.execute("SELECT count(*) FROM reminder_ledger").fetchone()
        assert rows == 3
