"""Two bot processes on one database: every reminder is sent exactly once (in one digest).

Each worker has its own engine (its own connections), as two processes would; they plan and
claim concurrently against the real server.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import re
import threading
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from policybot.clock import FakeClock
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.scheduler.dispatcher import DispatcherConfig, ReminderDispatcher
from policybot.scheduler.messages import ReminderMessage, parse_digest_callback
from test_scheduler_support import follow, ingest, milestone, nine_am, plan, timing

CHATS = 40
ITEMS = 3
TICKS = 4


def _run_worker(
    url: str,
    name: str,
    clock: FakeClock,
    barrier: Any,
    sent: Any,
    lock: Any,
    met: Any,
) -> None:
    """One bot: its own engine and dispatcher; ``sent`` and ``lock`` are shared with the test.
    ``met``: a barrier each worker waits at after its first send until the other has sent too,
    so that both take part however the machine schedules them (on a loaded machine one worker
    once sent every digest before the other started, and the race was never run)."""
    engine = make_engine(url)
    first = [True]

    async def send(chat_id: int, message: ReminderMessage) -> int:
        press = parse_digest_callback(message.callbacks[0])
        assert press is not None
        if first[0]:
            first[0] = False
            # (this worker's claims are committed: the other claims on meanwhile; a broken
            # barrier is the other worker finding nothing to send, which ``check`` then says)
            with contextlib.suppress(threading.BrokenBarrierError):
                met.wait(timeout=60)
        await asyncio.sleep(0)  # yield, so the other worker's claims interleave with ours
        # A one-item digest names its item twice (title, then the quote): count items, not mentions
        titles = set(re.findall(r"任务\d+", message.text))
        with lock:
            sent.extend([(name, title, chat_id) for title in titles])  # a proxy list pickles
        return press.digest_id

    dispatcher = ReminderDispatcher(
        engine,
        timing(),
        clock,
        send,
        worker_id=name,
        config=DispatcherConfig(batch_size=7, per_chat_interval=0),
    )

    async def run() -> None:
        for _ in range(TICKS):
            await dispatcher.tick()

    barrier.wait()
    try:
        asyncio.run(run())
    finally:
        engine.dispose()


def test_two_dispatchers_racing_on_postgresql_send_each_reminder_once(postgres_url: str) -> None:
    seed(postgres_url)
    check(race_in_threads(postgres_url))


def test_two_bot_processes_on_postgresql_send_each_reminder_once(postgres_url: str) -> None:
    seed(postgres_url)
    check(race_in_processes(postgres_url))


def test_two_dispatchers_on_one_sqlite_file_send_each_reminder_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'race.db'}"
    seed(url)
    check(race_in_threads(url))


def seed(url: str) -> None:
    engine = make_engine(url)
    upgrade_database(engine)
    ingest(
        engine,
        plan(milestones=[milestone(f"任务{n}", due=date(2018, 12, 31)) for n in range(ITEMS)]),
    )
    for chat in range(1, CHATS + 1):
        follow(engine, -chat, "全部")
    engine.dispose()


def race_in_threads(url: str) -> list[tuple[str, int, int]]:
    clock = FakeClock(nine_am(date(2018, 12, 1)))
    barrier, met = threading.Barrier(2), threading.Barrier(2)
    sent: list[tuple[str, int, int]] = []
    lock = threading.Lock()
    errors: list[BaseException] = []

    def guarded(name: str) -> None:
        try:
            _run_worker(url, name, clock, barrier, sent, lock, met)
        except BaseException as exc:  # surfaced below, with the thread's name
            errors.append(exc)

    threads = [threading.Thread(target=guarded, args=(name,)) for name in ("bot-a", "bot-b")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    return sent


def race_in_processes(url: str) -> list[tuple[str, int, int]]:
    """Two real processes (spawned: nothing shared but the database and a result list)."""
    context = multiprocessing.get_context("spawn")
    clock = FakeClock(nine_am(date(2018, 12, 1)))
    with context.Manager() as manager:
        sent = manager.list()
        lock = manager.Lock()
        barrier, met = context.Barrier(2), context.Barrier(2)
        workers = [
            context.Process(target=_run_worker, args=(url, name, clock, barrier, sent, lock, met))
            for name in ("bot-a", "bot-b")
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=120)
        assert [worker.exitcode for worker in workers] == [0, 0]
        return list(sent)


def check(sent: list[tuple[str, str, int]]) -> None:
    """Every item reached every chat exactly once, in one digest or another."""
    per_pair = Counter((chat, title) for _, title, chat in sent)
    assert len(per_pair) == CHATS * ITEMS
    assert set(per_pair.values()) == {1}, [pair for pair, n in per_pair.items() if n > 1]
    assert {name for name, _, _ in sent} == {"bot-a", "bot-b"}  # both really took part
