"""What can be reminded, read from the knowledge store: dated milestones, targets and duties.

Only facts of active documents that are not deleted count. Queries select by due date (indexed
columns) and join the responsible units in the same statement, so the planner never walks the
whole store in Python.

**Occurrences.** A one-off item (a milestone, a target with a deadline) has one occurrence, on its
date. A per-year target inside a plan period ("各区每年…不少于35家" in a 2017—2019 plan) has one
per year, due at each year's end (the last one on the deadline itself); a recurring duty has one
at the end of each of its periods, or on the day its document states ("每月5日前"), inside the
plan period and the phase it belongs to (``recurrence.DutyCalendar``). Acks and the ledger
name an occurrence by its due date, so finishing 2017's quota does not silence 2018's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from policybot.knowledge.answers import format_target_amount, qualifier_words
from policybot.knowledge.district_reach import child_names, clipped_clause, reached_by
from policybot.knowledge.labels import duty_timing
from policybot.knowledge.live import live_only as _live
from policybot.knowledge.models import (
    FACT_MODELS,
    Document,
    FactKind,
    FactUnit,
    Milestone,
    RecurringDuty,
    Region,
    Target,
    Unit,
    UnitRole,
)
from policybot.knowledge.queries import load_edited_facts
from policybot.knowledge.reminder_items import FACT_KIND_OF as FACT_KIND_OF
from policybot.knowledge.reminder_items import ItemKind as ItemKind
from policybot.knowledge.same_lines import statement_key
from policybot.knowledge.unit_roles import split_by_role
from policybot.scheduler.recurrence import (
    MONTHS_PER_PERIOD,
    DutyCalendar,
    cadences_ending_on,
    duty_span,
    month_end,
    parse_days,
    yearly_occurrences,
)


@dataclass(frozen=True)
class DueItem:
    """One occurrence of an item: its kind, id, due date, region and responsible units."""

    kind: str
    item_id: int
    due: date
    region_id: int | None
    unit_ids: frozenset[int] = frozenset()
    added_at: datetime | None = None  # when its document entered the store: nothing before
    # When the version its document replaced entered the store (a corrected plan): the moments
    # from then until this one entered were that version's, on any clock (``planner``).
    predecessor_added_at: datetime | None = None
    # The districts of its region a milestone or a recurring duty names, in its words or its
    # units (``knowledge.district_reach``): their subscribers hear of it too.
    reached_region_ids: frozenset[int] = frozenset()


_Row = tuple[str, int, date, int | None, datetime | None]

# A document's own life, which a plan states as dated events: it takes effect (本计划施行) and
# an older one stops (《…》同时停止执行, 废止). Nobody has a duty to do them: never reminded,
# never overdue (a trial's /overdue showed "《…》停止执行 · 已逾期 38天"). Matched as the
# extractor titles them (``legal_milestones``): a unit's step "…办法并组织施行" is a duty.
DOCUMENT_EVENTS = ("本%施行", "《%停止执行", "《%不再执行", "《%废止")


def _no_document_event() -> ColumnElement[bool]:
    title = col(Milestone.title)
    return and_(*(~title.like(event) for event in DOCUMENT_EVENTS))


def due_items(session: Session, due_dates: Collection[date]) -> list[DueItem]:
    """Every live item with an occurrence on one of ``due_dates``."""
    if not due_dates:
        return []
    dates = sorted(set(due_dates))
    added = col(Document.ingested_at)
    rows: list[_Row] = []
    rows += [
        (ItemKind.TARGET, item_id, due, region_id, added_at)
        for item_id, due, region_id, added_at in session.execute(
            _live(
                select(col(Target.id), col(Target.deadline), col(Target.region_id), added), Target
            ).where(col(Target.deadline).in_(dates))
        )
    ]
    rows += _yearly_occurrences(session, dates)
    rows += [
        (ItemKind.MILESTONE, item_id, due, region_id, added_at)
        for item_id, due, region_id, added_at in session.execute(
            _live(
                select(col(Milestone.id), col(Milestone.due), col(Milestone.region_id), added),
                Milestone,
            ).where(col(Milestone.due).in_(dates), _no_document_event())
        )
    ]
    rows += [
        (ItemKind.MILESTONE_START, item_id, start, region_id, added_at)
        for item_id, start, region_id, added_at in session.execute(
            _live(
                select(col(Milestone.id), col(Milestone.start), col(Milestone.region_id), added),
                Milestone,
            ).where(
                col(Milestone.start).in_(dates),
                or_(col(Milestone.due).is_(None), col(Milestone.due) != col(Milestone.start)),
                _no_document_event(),
            )
        )
    ]
    rows += _recurring_occurrences(session, dates)
    facts = {(FACT_KIND_OF[row[0]], row[1]) for row in rows}
    units = unit_links(session, facts)
    predecessors = _predecessors_added(session, facts)
    reached = reached_districts(session, facts)
    return [
        DueItem(
            kind,
            item_id,
            due,
            region_id,
            frozenset(units.get((FACT_KIND_OF[kind], item_id), ())),
            added_at,
            predecessors.get((FACT_KIND_OF[kind], item_id)),
            reached.get((FACT_KIND_OF[kind], item_id), frozenset()),
        )
        for kind, item_id, due, region_id, added_at in rows
    ]


# The kinds of fact a district's name reaches (``knowledge.district_reach``): a city's dated step
# and its recurring duty. A target's district is its own row (``Target.district``).
REACHING_KINDS: dict[str, type[Milestone] | type[RecurringDuty]] = {
    FactKind.MILESTONE: Milestone,
    FactKind.RECURRING: RecurringDuty,
}


def reached_districts(
    session: Session, facts: Collection[tuple[str, int]]
) -> dict[tuple[str, int], frozenset[int]]:
    """The districts of its region each of ``facts`` (fact kind, id) names in its whole title
    (``district_reach.whole_title``: read on past the display clip in its document's text) or
    its units' names (南汀区人民政府 leading or supporting), by ``district_reach.reached_by`` as
    the answers (/deadlines 南汀区) read it; facts naming none, and kinds that reach no district,
    are left out."""
    titles: dict[tuple[str, int], tuple[str, str | None, int | None]] = {}
    names: dict[tuple[str, int], list[str]] = defaultdict(list)
    supporting: dict[tuple[str, int], list[str]] = defaultdict(list)
    for kind, model in REACHING_KINDS.items():
        ids = sorted({fact_id for fact_kind, fact_id in facts if fact_kind == kind})
        for chunk in _chunks(ids, 5000):
            statement = select(
                col(model.id), col(model.title), col(model.region_id), clipped_clause(model)
            ).join(Document, col(Document.id) == col(model.document_id))
            for fact_id, title, region_id, clause in session.execute(
                statement.where(col(model.id).in_(chunk))
            ):
                titles[(kind, fact_id)] = (title, clause, region_id)
            linked = (
                select(col(FactUnit.fact_id), col(Unit.name), col(FactUnit.role))
                .join(Unit, col(Unit.id) == col(FactUnit.unit_id))
                .where(col(FactUnit.fact_kind) == kind, col(FactUnit.fact_id).in_(chunk))
            )
            for fact_id, name, role in session.execute(linked):
                (supporting if role == UnitRole.SUPPORT else names)[(kind, fact_id)].append(name)
    parents = sorted({region_id for *_, region_id in titles.values() if region_id is not None})
    if not parents:
        return {}
    regions = session.execute(
        select(col(Region.id), col(Region.name), col(Region.parent_id)).where(
            or_(col(Region.id).in_(parents), col(Region.parent_id).in_(parents))
        )
    )
    children = child_names((region_id, name, parent) for region_id, name, parent in regions)
    found = {
        key: reached_by(region_id, title, clause, names[key], children, supporting[key])
        for key, (title, clause, region_id) in titles.items()
    }
    return {key: named for key, named in found.items() if named}


def _predecessors_added(
    session: Session, facts: set[tuple[str, int]]
) -> dict[tuple[str, int], datetime]:
    """For the facts among ``facts`` whose document replaced another (a corrected version):
    when the earliest version it replaced entered the store."""
    predecessor = aliased(Document)
    by_kind: dict[str, list[int]] = defaultdict(list)
    for kind, fact_id in facts:
        by_kind[kind].append(fact_id)
    found: dict[tuple[str, int], datetime] = {}
    for kind, fact_ids in by_kind.items():
        model = FACT_MODELS[kind]
        for chunk in _chunks(sorted(fact_ids), 5000):
            statement = (
                select(col(model.id), func.min(col(predecessor.ingested_at)))
                .join(predecessor, col(predecessor.superseded_by_id) == col(model.document_id))
                .where(col(model.id).in_(chunk), col(predecessor.ingested_at).is_not(None))
                .group_by(col(model.id))
            )
            for fact_id, added_at in session.execute(statement):
                found[(kind, fact_id)] = added_at
    return found


def _yearly_occurrences(session: Session, dates: Iterable[date]) -> list[_Row]:
    """A per-year target's occurrences before its deadline year: each year's 12-31 in the plan
    period (the deadline's own occurrence is found by the deadline query)."""
    rows: list[_Row] = []
    for day in dates:
        if (day.month, day.day) != (12, 31):
            continue
        statement = _live(
            select(col(Target.id), col(Target.region_id), col(Document.ingested_at)), Target
        ).where(
            col(Target.per_year),
            col(Target.deadline) > day,
            col(Document.period_start) <= day.year,
        )
        rows += [
            (ItemKind.TARGET, item_id, day, region_id, added_at)
            for item_id, region_id, added_at in session.execute(statement)
        ]
    return rows


def occurrence_due(
    kind: str,
    fact: Target | Milestone | RecurringDuty,
    planned_due: date,
    plan_years: tuple[int | None, int | None] = (None, None),
    plan_since: date | None = None,
) -> date | None:
    """The due date of the occurrence a ledger row names, as the facts say now, or None when
    they no longer give it (the database is the truth at send time, not at planning time).

    A one-off item has one occurrence: an admin may have moved its date since the row was
    planned (a retry shows the date as it is); one whose date is gone has none. A per-year
    target's yearly occurrence and a recurring duty's occurrence are their due dates: one that
    a re-read or an edit no longer gives ("每月5日前" read as "每月10日前", a new 频率, a plan
    period cut short) is withdrawn, not sent under the old date. ``plan_years``: the plan
    period of the fact's document (first, last year); ``plan_since``: the day it was issued
    (else took effect, else stored), from which a duty of a plan stating no years falls."""
    first_year, last_year = plan_years
    if isinstance(fact, Milestone):
        return fact.start if kind == ItemKind.MILESTONE_START else fact.due
    if isinstance(fact, Target):
        if fact.deadline is None:
            return None
        if fact.per_year and planned_due.year < fact.deadline.year:
            yearly = yearly_occurrences(fact.deadline, first_year)
            return planned_due if planned_due in yearly else None
        return fact.deadline
    span = duty_span(DutyCalendar.of(fact), first_year, last_year, plan_since)
    if span is None:
        return None
    first, last = span.years_to(planned_due.year)
    return planned_due if span.calendar.falls_on(planned_due, first, last) else None


def _recurring_occurrences(session: Session, dates: Iterable[date]) -> list[_Row]:
    """A recurring duty's occurrences among ``dates``: each period's end, or the day its
    document states ("每月5日前"), inside its plan's years and its window (a phase's months);
    a plan that states no years, from the day it was issued on (``recurrence.duty_span``).
    The query keeps to duties that could fall on one of the days; ``DutyCalendar`` decides."""
    days = sorted(set(dates))
    if not days:
        return []
    ends = sorted({every for day in days for every in cadences_ending_on(day)})
    conditions = [and_(col(RecurringDuty.due_month).is_(None), col(RecurringDuty.every).in_(ends))]
    for every, months in MONTHS_PER_PERIOD.items():
        months_in_period = sorted(
            {month for day in days for month in _months_in_period(day, months)}
        )
        conditions.append(
            and_(
                col(RecurringDuty.every) == every,
                col(RecurringDuty.due_month).in_(months_in_period),
                _stated_day_on(days),
            )
        )
    statement = _live(
        select(
            col(RecurringDuty.id),
            col(RecurringDuty.every),
            col(RecurringDuty.due_month),
            col(RecurringDuty.due_day),
            col(RecurringDuty.window_start),
            col(RecurringDuty.window_end),
            col(RecurringDuty.also_days),
            col(RecurringDuty.region_id),
            col(Document.period_start),
            col(Document.period_end),
            col(Document.ingested_at),
            col(Document.issued),
            col(Document.effective),
        ),
        RecurringDuty,
    ).where(or_(*conditions))
    occurrences = []
    for row in session.execute(statement):
        duty_id, every, month, day_of_month, window_start, window_end, also = row[:7]
        region_id, period_start, period_end, added_at, issued, effective = row[7:]
        span = duty_span(
            DutyCalendar(every, month, day_of_month, window_start, window_end, parse_days(also)),
            period_start,
            period_end,
            issued or effective or (added_at.date() if added_at else None),
        )
        if span is None:
            continue
        first_year, last_year = span.years_to(days[-1].year)
        occurrences += [
            (ItemKind.RECURRING, duty_id, day, region_id, added_at)
            for day in days
            if span.calendar.falls_on(day, first_year, last_year)
        ]
    return occurrences


def _months_in_period(day: date, months: int) -> tuple[int, int]:
    """The month of a period ``day`` is in (1 = its first), or of the period before it when
    ``day`` falls in the month after that period ("每季度结束后15日内")."""
    month = (day.month - 1) % months + 1
    return month, month + months


def _stated_day_on(days: list[date]) -> Any:
    """A stated day of the month among ``days``: the day itself, or any later day (or the
    month's end) on a month's last day ("每月31日前" falls on 2-28)."""
    last_days = [day.day for day in days if day == month_end(day.year, day.month)]
    # other days of the month ("每月10日、20日前"): ``DutyCalendar`` decides
    on_day = or_(
        col(RecurringDuty.due_day).in_(sorted({day.day for day in days})),
        col(RecurringDuty.also_days).is_not(None),
    )
    if not last_days:
        return on_day
    return or_(
        on_day,
        col(RecurringDuty.due_day).is_(None),
        col(RecurringDuty.due_day) >= min(last_days),
    )


def unit_links(session: Session, facts: set[tuple[str, int]]) -> dict[tuple[str, int], set[int]]:
    links: dict[tuple[str, int], set[int]] = defaultdict(set)
    by_kind: dict[str, list[int]] = defaultdict(list)
    for kind, fact_id in facts:
        by_kind[kind].append(fact_id)
    for kind, fact_ids in by_kind.items():
        for chunk in _chunks(sorted(fact_ids), 5000):
            statement = select(col(FactUnit.fact_id), col(FactUnit.unit_id)).where(
                col(FactUnit.fact_kind) == kind,
                col(FactUnit.fact_id).in_(chunk),
            )
            for fact_id, unit_id in session.execute(statement):
                links[(kind, fact_id)].add(unit_id)
    return links


def _chunks(values: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def live_item_ids(session: Session, kind: str, item_ids: Collection[int]) -> set[int]:
    """Which of ``item_ids`` still exist, undeleted, in an active document."""
    models: dict[str, type[Target] | type[Milestone] | type[RecurringDuty]] = {
        ItemKind.TARGET: Target,
        ItemKind.MILESTONE: Milestone,
        ItemKind.MILESTONE_START: Milestone,
        ItemKind.RECURRING: RecurringDuty,
    }
    model = models[kind]
    found: set[int] = set()
    for chunk in _chunks(sorted(item_ids), 5000):
        statement = _live(select(col(model.id)), model).where(col(model.id).in_(chunk))
        found.update(session.execute(statement).scalars())
    return found


@dataclass
class ItemDetails:
    """Everything a reminder message says about an item, with its citation."""

    kind: str
    item_id: int
    title: str
    due_text: str | None
    quote: str
    document_title: str | None
    lead_units: list[str] = field(default_factory=list)
    support_units: list[str] = field(default_factory=list)
    # Of ``lead_units``, those the text names only as 责任单位 (``knowledge.unit_roles``).
    responsible_units: list[str] = field(default_factory=list)
    numbers: str | None = None
    note: str | None = None  # a target's 每年 and words before its number, as lists write them
    every: str | None = None  # a duty's timing as its document words it (``duty_timing``)
    place: str | None = None  # the district or region the item belongs to
    fact: Target | Milestone | RecurringDuty | None = None
    edited: bool = False  # an admin changed it by hand: the quote is the document's original
    plan_years: tuple[int | None, int | None] = (None, None)  # its document's period
    plan_since: date | None = None  # when its document was issued (``occurrence_due``)
    plan_issued: date | None = None  # the day its document was issued, else took effect

    def before_its_plan(self, due: date) -> bool:
        """Whether a duty's occurrence fell due before its document was issued: a plan dated
        03-20 for 2026 made no one miss the monthly report of 02-10 (/overdue, trial 39)."""
        issued = self.plan_issued
        return self.kind == ItemKind.RECURRING and issued is not None and due < issued

    def due_for(self, planned_due: date) -> date | None:
        """The occurrence's due date as the facts say now, None when they no longer give it
        (see ``occurrence_due``)."""
        if self.fact is None:
            return planned_due
        return occurrence_due(self.kind, self.fact, planned_due, self.plan_years, self.plan_since)


def statement_of(details: ItemDetails, due: date) -> Hashable | None:
    """What an item's occurrence states, by the rule answers' lists fold lines on
    (``knowledge.same_lines``): a target a plan states in a body sentence and again as its
    task-table row is one reminder line (the digest, /mysubs)."""
    fact = details.fact
    if fact is None:
        return None
    return statement_key(
        details.kind, fact.document_id, details.place, details.title, details.numbers, due
    )


def item_details(session: Session, kind: str, item_id: int) -> ItemDetails | None:
    """The item as the message shows it, or None if it is gone (deleted or superseded)."""
    return describe_items(session, [(kind, item_id)]).get((kind, item_id))


def describe_items(
    session: Session, keys: Iterable[tuple[str, int]]
) -> dict[tuple[str, int], ItemDetails]:
    """The live items among ``keys``, described in a few queries whatever their number (a digest
    may hold hundreds)."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for kind, item_id in keys:
        wanted[FACT_KIND_OF[kind]].add(item_id)
    facts: dict[tuple[str, int], Any] = {}
    titles: dict[int, str | None] = {}
    plan_years: dict[int, tuple[int | None, int | None]] = {}
    plan_since: dict[int, date | None] = {}
    plan_issued: dict[int, date | None] = {}
    for fact_kind, ids in wanted.items():
        models: dict[str, type[Target] | type[Milestone] | type[RecurringDuty]] = {
            FactKind.TARGET: Target,
            FactKind.MILESTONE: Milestone,
            FactKind.RECURRING: RecurringDuty,
        }
        model = models[fact_kind]
        for chunk in _chunks(sorted(ids), 5000):
            statement = _live(
                select(
                    model,
                    col(Document.short_title),
                    col(Document.title),
                    col(Document.period_start),
                    col(Document.period_end),
                    func.coalesce(Document.issued, Document.effective),
                    col(Document.ingested_at),
                ),
                model,
            ).where(col(model.id).in_(chunk))
            for fact, short, title, first_year, last_year, issued, added in session.execute(
                statement
            ):
                facts[(fact_kind, fact.id)] = fact
                titles[fact.document_id] = short or title
                plan_years[fact.document_id] = (first_year, last_year)
                plan_since[fact.document_id] = issued or (added.date() if added else None)
                plan_issued[fact.document_id] = issued
    units = _unit_names_of(session, set(facts))
    regions = dict(session.execute(select(col(Region.id), col(Region.name))).all())
    edited = load_edited_facts(session.connection()) if facts else frozenset()
    described: dict[tuple[str, int], ItemDetails] = {}
    for kind, item_id in set(keys):
        fact = facts.get((FACT_KIND_OF[kind], item_id))
        if fact is None:
            continue
        details = _details(kind, fact, titles.get(fact.document_id))
        details.lead_units, details.support_units, details.responsible_units = units.get(
            (FACT_KIND_OF[kind], item_id), ([], [], [])
        )
        details.place = regions.get(fact.region_id) or fact.region
        details.edited = (FACT_KIND_OF[kind], item_id) in edited
        details.plan_years = plan_years.get(fact.document_id, (None, None))
        details.plan_since = plan_since.get(fact.document_id)
        details.plan_issued = plan_issued.get(fact.document_id)
        described[(kind, item_id)] = details
    return described


def _details(kind: str, fact: Any, document_title: str | None) -> ItemDetails:
    item_id = fact.id
    if isinstance(fact, Target):
        details = ItemDetails(
            kind,
            item_id,
            fact.subject,
            fact.deadline_text,
            fact.quote,
            document_title,
            numbers=target_numbers(fact),
            note=target_note(fact),
            fact=fact,
        )
        if fact.district:
            details.title = f"{fact.subject}({fact.district})"
        return details
    if isinstance(fact, RecurringDuty):
        return ItemDetails(
            kind,
            item_id,
            fact.title,
            fact.due_text,
            fact.quote,
            document_title,
            every=duty_timing(fact.every, fact.due_text, fact.window_text),
            fact=fact,
        )
    due_text = fact.due_text if kind == ItemKind.MILESTONE else None
    return ItemDetails(kind, item_id, fact.title, due_text, fact.quote, document_title, fact=fact)


def target_numbers(target: Target) -> str:
    """``12项``, ``15个以上``, ``3–5家``: the number with the words the document writes right
    after it, as /targets and /deadlines write a target's value; the words before it (力争,
    新增, 增长) and 每年 are its ``target_note``, written after the item as lists write them."""
    return format_target_amount(
        target.value, target.unit, target.value_max, target.qualifier
    ) or _number(target.value)


def target_note(target: Target) -> str | None:
    """``每年,增长``: 每年 first, then the words before the number the subject does not say
    already — the qualifiers after a /deadlines line's date, in the same order."""
    before, _ = qualifier_words(target.qualifier)
    tag = ["每年"] if target.per_year or "每年" in before else []
    words = tag + [word for word in before if word != "每年" and word not in target.subject]
    return ",".join(words) or None


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _unit_names_of(
    session: Session, facts: set[tuple[str, int]]
) -> dict[tuple[str, int], tuple[list[str], list[str], list[str]]]:
    """(lead, support, responsible) unit names per fact, in the document's order (the
    responsible ones among the leads too, ``knowledge.unit_roles``)."""
    links: dict[tuple[str, int], list[tuple[str, str]]] = defaultdict(list)
    by_kind: dict[str, list[int]] = defaultdict(list)
    for kind, fact_id in facts:
        by_kind[kind].append(fact_id)
    for kind, fact_ids in by_kind.items():
        for chunk in _chunks(sorted(fact_ids), 5000):
            statement = (
                select(col(FactUnit.fact_id), col(Unit.name), col(FactUnit.role))
                .join(FactUnit, col(FactUnit.unit_id) == col(Unit.id))
                .where(and_(col(FactUnit.fact_kind) == kind, col(FactUnit.fact_id).in_(chunk)))
                .order_by(col(FactUnit.fact_id), col(FactUnit.role), col(FactUnit.position))
            )
            for fact_id, name, role in session.execute(statement):
                links[(kind, fact_id)].append((role, name))
    return {key: split_by_role(roles) for key, roles in links.items()}
