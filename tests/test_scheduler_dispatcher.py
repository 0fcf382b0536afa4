"""The dispatcher: each reminder sent exactly once through restarts, crashes, downtime and faults."""

from __future__ import annotations

import asyncio
from datetime import date, timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.clock import FakeClock
from policybot.knowledge.reminder_items import ReminderLedger, ReminderStatus
from policybot.scheduler.dispatcher import DispatcherConfig, ReminderDispatcher
from policybot.scheduler.messages import ReminderMessage
from policybot.scheduler.models import Chat, Subscription
from policybot.scheduler.outcomes import ChatGone, ChatMoved, MessageRefused, RetryLater
from test_scheduler_support import (
    RecordingSender,
    follow,
    ingest,
    milestone,
    nine_am,
    plan,
    timing,
    utc,
)

CHATS = [-1, -2, -3, -4, -5]
FIRST_FIRE = nine_am(date(2018, 12, 1))  # 30 days before 2018-12-31


class ProcessDied(BaseException):
    """Not an Exception: nothing in the dispatcher may catch it, like a kill -9."""


def setup(engine: Engine, chats: list[int] = CHATS) -> None:
    ingest(engine, plan(milestones=[milestone(due=date(2018, 12, 31))]))
    for chat_id in chats:
        follow(engine, chat_id, "市质监局")


def dispatcher(
    engine: Engine, clock: FakeClock, sender: RecordingSender, worker: str = "w1", **config: object
) -> ReminderDispatcher:
    config.setdefault("per_chat_interval", 0)  # pacing has its own tests, in simulated time
    return ReminderDispatcher(
        engine,
        timing(),
        clock,
        sender,
        worker_id=worker,
        config=DispatcherConfig(**config),  # type: ignore[arg-type]
    )


def ledger(engine: Engine) -> list[ReminderLedger]:
    with Session(engine) as session:
        return list(session.exec(select(ReminderLedger).order_by(ReminderLedger.id)))


async def drain_other_tasks() -> None:
    """Let the tasks of a 'dead' fan-out finish dying before the next process starts."""
    others = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
    await asyncio.gather(*others, return_exceptions=True)


async def test_a_due_reminder_is_sent_once_per_chat(engine: Engine) -> None:
    setup(engine)
    clock, sender = FakeClock(FIRST_FIRE), RecordingSender()
    worker = dispatcher(engine, clock, sender)
    report = await worker.tick()
    assert report.outcomes["sent"] == len(CHATS)
    assert sorted(chat for chat, _ in sender.sent) == sorted(CHATS)
    for _ in range(3):
        clock.advance(timedelta(minutes=1))
        await worker.tick()
    assert len(sender.sent) == len(CHATS)
    assert {row.status for row in ledger(engine)} == {ReminderStatus.SENT}
    assert all(row.message_id and not row.late for row in ledger(engine))
    assert "还有 30 天到期" in sender.sent[0][1].text and "补发" not in sender.sent[0][1].text


async def test_nothing_is_sent_before_its_instant(engine: Engine) -> None:
    setup(engine)
    clock, sender = FakeClock(FIRST_FIRE - timedelta(seconds=1)), RecordingSender()
    await dispatcher(engine, clock, sender).tick()
    assert sender.sent == [] and ledger(engine) == []


async def test_a_restart_in_the_middle_of_a_fan_out_neither_duplicates_nor_loses(
    engine: Engine,
) -> None:
    setup(engine)
    clock = FakeClock(FIRST_FIRE)
    before_crash = RecordingSender()

    async def dies_after_two(chat_id: int, message: ReminderMessage) -> int:
        if len(before_crash.sent) >= 2:
            raise ProcessDied()
        return await before_crash(chat_id, message)

    crashing = ReminderDispatcher(
        engine,
        timing(),
        clock,
        dies_after_two,
        worker_id="old",
        config=DispatcherConfig(concurrency=1, per_chat_interval=0),
    )
    with pytest.raises(ProcessDied):
        await crashing.tick()
    await drain_other_tasks()
    assert len(before_crash.sent) == 2
    statuses = [row.status for row in ledger(engine)]
    assert statuses.count(ReminderStatus.SENT) == 2
    assert statuses.count(ReminderStatus.CLAIMED) == 3

    after_restart = RecordingSender()
    restarted = dispatcher(engine, clock, after_restart, "new")
    clock.advance(timedelta(minutes=1))
    await restarted.tick()
    assert after_restart.sent == []  # the dead worker's lease still runs
    clock.advance(timedelta(minutes=10))
    await restarted.tick()
    everyone = [chat for chat, _ in before_crash.sent + after_restart.sent]
    assert sorted(everyone) == sorted(CHATS)  # each chat exactly once
    assert {row.status for row in ledger(engine)} == {ReminderStatus.SENT}


