"""A tick that fails while a digest is on its way to the messenger does not send it twice.

Trial 46: an offline session (``policybot chat --now 08:59:30``) printed its 09:00 digest twice
while other sessions of the same store were storing plans; the ledger held the second message's
id. The tick's claimer asked for more digests while the first was being sent; the store was held
by another writer past the lock wait, so that claim failed, and the failed tick cancelled its
senders — the one awaiting the messenger's answer too. The messenger had the message already,
but the dispatcher never learned its id: the next tick gave the claimed rows back and sent the
digest again. Now a send in flight is never cut off: it finishes on its own, and the next tick
records what the messenger accepted before it gives anything back. On each backend.
"""

from __future__ import annotations

import asyncio
import threading
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError

from policybot.clock import FakeClock
from policybot.knowledge.database import waited_for_a_lock
from policybot.knowledge.reminder_items import ReminderStatus
from policybot.scheduler import ledger as ledger_module
from policybot.scheduler.dispatcher import DispatcherConfig, ReminderDispatcher
from policybot.scheduler.messages import ReminderMessage
from test_scheduler_busy_tick import CHATS, FIRE, WriteLock, setup, statuses
from test_scheduler_support import RecordingSender, timing

ANSWER_DELAY = 1.0  # the messenger's answer, on its way while the claimer meets the lock


async def test_a_digest_in_flight_when_the_tick_fails_is_not_sent_again(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup(engine)  # three chats: three digests
    clock, delivered = FakeClock(FIRE), RecordingSender()
    lock = WriteLock(engine)
    in_flight = threading.Event()

    async def slow_answer(chat_id: int, message: ReminderMessage) -> int:
        message_id = await delivered(chat_id, message)  # the messenger has it
        if not in_flight.is_set():
            lock.take()  # another session starts storing a plan
            in_flight.set()
            await asyncio.sleep(ANSWER_DELAY)
        return message_id

    real_claim = ledger_module.claim
    claims = 0

    def claim_while_sending(*args: Any, **kwargs: Any) -> Any:
        """The claimer's next batch is asked for while the first digest is being sent."""
        nonlocal claims
        claims += 1
        if claims > 1:
            in_flight.wait(timeout=10)
        return real_claim(*args, **kwargs)

    monkeypatch.setattr(ledger_module, "claim", claim_while_sending)
    worker = ReminderDispatcher(
        engine,
        timing(),
        clock,
        slow_answer,
        worker_id="w1",
        config=DispatcherConfig(per_chat_interval=0, concurrency=1, batch_size=1),
    )
    try:
        with pytest.raises(OperationalError) as failure:
            await worker.tick()
        assert waited_for_a_lock(failure.value)
    finally:
        lock.release()
    assert len(delivered.sent) == 1  # the first digest reached its chat
    first_chat = delivered.sent[0][0]

    monkeypatch.setattr(ledger_module, "claim", real_claim)
    worker.sender = delivered
    clock.advance(timedelta(seconds=5))  # the offline chat's next tick
    await worker.tick()
    sent_to = [chat for chat, _ in delivered.sent]
    assert sent_to.count(first_chat) == 1, sent_to  # not twice
    assert sorted(sent_to) == sorted(CHATS)
    assert set(statuses(engine).values()) == {ReminderStatus.SENT}
