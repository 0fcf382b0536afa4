"""Progress reported by the responsible units: ``/report <目标编号> <数值>``.

Who may report: an admin anywhere, and anyone in a chat that is subscribed to one of the
target's lead or support units, because that chat *is* the unit (a unit's work group). Anyone
else could put numbers in a colleague's mouth. Every report is audited; the latest one per
target is what answers show (value, date and share of the target reached).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.knowledge import audit
from policybot.knowledge.database import session_scope
from policybot.knowledge.editing import (
    FIELDS,
    EditError,
    parse_id,
    parse_value,
)
from policybot.knowledge.models import (
    Document,
    DocumentStatus,
    FactKind,
    FactUnit,
    ProgressReport,
    Subscription,
    Target,
    utcnow,
)

_VALUE_SPEC = next(spec for spec in FIELDS[FactKind.TARGET] if spec.name == "value")


class ReportError(EditError):
    """A report that was refused or malformed; the message is for the user."""


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
    """True when the chat subscribes to one of the target's units."""
    unit_ids = select(FactUnit.unit_id).where(
        FactUnit.fact_kind == FactKind.TARGET, FactUnit.fact_id == target_id
    )
    statement = select(Subscription.id).where(
        Subscription.chat_id == chat_id,
        col(Subscription.active).is_(True),
        col(Subscription.unit_id).in_(unit_ids),
    )
    return session.exec(statement).first() is not None


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
) -> ProgressView:
    target_id = parse_id(target_ref)
    value = parse_value(_VALUE_SPEC, value_text)
    stamp = now or utcnow()
    with session_scope(engine) as session:
        target = session.get(Target, target_id)
        document = session.get(Document, target.document_id) if target else None
        if target is None or document is None or target.deleted_at is not None:
            raise ReportError(f"没有找到目标 #{target_id}。")
        if document.status != DocumentStatus.ACTIVE:
            raise ReportError(f"目标 #{target_id} 所属文档已停用,不再接收进展。")
        if not is_admin and not may_report(session, target_id, chat_id):
            raise ReportError("只有管理员或订阅了该目标责任单位的群可以报送进展。")
        report = ProgressReport(
            target_id=target_id,
            value=value,
            reported_by=user_id,
            chat_id=chat_id,
            reported_at=stamp,
            note=note,
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
            after={"target_id": target_id, "value": value, "chat_id": chat_id},
            now=stamp,
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
