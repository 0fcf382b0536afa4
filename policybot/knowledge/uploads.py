"""An uploaded plan, from bytes to a preview to the store, with a confirmation in between.

The preview is built from a full extraction (``knowledge.reading``, in a budgeted worker
process), but nothing is written to the knowledge store until an admin confirms: the read text
and the preview's extraction wait in ``PendingUpload`` (so a restart between preview and
confirmation loses nothing), and confirming writes that extraction as it is. What is stored is
exactly what was shown, and a large plan is extracted once, not twice.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, true, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlmodel import Session, col, select

from policybot.knowledge import audit
from policybot.knowledge.answers import format_reward, format_target_amount
from policybot.knowledge.budget import Budget
from policybot.knowledge.captions import caption_of, shown_title
from policybot.knowledge.clipping import NAME_LIMIT, clip
from policybot.knowledge.database import session_scope
from policybot.knowledge.extract import Extraction
from policybot.knowledge.extract.records import MilestoneRecord, RecurringRecord, TargetRecord
from policybot.knowledge.extraction_codec import (
    dump_extraction,
    dump_record,
    load_extraction,
    load_record,
)
from policybot.knowledge.labels import duty_timing
from policybot.knowledge.models import Document, PendingUpload, utcnow
from policybot.knowledge.readers import ReadError
from policybot.knowledge.reading import ReadPlan, extract_plan_within, read_plan_within
from policybot.knowledge.retirement import Retirement, planned_retirements
from policybot.knowledge.store import (
    IngestResult,
    RetirementsChanged,
    content_hash,
    count_facts,
    document_by_hash,
    ingest_extraction,
)
from policybot.knowledge.unit_roles import LEAD_WORD, RESPONSIBLE_LABEL
from policybot.knowledge.unread_lines import UnreadLine, unread_lines
from policybot.knowledge.version_changes import VersionChanges, version_changes

PREVIEW_ITEMS = 3
PREVIEW_KINDS = ("target", "milestone", "recurring", "reward")
PENDING_LIFETIME = timedelta(days=3)
# SQLite gives a deleted pending row's id to the next one: a button names the content too.
TOKEN_LENGTH = 8
GONE = "该上传已处理或已过期,请重新发送文件。"
EXPIRED = "这份预览已超过 3 天,已作废,未入库。如需入库,请重新发送文件,核对新的预览后再确认。"


class UploadError(ValueError):
    """An upload that cannot go on; ``str()`` is a Chinese sentence for the user."""


@dataclass(frozen=True)
class KnownDocument:
    document_id: int
    title: str | None
    doc_number: str | None
    status: str


@dataclass
class UploadPreview:
    """What the admin sees before 确认入库."""

    filename: str
    title: str | None
    doc_number: str | None
    issuer: str | None
    region: str | None
    issued: date | None
    period: tuple[int, int] | None
    counts: dict[str, int]
    first_items: dict[str, list[str]]
    warnings: list[str] = field(default_factory=list)
    pending_id: int | None = None
    existing: KnownDocument | None = None
    # What confirming would retire: within the plan's jurisdiction, or needing its own button.
    retirements: list[Retirement] = field(default_factory=list)
    # What it will be named by without a title or doc number (``captions``).
    caption: str | None = None
    content_hash: str | None = None
    tasks: int = 0  # tasks read (not in ``counts``, which are the stored facts' kinds)
    # Lines with a figure or a date that gave no fact (``unread_lines``), for the admin to check.
    unread: list[UnreadLine] = field(default_factory=list)
    # What it changes in the document it replaces by doc number (``replaces``), if any.
    changes: VersionChanges | None = None

    @property
    def button_token(self) -> str:
        """What a button of this preview carries beside the pending id (``matches``)."""
        return (self.content_hash or "")[:TOKEN_LENGTH]

    @property
    def replaces(self) -> Retirement | None:
        """The active document with the same doc number, when this plan is its new version."""
        return next((r for r in self.retirements if r.reason == "number"), None)

    @property
    def outside_jurisdiction(self) -> list[Retirement]:
        """Documents the plan names as retired outside its jurisdiction (an admin may still
        retire them with their own button); another region's same doc number is never one."""
        return [
            r for r in self.retirements if not r.within_jurisdiction and r.reason != "other_number"
        ]

    @property
    def number_clashes(self) -> list[Retirement]:
        """Another region's or issuer's documents with this plan's doc number: kept, said."""
        return [r for r in self.retirements if r.reason == "other_number"]


