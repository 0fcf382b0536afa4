"""The pending-update queue behind ``getUpdates``, with Telegram's acknowledgement rules.

An update stays queued until a later ``getUpdates`` sends an ``offset`` above its id; that is
what makes a crashed bot see the same update again. A newer long poll ends an older one with
409, as Telegram does when two bot instances poll.
"""

from __future__ import annotations

import asyncio
import random
from dataclasses import dataclass, field
from typing import Any

DEFAULT_ALLOWED = frozenset(
    {
        "message", "edited_message", "channel_post", "edited_channel_post", "callback_query",
        "inline_query", "chosen_inline_result", "shipping_query", "pre_checkout_query", "poll",
        "poll_answer", "my_chat_member", "chat_join_request", "business_connection",
        "business_message", "edited_business_message", "deleted_business_messages",
        "purchased_paid_media", "message_reaction_count",
    }
)  # fmt: skip
"""Update types sent when ``allowed_updates`` is empty (``chat_member``, reactions excluded)."""


class PollConflict(Exception):
    """This long poll was ended by a newer ``getUpdates`` call."""


def random_first_update_id() -> int:
    """Like Telegram, which starts (and after a week idle restarts) update ids at a random
    value: two emulators in a row on one store never hand the bot the same ids."""
    return random.randrange(100_000_000, 900_000_000)


def update_kind(update: dict[str, Any]) -> str:
    return next(key for key in update if key != "update_id")


@dataclass
class UpdateQueue:
    """Pending updates in id order, plus the state ``getUpdates`` keeps between calls.

    ``put`` is synchronous so the Python control API can queue updates without awaiting.
    """

    pending: list[dict[str, Any]] = field(default_factory=list)
    next_update_id: int = field(default_factory=lambda: random_first_update_id())
    allowed: frozenset[str] | None = None
    redeliver_once: bool = False
    delivered: set[int] = field(default_factory=set)
    filtered_out: set[int] = field(default_factory=set)
    _poll_generation: int = 0
    _changed: asyncio.Event = field(default_factory=asyncio.Event)

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    def put(self, payload: dict[str, Any]) -> int:
        update_id = self.next_update_id
        self.next_update_id += 1
        self.pending.append({"update_id": update_id, **payload})
        self._notify()
        return update_id

    def acknowledge(self, offset: int) -> None:
        """Applies ``offset``: forget everything below it (negative: keep only the last -N)."""
        if offset < 0:
            self.pending = self.pending[offset:]
        elif offset > 0:
            self.pending = [u for u in self.pending if u["update_id"] >= offset]

    def set_allowed(self, allowed_updates: list[str] | None) -> None:
        if allowed_updates is not None:
            self.allowed = frozenset(allowed_updates) if allowed_updates else DEFAULT_ALLOWED

    def _deliverable(self, limit: int) -> list[dict[str, Any]]:
        allowed = self.allowed or DEFAULT_ALLOWED
        self.filtered_out.update(
            u["update_id"] for u in self.pending if update_kind(u) not in allowed
        )
        self.pending = [u for u in self.pending if update_kind(u) in allowed]
        return self.pending[:limit]

    async def get(
        self, *, offset: int | None, limit: int, timeout: float, allowed: list[str] | None
    ) -> list[dict[str, Any]]:
        """One ``getUpdates`` call; raises :class:`PollConflict` if a newer call supersedes it."""
        self._poll_generation += 1
        generation = self._poll_generation
        self._notify()
        if self.redeliver_once:
            self.redeliver_once = False
        elif offset is not None:
            self.acknowledge(offset)
        self.set_allowed(allowed)
        if not self._deliverable(limit) and timeout > 0:
            await self._wait(generation, timeout)
        if generation != self._poll_generation:
            raise PollConflict
        batch = self._deliverable(limit)
        self.delivered.update(u["update_id"] for u in batch)
        return batch

    async def _wait(self, generation: int, timeout: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while generation == self._poll_generation and not self._deliverable(1):
            remaining = deadline - loop.time()
            if remaining <= 0:
                return
            try:
                await asyncio.wait_for(self._changed.wait(), remaining)
            except TimeoutError:
                return

    def drop_all(self) -> None:
        self.pending.clear()
