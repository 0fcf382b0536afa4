"""What changed since an audited change, so that /undo never overwrites someone else's work.

An undo puts back the *before* values of the fields its entry changed. That is only right while
those fields still hold the entry's *after* values: when another admin (or the same one) has
changed one of them since, or deleted the fact, putting the old value back would silently revert
that later change too. These checks say what changed, by whom and when, in a sentence for the
user; ``undo`` then refuses and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, tzinfo
from typing import Any

from sqlalchemy import and_, column, func, or_, table, union
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from policybot.knowledge import audit
from policybot.knowledge.editing import (
    FIELDS,
    KIND_LABELS,
    STATUS_LABELS,
    WORD_KEYS,
    to_snapshot,
)
from policybot.knowledge.models import (
    FACT_MODELS,
    STORED_FACT_MODELS,
    AuditEntry,
    Document,
    DocumentStatus,
    FactUnit,
    ProgressReport,
    Target,
)
from policybot.knowledge.reminder_items import ITEM_KINDS_OF, ReminderState
from policybot.knowledge.retirement import in_force_sentence, version_in_force

DELETED = "deleted_at"

# The chats' subscriptions, read by name: the scheduler owns the model (knowledge imports no
# scheduler code), and the undo question only counts those an upload leaves with nothing behind
# them. tests/test_undo_subscription_table.py keeps these names equal to the model's.
# (``own_region`` reads a chat's own: 我们区 of a chat following one region's unit.)
SUBSCRIPTIONS = table(
    "subscription", column("active"), column("unit_id"), column("region_id"), column("chat_id")
)


@dataclass(frozen=True)
class Conflict:
    """Why an entry cannot be undone any more: a sentence naming what changed, who and when."""

    text: str


def changed_keys(entry: AuditEntry) -> set[str]:
    """The fields an entry changed: all of them for a creation, else those that differ."""
    before = audit.from_json(entry.before) or {}
    after = audit.from_json(entry.after) or {}
    if entry.action == "create":
        return set(after)
    return {key for key in set(before) | set(after) if before.get(key) != after.get(key)}


def fact_conflict(
    session: Session, entry: AuditEntry, fact: Any, zone: tzinfo = UTC
) -> Conflict | None:
    """A fact's fields this entry changed (and whether it is deleted) as they stand now, against
    the entry's after values; None when nothing changed since."""
    kind = entry.entity_kind
    after = audit.from_json(entry.after) or {}
    current = to_snapshot(kind, fact)
    keys = changed_keys(entry) | {DELETED}
    moved = sorted(key for key in keys if not _same(key, current.get(key), after.get(key)))
    if not moved:
        return None
    name = f"{KIND_LABELS[kind]} #{entry.entity_id}"
    later = _later_change(session, entry, moved)
    who = _who(later, entry, zone)
    if DELETED in moved and current.get(DELETED):
        what = f"{who}删除了{name}" if who else f"{name} 已被删除"
    else:
        shown = [key for key in moved if key != DELETED and key not in WORD_KEYS]
        labels = "、".join(f"「{_label(kind, key)}」" for key in shown)
        what = f"{who}修改了{name} 的{labels}" if who else f"{name} 的{labels}已被修改"
    return Conflict(f"无法撤销{_yours(entry)}:之后{what}。撤销会覆盖这些变动,因此未做任何更改。")


def document_conflict(
    session: Session, entry: AuditEntry, document: Document, zone: tzinfo = UTC
) -> Conflict | None:
    """A retire or restore: the document's status must still be the one the entry set; and a
    retire is not undone while a newer version of the document is in force (two versions
    would be active, ``retirement.version_in_force``)."""
    after = audit.from_json(entry.after) or {}
    if (document.status, document.superseded_by_id) == (
        after.get("status"),
        after.get("superseded_by_id"),
    ):
        before = audit.from_json(entry.before) or {}
        newer = version_in_force(session, document)
        if before.get("status") != DocumentStatus.ACTIVE or newer is None:
            return None
        sentence = in_force_sentence(document, newer)
        return Conflict(f"无法撤销{_yours(entry)}:{sentence}因此未做任何更改。")
    later = _later_change(session, entry, ["status", "superseded_by_id"])
    if later is None and document.superseded_by_id is not None:
        later = session.exec(
            select(AuditEntry).where(
                AuditEntry.entity_kind == audit.DOCUMENT,
                AuditEntry.entity_id == document.superseded_by_id,
                AuditEntry.action == "ingest",
            )
        ).first()
    who = _who(later, entry, zone)
    status = STATUS_LABELS.get(document.status, document.status)
    what = (
        f"{who}把文档 #{document.id} 改为「{status}」"
        if who
        else f"文档 #{document.id} 已变为「{status}」"
    )
    return Conflict(f"无法撤销{_yours(entry)}:之后{what}。撤销会覆盖这些变动,因此未做任何更改。")