def prepare_upload(
    engine: Engine,
    raw: bytes,
    filename: str,
    *,
    chat_id: int,
    user_id: int,
    now: datetime | None = None,
    budget: Budget | None = None,
) -> UploadPreview:
    """Read and extract (within ``budget``), then ``preview_plan``."""
    try:
        plan = read_plan_within(raw, filename, budget)
    except ReadError as error:
        raise UploadError(str(error)) from error
    return preview_plan(engine, plan, chat_id=chat_id, user_id=user_id, now=now)


def preview_plan(
    engine: Engine, plan: ReadPlan, *, chat_id: int, user_id: int, now: datetime | None = None
) -> UploadPreview:
    """Keep a pending upload of a read plan, unless the same content is already stored."""
    stamp = now or utcnow()
    extraction = plan.extraction
    digest = content_hash(extraction.text)
    preview = _preview(plan.filename, extraction, plan.warnings)
    preview.content_hash = digest
    with session_scope(engine) as session:
        _forget_stale(session, stamp, chat_id)
        preview.existing = _known(document_by_hash(session, digest))
        if preview.existing is not None:
            return preview
        preview.retirements = planned_retirements(session, extraction.document)
        if preview.replaces is not None:  # its new version: what confirming changes in it
            preview.changes = version_changes(session, preview.replaces.document_id, extraction)
        pending = PendingUpload(
            chat_id=chat_id,
            user_id=user_id,
            filename=plan.filename,
            content_hash=digest,
            text=plan.text,
            extraction=dump_extraction(extraction),
            retirements=json.dumps(sorted(r.document_id for r in preview.retirements)),
            created_at=stamp,
        )
        session.add(pending)
        session.flush()
        preview.pending_id = pending.id
    return preview


def confirm_upload(
    engine: Engine,
    pending_id: int,
    *,
    chat_id: int,
    actor_id: int,
    retire_outside: bool = False,
    budget: Budget | None = None,
    now: datetime | None = None,
    token: str | None = None,
    answer_owed: bool = False,
) -> IngestResult:
    """Write the pending document through the store (one transaction), and in that same
    transaction what it stored into the pending row (``stored_result``): the answer owed.

    With ``answer_owed`` (the chat, which tells the admin afterwards) the row stays until the
    caller has said 已入库 (``answered``); a process stopped before that leaves it for
    ``upload_recovery``, which tells the admin at the next start. A second press before then
    is answered with the same result, and nothing is written twice. Without it, the result
    returned is the answer, and the row goes at once.
    ``retire_outside`` is the admin's separate confirmation that documents outside the plan's
    jurisdiction go too. ``budget`` bounds the extraction a pending row from before extractions
    were kept still needs. A preview older than ``PENDING_LIFETIME`` is dropped instead: the
    store may have moved on since, and the admin no longer remembers what it showed. ``token``:
    what the pressed button carries of the content (``matches``).
    """
    now = now or utcnow()
    result = _confirm(engine, pending_id, chat_id, actor_id, retire_outside, budget, now, token)
    if not answer_owed:
        answered(engine, pending_id)
    return result


def _confirm(
    engine: Engine,
    pending_id: int,
    chat_id: int,
    actor_id: int,
    retire_outside: bool,
    budget: Budget | None,
    now: datetime,
    token: str | None,
) -> IngestResult:
    owed = owed_answer(engine, pending_id, chat_id=chat_id, token=token, now=now)
    if owed is not None:
        return owed.result
    with Session(engine) as session:
        pending = session.get(PendingUpload, pending_id)
    if pending is None or not matches(pending, chat_id, token):
        raise UploadError(GONE)
    if is_expired(pending, now):
        with session_scope(engine) as session:
            expire_pending(session, pending, now)
        raise UploadError(EXPIRED)
    # Committed before the plan is written: should the process stop before the plan's commit,
    # the mark is what tells the admin at the next start that nothing was stored.
    _mark_confirming(engine, pending_id, now)
    try:
        return _store_pending(engine, pending, actor_id, retire_outside, budget, now)
    except BaseException:
        with contextlib.suppress(SQLAlchemyError):  # the error itself is what to report
            _mark_confirming(engine, pending_id, None)
        raise


