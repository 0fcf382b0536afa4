"""The knowledge store's tables (SQLModel).

Every extracted fact keeps the quote it was read from and its character offsets into its
document's normalised text, so that any answer can cite its source. Datetimes are stored as UTC
and always come back timezone-aware (``UTCDateTime``), whatever the database.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Index,
    Table,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Store UTC, return aware datetimes: SQLite would otherwise drop the timezone silently."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTCDateTime column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def utc_column(*, nullable: bool = True, index: bool = False) -> Any:
    """A UTC datetime field; ``sa_type`` (not a shared ``Column``) so mixins can use it."""
    return Field(default=None, sa_type=UTCDateTime, nullable=nullable, index=index)


def text_column() -> Any:
    return Field(default=None, sa_type=Text)


class DocumentStatus:
    ACTIVE = "active"
    SUPERSEDED = "superseded"
    EXPIRED = "expired"
    ALL = (ACTIVE, SUPERSEDED, EXPIRED)


class Region(SQLModel, table=True):
    """A jurisdiction: 佛山市 is the parent of 佛山市南海区."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, unique=True)
    parent_id: int | None = Field(default=None, foreign_key="region.id")


class RegionAlias(SQLModel, table=True):
    __tablename__ = "region_alias"
    __table_args__ = (UniqueConstraint("alias", "region_id"),)

    id: int | None = Field(default=None, primary_key=True)
    alias: str = Field(index=True)
    region_id: int = Field(foreign_key="region.id", index=True)


