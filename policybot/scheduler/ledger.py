"""The reminder ledger: the database's record of every reminder, and the only truth about it.

Rows are written with ``INSERT … ON CONFLICT DO NOTHING`` on the unique key
(purpose, item_kind, item_id, chat_id, fire_at), so any number of planners can record the same
moment and one row results; ``one_per_day`` keeps a second moment of the same occurrence off a
day that already has one (a late start: the late 1-day reminder, then the due-day one).

Sending is claim → send → mark, a whole digest at a time:

* **claim** takes every due row of the chats that have waited longest (a chat's rows of one
  purpose are one digest) and moves them from ``pending`` to ``claimed`` in one statement.
  PostgreSQL selects them ``FOR UPDATE SKIP LOCKED``, so two workers never take the same row;
  SQLite has a single writer, and the UPDATE re-checks the status in its WHERE clause, so a row
  taken by the other process no longer matches.
* **touch** re-checks, just before the send, which of the digest's rows are still ours and
  renews their lease.
* **mark** writes the outcome of all of them only ``WHERE claimed_by = me``, in one statement:
  the rows of a digest are sent, retried or given up together.

A claim older than the lease is reclaimable (its worker is presumed dead); a claim of a worker
known to be dead is given back at once (``release_claims_of``: the offline chat, which never
leads, knows a process of this host is gone). The offline chat never reclaims by lease a claim
of a live process of this host: its lease is judged by each session's own ``--now`` clock. See
``dispatcher`` for the delivery guarantee this gives.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Table,
    and_,
    delete,
    func,
    not_,
    or_,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, col
from sqlmodel import select as select_models

from policybot.knowledge.models import table_of
from policybot.knowledge.reminder_items import (
    ReminderLedger,
    ReminderPurpose,
    ReminderState,
    ReminderStatus,
)
from policybot.scheduler.models import BotState, Chat, DonePress, Subscription
from policybot.scheduler.scope import EVERY_REAL_CHAT, DispatchScope
from policybot.scheduler.timing import ReminderTiming

if TYPE_CHECKING:  # the planner imports supervision → subscriptions → this module
    from policybot.scheduler.planner import PlannedReminder

LEDGER = table_of(ReminderLedger)
LEDGER_KEY = ["purpose", "item_kind", "item_id", "chat_id", "fire_at"]
INSERT_CHUNK = 5000
CATCH_UP_SKIP = "older than catch_up"


@dataclass(frozen=True)
class LedgerRow:
    """A reminder row, as the dispatcher and the digest need it."""

    id: int
    item_kind: str
    item_id: int
    chat_id: int
    fire_at: datetime
    due_date: date
    lead_days: int
    attempts: int
    late: bool
    purpose: str = ReminderPurpose.REMIND


_ROW_COLUMNS = (
    col(ReminderLedger.id),
    col(ReminderLedger.item_kind),
    col(ReminderLedger.item_id),
    col(ReminderLedger.chat_id),
    col(ReminderLedger.fire_at),
    col(ReminderLedger.due_date),
    col(ReminderLedger.lead_days),
    col(ReminderLedger.attempts),
    col(ReminderLedger.late),
    col(ReminderLedger.purpose),
)


def _ledger_row(row: Row[*tuple[Any, ...]]) -> LedgerRow:
    """A row of ``_ROW_COLUMNS`` (selected in ``LedgerRow``'s field order) as a ``LedgerRow``."""
    return LedgerRow(*row)


def insert_ignore(
    connection: Connection, table: Table, rows: list[dict[str, Any]], key: list[str]
) -> None:
    """``INSERT … ON CONFLICT (key) DO NOTHING`` on PostgreSQL and SQLite (few rows)."""
    if rows:
        dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
        statement = dialect.insert(table).on_conflict_do_nothing(index_elements=key)
        connection.execute(statement, rows)


_LEDGER_COLUMNS = (
    ("purpose", "text"),
    ("item_kind", "text"),
    ("item_id", "integer"),
    ("chat_id", "bigint"),
    ("fire_at", "timestamptz"),
    ("due_date", "date"),
    ("lead_days", "integer"),
    ("send_day", "date"),
    ("status", "text"),
    ("attempts", "integer"),
    ("late", "boolean"),
    ("next_attempt_at", "timestamptz"),
    ("error", "text"),
)
_PG_LEDGER_INSERT = text(
    f"INSERT INTO reminder_ledger ({', '.join(name for name, _ in _LEDGER_COLUMNS)}) "
    "SELECT * FROM unnest("
    + ", ".join(f"CAST(:{name} AS {kind}[])" for name, kind in _LEDGER_COLUMNS)
    + f") ON CONFLICT ({', '.join(LEDGER_KEY)}) DO NOTHING"
)


def _insert_ledger_rows(connection: Connection, rows: list[dict[str, Any]]) -> int:
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
    timing: ReminderTiming,
    status: str = ReminderStatus.PENDING,
    error: str | None = None,
) -> int:
    """Record planned reminders (idempotent); a fire instant long past is marked ``late``.

    A skipped row is stamped with its own day, a row to send with the day it goes out."""
    late_after = timing.late_after
    sending = status == ReminderStatus.PENDING
    joins_digest_at = catch_up_moment(timing, now) if sending else None
    rows = [
        {
            "purpose": r.purpose,
            "item_kind": r.item_kind,
            "item_id": r.item_id,
            "chat_id": r.chat_id,
            "fire_at": r.fire_at,
            "due_date": r.due_date,
            "lead_days": r.lead_days,
            "send_day": (
                timing.send_day(r.fire_at, now) if sending else timing.local_date(r.fire_at)
            ),
            "status": status,
            "attempts": 0,
            "late": now - r.fire_at > late_after,
            "next_attempt_at": joins_digest_at if now - r.fire_at > late_after else None,
            "error": error,
        }
        for r in reminders
    ]
    return _insert_ledger_rows(connection, rows)