def describe_actor(actor_id: int | None, entry: AuditEntry) -> str:
    if actor_id is None:
        return "系统"
    return "你" if actor_id == entry.actor_id else f"用户 {actor_id}"


def _yours(entry: AuditEntry) -> str:
    label = audit.ACTION_LABELS.get(entry.action, entry.action)
    entity = audit.ENTITY_LABELS.get(entry.entity_kind, entry.entity_kind)
    return f"你的「{label}」({entity} #{entry.entity_id},记录 #{entry.id})"


def _same(key: str, now: Any, then: Any) -> bool:
    if key == DELETED:  # timestamps round-trip through two databases: compare the state
        return bool(now) == bool(then)
    return bool(now == then)


def _label(kind: str, key: str) -> str:
    return next((spec.label for spec in FIELDS[kind] if spec.name == key), key)


def _later_change(session: Session, entry: AuditEntry, keys: list[str]) -> AuditEntry | None:
    """The newest later entry on the same entity that changed one of ``keys``."""
    statement = (
        select(AuditEntry)
        .where(
            AuditEntry.entity_kind == entry.entity_kind,
            AuditEntry.entity_id == entry.entity_id,
            col(AuditEntry.id) > (entry.id or 0),
        )
        .order_by(col(AuditEntry.id).desc())
    )
    for later in session.exec(statement):
        before = audit.from_json(later.before) or {}
        after = audit.from_json(later.after) or {}
        if any(not _same(key, before.get(key), after.get(key)) for key in keys):
            return later
    return None


def _who(later: AuditEntry | None, entry: AuditEntry, zone: tzinfo) -> str:
    """ "用户 222 于 2025-01-10 10:00 " (local time), or "" when no entry says who."""
    if later is None or later.created_at is None:
        return ""
    when = later.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
    return f"{describe_actor(later.actor_id, entry)} 于 {when} "


@dataclass(frozen=True)
class Dependants:
    """What others did with an uploaded document's facts since it was stored; undoing the upload
    removes the document with all of it, so the admin is asked first."""

    reports: int  # progress reports on its targets
    reminder_marks: int  # chats' 已完成 / 推迟 on its reminders
    edits: int  # changes by other admins to it or its facts
    # chats' subscriptions to a unit or region only its facts are of: they are kept (they are
    # the chats' own), but nothing is behind them once it is gone
    emptied_subscriptions: int = 0

    @property
    def any(self) -> bool:
        return bool(self.reports or self.reminder_marks or self.edits or self.emptied_subscriptions)

    @property
    def removed(self) -> bool:
        """Whether undoing deletes any of it (subscriptions are kept)."""
        return bool(self.reports or self.reminder_marks or self.edits)

    @property
    def token(self) -> str:
        """Short (for callback data): a confirmation holds only for what it was shown."""
        token = f"{self.reports}.{self.reminder_marks}.{self.edits}"
        return f"{token}.{self.emptied_subscriptions}" if self.emptied_subscriptions else token

    def subscriptions_note(self) -> str:
        """The subscriptions left with nothing behind them, said and kept ("" when none)."""
        if not self.emptied_subscriptions:
            return ""
        return (
            f"有 {self.emptied_subscriptions} 个订阅(单位或地区)只关联这份文档,撤销后将没有条目可提醒;"
            "订阅保留,不会删除,订阅者可用 /unsubscribe 取消。"
        )

    def describe(self) -> str:
        parts = []
        if self.reports:
            parts.append(f"进展报送 {self.reports} 条")
        if self.reminder_marks:
            parts.append(f"提醒的已完成/推迟记录 {self.reminder_marks} 条")
        if self.edits:
            parts.append(f"其他管理员的修改 {self.edits} 处")
        return "、".join(parts)


