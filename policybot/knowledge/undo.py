"""Undo: revert the caller's newest change that has not been undone yet.

What undo means for each kind of change (the before/after snapshots in the audit log say how):

- edit of a fact → the changed fields get their before values back;
- a fact added → it is marked deleted; a fact deleted → it is live again;
- a document retired (or restored) → its previous status comes back;
- a document ingested → the document is removed with everything hanging on it (facts, unit
  links, progress reports, reminder ledger and state), and the documents it had superseded are
  active again. The places and units nothing else names any more go too
  (``unused_names``): a city only that upload named is unknown again. Removing rather than retiring keeps identity by content hash simple: the same
  file can be uploaded again afterwards;
- admin granted / revoked → the reverse; a progress report → removed, a deleted one → back;
- a chat designated to report for a unit (or withdrawn) → the reverse;
- a glossary entry added → deleted (an entry it replaced is back); deleted → live again.

Undo itself is audited (action ``undo``) and is not undone by a second ``/undo``: that reverts
the change before it, as an editor's undo stack does.

Undo puts back only the fields its entry changed, and only while they still hold the values that
entry set: when someone changed one of them since, or deleted the fact, or changed the
document's status, undo refuses and names who did what when (``undo_conflicts``). An entry that
can no longer be undone (that, or its entity is gone) is reported once and marked so in the log
(action ``undo-skip``), so that the next ``/undo`` goes on to the change before it instead of
failing on the same entry for ever.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy import delete, func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.knowledge import audit, glossary_store, reporters
from policybot.knowledge.database import session_scope, take_turns
from policybot.knowledge.editing import (
    KIND_LABELS,
    STATUS_LABELS,
    EditError,
    check_consistency,
    from_snapshot,
    place_fact,
    set_field,
)
from policybot.knowledge.glossary_store import GLOSSARY
from policybot.knowledge.models import (
    FACT_MODELS,
    STORED_FACT_MODELS,
    Admin,
    AuditEntry,
    Document,
    DocumentStatus,
    DocumentUnit,
    FactKind,
    FactUnit,
    ProgressReport,
    RewardCondition,
    Target,
    Task,
    utcnow,
)
from policybot.knowledge.progress import restore_report
from policybot.knowledge.reminder_items import forget_reminders
from policybot.knowledge.undo_conflicts import (
    changed_keys,
    document_conflict,
    fact_conflict,
    ingest_dependants,
)
from policybot.knowledge.unused_names import forget_unused_names


class UndoError(ValueError):
    """Nothing to undo, or a change that cannot be undone; the message is for the user."""


class CannotUndo(UndoError):
    """The newest entry can no longer be undone (changed since, or gone): it is marked so."""


class NeedsConfirmation(UndoError):
    """Undoing this upload would delete others' work with it: ask first. ``token`` (short, for
    callback data) names the entry and what was counted; ``undo_last(confirmed=token)`` goes
    ahead only while both still hold."""

    def __init__(self, message: str, token: str) -> None:
        super().__init__(message)
        self.token = token


def not_newest(entry: AuditEntry | None) -> str:
    """Why /undo with a number (or other words) changed nothing: it takes back only the admin's
    newest change, which is named."""
    if entry is None:
        return "没有可以撤销的修改;/undo 只撤销你最近的一次修改,未做任何更改。"
    return (
        f"/undo 只撤销你最近的一次修改,即修改记录 #{entry.id};未做任何更改。"
        f"要撤销它,请发送 /undo(或 /undo {entry.id})。"
    )


SKIPPED_NOTE = "这条修改已标记为无法撤销;再次 /undo 将撤销你更早的一条修改。"


def undoes_upload_of(engine: Engine, actor_id: int, document_id: int) -> bool:
    """Whether the actor's /undo would now take back the upload of ``document_id``: a plan
    found stored when they confirm it may be theirs (an earlier press whose answer was lost)
    or another admin's, stored meanwhile (attack54 M3: told /undo was theirs, which then had
    nothing to undo)."""
    with Session(engine) as session:
        entry = audit.last_undoable(session, actor_id)
    return (
        entry is not None
        and entry.action == "ingest"
        and entry.entity_kind == "document"
        and entry.entity_id == document_id
    )


@dataclass(frozen=True)
class UndoResult:
    """What was undone, in words, and which entity to show afterwards."""

    description: str
    entity_kind: str
    entity_id: int | None


def undo_last(
    engine: Engine,
    actor_id: int,
    *,
    now: datetime | None = None,
    zone: tzinfo = UTC,
    confirmed: str | None = None,
    named: int | None = None,
    ask_before_upload: bool = False,
) -> UndoResult:
    """Undo the actor's newest change; ``zone`` is where a refusal's times are shown;
    ``confirmed`` is the token of a ``NeedsConfirmation`` the admin has confirmed; ``named``:
    the /history number the admin typed (/undo 12), undone only when it is that change;
    ``ask_before_upload``: an upload's undo (the whole plan and its facts) is asked about first
    even when nothing else hangs on it (the chat's /undo: one stray command must not delete a
    plan)."""
    stamp = now or utcnow()
    try:
        with session_scope(engine) as session:
            take_turns(session)
            entry = audit.last_undoable(session, actor_id)
            if entry is None:
                raise UndoError("没有可以撤销的修改。")
            if named is not None and named != entry.id:
                raise UndoError(not_newest(entry))
            if confirmed is not None and confirmed.split(":")[0] != str(entry.id):
                raise UndoError("这个确认已过期(之后又有修改或已撤销),未做任何更改;请重新 /undo。")
            before, after = audit.from_json(entry.before), audit.from_json(entry.after)
            if entry.entity_kind == audit.DOCUMENT and entry.action == "ingest":
                _confirm_ingest_undo(session, entry, confirmed, always=ask_before_upload)
            description = _revert(session, entry, before, after, stamp, zone)
            entry.undone_at = stamp
            session.add(entry)
            audit.record(
                session,
                actor_id=actor_id,
                action="undo",
                entity_kind=entry.entity_kind,
                entity_id=entry.entity_id,
                before=after,
                after={**(before or {}), "undone_entry": entry.id},
                now=stamp,
            )
            return UndoResult(description, entry.entity_kind, entry.entity_id)
    except _Refused as refused:  # the change's transaction is rolled back; mark the entry apart
        _mark_skipped(engine, actor_id, refused.entry_id, str(refused), stamp)
        raise CannotUndo(f"{refused}\n{SKIPPED_NOTE}") from None


class _Refused(UndoError):
    def __init__(self, message: str, entry_id: int | None) -> None:
        super().__init__(message)
        self.entry_id = entry_id


def _refuse(entry: AuditEntry, message: str) -> _Refused:
    return _Refused(message, entry.id)


def _mark_skipped(
    engine: Engine, actor_id: int, entry_id: int | None, reason: str, now: datetime
) -> None:
    """Record that ``entry_id`` cannot be undone (``audit.last_undoable`` passes over it)."""
    with session_scope(engine) as session:
        if entry_id is None or audit.is_skipped(session, entry_id):
            return
        audit.record(
            session,
            actor_id=actor_id,
            action=audit.UNDO_SKIP,
            entity_kind=audit.AUDIT,
            entity_id=entry_id,
            before=None,
            after={"reason": reason},
            now=now,
        )


def _confirm_ingest_undo(
    session: Session, entry: AuditEntry, confirmed: str | None, *, always: bool = False
) -> None:
    """Undoing an upload deletes the plan, its facts and what others did with them since: ask
    before that (``always``: even when nothing else hangs on it)."""
    dependants = ingest_dependants(session, entry)
    token = f"{entry.id}:{dependants.token}"
    if (not dependants.any and not always) or confirmed == token:
        return
    document_id = entry.entity_id or 0
    lines = [
        f"撤销入库将删除{_plan_named(session, document_id)}及其全部 {_fact_count(session, document_id)} 条事实。"
    ]
    if dependants.removed:
        lines.append(f"入库后已有这些工作依附在它的事实上:{dependants.describe()},将一并删除。")
    if dependants.subscriptions_note():
        lines.append(dependants.subscriptions_note())
    returning = _versions_returning(session, document_id)
    if returning:
        # The admin decides knowing what answers and reminders will use afterwards.
        lines.append(f"它替代的旧版本文档 {returning} 将恢复为有效。")
    lines.append("删除后无法恢复(只能重新上传)。确定撤销吗?")
    raise NeedsConfirmation("\n".join(lines), token)


def _versions_returning(session: Session, document_id: int) -> str:
    """The older versions (#6、#9) undoing this upload makes active again: those it replaced,
    unless it is itself replaced by a newer one (then they stay replaced, by that one)."""
    document = session.get(Document, document_id)
    if document is None or document.status == DocumentStatus.SUPERSEDED:
        return ""
    previous = sorted(p.id for p in _replaced_by(session, document_id) if p.id)
    return "、".join(f"#{previous_id}" for previous_id in previous)


def _replaced_by(session: Session, document_id: int) -> Sequence[Document]:
    """The older versions this document replaced (their ``superseded_by_id`` names it)."""
    return session.exec(select(Document).where(col(Document.superseded_by_id) == document_id)).all()


PLAN_TITLE_LIMIT = 40  # a phone's line or two


def _plan_named(session: Session, document_id: int) -> str:
    document = session.get(Document, document_id)
    title = (document.title or document.short_title or "") if document is not None else ""
    if len(title) > PLAN_TITLE_LIMIT:
        title = title[: PLAN_TITLE_LIMIT - 1] + "…"
    return f"文档 #{document_id}《{title}》" if title else f"文档 #{document_id} "


def _fact_count(session: Session, document_id: int) -> int:
    """The plan's live facts (targets, milestones, rewards … and its tasks)."""
    total = 0
    for model in STORED_FACT_MODELS.values():
        query = select(func.count()).select_from(model).where(model.document_id == document_id)
        if hasattr(model, "deleted_at"):
            query = query.where(col(model.deleted_at).is_(None))
        total += session.exec(query).one()
    return total


def _revert(
    session: Session,
    entry: AuditEntry,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    now: datetime,
    zone: tzinfo,
) -> str:
    if entry.entity_kind in FACT_MODELS and entry.action in ("update", "create", "delete"):
        return _revert_fact(session, entry, before, now, zone)
    if entry.entity_kind == audit.DOCUMENT and entry.action in ("retire", "restore"):
        return _revert_retire(session, entry, before or {}, now, zone)
    if entry.entity_kind == audit.DOCUMENT and entry.action == "ingest":
        return _revert_ingest(session, entry, now)
    if entry.entity_kind == audit.ADMIN:
        return _revert_admin(session, entry, before, after, now)
    if entry.entity_kind == GLOSSARY:
        return glossary_store.revert(session, entry.action, entry.entity_id, before, now)
    if entry.entity_kind == audit.PROGRESS and entry.action == "report":
        report = session.get(ProgressReport, entry.entity_id)
        if report is not None:
            session.delete(report)
        return f"已撤销进展报送 #{entry.entity_id}。"
    if entry.entity_kind == audit.PROGRESS and entry.action == "delete":
        if session.get(Target, (before or {}).get("target_id")) is None:
            raise _refuse(entry, f"进展报送 #{entry.entity_id} 所属的目标已不存在,无法恢复。")
        restore_report(session, entry.entity_id or 0, before or {})
        return f"已撤销删除:进展报送 #{entry.entity_id} 已恢复。"
    if entry.entity_kind == audit.REPORTING:
        return reporters.revert(session, entry.action, before or after or {}, now)
    label = audit.ACTION_LABELS.get(entry.action, entry.action)
    raise _refuse(entry, f"「{label}」类修改无法撤销。")


def _revert_fact(
    session: Session,
    entry: AuditEntry,
    before: dict[str, Any] | None,
    now: datetime,
    zone: tzinfo,
) -> str:
    kind = entry.entity_kind
    fact = session.get(FACT_MODELS[kind], entry.entity_id)
    if fact is None:
        raise _refuse(entry, f"{KIND_LABELS[kind]} #{entry.entity_id} 已不存在,无法撤销。")
    conflict = fact_conflict(session, entry, fact, zone)
    if conflict is not None:
        raise _refuse(entry, conflict.text)
    name = f"{KIND_LABELS[kind]} #{entry.entity_id}"
    if entry.action == "create":
        fact.deleted_at = now
        message = f"已撤销新增:{name} 已删除。"
    else:
        for key in changed_keys(entry):  # only what this entry changed: later edits stay
            set_field(kind, fact, key, from_snapshot(kind, key, (before or {}).get(key)))
        try:
            check_consistency(kind, fact)
        except EditError as error:
            raise _refuse(entry, f"无法撤销对{name} 的修改:撤销后{error}") from None
        if "district" in changed_keys(entry):
            place_fact(session, fact)
        message = f"已撤销{'删除' if entry.action == 'delete' else '修改'}:{name} 已恢复。"
    session.add(fact)
    _touch(session, fact.document_id, now)
    return message


def _revert_retire(
    session: Session, entry: AuditEntry, before: dict[str, Any], now: datetime, zone: tzinfo
) -> str:
    document = session.get(Document, entry.entity_id)
    if document is None:
        raise _refuse(entry, f"文档 #{entry.entity_id} 已不存在,无法撤销。")
    conflict = document_conflict(session, entry, document, zone)
    if conflict is not None:
        raise _refuse(entry, conflict.text)
    document.status = before.get("status", DocumentStatus.ACTIVE)
    document.superseded_by_id = before.get("superseded_by_id")
    document.updated_at = now
    session.add(document)
    what = "停用" if entry.action == "retire" else "恢复"
    return f"已撤销{what}:文档 #{document.id} 恢复为「{STATUS_LABELS[document.status]}」。"


def _revert_ingest(session: Session, entry: AuditEntry, now: datetime) -> str:
    document_id = entry.entity_id or 0
    document = session.get(Document, document_id)
    if document is None:
        raise _refuse(entry, f"文档 #{document_id} 已不存在,无法撤销。")
    previous_versions = _replaced_by(session, document_id)
    # In a chain v1 → v2 → v3, undoing v2 leaves v1 replaced — by v3 now: bringing v1 back
    # would make two active versions of one document, each with its own targets and reminders.
    successor = document.superseded_by_id if document.status == DocumentStatus.SUPERSEDED else None
    for previous in previous_versions:
        if successor is None:
            previous.status = DocumentStatus.ACTIVE
        previous.superseded_by_id = successor
        previous.updated_at = now
        session.add(previous)
    remove_document(session, document_id)
    # The places and units only this upload named go with it: a city it alone introduced is
    # again unknown (trial51 H1). Those anything else names stay.
    forget_unused_names(session)
    message = f"已撤销入库:文档 #{document_id} 及其事实已删除。"
    if previous_versions:
        ids = "、".join(f"#{previous.id}" for previous in previous_versions)
        if successor is None:
            message += f"原文档 {ids} 恢复为有效。"
        else:
            message += f"原文档 {ids} 仍为旧版本,现由较新的文档 #{successor} 取代。"
    return message


def remove_document(session: Session, document_id: int) -> None:
    """Delete a document and every row that refers to it or to its facts."""
    target_ids = select(col(Target.id)).where(col(Target.document_id) == document_id)
    session.exec(delete(ProgressReport).where(col(ProgressReport.target_id).in_(target_ids)))
    for kind, model in FACT_MODELS.items():
        fact_ids = select(model.id).where(model.document_id == document_id)
        forget_reminders(session, kind, fact_ids)
        session.exec(
            delete(FactUnit).where(
                col(FactUnit.fact_kind) == kind, col(FactUnit.fact_id).in_(fact_ids)
            )
        )
        session.exec(delete(model).where(model.document_id == document_id))
    task_ids = select(col(Task.id)).where(col(Task.document_id) == document_id)
    session.exec(
        delete(FactUnit).where(
            col(FactUnit.fact_kind) == FactKind.TASK, col(FactUnit.fact_id).in_(task_ids)
        )
    )
    session.exec(delete(Task).where(col(Task.document_id) == document_id))
    session.exec(delete(RewardCondition).where(col(RewardCondition.document_id) == document_id))
    session.exec(delete(DocumentUnit).where(col(DocumentUnit.document_id) == document_id))
    session.exec(delete(Document).where(col(Document.id) == document_id))


def _revert_admin(
    session: Session,
    entry: AuditEntry,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    now: datetime,
) -> str:
    if entry.action == "grant":
        user_id = (after or {})["user_id"]
        admin = session.get(Admin, user_id)
        if admin is not None:
            session.delete(admin)
        return f"已撤销授权:用户 {user_id} 不再是管理员。"
    user_id = (before or {})["user_id"]
    if session.get(Admin, user_id) is None:
        session.add(
            Admin(user_id=user_id, granted_by=(before or {}).get("granted_by"), granted_at=now)
        )
    return f"已撤销撤权:用户 {user_id} 重新成为管理员。"


def _touch(session: Session, document_id: int, now: datetime) -> None:
    document = session.get(Document, document_id)
    if document is not None:
        document.updated_at = now
        session.add(document)
