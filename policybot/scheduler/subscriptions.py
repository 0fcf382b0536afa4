"""Subscriptions: which chat hears about which unit or region, and its own lead times.

Every command a chat can give about its reminders lands here: /subscribe, /unsubscribe,
/mysubs and /leadtimes, including an admin acting on behalf of another chat
(``/subscribe @-1001234567890 南海区``). Handlers only parse and reply.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, col, select

from policybot.config import MAX_LEAD_DAYS
from policybot.knowledge.database import session_scope
from policybot.scheduler.audience import parse_leads
from policybot.scheduler.ledger import deactivate_chat
from policybot.scheduler.models import Chat, Subscription
from policybot.scheduler.timing import normalise_leads
from policybot.scheduler.topics import (
    Resolution,
    Topic,
    resolve_topic,
    topic_label,
    topic_of_key,
)

# A chat id Telegram can issue (at most 52 bits, so 16 digits, never 0): a longer number is no
# chat, and reached the database driver as an OverflowError.
_ON_BEHALF = re.compile(r"^@(-?[1-9][0-9]{0,15})$")
RESET_WORDS = {"默认", "重置", "default", "reset"}


@dataclass(frozen=True)
class ChatInfo:
    """The chat a command is about (title and type are remembered for /mysubs and the CLI)."""

    id: int
    title: str | None = None
    kind: str = "private"


@dataclass
class Request:
    """Parsed arguments: the target chat (``@chat_id`` prefix, admins only) and the rest."""

    target_chat_id: int | None
    words: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(self.words)


def parse_request(args: list[str]) -> Request:
    if args and (match := _ON_BEHALF.match(args[0])):
        return Request(int(match.group(1)), args[1:])
    return Request(None, list(args))


@dataclass
class TopicOutcome:
    """What a chat's command about a topic (/subscribe, /supervise) resolved its name to."""

    resolution: Resolution
    created: bool = False

    @property
    def topic(self) -> Topic | None:
        return self.resolution.topic


@dataclass
class SubscribeOutcome(TopicOutcome):
    reactivated: bool = False


def subscribe(
    engine: Engine,
    chat: ChatInfo,
    name: str,
    *,
    actor_id: int | None,
    now: datetime,
    topic_key: str | None = None,
) -> SubscribeOutcome:
    """Subscribe ``chat`` to what ``name`` resolves to (or to ``topic_key``, a candidate the
    chat chose by its button); a deactivated chat becomes active again."""
    with session_scope(engine) as session:
        if topic_key is not None:
            resolution = Resolution(topic=topic_of_key(session, topic_key))
        else:
            resolution = resolve_topic(session, name)
        outcome = SubscribeOutcome(resolution)
        topic = resolution.topic
        if topic is None:
            return outcome
        # A chat deactivated by a failed send (403, chat not found) comes back with everything
        # it followed (``ensure_chat``): naming a topic it had is a reactivation, not a repeat.
        known = session.get(Chat, chat.id)
        was_inactive = known is not None and not known.active
        ensure_chat(session, chat, now)
        existing = _subscription(session, chat.id, topic.key)
        if existing is None:
            session.add(
                Subscription(
                    chat_id=chat.id,
                    topic_key=topic.key,
                    unit_id=topic.unit_id,
                    region_id=topic.region_id,
                    created_by=actor_id,
                    created_at=now,
                )
            )
            outcome.created = True
        elif was_inactive or not existing.active:
            existing.active = True
            session.add(existing)
            outcome.reactivated = True
        return outcome


def unsubscribe(engine: Engine, chat_id: int, name: str) -> tuple[Resolution, bool]:
    """Remove the subscription ``name`` resolves to; returns (resolution, whether one existed)."""
    return remove_chat_topic(
        engine, name, lambda session, key: _subscription(session, chat_id, key)
    )


def unsubscribe_all(engine: Engine, chat_id: int) -> list[str]:
    """``/unsubscribe 全部``: remove every subscription of the chat (the 全部 one among them)
    and return their labels, in the order they were made, for the reply to say what went."""
    with session_scope(engine) as session:
        rows = session.exec(
            select(Subscription)
            .where(col(Subscription.chat_id) == chat_id)
            .order_by(col(Subscription.id))
        ).all()
        labels = [topic_label(session, row.topic_key) for row in rows]
        for row in rows:
            session.delete(row)
        return labels


def _subscription(session: Session, chat_id: int, topic_key: str) -> Subscription | None:
    return session.exec(
        select(Subscription).where(
            col(Subscription.chat_id) == chat_id, col(Subscription.topic_key) == topic_key
        )
    ).first()


