"""A corrected plan inherits its predecessor's follow-up: acks, snoozes and progress reports.

When a new version replaces a document (same doc number, or a plan that names the one it
replaces), or a re-ingest re-creates a fact, the new facts get new ids. The 已完成 and 推迟 a
chat pressed (``ReminderState``) and the progress a unit reported (``ProgressReport``) are kept
on the old ids, so without this the corrected plan would remind everyone again of what they had
already done. A new fact inherits from the old fact that says the same thing about the same
place and year: same kind, subject (or title), district (or region) and year of its date
(or cadence, for a duty); a duty's 已完成 is carried by the period it settled, not by its date,
since the new version may state another day. The old rows stay where they are, so undoing the
replacement loses nothing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from typing import Any

from sqlmodel import Session, col, select

from policybot.knowledge.models import FactKind, Milestone, ProgressReport, RecurringDuty, Target
from policybot.knowledge.recurrence import DutyCalendar
from policybot.knowledge.reminder_items import ITEM_KINDS_OF, ReminderState

REMINDER_KINDS = ITEM_KINDS_OF
_MODELS: dict[str, type[Any]] = {
    FactKind.TARGET: Target,
    FactKind.MILESTONE: Milestone,
    FactKind.RECURRING: RecurringDuty,
}
_STATE_FIELDS = (
    "done_at",
    "done_by",
    "done_as_admin",
    "admin_through",
    "snoozed_until",
    "snoozed_by",
    "done_through",
    "snoozed_due",
)


def identity(fact: Any) -> tuple[Any, ...]:
    """What makes two versions of a fact the same commitment: subject, place and year."""
    label = getattr(fact, "subject", None) or getattr(fact, "title", None)
    place = getattr(fact, "district", None) or fact.region_id
    when = getattr(fact, "deadline", None) or getattr(fact, "due", None)
    when = when.year if when is not None else getattr(fact, "every", None)
    return (label, place, when)


def inherit(session: Session, pairs: dict[str, list[tuple[int, int]]]) -> int:
    """Copy follow-up state from old to new fact ids, per fact kind; returns rows copied.

    A few statements per kind, not per fact: a plan of 1,200 targets replacing its previous
    version is matched inside the write transaction that stores it."""
    copied = 0
    for kind, moves in pairs.items():
        if not moves:
            continue
        new_of = dict(moves)
        copied += _copy_states(session, kind, new_of)
        if kind == FactKind.TARGET:
            copied += _copy_progress(session, new_of)
    session.flush()
    return copied


def successors(session: Session, old_document_ids: list[int], new_document_id: int) -> int:
    """A replacing document's facts inherit from the replaced documents' matching facts."""
    pairs: dict[str, list[tuple[int, int]]] = {}
    for kind, model in _MODELS.items():
        old = _live(session, model, old_document_ids)
        new = _live(session, model, [new_document_id])
        pairs[kind] = match(old, new)
    return inherit(session, pairs)


def match(old: list[Any], new: list[Any]) -> list[tuple[int, int]]:
    """(old id, new id) for facts with the same identity, each used once, in document order."""
    waiting: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    for fact in new:
        waiting[identity(fact)].append(fact)
    pairs = []
    for fact in old:
        candidates = waiting.get(identity(fact))
        if candidates:
            pairs.append((fact.id, candidates.pop(0).id))
    return pairs


def _live(session: Session, model: type[Any], document_ids: list[int]) -> list[Any]:
    if not document_ids:
        return []
    statement = (
        select(model)
        .where(model.document_id.in_(document_ids), model.deleted_at.is_(None))
        .order_by(model.id)
    )
    return list(session.exec(statement))


def _copy_states(session: Session, kind: str, new_of: dict[int, int]) -> int:
    """The old facts' 已完成/推迟 rows, copied to the new ids (a chat's own row there wins)."""
    copied = 0
    for item_kind in REMINDER_KINDS[kind]:
        olds = [
            state
            for chunk in _chunks(sorted(new_of))
            for state in session.exec(
                select(ReminderState)
                .where(
                    col(ReminderState.item_kind) == item_kind,
                    col(ReminderState.item_id).in_(chunk),
                )
                .order_by(col(ReminderState.id))
            )
        ]
        if not olds:
            continue
        present = {
            (chat_id, item_id)
            for chunk in _chunks(sorted(new_of.values()))
            for chat_id, item_id in session.exec(
                select(col(ReminderState.chat_id), col(ReminderState.item_id)).where(
                    col(ReminderState.item_kind) == item_kind,
                    col(ReminderState.item_id).in_(chunk),
                )
            )
        }
        calendars = _duty_calendars(session, new_of) if kind == FactKind.RECURRING else {}
        for state in olds:
            new_id = new_of[state.item_id]
            if (state.chat_id, new_id) in present:
                continue
            present.add((state.chat_id, new_id))
            fields = {name: getattr(state, name) for name in _STATE_FIELDS}
            if state.item_id in calendars and new_id in calendars:
                fields.update(by_period(state, calendars[state.item_id], calendars[new_id]))
            session.add(
                ReminderState(chat_id=state.chat_id, item_kind=item_kind, item_id=new_id, **fields)
            )
            copied += 1
    return copied


def by_period(state: ReminderState, old: DutyCalendar, new: DutyCalendar) -> dict[str, Any]:
    """A duty's 已完成/推迟 dates (``done_through``, ``admin_through``, ``snoozed_due``) under
    its ``new`` calendar: carried by the period each settled under ``old``, not by its date
    (每月8日前 → 每月12日前 keeps the month reported on done); a date no period of ``new``
    holds stays as it was."""
    moved: dict[str, Any] = {}
    for name in ("done_through", "admin_through", "snoozed_due"):
        day = getattr(state, name)
        if day is not None:
            moved[name] = new.same_period(day, old) or day
    return moved


def retimed(session: Session, duty_id: int, old: DutyCalendar, new: DutyCalendar) -> int:
    """A duty re-read in place (same id) with another calendar: the 已完成/推迟 its chats
    pressed move to the new calendar by period, as a replacing version's would
    (``_copy_states``); returns the rows changed."""
    if old == new:
        return 0
    changed = 0
    for state in session.exec(
        select(ReminderState).where(
            col(ReminderState.item_kind).in_(REMINDER_KINDS[FactKind.RECURRING]),
            col(ReminderState.item_id) == duty_id,
        )
    ):
        moved = by_period(state, old, new)
        if any(getattr(state, name) != day for name, day in moved.items()):
            for name, day in moved.items():
                setattr(state, name, day)
            session.add(state)
            changed += 1
    return changed


def _duty_calendars(session: Session, new_of: dict[int, int]) -> dict[int, DutyCalendar]:
    """The old and new duties' calendars: an 已完成 is carried by the period it settled, so a
    version moving the day (每月8日前 → 每月12日前) keeps the month reported on done."""
    ids = sorted({*new_of, *new_of.values()})
    return {
        duty.id: DutyCalendar.of(duty)
        for chunk in _chunks(ids)
        for duty in session.exec(select(RecurringDuty).where(col(RecurringDuty.id).in_(chunk)))
        if duty.id is not None
    }


def _copy_progress(session: Session, new_of: dict[int, int]) -> int:
    reports = [
        report
        for chunk in _chunks(sorted(new_of))
        for report in session.exec(
            select(ProgressReport)
            .where(col(ProgressReport.target_id).in_(chunk))
            .order_by(col(ProgressReport.id))
        )
    ]
    for report in reports:
        session.add(
            ProgressReport(
                target_id=new_of[report.target_id],
                value=report.value,
                reported_by=report.reported_by,
                chat_id=report.chat_id,
                reported_at=report.reported_at,
                note=report.note,
            )
        )
    return len(reports)


# Well under SQLite's and PostgreSQL's limits on bound parameters in one statement.
_CHUNK = 500


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]
