"""Which chats a reminder dispatcher serves: every real Telegram chat, or a fixed few.

The bot (``policybot run``) serves every real chat. The offline chat (``policybot chat``) runs
the same dispatcher on the same store, but it must change nothing that belongs to real chats:
it plans, claims and sends only for the emulated chats it created, keeps its own planning
checkpoint, and never takes the dispatch leadership.

The two never meet because they use disjoint chat ids. The Bot API promises that a chat id
has at most 52 significant bits, so ids from ``OFFLINE_ID_BASE`` (2**52) up are ones Telegram
never issues: the offline chat's users and groups live there, and the real dispatcher ignores
them, so a subscription an offline session left in the store is never sent to Telegram.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, SQLColumnExpression, and_

OFFLINE_ID_BASE = 2**52
"""The first id Telegram never gives a chat (Bot API: at most 52 significant bits)."""


def is_offline_chat(chat_id: int) -> bool:
    """An id of the offline emulator's range, never a real Telegram chat."""
    return abs(chat_id) >= OFFLINE_ID_BASE


@dataclass(frozen=True)
class DispatchScope:
    """The chats one dispatcher plans and sends for. ``chat_ids=None``: every real chat."""

    chat_ids: frozenset[int] | None = None

    @classmethod
    def of(cls, chat_ids: Iterable[int]) -> DispatchScope:
        return cls(frozenset(chat_ids))

    @property
    def is_everyone(self) -> bool:
        """The production scope: it needs the leader lock, since other workers share it."""
        return self.chat_ids is None

    def includes(self, chat_id: int) -> bool:
        if self.chat_ids is None:
            return not is_offline_chat(chat_id)
        return chat_id in self.chat_ids

    def condition(self, chat_column: SQLColumnExpression[int]) -> ColumnElement[bool]:
        """The SQL form of :meth:`includes`, for a table's ``chat_id`` column."""
        if self.chat_ids is None:
            return and_(chat_column > -OFFLINE_ID_BASE, chat_column < OFFLINE_ID_BASE)
        return chat_column.in_(sorted(self.chat_ids))

    @property
    def checkpoint_suffix(self) -> str:
        """Each scope plans from its own checkpoint: an offline session's ``--now`` in the
        future must not move the real bot's checkpoint."""
        if self.chat_ids is None:
            return ""
        return ":chats=" + ",".join(str(chat_id) for chat_id in sorted(self.chat_ids))


EVERY_REAL_CHAT = DispatchScope()
