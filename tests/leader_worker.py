"""A reminder worker process for ``test_leader``: the leader gate, then the real dispatcher.

Run as ``python tests/leader_worker.py DB_URL BOT_API_BASE_URL TOKEN NAME``. It prints
``leader`` or ``follower`` whenever its role changes and ticks every 50 ms while it leads,
sending through PTB's ``Bot`` to the emulator over HTTP — as ``policybot run`` would.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime

from telegram import Bot
from telegram.request import HTTPXRequest

from policybot.clock import FakeClock
from policybot.config import ReminderSettings, Settings
from policybot.handlers.reminders import telegram_sender
from policybot.knowledge.database import make_engine
from policybot.scheduler.dispatcher import DispatcherConfig, ReminderDispatcher
from policybot.scheduler.leader import elect
from policybot.scheduler.timing import ReminderTiming

NOW = datetime(2018, 12, 1, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


async def work(url: str, base_url: str, token: str, name: str) -> None:
    engine = make_engine(url)
    leadership = elect(engine, name)
    request = HTTPXRequest(connection_pool_size=32, read_timeout=120)
    async with Bot(token, base_url=base_url, request=request) as bot:
        dispatcher = ReminderDispatcher(
            engine,
            # 2018-12-01 is a Saturday: working days off, so the fan-out happens now.
            ReminderTiming.from_settings(Settings(reminders=ReminderSettings(working_days=False))),
            FakeClock(NOW),
            telegram_sender(bot),
            worker_id=name,
            config=DispatcherConfig(per_chat_interval=0),
        )
        role: bool | None = None
        while True:
            leader = await leadership.ensure()
            if leader != role:
                print("leader" if leader else "follower", flush=True)
                role = leader
            if leader:
                await dispatcher.tick()
            await asyncio.sleep(0.05)


if __name__ == "__main__":
    asyncio.run(work(*sys.argv[1:5]))
