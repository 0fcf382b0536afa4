"""Which facts an admin changed by hand, as the audit log names them (kind and id).

Three readers ask this of the audit log, each for its own reason, and used to hold three
copies of the query:

- the answer index (``queries.load_edited_facts``): a value changed by /edit and not undone no
  longer reads as its quote, and answers must say so;
- the retirement preview (``retirement.hand_changes``): what an admin edited, added or deleted
  and did not undo is not in the new version's text, so it is left behind (and named);
- re-extraction of a text (``store``): a fact a hand ever touched, even if undone, is left
  exactly as it stands rather than overwritten by the extractor.

The question is the same -- which (kind, id) does the log name, among which actions -- so one
query answers all three; each caller says which actions count and projects what it needs.
Only the kinds users edit (``FactKind.ALL``) are audited, so only those are asked about.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlmodel import col

from policybot.knowledge.models import AuditEntry, FactKind

FactRef = tuple[str, int]

# /edit's change of a value.
EDITS: tuple[str, ...] = ("update",)
# What a new version's text does not carry: an edited value, or a fact added by hand.
HAND_MADE: tuple[str, ...] = ("update", "create")
# What a replacing version's preview names: HAND_MADE and a fact an admin deleted.
HAND_CHANGES: tuple[str, ...] = (*HAND_MADE, "delete")


def hand_actions(
    connection: Connection,
    *,
    actions: Collection[str] | None = None,
    among: Collection[FactRef] | None = None,
    undone_too: bool = False,
) -> dict[FactRef, frozenset[str]]:
    """The actions the audit log records for each fact it names under ``actions`` (any action
    when None), the facts in the order the log first names them.

    ``among`` narrows the answer to those facts (and the query to their ids); an empty
    ``among`` asks nothing of the database. Entries taken back by /undo count only with
    ``undone_too``.
    """
    if among is not None and not among:
        return {}
    statement = select(
        col(AuditEntry.entity_kind), col(AuditEntry.entity_id), col(AuditEntry.action)
    ).where(col(AuditEntry.entity_kind).in_(FactKind.ALL))
    if actions is not None:
        statement = statement.where(col(AuditEntry.action).in_(tuple(actions)))
    if among is not None:
        statement = statement.where(
            col(AuditEntry.entity_id).in_({fact_id for _kind, fact_id in among})
        )
    if not undone_too:
        statement = statement.where(col(AuditEntry.undone_at).is_(None))
    wanted = None if among is None else frozenset(among)
    named: dict[FactRef, set[str]] = {}
    for kind, fact_id, action in connection.execute(statement.order_by(col(AuditEntry.id))):
        if fact_id is not None and (wanted is None or (kind, fact_id) in wanted):
            named.setdefault((kind, fact_id), set()).add(action)
    return {fact: frozenset(done) for fact, done in named.items()}


def hand_edited_facts(
    connection: Connection,
    *,
    actions: Collection[str] | None = None,
    among: Collection[FactRef] | None = None,
    undone_too: bool = False,
) -> frozenset[FactRef]:
    """(kind, id) of the facts the audit log names under ``actions`` (``hand_actions``'s
    arguments), whatever was done to each."""
    return frozenset(hand_actions(connection, actions=actions, among=among, undone_too=undone_too))