def ingest_dependants(session: Session, entry: AuditEntry) -> Dependants:
    """Progress reports, reminder marks and other admins' changes hanging on an upload."""
    document_id = entry.entity_id or 0
    target_ids = select(col(Target.id)).where(col(Target.document_id) == document_id)
    reports = session.exec(
        select(func.count())
        .select_from(ProgressReport)
        .where(col(ProgressReport.target_id).in_(target_ids))
    ).one()
    edited = [
        and_(
            col(AuditEntry.entity_kind) == audit.DOCUMENT, col(AuditEntry.entity_id) == document_id
        )
    ]
    reminded = []
    for kind, model in FACT_MODELS.items():
        fact_ids = select(model.id).where(model.document_id == document_id)
        if ITEM_KINDS_OF.get(kind):
            reminded.append(
                and_(
                    col(ReminderState.item_kind).in_(ITEM_KINDS_OF[kind]),
                    col(ReminderState.item_id).in_(fact_ids),
                )
            )
        edited.append(
            and_(col(AuditEntry.entity_kind) == kind, col(AuditEntry.entity_id).in_(fact_ids))
        )
    # One count for every kind: the undo holds the write lock while it asks.
    marks = session.exec(
        select(func.count())
        .select_from(ReminderState)
        .where(
            or_(*reminded),
            or_(
                col(ReminderState.done_at).is_not(None),
                col(ReminderState.snoozed_until).is_not(None),
            ),
        )
    ).one()
    edits = session.exec(
        select(func.count())
        .select_from(AuditEntry)
        .where(
            or_(*edited),
            col(AuditEntry.id) > (entry.id or 0),
            col(AuditEntry.actor_id) != entry.actor_id,
        )
    ).one()
    return Dependants(reports, marks, edits, _emptied_subscriptions(session, document_id))


def _emptied_subscriptions(session: Session, document_id: int) -> int:
    """Active subscriptions to a unit or region the document's facts and tasks (or the
    document) are of and no other live document's: after the upload is undone nothing is
    behind them. Deleted facts stand behind nothing, nor do retired documents (superseded or
    expired: never reminded), except the older versions the undo makes active again. A few
    statements whatever the plan's size (the undo holds the write lock)."""
    this = col(Document.id) == document_id
    units = set(session.exec(_fact_units(this)).all())
    regions = {region for region in session.scalars(_fact_regions(this)) if region is not None}
    if not units and not regions:
        return 0
    # The versions it replaced are active again once it is undone (``undo._revert_ingest``),
    # unless it is itself replaced. Asked within the query: one statement fewer under the lock.
    upload = aliased(Document)
    status = select(upload.status).where(upload.id == document_id).scalar_subquery()
    in_force = or_(
        col(Document.status) == DocumentStatus.ACTIVE,
        and_(col(Document.superseded_by_id) == document_id, status != DocumentStatus.SUPERSEDED),
    )
    other = and_(col(Document.id) != document_id, in_force)
    units -= set(session.exec(_fact_units(other).where(col(FactUnit.unit_id).in_(units))).all())
    regions -= set(session.scalars(_fact_regions(other, regions)))
    if not units and not regions:
        return 0
    return session.exec(
        select(func.count())
        .select_from(SUBSCRIPTIONS)
        .where(
            SUBSCRIPTIONS.c.active.is_(True),
            or_(SUBSCRIPTIONS.c.unit_id.in_(units), SUBSCRIPTIONS.c.region_id.in_(regions)),
        )
    ).one()


def _fact_units(documents: Any) -> Any:
    """The units linked to any fact or task nobody deleted of the documents ``documents``
    selects (one query)."""
    return select(col(FactUnit.unit_id)).where(
        or_(
            *(
                and_(
                    col(FactUnit.fact_kind) == kind,
                    col(FactUnit.fact_id).in_(
                        select(model.id)
                        .join(Document, col(Document.id) == model.document_id)
                        .where(documents, model.deleted_at.is_(None))
                    ),
                )
                for kind, model in STORED_FACT_MODELS.items()
            )
        )
    )


def _fact_regions(documents: Any, among: set[int] | None = None) -> Any:
    """The regions the documents ``documents`` selects and their facts nobody deleted are filed
    under (only those ``among``, when given: the undo asks of a few, not of every region of the
    store)."""

    def kept(region: Any) -> Any:
        return documents if among is None else and_(documents, region.in_(among))

    parts = [select(col(Document.region_id)).where(kept(col(Document.region_id)))]
    parts += [
        select(model.region_id)
        .join(Document, col(Document.id) == model.document_id)
        .where(kept(model.region_id), model.deleted_at.is_(None))
        for model in STORED_FACT_MODELS.values()
    ]
    return union(*parts)
