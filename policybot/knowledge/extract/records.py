"""The extractor's output: plain dataclasses, independent of the database.

The field names follow ``corpus/SCHEMA.md`` so that ``to_schema_dict`` is a direct
mapping.  A few extra fields that the schema does not carry (character offsets, the document's own
wording of a deadline, the section heading) are kept because answers and reminders cite them.
Offsets index into ``Extraction.text``, the normalised full text that is stored with the document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

Every = Literal["year", "half-year", "quarter", "month"]
# The period a word names, however a plan writes it (每季/每季度, 年/年度, 月/月度): one map for
# every reader of recurring duties (sentences, regimes, table cells, "结束后" clauses).
PERIOD_WORDS: dict[str, Every] = {
    "年": "year",
    "年度": "year",
    "半年": "half-year",
    "季度": "quarter",
    "季": "quarter",
    "月": "month",
    "月度": "month",
}


@dataclass
class Span:
    """Where a fact was read: character offsets into the normalised text, and the section heading."""

    start: int = 0
    end: int = 0
    section: str | None = None


@dataclass
class DocumentMeta:
    source: str
    region: str | None = None
    title: str | None = None
    doc_number: str | None = None
    issuer: str | None = None
    issued: date | None = None
    effective: date | None = None
    period: tuple[int, int] | None = None
    level: str | None = None  # province | prefecture | county, from the gazetteer
    # Documents this one replaces, as named in the text ("……同时停止执行").
    supersedes: list[str] = field(default_factory=list)


@dataclass
class TargetRecord:
    region: str | None
    subject: str
    value: float
    quote: str
    district: str | None = None
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    deadline: date | None = None
    deadline_text: str | None = None  # the document's own words: "到2018年", "2019年底"
    per_year: bool = False
    lead_units: list[str] = field(default_factory=list)
    support_units: list[str] = field(default_factory=list)
    span: Span = field(default_factory=Span)
    # "(责任单位:A、B、C)": ``lead_units`` are answerable together, the text names no lead
    # (stored with the role ``UnitRole.RESPONSIBLE``, shown as 责任单位, never as 牵头).
    units_joint: bool = False
    # B44-2: the table and row a goal cell was read from ((table start, row number)); two rows of
    # one table are two indicators, never one commitment restated
    table_row: tuple[int, int] | None = None


# A step's or duty's title is its clause clipped to this many characters for display; the
# clause goes on in the text (``district_reach.whole_title`` reads it whole).
TITLE_WIDTH = 60


@dataclass
class MilestoneRecord:
    region: str | None
    title: str
    quote: str
    start: date | None = None
    due: date | None = None
    due_text: str | None = None  # "2017年中", "2015年9月底前"
    lead_units: list[str] = field(default_factory=list)
    # A task-table row's 配合单位 (the row's other units cell): stored as the fact's supporting
    # units, as a target's and a task's are.
    support_units: list[str] = field(default_factory=list)
    span: Span = field(default_factory=Span)
    # "(责任单位:A、B、C)": ``lead_units`` are answerable together, the text names no lead
    # (stored with the role ``UnitRole.RESPONSIBLE``, shown as 责任单位, never as 牵头).
    units_joint: bool = False


@dataclass
class RecurringRecord:
    region: str | None
    title: str
    every: Every
    quote: str
    lead_units: list[str] = field(default_factory=list)
    span: Span = field(default_factory=Span)
    # The day stated ("每月5日前": month 1 of the period, day 5; ``recurrence.DutyCalendar``) and
    # the phase or span the duty is done in ("2027年3月—2028年6月"), in the document's words.
    due_month: int | None = None
    due_day: int | None = None
    due_text: str | None = None
    window_start: date | None = None
    window_end: date | None = None
    window_text: str | None = None
    # Other days of the due month it falls on too ("每月10日、20日前": [20]).
    also_days: list[int] = field(default_factory=list)
    # "各街道每月5日前…(牵头单位:区质量办)": who does the duty besides its named lead (its
    # subject): they hear of it too, but are no 牵头 the plan did not name.
    support_units: list[str] = field(default_factory=list)
    # "(责任单位:A、B、C)": ``lead_units`` are answerable together, the text names no lead
    # (stored with the role ``UnitRole.RESPONSIBLE``, shown as 责任单位, never as 牵头).
    units_joint: bool = False


@dataclass
class RewardRecord:
    region: str | None
    achievement: str
    quote: str
    role: str | None = None
    level: str | None = None
    amount_yuan: float | None = None
    is_cap: bool = False
    treatment: str | None = None
    span: Span = field(default_factory=Span)


@dataclass
class TaskRecord:
    """A duty with its units, with or without a number ("…(牵头单位:市科技局)")."""

    region: str | None
    title: str
    quote: str
    section: str | None = None
    due: date | None = None
    lead_units: list[str] = field(default_factory=list)
    support_units: list[str] = field(default_factory=list)
    span: Span = field(default_factory=Span)
    # "(责任单位:A、B、C)": ``lead_units`` are answerable together, the text names no lead
    # (stored with the role ``UnitRole.RESPONSIBLE``, shown as 责任单位, never as 牵头).
    units_joint: bool = False


ConditionKind = Literal["scope", "overall_cap", "no_stacking", "other", "eligibility"]


@dataclass
class ConditionRecord:
    """A clause that changes what the document's rewards mean (就高不重复, a cap, a scope)."""

    kind: ConditionKind
    text: str
    quote: str
    span: Span = field(default_factory=Span)


