"""What the handlers and jobs share, kept in ``application.bot_data["services"]``.

Typed fields rather than a dict of extras: a handler asks ``services_of(context).queries`` and
the type checker knows what it gets. Feature modules that need their own long-lived object add a
field here (with a default, so that tests can build ``Services`` with only what they use).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine

from policybot.clock import Clock, SystemClock
from policybot.config import Settings
from policybot.knowledge.handled_updates import (
    LocalUpdateClaims,
    StoredUpdateClaims,
    UpdateClaims,
)
from policybot.knowledge.search import SavedIndexes
from policybot.knowledge.service import QueryService
from policybot.scheduler.scope import EVERY_REAL_CHAT, DispatchScope, is_offline_chat

SERVICES_KEY = "services"


@dataclass
class Services:
    settings: Settings
    engine: Engine
    clock: Clock = field(default_factory=SystemClock)
    # Built from the engine and clock when not given (tests may pass their own).
    queries: QueryService = field(default=None)  # type: ignore[assignment]  # set by the builder before any handler runs
    # Every real chat for the bot; the offline chat's own chats for ``policybot chat``.
    reminder_scope: DispatchScope = EVERY_REAL_CHAT
    update_claims: UpdateClaims = field(default=None)  # type: ignore[assignment]  # set by the builder before any handler runs
    # The command line passes the data directory's saved indexes (``bootstrap.saved_indexes``).
    saved_indexes: SavedIndexes | None = None

    def __post_init__(self) -> None:
        if self.queries is None:
            self.queries = QueryService(
                self.engine,
                clock=self.clock,
                timezone=self.settings.bot.timezone,
                saved_indexes=self.saved_indexes,
            )
        if self.update_claims is None:
            self.update_claims = StoredUpdateClaims(self.engine)

    @classmethod
    def offline(
        cls,
        settings: Settings,
        engine: Engine,
        clock: Clock,
        chat_ids: frozenset[int],
        saved_indexes: SavedIndexes | None = None,
    ) -> Services:
        """For the offline chat on a real store: reminders for ``chat_ids`` only, and update
        claims in memory, so the session touches nothing that belongs to the real bot."""
        return cls(
            settings,
            engine,
            clock,
            reminder_scope=DispatchScope.of(chat_ids),
            update_claims=LocalUpdateClaims(),
            saved_indexes=saved_indexes,
        )

    def is_foreign_chat(self, chat_id: int) -> bool:
        """In the offline chat, a chat other than the session's own emulated ones (a real
        Telegram chat, or another session's): its commands must not change it."""
        return not self.reminder_scope.is_everyone and not self.reminder_scope.includes(chat_id)

    def is_foreign_user(self, user_id: int) -> bool:
        """In the offline chat, a real Telegram user (an id below 2**52): not the session's."""
        return not self.reminder_scope.is_everyone and not is_offline_chat(user_id)


def services_of(context: Any) -> Services:
    """The ``Services`` of a PTB ``CallbackContext`` (or an ``Application``)."""
    services = context.bot_data.get(SERVICES_KEY)
    if not isinstance(services, Services):
        raise RuntimeError("bot_data has no Services; build the app with build_application")
    return services
