"""One message per chat per second; other chats are not held up. Time is simulated."""

from __future__ import annotations

import asyncio
from datetime import date
from itertools import pairwise

from sqlalchemy.engine import Engine

from policybot.clock import FakeClock
from policybot.scheduler.dispatcher import DispatcherConfig, ReminderDispatcher
from policybot.scheduler.pacing import ChatPacer
from test_scheduler_support import RecordingSender, follow, ingest, milestone, nine_am, plan, timing


class SimulatedTime:
    """A monotonic clock that only moves when someone sleeps."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds
        await asyncio.sleep(0)


async def test_sends_to_one_chat_are_spaced_by_the_interval() -> None:
    simulated = SimulatedTime()
    pacer = ChatPacer(1.0, monotonic=simulated.monotonic, sleep=simulated.sleep)
    stamps: list[tuple[int, float]] = []

    async def send(chat_id: int) -> None:
        async with pacer.slot(chat_id):
            stamps.append((chat_id, simulated.now))

    await asyncio.gather(send(1), send(1), send(1), send(2))
    ones = [t for chat, t in stamps if chat == 1]
    assert [b - a for a, b in pairwise(ones)] == [1.0, 1.0]
    assert len(simulated.slept) == 2  # chat 2 never waited


async def test_a_zero_interval_never_waits() -> None:
    simulated = SimulatedTime()
    pacer = ChatPacer(0, monotonic=simulated.monotonic, sleep=simulated.sleep)
    for _ in range(3):
        async with pacer.slot(1):
            pass
    assert simulated.slept == []


async def test_several_items_for_one_chat_go_in_one_message_without_waiting(
    sqlite_engine: Engine,
) -> None:
    """Before digests each item was a message, paced 1/s: 148 items kept a chat busy 148 s."""
    ingest(
        sqlite_engine,
        plan(milestones=[milestone(f"任务{n}", due=date(2018, 12, 31)) for n in range(3)]),
    )
    follow(sqlite_engine, 7, "全部")  # a person, not a group: AIORateLimiter does not pace it
    simulated = SimulatedTime()
    sender = RecordingSender()
    dispatcher = ReminderDispatcher(
        sqlite_engine,
        timing(),
        FakeClock(nine_am(date(2018, 12, 1))),
        sender,
        config=DispatcherConfig(concurrency=8),
    )
    dispatcher.pacer = ChatPacer(1.0, monotonic=simulated.monotonic, sleep=simulated.sleep)
    await dispatcher.tick()
    [(chat_id, message)] = sender.sent
    assert chat_id == 7 and all(f"任务{n}" in message.text for n in range(3))
    assert simulated.slept == []
