"""Undo: revert the caller's newest change that has not been undone yet.

What undo means for each kind of change (the before/after snapshots in the audit log say how):

- edit of a fact → the changed fields get their before values back;
- a fact added → it is marked deleted; a fact deleted → it is live again;
- a document retired (or restored) → its previous status comes back;
- a document ingested → the document is removed with everything hanging on it (facts, unit
  links, progress reports, reminder ledger and state), and the documents it had superseded are
  active again. Removing rather than retiring keeps identity by content hash simple: the same
  file can be uploaded again afterwards;
- admin granted / revoked → the reverse; a progress report → removed, a deleted one → back;
- a chat designated to report for a unit (or withdrawn) → the reverse;
- a glossary entry added → deleted (an entry it replaced is back); deleted → live again.

Undo itself is audited (action ``undo``) and is not undone by a second ``/undo``: that reverts
the change before it, as an editor's undo stack does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.knowledge import audit, glossary_store, reporters
from policybot.knowledge.database import session_scope
from policybot.knowledge.editing import KIND_LABELS, STATUS_LABELS, from_snapshot
from policybot.knowledge.glossary_store import GLOSSARY
from policybot.knowledge.models import (
    FACT_MODELS,
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


class UndoError(ValueError):
    """Nothing to undo, or a change that cannot be undone; the message is for the user."""


@dataclass(frozen=True)
class UndoResult:
    """What was undone, in words, and which entity to show afterwards."""

    description: str
    entity_kind: str
    entity_id: int | None


def undo_last(engine: Engine, actor_id: int, *, now: datetime | None = None) -> UndoResult:
    stamp = now or utcnow()
    with session_scope(engine) as session:
        entry = audit.last_undoable(session, actor_id)
        if entry is None:
            raise UndoError("没有可以撤销的修改。")
        before, after = audit.from_json(entry.before), audit.from_json(entry.after)
        description = _revert(session, entry, before, after, stamp)
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


def _revert(
    session: Session,
    entry: AuditEntry,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    now: datetime,
) -> str:
    if entry.entity_kind in FACT_MODELS and entry.action in ("update", "create", "delete"):
        return _revert_fact(session, entry, before, now)
    if entry.entity_kind == audit.DOCUMENT and entry.action in ("retire", "restore"):
        return _revert_retire(session, entry, before or {}, now)
    if entry.entity_kind == audit.DOCUMENT and entry.action == "ingest":
        return _revert_ingest(session, entry.entity_id or 0, now)
    if entry.entity_kind == audit.ADMIN:
        return _revert_admin(session, entry, before, after, now)
    if entry.entity_kind == GLOSSARY:
        return glossary_store.revert(session, entry.action, entry.entity_id, before)
    if entry.entity_kind == audit.PROGRESS and entry.action == "report":
        report = session.get(ProgressReport, entry.entity_id)
        if report is not None:
            session.delete(report)
        return f"已撤销进展报送 #{entry.entity_id}。"
    if entry.entity_kind == audit.PROGRESS and entry.action == "delete":
        restore_report(session, entry.entity_id or 0, before or {})
        return f"已撤销删除:进展报送 #{entry.entity_id} 已恢复。"
    if entry.entity_kind == audit.REPORTING:
        return reporters.revert(session, entry.action, before or after or {}, now)
    label = audit.ACTION_LABELS.get(entry.action, entry.action)
    raise UndoError(f"「{label}」类修改无法撤销。")


def _revert_fact(
    session: Session, entry: AuditEntry, before: dict[str, Any] | None, now: datetime
) -> str:
    kind = entry.entity_kind
    fact = session.get(FACT_MODELS[kind], entry.entity_id)
    if fact is None:
        raise UndoError(f"{KIND_LABELS[kind]} #{entry.entity_id} 已不存在,无法撤销。")
    name = f"{KIND_LABELS[kind]} #{entry.entity_id}"
    if entry.action == "create":
        fact.deleted_at = now
        message = f"已撤销新增:{name} 已删除。"
    else:
        current = fact.model_dump()
        for key, value in (before or {}).items():
            restored = from_snapshot(kind, key, value)
            if current.get(key) != restored:
                setattr(fact, key, restored)
        message = f"已撤销{'删除' if entry.action == 'delete' else '修改'}:{name} 已恢复。"
    session.add(fact)
    _touch(session, fact.document_id, now)
    return message


def _revert_retire(
    session: Session, entry: AuditEntry, before: dict[str, Any], now: datetime
) -> str:
    document = session.get(Document, entry.entity_id)
    if document is None:
        raise UndoError(f"文档 #{entry.entity_id} 已不存在,无法撤销。")
    document.status = before.get("status", DocumentStatus.ACTIVE)
    document.superseded_by_id = before.get("superseded_by_id")
    document.updated_at = now
    session.add(document)
    what = "停用" if entry.action == "retire" else "恢复"
    return f"已撤销{what}:文档 #{document.id} 恢复为「{STATUS_LABELS[document.status]}」。"


def _revert_ingest(session: Session, document_id: int, now: datetime) -> str:
    document = session.get(Document, document_id)
    if document is None:
        raise UndoError(f"文档 #{document_id} 已不存在,无法撤销。")
    restored = session.exec(
        select(Document).where(col(Document.superseded_by_id) == document_id)
    ).all()
    for previous in restored:
        previous.status = DocumentStatus.ACTIVE
        previous.superseded_by_id = None
        previous.updated_at = now
        session.add(previous)
    remove_document(session, document_id)
    message = f"已撤销入库:文档 #{document_id} 及其事实已删除。"
    if restored:
        ids = "、".join(f"#{previous.id}" for previous in restored)
        message += f"原文档 {ids} 恢复为有效。"
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