@dataclass
class StoredUpload:
    """What a 确认入库 stored and who pressed it: kept in its pending row (``stored_result``)
    until the admin is told, so a later answer says what the first would have said."""

    result: IngestResult
    confirmed_by: int | None = None


def owed_answer(
    engine: Engine, pending_id: int, *, chat_id: int, token: str | None, now: datetime
) -> StoredUpload | None:
    """What an earlier 确认入库 of this pending upload stored, when the admin was never told
    (the process stopped, or the answer failed): claimed for this answer, so the recovery pass
    does not tell it too. None when the upload was not stored. Raises ``UploadError`` when the
    plan has been undone since (the row goes: /history says what happened)."""
    with Session(engine) as session:
        pending = session.get(PendingUpload, pending_id)
    if pending is None or pending.stored_result is None or not matches(pending, chat_id, token):
        return None
    with session_scope(engine) as session:
        claimed = session.exec(
            update(PendingUpload)
            .where(
                col(PendingUpload.id) == pending_id,
                col(PendingUpload.confirming_since) == pending.confirming_since,
            )
            .values(confirming_since=now)
        )
        if not claimed.rowcount:  # the recovery pass is telling it right now
            raise UploadError(GONE)
    stored = stored_upload(pending)
    if stored is None or not document_exists(engine, stored.result.document_id):
        answered(engine, pending_id)
        raise UploadError("该文件已入库,之后又被撤销或删除,见 /history。如需入库,请重新发送文件。")
    return stored


def stored_upload(pending: PendingUpload) -> StoredUpload | None:
    """What the pending upload's confirmation stored, as it was answered; None when nothing."""
    if pending.stored_result is None:
        return None
    try:
        return load_record(StoredUpload, pending.stored_result)
    except ValueError:  # written by another version: the document, without the details
        result = json.loads(pending.stored_result).get("result") or {}
        return StoredUpload(IngestResult(int(result.get("document_id") or 0), "unchanged", None))


def answered(engine: Engine, pending_id: int) -> bool:
    """Drop a confirmed upload's row once 已入库 has been said; False when it was gone (the
    recovery pass or another press said it)."""
    with session_scope(engine) as session:
        result = session.exec(
            delete(PendingUpload).where(
                col(PendingUpload.id) == pending_id,
                col(PendingUpload.stored_result).is_not(None),
            )
        )
        return bool(result.rowcount)


def document_exists(engine: Engine, document_id: int) -> bool:
    with Session(engine) as session:
        return session.get(Document, document_id) is not None


def _store_pending(
    engine: Engine,
    pending: PendingUpload,
    actor_id: int,
    retire_outside: bool,
    budget: Budget | None,
    now: datetime,
) -> IngestResult:
    """Write the pending upload's extraction (one transaction, which marks the row stored),
    unless its content is stored (then the row is marked in a transaction of its own)."""
    assert pending.id is not None
    pending_id = pending.id
    extraction = _pending_extraction(pending, budget)
    if content_hash(extraction.text) != pending.content_hash:
        raise UploadError("提取规则已更新,预览已过期,请重新发送文件。")
    result = already_stored(engine, pending.content_hash)
    if result is not None:
        return _marked_stored(engine, pending_id, StoredUpload(result, actor_id))
    _refuse_if_retirements_changed(engine, pending, extraction)
    expected = (
        frozenset(json.loads(pending.retirements)) if pending.retirements is not None else None
    )
    try:
        return ingest_extraction(
            engine,
            extraction,
            actor_id=actor_id,
            retire_outside=retire_outside,
            now=now,
            expected_retirements=expected,
            before_commit=lambda session, stored: _mark_stored(
                session, pending_id, StoredUpload(stored, actor_id)
            ),
        )
    except RetirementsChanged as changed:  # in the instant since the check above
        raise _retirements_changed(engine, pending, changed.planned) from None
    except IntegrityError:
        # Another admin confirmed the same content at the same instant and won.
        result = already_stored(engine, pending.content_hash)
        if result is None:
            raise
        return _marked_stored(engine, pending_id, StoredUpload(result, actor_id))


