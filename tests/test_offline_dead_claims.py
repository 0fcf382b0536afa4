"""An offline session killed while sending a digest: the next session sends it at once.

``policybot chat`` runs the dispatcher for its own chats and never takes the dispatch
leadership, so no leader ever took back the claims of a session killed between claiming a digest
and marking it sent: a restarted session waited out the claim's 10-minute lease (of its own
``--now`` clock) before sending it. Now a scoped dispatcher gives back at once the claims of a
process of this host that no longer exists — and never those of a live process (another
session on the same store), whose claims keep their lease.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.clock import FakeClock
from policybot.knowledge.reminder_items import ReminderLedger, ReminderStatus
from policybot.scheduler import ledger
from policybot.scheduler.dispatcher import (
    DispatcherConfig,
    ReminderDispatcher,
    plan_due,
    worker_is_dead,
)
from policybot.scheduler.scope import DispatchScope
from test_offline_chat_sessions import DUE, SCOPE, chat_session, store  # noqa: F401
from test_scheduler_support import RecordingSender, follow, ingest, milestone, plan, timing, utc

FIRE = utc(2019, 3, 4, 1)  # 09:00 in Shanghai on the due day (a Monday)
LEASE = timedelta(minutes=10)


def dead_pid() -> int:
    """The id of a process of this host that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def worker_of(pid: int) -> str:
    return f"{socket.gethostname()}:{pid}:abc123"


def claim_as(engine: Engine, worker: str, now: object, scope: DispatchScope) -> int:
    claimed = ledger.claim(engine, worker, now, LEASE, 10, scope=scope)  # type: ignore[arg-type]
    return sum(len(digest) for digest in claimed)


def statuses(engine: Engine, chat_id: int) -> list[str]:
    with Session(engine) as session:
        rows = session.exec(select(ReminderLedger).where(ReminderLedger.chat_id == chat_id))
        return sorted(row.status for row in rows)


def test_the_liveness_rule() -> None:
    assert worker_is_dead(worker_of(dead_pid()))
    assert not worker_is_dead(worker_of(os.getpid()))  # this very process
    assert not worker_is_dead(worker_of(os.getppid()))  # a live process
    assert not worker_is_dead(f"another-host:{dead_pid()}:abc123")  # not ours to judge
    assert not worker_is_dead("w1")  # a name of another form
    assert not worker_is_dead(f"{socket.gethostname()}:x:abc123")


def scoped(engine: Engine, clock: FakeClock, sender: RecordingSender) -> ReminderDispatcher:
    return ReminderDispatcher(
        engine,
        timing(),
        clock,
        sender,
        config=DispatcherConfig(per_chat_interval=0, concurrency=1),
        scope=DispatchScope.of([-7]),
    )


async def test_a_dead_sessions_claim_goes_at_the_next_sessions_first_tick(engine: Engine) -> None:
    ingest(engine, plan(milestones=[milestone(due=date(2018, 12, 31))]))
    follow(engine, -7, "市质监局")
    now = utc(2018, 12, 1, 1, 1)
    clock = FakeClock(now)
    scope = DispatchScope.of([-7])
    plan_due(engine, timing(), now, scope=scope)
    assert claim_as(engine, worker_of(dead_pid()), now, scope) == 1

    sender = RecordingSender()
    await scoped(engine, clock, sender).tick()
    assert len(sender.sent) == 1, "the killed session's digest waited for its lease"
    assert statuses(engine, -7) == [ReminderStatus.SENT]


async def test_a_live_sessions_claim_is_left_alone(engine: Engine) -> None:
    ingest(engine, plan(milestones=[milestone(due=date(2018, 12, 31))]))
    follow(engine, -7, "市质监局")
    follow(engine, -8, "市质监局")
    now = utc(2018, 12, 1, 1, 1)
    clock = FakeClock(now)
    plan_due(engine, timing(), now, scope=DispatchScope.of([-7, -8]))
    live = worker_of(os.getppid())
    assert claim_as(engine, live, now, DispatchScope.of([-7])) == 1
    gone = worker_of(dead_pid())
    assert claim_as(engine, gone, now, DispatchScope.of([-8])) == 1

    sender = RecordingSender()
    await scoped(engine, clock, sender).tick()
    assert sender.sent == [], "a live session's claim was taken"
    assert statuses(engine, -7) == [ReminderStatus.CLAIMED]
    # A dead process's claim outside the dispatcher's own chats is not its to take either.
    assert statuses(engine, -8) == [ReminderStatus.CLAIMED]


async def test_a_live_sessions_claim_is_not_taken_by_a_session_at_a_later_now(
    engine: Engine,
) -> None:
    """Each session's clock is its own ``--now``: one started days later judged every claim of
    a live session of the same user past its lease, took it over while that one was sending,
    and the digest went twice. A claim of another host keeps the lease rule."""
    ingest(engine, plan(milestones=[milestone(due=date(2018, 12, 31))]))
    follow(engine, -7, "市质监局")
    follow(engine, -8, "市质监局")
    now = utc(2018, 12, 1, 1, 1)
    scope = DispatchScope.of([-7, -8])
    plan_due(engine, timing(), now, scope=scope)
    assert claim_as(engine, worker_of(os.getppid()), now, DispatchScope.of([-7])) == 1
    assert claim_as(engine, "another-host:12:abc123", now, DispatchScope.of([-8])) == 1

    sender = RecordingSender()
    later = ReminderDispatcher(
        engine,
        timing(),
        FakeClock(now + timedelta(days=2)),
        sender,
        config=DispatcherConfig(per_chat_interval=0, concurrency=1),
        scope=scope,
    )
    await later.tick()
    assert [chat for chat, _ in sender.sent] == [-8], "a live session's claim was taken"
    assert statuses(engine, -7) == [ReminderStatus.CLAIMED]
    assert statuses(engine, -8) == [ReminderStatus.SENT]


def test_a_restarted_offline_chat_sends_the_killed_sessions_digest_at_once(
    store: Engine,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """End to end: a session subscribes; another one was killed after claiming the 09:00
    digest (its claim is in the store, its process gone); the next session, a minute later,
    shows the digest within seconds instead of after the 10-minute lease."""
    first = chat_session(monkeypatch, "2019-02-26T10:00", ["/subscribe 样例市"], "已订阅", 0)
    assert "已订阅:样例市" in first
    plan_due(store, timing(working_days=True), FIRE, scope=SCOPE)
    assert claim_as(store, worker_of(dead_pid()), FIRE, SCOPE) == 1

    later = chat_session(monkeypatch, "2019-03-04T09:01", [], until=DUE.title, patience=20)
    assert DUE.title in later, "the killed session's digest did not come"
    with Session(store) as session:
        rows = session.exec(select(ReminderLedger)).all()
    sent = [row for row in rows if row.status == ReminderStatus.SENT]
    assert len(sent) == 1 and sent[0].due_date == DUE.due
    assert not [row for row in rows if row.status == ReminderStatus.CLAIMED]
