"""The read SQL of the query service, and nothing else.

Everything the service answers comes from an in-memory snapshot (``search.KnowledgeIndex``) built
from these few bulk reads; per question the database is asked only for ``store_version``.
Rows come back as slotted dataclasses rather than ORM objects: 100,000 targets load in a second.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Row, Select, func, select
from sqlalchemy.engine import Connection, Engine
from sqlmodel import col

from policybot.knowledge.district_reach import clipped_clause
from policybot.knowledge.hand_edits import EDITS, hand_edited_facts
from policybot.knowledge.live import live_only
from policybot.knowledge.models import (
    AuditEntry,
    Document,
    DocumentStatus,
    DocumentUnit,
    FactKind,
    FactUnit,
    GlossaryEntry,
    Milestone,
    ProgressReport,
    RecurringDuty,
    Region,
    RegionAlias,
    RewardRule,
    StoreRevisionRow,
    Target,
    Task,
    Unit,
    UnitAlias,
)
from policybot.knowledge.unit_roles import split_by_role


@dataclass(slots=True)
class DocumentRow:
    id: int
    title: str | None
    short_title: str | None
    doc_number: str | None
    issuer: str | None
    region: str | None
    region_id: int | None
    issued: date | None
    period_start: int | None
    period_end: int | None
    status: str
    effective: date | None = None
    supersedes_text: str | None = None
    ingested_at: datetime | None = None
    superseded_by_id: int | None = None  # the document that replaced it, when known

    @property
    def issued_or_stored(self) -> date | None:
        """When the plan began: issued, else took effect, else stored (an open-ended plan's
        duties fall from then on: ``recurrence.duty_span``)."""
        stored = self.ingested_at.date() if self.ingested_at else None
        return self.issued or self.effective or stored

    @property
    def name(self) -> str:
        return self.short_title or self.title or self.doc_number or f"文件#{self.id}"


@dataclass(slots=True)
class FactRow:
    """Any kind of fact, flattened: the fields a kind does not have stay ``None``."""

    kind: str
    id: int
    document_id: int
    region_id: int | None
    region: str | None
    section: str | None
    quote: str
    label: str
    district: str | None = None
    value: float | None = None
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    due: date | None = None
    due_text: str | None = None
    per_year: bool = False
    every: str | None = None
    amount_yuan: float | None = None
    is_cap: bool = False
    treatment: str | None = None
    role: str | None = None
    level: str | None = None
    start: date | None = None
    # A recurring duty's stated day and window (``recurrence.DutyCalendar``); its words for the
    # day are ``due_text``.
    due_month: int | None = None
    due_day: int | None = None
    window_start: date | None = None
    window_end: date | None = None
    window_text: str | None = None
    also_days: str | None = None
    # A milestone's or duty's clause in its document's text when its title is clipped for
    # display (``district_reach.clipped_clause``): the districts it reaches are read through it,
    # as the reminders read them. Dropped once the index has read it.
    clause: str | None = None


@dataclass(slots=True)
class RegionRow:
    id: int
    name: str
    parent_id: int | None


@dataclass(slots=True)
class UnitRow:
    id: int
    name: str
    region_id: int | None


@dataclass(slots=True)
class UnitLinkRow:
    kind: str
    fact_id: int
    unit_id: int
    role: str
    position: int


@dataclass(slots=True)
class ProgressRow:
    target_id: int
    value: float
    reported_at: datetime


StoreVersion = tuple[object, ...]


def store_version(connection: Connection) -> StoreVersion:
    """A cheap fingerprint of what the index shows: primary-key maxima, one statement.

    First the store's revision (``StoreRevisionRow``): database triggers bump it in the same
    transaction as any write to a table answers are built from, so no writer, whether it audits
    its change or not, can leave answers stale. Then primary-key maxima, each an index lookup
    whatever the store's size: they also tell apart two stores at the same revision.
    """
    revision = (
        select(col(StoreRevisionRow.revision))
        .where(col(StoreRevisionRow.id) == 1)
        .scalar_subquery()
    )
    maxima = [revision] + [
        select(func.max(model.id)).scalar_subquery()
        for model in (
            AuditEntry,
            Document,
            Target,
            Milestone,
            RewardRule,
            RecurringDuty,
            ProgressReport,
            Unit,
            Region,
            GlossaryEntry,
        )
    ]
    return tuple(connection.execute(select(*maxima)).one())


def _cells(row: Row[*tuple[Any, ...]]) -> tuple[Any, ...]:
    """A row's cells as plain values: the models declare ids optional (unset before an insert),
    the rows read here always have them, so the row dataclasses take them as read."""
    return tuple(row)


def load_documents(connection: Connection) -> list[DocumentRow]:
    statement = select(
        col(Document.id),
        col(Document.title),
        col(Document.short_title),
        col(Document.doc_number),
        col(Document.issuer),
        col(Document.region),
        col(Document.region_id),
        col(Document.issued),
        col(Document.period_start),
        col(Document.period_end),
        col(Document.status),
        col(Document.effective),
        col(Document.supersedes_text),
        col(Document.ingested_at),
        col(Document.superseded_by_id),
    ).order_by(col(Document.id))
    return [DocumentRow(*_cells(row)) for row in connection.execute(statement)]


def _live(model: Any, statement: Select[Any]) -> Select[Any]:
    """Only facts of active documents that nobody deleted (``live.live_only``), in id order."""
    return live_only(statement, model).order_by(model.id)


def _common(model: Any) -> tuple[Any, ...]:
    return (
        model.id,
        model.document_id,
        model.region_id,
        model.region,
        model.section,
        model.quote,
    )


def _common_cells(row: Row[*tuple[Any, ...]]) -> tuple[Any, Any, Any, Any, Any, Any]:
    """The cells ``_common`` selected (the first six), as ``FactRow``'s first fields."""
    return (row[0], row[1], row[2], row[3], row[4], row[5])