async def test_a_crash_after_telegram_accepted_resends_only_that_message(
    sqlite_engine: Engine,
) -> None:
    """The documented at-least-once gap: accepted by Telegram, process died before marking."""
    setup(sqlite_engine, [-1])
    clock, delivered = FakeClock(FIRST_FIRE), RecordingSender()

    async def accept_then_die(chat_id: int, message: ReminderMessage) -> int:
        await delivered(chat_id, message)
        raise ProcessDied()

    with pytest.raises(ProcessDied):
        await (
            dispatcher(sqlite_engine, clock, delivered, "old")
            .__class__(sqlite_engine, timing(), clock, accept_then_die, worker_id="old")
            .tick()
        )
    clock.advance(timedelta(minutes=11))
    await dispatcher(sqlite_engine, clock, delivered, "new").tick()
    assert [chat for chat, _ in delivered.sent] == [-1, -1]
    assert [row.status for row in ledger(sqlite_engine)] == [ReminderStatus.SENT]


async def test_downtime_is_caught_up_late_and_once(engine: Engine) -> None:
    setup(engine, [-1])
    clock, sender = FakeClock(utc(2018, 11, 25)), RecordingSender()
    await dispatcher(engine, clock, sender).tick()  # the last tick before going down
    clock.set(utc(2018, 12, 2, 3))  # back up 26 hours after the 12-01 09:00 reminder
    restarted = dispatcher(engine, clock, sender, "after-restart")
    await restarted.tick()
    await restarted.tick()
    assert len(sender.sent) == 1
    text = sender.sent[0][1].text
    assert "共 1 项,补发" in text and text.count("补发") == 1, text  # said once, at the head
    [row] = ledger(engine)
    assert row.late and row.status == ReminderStatus.SENT and row.fire_at == FIRST_FIRE


async def test_reminders_older_than_the_catch_up_window_are_skipped(engine: Engine) -> None:
    setup(engine, [-1])
    clock, sender = FakeClock(utc(2018, 11, 25)), RecordingSender()
    await dispatcher(engine, clock, sender).tick()
    clock.set(utc(2018, 12, 25, 2))  # down a month: 12-01 is too old, 12-24 is 25 h ago
    await dispatcher(engine, clock, sender, "after-restart").tick()
    rows = {row.fire_at: row for row in ledger(engine)}
    assert rows[FIRST_FIRE].status == ReminderStatus.SKIPPED
    assert rows[nine_am(date(2018, 12, 24))].status == ReminderStatus.SENT
    assert rows[nine_am(date(2018, 12, 24))].late
    assert len(sender.sent) == 1


async def test_retry_after_reschedules_without_counting_a_failure(engine: Engine) -> None:
    setup(engine, [-1])
    clock = FakeClock(FIRST_FIRE)
    sender = RecordingSender(failures={-1: [RetryLater(30)]})
    worker = dispatcher(engine, clock, sender)
    assert (await worker.tick()).outcomes["retry-after"] == 1
    [row] = ledger(engine)
    assert row.status == ReminderStatus.PENDING and row.attempts == 0
    assert row.next_attempt_at == FIRST_FIRE + timedelta(seconds=30)
    clock.advance(timedelta(seconds=29))
    await worker.tick()
    assert sender.sent == []
    clock.advance(timedelta(seconds=1))
    await worker.tick()
    assert len(sender.sent) == 1 and ledger(engine)[0].status == ReminderStatus.SENT


