"""Two changes of the store at the same instant take turns on SQLite too (``take_turns``).

An admin's two /undo at once (from two chats: updates of different chats are handled
concurrently) both read the same newest entry before either wrote, and both undid it: the
change before it stayed in force while the admin was told two undos had run. Two retirements
of one document at once were both recorded likewise.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.knowledge import access, glossary_store
from policybot.knowledge.access import Rights
from policybot.knowledge.editing import EditError, load_fact, retire_document, update_fact
from policybot.knowledge.models import AuditEntry, Document, DocumentStatus, FactKind, Target
from policybot.knowledge.undo import undo_last

ACTOR = 42
ATTEMPTS = 4  # each attempt lost one undo before the fix (19 of 20 runs)


def at_once(call: Callable[[], str]) -> list[str]:
    """``call`` in two threads released together; what each returned or raised."""
    barrier = threading.Barrier(2)
    results: list[str] = []

    def run() -> None:
        barrier.wait()
        try:
            results.append(call())
        except EditError as error:
            results.append(f"refused: {error}")

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def document_ids(engine: Engine, count: int) -> list[int]:
    with Session(engine) as session:
        rows = session.exec(
            select(Document).where(col(Document.status) == DocumentStatus.ACTIVE).limit(count)
        ).all()
        return [row.id or 0 for row in rows]


def statuses(engine: Engine, ids: list[int]) -> list[str]:
    with Session(engine) as session:
        return [str(session.get(Document, i).status) for i in ids]  # type: ignore[union-attr]


def retire_title(engine: Engine, reference: str) -> str:
    return str(retire_document(engine, ACTOR, reference).title)


def test_two_undos_at_once_undo_two_changes(seeded_engine: Engine) -> None:
    for _ in range(ATTEMPTS):
        ids = document_ids(seeded_engine, 2)
        for document_id in ids:
            retire_document(seeded_engine, ACTOR, str(document_id))
        results = at_once(lambda: undo_last(seeded_engine, ACTOR).description)
        assert len(set(results)) == 2, results  # each undo names its own document
        assert statuses(seeded_engine, ids) == [DocumentStatus.ACTIVE] * 2


def test_one_document_retired_twice_at_once_is_retired_once(seeded_engine: Engine) -> None:
    for _ in range(ATTEMPTS):
        (document_id,) = document_ids(seeded_engine, 1)
        results = at_once(functools.partial(retire_title, seeded_engine, str(document_id)))
        assert sum(result.startswith("refused") for result in results) == 1, results
        with Session(seeded_engine) as session:
            retirements = session.exec(
                select(AuditEntry).where(
                    col(AuditEntry.action) == "retire",
                    col(AuditEntry.entity_id) == document_id,
                    col(AuditEntry.undone_at).is_(None),
                )
            ).all()
        assert len(retirements) == 1
        undo_last(seeded_engine, ACTOR)


def save_value(engine: Engine, target_id: int, values: Iterator[str], seen: dict[str, Any]) -> str:
    """Save the next of ``values`` as the target's value, as an admin who saw ``seen``."""
    value = next(values)
    update_fact(engine, ACTOR, FactKind.TARGET, target_id, "value", value, seen=seen)
    return value


def test_two_admins_saving_one_field_at_once_keep_one_value_and_are_told(
    seeded_engine: Engine,
) -> None:
    """Both had seen the same value; the one who saves second is told, as when they save one
    after the other (``EditConflict``), instead of silently overwriting the first."""
    with Session(seeded_engine) as session:
        target = session.exec(select(Target).where(col(Target.value) > 1)).first()
        assert target is not None and target.id is not None
        target_id = target.id
    for attempt in range(ATTEMPTS):
        seen = load_fact(seeded_engine, FactKind.TARGET, target_id).snapshot
        values = iter([str(1000 + 2 * attempt), str(1001 + 2 * attempt)])

        results = at_once(functools.partial(save_value, seeded_engine, target_id, values, seen))
        assert sum(result.startswith("refused") for result in results) == 1, results
        (saved,) = [result for result in results if not result.startswith("refused")]
        assert load_fact(seeded_engine, FactKind.TARGET, target_id).snapshot["value"] == float(
            saved
        )


def add_meaning(engine: Engine, means: str) -> str:
    return glossary_store.add_entry(engine, ACTOR, "规上", means).means


def test_one_term_added_twice_at_once_has_one_live_entry(seeded_engine: Engine) -> None:
    """Two admins adding the same term at once each replaced nothing and kept their own:
    the glossary then held two live meanings of one term, either of them used."""
    for attempt in range(ATTEMPTS):
        added = at_once(functools.partial(add_meaning, seeded_engine, f"规模以上{attempt}"))
        assert len(added) == 2, added
        live = [e for e in glossary_store.list_entries(seeded_engine) if e.term == "规上"]
        assert len(live) == 1, live


def revoke_now(engine: Engine, rights: Rights, user: int) -> str:
    return str(access.revoke(engine, rights, 1, user))


def grant_now(engine: Engine, user: int) -> str:
    return str(access.grant(engine, 1, user))


def test_an_admin_revoked_twice_at_once_is_revoked_once(seeded_engine: Engine) -> None:
    """Two owners revoking one admin at once were both recorded: each owner's /undo would then
    grant the rights back, though only one revocation happened."""
    rights = Rights.of((1, 2))
    for attempt in range(ATTEMPTS):
        user = 5000 + attempt
        assert access.grant(seeded_engine, 1, user)
        revoked = at_once(functools.partial(revoke_now, seeded_engine, rights, user))
        assert sorted(revoked) == ["False", "True"], revoked
        granted = at_once(functools.partial(grant_now, seeded_engine, user))
        assert sorted(granted) == ["False", "True"], granted
