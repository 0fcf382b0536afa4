"""One reading of the audit log for the facts an admin changed, as its three readers ask it."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session

from policybot.knowledge.hand_edits import EDITS, HAND_MADE, hand_edited_facts
from policybot.knowledge.models import AuditEntry, utcnow


def _log(engine: Engine, *entries: tuple[str, str, int, bool]) -> None:
    with Session(engine) as session:
        for action, kind, entity_id, undone in entries:
            now = utcnow()
            session.add(
                AuditEntry(
                    action=action,
                    entity_kind=kind,
                    entity_id=entity_id,
                    created_at=now,
                    undone_at=now if undone else None,
                )
            )
        session.commit()


def test_each_reader_counts_its_own_actions(engine: Engine) -> None:
    _log(
        engine,
        ("update", "target", 1, False),
        ("update", "target", 1, False),  # edited twice: named once
        ("create", "reward", 2, False),
        ("update", "milestone", 3, True),  # taken back by /undo
        ("undo", "milestone", 3, False),
        ("update", "document", 4, False),  # not a fact
        ("update", "task", 5, False),  # not a kind users edit
    )
    with engine.connect() as connection:
        # The answer index: values changed by /edit and still standing.
        assert hand_edited_facts(connection, actions=EDITS) == {("target", 1)}
        # The retirement preview: what the new version's text will not carry.
        assert hand_edited_facts(connection, actions=HAND_MADE) == {("target", 1), ("reward", 2)}
        # Re-extraction: any hand on a fact, even undone.
        assert hand_edited_facts(connection, undone_too=True) == {
            ("target", 1),
            ("reward", 2),
            ("milestone", 3),
        }


def test_among_narrows_to_the_facts_asked_by_kind_and_id(engine: Engine) -> None:
    _log(engine, ("update", "target", 1, False), ("update", "reward", 7, False))
    with engine.connect() as connection:
        # Same id, another kind: not the fact asked about.
        assert hand_edited_facts(connection, among=[("reward", 1), ("target", 1)]) == {
            ("target", 1)
        }
        assert hand_edited_facts(connection, among=[("milestone", 7)]) == frozenset()
        assert hand_edited_facts(connection, among=[]) == frozenset()