async def test_forbidden_deactivates_the_chat_and_its_subscriptions(engine: Engine) -> None:
    setup(engine, [-1, -2])
    clock = FakeClock(FIRST_FIRE)
    sender = RecordingSender(failures={-1: [ChatGone("Forbidden: bot was kicked from the group")]})
    worker = dispatcher(engine, clock, sender)
    await worker.tick()
    assert [chat for chat, _ in sender.sent] == [-2]
    with Session(engine) as session:
        chat = session.get(Chat, -1)
        assert chat is not None and not chat.active
        assert "kicked" in (chat.deactivated_reason or "")
        assert not any(
            s.active for s in session.exec(select(Subscription).where(Subscription.chat_id == -1))
        )
    clock.set(nine_am(date(2018, 12, 24)))
    await worker.tick()
    assert [chat for chat, _ in sender.sent] == [-2, -2]
    assert sender.calls[-1] == 1


async def test_other_errors_back_off_exponentially_then_fail_visibly(engine: Engine) -> None:
    setup(engine, [-1])
    clock = FakeClock(FIRST_FIRE)
    sender = RecordingSender(failures={-1: [ConnectionError("boom")] * 3})
    worker = dispatcher(engine, clock, sender, max_attempts=3)
    await worker.tick()
    assert ledger(engine)[0].next_attempt_at == FIRST_FIRE + timedelta(minutes=1)
    clock.advance(timedelta(minutes=1))
    await worker.tick()
    assert ledger(engine)[0].next_attempt_at == clock.now() + timedelta(minutes=2)
    clock.advance(timedelta(minutes=2))
    await worker.tick()
    [row] = ledger(engine)
    assert row.status == ReminderStatus.FAILED and row.attempts == 3 and "boom" in (row.error or "")
    assert sender.sent == []


async def test_a_transient_error_is_retried_and_delivered(engine: Engine) -> None:
    setup(engine, [-1])
    clock = FakeClock(FIRST_FIRE)
    sender = RecordingSender(failures={-1: [ConnectionResetError("reset by peer")]})
    worker = dispatcher(engine, clock, sender)
    await worker.tick()
    clock.advance(timedelta(minutes=1))
    await worker.tick()
    [row] = ledger(engine)
    assert row.status == ReminderStatus.SENT and row.attempts == 1 and len(sender.sent) == 1


async def test_quiet_hours_hold_late_reminders_until_the_days_digest(
    sqlite_engine: Engine,
) -> None:
    """A moment missed in quiet hours waits past their end (08:00) for the day's 09:00 digest
    and goes in it, marked 补发: one message, not one at 08:00 and the digest an hour later."""
    setup(sqlite_engine, [-1])
    clock, sender = FakeClock(utc(2018, 11, 30)), RecordingSender()
    await dispatcher(sqlite_engine, clock, sender).tick()
    clock.set(utc(2018, 12, 1, 15))  # 23:00 in Shanghai: the 09:00 reminder is late, but quiet
    worker = dispatcher(sqlite_engine, clock, sender)
    assert (await worker.tick()).quiet
    assert sender.sent == []
    clock.set(utc(2018, 12, 2, 0))  # 08:00
    await worker.tick()
    assert sender.sent == []
    clock.set(utc(2018, 12, 2, 1))  # 09:00
    await worker.tick()
    assert len(sender.sent) == 1 and "补发" in sender.sent[0][1].text
    await worker.tick()
    assert len(sender.sent) == 1


async def test_an_item_withdrawn_after_planning_is_skipped_not_sent(sqlite_engine: Engine) -> None:
    from sqlalchemy import update

    from policybot.knowledge.models import Document, DocumentStatus

    setup(sqlite_engine, [-1])
    clock = FakeClock(FIRST_FIRE)
    sender = RecordingSender(failures={-1: [RetryLater(5)]})
    worker = dispatcher(sqlite_engine, clock, sender)
    await worker.tick()
    with Session(sqlite_engine) as session:
        session.execute(update(Document).values(status=DocumentStatus.SUPERSEDED))
        session.commit()
    clock.advance(timedelta(seconds=5))
    await worker.tick()
    assert sender.sent == [] and ledger(sqlite_engine)[0].status == ReminderStatus.SKIPPED


