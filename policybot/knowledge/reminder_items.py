"""The reminder tables' item kinds, and the reminder rows a fact owns.

The reminder ledger and the follow-up state (``ReminderLedger``, ``ReminderState``) name a fact by
``item_kind`` and ``item_id``; a milestone is reminded twice (its phase's start apart from its
end), so one fact kind can own rows of several item kinds. The scheduler writes these rows; the
store deletes them with their fact (undo of an ingest) and moves them to a fact's next version
(succession). All three take the kinds from here, so a new item kind cannot be forgotten by one.

The two tables are defined here too, not with the scheduler's own tables (``scheduler.models``):
the store's undo and succession must reach them, and the knowledge layer may not import the
scheduler. They are the reminder rows a fact owns; the scheduler decides what goes in them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import BigInteger, Column, Index, Select, UniqueConstraint, delete
from sqlmodel import Field, Session, SQLModel, col

from policybot.knowledge.models import FactKind, UTCDateTime, text_column, utc_column


class ReminderStatus:
    PENDING = "pending"  # due (or waiting for a retry at next_attempt_at), not yet claimed
    CLAIMED = "claimed"
    SENT = "sent"
    FAILED = "failed"
    SKIPPED = "skipped"


class ReminderPurpose:
    """Why a ledger row exists: a reminder to a subscribed chat, or an escalation (督办) of an
    overdue occurrence to a supervising chat. Each goes in its own digest. ``missed`` is the one
    notice a chat gets for reminders lost beyond the catch-up window (``scheduler/missed.py``)."""

    REMIND = "remind"
    ESCALATE = "escalate"
    MISSED = "missed"


class ReminderLedger(SQLModel, table=True):
    """One row per item occurrence, chat and moment: the unique key makes every moment go at
    most once; ``send_day`` lets the planner keep one row per occurrence, chat and day; rows
    sent together in one digest message share ``digest_id`` (the smallest row id among them)."""

    __tablename__ = "reminder_ledger"
    __table_args__ = (
        UniqueConstraint("purpose", "item_kind", "item_id", "chat_id", "fire_at"),
        Index("ix_reminder_ledger_send_day", "send_day", "chat_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    purpose: str = ReminderPurpose.REMIND
    item_kind: str
    item_id: int
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    fire_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))
    due_date: date
    lead_days: int = 0
    send_day: date | None = None
    digest_id: int | None = Field(default=None, index=True)
    status: str = Field(default=ReminderStatus.CLAIMED, index=True)
    attempts: int = 0
    late: bool = False
    claimed_by: str | None = None
    claimed_at: datetime | None = utc_column()
    next_attempt_at: datetime | None = utc_column()
    sent_at: datetime | None = utc_column()
    message_id: int | None = Field(default=None, sa_column=Column(BigInteger))
    error: str | None = text_column()


class ReminderState(SQLModel, table=True):
    """Per chat and item: done (已完成) or snoozed (推迟) by whom."""

    __tablename__ = "reminder_state"
    __table_args__ = (UniqueConstraint("chat_id", "item_kind", "item_id"),)

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(sa_column=Column(BigInteger, nullable=False, index=True))
    item_kind: str
    item_id: int
    done_at: datetime | None = utc_column()
    done_by: int | None = Field(default=None, sa_column=Column(BigInteger))
    snoozed_until: datetime | None = utc_column()
    snoozed_by: int | None = Field(default=None, sa_column=Column(BigInteger))
    # The latest due date the ack covers (a recurring duty is done one occurrence at a time),
    # and which occurrence a snooze postpones.
    done_through: date | None = None
    snoozed_due: date | None = None
    # Whether ``done_by`` was an admin or owner when pressing (migration 0021): such a press
    # settles the occurrence for every supervisor, whoever reads the ledger later with whatever
    # owners (``scheduler/settlement.py``). None: a row from before, read as before.
    done_as_admin: bool | None = None
    # The latest occurrence an admin's or owner's 已完成 settled, kept when a member's press
    # later moves ``done_through`` on (migration 0023): the admin's settlement still holds for
    # the occurrences it covered, the member's covers only this chat.
    admin_through: date | None = None


class ItemKind:
    """The ledger's ``item_kind``: a phase's start is reminded apart from its end."""

    TARGET = "target"
    MILESTONE = "milestone"
    MILESTONE_START = "milestone-start"
    RECURRING = "recurring"
    ALL = (TARGET, MILESTONE, MILESTONE_START, RECURRING)


# The fact kind an item kind reminds of.
FACT_KIND_OF = {
    ItemKind.TARGET: FactKind.TARGET,
    ItemKind.MILESTONE: FactKind.MILESTONE,
    ItemKind.MILESTONE_START: FactKind.MILESTONE,
    ItemKind.RECURRING: FactKind.RECURRING,
}
# The item kinds a fact kind is reminded as (the fact kinds that are reminded at all).
ITEM_KINDS_OF: dict[str, tuple[str, ...]] = {
    FactKind.TARGET: (ItemKind.TARGET,),
    FactKind.MILESTONE: (ItemKind.MILESTONE, ItemKind.MILESTONE_START),
    FactKind.RECURRING: (ItemKind.RECURRING,),
}


def forget_reminders(session: Session, fact_kind: str, fact_ids: Select[tuple[int]]) -> None:
    """Delete the ledger and follow-up rows of the facts ``fact_ids`` selects (of ``fact_kind``)."""
    item_kinds = ITEM_KINDS_OF.get(fact_kind, ())
    if not item_kinds:
        return
    for table in (ReminderLedger, ReminderState):
        session.execute(
            delete(table).where(
                col(table.item_kind).in_(item_kinds), col(table.item_id).in_(fact_ids)
            )
        )