def load_live_facts(connection: Connection) -> Iterator[FactRow]:
    """Every live fact of every kind, in id order per kind."""
    targets = select(
        *_common(Target),
        col(Target.subject),
        col(Target.district),
        col(Target.value),
        col(Target.value_max),
        col(Target.unit),
        col(Target.qualifier),
        col(Target.deadline),
        col(Target.deadline_text),
        col(Target.per_year),
    )
    for row in connection.execute(_live(Target, targets)):
        yield FactRow(
            FactKind.TARGET,
            *_common_cells(row),
            label=row.subject,
            district=row.district,
            value=row.value,
            value_max=row.value_max,
            unit=row.unit,
            qualifier=row.qualifier,
            due=row.deadline,
            due_text=row.deadline_text,
            per_year=bool(row.per_year),
        )
    milestones = select(
        *_common(Milestone),
        col(Milestone.title),
        col(Milestone.start),
        col(Milestone.due),
        col(Milestone.due_text),
        clipped_clause(Milestone).label("clause"),
    )
    for row in connection.execute(_live(Milestone, milestones)):
        yield FactRow(
            FactKind.MILESTONE,
            *_common_cells(row),
            label=row.title,
            due=row.due,
            due_text=row.due_text,
            start=row.start,
            clause=row.clause,
        )
    duties = select(
        *_common(RecurringDuty),
        col(RecurringDuty.title),
        col(RecurringDuty.every),
        col(RecurringDuty.due_month),
        col(RecurringDuty.due_day),
        col(RecurringDuty.due_text),
        col(RecurringDuty.window_start),
        col(RecurringDuty.window_end),
        col(RecurringDuty.window_text),
        col(RecurringDuty.also_days),
        clipped_clause(RecurringDuty).label("clause"),
    )
    for row in connection.execute(_live(RecurringDuty, duties)):
        yield FactRow(
            FactKind.RECURRING,
            *_common_cells(row),
            label=row.title,
            every=row.every,
            due_text=row.due_text,
            due_month=row.due_month,
            due_day=row.due_day,
            window_start=row.window_start,
            window_end=row.window_end,
            window_text=row.window_text,
            also_days=row.also_days,
            clause=row.clause,
        )
    rewards = select(
        *_common(RewardRule),
        col(RewardRule.achievement),
        col(RewardRule.amount_yuan),
        col(RewardRule.is_cap),
        col(RewardRule.treatment),
        col(RewardRule.role),
        col(RewardRule.level),
    )
    for row in connection.execute(_live(RewardRule, rewards)):
        yield FactRow(
            FactKind.REWARD,
            *_common_cells(row),
            label=row.achievement,
            amount_yuan=row.amount_yuan,
            is_cap=bool(row.is_cap),
            treatment=row.treatment,
            role=row.role,
            level=row.level,
        )