async def test_a_message_telegram_refuses_fails_at_once_and_stays_in_the_ledger(
    sqlite_engine: Engine,
) -> None:
    setup(sqlite_engine, [-1])
    clock = FakeClock(FIRST_FIRE)
    sender = RecordingSender(failures={-1: [MessageRefused("Can't parse entities")]})
    assert (await dispatcher(sqlite_engine, clock, sender).tick()).outcomes["failed"] == 1
    [row] = ledger(sqlite_engine)
    assert row.status == ReminderStatus.FAILED and "parse entities" in (row.error or "")


async def test_a_group_upgraded_to_a_supergroup_is_followed_to_its_new_id(engine: Engine) -> None:
    setup(engine, [-1])
    clock = FakeClock(FIRST_FIRE)
    sender = RecordingSender(failures={-1: [ChatMoved(-1001)]})
    report = await dispatcher(engine, clock, sender).tick()
    assert report.outcomes["migrated"] == 1 and report.outcomes["sent"] == 1
    assert [chat for chat, _ in sender.sent] == [-1001]
    with Session(engine) as session:
        assert session.get(Chat, -1001).active  # type: ignore[union-attr]
        assert not session.get(Chat, -1).active  # type: ignore[union-attr]
        moved = session.exec(select(Subscription)).one()
        assert moved.chat_id == -1001 and moved.active
    clock.set(nine_am(date(2018, 12, 24)))
    await dispatcher(engine, clock, sender).tick()
    assert [chat for chat, _ in sender.sent] == [-1001, -1001]


async def test_the_tick_report_counts_new_ledger_rows_on_every_backend(engine: Engine) -> None:
    setup(engine)
    clock, sender = FakeClock(FIRST_FIRE), RecordingSender()
    assert (await dispatcher(engine, clock, sender).tick()).planned == len(CHATS)
    assert (await dispatcher(engine, clock, sender, "second").tick()).planned == 0


async def test_a_row_waiting_for_a_retry_is_dropped_once_the_chat_marks_it_done(
    sqlite_engine: Engine,
) -> None:
    from policybot.knowledge.reminder_items import ReminderState

    setup(sqlite_engine, [-1])
    clock = FakeClock(FIRST_FIRE)
    sender = RecordingSender(failures={-1: [RetryLater(30)]})
    worker = dispatcher(sqlite_engine, clock, sender)
    await worker.tick()
    [row] = ledger(sqlite_engine)
    with Session(sqlite_engine) as session:
        session.add(
            ReminderState(
                chat_id=-1, item_kind=row.item_kind, item_id=row.item_id, done_through=row.due_date
            )
        )
        session.commit()
    clock.advance(timedelta(seconds=30))
    assert (await worker.tick()).outcomes["not-needed"] == 1
    assert sender.sent == [] and ledger(sqlite_engine)[0].status == ReminderStatus.SKIPPED


def test_a_claim_takes_at_most_its_limit_and_only_its_scope(engine: Engine) -> None:
    """On PostgreSQL the locking subquery once re-ran per row and one claim took every row."""
    from policybot.scheduler import ledger as reminder_ledger
    from policybot.scheduler.dispatcher import plan_due
    from policybot.scheduler.scope import DispatchScope

    setup(engine, chats=[-(n + 1) for n in range(20)])
    plan_due(engine, timing(), FIRST_FIRE)
    lease = timedelta(minutes=10)
    first = rows_of(reminder_ledger.claim(engine, "a", FIRST_FIRE, lease, 7))
    second = rows_of(reminder_ledger.claim(engine, "b", FIRST_FIRE, lease, 7))
    assert len(first) == len(second) == 7
    assert not {row.id for row in first} & {row.id for row in second}
    unclaimed = {-(n + 1) for n in range(20)} - {row.chat_id for row in [*first, *second]}
    one = min(unclaimed)
    scoped = reminder_ledger.claim(engine, "c", FIRST_FIRE, lease, 7, scope=DispatchScope.of([one]))
    assert [row.chat_id for row in rows_of(scoped)] == [one]
    rest = rows_of(reminder_ledger.claim(engine, "d", FIRST_FIRE, lease, 100))
    assert {row.chat_id for row in rest} == unclaimed - {one}


def rows_of(digests: list[list[object]]) -> list:  # type: ignore[type-arg]
    """The rows of claimed digests (one digest per chat here: each has one item)."""
    assert all(len({row.chat_id for row in digest}) == 1 for digest in digests)  # type: ignore[attr-defined]
    return [row for digest in digests for row in digest]
