"""Shared helpers for the scheduler tests: synthetic plans, subscriptions and a recording sender.

Facts are synthetic and go in through ``store.ingest_extraction`` like any extracted document.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy.engine import Engine

from policybot.config import ReminderSettings, Settings
from policybot.knowledge import store
from policybot.knowledge.extract.records import (
    DocumentMeta,
    Extraction,
    MilestoneRecord,
    RecurringRecord,
    TargetRecord,
)
from policybot.scheduler.messages import ReminderMessage
from policybot.scheduler.subscriptions import ChatInfo, subscribe
from policybot.scheduler.timing import ReminderTiming

CITY = "样例市"
DISTRICT = "样例市东湖区"
START = datetime(2018, 1, 1, tzinfo=UTC)


def timing(**overrides: object) -> ReminderTiming:
    """The configured rules; working days off unless asked for, so that tests about other
    behaviour can fire on any date (tests of working days turn them on)."""
    overrides.setdefault("working_days", False)
    settings = Settings(reminders=ReminderSettings(**overrides))  # type: ignore[arg-type]
    return ReminderTiming.from_settings(settings)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def nine_am(day: date) -> datetime:
    """09:00 Asia/Shanghai is 01:00 UTC."""
    return datetime(day.year, day.month, day.day, 1, 0, tzinfo=UTC)


def plan_text(*quotes: str) -> str:
    return f"{CITY}质量提升行动计划。" + "".join(quotes)


def plan(
    *,
    milestones: list[MilestoneRecord] | None = None,
    targets: list[TargetRecord] | None = None,
    recurring: list[RecurringRecord] | None = None,
    period: tuple[int, int] | None = (2018, 2020),
    doc_number: str | None = "样政发〔2018〕1号",
    extra_text: str = "",
) -> Extraction:
    milestones = milestones or []
    targets = targets or []
    recurring = recurring or []
    quotes = [r.quote for r in [*milestones, *targets, *recurring]]
    return Extraction(
        document=DocumentMeta(
            source="plan.txt",
            region=CITY,
            title=f"{CITY}人民政府关于印发{CITY}质量提升行动计划的通知",
            doc_number=doc_number,
            issued=date(2018, 1, 10),
            period=period,
        ),
        text=plan_text(*quotes) + extra_text,
        milestones=milestones,
        targets=targets,
        recurring=recurring,
    )


def milestone(
    title: str = "完成质量强市验收",
    due: date | None = date(2018, 12, 31),
    *,
    start: date | None = None,
    due_text: str | None = "2018年底前",
    units: list[str] | None = None,
) -> MilestoneRecord:
    return MilestoneRecord(
        region=CITY,
        title=title,
        quote=f"{due_text or ''}{title}",
        start=start,
        due=due,
        due_text=due_text,
        lead_units=units if units is not None else ["市质监局"],
    )


def target(
    subject: str = "培育示范企业",
    deadline: date = date(2018, 12, 31),
    *,
    district: str | None = None,
    value: float = 3,
    units: list[str] | None = None,
) -> TargetRecord:
    return TargetRecord(
        region=CITY,
        district=district,
        subject=subject,
        value=value,
        unit="家",
        deadline=deadline,
        deadline_text="到2018年底",
        quote=f"到2018年底{subject}{value:g}家",
        lead_units=units if units is not None else ["市经信局"],
    )


def duty(title: str = "报送工作进展", every: str = "quarter") -> RecurringRecord:
    return RecurringRecord(
        region=CITY, title=title, every=every, quote=f"每季度{title}", lead_units=["市质监局"]
    )  # type: ignore[arg-type]


def ingest(engine: Engine, extraction: Extraction) -> int:
    return store.ingest_extraction(engine, extraction).document_id


def follow(engine: Engine, chat_id: int, *names: str) -> None:
    for name in names:
        outcome = subscribe(
            engine, ChatInfo(chat_id, f"群{chat_id}", "group"), name, actor_id=1, now=START
        )
        assert outcome.topic is not None, f"{name} did not resolve: {outcome.resolution}"


@dataclass
class RecordingSender:
    """Stands in for ``bot.send_message``: records, or raises what ``failures`` says."""

    sent: list[tuple[int, ReminderMessage]] = field(default_factory=list)
    failures: dict[int, list[BaseException]] = field(default_factory=dict)
    crash_after: int | None = None
    calls: Counter[int] = field(default_factory=Counter)

    async def __call__(self, chat_id: int, message: ReminderMessage) -> int:
        self.calls[chat_id] += 1
        queued = self.failures.get(chat_id)
        if queued:
            raise queued.pop(0)
        if self.crash_after is not None and len(self.sent) >= self.crash_after:
            raise SystemExit("simulated crash")  # a BaseException: the process dies mid fan-out
        self.sent.append((chat_id, message))
        return len(self.sent)

    def texts(self, chat_id: int) -> list[str]:
        return [message.text for sent_to, message in self.sent if sent_to == chat_id]
