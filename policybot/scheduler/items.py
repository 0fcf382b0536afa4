"""What can be reminded, read from the knowledge store: dated milestones, targets and duties.

Only facts of active documents that are not deleted count. Queries select by due date (indexed
columns) and join the responsible units in the same statement, so the planner never walks the
whole store in Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, or_, select
from sqlmodel import Session

from policybot.knowledge.models import (
    Document,
    DocumentStatus,
    FactKind,
    FactUnit,
    Milestone,
    RecurringDuty,
    Target,
    Unit,
    UnitRole,
)
from policybot.scheduler.recurrence import cadences_ending_on


class ItemKind:
    """The ledger's ``item_kind``: a phase's start is reminded apart from its end."""

    TARGET = "target"
    MILESTONE = "milestone"
    MILESTONE_START = "milestone-start"
    RECURRING = "recurring"
    ALL = (TARGET, MILESTONE, MILESTONE_START, RECURRING)


FACT_KIND_OF = {
    ItemKind.TARGET: FactKind.TARGET,
    ItemKind.MILESTONE: FactKind.MILESTONE,
    ItemKind.MILESTONE_START: FactKind.MILESTONE,
    ItemKind.RECURRING: FactKind.RECURRING,
}


@dataclass(frozen=True)
class DueItem:
    """One occurrence of an item: its kind, id, due date, region and responsible units."""

    kind: str
    item_id: int
    due: date
    region_id: int | None
    unit_ids: frozenset[int] = frozenset()


def due_items(session: Session, due_dates: Collection[date]) -> list[DueItem]:
    """Every live item with an occurrence on one of ``due_dates``."""
    if not due_dates:
        return []
    dates = sorted(set(due_dates))
    rows: list[tuple[str, int, date, int | None]] = []
    rows += [
        (ItemKind.TARGET, item_id, due, region_id)
        for item_id, due, region_id in session.execute(
            _live(select(Target.id, Target.deadline, Target.region_id), Target).where(
                Target.deadline.in_(dates)  # type: ignore[union-attr]
            )
        )
    ]
    rows += [
        (ItemKind.MILESTONE, item_id, due, region_id)
        for item_id, due, region_id in session.execute(
            _live(select(Milestone.id, Milestone.due, Milestone.region_id), Milestone).where(
                Milestone.due.in_(dates)  # type: ignore[union-attr]
            )
        )
    ]
    rows += [
        (ItemKind.MILESTONE_START, item_id, start, region_id)
        for item_id, start, region_id in session.execute(
            _live(select(Milestone.id, Milestone.start, Milestone.region_id), Milestone).where(
                Milestone.start.in_(dates),  # type: ignore[union-attr]
                or_(Milestone.due.is_(None), Milestone.due != Milestone.start),  # type: ignore[union-attr]
            )
        )
    ]
    rows += _recurring_occurrences(session, dates)
    units = _unit_links(session, {(FACT_KIND_OF[kind], item_id) for kind, item_id, _, _ in rows})
    return [
        DueItem(
            kind, item_id, due, region_id, frozenset(units.get((FACT_KIND_OF[kind], item_id), ()))
        )
        for kind, item_id, due, region_id in rows
    ]


def _recurring_occurrences(
    session: Session, dates: Iterable[date]
) -> list[tuple[str, int, date, int | None]]:
    by_cadence: dict[str, list[date]] = defaultdict(list)
    for day in dates:
        for every in cadences_ending_on(day):
            by_cadence[every].append(day)
    if not by_cadence:
        return []
    statement = _live(
        select(
            RecurringDuty.id,
            RecurringDuty.every,
            RecurringDuty.region_id,
            Document.period_start,
            Document.period_end,
        ),
        RecurringDuty,
    ).where(
        RecurringDuty.every.in_(list(by_cadence)),  # type: ignore[attr-defined]
        Document.period_start.is_not(None),  # type: ignore[union-attr]
    )
    occurrences = []
    for duty_id, every, region_id, first_year, last_year in session.execute(statement):
        last_year = last_year or first_year
        occurrences += [
            (ItemKind.RECURRING, duty_id, day, region_id)
            for day in by_cadence[every]
            if first_year <= day.year <= last_year
        ]
    return occurrences


def _live(statement, model):  # type: ignore[no-untyped-def]
    """Restrict a fact query to facts that are not deleted, of active documents."""
    return statement.join(Document, Document.id == model.document_id).where(
        model.deleted_at.is_(None), Document.status == DocumentStatus.ACTIVE
    )


def _unit_links(session: Session, facts: set[tuple[str, int]]) -> dict[tuple[str, int], set[int]]:
    links: dict[tuple[str, int], set[int]] = defaultdict(set)
    by_kind: dict[str, list[int]] = defaultdict(list)
    for kind, fact_id in facts:
        by_kind[kind].append(fact_id)
    for kind, fact_ids in by_kind.items():
        for chunk in _chunks(sorted(fact_ids), 5000):
            statement = select(FactUnit.fact_id, FactUnit.unit_id).where(
                FactUnit.fact_kind == kind,
                FactUnit.fact_id.in_(chunk),  # type: ignore[attr-defined]
            )
            for fact_id, unit_id in session.execute(statement):
                links[(kind, fact_id)].add(unit_id)
    return links


def _chunks(values: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def live_item_ids(session: Session, kind: str, item_ids: Collection[int]) -> set[int]:
    """Which of ``item_ids`` still exist, undeleted, in an active document."""
    model = {
        ItemKind.TARGET: Target,
        ItemKind.MILESTONE: Milestone,
        ItemKind.MILESTONE_START: Milestone,
        ItemKind.RECURRING: RecurringDuty,
    }[kind]
    found: set[int] = set()
    for chunk in _chunks(sorted(item_ids), 5000):
        statement = _live(select(model.id), model).where(model.id.in_(chunk))
        found.update(session.execute(statement).scalars())
    return found


@dataclass
class ItemDetails:
    """Everything a reminder message says about an item, with its citation."""

    kind: str
    item_id: int
    title: str
    due_text: str | None
    quote: str
    document_title: str | None
    lead_units: list[str] = field(default_factory=list)
    support_units: list[str] = field(default_factory=list)
    numbers: str | None = None
    every: str | None = None


def item_details(session: Session, kind: str, item_id: int) -> ItemDetails | None:
    """The item as the message shows it, or None if it is gone (deleted or superseded)."""
    if item_id not in live_item_ids(session, kind, [item_id]):
        return None
    if kind == ItemKind.TARGET:
        target = session.get(Target, item_id)
        assert target is not None
        details = ItemDetails(
            kind,
            item_id,
            target.subject,
            target.deadline_text,
            target.quote,
            _document_title(session, target.document_id),
            numbers=target_numbers(target),
        )
        if target.district:
            details.title = f"{target.subject}（{target.district}）"
    elif kind == ItemKind.RECURRING:
        duty = session.get(RecurringDuty, item_id)
        assert duty is not None
        details = ItemDetails(
            kind,
            item_id,
            duty.title,
            None,
            duty.quote,
            _document_title(session, duty.document_id),
            every=duty.every,
        )
    else:
        milestone = session.get(Milestone, item_id)
        assert milestone is not None
        due_text = milestone.due_text if kind == ItemKind.MILESTONE else None
        details = ItemDetails(
            kind,
            item_id,
            milestone.title,
            due_text,
            milestone.quote,
            _document_title(session, milestone.document_id),
        )
    details.lead_units, details.support_units = _unit_names(session, FACT_KIND_OF[kind], item_id)
    return details


def target_numbers(target: Target) -> str:
    """``12项``, ``3–5家``, with the qualifier (新增, 累计…) in front."""
    value = _number(target.value)
    if target.value_max is not None:
        value = f"{value}–{_number(target.value_max)}"
    text = f"{target.qualifier or ''}{value}{target.unit or ''}"
    if target.per_year and "每年" not in text:
        text = f"每年{text}"
    return text


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _document_title(session: Session, document_id: int) -> str | None:
    document = session.get(Document, document_id)
    if document is None:
        return None
    return document.short_title or document.title


def _unit_names(session: Session, fact_kind: str, fact_id: int) -> tuple[list[str], list[str]]:
    statement = (
        select(Unit.name, FactUnit.role)
        .join(FactUnit, FactUnit.unit_id == Unit.id)
        .where(and_(FactUnit.fact_kind == fact_kind, FactUnit.fact_id == fact_id))
        .order_by(FactUnit.role, FactUnit.position)
    )
    lead: list[str] = []
    support: list[str] = []
    for name, role in session.execute(statement):
        (lead if role == UnitRole.LEAD else support).append(name)
    return lead, support
