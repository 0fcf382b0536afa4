"""The scheduler's own tables: the chats it talks to, what they subscribed to, who supervises
(督办) a region, and its small durable state (the planning checkpoint).

Only the scheduler and the handlers that manage subscriptions read or write these; the knowledge
store never does, so they live here rather than in ``knowledge.models``. The reminder ledger and
the follow-up state are not here: they name facts, and the store deletes them with an undone
fact and moves them to a fact's next version, so they belong to ``knowledge.reminder_items``
(the knowledge layer must not import the scheduler).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, Column, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from policybot.knowledge.models import UTCDateTime, utc_column


class Chat(SQLModel, table=True):
    """A Telegram chat the bot talks to; a 403 deactivates it."""

    id: int = Field(sa_column=Column(BigInteger, primary_key=True, autoincrement=False))
    title: str | None = None
    kind: str = "private"
    lead_days: str | None = None  # JSON list overriding the configured lead times
    active: bool = True
    deactivated_reason: str | None = None
    created_at: datetime | None = utc_column()


class Subscription(SQLModel, table=True):
    """A chat's interest in a unit, a region or everything (``topic_key`` is unit:ID, region:ID, all)."""

    __table_args__ = (UniqueConstraint("chat_id", "topic_key"),)

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    topic_key: str
    unit_id: int | None = Field(default=None, foreign_key="unit.id", index=True)
    region_id: int | None = Field(default=None, foreign_key="region.id", index=True)
    active: bool = True
    created_by: int | None = Field(default=None, sa_column=Column(BigInteger))
    created_at: datetime | None = utc_column()


class Supervisor(SQLModel, table=True):
    """A chat that supervises (督办) a region, or the whole store (``scope_key`` ``all``): it gets
    one escalation digest for each occurrence there that stays overdue and unacknowledged."""

    __table_args__ = (UniqueConstraint("chat_id", "scope_key"),)

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    scope_key: str  # "all" or "region:ID"
    region_id: int | None = Field(default=None, foreign_key="region.id", index=True)
    created_by: int | None = Field(default=None, sa_column=Column(BigInteger))
    created_at: datetime | None = utc_column()


class BotState(SQLModel, table=True):
    """Small durable key/value facts, such as the last handled ``update_id``."""

    __tablename__ = "bot_state"

    key: str = Field(primary_key=True)
    value: str = Field(sa_column=Column(Text, nullable=False))


class DonePress(SQLModel, table=True):
    """One 已完成 / 本页已完成 press on a digest: who, when, on which page, and each item's done
    state from before (``priors``, JSON). Its 撤销 button names this row, so the undo survives a
    restart; ``undone_at`` makes it usable once. Items whose state changed since are left alone
    (their ``done_at``/``done_by`` no longer match this press). Ids are never reused (SQLite's
    AUTOINCREMENT, migration 0015): pruning may delete every row, and an old button must not
    then name a new press."""

    __tablename__ = "reminder_done_press"
    __table_args__ = {"sqlite_autoincrement": True}

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    user_id: int = Field(sa_column=Column(BigInteger, nullable=False))
    done_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    digest_id: int
    page: int = 0
    row_id: int | None = None  # the ledger row of a one-item press (逐项处理)
    part: int = 0
    priors: str = Field(sa_column=Column(Text, nullable=False))
    undone_at: datetime | None = utc_column()
    undone_by: int | None = Field(default=None, sa_column=Column(BigInteger))
