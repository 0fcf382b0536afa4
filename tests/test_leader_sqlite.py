"""Two processes on one SQLite file: one leads the reminder dispatch (attack round).

``elect`` made every process on an SQLite file a leader ("SQLite is one process"), but nothing
kept a second ``policybot run`` off the file (two webhook workers sharing a port, a restart
whose new process starts before the old one stopped). The newcomer's first tick handed the
running leader's in-flight claims back to ``pending`` and sent them itself: each digest then
being sent went out twice, and the two processes dispatched side by side from then on. Now the
leader holds a ``flock`` on ``<database>.leader``; the kernel drops it with the process, SIGKILL
included, and the follower takes over.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.emulator import BotApiEmulator
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.reminder_items import ReminderLedger, ReminderStatus
from policybot.scheduler.leader import elect
from test_leader import CHATS, HELD, WORKER, Worker, count, seed, until

ROOT = Path(__file__).parents[1]


async def start_worker(url: str, emulator: BotApiEmulator, name: str) -> Worker:
    """``test_leader``'s worker, importing this checkout's ``policybot`` (not an installed one)."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        str(WORKER),
        url,
        emulator.base_url,
        emulator.token,
        name,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(WORKER.parent), str(ROOT)])},
    )
    return Worker(process)


async def test_one_leader_per_sqlite_file(sqlite_engine: Engine) -> None:
    first, second = elect(sqlite_engine, "a"), elect(sqlite_engine, "b")
    try:
        assert await first.ensure() is True
        assert await second.ensure() is False
        assert await first.ensure() is True
        await first.release()
        assert await second.ensure() is True
        assert await first.ensure() is False
    finally:
        await first.release()
        await second.release()


async def test_a_second_process_on_the_file_neither_steals_nor_resends(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'policybot.db'}"
    engine = make_engine(url)
    upgrade_database(engine)
    seed(engine)
    async with BotApiEmulator() as emulator:
        for chat in range(1, CHATS + 1):
            emulator.add_group(-chat, members=(1,))
            if chat in HELD:
                emulator.inject_fault("sendMessage", "timeout", chat_id=-chat, hold_seconds=60)
        first = await start_worker(url, emulator, "bot-a")
        second = None
        try:
            assert await first.role() == "leader"
            # bot-a has sent to the first half and hangs in the sends to the second half.
            await until(lambda: count(engine, ReminderStatus.SENT) == CHATS // 2)
            await until(lambda: count(engine, ReminderStatus.CLAIMED) == CHATS // 2)
            second = await start_worker(url, emulator, "bot-b")
            assert await second.role() == "follower"
            with Session(engine) as session:
                claims = session.exec(
                    select(ReminderLedger.claimed_by).where(
                        ReminderLedger.status == ReminderStatus.CLAIMED
                    )
                ).all()
            assert set(claims) == {"bot-a"}  # its in-flight sends are still its own
            first.kill()  # SIGKILL: the kernel drops the lock with the process
            await first.process.wait()
            emulator.clear_faults()
            assert await second.role() == "leader"
            await until(lambda: count(engine, ReminderStatus.SENT) == CHATS)
        finally:
            for worker in (first, second):
                if worker is not None:
                    worker.kill()
                    await worker.process.wait()
        per_chat = {chat: len(emulator.sent_messages(-chat)) for chat in range(1, CHATS + 1)}
        assert per_chat == dict.fromkeys(range(1, CHATS + 1), 1)
    engine.dispose()
