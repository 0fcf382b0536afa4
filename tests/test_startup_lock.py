"""Workers started together take turns at start-up, and a stuck one cannot stall the rest."""

from __future__ import annotations

import threading
import time

import pytest

from policybot.bot.startup import StartupLockTimeout, startup_lock


@pytest.mark.postgres
def test_a_worker_waits_for_the_startup_lock_a_bounded_time(postgres_url: str) -> None:
    outcome: list[str] = []

    def second_worker() -> None:
        try:
            with startup_lock(postgres_url, wait_seconds=1):
                outcome.append("acquired")
        except StartupLockTimeout as error:
            outcome.append(str(error))

    with startup_lock(postgres_url):  # the first worker, stuck while holding it
        started = time.monotonic()
        waiter = threading.Thread(target=second_worker, daemon=True)
        waiter.start()
        waiter.join(timeout=15)
        waited = time.monotonic() - started
        assert not waiter.is_alive(), "the second worker waited for ever"
    assert len(outcome) == 1 and "start-up lock" in outcome[0] and "pg_locks" in outcome[0]
    assert 0.9 < waited < 10


@pytest.mark.postgres
def test_the_startup_lock_is_free_again_once_released(postgres_url: str) -> None:
    with startup_lock(postgres_url, wait_seconds=1):
        pass
    with startup_lock(postgres_url, wait_seconds=1):  # taken at once, no timeout
        pass


@pytest.mark.postgres
def test_a_change_waits_for_another_changes_turn_a_bounded_time(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError
    from sqlmodel import Session

    from policybot.knowledge import database

    monkeypatch.setattr(database, "TURN_WAIT_SECONDS", 1)
    engine = database.make_engine(postgres_url)
    outcome: list[str] = []

    def second_change() -> None:
        with Session(engine) as session:
            try:
                database.take_turns(session)
                outcome.append("took its turn")
            except OperationalError as error:
                outcome.append(str(getattr(error.orig, "sqlstate", "")))

    try:
        with Session(engine) as holder:  # a change stuck while holding its turn
            database.take_turns(holder)
            assert holder.execute(text("SHOW lock_timeout")).scalar_one() == "0"  # put back
            waiter = threading.Thread(target=second_change, daemon=True)
            waiter.start()
            waiter.join(timeout=15)
            assert not waiter.is_alive(), "the second change waited for ever"
        assert outcome == ["55P03"]
        with Session(engine) as session:  # the turn is free once the holder ended
            database.take_turns(session)
    finally:
        engine.dispose()