class Unit(SQLModel, table=True):
    """A responsible unit. 市质监局 of one city is not 市质监局 of another: names are per region."""

    __table_args__ = (UniqueConstraint("name", "region_id"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    region_id: int | None = Field(default=None, foreign_key="region.id", index=True)


class UnitAlias(SQLModel, table=True):
    __tablename__ = "unit_alias"
    __table_args__ = (UniqueConstraint("alias", "unit_id"),)

    id: int | None = Field(default=None, primary_key=True)
    alias: str = Field(index=True)
    unit_id: int = Field(foreign_key="unit.id", index=True)


class Document(SQLModel, table=True):
    # AUTOINCREMENT on SQLite (migration 0012): an id is never handed out twice. Without it
    # SQLite gave the next upload the id of an undone (removed) one, and /history and the audit
    # log mixed the two documents. PostgreSQL's sequence never reuses an id anyway.
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    source: str
    content_hash: str = Field(index=True, unique=True)
    title: str | None = None
    short_title: str | None = None
    doc_number: str | None = Field(default=None, index=True)
    issuer: str | None = None
    region: str | None = None
    region_id: int | None = Field(default=None, foreign_key="region.id", index=True)
    issued: date | None = None
    effective: date | None = None
    period_start: int | None = None
    period_end: int | None = None
    status: str = Field(default=DocumentStatus.ACTIVE, index=True)
    superseded_by_id: int | None = Field(default=None, foreign_key="document.id")
    supersedes_text: str | None = text_column()  # JSON list of titles this plan replaces
    extraction_fingerprint: str | None = None
    text: str = Field(sa_column=Column(Text, nullable=False))
    ingested_at: datetime | None = utc_column()
    updated_at: datetime | None = utc_column()


class FactColumns(SQLModel):
    """What every extracted fact has: its document, its citation and whether it is live."""

    document_id: int = Field(foreign_key="document.id", index=True)
    region: str | None = None
    region_id: int | None = Field(default=None, foreign_key="region.id", index=True)
    section: str | None = None
    quote: str = Field(sa_type=Text)
    start_offset: int = 0
    end_offset: int = 0
    deleted_at: datetime | None = utc_column()


class Target(FactColumns, table=True):
    # AUTOINCREMENT on SQLite (migration 0013), as for documents: an undone upload's fact ids are
    # not given to the next upload's facts, so an old 出处 button or audit entry stays its own.
    __table_args__ = {"sqlite_autoincrement": True}
    id: int | None = Field(default=None, primary_key=True)
    district: str | None = None
    subject: str
    value: float
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    deadline: date | None = Field(default=None, index=True)
    deadline_text: str | None = None
    per_year: bool = False


class Milestone(FactColumns, table=True):
    __table_args__ = {"sqlite_autoincrement": True}
    id: int | None = Field(default=None, primary_key=True)
    title: str
    start: date | None = None
    due: date | None = Field(default=None, index=True)
    due_text: str | None = None


class RecurringDuty(FactColumns, table=True):
    __table_args__ = {"sqlite_autoincrement": True}
    __tablename__ = "recurring_duty"
    id: int | None = Field(default=None, primary_key=True)
    title: str
    every: str  # year | half-year | quarter | month
    # When in each period it falls ("每月5日前": month 1, day 5; "每季度结束后15日内": month 4,
    # day 15); NULL month: the period's end, NULL day: that month's end. ``due_text`` is the
    # document's words for it.
    due_month: int | None = None
    due_day: int | None = None
    due_text: str | None = None
    # The phase or span it is done in ("实施阶段(2027年3月—2028年6月)"): no occurrence outside
    # it. NULL: the plan's years, as before these columns.
    window_start: date | None = None
    window_end: date | None = None
    window_text: str | None = None
    # Other days of the due month it falls on too ("每月10日、20日前": "20"), comma-separated;
    # NULL: only ``due_day``.
    also_days: str | None = None


class RewardRule(FactColumns, table=True):
    __table_args__ = {"sqlite_autoincrement": True}
    __tablename__ = "reward_rule"
    id: int | None = Field(default=None, primary_key=True)
    achievement: str
    role: str | None = None
    level: str | None = None
    amount_yuan: float | None = None
    is_cap: bool = False
    treatment: str | None = None


class Task(FactColumns, table=True):
    """A duty with its lead and support units (``FactUnit`` rows of kind "task"), dated or not:
    "某项工作由哪个部门牵头", "市质监局负责哪些任务"."""

    __table_args__ = {"sqlite_autoincrement": True}
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(sa_type=Text)
    due: date | None = Field(default=None, index=True)


class RewardCondition(SQLModel, table=True):
    """A clause that changes what a document's rewards mean (scope, overall cap, 就高不重复)."""

    __tablename__ = "reward_condition"

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    kind: str  # scope | overall_cap | no_stacking | other
    text: str = Field(sa_type=Text)
    quote: str = Field(sa_type=Text)
    section: str | None = None
    start_offset: int = 0
    end_offset: int = 0


class FactKind:
    TARGET = "target"
    MILESTONE = "milestone"
    RECURRING = "recurring"
    REWARD = "reward"
    TASK = "task"
    # The kinds users look up, edit and are reminded of; tasks are stored and linked to units
    # (``STORED_FACT_MODELS``) and answered by later work.
    ALL = (TARGET, MILESTONE, RECURRING, REWARD)


# type[Any]: the fact tables share FactColumns (document_id, region, quote, …) and each declares
# its own id; callers select by those columns on whichever model the kind names.
FACT_MODELS: dict[str, type[Any]] = {
    FactKind.TARGET: Target,
    FactKind.MILESTONE: Milestone,
    FactKind.RECURRING: RecurringDuty,
    FactKind.REWARD: RewardRule,
}
# Every table of extracted facts a document owns (what ingest writes, refreshes and removes).
STORED_FACT_MODELS: dict[str, type[Any]] = {**FACT_MODELS, FactKind.TASK: Task}


class UnitRole:
    LEAD = "lead"
    SUPPORT = "support"
    # "(责任单位:A、B、C)": answerable together, no lead stated (migration 0021). Readers put
    # these units beside the leads (``lead_units`` holds them, for finding, counting and
    # reminding as before) and name them in ``responsible_units`` too, so that a display says
    # 责任单位, never 牵头 (``knowledge.unit_roles``).
    RESPONSIBLE = "responsible"


class FactUnit(SQLModel, table=True):
    """Which unit leads, supports or answers for which fact (one table for every kind of fact)."""

    __tablename__ = "fact_unit"
    __table_args__ = (
        UniqueConstraint("fact_kind", "fact_id", "unit_id", "role"),
        Index("ix_fact_unit_fact", "fact_kind", "fact_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    fact_kind: str
    fact_id: int
    unit_id: int = Field(foreign_key="unit.id", index=True)
    role: str = UnitRole.LEAD
    position: int = 0


class DocumentUnit(SQLModel, table=True):
    """Every responsible unit a document names, whether or not a fact links it."""

    __tablename__ = "document_unit"
    __table_args__ = (UniqueConstraint("document_id", "unit_id"),)

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    unit_id: int = Field(foreign_key="unit.id", index=True)


class ProgressReport(SQLModel, table=True):
    """A responsible unit's report of how far a target has got."""

    __tablename__ = "progress_report"

    id: int | None = Field(default=None, primary_key=True)
    target_id: int = Field(foreign_key="target.id", index=True)
    value: float
    reported_by: int = Field(sa_column=Column(BigInteger, nullable=False))
    chat_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    reported_at: datetime | None = utc_column(nullable=False)
    note: str | None = None


class ReportingChat(SQLModel, table=True):
    """A chat an admin has designated to report progress for a unit (its work group).

    Subscribing is open to anyone, so it cannot be what entitles a chat to put numbers on a
    unit's targets; an admin's designation does.
    """

    __tablename__ = "reporting_chat"
    __table_args__ = (UniqueConstraint("chat_id", "unit_id"),)

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    unit_id: int = Field(foreign_key="unit.id", index=True)
    designated_by: int | None = Field(default=None, sa_column=Column(BigInteger))
    designated_at: datetime | None = utc_column()


class Admin(SQLModel, table=True):
    user_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    granted_by: int | None = Field(default=None, sa_column=Column(BigInteger))
    granted_at: datetime | None = utc_column()


class KnownUser(SQLModel, table=True):
    """The name a person goes by on Telegram, as their last change to the store showed it, so
    /history names people instead of showing a bare id (``knowledge.people`` writes and reads
    it; migration 0010)."""

    __tablename__ = "known_user"

    user_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    full_name: str | None = None
    username: str | None = None
    seen_at: datetime | None = utc_column()


class AuditEntry(SQLModel, table=True):
    """Who changed what, with before and after (JSON), so that a change can be shown and undone."""

    __tablename__ = "audit_log"

    id: int | None = Field(default=None, primary_key=True)
    actor_id: int | None = Field(default=None, sa_column=Column(BigInteger, index=True))
    # The author's name as shown when the change was made (``knowledge.people``; migration
    # 0011): /history keeps naming a person who has since renamed as they were then.
    actor_name: str | None = None
    action: str
    entity_kind: str
    entity_id: int | None = None
    before: str | None = text_column()
    after: str | None = text_column()
    created_at: datetime | None = utc_column(nullable=False)
    undone_at: datetime | None = utc_column()


class PendingUpload(SQLModel, table=True):
    """An uploaded plan waiting for an admin's 确认入库; kept in the database to survive restarts."""

    __tablename__ = "pending_upload"

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    filename: str
    content_hash: str
    text: str = Field(sa_column=Column(Text, nullable=False))
    # The preview's extraction as JSON (``knowledge.extraction_codec``): confirming writes it
    # without extracting again. Empty for rows from before it was kept.
    extraction: str | None = text_column()
    # The ids of the documents the preview said confirming would retire, as a JSON list
    # (migration 0009); NULL for rows from before it was kept.
    retirements: str | None = text_column()
    created_at: datetime | None = utc_column()
    # When an admin's 确认入库 of it began (migration 0016); a mark a stopped process left
    # behind is reported to the admin at the next start (``upload_recovery``).
    confirming_since: datetime | None = utc_column()
    # What its 确认入库 stored (the ``IngestResult`` as JSON), written in the plan's own commit
    # (migration 0017): the answer owed to the admin. The row goes once 已入库 is said; a row
    # left with it by a stopped process is reported at the next start (``upload_recovery``).
    stored_result: str | None = text_column()


class StoreRevisionRow(SQLModel, table=True):
    """One row: a counter that database triggers bump on every write to a table answers are
    built from (migration ``0008_store_revision``), so the answer index notices any writer."""

    __tablename__ = "store_revision"

    id: int | None = Field(default=None, primary_key=True)
    revision: int = Field(sa_column=Column(BigInteger, nullable=False))


class HandledUpdate(SQLModel, table=True):
    """A Telegram ``update_id`` the bot has taken on, so a redelivered copy is not answered again.

    Ids are kept only for a while (``policybot.knowledge.handled_updates``): Telegram may restart
    its update ids at a random value after a week without updates.
    """

    __tablename__ = "handled_update"

    update_id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    handled_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))


class GlossaryEntry(SQLModel, table=True):
    """A word people use and what the documents write instead (规上 → 规模以上), added by an
    admin on top of the built-in field vocabulary. Deleting sets ``deleted_at`` (undo)."""

    __tablename__ = "glossary_entry"

    id: int | None = Field(default=None, primary_key=True)
    term: str = Field(index=True)
    means: str
    created_by: int | None = Field(default=None, sa_column=Column(BigInteger))
    created_at: datetime | None = utc_column()
    deleted_at: datetime | None = utc_column()


def table_of(model: type[SQLModel]) -> Table:
    """The ``Table`` of a table model, typed (SQLModel sets ``__table__`` but declares it nowhere)."""
    table: Table = getattr(model, "__table__")  # noqa: B009
    return table
