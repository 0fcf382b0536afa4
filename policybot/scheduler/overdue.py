"""/overdue: what is red now for a chat — occurrences past their due date that the chat has not
marked 已完成, among what it subscribes to or supervises, within ``overdue_window_days``.

A listing, not a push: unlike reminders it is not bounded by when the chat subscribed.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from policybot.knowledge.reminder_items import ItemKind, ReminderPurpose
from policybot.scheduler.audience import load_audience
from policybot.scheduler.digest import (
    DONE_MARK,
    Digest,
    DigestItem,
    Entry,
    build_digest,
    keep_only,
)
from policybot.scheduler.items import due_items
from policybot.scheduler.models import Subscription, Supervisor
from policybot.scheduler.scope import DispatchScope
from policybot.scheduler.supervision import load_supervisors
from policybot.scheduler.timing import ReminderTiming


def overdue_for_chat(
    session: Session, timing: ReminderTiming, chat_id: int, now: datetime, window_days: int
) -> Digest:
    """The chat's red occurrences, soonest due first, as a digest (its pages are the reply)."""
    scope = DispatchScope.of([chat_id])
    audience = load_audience(session, timing.default_leads, scope=scope)
    supervisors = load_supervisors(session, scope=scope)
    today = timing.local_date(now)
    days = [today - timedelta(days=back) for back in range(1, window_days + 1)]
    entries = [
        Entry(None, item.kind, item.item_id, item.due)
        for item in due_items(session, days)
        # a phase's start is no duty anyone missed: only what falls due can be overdue
        if item.kind != ItemKind.MILESTONE_START
        and (
            chat_id in audience.chats_for(item.unit_ids, item.region_id, item.reached_region_ids)
            or chat_id in supervisors.chats_for(item.region_id, item.reached_region_ids)
        )
    ]
    digest = build_digest(session, timing, chat_id, ReminderPurpose.REMIND, entries, now)
    keep_only(
        digest,
        lambda item: (
            item.days_left < 0
            and item.status != DONE_MARK
            and not item.details.before_its_plan(item.due)
        ),
    )
    _one_line_per_duty(digest)
    digest.heading = (
        f"🔴 <b>逾期未完成</b>\n答: <b>共 {len(digest.items)} 项</b> (近 {window_days} 天内到期)"
    )
    return digest


def _one_line_per_duty(digest: Digest) -> None:
    """A recurring duty missed month after month is one line, at its latest missed occurrence,
    saying how many were missed (16 lines of one monthly report filled 5 pages); a press on it
    settles every missed occurrence it stands for."""
    latest: dict[tuple[str, int], DigestItem] = {}
    for item in digest.items:
        if item.details.kind != ItemKind.RECURRING:
            continue
        key = (item.details.kind, item.details.item_id)
        known = latest.get(key)
        if known is None or item.due > known.due:
            latest[key] = item
    for item in digest.items:
        kept = latest.get((item.details.kind, item.details.item_id))
        if kept is None or kept is item or item.details.kind != ItemKind.RECURRING:
            continue
        kept.missed += item.missed
        kept.twins += item.occurrences
        kept.row_ids += item.row_ids
    keep_only(
        digest,
        lambda item: (
            item.details.kind != ItemKind.RECURRING
            or latest[(item.details.kind, item.details.item_id)] is item
        ),
    )


def watches_anything(session: Session, chat_id: int) -> bool:
    """Whether the chat subscribes to something or supervises a region: without either,
    /overdue has nothing to look at, which is not "nothing is overdue".

    Not ``listening.items_heard``, which decides something else: which of given items a chat
    still hears about for one purpose (its subscriptions' unit and region matching for a
    reminder, its supervision for an escalation) when a planned digest finally goes out. This
    asks of no item at all, only whether the chat watches anything, so an empty /overdue can say
    which of the two it means; the per-item matching of /overdue is ``overdue_for_chat``'s."""
    subscribed = session.exec(
        select(Subscription.id).where(
            col(Subscription.chat_id) == chat_id, col(Subscription.active).is_(True)
        )
    ).first()
    if subscribed is not None:
        return True
    return (
        session.exec(select(Supervisor.id).where(col(Supervisor.chat_id) == chat_id)).first()
        is not None
    )
