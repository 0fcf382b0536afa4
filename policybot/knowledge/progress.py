"""Progress reported by the responsible units: ``/report <目标编号> <数值>``.

Who may report: an admin anywhere, and anyone in a chat an admin has *designated* for one of
the target's lead or support units (``knowledge.reporters``): that chat is the unit's work
group. Subscribing used to be enough, but anyone may subscribe their own private chat, and a
stranger's "999999" then showed as 完成 3999996% in every lookup.

What may be reported: a number from 0 to ``MAX_OVERSHOOT`` times the target (its upper bound
for a range, at least 1). More than ten times a goal is a typing error or mischief, never
progress; the refusal says so and names the bound. Every report and every deletion (admins
only) is audited and undoable; the latest live report per target is what answers show.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.knowledge import audit, vocabulary
from policybot.knowledge.answers import format_number
from policybot.knowledge.clipping import LABEL_LIMIT, clip
from policybot.knowledge.database import session_scope
from policybot.knowledge.editing import (
    FIELDS,
    EditError,
    MissingItem,
    parse_id,
    parse_value,
    positive_id,
)
from policybot.knowledge.models import (
    Document,
    DocumentStatus,
    FactKind,
    FactUnit,
    ProgressReport,
    ReportingChat,
    Target,
    utcnow,
)
from policybot.knowledge.tallies import most_common

# Read like a target's value, but named as what the unit reports (not 「目标值」).
_VALUE_SPEC = replace(
    next(spec for spec in FIELDS[FactKind.TARGET] if spec.name == "value"), label="报送值"
)
MAX_OVERSHOOT = 10
NOT_DESIGNATED = (
    "只有管理员,或管理员指定为该目标责任单位报送群的聊天,可以报送进展。"
    "需要报送的单位请联系管理员在本群发送 /designate 单位名称。"
)


class ReportError(EditError):
    """A report that was refused or malformed; the message is for the user."""


class MissingReportItem(ReportError, MissingItem):
    """A report naming a target (or a report to delete) that is not stored."""


@dataclass(frozen=True)
class ProgressView:
    report_id: int
    target_id: int
    subject: str
    value: float
    target_value: float
    unit: str | None
    reported_at: datetime

    @property
    def share(self) -> float | None:
        """How much of the target is reached (1.0 = done); None for a zero target."""
        return self.value / self.target_value if self.target_value > 0 else None


def may_report(session: Session, target_id: int, chat_id: int) -> bool:
    """True when an admin designated the chat for one of the target's units."""
    unit_ids = select(col(FactUnit.unit_id)).where(
        col(FactUnit.fact_kind) == FactKind.TARGET, col(FactUnit.fact_id) == target_id
    )
    statement = select(col(ReportingChat.id)).where(
        col(ReportingChat.chat_id) == chat_id, col(ReportingChat.unit_id).in_(unit_ids)
    )
    return session.exec(statement).first() is not None


def reports_in_chat(engine: Engine, chat_id: int) -> bool:
    """Whether an admin designated the chat to report progress for some unit: its members may
    use /report there (for that unit's targets)."""
    with session_scope(engine) as session:
        statement = select(col(ReportingChat.id)).where(col(ReportingChat.chat_id) == chat_id)
        return session.exec(statement).first() is not None


# A /report without a target number lists at most this many targets with their numbers.
GUIDE_LIMIT = 15


def report_guide(
    engine: Engine,
    chat_id: int,
    *,
    is_admin: bool,
    words: str = "",
    region_ids: Collection[int] | None = None,
    place: str | None = None,
) -> str:
    """What ``/report`` without a target number answers: who may report, when the chat may not;
    else the targets this chat may report on (its designated units', or any for an admin),
    narrowed by ``region_ids`` (the targets filed under those regions, ``place`` naming them:
    /report 湖州) and by ``words`` (each in the subject), each with the number /report needs,
    since no list shows numbers. A place is only ever a region filter, as for /targets: a word
    is not looked for in place names too (市 would match every city's targets)."""
    if not is_admin and not reports_in_chat(engine, chat_id):
        return NOT_DESIGNATED
    wanted = [word for word in words.split() if word]
    with session_scope(engine) as session:
        statement = (
            select(Target)
            .join(Document, col(Document.id) == col(Target.document_id))
            .where(col(Target.deleted_at).is_(None), col(Document.status) == DocumentStatus.ACTIVE)
            .order_by(col(Target.id))
        )
        if region_ids is not None:
            statement = statement.where(col(Target.region_id).in_(list(region_ids)))
        if not is_admin:
            units = select(col(ReportingChat.unit_id)).where(col(ReportingChat.chat_id) == chat_id)
            designated = select(col(FactUnit.fact_id)).where(
                col(FactUnit.fact_kind) == FactKind.TARGET, col(FactUnit.unit_id).in_(units)
            )
            statement = statement.where(col(Target.id).in_(designated))
        targets = [
            target
            for target in session.exec(statement)
            if all(word in target.subject for word in wanted)
        ]
        lines = [
            f"#{target.id} {clip(target.subject, LABEL_LIMIT)}"
            f"(目标 {format_number(target.value)}{target.unit or ''})"
            for target in targets[:GUIDE_LIMIT]
        ]
    about = f"与“{' '.join(wanted)}”有关的" if wanted else ""
    if place:
        about = f"{place}{about or '的'}"
    if not lines:
        return f"未找到{about}可报送的目标。"
    where = "可报送的" if is_admin else "本群可报送的"
    head = f"{where}{about}目标(共 {len(targets)} 项,# 后为目标编号):"
    if len(targets) > GUIDE_LIMIT:
        lines.append(f"……只列出前 {GUIDE_LIMIT} 项;{_narrowing(targets, place)}")
    return "\n".join([head, *lines])


