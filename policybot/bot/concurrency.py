"""Updates of different chats are handled at the same time; those of one chat one by one.

PTB handles one update at a time by default, so while one admin's upload was being read every
other user waited (another user's /help took 60 s; 37 s in webhook mode while /healthz said
200). With ``concurrent_updates`` PTB starts a task per update, but then two messages of one
chat could be answered out of order, and a conversation (/edit, then the value) could see its
steps race. ``ChatOrderedUpdateProcessor`` keeps one FIFO lock per chat: tasks take it in the
order PTB created them (asyncio's locks are fair), and only then a slot of the overall limit,
so a chat that floods the bot queues behind itself without taking the slots of other chats.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Hashable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

MAX_CONCURRENT_UPDATES = 16


def ordering_key(update: object) -> Hashable | None:
    """The chat whose updates must stay in order (the user's, for updates without a chat)."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return ("chat", update.effective_chat.id)
    if update.effective_user is not None:
        return ("user", update.effective_user.id)
    return None


class ChatOrderedUpdateProcessor(BaseUpdateProcessor):
    """Concurrent across chats (at most ``max_concurrent_updates``), in order within one."""

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        # A lock per chat with updates in flight, and how many updates hold or wait for it.
        self._chat_locks: dict[Hashable, tuple[asyncio.Lock, int]] = {}

    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:  # type: ignore[misc]  # final in PTB; this only takes a per-chat lock around PTB's own (super)
        key = ordering_key(update)
        if key is None:
            await super().process_update(update, coroutine)
            return
        lock = self._enter(key)
        try:
            async with lock:
                await super().process_update(update, coroutine)
        finally:
            self._leave(key)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        await coroutine

    async def initialize(self) -> None:
        """Nothing to set up: the locks come and go with the updates."""

    async def shutdown(self) -> None:
        """Nothing to free: PTB waits for the update tasks itself."""

    @property
    def chats_in_flight(self) -> int:
        return len(self._chat_locks)

    def _enter(self, key: Hashable) -> asyncio.Lock:
        lock, users = self._chat_locks.get(key) or (asyncio.Lock(), 0)
        self._chat_locks[key] = (lock, users + 1)
        return lock

    def _leave(self, key: Hashable) -> None:
        lock, users = self._chat_locks[key]
        if users <= 1:
            del self._chat_locks[key]
        else:
            self._chat_locks[key] = (lock, users - 1)
