"""Pending uploads left behind: previews nobody answered, confirmations a stopped process began.

Two things used to stay in ``pending_upload`` for ever: previews never confirmed or cancelled
(each holds a plan's whole text), and the rows of confirmations a killed process began before
the plan's commit (nothing was stored, and the admin, who had pressed 确认入库, was never told).
``recover_uploads`` runs when the bot starts and then every minute (``handlers.upload``):

* a preview older than ``PENDING_LIFETIME`` (3 days: it can no longer be confirmed) is deleted,
  with an audit entry (``expire``, by nobody) naming its file, chat and uploader;
* a confirmation begun more than ``stale_after`` ago (longer than a live one can take) and not
  finished is over. When its plan is in the store (the plan's commit wrote what it stored into
  the row, ``stored_result``, and the process stopped before 已入库 was said) the admin is told
  the plan was stored, with /undo, as the answer would have said it; such a row never expires.
  Otherwise the admin is told it was NOT stored, and may press 确认入库 again (or send the file
  again once the preview has expired) — unless they know better already: the same chat sent
  the same file again since, or its uploader stored the same content by another confirmation
  (answered, or owing its own answer). Then the row goes (audited as an expiry) unsaid: a
  notice would contradict the answer they had. Content stored by someone else is told as such.

A row changes only once Telegram has taken its notice (``settle``): the pass claims it (its mark
becomes the pass's time, one conditional write, so two workers starting together report it
once), a send that fails gives it back for the next pass (``release``), and a process stopped
while sending leaves a fresh mark, told again once that is stale. At least once, then: a stop
in the instant between Telegram taking the notice and the row's write tells it twice, never
not at all. Only the chats ``serves`` accepts are touched (the offline chat's own, in
``policybot chat``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, delete, or_, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.knowledge import audit
from policybot.knowledge.database import session_scope
from policybot.knowledge.models import AuditEntry, PendingUpload
from policybot.knowledge.store import IngestResult
from policybot.knowledge.uploads import (
    PENDING_LIFETIME,
    TOKEN_LENGTH,
    already_stored,
    answered,
    document_exists,
    expire_pending,
    is_expired,
    stored_upload,
)

INGEST = "ingest"  # the audit action of a document stored


@dataclass(frozen=True)
class InterruptedConfirm:
    """A 确认入库 a stopped process never finished, as its admin is told of it. Its row is
    claimed (``claimed``, its mark while the notice is sent) and changes only once Telegram has
    taken the notice (``settle``); a send that fails gives it back (``release``)."""

    chat_id: int
    filename: str
    stored: IngestResult | None  # the plan, when it had been stored after all
    pending_id: int | None = None  # still pending: its 确认入库 may be pressed again
    token: str = ""
    # Nothing stored by it, but the same content was stored by another confirmation (of
    # another admin, or another chat): the document it is in.
    elsewhere: IngestResult | None = None
    row_id: int = 0
    claimed: datetime | None = None
    since: datetime | None = None  # its mark before the claim, given back by ``release``

    @property
    def expired(self) -> bool:
        """Not stored, and its preview is too old to confirm: the file must be sent again."""
        return self.stored is None and self.elsewhere is None and self.pending_id is None


@dataclass
class Recovery:
    interrupted: list[InterruptedConfirm] = field(default_factory=list)
    expired: int = 0  # previews deleted unanswered
    superseded: int = 0  # interrupted confirmations whose admin knows better already


def recover_uploads(
    engine: Engine, *, now: datetime, stale_after: timedelta, serves: Callable[[int], bool]
) -> Recovery:
    """Settle the expired previews of the chats ``serves``, and claim their interrupted
    confirmations, whose admins are to be told (``settle`` once told)."""
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
        if not interrupted:
            if is_expired(row, now) and _deleted(engine, row, audited=True, now=now):
                recovery.expired += 1
            continue
        # Nothing was stored by it (its plan's commit would have said so in the row).
        stored = already_stored(engine, row.content_hash)
        if _known_otherwise(engine, row, stored):
            with session_scope(engine) as session:  # unless pressed again meanwhile
                recovery.superseded += expire_pending(session, row, now, unchanged=True)
            continue
        if not _claimed(engine, row, now):
            continue  # another worker (or a new press) took it
        pending_id = None if stored is not None or is_expired(row, now) else row.id
        recovery.interrupted.append(
            InterruptedConfirm(
                row.chat_id,
                row.filename,
                None,
                pending_id,
                row.content_hash[:TOKEN_LENGTH],
                elsewhere=stored,
                row_id=row.id or 0,
                claimed=now,
                since=row.confirming_since,
            )
        )
    return recovery


def settle(engine: Engine, told: InterruptedConfirm, *, now: datetime) -> bool:
    """The admin has been told (Telegram took the notice): the row goes (stored, by this
    confirmation or another; or expired, with an audit entry), or, still confirmable, loses
    its mark. False when a press took the row meanwhile (it answers for itself)."""
    with session_scope(engine) as session:
        if told.stored is not None:
            result = session.exec(delete(PendingUpload).where(_still_claimed(told)))
            return bool(result.rowcount)
        if told.pending_id is not None:
            result = session.exec(
                update(PendingUpload).where(_still_claimed(told)).values(confirming_since=None)
            )
            return bool(result.rowcount)
        row = session.exec(select(PendingUpload).where(_still_claimed(told))).first()
        return row is not None and expire_pending(session, row, now, unchanged=True)


def release(engine: Engine, told: InterruptedConfirm) -> bool:
    """The notice could not be sent: give the row its mark back, so the next pass tells it."""
    with session_scope(engine) as session:
        result = session.exec(
            update(PendingUpload).where(_still_claimed(told)).values(confirming_since=told.since)
        )
        return bool(result.rowcount)


def _still_claimed(told: InterruptedConfirm) -> ColumnElement[bool]:
    return and_(
        col(PendingUpload.id) == told.row_id,
        col(PendingUpload.confirming_since) == told.claimed,
    )


def _known_otherwise(engine: Engine, row: PendingUpload, stored: IngestResult | None) -> bool:
    """Whether the admin already knows what became of the upload an interrupted confirmation
    (which stored nothing) was about: the same chat sent the same file again since (the newer
    upload answers for itself), or its uploader stored the same content (a confirmation of
    theirs, answered, or owing its own answer). A notice would be a second, wrong answer."""
    with Session(engine) as session:
        newer = session.exec(
            select(PendingUpload.id).where(
                col(PendingUpload.chat_id) == row.chat_id,
                col(PendingUpload.content_hash) == row.content_hash,
                col(PendingUpload.id) > row.id,
            )
        ).first()
        if newer is not None:
            return True
        if stored is None:
            return False
        theirs = session.exec(
            select(AuditEntry.id).where(
                col(AuditEntry.entity_kind) == audit.DOCUMENT,
                col(AuditEntry.entity_id) == stored.document_id,
                col(AuditEntry.action) == INGEST,
                col(AuditEntry.actor_id) == row.user_id,
            )
        ).first()
        return theirs is not None


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
    stopped, or the answer failed): once it is older than a live one can be, the row is
    claimed, in one conditional write (a press answering it meanwhile wins), for the notice;
    it goes once the notice is sent (``settle``). Never expired: its plan is in the store, and
    /history says so."""
    since = row.confirming_since
    if since is not None and since >= now - stale_after:
        return None  # its own confirmation (or a notice of it) may still be answering
    with session_scope(engine) as session:
        result = session.exec(
            update(PendingUpload)
            .where(
                col(PendingUpload.id) == row.id,
                col(PendingUpload.confirming_since).is_(None)
                if since is None
                else col(PendingUpload.confirming_since) == since,
            )
            .values(confirming_since=now)
        )
        if not result.rowcount:
            return None
    stored = stored_upload(row)
    if stored is None or not document_exists(engine, stored.result.document_id):
        answered(engine, row.id or 0)
        return None  # undone since: /history says so
    return InterruptedConfirm(
        row.chat_id, row.filename, stored.result, row_id=row.id or 0, claimed=now, since=since
    )


def _claimed(engine: Engine, row: PendingUpload, now: datetime) -> bool:
    """Claim the row for its notice (its mark becomes ``now``), unless another worker (or a
    new press) changed it first. A process stopped while sending leaves a fresh mark: the
    notice is sent again once that is stale too."""
    with session_scope(engine) as session:
        result = session.exec(
            update(PendingUpload)
            .where(
                col(PendingUpload.id) == row.id,
                col(PendingUpload.confirming_since) == row.confirming_since,
                col(PendingUpload.stored_result).is_(None),
            )
            .values(confirming_since=now)
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