def catch_up_moment(timing: ReminderTiming, now: datetime) -> datetime | None:
    """When a moment missed during downtime goes out, if not now: found before today's
    ``send_at`` (a start at 08:59, or at the end of quiet hours), it waits for that day's digest
    and goes in it, one message marked 补发, not a message of its own just before it."""
    goes_out = timing.next_send_moment(now)
    day = timing.local_date(goes_out)
    digest_moment = datetime.combine(day, timing.send_at, timing.tz).astimezone(UTC)
    return digest_moment if goes_out < digest_moment else None


def one_per_day(
    connection: Connection,
    reminders: list[PlannedReminder],
    timing: ReminderTiming,
    now: datetime,
) -> list[PlannedReminder]:
    """At most one row per occurrence, chat and day: of the moments that go out on one day the
    latest (the most urgent) is kept, and none when that day already has a row of the
    occurrence in the ledger (sent, waiting or given up; a skipped row was never sent). A late
    row still waiting is no such row: the day's on-time moment joins it in the same digest line,
    which is then not marked 补发 (only a late send is)."""
    latest: dict[tuple[tuple[str, str, int, date, int], date], PlannedReminder] = {}
    for reminder in reminders:
        slot = (reminder.occurrence, timing.send_day(reminder.fire_at, now))
        kept = latest.get(slot)
        if kept is None or reminder.fire_at > kept.fire_at:
            latest[slot] = reminder
    if not latest:
        return []
    days = sorted({day for _, day in latest})
    chats = sorted({occurrence[4] for occurrence, _ in latest})
    taken: set[tuple[tuple[str, str, int, date, int], date | None]] = set()
    for chunk in _chunks(chats, 5000):
        statement = select(
            col(ReminderLedger.purpose),
            col(ReminderLedger.item_kind),
            col(ReminderLedger.item_id),
            col(ReminderLedger.due_date),
            col(ReminderLedger.chat_id),
            col(ReminderLedger.send_day),
        ).where(
            col(ReminderLedger.send_day).in_(days),
            col(ReminderLedger.chat_id).in_(chunk),
            col(ReminderLedger.status) != ReminderStatus.SKIPPED,
            # a missed moment still waiting to go out (with the 09:00 digest after a restart)
            # leaves room for the day's own, on-time moment: both go in one line, no 补发
            not_(
                and_(
                    col(ReminderLedger.status) == ReminderStatus.PENDING,
                    col(ReminderLedger.late),
                    col(ReminderLedger.attempts) == 0,  # not one waiting for a retry
                )
            ),
        )
        for purpose, kind, item_id, due, chat_id, day in connection.execute(statement):
            taken.add(((purpose, kind, item_id, due, chat_id), day))
    return [reminder for slot, reminder in latest.items() if slot not in taken]