def _mark_stored(session: Session, pending_id: int, stored: StoredUpload) -> None:
    """Keep what was stored in the pending row, in the plan's own transaction; a row gone
    meanwhile (cancelled, expired) undoes the whole write: nobody would be told of it."""
    marked = session.exec(
        update(PendingUpload)
        .where(col(PendingUpload.id) == pending_id)
        .values(stored_result=dump_record(stored))
    )
    if not marked.rowcount:
        raise UploadError(GONE)


def _marked_stored(engine: Engine, pending_id: int, stored: StoredUpload) -> IngestResult:
    with session_scope(engine) as session:
        _mark_stored(session, pending_id, stored)
    return stored.result


def _mark_confirming(engine: Engine, pending_id: int, since: datetime | None) -> None:
    """Set (or, with None, clear) the pending upload's ``confirming_since``, committed; the
    mark of a row whose plan is stored stays (its answer is owed)."""
    with session_scope(engine) as session:
        session.exec(
            update(PendingUpload)
            .where(
                col(PendingUpload.id) == pending_id,
                col(PendingUpload.stored_result).is_(None),
            )
            .values(confirming_since=since)
        )


def _refuse_if_retirements_changed(
    engine: Engine, pending: PendingUpload, extraction: Extraction
) -> None:
    """Confirm only what the preview showed: when another upload was stored since (a newer
    version with the same doc number, say), confirming would retire other documents than the
    admin saw, so the pending upload is dropped and a new preview asked for."""
    if pending.retirements is None:
        return
    previewed = set(json.loads(pending.retirements))
    with Session(engine) as session:
        now_planned = planned_retirements(session, extraction.document)
    if {r.document_id for r in now_planned} == previewed:
        return
    raise _retirements_changed(engine, pending, now_planned)


def _retirements_changed(
    engine: Engine, pending: PendingUpload, now_planned: list[Retirement]
) -> UploadError:
    """Drop the pending upload; the sentence telling the admin why and what to do."""
    assert pending.id is not None
    discard_upload(engine, pending.id, chat_id=pending.chat_id)
    named = "、".join(f"#{r.document_id}《{clip(r.title or '', NAME_LIMIT)}》" for r in now_planned)
    change = f"现在确认将停用 {named}" if named else "现在确认不会停用任何文件"
    return UploadError(
        f"预览之后库里的文件有了变化,{change},与预览不同。请重新发送文件,查看新的预览后再确认。"
    )


def _pending_extraction(pending: PendingUpload, budget: Budget | None) -> Extraction:
    """The preview's extraction; extracted again only for rows that do not hold one."""
    if pending.extraction:
        try:
            return load_extraction(pending.extraction)
        except ValueError:  # the record types changed since the preview: extract again
            pass
    try:
        return extract_plan_within(pending.text, pending.filename, budget)
    except ReadError as error:
        raise UploadError(str(error)) from error


def already_stored(engine: Engine, digest: str) -> IngestResult | None:
    """The stored document with this content, left as it is.

    The store would re-extract a known text under another file name ("updated"), replacing
    its facts and with them any admin's corrections; an upload must never do that.
    """
    with Session(engine) as session:
        document = document_by_hash(session, digest)
        if document is None:
            return None
        counts = count_facts(session, document.id)
        return IngestResult(document.id or 0, "unchanged", shown_title(document), counts)