def remove_chat_topic(
    engine: Engine, name: str, find: Callable[[Session, str], SQLModel | None]
) -> tuple[Resolution, bool]:
    """Delete the row ``find`` gives for the topic key ``name`` resolves to (a chat's
    subscription, its supervision); returns (resolution, whether there was one)."""
    with session_scope(engine) as session:
        resolution = _among_followed(session, resolve_topic(session, name), find)
        if resolution.topic is None:
            return resolution, False
        existing = find(session, resolution.topic.key)
        if existing is None:
            return resolution, False
        session.delete(existing)
        return resolution, True


def _among_followed(
    session: Session, resolution: Resolution, find: Callable[[Session, str], SQLModel | None]
) -> Resolution:
    """An ambiguous name (市质监局 of two cities) names the one candidate the chat follows.

    Taking a topic away can only mean one the chat has: asking which of two cities' bureaus it
    meant, when it follows only one, made the user retype what /subscribe had already settled.
    With none or several of them followed, the question stands.
    """
    followed = [topic for topic in resolution.candidates if find(session, topic.key) is not None]
    return Resolution(topic=followed[0]) if len(followed) == 1 else resolution


@dataclass(frozen=True)
class SubscriptionView:
    label: str
    active: bool


@dataclass
class ChatSubscriptions:
    chat_id: int
    subscriptions: list[SubscriptionView]
    lead_days: tuple[int, ...]
    custom_leads: bool
    chat_active: bool = True
    deactivated_reason: str | None = None


def list_subscriptions(
    engine: Engine, chat_id: int, default_leads: tuple[int, ...]
) -> ChatSubscriptions:
    with Session(engine) as session:
        chat = session.get(Chat, chat_id)
        rows = session.exec(
            select(Subscription)
            .where(col(Subscription.chat_id) == chat_id)
            .order_by(col(Subscription.id))
        ).all()
        views = [SubscriptionView(topic_label(session, row.topic_key), row.active) for row in rows]
    custom = parse_leads(chat.lead_days) if chat else None
    return ChatSubscriptions(
        chat_id,
        views,
        normalise_leads(custom) if custom is not None else default_leads,
        custom is not None,
        chat.active if chat else True,
        chat.deactivated_reason if chat else None,
    )


class LeadTimesError(ValueError):
    """Lead times a user typed that cannot be used; the message is the Chinese reply."""


def parse_lead_days(words: list[str]) -> tuple[int, ...] | None:
    """``30 7 1 0`` → (30, 7, 1, 0); ``默认`` → None (back to the configured defaults)."""
    if len(words) == 1 and words[0] in RESET_WORDS:
        return None
    parts = [part for word in words for part in re.split(r"[,，、\s]+", word) if part]
    if not parts:
        raise LeadTimesError("请给出提前天数,例如 /leadtimes 30 7 1 0")
    try:
        days = [int(part) for part in parts]
    except ValueError as exc:
        raise LeadTimesError("提前天数须为整数,例如 /leadtimes 30 7 1 0") from exc
    if any(day < 0 or day > MAX_LEAD_DAYS for day in days):
        raise LeadTimesError(f"提前天数须在 0 到 {MAX_LEAD_DAYS} 之间。")
    return normalise_leads(days)


def set_lead_days(
    engine: Engine, chat: ChatInfo, days: tuple[int, ...] | None, now: datetime
) -> None:
    with session_scope(engine) as session:
        row = ensure_chat(session, chat, now)
        row.lead_days = json.dumps(list(days)) if days is not None else None
        session.add(row)


def membership_changed(engine: Engine, chat: ChatInfo, *, present: bool, now: datetime) -> bool:
    """Telegram told us the bot joined or left ``chat``; returns whether anything changed.

    Leaving deactivates at once (no 403 needed to find out); rejoining brings the chat's
    subscriptions back. A chat we never knew is not recorded: only /subscribe creates one.
    """
    with session_scope(engine) as session:
        row = session.get(Chat, chat.id)
        if row is None or row.active == present:
            return False
        if present:
            ensure_chat(session, chat, now)
            return True
    deactivate_chat(engine, chat.id, "bot removed from the chat")
    return True


def ensure_chat(session: Session, chat: ChatInfo, now: datetime) -> Chat:
    """The chat's row; a chat that talks to us again is active again, with what it followed.

    Only a 403 (bot blocked or removed) deactivates subscriptions, so a chat that comes back
    gets all of them back, not just the one it names first.
    """
    row = session.get(Chat, chat.id)
    if row is None:
        row = Chat(id=chat.id, title=chat.title, kind=chat.kind, created_at=now)
    else:
        if chat.title:
            row.title = chat.title
        if not row.active:
            row.active, row.deactivated_reason = True, None
            session.exec(
                update(Subscription).where(col(Subscription.chat_id) == chat.id).values(active=True)
            )
    session.add(row)
    session.flush()
    return row
