"""At most one message per chat per second, as Telegram asks.

PTB's ``AIORateLimiter`` enforces the overall ~30 msg/s and 20 msg/min per *group*, but nothing
per private chat; a person subscribed to 全部 could otherwise get dozens of reminders in one
burst and a 429. The pacer serialises sends to one chat and spaces them by ``interval``, without
holding up other chats. Time functions are injectable so tests need not sleep.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

PRUNE_ABOVE = 10_000


class ChatPacer:
    def __init__(
        self,
        interval: float = 1.0,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.interval = interval
        self._monotonic = monotonic
        self._sleep = sleep
        self._locks: dict[int, asyncio.Lock] = {}
        self._next_free: dict[int, float] = {}

    @asynccontextmanager
    async def slot(self, chat_id: int) -> AsyncIterator[None]:
        """Hold the chat's turn: waits until ``interval`` has passed since its previous send."""
        if self.interval <= 0:
            yield
            return
        lock = self._locks.setdefault(chat_id, asyncio.Lock())
        async with lock:
            delay = self._next_free.get(chat_id, 0.0) - self._monotonic()
            if delay > 0:
                await self._sleep(delay)
            try:
                yield
            finally:
                self._next_free[chat_id] = self._monotonic() + self.interval
        self._prune()

    def _prune(self) -> None:
        if len(self._next_free) <= PRUNE_ABOVE:
            return
        now = self._monotonic()
        for chat_id in [c for c, free in self._next_free.items() if free <= now]:
            lock = self._locks.get(chat_id)
            if lock is None or not lock.locked():
                self._next_free.pop(chat_id, None)
                self._locks.pop(chat_id, None)