def discard_upload(
    engine: Engine, pending_id: int, *, chat_id: int, token: str | None = None
) -> bool:
    """Forget a pending upload of this chat; False when there was none, or its plan is stored
    (its answer is owed: ``owed_answer``)."""
    with session_scope(engine) as session:
        pending = session.get(PendingUpload, pending_id)
        if pending is None or pending.stored_result is not None:
            return False
        if not matches(pending, chat_id, token):
            return False
        session.delete(pending)
        return True


def matches(pending: PendingUpload, chat_id: int, token: str | None) -> bool:
    """Whether a button pressed in ``chat_id`` carrying ``token`` is about ``pending``: its chat,
    and its content (the id alone may be a newer upload's, once the previewed one was dropped).
    Buttons sent before they carried a token (``None``) name the id alone."""
    if pending.chat_id != chat_id:
        return False
    return token is None or pending.content_hash.startswith(token)


def pending_count(engine: Engine) -> int:
    with Session(engine) as session:
        return session.exec(select(func.count()).select_from(PendingUpload)).one()


def is_expired(pending: PendingUpload, now: datetime) -> bool:
    """Whether a preview is older than ``PENDING_LIFETIME`` (it can no longer be confirmed)."""
    return pending.created_at is not None and now - pending.created_at > PENDING_LIFETIME


def _forget_stale(session: Session, now: datetime, chat_id: int) -> None:
    """Drop this chat's expired previews. Only this chat's: chats may run on other clocks (an
    offline ``policybot chat --now 2030`` on the shared store dropped a real admin's fresh
    preview), and another chat's expired preview is refused when its button is pressed anyway."""
    cutoff = now - PENDING_LIFETIME
    stale = session.exec(
        select(PendingUpload).where(
            col(PendingUpload.chat_id) == chat_id,
            col(PendingUpload.created_at) < cutoff,
            col(PendingUpload.stored_result).is_(None),
        )
    )
    for pending in stale.all():
        expire_pending(session, pending, now)


# The audit entity of a pending upload, and the action of one dropped unconfirmed.
UPLOAD = "upload"
EXPIRE = "expire"


def expire_pending(
    session: Session, pending: PendingUpload, now: datetime, *, unchanged: bool = False
) -> bool:
    """Delete a preview nobody confirmed, with an audit entry (``expire``, by nobody) naming its
    file, chat and uploader: whichever path drops it (a new upload, its button pressed too late,
    the periodic recovery), /history says where the upload went. False when it was gone, or
    was confirmed after all (its plan is stored: it never expires); with ``unchanged``, also
    when its 确认入库 was pressed since ``pending`` was read (its mark moved)."""
    result = session.exec(
        delete(PendingUpload).where(
            col(PendingUpload.id) == pending.id,
            col(PendingUpload.stored_result).is_(None),
            col(PendingUpload.confirming_since) == pending.confirming_since
            if unchanged
            else true(),
        )
    )
    if not result.rowcount:
        return False
    audit.record(
        session,
        actor_id=None,
        action=EXPIRE,
        entity_kind=UPLOAD,
        entity_id=pending.id,
        before={
            "filename": pending.filename,
            "chat_id": pending.chat_id,
            "user_id": pending.user_id,
            "content_hash": pending.content_hash,
            "created_at": pending.created_at,
        },
        after=None,
        now=now,
    )
    return True


def _known(document: Document | None) -> KnownDocument | None:
    if document is None:
        return None
    return KnownDocument(
        document.id or 0, shown_title(document), document.doc_number, document.status
    )


def _preview(filename: str, extraction: Extraction, warnings: list[str]) -> UploadPreview:
    meta = extraction.document
    return UploadPreview(
        filename=filename,
        title=meta.title,
        caption=caption_of(extraction),
        doc_number=meta.doc_number,
        issuer=meta.issuer,
        region=meta.region,
        issued=meta.issued,
        period=meta.period,
        counts={
            "target": len(extraction.targets),
            "milestone": len(extraction.milestones),
            "recurring": len(extraction.recurring),
            "reward": len(extraction.rewards),
            "units": len(units_on_items(extraction)),
        },
        first_items=_first_items(extraction),
        warnings=list(warnings),
        tasks=len(extraction.tasks),
        unread=unread_lines(extraction),
    )


