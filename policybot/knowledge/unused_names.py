"""Forget the places and units nothing in the store uses any more (trial51 H1).

An upload creates the regions, units and aliases its plan names (``store_names``), but undoing
it removed only the document and what hangs on it: the names stayed, so a city only that upload
had introduced was still a place afterwards — /subscribe found it, and a question about it was
not told the store holds nothing on it. The store does not record which names an upload created
(two uploads may both name one city, the second finding it there), so what goes is what nothing
refers to any more:

- a unit no fact or task link (``fact_unit``), document (``document_unit``), reporting chat or
  subscription names, and that no reporting designation in the audit log names (undoing a
  withdrawal puts the designation back by the unit's id); its aliases with it;
- a region no document, fact or task (live, deleted or of a retired plan: those can come back),
  remaining unit, subscription or supervising chat names, nor the parent of a region kept; its
  aliases with it. A city whose district is kept stays, as the district's parent.

Hand edits and their undo name places and units by name (``editing.place_fact``,
``ensure_unit``), so a name forgotten here is created again when one of them needs it. No region
is seeded without a plan: the national gazetteer lives in code (``knowledge.regions``), not in
these tables.

Four statements whatever the store's or the plan's size (the undo holds the write lock):
aliases before their owners, units before regions; the regions kept are the used ones and their
ancestors, one recursive query (SQLite and PostgreSQL), so a district and its city go together.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, cast, column, delete, exists, literal, or_, select, table, union
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from policybot.knowledge import audit
from policybot.knowledge.models import (
    STORED_FACT_MODELS,
    AuditEntry,
    Document,
    DocumentUnit,
    FactUnit,
    Region,
    RegionAlias,
    ReportingChat,
    Unit,
    UnitAlias,
)

# The scheduler's tables, read by name: the knowledge layer imports no scheduler code
# (tests/test_unused_names.py keeps these names equal to the models').
SUBSCRIPTIONS = table("subscription", column("unit_id"), column("region_id"))
SUPERVISORS = table("supervisor", column("region_id"))


def forget_unused_names(session: Session) -> None:
    """Delete the units and regions (with their aliases) nothing refers to (module doc)."""
    for model in (UnitAlias, Unit):
        owner = col(UnitAlias.unit_id) if model is UnitAlias else col(Unit.id)
        session.execute(delete(model).where(~_unit_used(owner)))
    kept = _kept_regions()
    session.execute(delete(RegionAlias).where(col(RegionAlias.region_id).not_in(kept)))
    session.execute(delete(Region).where(col(Region.id).not_in(kept)))


def _unit_used(unit_id: Any) -> Any:
    """Whether the unit ``unit_id`` (a column) is linked, subscribed to, designated, or named by
    a reporting designation in the audit log an undo may put back."""
    linked = union(
        select(col(FactUnit.unit_id)),
        select(col(DocumentUnit.unit_id)),
        select(col(ReportingChat.unit_id)),
        select(SUBSCRIPTIONS.c.unit_id).where(SUBSCRIPTIONS.c.unit_id.is_not(None)),
    )
    # audit.to_json sorts the keys: "unit_id" is the snapshot's last ({"chat_id": …, "unit_id": 5})
    named = literal('%"unit_id": ') + cast(unit_id, String)
    designations = exists().where(
        col(AuditEntry.entity_kind) == audit.REPORTING,
        col(AuditEntry.undone_at).is_(None),
        or_(
            *(
                snapshot.like(named + literal(end))
                for snapshot in (col(AuditEntry.before), col(AuditEntry.after))
                for end in ("}%", ",%")
            )
        ),
    )
    return or_(unit_id.in_(linked), designations)


def _kept_regions() -> Any:
    """The ids of the regions something names, and of their ancestors (one recursive query)."""
    used = union(
        select(col(Document.region_id)),
        *(select(model.region_id) for model in STORED_FACT_MODELS.values()),
        select(col(Unit.region_id)),
        select(SUBSCRIPTIONS.c.region_id),
        select(SUPERVISORS.c.region_id),
    )
    chain = (
        select(col(Region.id).label("id"), col(Region.parent_id).label("parent_id"))
        .where(col(Region.id).in_(used))
        .cte("kept_region", recursive=True)
    )
    child, parent = chain.alias(), aliased(Region)
    chain = chain.union(
        select(col(parent.id), col(parent.parent_id)).join(
            child, col(parent.id) == child.c.parent_id
        )
    )
    return select(chain.c.id)
