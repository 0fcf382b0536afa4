"""Every table of policybot on one metadata: what Alembic compares the database with, and what
``tests/test_store.py`` checks the migrations against. The tables live with their owners
(``knowledge.models``, ``knowledge.reminder_items``, ``scheduler.models``); a module that
defines a table is imported here, or its table would look dropped to ``alembic check``.
"""

from __future__ import annotations

from sqlmodel import SQLModel

import policybot.knowledge.models
import policybot.knowledge.reminder_items
import policybot.scheduler.models

TABLE_MODULES = (
    policybot.knowledge.models,
    policybot.knowledge.reminder_items,
    policybot.scheduler.models,
)

target_metadata = SQLModel.metadata