def units_on_items(extraction: Extraction) -> set[str]:
    """The units the plan's items (targets, deadlines, duties) name: what /units lists once the
    plan is stored (``store.count_facts`` counts the same). ``extraction.units`` holds every
    body the text names (a task's, one named in prose), and the preview counted those: 8 责任
    单位 where /units then listed 5 (role39)."""
    records: list[TargetRecord | MilestoneRecord | RecurringRecord] = [
        *extraction.targets,
        *extraction.milestones,
        *extraction.recurring,
    ]
    return {name for record in records for name in (*record.lead_units, *record.support_units)}


def _first_items(extraction: Extraction) -> dict[str, list[str]]:
    """The first few items of each kind the preview shows (its 全部条目 button shows the rest)."""
    lists = item_lists(extraction)
    return {kind: lists[kind][:PREVIEW_ITEMS] for kind in PREVIEW_KINDS}


def item_lists(extraction: Extraction) -> dict[str, list[str]]:
    """Every item read, one line each, by kind (``PREVIEW_KINDS`` and the tasks), in the order
    of the text: what an admin checks before 确认入库."""
    # A district quota shows its district, so a misread place name is caught before 确认入库.
    targets = [
        f"{t.subject}"
        + (f"({t.district})" if t.district else "")
        # The amount as answers show it, in the document's words (1家以上, 10-20个), not 1家.
        + f" {format_target_amount(t.value, t.unit, t.value_max, t.qualifier) or _number(t.value)}"
        + _target_when(t.deadline, t.per_year)
        for t in extraction.targets
    ]
    milestones = [
        f"{m.title}"
        + (f"(截止 {m.due.isoformat()})" if m.due else "")
        + (f"(自 {m.start.isoformat()} 起)" if m.start and not m.due else "")
        for m in extraction.milestones
    ]
    recurring = [
        f"{r.title}({duty_timing(r.every, r.due_text, r.window_text)})"
        for r in extraction.recurring
    ]
    rewards = [
        f"{w.achievement}"
        + (
            f":{format_reward(w.amount_yuan, is_cap=w.is_cap, treatment=w.treatment)}"
            if w.amount_yuan
            else ""
        )
        + (f":{w.treatment}" if w.treatment and not w.amount_yuan else "")
        for w in extraction.rewards
    ]
    # "(责任单位:A、B)": units answerable together are no 牵头 the text named
    tasks = [
        t.title
        + (
            f"({RESPONSIBLE_LABEL if t.units_joint else LEAD_WORD}:{'、'.join(t.lead_units)})"
            if t.lead_units
            else ""
        )
        for t in extraction.tasks
    ]
    return {
        "target": targets,
        "milestone": milestones,
        "recurring": recurring,
        "reward": rewards,
        "task": tasks,
        UNREAD: [f"第{line.number}行 {line.text}" for line in unread_lines(extraction)],
    }


# The key of ``item_lists``'s lines with a figure or a date that gave no fact.
UNREAD = "unread"


def pending_items(
    engine: Engine,
    pending_id: int,
    *,
    chat_id: int,
    token: str | None = None,
    budget: Budget | None = None,
) -> tuple[str, dict[str, list[str]]] | None:
    """The file name and every item of a pending upload (the preview's 全部条目), read from its
    row, so the button works after a restart; None when it was confirmed, dropped or is
    another chat's. Raises ``UploadError`` when a row without its extraction cannot be read."""
    with Session(engine) as session:
        pending = session.get(PendingUpload, pending_id)
        if pending is None or not matches(pending, chat_id, token):
            return None
        session.expunge(pending)
    return pending.filename, item_lists(_pending_extraction(pending, budget))


def _target_when(deadline: date | None, per_year: bool) -> str:
    """When a target is due, as the text says it: a quota the text sets for each year (每年)
    is due every year up to its last, not once at the end."""
    if deadline is None:
        return ""
    if per_year:
        return f"(每年,至 {deadline.year} 年)"
    return f"(截止 {deadline.isoformat()})"


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
