"""What is due in a time window, from the database: (item, chat, fire instant) triples.

The plan is a join, not a loop over everything: the window gives a handful of fire days; each
fire day and lead time give a due date; an indexed query finds the items due on those dates;
hash indexes of the subscriptions (``audience``) fan each item out to its chats. The cost grows
with what is due, not with the size of the store.

Per chat: its own lead times replace the defaults; an item acked up to its due date
(``col(ReminderState.done_through)``) is not reminded again; a snoozed item is held until
``snoozed_until``, when it is reminded once more. Nothing whose moment lies before the chat
subscribed, or before the item entered the store, is planned (the subscription is the floor).

Escalations (督办): an occurrence still unacknowledged ``escalate_after_days`` after its due date
is planned once for each chat supervising its region (``supervision``), at the first working
day's fire instant from then on.

``plan_window`` gives every moment in the window, so planning a window in pieces gives what
planning it whole gives; keeping one row per occurrence, chat and day is the ledger's business
(``ledger.one_per_day``), since it depends on what was already sent.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlmodel import Session, col

from policybot.knowledge.reminder_items import ReminderPurpose, ReminderState
from policybot.scheduler.audience import Audience, load_audience
from policybot.scheduler.items import DueItem, ItemKind, due_items, live_item_ids
from policybot.scheduler.scope import EVERY_REAL_CHAT, DispatchScope
from policybot.scheduler.settlement import settled_states
from policybot.scheduler.supervision import load_supervisors
from policybot.scheduler.timing import ReminderTiming


@dataclass(frozen=True)
class PlannedReminder:
    """One message to send: the ledger's unique key plus what the message needs to say."""

    item_kind: str
    item_id: int
    chat_id: int
    fire_at: datetime
    due_date: date
    lead_days: int
    snoozed: bool = False
    purpose: str = ReminderPurpose.REMIND

    @property
    def key(self) -> tuple[str, str, int, int, datetime]:
        """The ledger's unique key: one row per moment."""
        return (self.purpose, self.item_kind, self.item_id, self.chat_id, self.fire_at)

    @property
    def occurrence(self) -> tuple[str, str, int, date, int]:
        """Which occurrence, for which chat, and why."""
        return (self.purpose, self.item_kind, self.item_id, self.due_date, self.chat_id)


@dataclass(frozen=True)
class ChatState:
    done_through: date | None
    snoozed_until: datetime | None
    snoozed_due: date | None
    done_at: datetime | None = None


def plan_window(
    session: Session,
    timing: ReminderTiming,
    after: datetime,
    until: datetime,
    *,
    scope: DispatchScope = EVERY_REAL_CHAT,
) -> list[PlannedReminder]:
    """Every reminder for a chat in ``scope`` whose fire instant lies in ``(after, until]``,
    sorted by instant and chat."""
    if until <= after:
        return []
    planned = _reminders(session, timing, after, until, scope)
    planned += _escalations(session, timing, after, until, scope)
    planned.sort(key=lambda r: (r.fire_at, r.chat_id, r.purpose, r.item_kind, r.item_id))
    return planned


def _reminders(
    session: Session, timing: ReminderTiming, after: datetime, until: datetime, scope: DispatchScope
) -> list[PlannedReminder]:
    audience = load_audience(session, timing.default_leads, scope=scope)
    leads = audience.leads_in_use()
    if not leads:
        return []
    fires_by_due: dict[date, list[tuple[int, datetime]]] = defaultdict(list)
    for day, instant in timing.fire_days(after, until):
        for lead in leads:
            fires_by_due[day + timedelta(days=lead)].append((lead, instant))
    items = due_items(session, fires_by_due)
    states = _chat_states(session, min(fires_by_due, default=None), after)
    planned = [
        reminder
        for item in items
        for reminder in _fan_out(item, fires_by_due[item.due], audience, states, until)
    ]
    planned += _snoozed_reminders(session, timing, audience, states, after, until)
    return planned


def _fan_out(
    item: DueItem,
    fires: list[tuple[int, datetime]],
    audience: Audience,
    states: dict[tuple[int, str, int], ChatState],
    until: datetime,
) -> list[PlannedReminder]:
    chats = audience.chats_for(item.unit_ids, item.region_id, item.reached_region_ids)
    planned = []
    for chat_id, since in chats.items():
        chat_leads = audience.leads_of(chat_id)
        state = states.get((chat_id, item.kind, item.item_id))
        for lead, instant in fires:
            if (
                lead in chat_leads
                and _after_floor(instant, since, item, until)
                and not _held(state, item, instant)
            ):
                planned.append(
                    PlannedReminder(item.kind, item.item_id, chat_id, instant, item.due, lead)
                )
    return planned


def _after_floor(instant: datetime, since: datetime, item: DueItem, until: datetime) -> bool:
    """The moment is not before the chat listened, nor before the item entered the store.

    A document stamped after ``until`` was ingested on a clock later than the planner's (a test,
    or ``policybot chat --now`` in the past): its stamp says nothing about that past. Unless it
    is a corrected version whose predecessor was in the store at the moment: that moment was the
    predecessor's (sent as such), so an offline session going back in time does not send the
    corrected version's items for it again.
    """
    added = item.added_at
    if instant < since:
        return False
    if added is None or instant >= added:
        return True
    if added <= until:
        return False
    before = item.predecessor_added_at
    return before is None or instant < before


