"""How far ahead a subscription has anything to remind: the last moment of its items.

A chat subscribing to a region whose plans have all run out was told only 已订阅 and the
reminder times, and then heard nothing: /subscribe now says plainly when everything the topic
covers is past. The items are the reminders' own (``items.due_items``): deadlines, the start
of a stage, a yearly target's year ends and a recurring duty's periods up to its plan's end.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from policybot.knowledge.live import live_only
from policybot.knowledge.models import (
    Document,
    FactKind,
    FactUnit,
    Milestone,
    RecurringDuty,
    Target,
)
from policybot.scheduler.audience import region_chains
from policybot.scheduler.topics import Topic


def nothing_ahead_note(engine: Engine, topic: Topic, today: date) -> str | None:
    """What a subscription will not bring, said plainly: every deadline of the topic is past
    (the last one named), or it has none; None when something is still ahead."""
    with Session(engine) as session:
        last = last_due(session, topic)
    if last is None:
        return "收录的事项都没有期限,目前不会有到期提醒。"
    if last >= today:
        return None
    return f"收录的期限都已过去(最晚一项 {last.isoformat()}),目前没有要提醒的事项。"


def last_due(session: Session, topic: Topic) -> date | None:
    """The latest day an item the topic covers falls due (a recurring duty: the last day of
    its plan's final year); None when it covers no dated item at all."""
    regions = _region_and_below(session, topic.region_id) if topic.region_id else None
    days = [
        _latest(session, Target, Target.deadline, FactKind.TARGET, topic, regions),
        _latest(session, Milestone, Milestone.due, FactKind.MILESTONE, topic, regions),
        _latest(session, Milestone, Milestone.start, FactKind.MILESTONE, topic, regions),
    ]
    year = _latest(
        session,
        RecurringDuty,
        func.coalesce(Document.period_end, Document.period_start),
        FactKind.RECURRING,
        topic,
        regions,
    )
    if isinstance(year, int):
        days.append(date(year, 12, 31))
    found = [day for day in days if isinstance(day, date)]
    return max(found, default=None)


def _latest(
    session: Session,
    model: Any,
    column: Any,
    kind: str,
    topic: Topic,
    regions: set[int] | None,
) -> Any:
    statement = live_only(select(func.max(column)).select_from(model), model)
    if regions is not None:
        statement = statement.where(col(model.region_id).in_(sorted(regions)))
    if topic.unit_id is not None:
        linked = select(col(FactUnit.fact_id)).where(
            col(FactUnit.fact_kind) == kind, col(FactUnit.unit_id) == topic.unit_id
        )
        statement = statement.where(col(model.id).in_(linked))
    return session.execute(statement).scalar_one_or_none()


def _region_and_below(session: Session, region_id: int) -> set[int]:
    """The region and every region under it, by the chains the reminders' audience is matched
    on (``audience.region_chains``): a subscription to a city hears its districts."""
    return {region for region, chain in region_chains(session).items() if region_id in chain}
