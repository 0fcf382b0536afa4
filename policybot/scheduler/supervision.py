"""Supervising chats (督办): an admin designates a chat to watch a region, or the whole store.

Each occurrence there that stays overdue and unacknowledged for ``escalate_after_days`` is
escalated once to every supervising chat, in an escalation digest of its own. This module owns
the ``supervisor`` table: /supervise writes it, the planner reads it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from policybot.knowledge.database import session_scope
from policybot.scheduler.audience import ALL_TOPIC, SINCE_EVER, Listeners, region_chains
from policybot.scheduler.models import Chat, Supervisor
from policybot.scheduler.scope import EVERY_REAL_CHAT, DispatchScope
from policybot.scheduler.subscriptions import (
    ChatInfo,
    TopicOutcome,
    ensure_chat,
    remove_chat_topic,
)
from policybot.scheduler.topics import Resolution, resolve_topic, topic_label


@dataclass
class Supervisors:
    """Who supervises which region (with its sub-regions), and since when."""

    by_region: dict[int, Listeners] = field(default_factory=dict)
    everything: Listeners = field(default_factory=dict)
    region_chain: dict[int, tuple[int, ...]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.by_region or self.everything)

    def chats_for(self, region_id: int | None, reached: Iterable[int] = ()) -> Listeners:
        """The chats supervising the item's region (or one above it), or a district it names
        (``DueItem.reached_region_ids``): a step the district's subscribers are reminded of is
        the district's to escalate too."""
        chats = dict(self.everything)
        for place in (region_id, *reached):
            if place is None:
                continue
            for region in self.region_chain.get(place, (place,)):
                for chat_id, since in self.by_region.get(region, {}).items():
                    if chat_id not in chats or since < chats[chat_id]:
                        chats[chat_id] = since
        return chats


def load_supervisors(
    session: Session,
    *,
    scope: DispatchScope = EVERY_REAL_CHAT,
    regions: Iterable[int] | None = None,
) -> Supervisors:
    """Every supervisor of an active chat in ``scope``; ``regions``: the only regions whose
    items it will be asked about (``region_chains``), else any."""
    supervisors = Supervisors()
    statement = (
        select(col(Supervisor.chat_id), col(Supervisor.region_id), col(Supervisor.created_at))
        .join(Chat, col(Chat.id) == col(Supervisor.chat_id))
        .where(col(Chat.active), scope.condition(col(Supervisor.chat_id)))
    )
    for chat_id, region_id, created_at in session.execute(statement):
        group = (
            supervisors.everything
            if region_id is None
            else supervisors.by_region.setdefault(region_id, {})
        )
        group[chat_id] = min(group.get(chat_id, created_at or SINCE_EVER), created_at or SINCE_EVER)
    if supervisors.by_region:
        supervisors.region_chain = region_chains(session, regions)
    return supervisors


@dataclass
class SuperviseOutcome(TopicOutcome):
    not_a_region: bool = False


def supervise(
    engine: Engine, chat: ChatInfo, name: str, *, actor_id: int | None, now: datetime
) -> SuperviseOutcome:
    """Make ``chat`` supervise the region ``name`` (or everything: 全部)."""
    with session_scope(engine) as session:
        resolution = resolve_topic(session, name)
        outcome = SuperviseOutcome(resolution)
        topic = resolution.topic
        if topic is None:
            return outcome
        if topic.key != ALL_TOPIC and topic.region_id is None:
            outcome.not_a_region = True
            return outcome
        ensure_chat(session, chat, now)
        if _supervisor(session, chat.id, topic.key) is None:
            session.add(
                Supervisor(
                    chat_id=chat.id,
                    scope_key=topic.key,
                    region_id=topic.region_id,
                    created_by=actor_id,
                    created_at=now,
                )
            )
            outcome.created = True
        return outcome


def unsupervise(engine: Engine, chat_id: int, name: str) -> tuple[Resolution, bool]:
    """Stop ``chat_id`` supervising what ``name`` resolves to; (resolution, whether it did)."""
    return remove_chat_topic(engine, name, lambda session, key: _supervisor(session, chat_id, key))


def _supervisor(session: Session, chat_id: int, scope_key: str) -> Supervisor | None:
    return session.execute(
        select(Supervisor).where(
            col(Supervisor.chat_id) == chat_id, col(Supervisor.scope_key) == scope_key
        )
    ).scalar_one_or_none()


def supervised_by(engine: Engine, chat_id: int) -> list[str]:
    """What ``chat_id`` supervises, as labels (全部, 佛山市…)."""
    with Session(engine) as session:
        keys = session.execute(
            select(col(Supervisor.scope_key))
            .where(col(Supervisor.chat_id) == chat_id)
            .order_by(col(Supervisor.id))
        ).scalars()
        return [topic_label(session, key) for key in keys]