def _narrowing(targets: list[Target], place: str | None) -> str:
    """How to ask for fewer: a region the listed targets are filed under (the most of them,
    when no place was typed and they span several), else words of a subject."""
    counts = Counter(target.region for target in targets if target.region)
    if place is None and len(counts) > 1:
        region = most_common(counts)
        return f"加地区或关键词缩小,例如 /report {region}"
    word = vocabulary.shared_word(target.subject for target in targets)
    if word is None:
        return "加关键词缩小"
    return f"加关键词缩小,例如 /report {f'{place} ' if place else ''}{word}"


def names_a_target(word: str) -> bool:
    """Whether ``word`` is a target number (/report 12 8), not words to look targets up by."""
    return positive_id(word.lstrip("#")) is not None


def largest_plausible(target: Target) -> float:
    """The largest value a report on ``target`` may carry (see the module docstring)."""
    goal = max(target.value, target.value_max or 0.0, 1.0)
    return MAX_OVERSHOOT * goal


def check_plausible(target: Target, value: float) -> None:
    bound = largest_plausible(target)
    if value > bound:
        unit = target.unit or ""
        raise ReportError(
            f"报送值 {format_number(value)}{unit} 远超目标 {format_number(target.value)}{unit}"
            f"(最多为目标的 {MAX_OVERSHOOT} 倍,即 {format_number(bound)}{unit}),未记录。"
            "请核对数值后重新报送;目标本身有误请联系管理员修改。"
        )


def report_progress(
    engine: Engine,
    *,
    target_ref: str,
    value_text: str,
    user_id: int,
    chat_id: int,
    is_admin: bool,
    note: str | None = None,
    now: datetime | None = None,
    user_name: str | None = None,
    chat_title: str | None = None,
) -> ProgressView:
    """Store a progress report and audit it under ``user_name``, the reporter's name as the
    update shows it (a designated chat's member may not be remembered yet), with
    ``chat_title``, the chat's name then, so /history names the chat (``audit.chat_names``)."""
    target_id = parse_id(target_ref)
    stamp = now or utcnow()
    with session_scope(engine) as session:
        target = session.get(Target, target_id)
        document = session.get(Document, target.document_id) if target else None
        if target is None or document is None or target.deleted_at is not None:
            raise MissingReportItem(f"没有找到目标 #{target_id}。")
        value = parse_value(_VALUE_SPEC, value_text, unit=target.unit)  # 8家 for a 家 target
        if document.status != DocumentStatus.ACTIVE:
            raise ReportError(f"目标 #{target_id} 所属文档已停用,不再接收进展。")
        if not is_admin and not may_report(session, target_id, chat_id):
            raise ReportError(NOT_DESIGNATED)
        check_plausible(target, value)
        report = ProgressReport(
            target_id=target_id,
            value=value,
            reported_by=user_id,
            chat_id=chat_id,
            reported_at=stamp,
            note=clip(note, LABEL_LIMIT) or None,
        )
        session.add(report)
        session.flush()
        audit.record(
            session,
            actor_id=user_id,
            action="report",
            entity_kind=audit.PROGRESS,
            entity_id=report.id,
            before=None,
            after={
                "target_id": target_id,
                "value": value,
                "chat_id": chat_id,
                **({audit.CHAT_TITLE: chat_title} if chat_title else {}),
            },
            now=stamp,
            actor_name=user_name,
        )
        return ProgressView(
            report.id or 0,
            target_id,
            target.subject,
            value,
            target.value,
            target.unit,
            stamp,
        )


def delete_report(
    engine: Engine, actor_id: int, report_ref: str, *, now: datetime | None = None
) -> dict[str, Any]:
    """Remove a progress report (admins only; audited, and ``/undo`` brings it back)."""
    report_id = parse_id(report_ref)
    with session_scope(engine) as session:
        report = session.get(ProgressReport, report_id)
        if report is None:
            raise MissingReportItem(f"没有找到进展报送 #{report_id}。")
        snapshot = report_snapshot(report)
        session.delete(report)
        audit.record(
            session,
            actor_id=actor_id,
            action="delete",
            entity_kind=audit.PROGRESS,
            entity_id=report_id,
            before=snapshot,
            after=None,
            now=now,
        )
        return snapshot


def report_snapshot(report: ProgressReport) -> dict[str, Any]:
    return {
        "target_id": report.target_id,
        "value": report.value,
        "chat_id": report.chat_id,
        "reported_by": report.reported_by,
        "reported_at": report.reported_at,
        "note": report.note,
    }


def restore_report(session: Session, report_id: int, snapshot: dict[str, Any]) -> None:
    """Put a deleted report back under its old id (for ``/undo``)."""
    if session.get(ProgressReport, report_id) is not None:
        return
    reported_at = snapshot.get("reported_at")
    session.add(
        ProgressReport(
            id=report_id,
            target_id=snapshot["target_id"],
            value=snapshot["value"],
            reported_by=snapshot["reported_by"],
            chat_id=snapshot.get("chat_id"),
            reported_at=datetime.fromisoformat(reported_at) if reported_at else utcnow(),
            note=snapshot.get("note"),
        )
    )
