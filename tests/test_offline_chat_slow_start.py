"""A slow start does not carry ``policybot chat --now 08:59:30`` past the moment it aims at.

Trial 39: a private session at ``--now 2026-05-08T08:59:30`` sent ``/subscribe`` and waited,
and the 09:00 7-day reminder never came, while the same steps in a group session did. The
ledger and the subscriptions showed why: the group's subscription was stamped 08:59:57, the
private chat's 09:00:00.2. The ``--now`` clock started when the store was open, and starting
the bot took another 27–30 s on the loaded machine; the subscription came after the moment, and
nothing from before a subscription is sent. The clock now stands at ``--now`` until the chat is
ready to read the first line.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot import app
from policybot.bot.chat import OFFLINE_USER_ID
from policybot.scheduler.models import Subscription
from test_offline_chat_sessions import DUE, chat_session, store  # noqa: F401  (fixture)
from test_scheduler_support import nine_am

SEVEN_DAYS_BEFORE = date(2019, 2, 25)  # a Monday, 7 days before DUE (2019-03-04)
STARTUP_SECONDS = 3.0


def slow_to_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """Building the application takes a few seconds, as jieba and the indexes do when loaded."""
    build: Callable[..., Any] = app.build_application

    def slowly(*args: Any, **kwargs: Any) -> Any:
        time.sleep(STARTUP_SECONDS)
        return build(*args, **kwargs)

    monkeypatch.setattr(app, "build_application", slowly)


def test_a_subscription_typed_before_the_moment_gets_its_digest_despite_a_slow_start(
    store: Engine,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    slow_to_start(monkeypatch)
    shown = chat_session(
        monkeypatch, "2019-02-25T08:59:58", ["/subscribe 样例市"], until=DUE.title, patience=30
    )
    assert "已订阅:样例市" in shown
    with Session(store) as session:
        subscription = session.exec(
            select(Subscription).where(Subscription.chat_id == OFFLINE_USER_ID)
        ).one()
    assert subscription.created_at is not None
    assert subscription.created_at < nine_am(SEVEN_DAYS_BEFORE), "the clock ran during start"
    assert DUE.title in shown and "还有 7 天到期" in shown, "the 09:00 digest never came"
    assert "补发" not in shown
