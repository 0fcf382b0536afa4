"""Who hears about an item: the active chats subscribed to one of its units, its region or a
parent region, or to everything — with each chat's own lead times, and since when it listens
(a subscription's ``created_at``: nothing whose moment lies before it is sent).

Loaded once per planning pass into hash indexes (unit → chats, region → chats), so fanning an
item out is a few set unions rather than a scan of every subscription.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cached_property

from sqlalchemy import select
from sqlmodel import Session, col

from policybot.knowledge.models import Region
from policybot.scheduler.models import Chat, Subscription
from policybot.scheduler.scope import EVERY_REAL_CHAT, DispatchScope

log = logging.getLogger(__name__)

ALL_TOPIC = "all"
SINCE_EVER = datetime.min.replace(tzinfo=UTC)

Listeners = dict[int, datetime]
"""chat id → since when it listens (its earliest matching subscription)."""


def _merge(into: Listeners, more: Listeners) -> None:
    for chat_id, since in more.items():
        known = into.get(chat_id)
        if known is None or since < known:
            into[chat_id] = since


@dataclass
class Audience:
    default_leads: frozenset[int]
    by_unit: dict[int, Listeners] = field(default_factory=lambda: defaultdict(dict))
    by_region: dict[int, Listeners] = field(default_factory=lambda: defaultdict(dict))
    everyone: Listeners = field(default_factory=dict)
    region_chain: dict[int, tuple[int, ...]] = field(default_factory=dict)
    lead_overrides: dict[int, frozenset[int]] = field(default_factory=dict)

    def chats_for(
        self, unit_ids: Iterable[int], region_id: int | None, reached: Iterable[int] = ()
    ) -> Listeners:
        """The chats an item reaches: by its units, its region and those above it, and the
        districts it names (``DueItem.reached_region_ids``)."""
        chats = dict(self.everyone)
        for unit_id in unit_ids:
            _merge(chats, self.by_unit.get(unit_id, {}))
        for place in (region_id, *reached):
            if place is not None:
                for region in self.region_chain.get(place, (place,)):
                    _merge(chats, self.by_region.get(region, {}))
        return chats

    def leads_of(self, chat_id: int) -> frozenset[int]:
        return self.lead_overrides.get(chat_id, self.default_leads)

    def leads_in_use(self) -> frozenset[int]:
        if not (self.everyone or self.by_unit or self.by_region):
            return frozenset()
        return self.default_leads.union(*self.lead_overrides.values())

    def is_listening(self, chat_id: int) -> bool:
        return chat_id in self.subscribed_chats

    @cached_property
    def subscribed_chats(self) -> set[int]:
        chats = set(self.everyone)
        for group in (*self.by_unit.values(), *self.by_region.values()):
            chats |= group.keys()
        return chats


def load_audience(
    session: Session,
    default_leads: Iterable[int],
    *,
    scope: DispatchScope = EVERY_REAL_CHAT,
    regions: Iterable[int] | None = None,
) -> Audience:
    """Every active subscription of every active chat in ``scope``; ``regions``: the only
    regions whose items it will be asked about (``region_chains``), else any."""
    audience = Audience(default_leads=frozenset(default_leads))
    statement = (
        select(
            col(Subscription.chat_id),
            col(Subscription.topic_key),
            col(Subscription.unit_id),
            col(Subscription.region_id),
            col(Subscription.created_at),
        )
        .join(Chat, col(Chat.id) == col(Subscription.chat_id))
        .where(
            col(Subscription.active), col(Chat.active), scope.condition(col(Subscription.chat_id))
        )
    )
    for chat_id, topic_key, unit_id, region_id, created_at in session.execute(statement):
        listener = {chat_id: created_at or SINCE_EVER}
        if topic_key == ALL_TOPIC:
            _merge(audience.everyone, listener)
        elif unit_id is not None:
            _merge(audience.by_unit[unit_id], listener)
        elif region_id is not None:
            _merge(audience.by_region[region_id], listener)
    overrides = session.execute(
        select(col(Chat.id), col(Chat.lead_days)).where(
            col(Chat.active),
            col(Chat.lead_days).is_not(None),
            scope.condition(col(Chat.id)),
        )
    )
    for chat_id, raw in overrides:
        leads = parse_leads(raw)
        if leads is not None:
            audience.lead_overrides[chat_id] = frozenset(leads)
    audience.region_chain = region_chains(session, regions)
    return audience


def parse_leads(raw: str | None) -> list[int] | None:
    """A chat's stored lead times (JSON list), or None when absent or unreadable."""
    if not raw:
        return None
    try:
        leads = json.loads(raw)
    except ValueError:
        log.warning("ignoring unreadable lead_days %r", raw)
        return None
    if not isinstance(leads, list) or not all(isinstance(d, int) and d >= 0 for d in leads):
        return None
    return leads


def region_chains(
    session: Session, region_ids: Iterable[int] | None = None
) -> dict[int, tuple[int, ...]]:
    """Each region with its ancestors (南海区 → 南海区, 佛山市, 广东省…): of every region, or of
    ``region_ids`` only (a digest checked at send time needs its few items' chains, not the
    store's thousands of regions)."""
    parents = _parents(session, region_ids)
    chains: dict[int, tuple[int, ...]] = {}
    for region_id in parents:
        chain = [region_id]
        parent = parents.get(region_id)
        while parent is not None and parent not in chain:
            chain.append(parent)
            parent = parents.get(parent)
        chains[region_id] = tuple(chain)
    return chains


def _parents(session: Session, region_ids: Iterable[int] | None) -> dict[int, int | None]:
    """Region → its parent: every region, or ``region_ids`` and their ancestors, read one
    level a query (a chain is a few levels: district, city, province)."""
    statement = select(col(Region.id), col(Region.parent_id))
    if region_ids is None:
        return {region_id: parent for region_id, parent in session.execute(statement)}
    parents: dict[int, int | None] = {}
    wanted = set(region_ids)
    while wanted:
        rows = session.execute(statement.where(col(Region.id).in_(sorted(wanted))))
        found = {region_id: parent for region_id, parent in rows}
        parents.update(found)
        wanted = {parent for parent in found.values() if parent is not None} - parents.keys()
    return parents
