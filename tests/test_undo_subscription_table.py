"""knowledge/ counts the subscriptions an undone upload leaves empty without importing the
scheduler: it reads the table by name. The names must stay those of the scheduler's model."""

from __future__ import annotations

from policybot.knowledge.undo_conflicts import SUBSCRIPTIONS
from policybot.scheduler.models import Subscription


def test_the_subscription_table_read_by_name_is_the_schedulers() -> None:
    model = Subscription.__table__  # type: ignore[attr-defined]
    assert SUBSCRIPTIONS.name == model.name
    assert {c.name for c in SUBSCRIPTIONS.c} <= {c.name for c in model.c}
