"""The reminder ledger: the database's record of every reminder, and the only truth about it.

Rows are written with ``INSERT … ON CONFLICT DO NOTHING`` on the unique key
(item_kind, item_id, chat_id, fire_at), so any number of planners can record the same reminder
and one row results. Sending is claim → send → mark:

* **claim** moves due rows from ``pending`` to ``claimed`` (with ``claimed_by``/``claimed_at``)
  in one statement. PostgreSQL selects them ``FOR UPDATE SKIP LOCKED``, so two workers never
  take the same row; SQLite has a single writer, and the UPDATE re-checks the status in its
  WHERE clause, so a row taken by the other process no longer matches.
* **touch** re-checks, just before the send, that the row is still ours and renews the lease.
* **mark** writes the outcome only ``WHERE claimed_by = me``.

A claim older than the lease is reclaimable (its worker is presumed dead). See
``dispatcher`` for the delivery guarantee this gives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import and_, func, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session
from sqlmodel import select as select_models

from policybot.knowledge.models import (
    BotState,
    Chat,
    ReminderLedger,
    ReminderState,
    ReminderStatus,
    Subscription,
)
from policybot.scheduler.planner import PlannedReminder
from policybot.scheduler.scope import EVERY_REAL_CHAT, DispatchScope

LEDGER = ReminderLedger.__table__  # type: ignore[attr-defined]
LEDGER_KEY = ["item_kind", "item_id", "chat_id", "fire_at"]
INSERT_CHUNK = 5000


@dataclass(frozen=True)
class LedgerRow:
    """A claimed reminder, as the dispatcher needs it."""

    id: int
    item_kind: str
    item_id: int
    chat_id: int
    fire_at: datetime
    due_date: date
    lead_days: int
    attempts: int
    late: bool


def insert_ignore(connection: Connection, table, rows: list[dict], key: list[str]) -> None:  # type: ignore[no-untyped-def]
    """``INSERT … ON CONFLICT (key) DO NOTHING`` on PostgreSQL and SQLite (few rows)."""
    if rows:
        dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
        statement = dialect.insert(table).on_conflict_do_nothing(index_elements=key)
        connection.execute(statement, rows)


_LEDGER_COLUMNS = (
    ("item_kind", "text"),
    ("item_id", "integer"),
    ("chat_id", "bigint"),
    ("fire_at", "timestamptz"),
    ("due_date", "date"),
    ("lead_days", "integer"),
    ("status", "text"),
    ("attempts", "integer"),
    ("late", "boolean"),
    ("error", "text"),
)
_PG_LEDGER_INSERT = text(
    f"INSERT INTO reminder_ledger ({', '.join(name for name, _ in _LEDGER_COLUMNS)}) "
    "SELECT * FROM unnest("
    + ", ".join(f"CAST(:{name} AS {kind}[])" for name, kind in _LEDGER_COLUMNS)
    + f") ON CONFLICT ({', '.join(LEDGER_KEY)}) DO NOTHING"
)


def _insert_ledger_rows(connection: Connection, rows: list[dict]) -> int:  # type: ignore[type-arg]
    """Insert-or-ignore many ledger rows, returning how many were new.

    PostgreSQL gets one ``INSERT … SELECT FROM unnest(arrays)`` per chunk (exact rowcount, one
    round trip); SQLite an executemany, whose rowcount the sqlite3 module sums correctly.
    """
    written = 0
    for start in range(0, len(rows), INSERT_CHUNK):
        chunk = rows[start : start + INSERT_CHUNK]
        if connection.dialect.name == "postgresql":
            arrays = {name: [row[name] for row in chunk] for name, _ in _LEDGER_COLUMNS}
            written += connection.execute(_PG_LEDGER_INSERT, arrays).rowcount
        else:
            statement = sqlite.insert(LEDGER).on_conflict_do_nothing(index_elements=LEDGER_KEY)
            written += max(connection.execute(statement, chunk).rowcount, 0)
    return written


def record(
    connection: Connection,
    reminders: Iterable[PlannedReminder],
    *,
    now: datetime,
    late_after: timedelta,
    status: str = ReminderStatus.PENDING,
    error: str | None = None,
) -> int:
    """Record planned reminders (idempotent); a fire instant long past is marked ``late``."""
    rows = [
        {
            "item_kind": r.item_kind,
            "item_id": r.item_id,
            "chat_id": r.chat_id,
            "fire_at": r.fire_at,
            "due_date": r.due_date,
            "lead_days": r.lead_days,
            "status": status,
            "attempts": 0,
            "late": now - r.fire_at > late_after,
            "error": error,
        }
        for r in reminders
    ]
    return _insert_ledger_rows(connection, rows)


def _claimable(now: datetime, lease: timedelta):  # type: ignore[no-untyped-def]
    L = ReminderLedger
    return or_(
        and_(
            L.status == ReminderStatus.PENDING,
            L.fire_at <= now,
            or_(L.next_attempt_at.is_(None), L.next_attempt_at <= now),  # type: ignore[union-attr,operator]
        ),
        and_(L.status == ReminderStatus.CLAIMED, L.claimed_at < now - lease),  # type: ignore[operator]
    )


def claim(
    engine: Engine,
    worker: str,
    now: datetime,
    lease: timedelta,
    limit: int,
    *,
    scope: DispatchScope = EVERY_REAL_CHAT,
) -> list[LedgerRow]:
    """Atomically take up to ``limit`` due rows of chats in ``scope`` for ``worker`` (see the
    module docstring).

    On PostgreSQL the locking ``SELECT … LIMIT … FOR UPDATE SKIP LOCKED`` is a ``MATERIALIZED``
    CTE, so it runs exactly once. As a plain ``IN (subquery)`` the planner may choose a nested
    loop that re-scans it for every row, and each re-scan skips the rows just locked and returns
    the next ``limit``: one worker then claimed every due row (seen when a condition was added).
    """
    L = ReminderLedger
    due = and_(_claimable(now, lease), scope.condition(L.chat_id))  # type: ignore[arg-type]
    chosen = select(L.id).where(due).order_by(L.fire_at, L.id).limit(limit)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            locked = chosen.with_for_update(skip_locked=True).cte("chosen")
            ids = select(locked.prefix_with("MATERIALIZED").c.id).scalar_subquery()
        else:
            ids = chosen.scalar_subquery()
        statement = (
            update(L)
            .where(L.id.in_(ids), due)  # type: ignore[union-attr]
            .values(status=ReminderStatus.CLAIMED, claimed_by=worker, claimed_at=now)
            .returning(
                L.id,
                L.item_kind,
                L.item_id,
                L.chat_id,
                L.fire_at,
                L.due_date,
                L.lead_days,
                L.attempts,
                L.late,
            )
        )
        rows = [LedgerRow(*row) for row in connection.execute(statement)]
    return sorted(rows, key=lambda row: (row.fire_at, row.id))


def touch(engine: Engine, row_id: int, worker: str, now: datetime) -> bool:
    """Renew our claim just before sending; False if another worker has taken the row over."""
    return _update_mine(engine, row_id, worker, claimed_at=now)


def mark_sent(
    engine: Engine, row_id: int, worker: str, now: datetime, message_id: int | None
) -> bool:
    return _update_mine(
        engine,
        row_id,
        worker,
        status=ReminderStatus.SENT,
        sent_at=now,
        message_id=message_id,
        error=None,
    )


def mark_retry(
    engine: Engine, row_id: int, worker: str, at: datetime, error: str, *, count_attempt: bool
) -> bool:
    """Back to ``pending`` until ``at``; a RetryAfter does not count as a failed attempt."""
    values: dict[str, object] = {
        "status": ReminderStatus.PENDING,
        "next_attempt_at": at,
        "claimed_by": None,
        "error": error,
    }
    if count_attempt:
        values["attempts"] = ReminderLedger.attempts + 1
    return _update_mine(engine, row_id, worker, **values)


def mark_final(engine: Engine, row_id: int, worker: str, status: str, error: str) -> bool:
    """``failed`` (gave up) or ``skipped`` (no longer to be sent), with the reason."""
    return _update_mine(
        engine, row_id, worker, status=status, error=error, attempts=ReminderLedger.attempts + 1
    )


def _update_mine(engine: Engine, row_id: int, worker: str, **values: object) -> bool:
    L = ReminderLedger
    statement = (
        update(L)
        .where(L.id == row_id, L.status == ReminderStatus.CLAIMED, L.claimed_by == worker)
        .values(**values)
    )
    with engine.begin() as connection:
        return connection.execute(statement).rowcount == 1


def deactivate_chat(engine: Engine, chat_id: int, reason: str) -> None:
    """A 403: the chat stops listening, and what was waiting for it is skipped."""
    with engine.begin() as connection:
        connection.execute(
            update(Chat).where(Chat.id == chat_id).values(active=False, deactivated_reason=reason)
        )
        connection.execute(
            update(Subscription).where(Subscription.chat_id == chat_id).values(active=False)
        )
        connection.execute(
            update(ReminderLedger)
            .where(
                ReminderLedger.chat_id == chat_id,
                ReminderLedger.status == ReminderStatus.PENDING,
            )
            .values(status=ReminderStatus.SKIPPED, error=f"chat deactivated: {reason}")
        )


def migrate_chat(engine: Engine, old_chat_id: int, new_chat_id: int) -> None:
    """A group became a supergroup (new id): its subscriptions, state and waiting rows follow."""
    with Session(engine) as session, session.begin():
        old = session.get(Chat, old_chat_id)
        if old is not None and session.get(Chat, new_chat_id) is None:
            session.add(
                Chat(
                    id=new_chat_id,
                    title=old.title,
                    kind="supergroup",
                    lead_days=old.lead_days,
                    active=True,
                    created_at=old.created_at,
                )
            )
            old.active, old.deactivated_reason = False, f"migrated to {new_chat_id}"
        session.flush()
        _move_rows(session, Subscription, ("topic_key",), old_chat_id, new_chat_id)
        _move_rows(session, ReminderState, ("item_kind", "item_id"), old_chat_id, new_chat_id)
        waiting = (ReminderStatus.PENDING, ReminderStatus.CLAIMED)
        _move_rows(
            session,
            ReminderLedger,
            ("item_kind", "item_id", "fire_at"),
            old_chat_id,
            new_chat_id,
            ReminderLedger.status.in_(waiting),  # type: ignore[attr-defined]
        )


def _move_rows(session: Session, model, key: tuple[str, ...], old: int, new: int, *where) -> None:  # type: ignore[no-untyped-def]
    """Re-point rows from chat ``old`` to ``new``; a row the new chat already has is dropped."""
    taken = {
        tuple(getattr(row, column) for column in key)
        for row in session.exec(select_models(model).where(model.chat_id == new))
    }
    for row in session.exec(select_models(model).where(model.chat_id == old, *where)).all():
        if tuple(getattr(row, column) for column in key) in taken:
            session.delete(row)
        else:
            row.chat_id = new
            session.add(row)


PLANNED_THROUGH_KEY = "reminders.planned_through"


def planned_through(
    connection: Connection, scope: DispatchScope = EVERY_REAL_CHAT
) -> datetime | None:
    """Up to when ``scope`` has been planned (each scope keeps its own checkpoint)."""
    key = PLANNED_THROUGH_KEY + scope.checkpoint_suffix
    value = connection.execute(
        select(BotState.value).where(BotState.key == key)
    ).scalar_one_or_none()
    return datetime.fromisoformat(value) if value else None


def advance_planned_through(
    connection: Connection, instant: datetime, scope: DispatchScope = EVERY_REAL_CHAT
) -> None:
    """Move the planning checkpoint forward (never back: two planners may race)."""
    key = PLANNED_THROUGH_KEY + scope.checkpoint_suffix
    stamp = instant.astimezone(UTC).isoformat(timespec="microseconds")
    insert_ignore(
        connection,
        BotState.__table__,
        [{"key": key, "value": stamp}],
        ["key"],  # type: ignore[attr-defined]
    )
    connection.execute(
        update(BotState).where(BotState.key == key, BotState.value < stamp).values(value=stamp)
    )


def status_counts(engine: Engine) -> dict[str, int]:
    L = ReminderLedger
    with engine.connect() as connection:
        rows = connection.execute(select(L.status, func.count()).group_by(L.status)).all()
    return {status: count for status, count in rows}
