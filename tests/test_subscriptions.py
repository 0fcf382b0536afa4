"""Subscription rules without Telegram: names, admins acting for other chats, lead times."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from policybot.scheduler import subscriptions as subs
from policybot.scheduler.models import Chat
from policybot.scheduler.subscriptions import ChatInfo, LeadTimesError
from policybot.scheduler.topics import resolve_topic
from test_scheduler_support import DISTRICT, START, ingest, milestone, plan, target


@pytest.fixture
def store(engine: Engine) -> Engine:
    ingest(engine, plan(milestones=[milestone()], targets=[target(district="东湖区")]))
    return engine


def test_names_resolve_by_alias_full_name_traditional_and_all(store: Engine) -> None:
    with Session(store) as session:
        for typed in ("东湖", "东湖区", DISTRICT, "東湖區"):
            topic = resolve_topic(session, typed).topic
            assert topic is not None and topic.label == DISTRICT, typed
        assert resolve_topic(session, "全部").topic.key == "all"  # type: ignore[union-attr]
        unit = resolve_topic(session, "质监局").topic
        assert unit is not None and unit.key.startswith("unit:") and "市质监局" in unit.label
        assert resolve_topic(session, "样例市质监局").topic == unit


def test_an_unknown_name_gets_suggestions(store: Engine) -> None:
    with Session(store) as session:
        resolution = resolve_topic(session, "东湖分局")
    assert resolution.topic is None and any("东湖" in s for s in resolution.suggestions)
    # New-user trial: the district came as 东湖, 东湖区 and its full name; once now, by that.
    assert DISTRICT in resolution.suggestions
    assert "东湖" not in resolution.suggestions and "东湖区" not in resolution.suggestions
    assert len(resolution.suggestions) == len(set(resolution.suggestions))


def test_subscribing_twice_is_one_subscription_and_unsubscribe_removes_it(store: Engine) -> None:
    chat = ChatInfo(-7, "群", "group")
    first = subs.subscribe(store, chat, "东湖", actor_id=1, now=START)
    second = subs.subscribe(store, chat, "東湖區", actor_id=1, now=START)
    assert first.created and not second.created
    view = subs.list_subscriptions(store, -7, (30, 7, 1, 0))
    assert [s.label for s in view.subscriptions] == [DISTRICT]
    _, removed = subs.unsubscribe(store, -7, "东湖区")
    assert removed and subs.list_subscriptions(store, -7, (30,)).subscriptions == []


def test_on_behalf_prefix() -> None:
    assert subs.parse_request(["@-100123", "南海区"]).target_chat_id == -100123
    assert subs.parse_request(["@-100123", "南海区"]).text == "南海区"
    assert subs.parse_request(["南海区"]).target_chat_id is None
    assert subs.parse_request(["@somebody", "南海区"]).target_chat_id is None


def test_lead_days_parsing() -> None:
    assert subs.parse_lead_days(["30", "7", "1", "0"]) == (30, 7, 1, 0)
    assert subs.parse_lead_days(["7,30，1"]) == (30, 7, 1)
    assert subs.parse_lead_days(["默认"]) is None
    for bad in (["七"], ["-1"], ["999"], []):
        with pytest.raises(LeadTimesError):
            subs.parse_lead_days(bad)


def test_lead_days_are_stored_per_chat_and_reset(store: Engine) -> None:
    subs.set_lead_days(store, ChatInfo(-7), (14, 3), START)
    assert subs.list_subscriptions(store, -7, (30,)).lead_days == (14, 3)
    subs.set_lead_days(store, ChatInfo(-7), None, START)
    view = subs.list_subscriptions(store, -7, (30,))
    assert view.lead_days == (30,) and not view.custom_leads
    with Session(store) as session:
        assert session.get(Chat, -7) is not None
