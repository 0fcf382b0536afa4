"""The audit log: who changed what, when, with before and after values.

Every change made from the chat (upload, edit, retire, grant, progress report or its deletion,
designation of a reporting chat, undo) writes one
``AuditEntry`` in the same transaction as the change itself, so the log never disagrees with the
data. ``before``/``after`` are JSON snapshots; ``undo`` reads them back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from itertools import pairwise
from typing import Any

from sqlalchemy import ColumnElement, or_
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.knowledge import people
from policybot.knowledge.labels import FACT_KIND_LABELS
from policybot.knowledge.models import FACT_MODELS, AuditEntry, Document, FactKind, utcnow

DOCUMENT = "document"
ADMIN = "admin"
PROGRESS = "progress"
REPORTING = "reporting"
AUDIT = "audit"  # an entry about another entry (``undo-skip``)
# A snapshot's key for the name of the chat it names by ``chat_id``, as the chat was called then.
CHAT_TITLE = "chat_title"
UNDO_SKIP = "undo-skip"

ACTION_LABELS = {
    "ingest": "入库",
    "reingest": "重新提取",
    "create": "新增",
    "update": "修改",
    "delete": "删除",
    "retire": "停用",
    "restore": "恢复",
    "grant": "授权管理员",
    "revoke": "撤销管理员",
    "report": "报送进展",
    "designate": "指定报送群",
    "undesignate": "取消报送群",
    "undo": "撤销",
    UNDO_SKIP: "标记无法撤销",
    "expire": "过期作废",
}

ENTITY_LABELS = {
    DOCUMENT: "文档",
    ADMIN: "管理员",
    PROGRESS: "进展",
    REPORTING: "报送群",
    **{kind: FACT_KIND_LABELS[kind] for kind in FactKind.ALL},
    "glossary": "词汇表",
    AUDIT: "修改记录",
    "upload": "待确认上传",
}


def to_json(snapshot: dict[str, Any] | None) -> str | None:
    if snapshot is None:
        return None
    return json.dumps(snapshot, ensure_ascii=False, sort_keys=True, default=_plain)


def from_json(blob: str | None) -> dict[str, Any] | None:
    return json.loads(blob) if blob else None


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {value!r}")


def record(
    session: Session,
    *,
    actor_id: int | None,
    action: str,
    entity_kind: str,
    entity_id: int | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    now: datetime | None = None,
    actor_name: str | None = None,
) -> AuditEntry:
    """Add an entry to the caller's transaction (never commits on its own). The author's name
    is kept as shown now: ``actor_name`` when the caller has it from the update, else the name
    ``people`` remembered (the guard of every admin command remembers it first)."""
    entry = AuditEntry(
        actor_id=actor_id,
        actor_name=actor_name or people.shown_name(session, actor_id),
        action=action,
        entity_kind=entity_kind,
        entity_id=entity_id,
        before=to_json(before),
        after=to_json(after),
        created_at=now or utcnow(),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class HistoryLine:
    """One audit entry as people read it."""

    entry_id: int
    actor_id: int | None
    action: str
    entity_kind: str
    entity_id: int | None
    created_at: datetime
    undone: bool
    changes: list[tuple[str, Any, Any]]
    # The document's title, for an entry about a document that does not carry it in its
    # changes (停用, 恢复, 修改): an id alone is ambiguous once an undone upload's id is reused.
    document_title: str | None = None
    # The author's name when the change was made (None for entries from before it was kept).
    actor_name: str | None = None

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def entity_label(self) -> str:
        label = ENTITY_LABELS.get(self.entity_kind, self.entity_kind)
        return f"{label} #{self.entity_id}" if self.entity_id is not None else label


def history_line(entry: AuditEntry) -> HistoryLine:
    return HistoryLine(
        entry_id=entry.id or 0,
        actor_id=entry.actor_id,
        actor_name=entry.actor_name,
        action=entry.action,
        entity_kind=entry.entity_kind,
        entity_id=entry.entity_id,
        created_at=entry.created_at or utcnow(),
        undone=entry.undone_at is not None,
        changes=changed_values(from_json(entry.before), from_json(entry.after)),
    )


def changed_values(
    before: dict[str, Any] | None, after: dict[str, Any] | None
) -> list[tuple[str, Any, Any]]:
    """(key, before, after) for the keys whose value differs, in a stable order."""
    before, after = before or {}, after or {}
    keys = sorted(set(before) | set(after))
    return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]


def recent(engine: Engine, *, limit: int = 10) -> list[HistoryLine]:
    """The most recent changes first, in the order they were made (the audit row's sequence),
    as /history of a fact or document and /undo (撤销我最近一次修改) take them. Each entry keeps
    the time of the clock it was made under (``chat --now``'s injected clock, the real one
    otherwise); on a store used under several clocks the times then need not read downwards,
    and the list says so (``dates_read_downwards``) instead of moving the change just made
    below those stamped later by another clock."""
    with Session(engine) as session:
        statement = select(AuditEntry).order_by(col(AuditEntry.id).desc()).limit(limit)
        return _with_titles(session, [history_line(entry) for entry in session.exec(statement)])


def dates_read_downwards(lines: list[HistoryLine]) -> bool:
    """Whether each listed change (newest first) is stamped no later than the one above it:
    not so when some were made under another clock (``chat --now`` on a shared store)."""
    return all(newer.created_at >= older.created_at for newer, older in pairwise(lines))


def _with_titles(session: Session, lines: list[HistoryLine]) -> list[HistoryLine]:
    """Each document entry with the title its document had when the change was made: the one
    the newest upload (or title edit) before the entry recorded, so a document removed since
    (an undone upload) keeps its name. Failing that, the stored document's, when that document
    is the one the entry was about (no upload of that id came after the entry)."""
    ids = {line.entity_id for line in lines if line.entity_kind == DOCUMENT and line.entity_id}
    if not ids:
        return lines
    titles = {
        document.id: document.title or document.short_title or document.source
        for document in session.exec(select(Document).where(col(Document.id).in_(ids)))
    }
    uploads: dict[int, int] = {}
    recorded: dict[int, list[tuple[int, str]]] = {}  # id → (entry, title), oldest first
    statement = (
        select(AuditEntry)
        .where(col(AuditEntry.entity_kind) == DOCUMENT, col(AuditEntry.entity_id).in_(ids))
        .order_by(col(AuditEntry.id))
    )
    for entry in session.exec(statement):
        if entry.entity_id is None or entry.id is None or entry.action == "undo":
            continue
        if entry.action == "ingest":
            uploads[entry.entity_id] = max(uploads.get(entry.entity_id, 0), entry.id)
        title = (from_json(entry.after) or {}).get("title")
        if title:
            recorded.setdefault(entry.entity_id, []).append((entry.id, str(title)))
    named = []
    for line in lines:
        document_id = line.entity_id if line.entity_kind == DOCUMENT else None
        if document_id is not None:
            earlier = [
                t for entry_id, t in recorded.get(document_id, []) if entry_id <= line.entry_id
            ]
            if earlier:
                line = replace(line, document_title=earlier[-1])
            elif document_id in titles and line.entry_id >= uploads.get(document_id, 0):
                line = replace(line, document_title=titles[document_id])
        named.append(line)
    return named


def chat_names(engine: Engine, chat_ids: Iterable[int]) -> dict[int, str]:
    """The name each of ``chat_ids`` was last recorded under: the title a progress report kept
    (``CHAT_TITLE``), else, for a private chat (its id is its user's), the person's name."""
    wanted = {chat_id for chat_id in chat_ids}
    if not wanted:
        return {}
    titles: dict[int, str] = {}
    with Session(engine) as session:
        statement = (
            select(AuditEntry.after)
            .where(
                col(AuditEntry.entity_kind) == PROGRESS,
                col(AuditEntry.action) == "report",
                col(AuditEntry.after).contains(f'"{CHAT_TITLE}"'),
            )
            .order_by(col(AuditEntry.id))
        )
        for after in session.exec(statement):
            snapshot = from_json(after) or {}
            chat_id, title = snapshot.get("chat_id"), snapshot.get(CHAT_TITLE)
            if chat_id in wanted and title:
                titles[chat_id] = str(title)
    people_names = people.names_of(engine, (i for i in wanted - titles.keys() if i > 0))
    return {**people_names, **titles}


# Snapshot keys that hold a person's Telegram id (the admin granted, who granted them).
PERSON_KEYS = ("user_id", "granted_by")


def people_named(lines: Iterable[HistoryLine]) -> set[int]:
    """The people the lines name: their authors and those their changes name (``PERSON_KEYS``)."""
    lines = list(lines)
    named = {line.actor_id for line in lines if line.actor_id is not None}
    return named | {
        value
        for line in lines
        for key, before, after in line.changes
        if key in PERSON_KEYS
        for value in (before, after)
        if isinstance(value, int)
    }


def chat_ids_named(lines: Iterable[HistoryLine]) -> set[int]:
    """The chats the lines' changes name (``chat_id``)."""
    return {
        value
        for line in lines
        for key, before, after in line.changes
        if key == "chat_id"
        for value in (before, after)
        if isinstance(value, int)
    }


def for_entity(
    engine: Engine, entity_kind: str, entity_id: int, *, limit: int = 10
) -> list[HistoryLine]:
    """The entries of one fact, or of one document together with those of its facts."""
    with Session(engine) as session:
        condition: ColumnElement[bool] = (col(AuditEntry.entity_kind) == entity_kind) & (
            col(AuditEntry.entity_id) == entity_id
        )
        if entity_kind == DOCUMENT:
            conditions = [condition]
            for kind, model in FACT_MODELS.items():
                fact_ids = select(model.id).where(model.document_id == entity_id)
                conditions.append(
                    (col(AuditEntry.entity_kind) == kind) & col(AuditEntry.entity_id).in_(fact_ids)
                )
            condition = or_(*conditions)
        statement = (
            select(AuditEntry).where(condition).order_by(col(AuditEntry.id).desc()).limit(limit)
        )
        return _with_titles(session, [history_line(entry) for entry in session.exec(statement)])


def last_undoable(session: Session, actor_id: int) -> AuditEntry | None:
    """The actor's newest change that is not an undo, has not been undone and has not been
    marked as impossible to undo (``UNDO_SKIP``)."""
    skipped = select(AuditEntry.entity_id).where(
        AuditEntry.action == UNDO_SKIP, AuditEntry.entity_kind == AUDIT
    )
    statement = (
        select(AuditEntry)
        .where(
            col(AuditEntry.actor_id) == actor_id,
            col(AuditEntry.undone_at).is_(None),
            col(AuditEntry.action).not_in(("undo", UNDO_SKIP)),
            col(AuditEntry.id).not_in(skipped),
        )
        .order_by(col(AuditEntry.id).desc())
        .limit(1)
    )
    return session.exec(statement).first()


def is_skipped(session: Session, entry_id: int) -> bool:
    """Whether an entry has been marked as impossible to undo."""
    statement = select(AuditEntry.id).where(
        AuditEntry.action == UNDO_SKIP,
        AuditEntry.entity_kind == AUDIT,
        AuditEntry.entity_id == entry_id,
    )
    return session.exec(statement).first() is not None