def load_unit_links(connection: Connection) -> list[UnitLinkRow]:
    statement = select(
        col(FactUnit.fact_kind),
        col(FactUnit.fact_id),
        col(FactUnit.unit_id),
        col(FactUnit.role),
        col(FactUnit.position),
    ).order_by(col(FactUnit.fact_kind), col(FactUnit.fact_id), col(FactUnit.position))
    return [UnitLinkRow(*_cells(row)) for row in connection.execute(statement)]


def load_regions(connection: Connection) -> tuple[list[RegionRow], list[tuple[str, int]]]:
    regions = [
        RegionRow(*_cells(row))
        for row in connection.execute(
            select(col(Region.id), col(Region.name), col(Region.parent_id)).order_by(col(Region.id))
        )
    ]
    aliases = [
        (row.alias, row.region_id)
        for row in connection.execute(select(col(RegionAlias.alias), col(RegionAlias.region_id)))
    ]
    return regions, aliases


def load_units(connection: Connection) -> tuple[list[UnitRow], list[tuple[str, int]]]:
    """The units some stored fact or document names. A unit only an undone (removed) upload
    named stays in the table, but no answer finds it or shows its region (/units 市统计局 would
    name a region whose plan is gone)."""
    linked = select(col(FactUnit.unit_id)).union(select(col(DocumentUnit.unit_id)))
    units = [
        UnitRow(*_cells(row))
        for row in connection.execute(
            select(col(Unit.id), col(Unit.name), col(Unit.region_id))
            .where(col(Unit.id).in_(linked))
            .order_by(col(Unit.id))
        )
    ]
    kept = {unit.id for unit in units}
    aliases = [
        (row.alias, row.unit_id)
        for row in connection.execute(select(col(UnitAlias.alias), col(UnitAlias.unit_id)))
        if row.unit_id in kept
    ]
    return units, aliases


def load_document_texts(connection: Connection) -> list[tuple[int, str]]:
    """(id, normalised text) of the active documents: what sentence search reads."""
    statement = (
        select(col(Document.id), col(Document.text))
        .where(col(Document.status) == DocumentStatus.ACTIVE)
        .order_by(col(Document.id))
    )
    return [(row.id, row.text) for row in connection.execute(statement)]


def load_glossary(connection: Connection) -> list[tuple[int, str, str]]:
    """(id, term, means) of the admins' glossary entries that nobody deleted."""
    statement = (
        select(col(GlossaryEntry.id), col(GlossaryEntry.term), col(GlossaryEntry.means))
        .where(col(GlossaryEntry.deleted_at).is_(None))
        .order_by(col(GlossaryEntry.id))
    )
    return [(row.id, row.term, row.means) for row in connection.execute(statement)]


def load_latest_progress(connection: Connection) -> dict[int, ProgressRow]:
    """The most recent report per target (later reports overwrite earlier ones)."""
    statement = select(
        col(ProgressReport.target_id), col(ProgressReport.value), col(ProgressReport.reported_at)
    ).order_by(col(ProgressReport.reported_at), col(ProgressReport.id))
    return {row.target_id: ProgressRow(*_cells(row)) for row in connection.execute(statement)}


def load_edited_facts(connection: Connection) -> frozenset[tuple[str, int]]:
    """(kind, id) of the facts an admin changed by hand (an /edit not undone): their values
    no longer read as their quotes, and answers must say so. One indexed scan of the audit
    log's updates, read only when the index is built."""
    return hand_edited_facts(connection, actions=EDITS)


def load_retired_fact_regions(connection: Connection) -> set[int]:
    """Ids of the regions the facts of retired (superseded or expired) documents name.

    A retired plan stays answerable as retired (its retirement is said), so a district only its
    facts name must stay a place: asked about it, the answer says the plan was retired rather than
    that the store holds nothing on it (attack47 M4). Undone uploads are deleted, facts and all,
    so their places are not kept by this."""
    regions: set[int] = set()
    for model in (Target, Milestone, RecurringDuty, RewardRule, Task):
        statement = (
            select(col(model.region_id))
            .distinct()
            .join(Document, col(Document.id) == col(model.document_id))
            .where(
                col(Document.status) != DocumentStatus.ACTIVE,
                col(model.deleted_at).is_(None),
                col(model.region_id).is_not(None),
            )
        )
        regions.update(id_ for id_ in connection.execute(statement).scalars() if id_ is not None)
    return regions


