"""One dispatching worker among many: the advisory-lock leader on PostgreSQL, a file lock on SQLite.

The decisive test kills the leading worker process with SIGKILL in the middle of a fan-out (half
its sends are held by the emulator, unanswered) and shows the follower taking over and every
chat receiving its reminder exactly once.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections.abc import AsyncIterator, Callable
from datetime import date
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy import text, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from free_ports import free_ports
from policybot.bot.emulator import BotApiEmulator
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.models import Document
from policybot.knowledge.reminder_items import ReminderLedger, ReminderStatus
from policybot.scheduler.leader import AdvisoryLockLeader, FileLockLeader, SoleLeader, elect
from test_scheduler_support import follow, ingest, milestone, plan

WORKER = Path(__file__).with_name("leader_worker.py")
SEED_PLANS = len(list((Path(__file__).parents[1] / "policybot" / "seeds").glob("*.txt")))
CHATS = 12
HELD = range(CHATS // 2 + 1, CHATS + 1)  # the emulator holds the sends to these chats


@pytest.fixture
def pg_engine(postgres_url: str) -> AsyncIterator[Engine]:
    engine = make_engine(postgres_url)
    upgrade_database(engine)
    yield engine
    engine.dispose()


def test_an_in_memory_sqlite_database_has_one_process_and_it_leads() -> None:
    engine = make_engine("sqlite://")
    assert isinstance(elect(engine, "only"), SoleLeader)
    engine.dispose()


async def test_a_sqlite_file_is_led_by_whoever_holds_its_lock(sqlite_engine: Engine) -> None:
    leadership = elect(sqlite_engine, "only")  # more in test_leader_sqlite
    assert isinstance(leadership, FileLockLeader)
    try:
        assert await leadership.ensure() and await leadership.ensure()
    finally:
        await leadership.release()


async def test_one_advisory_lock_leader_at_a_time(pg_engine: Engine) -> None:
    first, second = AdvisoryLockLeader(pg_engine, "a"), AdvisoryLockLeader(pg_engine, "b")
    try:
        assert await first.ensure() is True
        assert await second.ensure() is False
        assert await first.ensure() is True  # holding, not re-acquiring
        await first.release()
        assert await second.ensure() is True
        assert await first.ensure() is False
    finally:
        await first.release()
        await second.release()


async def test_a_leader_whose_connection_dies_loses_and_the_follower_takes_over(
    pg_engine: Engine,
) -> None:
    leader, follower = AdvisoryLockLeader(pg_engine, "a"), AdvisoryLockLeader(pg_engine, "b")
    try:
        assert await leader.ensure()
        assert not await follower.ensure()
        assert leader._connection is not None
        pid = leader._connection.execute(text("select pg_backend_pid()")).scalar()
        with pg_engine.begin() as connection:
            connection.execute(text("select pg_terminate_backend(:pid)"), {"pid": pid})
        assert await leader.ensure() is False
        await until_async(follower.ensure)  # the server frees the lock as the backend exits
    finally:
        await leader.release()
        await follower.release()


async def test_a_new_leader_takes_over_the_claims_of_the_dead_one(pg_engine: Engine) -> None:
    seed(pg_engine)
    dead, heir = AdvisoryLockLeader(pg_engine, "dead"), AdvisoryLockLeader(pg_engine, "heir")
    try:
        assert await dead.ensure()
        assert ledger_statuses(pg_engine) == {}  # nothing planned yet: plan by hand
        plan_rows(pg_engine)
        with pg_engine.begin() as connection:
            connection.execute(
                update(ReminderLedger).values(status=ReminderStatus.CLAIMED, claimed_by="dead")
            )
        await dead.release()
        assert await heir.ensure()
        assert ledger_statuses(pg_engine) == {ReminderStatus.PENDING: CHATS}
    finally:
        await heir.release()


async def test_killing_the_leader_mid_fan_out_sends_each_reminder_exactly_once(
    postgres_url: str, pg_engine: Engine
) -> None:
    seed(pg_engine)
    async with BotApiEmulator() as emulator:
        for chat in range(1, CHATS + 1):
            emulator.add_group(-chat, members=(1,))
            if chat in HELD:
                emulator.inject_fault("sendMessage", "timeout", chat_id=-chat, hold_seconds=60)
        first = await start_worker(postgres_url, emulator, "bot-a")
        second = None
        try:
            assert await first.role() == "leader"
            second = await start_worker(postgres_url, emulator, "bot-b")
            assert await second.role() == "follower"

            # bot-a has sent to the first half and hangs in the sends to the second half.
            await until(lambda: count(pg_engine, ReminderStatus.SENT) == CHATS // 2)
            await until(lambda: count(pg_engine, ReminderStatus.CLAIMED) == CHATS // 2)
            first.kill()
            await first.process.wait()
            emulator.clear_faults()

            assert await second.role() == "leader"
            await until(lambda: count(pg_engine, ReminderStatus.SENT) == CHATS)
        finally:
            for worker in (first, second):
                if worker is not None:
                    worker.kill()
                    await worker.process.wait()

        per_chat = {chat: len(emulator.sent_messages(-chat)) for chat in range(1, CHATS + 1)}
        assert per_chat == dict.fromkeys(range(1, CHATS + 1), 1)
        with Session(pg_engine) as session:
            senders = {-row.chat_id: row.claimed_by for row in session.exec(select(ReminderLedger))}
        assert {senders[chat] for chat in HELD} == {"bot-b"}


class Worker:
    def __init__(self, process: asyncio.subprocess.Process) -> None:
        self.process = process

    async def role(self, timeout: float = 30.0) -> str:
        assert self.process.stdout is not None
        async with asyncio.timeout(timeout):
            line = await self.process.stdout.readline()
        if not line:
            stderr = await self.process.stderr.read() if self.process.stderr else b""
            raise AssertionError(f"worker exited: {stderr.decode()[-2000:]}")
        return line.decode().strip()

    def kill(self) -> None:
        if self.process.returncode is None:
            self.process.kill()  # SIGKILL: no clean-up, the connection just drops


async def start_worker(url: str, emulator: BotApiEmulator, name: str) -> Worker:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(WORKER),
        url,
        emulator.base_url,
        emulator.token,
        name,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(WORKER.parent)},
    )
    return Worker(process)


async def until_async(condition: Callable[[], Any], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not await condition():
        if time.monotonic() > deadline:
            raise TimeoutError("condition not reached")
        await asyncio.sleep(0.02)


async def until(condition: Callable[[], bool], timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not await asyncio.to_thread(condition):
        if time.monotonic() > deadline:
            raise TimeoutError("condition not reached")
        await asyncio.sleep(0.05)


def seed(engine: Engine) -> None:
    ingest(engine, plan(milestones=[milestone("完成验收", due=date(2018, 12, 31))]))
    for chat in range(1, CHATS + 1):
        follow(engine, -chat, "全部")


def plan_rows(engine: Engine) -> None:
    from datetime import UTC, datetime

    from policybot.scheduler.dispatcher import plan_due
    from test_scheduler_support import timing

    plan_due(engine, timing(), datetime(2018, 12, 1, 1, 0, tzinfo=UTC))


def count(engine: Engine, status: str) -> int:
    return ledger_statuses(engine).get(status, 0)


def ledger_statuses(engine: Engine) -> dict[str, int]:
    with Session(engine) as session:
        statuses = session.exec(select(ReminderLedger.status)).all()
    counts: dict[str, int] = {}
    for status in statuses:
        counts[status] = counts.get(status, 0) + 1
    return counts


async def test_two_webhook_workers_one_leader_and_a_clean_handover(
    postgres_url: str, tmp_path: Path
) -> None:
    """Two ``policybot run`` processes started together on an empty database: they take turns
    to migrate and seed it, one leads the dispatch, and SIGTERM hands the lead over."""
    async with BotApiEmulator() as emulator, aiohttp.ClientSession() as http:
        ports = free_ports(2)
        workers = [await start_run(emulator, postgres_url, port, tmp_path) for port in ports]
        try:
            roles = await until_roles(http, ports, lambda roles: sorted(roles) == [0, 1])
            engine = make_engine(postgres_url)
            with Session(engine) as session:
                documents = session.exec(select(Document)).all()
            engine.dispose()
            assert len(documents) == len({d.content_hash for d in documents}) == SEED_PLANS
            leader = roles.index(1)
            workers[leader].send_signal(signal.SIGTERM)
            async with asyncio.timeout(20):
                assert await workers[leader].wait() == 0
            follower = 1 - leader
            await until_roles(http, [ports[follower]], lambda roles: roles == [1])
        finally:
            for process in workers:
                if process.returncode is None:
                    process.kill()
                    await process.wait()


async def start_run(
    emulator: BotApiEmulator, url: str, port: int, folder: Path
) -> asyncio.subprocess.Process:
    config = folder / f"worker-{port}.toml"
    config.write_text(
        f'[telegram]\ntoken = "{emulator.token}"\nbase_url = "{emulator.base_url}"\n'
        f'mode = "webhook"\nwebhook_url = "https://bot.example.org/telegram"\n'
        f'webhook_port = {port}\nwebhook_secret = "s3cret"\n'
        f'[database]\nurl = "{url}"\n[reminders]\ntick_seconds = 1\n'
        f'[bot]\ndata_dir = "{folder}"\n',  # shared by the workers; not the repository's ./var
        encoding="utf-8",
    )
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "policybot.bot.cli", "--config", str(config), "run",
        stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip


async def until_roles(
    http: aiohttp.ClientSession, ports: list[int], done: Callable[[list[int]], bool]
) -> list[int]:
    """Polls each worker's /metrics until ``done(leader gauges)``; returns the gauges.

    The bound only catches a hang: each worker starts a whole bot (store, seeds, scheduler), which
    took over 60 s on a 2-core machine at load average 7-9 while other suites ran beside it."""
    async with asyncio.timeout(180):
        while True:
            roles = [await leader_gauge(http, port) for port in ports]
            if None not in roles and done(roles):  # type: ignore[arg-type]
                return roles  # type: ignore[return-value]
            await asyncio.sleep(0.1)


async def leader_gauge(http: aiohttp.ClientSession, port: int) -> int | None:
    try:
        async with http.get(f"http://127.0.0.1:{port}/metrics") as response:
            text_body = await response.text()
    except aiohttp.ClientConnectionError:
        return None
    for line in text_body.splitlines():
        if line.startswith("policybot_scheduler_leader "):
            return int(float(line.split()[1]))
    return None
