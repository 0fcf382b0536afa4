"""Reminders that fall due between two ``policybot chat`` sessions arrive in the later one.

Each session runs the dispatcher for its own chats with its own ``--now``; the scope's planning
checkpoint is what links one session to the next. A session that ended before its first
reminder tick (a few seconds after start) recorded no planning point of its own, so the
checkpoint stayed where an earlier session had left it, possibly later in time than this one's
``--now``: the next session then planned on from there, and the reminders in between (after
the subscription made in the short session) were skipped without a row. Now every session
records where its planning starts, and those reminders come once, as the downtime path sends
them: one digest, marked 补发, within the catch-up window.
"""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot import cli
from policybot.bot.chat import OFFLINE_USER_ID
from policybot.clock import FakeClock
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.reminder_items import ReminderLedger, ReminderStatus
from policybot.scheduler import ledger
from policybot.scheduler.dispatcher import ReminderDispatcher
from policybot.scheduler.scope import EVERY_REAL_CHAT, DispatchScope
from terminals import WaitingTerminal, WatchedOutput
from test_scheduler_support import RecordingSender, ingest, milestone, plan, timing, utc

DUE = milestone("完成示范企业年度评估", due=date(2019, 3, 4))  # a Monday; fires 09:00
SCOPE = DispatchScope.of([OFFLINE_USER_ID])


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Engine:
    url = f"sqlite:///{tmp_path / 'policybot.db'}"
    engine = make_engine(url)
    upgrade_database(engine)
    ingest(engine, plan(milestones=[DUE], period=(2018, 2019)))
    monkeypatch.setenv("POLICYBOT_DB_URL", url)
    monkeypatch.delenv("POLICYBOT_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    Path("config.toml").write_text(
        "[bot]\nload_seeds = false\n[reminders]\ntick_seconds = 1\n", encoding="utf-8"
    )
    return engine


def chat_session(
    monkeypatch: pytest.MonkeyPatch, now: str, lines: list[str], until: str, patience: float
) -> str:
    """``policybot chat --now``: types ``lines``, then waits up to ``patience`` s for ``until``."""
    output = WatchedOutput(until)
    monkeypatch.setattr("sys.stdin", WaitingTerminal(output.seen, lines, patience=patience))
    monkeypatch.setattr("sys.stdout", output)
    codes: list[int] = []
    worker = threading.Thread(target=lambda: codes.append(cli.main(["chat", "--now", now])))
    worker.start()
    worker.join(90)
    assert codes == [cli.EXIT_OK], "the offline session did not finish"
    return output.getvalue()


def checkpoint(engine: Engine) -> str | None:
    with engine.connect() as connection:
        planned = ledger.planned_through(connection, SCOPE)
    return planned.isoformat() if planned else None


def test_reminders_due_between_sessions_arrive_once_and_late(
    store: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An earlier session looked ahead to 2019-03-05 and ticked: planned through then.
    chat_session(monkeypatch, "2019-03-05T10:00", [], until="never shown", patience=6)
    assert checkpoint(store) is not None and checkpoint(store) >= "2019-03-05T01:59"

    # A short session back on 02-26 subscribes and ends before its first reminder tick.
    first = chat_session(monkeypatch, "2019-02-26T10:00", ["/subscribe 样例市"], "已订阅", 0)
    assert "已订阅:样例市" in first

    # Two days after the item fell due (within the 72-hour catch-up window): one late digest.
    later = chat_session(monkeypatch, "2019-03-06T10:00", [], until=DUE.title, patience=30)
    assert DUE.title in later, "the reminder due between the sessions never came"
    assert "补发" in later

    again = chat_session(monkeypatch, "2019-03-06T10:30", [], until=DUE.title, patience=6)
    assert DUE.title not in again, "sent twice"
    with Session(store) as session:
        rows = session.exec(
            select(ReminderLedger).where(ReminderLedger.chat_id == OFFLINE_USER_ID)
        ).all()
    sent = [row for row in rows if row.status == ReminderStatus.SENT]
    assert len(sent) == 1 and sent[0].late and sent[0].due_date == DUE.due


def test_a_session_start_moves_only_its_own_scope_checkpoint(engine: Engine) -> None:
    """Missing or later than the start: ``start − catch_up``; earlier: kept (the gap since the
    last session is caught up); the real bot's checkpoint never moves back."""
    start, catch_up = utc(2019, 3, 1, 2), timedelta(hours=72)
    with engine.begin() as connection:
        ledger.advance_planned_through(connection, utc(2019, 3, 9), EVERY_REAL_CHAT)
        ledger.start_timeline(connection, start, catch_up, SCOPE)
        assert ledger.planned_through(connection, SCOPE) == start - catch_up
        ledger.advance_planned_through(connection, utc(2019, 3, 5), SCOPE)
        ledger.start_timeline(connection, start, catch_up, SCOPE)
        assert ledger.planned_through(connection, SCOPE) == start - catch_up
        ledger.advance_planned_through(connection, utc(2019, 2, 28), SCOPE)
        ledger.start_timeline(connection, start, catch_up, SCOPE)
        assert ledger.planned_through(connection, SCOPE) == utc(2019, 2, 28)
    clock = FakeClock(start)
    ReminderDispatcher(engine, timing(), clock, RecordingSender()).start_timeline()
    with engine.connect() as connection:
        assert ledger.planned_through(connection, EVERY_REAL_CHAT) == utc(2019, 3, 9)
