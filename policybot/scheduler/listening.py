"""Whether a chat still hears about an item when its digest is finally sent.

A reminder row is planned for the chats that listened at planning time. It may wait a while
before it goes out (flood control, a retry after an error, a catch-up after downtime), and
meanwhile the chat may /unsubscribe, stop supervising, or an admin may move a target to another
district. The database is the truth: the digest is checked against the chat's subscriptions as
they are now, with the same matching the planner uses (``Audience.chats_for``), so a chat never
gets a reminder for something it no longer follows.
"""

from __future__ import annotations

from collections.abc import Mapping

from sqlmodel import Session

from policybot.knowledge.reminder_items import ReminderPurpose
from policybot.scheduler.audience import load_audience
from policybot.scheduler.items import FACT_KIND_OF, ItemDetails, reached_districts, unit_links
from policybot.scheduler.scope import DispatchScope
from policybot.scheduler.supervision import load_supervisors

ItemKey = tuple[str, int]


def items_heard(
    session: Session, chat_id: int, purpose: str, items: Mapping[ItemKey, ItemDetails]
) -> set[ItemKey]:
    """The keys of ``items`` that ``chat_id`` still hears about for ``purpose``: the chat's
    subscriptions with the region chains of these items only, not of the whole store.
    (``overdue.watches_anything`` is no shortcut of this: it asks whether a chat watches
    anything at all, of no item, to tell "nothing followed" from "nothing overdue".)"""
    scope = DispatchScope.of([chat_id])
    regions = {
        region_id for details in items.values() if (region_id := _region_id(details)) is not None
    }
    facts = {(FACT_KIND_OF[kind], item_id) for kind, item_id in items}
    reached = reached_districts(session, facts)
    if purpose == ReminderPurpose.ESCALATE:
        supervisors = load_supervisors(session, scope=scope, regions=regions)
        return {
            (kind, item_id)
            for (kind, item_id), details in items.items()
            if chat_id
            in supervisors.chats_for(
                _region_id(details),
                reached.get((FACT_KIND_OF[kind], item_id), ()),
            )
        }
    audience = load_audience(session, (), scope=scope, regions=regions)
    units = unit_links(session, facts)
    return {
        (kind, item_id)
        for (kind, item_id), details in items.items()
        if chat_id
        in audience.chats_for(
            units.get((FACT_KIND_OF[kind], item_id), ()),
            _region_id(details),
            reached.get((FACT_KIND_OF[kind], item_id), ()),
        )
    }


def _region_id(details: ItemDetails) -> int | None:
    return details.fact.region_id if details.fact is not None else None