def _chunks(values: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def revive_skipped(
    connection: Connection,
    after: datetime,
    until: datetime,
    timing: ReminderTiming,
    now: datetime,
    scope: DispatchScope = EVERY_REAL_CHAT,
) -> int:
    """Rows skipped as older than the catch-up window whose moment is inside it again: the
    clock had jumped forward and came back. They were never sent, so they go out now, late."""
    statement = (
        update(ReminderLedger)
        .where(
            col(ReminderLedger.status) == ReminderStatus.SKIPPED,
            col(ReminderLedger.error).like(f"{CATCH_UP_SKIP}%"),
            col(ReminderLedger.fire_at) > after,
            col(ReminderLedger.fire_at) <= until,
            scope.condition(col(ReminderLedger.chat_id)),
        )
        .values(
            status=ReminderStatus.PENDING,
            error=None,
            late=True,
            send_day=timing.send_day(now, now),
            next_attempt_at=catch_up_moment(timing, now),
        )
    )
    return connection.execute(statement).rowcount


def _claimable(now: datetime, lease: timedelta, *, reclaim: bool = True) -> ColumnElement[bool]:
    pending = and_(
        col(ReminderLedger.status) == ReminderStatus.PENDING,
        col(ReminderLedger.fire_at) <= now,
        or_(
            col(ReminderLedger.next_attempt_at).is_(None),
            col(ReminderLedger.next_attempt_at) <= now,
        ),
    )
    if not reclaim:
        return pending
    return or_(
        pending,
        and_(
            col(ReminderLedger.status) == ReminderStatus.CLAIMED,
            col(ReminderLedger.claimed_at) < now - lease,
        ),
    )


def claim(
    engine: Engine,
    worker: str,
    now: datetime,
    lease: timedelta,
    limit: int,
    *,
    scope: DispatchScope = EVERY_REAL_CHAT,
    reclaim_expired: bool = True,
) -> list[list[LedgerRow]]:
    """Atomically take, for ``worker``, every due row of up to ``limit`` digests — a chat and a
    purpose each, those waiting longest first — of chats in ``scope``; one list per digest.
    ``reclaim_expired=False`` takes pending rows only, never a claim whose lease looks expired
    (the offline chat: the lease is judged by its own ``--now`` clock, not the claimant's).

    On PostgreSQL the locking ``SELECT … FOR UPDATE SKIP LOCKED`` is a ``MATERIALIZED`` CTE, so
    it runs exactly once. As a plain ``IN (subquery)`` the planner may choose a nested loop that
    re-scans it for every row, and each re-scan skips the rows just locked and returns the next
    ones: one worker then claimed every due row (seen when a condition was added).
    """
    due = and_(
        _claimable(now, lease, reclaim=reclaim_expired),
        scope.condition(col(ReminderLedger.chat_id)),
    )
    waiting = (
        select(col(ReminderLedger.chat_id), col(ReminderLedger.purpose))
        .where(due)
        .group_by(col(ReminderLedger.chat_id), col(ReminderLedger.purpose))
        .order_by(
            func.min(col(ReminderLedger.fire_at)),
            col(ReminderLedger.chat_id),
            col(ReminderLedger.purpose),
        )
        .limit(limit)
    )
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            digests = waiting.cte("digests").prefix_with("MATERIALIZED")
            locked = (
                select(col(ReminderLedger.id))
                .where(
                    due,
                    tuple_(col(ReminderLedger.chat_id), col(ReminderLedger.purpose)).in_(
                        select(digests.c.chat_id, digests.c.purpose)
                    ),
                )
                .with_for_update(skip_locked=True)
                .cte("chosen")
                .prefix_with("MATERIALIZED")
            )
            ids = select(locked.c.id).scalar_subquery()
        else:
            ids = (
                select(col(ReminderLedger.id))
                .where(
                    due,
                    tuple_(col(ReminderLedger.chat_id), col(ReminderLedger.purpose)).in_(waiting),
                )
                .scalar_subquery()
            )
        statement = (
            update(ReminderLedger)
            .where(col(ReminderLedger.id).in_(ids), due)
            .values(status=ReminderStatus.CLAIMED, claimed_by=worker, claimed_at=now)
            .returning(*_ROW_COLUMNS)
        )
        rows = [_ledger_row(row) for row in connection.execute(statement)]
    groups: dict[tuple[int, str], list[LedgerRow]] = {}
    for row in sorted(rows, key=lambda row: (row.fire_at, row.id)):
        groups.setdefault((row.chat_id, row.purpose), []).append(row)
    return sorted(groups.values(), key=lambda group: (group[0].fire_at, group[0].id))


def touch(engine: Engine, row_ids: list[int], worker: str, now: datetime) -> set[int]:
    """Renew our claims just before sending; the ids still ours (another worker may have taken
    some over after our lease ran out)."""
    statement = (
        update(ReminderLedger)
        .where(
            col(ReminderLedger.id).in_(row_ids),
            col(ReminderLedger.status) == ReminderStatus.CLAIMED,
            col(ReminderLedger.claimed_by) == worker,
        )
        .values(claimed_at=now)
        .returning(col(ReminderLedger.id))
    )
    with engine.begin() as connection:
        return {row_id for row_id in connection.execute(statement).scalars() if row_id is not None}


def stamp_digest(engine: Engine, row_ids: list[int], worker: str, digest_id: int) -> int:
    """Record, just before sending, which digest our claimed rows go out in; how many are ours.

    Telegram shows the message before the send call returns, so a tap on its buttons can come
    before ``mark_sent``: the press finds its rows by this id and is honoured. Sending is not
    affected (the rows stay claimed, and only ``mark_sent`` makes them ``sent``).
    """
    return _update_mine(engine, row_ids, worker, digest_id=digest_id)


def mark_sent(
    engine: Engine,
    row_ids: list[int],
    worker: str,
    now: datetime,
    message_id: int | None,
    digest_id: int | None = None,
) -> int:
    """The digest went out: all its rows are ``sent``, sharing the message and the digest id."""
    return _update_mine(
        engine,
        row_ids,
        worker,
        status=ReminderStatus.SENT,
        sent_at=now,
        message_id=message_id,
        digest_id=digest_id,
        error=None,
    )


def mark_retry(
    engine: Engine,
    row_ids: list[int],
    worker: str,
    at: datetime,
    error: str,
    *,
    count_attempt: bool,
) -> int:
    """Back to ``pending`` until ``at``; a RetryAfter does not count as a failed attempt."""
    values: dict[str, object] = {
        "status": ReminderStatus.PENDING,
        "next_attempt_at": at,
        "claimed_by": None,
        "error": error,
    }
    if count_attempt:
        values["attempts"] = col(ReminderLedger.attempts) + 1
    return _update_mine(engine, row_ids, worker, **values)


def release(engine: Engine, row_ids: list[int], worker: str) -> int:
    """Give back our claims on rows a failed tick left: ``pending`` again, claimable at once
    (not after the lease), attempts unchanged since nothing was tried. Rows another worker
    claimed, or that already have their outcome, are not touched."""
    released = 0
    for chunk in _chunks(row_ids, INSERT_CHUNK):
        released += _update_mine(
            engine, chunk, worker, status=ReminderStatus.PENDING, claimed_by=None
        )
    return released


def claimants(engine: Engine, scope: DispatchScope, worker: str) -> set[str]:
    """The other workers that hold claims on rows of ``scope`` now."""
    statement = (
        select(col(ReminderLedger.claimed_by))
        .where(
            col(ReminderLedger.status) == ReminderStatus.CLAIMED,
            col(ReminderLedger.claimed_by) != worker,
            scope.condition(col(ReminderLedger.chat_id)),
        )
        .distinct()
    )
    with engine.connect() as connection:
        return {name for name in connection.execute(statement).scalars() if name}


def release_claims_of(
    engine: Engine,
    workers: Iterable[str],
    scope: DispatchScope,
    *,
    claimed_before: datetime | None = None,
) -> int:
    """Give back, as ``pending`` and claimable at once, the claims ``workers`` hold on rows of
    ``scope``: the caller knows those workers are dead (their process is gone), or, with
    ``claimed_before``, only their claims older than that (a lease run out)."""
    names = sorted(set(workers))
    if not names:
        return 0
    older = [] if claimed_before is None else [col(ReminderLedger.claimed_at) < claimed_before]
    statement = (
        update(ReminderLedger)
        .where(
            col(ReminderLedger.status) == ReminderStatus.CLAIMED,
            col(ReminderLedger.claimed_by).in_(names),
            scope.condition(col(ReminderLedger.chat_id)),
            *older,
        )
        .values(status=ReminderStatus.PENDING, claimed_by=None, claimed_at=None)
    )
    with engine.begin() as connection:
        return connection.execute(statement).rowcount


def mark_final(engine: Engine, row_ids: list[int], worker: str, status: str, error: str) -> int:
    """``failed`` (gave up) or ``skipped`` (no longer to be sent), with the reason."""
    return _update_mine(
        engine,
        row_ids,
        worker,
        status=status,
        error=error,
        attempts=col(ReminderLedger.attempts) + 1,
    )


def _update_mine(engine: Engine, row_ids: list[int], worker: str, **values: object) -> int:
    if not row_ids:
        return 0
    statement = (
        update(ReminderLedger)
        .where(
            col(ReminderLedger.id).in_(row_ids),
            col(ReminderLedger.status) == ReminderStatus.CLAIMED,
            col(ReminderLedger.claimed_by) == worker,
        )
        .values(**values)
    )
    with engine.begin() as connection:
        return connection.execute(statement).rowcount


def pending_rows(
    engine: Engine, now: datetime, *, scope: DispatchScope = EVERY_REAL_CHAT
) -> list[LedgerRow]:
    """Rows waiting to go out by ``now`` (what a preview shows besides the newly planned)."""
    statement = select(*_ROW_COLUMNS).where(
        col(ReminderLedger.status).in_([ReminderStatus.PENDING, ReminderStatus.CLAIMED]),
        col(ReminderLedger.fire_at) <= now,
        scope.condition(col(ReminderLedger.chat_id)),
    )
    with engine.connect() as connection:
        return [_ledger_row(row) for row in connection.execute(statement)]


def still_missed(
    session: Session, chat_id: int, spans: list[tuple[datetime, datetime]]
) -> list[LedgerRow]:
    """The chat's rows skipped as older than the catch-up window within ``spans`` (each a
    missed-reminders notice's first missed day to its last missed moment) whose occurrence no
    row since has reminded: what the notices stand for as the ledger says now. A row sent,
    waiting or given up since (a moment inside the catch-up window, a clock come back) took
    its occurrence off the list, as ``missed.missed_notices`` took off those of its planning."""
    if not spans:
        return []
    statement = select(*_ROW_COLUMNS, col(ReminderLedger.status), col(ReminderLedger.error)).where(
        col(ReminderLedger.chat_id) == chat_id,
        col(ReminderLedger.fire_at) >= min(start for start, _ in spans),
    )
    missed: list[LedgerRow] = []
    reminded: set[tuple[str, str, int, date]] = set()
    for *columns, status, error in session.execute(statement):
        row = LedgerRow(*columns)
        if status != ReminderStatus.SKIPPED or not (error or "").startswith(CATCH_UP_SKIP):
            reminded.add((row.purpose, row.item_kind, row.item_id, row.due_date))
        elif row.purpose != ReminderPurpose.MISSED and any(
            start <= row.fire_at <= end for start, end in spans
        ):
            missed.append(row)
    return [
        row
        for row in missed
        if (row.purpose, row.item_kind, row.item_id, row.due_date) not in reminded
    ]


def digest_rows(engine: Engine, digest_id: int, chat_id: int) -> list[LedgerRow]:
    """The rows sent together as digest ``digest_id`` to ``chat_id`` (none for another chat)."""
    statement = select(*_ROW_COLUMNS).where(
        col(ReminderLedger.digest_id) == digest_id, col(ReminderLedger.chat_id) == chat_id
    )
    with engine.connect() as connection:
        return [_ledger_row(row) for row in connection.execute(statement)]


def prune(
    engine: Engine, now: datetime, timing: ReminderTiming, scope: DispatchScope = EVERY_REAL_CHAT
) -> int:
    """Forget finished rows older than ``keep_ledger_days`` (and the 已完成 presses as old).

    Exactly-once does not weaken: only rows of occurrences no longer due (due date before the
    cut) go, and never a pending or claimed one. A moment older than the cut is never planned
    again, since the planner looks back at most ``catch_up_hours`` (shorter, by validation).
    """
    cut = now - timing.keep_ledger
    statement = delete(ReminderLedger).where(
        col(ReminderLedger.fire_at) < cut,
        col(ReminderLedger.due_date) < timing.local_date(cut),
        col(ReminderLedger.status).in_(
            [ReminderStatus.SENT, ReminderStatus.FAILED, ReminderStatus.SKIPPED]
        ),
        scope.condition(col(ReminderLedger.chat_id)),
    )
    with engine.begin() as connection:
        pruned = connection.execute(statement).rowcount
        # The 已完成 presses recorded for 撤销 (usable for a day) go with the digests they name.
        connection.execute(
            delete(DonePress).where(
                col(DonePress.done_at) < cut, scope.condition(col(DonePress.chat_id))
            )
        )
        return pruned


def deactivate_chat(engine: Engine, chat_id: int, reason: str) -> None:
    """A 403: the chat stops listening, and what was waiting for it is skipped."""
    with engine.begin() as connection:
        connection.execute(
            update(Chat)
            .where(col(Chat.id) == chat_id)
            .values(active=False, deactivated_reason=reason)
        )
        connection.execute(
            update(Subscription).where(col(Subscription.chat_id) == chat_id).values(active=False)
        )
        connection.execute(
            update(ReminderLedger)
            .where(
                col(ReminderLedger.chat_id) == chat_id,
                col(ReminderLedger.status) == ReminderStatus.PENDING,
            )
            .values(status=ReminderStatus.SKIPPED, error=f"chat deactivated: {reason}")
        )


def migrate_chat(engine: Engine, old_chat_id: int, new_chat_id: int) -> None:
    """A group became a supergroup (new id): its subscriptions, state and waiting rows follow,
    and so do the skipped rows a missed-reminders notice counts (``still_missed``), or the
    notice, moved with the waiting rows, would count nothing at the new id and be dropped
    (attack49 H1). Rows sent or given up stay where they went, and so do the skipped rows of
    an occurrence one of those reminded: the old chat heard of it, it was never lost. A
    skipped row is never sent, so moving it sends nothing twice; at the new id it only keeps
    its moment from being planned there again."""
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
        if old is not None:  # gone as a group whether or not the supergroup was known first
            old.active, old.deactivated_reason = False, f"migrated to {new_chat_id}"
        session.flush()
        lost = _lost_row_ids(session, old_chat_id)  # before the waiting rows leave
        _move_rows(session, Subscription, ("topic_key",), old_chat_id, new_chat_id)
        _keep_done_marks(session, old_chat_id, new_chat_id)
        _move_rows(session, ReminderState, ("item_kind", "item_id"), old_chat_id, new_chat_id)
        waiting = (ReminderStatus.PENDING, ReminderStatus.CLAIMED)
        _move_rows(
            session,
            ReminderLedger,
            ("purpose", "item_kind", "item_id", "fire_at"),
            old_chat_id,
            new_chat_id,
            or_(col(ReminderLedger.status).in_(waiting), col(ReminderLedger.id).in_(lost)),
        )


def _keep_done_marks(session: Session, old_chat_id: int, new_chat_id: int) -> None:
    """Where the new chat already holds a state for an item (a snooze pressed in the supergroup,
    say), the old chat's 已完成 is written into it before the old row is dropped: a later press
    of another kind never undoes a done mark, or reminders of a finished item would resume
    (attack51 M6). Of two done marks the one reaching the later occurrence is kept, and an
    admin's settlement keeps the latest occurrence either covered."""
    at_new = {
        (state.item_kind, state.item_id): state
        for state in session.exec(
            select_models(ReminderState).where(ReminderState.chat_id == new_chat_id)
        )
    }
    old_states = session.exec(
        select_models(ReminderState).where(ReminderState.chat_id == old_chat_id)
    ).all()
    for old in old_states:
        kept = at_new.get((old.item_kind, old.item_id))
        if kept is None or old.done_at is None:
            continue
        if kept.done_at is None or (old.done_through or date.min) > (kept.done_through or date.min):
            kept.done_at, kept.done_by = old.done_at, old.done_by
            kept.done_through, kept.done_as_admin = old.done_through, old.done_as_admin
        settled = [day for day in (kept.admin_through, old.admin_through) if day is not None]
        kept.admin_through = max(settled, default=None)
        session.add(kept)


def _lost_row_ids(session: Session, chat_id: int) -> list[int]:
    """The chat's reminder rows skipped as older than the catch-up window whose occurrence no
    other row of the chat reminded (sent, waiting or given up): what ``still_missed`` counts."""
    statement = select(
        col(ReminderLedger.id),
        col(ReminderLedger.purpose),
        col(ReminderLedger.item_kind),
        col(ReminderLedger.item_id),
        col(ReminderLedger.due_date),
        col(ReminderLedger.status),
        col(ReminderLedger.error),
    ).where(col(ReminderLedger.chat_id) == chat_id)
    skipped: list[tuple[int, tuple[str, str, int, date]]] = []
    reminded: set[tuple[str, str, int, date]] = set()
    for row_id, purpose, kind, item_id, due, status, error in session.execute(statement):
        occurrence = (purpose, kind, item_id, due)
        if status != ReminderStatus.SKIPPED or not (error or "").startswith(CATCH_UP_SKIP):
            reminded.add(occurrence)
        elif purpose != ReminderPurpose.MISSED:
            skipped.append((row_id, occurrence))
    return [row_id for row_id, occurrence in skipped if occurrence not in reminded]


def _move_rows(
    session: Session,
    model: Any,
    key: tuple[str, ...],
    old: int,
    new: int,
    *where: ColumnElement[bool],
) -> None:
    """Re-point rows from chat ``old`` to ``new``; a row whose key the new chat already has is
    dropped. Each moved key counts as taken at once, so of two rows of one key (a waiting row
    and a skipped one, say, selected together by ``where``) only the first moves."""
    taken = {
        tuple(getattr(row, column) for column in key)
        for row in session.exec(select_models(model).where(model.chat_id == new))
    }
    for row in session.exec(select_models(model).where(model.chat_id == old, *where)).all():
        row_key = tuple(getattr(row, column) for column in key)
        if row_key in taken:
            session.delete(row)
        else:
            taken.add(row_key)
            row.chat_id = new
            session.add(row)


PLANNED_THROUGH_KEY = "reminders.planned_through"


def planned_through(
    connection: Connection, scope: DispatchScope = EVERY_REAL_CHAT
) -> datetime | None:
    """Up to when ``scope`` has been planned (each scope keeps its own checkpoint)."""
    key = PLANNED_THROUGH_KEY + scope.checkpoint_suffix
    value = connection.execute(
        select(col(BotState.value)).where(col(BotState.key) == key)
    ).scalar_one_or_none()
    return datetime.fromisoformat(value) if value else None


def advance_planned_through(
    connection: Connection, instant: datetime, scope: DispatchScope = EVERY_REAL_CHAT
) -> None:
    """Move the planning checkpoint forward (never back: two planners may race)."""
    _set_planned_through(connection, instant, scope, col(BotState.value) < _stamp(instant))


def start_timeline(
    connection: Connection, start: datetime, catch_up: timedelta, scope: DispatchScope
) -> None:
    """Record where an offline session's planning starts, before its first tick.

    Each ``policybot chat --now`` is a timeline of its own, and may begin before the point an
    earlier session planned through. A session that ended before its first tick used to leave
    that later point in place, so the next session planned on from there and never recorded
    the reminders between them (subscribed to in that session): they were skipped without a
    row. Here a missing or later checkpoint becomes ``start − catch_up``, what the first tick
    plans from anyway; the ledger's unique moments keep anything already sent from going twice.
    """
    current = planned_through(connection, scope)
    if current is None or current > start:
        _set_planned_through(connection, start - catch_up, scope)


def _stamp(instant: datetime) -> str:
    return instant.astimezone(UTC).isoformat(timespec="microseconds")


def _set_planned_through(
    connection: Connection, instant: datetime, scope: DispatchScope, *when: ColumnElement[bool]
) -> None:
    """Store ``scope``'s checkpoint as ``instant`` (where the row exists, only ``when``)."""
    key = PLANNED_THROUGH_KEY + scope.checkpoint_suffix
    stamp = _stamp(instant)
    insert_ignore(connection, table_of(BotState), [{"key": key, "value": stamp}], ["key"])
    connection.execute(update(BotState).where(col(BotState.key) == key, *when).values(value=stamp))


def status_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        rows = connection.execute(
            select(col(ReminderLedger.status), func.count()).group_by(col(ReminderLedger.status))
        ).all()
    return {status: count for status, count in rows}
