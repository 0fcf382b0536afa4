"""How far ahead a subscription has anything to remind: the last moment of its items.

A chat subscribing to a region whose plans have all run out was told only 已订阅 and the
reminder times, and then heard nothing: /subscribe now says plainly when everything the topic
covers is past. The items are the reminders' own (``items.due_items``): deadlines, the start
of a stage, a yearly target's year ends and a recurring duty's occurrences up to its last.
"""

from __future__ import annotations

from collections.abc import Callable
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
    Region,
    Target,
    Unit,
)
from policybot.scheduler.audience import region_chains
from policybot.scheduler.items import reached_districts
from policybot.scheduler.recurrence import DutyCalendar, duty_span, parse_days
from policybot.scheduler.topics import Topic


def nothing_ahead_note(engine: Engine, topic: Topic, today: date) -> str | None:
    """What a subscription will not bring, said plainly: every deadline of the topic is past
    (the last one named), or it has none; None when something is still ahead."""
    with Session(engine) as session:
        last = last_due(session, topic)
        region = _region_of_unit(session, topic)
        region_last = last_due(session, Topic("", "", region_id=region.id)) if region else None
    if last is None and region is not None and region_last is not None and region_last >= today:
        # 县市场监督管理局 whose plan dates a stage it works in, but names no unit of the
        # stage's: not "no deadline at all", but none of its own, and where the dated ones are.
        return (
            "该单位牵头或配合的事项都没有期限,目前不会有到期提醒;"
            f"{region.name}的期限可发 /subscribe {region.name} 订阅。"
        )
    if last is None:
        return "收录的事项都没有期限,目前不会有到期提醒。"
    if last >= today:
        return None
    return f"收录的期限都已过去(最晚一项 {last.isoformat()}),目前没有要提醒的事项。"


def _region_of_unit(session: Session, topic: Topic) -> Region | None:
    """The region a unit topic's unit belongs to (None for a region topic)."""
    if topic.unit_id is None:
        return None
    unit = session.get(Unit, topic.unit_id)
    if unit is None or unit.region_id is None:
        return None
    return session.get(Region, unit.region_id)


def last_due(session: Session, topic: Topic) -> date | None:
    """The latest day an item the topic covers falls due (a recurring duty: its last
    occurrence, in its plan's years and its window); None when it covers no dated item at all."""
    regions = _region_and_below(session, topic.region_id) if topic.region_id else None
    days = [
        _latest(session, Target, Target.deadline, FactKind.TARGET, topic, regions),
        _latest(session, Milestone, Milestone.due, FactKind.MILESTONE, topic, regions),
        _latest(session, Milestone, Milestone.start, FactKind.MILESTONE, topic, regions),
    ]
    days.append(_last_duty_day(session, topic, regions))
    if regions is not None and topic.unit_id is None:
        days.append(_last_named_step(session, regions))
    found = [day for day in days if isinstance(day, date)]
    return max(found, default=None)


def _last_named_step(session: Session, regions: set[int]) -> date | None:
    """The latest day of a milestone or a recurring duty of a region above ``regions`` that
    names one of them (``knowledge.district_reach``): 建成南汀区、北屿县两个示范区 in the city's
    plan is 南汀区's, and so is a duty 南汀区人民政府 supports."""
    above = {parent for parent in _parents_of(session, regions) if parent not in regions}
    if not above:
        return None
    statement = live_only(
        select(col(Milestone.id), col(Milestone.due), col(Milestone.start)), Milestone
    ).where(col(Milestone.region_id).in_(sorted(above)))
    days = {milestone_id: (due, start) for milestone_id, due, start in session.execute(statement)}
    duties = live_only(select(col(RecurringDuty.id)), RecurringDuty).where(
        col(RecurringDuty.region_id).in_(sorted(above))
    )
    facts = {(FactKind.MILESTONE, milestone_id) for milestone_id in days}
    facts |= {(FactKind.RECURRING, duty_id) for duty_id in session.execute(duties).scalars()}
    named = {key for key, reached in reached_districts(session, facts).items() if reached & regions}
    found = [
        day
        for kind, fact_id in named
        if kind == FactKind.MILESTONE
        for day in days[fact_id]
        if day is not None
    ]
    reached_duties = sorted(fact_id for kind, fact_id in named if kind == FactKind.RECURRING)
    if reached_duties:
        found.append(
            _last_occurrence(
                session,
                lambda statement: statement.where(col(RecurringDuty.id).in_(reached_duties)),
            )
        )
    return max((day for day in found if day is not None), default=None)


def _parents_of(session: Session, regions: set[int]) -> set[int]:
    statement = select(col(Region.parent_id)).where(col(Region.id).in_(sorted(regions)))
    return {parent for (parent,) in session.execute(statement) if parent is not None}


def _last_duty_day(session: Session, topic: Topic, regions: set[int] | None) -> date | None:
    """The last occurrence of the topic's recurring duties."""
    return _last_occurrence(
        session,
        lambda statement: _of_topic(statement, RecurringDuty, FactKind.RECURRING, topic, regions),
    )


def _last_occurrence(session: Session, among: Callable[[Any], Any]) -> date | None:
    """The last occurrence of the recurring duties ``among`` keeps of a statement selecting
    them all: the end of a phase one is done in ("2032年3月—2033年6月"), a report due after its
    plan's last period ("每季度结束后15日内")."""
    statement = live_only(
        select(
            col(RecurringDuty.every),
            col(RecurringDuty.due_month),
            col(RecurringDuty.due_day),
            col(RecurringDuty.window_start),
            col(RecurringDuty.window_end),
            col(RecurringDuty.also_days),
            col(Document.period_start),
            col(Document.period_end),
            func.coalesce(Document.issued, Document.effective),
            col(Document.ingested_at),
        ),
        RecurringDuty,
    )
    statement = among(statement)
    last: date | None = None
    for row in session.execute(statement):
        every, month, day, start, end, also, period_start, period_end, issued, added_at = row
        since = issued or (added_at.date() if added_at else None)
        span = duty_span(
            DutyCalendar(every, month, day, start, end, parse_days(also)),
            period_start,
            period_end,
            since,
        )
        if span is None:
            continue
        if span.last_year is None:
            return date.max  # a plan stating no years: its duties never run out
        days = span.calendar.occurrences(span.first_year, span.last_year)
        if days and (last is None or days[-1] > last):
            last = days[-1]
    return last


def _latest(
    session: Session,
    model: Any,
    column: Any,
    kind: str,
    topic: Topic,
    regions: set[int] | None,
) -> Any:
    statement = live_only(select(func.max(column)).select_from(model), model)
    statement = _of_topic(statement, model, kind, topic, regions)
    return session.execute(statement).scalar_one_or_none()


def _of_topic(statement: Any, model: Any, kind: str, topic: Topic, regions: set[int] | None) -> Any:
    """``statement`` kept to the facts of the topic's places and unit."""
    if regions is not None:
        statement = statement.where(col(model.region_id).in_(sorted(regions)))
    if topic.unit_id is not None:
        linked = select(col(FactUnit.fact_id)).where(
            col(FactUnit.fact_kind) == kind, col(FactUnit.unit_id) == topic.unit_id
        )
        statement = statement.where(col(model.id).in_(linked))
    return statement


def _region_and_below(session: Session, region_id: int) -> set[int]:
    """The region and every region under it, by the chains the reminders' audience is matched
    on (``audience.region_chains``): a subscription to a city hears its districts."""
    return {region for region, chain in region_chains(session).items() if region_id in chain}
