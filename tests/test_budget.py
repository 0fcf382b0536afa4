"""The worker-process budget: results and the job's own errors come back; a job past its time
or memory is stopped with a sentence for the user, and the next job runs normally."""

from __future__ import annotations

import asyncio
import os
import time

import pytest

import budget_jobs
from policybot.knowledge.budget import Budget, BudgetExceeded
from policybot.knowledge.readers import ReadError


def test_a_job_runs_in_another_process_and_returns_its_result() -> None:
    total, pid = Budget(seconds=20).run(budget_jobs.add, 2, 3)
    assert total == 5 and pid != os.getpid()


def test_a_job_finds_the_readers_caches_built_by_the_forkserver() -> None:
    """The gazetteer and the converter are built once, in the forkserver (worker_warmup), not in
    each upload's process (a third of a second each)."""
    assert Budget().run(budget_jobs.caches_built) == (True, True)


def test_the_jobs_own_error_is_raised_in_the_caller() -> None:
    with pytest.raises(ReadError, match="不是规划"):
        Budget(seconds=20).run(budget_jobs.refuse, "不是规划")


def test_a_job_past_its_time_is_killed_and_the_next_one_runs() -> None:
    started = time.monotonic()
    with pytest.raises(BudgetExceeded, match="处理超时"):
        Budget(seconds=1).run(budget_jobs.sleep_for, 60)
    assert time.monotonic() - started < 10
    assert Budget(seconds=20).run(budget_jobs.add, 1, 1)[0] == 2


def test_a_job_past_its_memory_is_stopped() -> None:
    with pytest.raises(BudgetExceeded, match="内存超过 300 MB"):
        Budget(seconds=20, memory_mb=300).run(budget_jobs.allocate, 600)
    assert Budget(seconds=20, memory_mb=300).run(budget_jobs.allocate, 50) == 50 * 1024 * 1024


def test_a_job_that_dies_is_reported() -> None:
    with pytest.raises(BudgetExceeded, match="意外退出"):
        Budget(seconds=20).run(budget_jobs.die)


async def test_the_event_loop_runs_on_while_a_job_works() -> None:
    job = asyncio.create_task(Budget(seconds=20).run_async(budget_jobs.sleep_for, 1.0))
    ticks = 0
    while not job.done():
        await asyncio.sleep(0.05)
        ticks += 1
    assert job.result() == "woke up" and ticks >= 10