def read_snapshot_rows(engine: Engine) -> SnapshotRows:
    """All the index needs, read in one transaction so the pieces agree with each other."""
    with engine.connect() as connection, connection.begin():
        version = store_version(connection)
        regions, region_aliases = load_regions(connection)
        units, unit_aliases = load_units(connection)
        return SnapshotRows(
            version=version,
            documents=load_documents(connection),
            facts=list(load_live_facts(connection)),
            unit_links=load_unit_links(connection),
            regions=regions,
            region_aliases=region_aliases,
            units=units,
            unit_aliases=unit_aliases,
            progress=load_latest_progress(connection),
            texts=load_document_texts(connection),
            glossary=load_glossary(connection),
            edited=load_edited_facts(connection),
            retired_regions=load_retired_fact_regions(connection),
        )


def read_store_version(engine: Engine) -> StoreVersion:
    with engine.connect() as connection:
        return store_version(connection)


def read_store_revision(engine: Engine) -> tuple[StoreVersion, str]:
    """The version, and which store this is: when its first document was ingested.

    The version alone (primary-key maxima) could repeat in a store deleted and loaded again;
    the first document's ingestion time does not. Two index lookups, for a persisted index.
    """
    first_ingested = (
        select(col(Document.ingested_at)).order_by(col(Document.id)).limit(1).scalar_subquery()
    )
    with engine.connect() as connection:
        version = store_version(connection)
        identity = connection.execute(select(first_ingested)).scalar()
    return version, str(identity)


def has_documents(engine: Engine) -> bool:
    """Whether the store holds any document (an index lookup, whatever its size)."""
    with engine.connect() as connection:
        return connection.execute(select(col(Document.id)).limit(1)).first() is not None


@dataclass
class SnapshotRows:
    version: StoreVersion
    documents: list[DocumentRow]
    facts: list[FactRow]
    unit_links: list[UnitLinkRow]
    regions: list[RegionRow]
    region_aliases: list[tuple[str, int]]
    units: list[UnitRow]
    unit_aliases: list[tuple[str, int]]
    progress: dict[int, ProgressRow]
    texts: list[tuple[int, str]] = field(default_factory=list)
    glossary: list[tuple[int, str, str]] = field(default_factory=list)
    # (kind, id) of the facts an admin edited (``load_edited_facts``).
    edited: frozenset[tuple[str, int]] = frozenset()
    # Regions the facts of retired documents name (``load_retired_fact_regions``).
    retired_regions: set[int] = field(default_factory=set)


def read_document_text(engine: Engine, document_id: int) -> str:
    """One document's full text (the reward calculator quotes its conditions from it)."""
    with engine.connect() as connection:
        text = connection.execute(
            select(col(Document.text)).where(col(Document.id) == document_id)
        ).scalar_one_or_none()
    return text or ""


@dataclass(slots=True)
class TaskRow:
    """A stored duty (``Task``) of an active document, with its units in their order."""

    id: int
    document_id: int
    region_id: int | None
    region: str | None
    section: str | None
    quote: str
    title: str
    due: date | None
    lead_units: tuple[str, ...] = ()
    support_units: tuple[str, ...] = ()
    # Of ``lead_units``, those the text names only as 责任单位 (``knowledge.unit_roles``).
    responsible_units: tuple[str, ...] = ()


def read_live_tasks(engine: Engine) -> list[TaskRow]:
    """Every live task with its lead and support units (the ledger lists them; the answer
    index does not hold tasks yet)."""
    with engine.connect() as connection:
        tasks = [
            TaskRow(*_cells(row))
            for row in connection.execute(
                _live(Task, select(*_common(Task), col(Task.title), col(Task.due)))
            )
        ]
        links = connection.execute(
            select(col(FactUnit.fact_id), col(FactUnit.role), col(Unit.name))
            .join(Unit, col(Unit.id) == col(FactUnit.unit_id))
            .where(col(FactUnit.fact_kind) == FactKind.TASK)
            .order_by(col(FactUnit.fact_id), col(FactUnit.position))
        ).all()
    units: dict[int, list[tuple[str, str]]] = {}
    for fact_id, role, name in links:
        units.setdefault(fact_id, []).append((role, name))
    for task in tasks:
        lead, support, responsible = split_by_role(units.get(task.id, []))
        task.lead_units, task.support_units = tuple(lead), tuple(support)
        task.responsible_units = tuple(responsible)
    return tasks
