"""What the handlers and jobs share, kept in ``application.bot_data["services"]``.

Typed fields rather than a dict of extras: a handler asks ``services_of(context).queries`` and
the type checker knows what it gets. Feature modules that need their own long-lived object add a
field here (with a default, so that tests can build ``Services`` with only what they use).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine

from policybot.bot.config import Settings
from policybot.clock import Clock, SystemClock
from policybot.knowledge.service import QueryService

SERVICES_KEY = "services"


@dataclass
class Services:
    settings: Settings
    engine: Engine
    clock: Clock = field(default_factory=SystemClock)
    # Built from the engine and clock when not given (tests may pass their own).
    queries: QueryService = field(default=None)  # type: ignore[assignment]

    def __post_init__(self) -> None:
        if self.queries is None:
            self.queries = QueryService(
                self.engine, clock=self.clock, timezone=self.settings.bot.timezone
            )


def services_of(context: Any) -> Services:
    """The ``Services`` of a PTB ``CallbackContext`` (or an ``Application``)."""
    services = context.bot_data.get(SERVICES_KEY)
    if not isinstance(services, Services):
        raise RuntimeError("bot_data has no Services; build the app with build_application")
    return services