# The records the store keeps as facts (conditions go with their document instead).
FactRecord = TargetRecord | MilestoneRecord | RecurringRecord | RewardRecord | TaskRecord


@dataclass
class Extraction:
    """Everything read from one document."""

    document: DocumentMeta
    text: str
    targets: list[TargetRecord] = field(default_factory=list)
    milestones: list[MilestoneRecord] = field(default_factory=list)
    recurring: list[RecurringRecord] = field(default_factory=list)
    rewards: list[RewardRecord] = field(default_factory=list)
    tasks: list[TaskRecord] = field(default_factory=list)
    conditions: list[ConditionRecord] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    # Human-readable notes on what could not be read (shown in upload previews).
    warnings: list[str] = field(default_factory=list)
    # Lines of the text a fact was read from that no kept record spans (a table's header, a
    # row restating a body figure): not "unread" in an upload's preview (``unread_lines``).
    read_lines: list[tuple[int, int]] = field(default_factory=list)

    def fact_records(self) -> list[FactRecord]:
        """Every record the store keeps as a fact, kind by kind."""
        return [*self.targets, *self.milestones, *self.recurring, *self.rewards, *self.tasks]

    def to_schema_dict(self) -> dict[str, Any]:
        """The JSON shape of ``corpus/SCHEMA.md`` (ids are assigned here, in order)."""
        stem = _id_stem(self.document.source)
        return {
            "document": document_dict(self.document),
            "targets": [_target_dict(t, f"{stem}-t{i:02d}") for i, t in enumerate(self.targets, 1)],
            "milestones": [
                _milestone_dict(m, f"{stem}-m{i:02d}") for i, m in enumerate(self.milestones, 1)
            ],
            "recurring": [
                _recurring_dict(r, f"{stem}-r{i:02d}") for i, r in enumerate(self.recurring, 1)
            ],
            "rewards": [_reward_dict(w, f"{stem}-w{i:02d}") for i, w in enumerate(self.rewards, 1)],
            "units": list(self.units),
            "tasks": [_task_dict(k, f"{stem}-k{i:02d}") for i, k in enumerate(self.tasks, 1)],
            "conditions": [
                {"kind": c.kind, "text": c.text, "quote": c.quote} for c in self.conditions
            ],
        }


def _id_stem(source: str) -> str:
    stem = source.rsplit("/", 1)[-1].split(".", 1)[0]
    return stem or "doc"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _number(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def document_dict(meta: DocumentMeta) -> dict[str, Any]:
    """The ``document`` part of the schema shape."""
    return {
        "source": meta.source,
        "region": meta.region,
        "title": meta.title,
        "doc_number": meta.doc_number,
        "issuer": meta.issuer,
        "issued": _iso(meta.issued),
        "effective": _iso(meta.effective),
        "period": list(meta.period) if meta.period else None,
    }


def _target_dict(t: TargetRecord, ident: str) -> dict[str, Any]:
    return {
        "id": ident,
        "region": t.region,
        "district": t.district,
        "subject": t.subject,
        "value": _number(t.value),
        "value_max": _number(t.value_max),
        "unit": t.unit,
        "qualifier": t.qualifier,
        "deadline": _iso(t.deadline),
        "per_year": t.per_year,
        "lead_units": list(t.lead_units),
        "support_units": list(t.support_units),
        "quote": t.quote,
    }


def _milestone_dict(m: MilestoneRecord, ident: str) -> dict[str, Any]:
    return {
        "id": ident,
        "region": m.region,
        "title": m.title,
        "start": _iso(m.start),
        "due": _iso(m.due),
        "lead_units": list(m.lead_units),
        "quote": m.quote,
    }


def _recurring_dict(r: RecurringRecord, ident: str) -> dict[str, Any]:
    return {
        "id": ident,
        "region": r.region,
        "title": r.title,
        "every": r.every,
        "lead_units": list(r.lead_units),
        "quote": r.quote,
    }


def _reward_dict(w: RewardRecord, ident: str) -> dict[str, Any]:
    return {
        "id": ident,
        "region": w.region,
        "achievement": w.achievement,
        "role": w.role,
        "level": w.level,
        "amount_yuan": _number(w.amount_yuan),
        "is_cap": w.is_cap,
        "treatment": w.treatment,
        "quote": w.quote,
    }


def _task_dict(k: TaskRecord, ident: str) -> dict[str, Any]:
    return {
        "id": ident,
        "region": k.region,
        "title": k.title,
        "section": k.section,
        "due": _iso(k.due),
        "lead_units": list(k.lead_units),
        "support_units": list(k.support_units),
        "quote": k.quote,
    }
