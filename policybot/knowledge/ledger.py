"""The ledger (台账) an office keeps: every live target, milestone, duty and reward of a region
(or of the whole store), one row each, with its units, latest progress and citation.

Rows come from the answer index, so the ledger shows exactly what the bot answers with: facts of
active documents that nobody deleted, each unit and progress report resolved. The spreadsheet
writer (``reports.spreadsheet``) only lays these rows out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from policybot.knowledge.labels import FACT_KIND_LABELS, duty_timing
from policybot.knowledge.models import FactKind
from policybot.knowledge.queries import TaskRow as StoredTask
from policybot.knowledge.question import resolve_region
from policybot.knowledge.search import IndexedFact, KnowledgeIndex
from policybot.knowledge.unit_roles import lead_cell


@dataclass(frozen=True)
class Source:
    document: str
    section: str | None
    quote: str


@dataclass(frozen=True)
class TargetRow:
    fact_id: int
    region: str | None
    subject: str
    value: float | None
    value_max: float | None
    unit: str | None
    qualifier: str | None
    deadline: date | None
    deadline_text: str | None
    lead_units: str
    support_units: str
    progress: float | None
    progress_date: date | None
    progress_share: float | None
    source: Source


@dataclass(frozen=True)
class TaskRow:
    kind: str  # 节点 | 常规工作 | 任务
    fact_id: int
    region: str | None
    title: str
    due: date | None
    due_text: str | None
    every: str | None
    lead_units: str
    support_units: str
    source: Source


@dataclass(frozen=True)
class RewardRow:
    fact_id: int
    region: str | None
    achievement: str
    role: str | None
    level: str | None
    amount_yuan: float | None
    is_cap: bool
    treatment: str | None
    source: Source


@dataclass(frozen=True)
class Ledger:
    scope: str
    targets: tuple[TargetRow, ...]
    tasks: tuple[TaskRow, ...]
    rewards: tuple[RewardRow, ...]


class UnknownRegion(LookupError):
    """The region named for the ledger is not in the store."""


def build_ledger(
    index: KnowledgeIndex,
    region: str | None,
    tz: ZoneInfo,
    tasks: Sequence[StoredTask] = (),
) -> Ledger:
    """The ledger of ``region`` (it and the regions under it), or of everything when None.

    ``tasks`` are the store's duties (``queries.read_live_tasks``): the answer index does not
    hold them, so the caller reads them beside it."""
    if region:
        region_ids = resolve_region(region, index)
        if not region_ids:
            raise UnknownRegion(region)
        scope: set[int] = set()
        for region_id in region_ids:
            scope |= index.region_scope(region_id)
        facts = [fact for fact in index.facts() if fact.row.region_id in scope]
        tasks = [task for task in tasks if task.region_id in scope]
        name = "、".join(index.region_name(r) or "" for r in region_ids)
    else:
        facts, name = list(index.facts()), "全部"
    duties = [
        _stored_task(index, task)
        for task in tasks
        if index.find_document(task.document_id) is not None
    ]
    return Ledger(
        scope=name,
        targets=tuple(_target(index, f, tz) for f in facts if f.row.kind == FactKind.TARGET),
        tasks=(
            *(
                _task(index, f)
                for f in facts
                if f.row.kind in (FactKind.MILESTONE, FactKind.RECURRING)
            ),
            *duties,
        ),
        rewards=tuple(_reward(index, f) for f in facts if f.row.kind == FactKind.REWARD),
    )


def _region(index: KnowledgeIndex, fact: IndexedFact) -> str | None:
    return index.region_name(fact.row.region_id) or fact.row.district or fact.row.region


def _source(fact: IndexedFact) -> Source:
    return Source(fact.document.name, fact.row.section, fact.row.quote)


def _target(index: KnowledgeIndex, fact: IndexedFact, tz: ZoneInfo) -> TargetRow:
    row = fact.row
    report = fact.progress
    share = report.value / row.value if report is not None and row.value else None
    return TargetRow(
        fact_id=row.id,
        region=_region(index, fact),
        subject=row.label,
        value=row.value,
        value_max=row.value_max,
        unit=row.unit,
        qualifier=row.qualifier,
        deadline=row.due,
        deadline_text=row.due_text,
        lead_units=lead_cell(fact.lead_units, fact.responsible_units),
        support_units="、".join(fact.support_units),
        progress=report.value if report is not None else None,
        progress_date=report.reported_at.astimezone(tz).date() if report is not None else None,
        progress_share=share,
        source=_source(fact),
    )


def _task(index: KnowledgeIndex, fact: IndexedFact) -> TaskRow:
    row = fact.row
    milestone = row.kind == FactKind.MILESTONE
    return TaskRow(
        kind=FACT_KIND_LABELS[FactKind.MILESTONE if milestone else FactKind.RECURRING],
        fact_id=row.id,
        region=_region(index, fact),
        title=row.label,
        due=row.due,
        due_text=row.due_text,
        every=None
        if milestone or row.every is None
        else duty_timing(row.every, None, row.window_text),
        lead_units=lead_cell(fact.lead_units, fact.responsible_units),
        support_units="、".join(fact.support_units),
        source=_source(fact),
    )


def _stored_task(index: KnowledgeIndex, task: StoredTask) -> TaskRow:
    return TaskRow(
        kind="任务",
        fact_id=task.id,
        region=index.region_name(task.region_id) or task.region,
        title=task.title,
        due=task.due,
        due_text=None,
        every=None,
        lead_units=lead_cell(task.lead_units, task.responsible_units),
        support_units="、".join(task.support_units),
        source=Source(index.document(task.document_id).name, task.section, task.quote),
    )


def _reward(index: KnowledgeIndex, fact: IndexedFact) -> RewardRow:
    row = fact.row
    return RewardRow(
        fact_id=row.id,
        region=_region(index, fact),
        achievement=row.label,
        role=row.role,
        level=row.level,
        amount_yuan=row.amount_yuan,
        is_cap=row.is_cap,
        treatment=row.treatment,
        source=_source(fact),
    )
