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
