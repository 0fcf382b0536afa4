"""The reminder tables' item kinds, and the reminder rows a fact owns.

The reminder ledger and the follow-up state (``ReminderLedger``, ``ReminderState``) name a fact by
``item_kind`` and ``item_id``; a milestone is reminded twice (its phase's start apart from its
end), so one fact kind can own rows of several item kinds. The scheduler writes these rows; the
store deletes them with their fact (undo of an ingest) and moves them to a fact's next version
(succession). All three take the kinds from here, so a new item kind cannot be forgotten by one.
"""

from __future__ import annotations

from sqlalchemy import Select, delete
from sqlmodel import Session, col

from policybot.knowledge.models import FactKind, ReminderLedger, ReminderState


class ItemKind:
    """The ledger's ``item_kind``: a phase's start is reminded apart from its end."""

    TARGET = "target"
    MILESTONE = "milestone"
    MILESTONE_START = "milestone-start"
    RECURRING = "recurring"
    ALL = (TARGET, MILESTONE, MILESTONE_START, RECURRING)


# The fact kind an item kind reminds of.
FACT_KIND_OF = {
    ItemKind.TARGET: FactKind.TARGET,
    ItemKind.MILESTONE: FactKind.MILESTONE,
    ItemKind.MILESTONE_START: FactKind.MILESTONE,
    ItemKind.RECURRING: FactKind.RECURRING,
}
# The item kinds a fact kind is reminded as (the fact kinds that are reminded at all).
ITEM_KINDS_OF: dict[str, tuple[str, ...]] = {
    FactKind.TARGET: (ItemKind.TARGET,),
    FactKind.MILESTONE: (ItemKind.MILESTONE, ItemKind.MILESTONE_START),
    FactKind.RECURRING: (ItemKind.RECURRING,),
}


def forget_reminders(session: Session, fact_kind: str, fact_ids: Select[tuple[int]]) -> None:
    """Delete the ledger and follow-up rows of the facts ``fact_ids`` selects (of ``fact_kind``)."""
    item_kinds = ITEM_KINDS_OF.get(fact_kind, ())
    if not item_kinds:
        return
    for table in (ReminderLedger, ReminderState):
        session.execute(
            delete(table).where(
                col(table.item_kind).in_(item_kinds), col(table.item_id).in_(fact_ids)
            )
        )
