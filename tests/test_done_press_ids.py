"""A digest's 撤销 button names its ``reminder_done_press`` row by id. Pruning deletes presses
older than ``keep_ledger_days``, after a quiet spell all of them; SQLite without AUTOINCREMENT
then handed the same ids out again, and a months-old 撤销 in the chat undid (used up) a 已完成
pressed today. Ids are never reused: the old button stays 已过期 and today's press its own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import Session

from policybot.config import Settings
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.scheduler import ledger
from policybot.scheduler.acks import UNDO_EXPIRED, undo_done
from policybot.scheduler.models import DonePress
from policybot.scheduler.timing import ReminderTiming

CHAT, USER = -100_555, 42
TIMING = ReminderTiming.from_settings(Settings())


def _press(engine: Engine, at: datetime) -> int:
    with Session(engine) as session:
        press = DonePress(chat_id=CHAT, user_id=USER, done_at=at, digest_id=1, priors="[]")
        session.add(press)
        session.commit()
        assert press.id is not None
        return press.id


def _old_button_after_pruning(engine: Engine) -> None:
    long_ago = datetime(2026, 1, 5, 1, tzinfo=UTC)
    old = _press(engine, long_ago)
    today = long_ago + TIMING.keep_ledger + timedelta(days=30)
    ledger.prune(engine, today, TIMING)  # a quiet spell: every press goes
    new = _press(engine, today)
    assert new != old
    outcome = undo_done(
        engine, TIMING, old, chat_id=CHAT, user_id=USER, user_name="某人", now=today
    )
    assert not outcome.accepted and outcome.answer == UNDO_EXPIRED
    with Session(engine) as session:
        kept = session.get(DonePress, new)
        assert kept is not None and kept.undone_at is None  # today's 撤销 still works


def test_an_old_undo_button_never_names_a_new_press(engine: Engine) -> None:
    _old_button_after_pruning(engine)


def test_a_store_upgraded_from_0014_never_reuses_a_press_id(tmp_path: Path) -> None:
    """A SQLite store made at 0014, with presses, gets AUTOINCREMENT and keeps its rows."""
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade_database(engine, "0014_done_presses")
    kept = _press(engine, datetime(2026, 1, 1, tzinfo=UTC))
    upgrade_database(engine)
    with Session(engine) as session:
        assert session.get(DonePress, kept) is not None
    with engine.connect() as connection:
        (ddl,) = connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'reminder_done_press'"
        ).one()
    assert "AUTOINCREMENT" in ddl
    _old_button_after_pruning(engine)
    engine.dispose()