def _escalations(
    session: Session, timing: ReminderTiming, after: datetime, until: datetime, scope: DispatchScope
) -> list[PlannedReminder]:
    """Occurrences overdue for ``escalate_after_days`` and acknowledged by no chat, once per
    supervising chat."""
    overdue_days = timing.escalate_after_days
    if overdue_days <= 0:
        return []
    supervisors = load_supervisors(session, scope=scope)
    if not supervisors:
        return []
    instants = {
        day - timedelta(days=overdue_days): instant
        for day, instant in timing.escalation_days(after, until)
    }
    items = [item for item in due_items(session, instants) if item.due in instants]
    acked = acknowledged(session, items, offline_too=not scope.is_everyone, owners=timing.owners)
    return [
        PlannedReminder(
            item.kind,
            item.item_id,
            chat_id,
            instants[item.due],
            item.due,
            -overdue_days,
            purpose=ReminderPurpose.ESCALATE,
        )
        for item in items
        if (item.kind, item.item_id, item.due) not in acked
        for chat_id, since in supervisors.chats_for(item.region_id, item.reached_region_ids).items()
        if _after_floor(instants[item.due], since, item, until)
    ]


def acknowledged(
    session: Session,
    items: list[DueItem],
    *,
    offline_too: bool = False,
    owners: frozenset[int] = frozenset(),
) -> set[tuple[str, int, date]]:
    """The occurrences among ``items`` settled by an acknowledgement that counts for everyone
    (an admin's or owner's, a designated unit chat's or a supervisor's:
    ``scheduler/settlement.py``)."""
    by_kind: dict[str, set[int]] = defaultdict(set)
    for item in items:
        by_kind[item.kind].add(item.item_id)
    done: dict[tuple[str, int], list[tuple[date | None, bool]]] = {}
    for kind, ids in by_kind.items():
        statement = select(
            col(ReminderState.item_id), col(ReminderState.done_through), col(ReminderState.done_at)
        ).where(col(ReminderState.item_kind) == kind, col(ReminderState.item_id).in_(sorted(ids)))
        settled = settled_states(
            session,
            statement,
            offline_too=offline_too,
            owners=owners,
            own=lambda columns: (columns[0], columns[1] is not None),
            by_admin=lambda through: (through, True),
        )
        done.update(((kind, item_id), states) for item_id, states in settled.items())
    return {
        (item.kind, item.item_id, item.due)
        for item in items
        if any(
            (through is not None and through >= item.due)
            or (through is None and was_done and item.kind != ItemKind.RECURRING)
            for through, was_done in done.get((item.kind, item.item_id), ())
        )
    }


def _held(state: ChatState | None, item: DueItem, instant: datetime) -> bool:
    if state is None:
        return False
    if state.done_through is not None and state.done_through >= item.due:
        return True
    if state.done_through is None and state.done_at is not None and item.kind != ItemKind.RECURRING:
        return True  # acked without an occurrence: a one-off item is simply done
    snoozed_this = state.snoozed_due is None or state.snoozed_due == item.due
    return state.snoozed_until is not None and instant < state.snoozed_until and snoozed_this


def _chat_states(
    session: Session, earliest_due: date | None, after: datetime
) -> dict[tuple[int, str, int], ChatState]:
    """Acks that could cover a due date in the window, and snoozes still running after it."""
    conditions = [
        col(ReminderState.snoozed_until) > after,
        and_(col(ReminderState.done_through).is_(None), col(ReminderState.done_at).is_not(None)),
    ]
    if earliest_due is not None:
        conditions.append(col(ReminderState.done_through) >= earliest_due)
    statement = select(
        col(ReminderState.chat_id),
        col(ReminderState.item_kind),
        col(ReminderState.item_id),
        col(ReminderState.done_through),
        col(ReminderState.snoozed_until),
        col(ReminderState.snoozed_due),
        col(ReminderState.done_at),
    ).where(or_(*conditions))
    return {
        (chat_id, kind, item_id): ChatState(done_through, snoozed_until, snoozed_due, done_at)
        for chat_id, kind, item_id, done_through, snoozed_until, snoozed_due, done_at in (
            session.execute(statement)
        )
    }


def _snoozed_reminders(
    session: Session,
    timing: ReminderTiming,
    audience: Audience,
    states: dict[tuple[int, str, int], ChatState],
    after: datetime,
    until: datetime,
) -> list[PlannedReminder]:
    """The reminder a snooze promised, at ``snoozed_until``, unless since done or unsubscribed."""
    due_now = [
        (key, state)
        for key, state in states.items()
        if state.snoozed_until is not None
        and after < state.snoozed_until <= until
        and state.snoozed_due is not None
        and not (state.done_through is not None and state.done_through >= state.snoozed_due)
        and audience.is_listening(key[0])
    ]
    live: dict[str, set[int]] = {}
    for kind in {key[1] for key, _ in due_now}:
        live[kind] = live_item_ids(session, kind, {key[2] for key, _ in due_now if key[1] == kind})
    planned = []
    for (chat_id, kind, item_id), state in due_now:
        if item_id not in live[kind]:
            continue
        assert state.snoozed_until is not None and state.snoozed_due is not None
        lead = (state.snoozed_due - timing.local_date(state.snoozed_until)).days
        planned.append(
            PlannedReminder(
                kind, item_id, chat_id, state.snoozed_until, state.snoozed_due, lead, snoozed=True
            )
        )
    return planned
