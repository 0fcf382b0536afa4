"""Pending uploads left behind: previews nobody answered, confirmations a stopped process began.

Two things used to stay in ``pending_upload`` for ever: previews never confirmed or cancelled
(each holds a plan's whole text), and the rows of confirmations a killed process began before
the plan's commit (nothing was stored, and the admin, who had pressed 确认入库, was never told).
``recover_uploads`` runs when the bot starts and then every minute (``handlers.upload``):

* a preview older than ``PENDING_LIFETIME`` (3 days: it can no longer be confirmed) is deleted,
  with an audit entry (``expire``, by nobody) naming its file, chat and uploader;
* a confirmation begun more than ``stale_after`` ago (longer than a live one can take) and not
  finished is over. When its plan is in the store (the plan's commit wrote what it stored into
  the row, ``stored_result``, and the process stopped before 已入库 was said) the row goes and
  the admin is told the plan was stored, with /undo, as the answer would have said it; such a
  row never expires. Otherwise the admin is told it was NOT stored, and may press 确认入库
  again (or send the file again once the preview has expired).

Only the chats ``serves`` accepts are touched (the offline chat's own, in ``policybot chat``),
and each row is settled by one conditional write, so two workers starting together report it
once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import delete, or_, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.knowledge.database import session_scope
from policybot.knowledge.models import PendingUpload
from policybot.knowledge.store import IngestResult
from policybot.knowledge.uploads import (
    PENDING_LIFETIME,
    TOKEN_LENGTH,
    already_stored,
    document_exists,
    expire_pending,
    is_expired,
    stored_upload,
)


@dataclass(frozen=True)
class InterruptedConfirm:
    """A 确认入库 a stopped process never finished, as its admin is told of it."""

    chat_id: int
    filename: str
    stored: IngestResult | None  # the plan, when it had been stored after all
    pending_id: int | None = None  # still pending: its 确认入库 may be pressed again
    token: str = ""

    @property
    def expired(self) -> bool:
        """Not stored, and its preview is too old to confirm: the file must be sent again."""
        return self.stored is None and self.pending_id is None


@dataclass
class Recovery:
    interrupted: list[InterruptedConfirm] = field(default_factory=list)
    expired: int = 0  # previews deleted unanswered


def recover_uploads(
    engine: Engine, *, now: datetime, stale_after: timedelta, serves: Callable[[int], bool]
) -> Recovery:
    """Settle the expired previews and the interrupted confirmations of the chats ``serves``."""
    recovery = Recovery()
    for row in _left_behind(engine, now, stale_after):
        if not serves(row.chat_id):
            continue
        if row.stored_result is not None:
            told = _answer_owed(engine, row, now, stale_after)
            if told is not None:
                recovery.interrupted.append(told)
            continue
        interrupted = row.confirming_since is not None and row.confirming_since < now - stale_after
        stored = already_stored(engine, row.content_hash) if interrupted else None
        if stored is None and not is_expired(row, now):
            if interrupted and _unmarked(engine, row):
                recovery.interrupted.append(
                    InterruptedConfirm(
                        row.chat_id, row.filename, None, row.id, row.content_hash[:TOKEN_LENGTH]
                    )
                )
            continue
        if not _deleted(engine, row, audited=stored is None, now=now):
            continue  # another worker settled it
        recovery.expired += stored is None
        if interrupted:
            recovery.interrupted.append(InterruptedConfirm(row.chat_id, row.filename, stored))
    return recovery


def _left_behind(engine: Engine, now: datetime, stale_after: timedelta) -> list[PendingUpload]:
    with Session(engine) as session:
        rows = session.exec(
            select(PendingUpload)
            .where(
                or_(
                    col(PendingUpload.created_at) < now - PENDING_LIFETIME,
                    col(PendingUpload.confirming_since) < now - stale_after,
                    col(PendingUpload.stored_result).is_not(None),
                )
            )
            .order_by(col(PendingUpload.id))
        ).all()
        for row in rows:
            session.expunge(row)
        return list(rows)


def _answer_owed(
    engine: Engine, row: PendingUpload, now: datetime, stale_after: timedelta
) -> InterruptedConfirm | None:
    """A confirmation that stored its plan but whose 已入库 was never said (the process
    stopped, or the answer failed): once it is older than a live one can be, the row goes, in
    one conditional write (a press answering it meanwhile wins), and the admin is told. Never
    expired: its plan is in the store, and /history says so."""
    since = row.confirming_since
    if since is not None and since >= now - stale_after:
        return None  # its own confirmation may still be answering
    with session_scope(engine) as session:
        result = session.exec(
            delete(PendingUpload).where(
                col(PendingUpload.id) == row.id,
                col(PendingUpload.confirming_since).is_(None)
                if since is None
                else col(PendingUpload.confirming_since) == since,
            )
        )
        if not result.rowcount:
            return None
    stored = stored_upload(row)
    if stored is None or not document_exists(engine, stored.result.document_id):
        return None  # undone since: /history says so
    return InterruptedConfirm(row.chat_id, row.filename, stored.result)


def _unmarked(engine: Engine, row: PendingUpload) -> bool:
    """Clear the row's mark, unless another worker (or a new press) changed it first."""
    with session_scope(engine) as session:
        result = session.exec(
            update(PendingUpload)
            .where(
                col(PendingUpload.id) == row.id,
                col(PendingUpload.confirming_since) == row.confirming_since,
            )
            .values(confirming_since=None)
        )
        return bool(result.rowcount)


def _deleted(engine: Engine, row: PendingUpload, *, audited: bool, now: datetime) -> bool:
    """Delete the row (with an ``expire`` entry when its plan was never stored), in one
    transaction; False when it was gone already."""
    with session_scope(engine) as session:
        if audited:
            return expire_pending(session, row, now)
        result = session.exec(delete(PendingUpload).where(col(PendingUpload.id) == row.id))
        return bool(result.rowcount)
