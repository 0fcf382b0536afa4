"""A tick that hits a held write lock after claiming gives its claims back to the next tick.

The reminder tick claims due rows (a lease of 10 minutes), then touches, sends and marks them.
When another writer holds the database past the lock wait (SQLite's busy timeout, PostgreSQL's
lock timeout) in between, the tick fails. Its rows used to stay claimed until the lease ran
out, so the digest came 10 minutes late; now the next tick of the same dispatcher releases
them (or, when the messenger had accepted the digest, records it as sent) and they go then,
still exactly once. Another worker's live claim is never taken.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, select

from policybot.clock import FakeClock
from policybot.knowledge.database import waited_for_a_lock
from policybot.knowledge.reminder_items import ReminderLedger, ReminderStatus
from policybot.scheduler import ledger as ledger_module
from policybot.scheduler.dispatcher import DispatcherConfig, ReminderDispatcher
from policybot.scheduler.messages import ReminderMessage
from test_scheduler_support import RecordingSender, follow, ingest, milestone, nine_am, plan, timing

CHATS = [-1, -2, -3]
FIRE = nine_am(date(2018, 12, 1))  # 30 days before 2018-12-31


def short_lock_wait(engine: Engine) -> None:
    """Lock waits of 0.3 s instead of 5 s, on fresh connections (the test takes less time)."""

    def shorten(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        if engine.dialect.name == "sqlite":
            cursor.execute("PRAGMA busy_timeout=300")
        else:
            cursor.execute("SET lock_timeout = '300ms'")
        cursor.close()

    event.listen(engine, "connect", shorten)
    engine.dispose()


class WriteLock:
    """Another writer holding the ledger: a second SQLite connection in ``BEGIN IMMEDIATE``,
    or a PostgreSQL transaction holding ``LOCK TABLE … EXCLUSIVE`` (reads still go)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._release: Any = None

    def take(self) -> None:
        if self.engine.dialect.name == "sqlite":
            connection = sqlite3.connect(
                self.engine.url.database or "", isolation_level=None, check_same_thread=False
            )
            connection.execute("BEGIN IMMEDIATE")
            self._release = lambda: (connection.execute("ROLLBACK"), connection.close())
        else:
            holder = self.engine.connect()
            transaction = holder.begin()
            holder.exec_driver_sql("LOCK TABLE reminder_ledger IN EXCLUSIVE MODE")
            self._release = lambda: (transaction.rollback(), holder.close())

    def release(self) -> None:
        if self._release is not None:
            self._release()
            self._release = None


@contextmanager
def lock_after_claim(monkeypatch: pytest.MonkeyPatch, lock: WriteLock) -> Iterator[None]:
    """The lock is taken right after the dispatcher's first claim that took something."""
    real_claim = ledger_module.claim

    def claim_then_lock(*args: Any, **kwargs: Any) -> Any:
        claimed = real_claim(*args, **kwargs)
        if claimed and lock._release is None:
            lock.take()
        return claimed

    monkeypatch.setattr(ledger_module, "claim", claim_then_lock)
    try:
        yield
    finally:
        monkeypatch.setattr(ledger_module, "claim", real_claim)
        lock.release()


def setup(engine: Engine) -> None:
    ingest(engine, plan(milestones=[milestone(due=date(2018, 12, 31))]))
    for chat_id in CHATS:
        follow(engine, chat_id, "市质监局")
    short_lock_wait(engine)


def dispatcher(
    engine: Engine, clock: FakeClock, sender: Any, worker: str = "w1"
) -> ReminderDispatcher:
    return ReminderDispatcher(
        engine,
        timing(),
        clock,
        sender,
        worker_id=worker,
        config=DispatcherConfig(per_chat_interval=0, concurrency=1),
    )


def statuses(engine: Engine) -> dict[int, str]:
    with Session(engine) as session:
        return {row.chat_id: row.status for row in session.exec(select(ReminderLedger))}


async def failed_tick(worker: ReminderDispatcher) -> None:
    with pytest.raises(OperationalError) as failure:
        await worker.tick()
    assert waited_for_a_lock(failure.value)


async def test_claims_of_a_tick_that_met_the_lock_go_at_the_next_tick(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup(engine)
    clock, sender = FakeClock(FIRE), RecordingSender()
    worker = dispatcher(engine, clock, sender)
    with lock_after_claim(monkeypatch, WriteLock(engine)):
        await failed_tick(worker)  # claimed every digest, could not touch the first
    assert sender.sent == []
    assert set(statuses(engine).values()) == {ReminderStatus.CLAIMED}

    clock.advance(timedelta(minutes=1))  # the next tick, well inside the 10-minute lease
    report = await worker.tick()
    assert report.outcomes["sent"] == len(CHATS)
    assert sorted(chat for chat, _ in sender.sent) == sorted(CHATS)  # each chat once
    assert set(statuses(engine).values()) == {ReminderStatus.SENT}


async def test_a_digest_accepted_before_the_lock_is_recorded_not_sent_again(
    engine: Engine,
) -> None:
    setup(engine)
    clock, delivered = FakeClock(FIRE), RecordingSender()
    lock = WriteLock(engine)

    async def deliver_then_lock(chat_id: int, message: ReminderMessage) -> int:
        message_id = await delivered(chat_id, message)
        lock.take()  # Telegram has it; the ledger cannot say so
        return message_id

    worker = dispatcher(engine, clock, deliver_then_lock)
    try:
        await failed_tick(worker)
    finally:
        lock.release()
    assert len(delivered.sent) == 1
    worker.sender = delivered
    clock.advance(timedelta(minutes=1))
    await worker.tick()
    assert sorted(chat for chat, _ in delivered.sent) == sorted(CHATS)  # the first not twice
    assert set(statuses(engine).values()) == {ReminderStatus.SENT}


async def test_another_workers_live_claim_is_not_taken(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup(engine)
    clock, sender = FakeClock(FIRE), RecordingSender()
    worker = dispatcher(engine, clock, sender)
    with lock_after_claim(monkeypatch, WriteLock(engine)):
        await failed_tick(worker)
    # Meanwhile another process claimed one chat's rows for itself (after our claims).
    with engine.begin() as connection:
        connection.execute(
            ReminderLedger.__table__.update()  # type: ignore[attr-defined]
            .where(ReminderLedger.__table__.c.chat_id == CHATS[0])  # type: ignore[attr-defined]
            .values(claimed_by="other", claimed_at=clock.now())
        )
    clock.advance(timedelta(minutes=1))
    await worker.tick()
    assert sorted(chat for chat, _ in sender.sent) == sorted(CHATS[1:])
    assert statuses(engine)[CHATS[0]] == ReminderStatus.CLAIMED
