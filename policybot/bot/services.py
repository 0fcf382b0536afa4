"""What the handlers and jobs share, kept in ``application.bot_data["services"]``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine

from policybot.bot.config import Settings
from policybot.clock import Clock, SystemClock

SERVICES_KEY = "services"


@dataclass
class Services:
    settings: Settings
    engine: Engine
    clock: Clock = field(default_factory=SystemClock)
    # Filled in by the modules that own them (query service, reminder dispatcher, ...).
    extras: dict[str, Any] = field(default_factory=dict)
