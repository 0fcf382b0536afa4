"""All the production figures in one run: ``python -m benchmarks [--quick]`` prints ONE JSON object.

``--quick`` (under a minute, for CI and a first look) uses a tenth of the sizes; the full run
builds the production-scale corpus (1,000 plans, ~100,000 targets, 10,000 subscriptions) and
plans 100,000 items × 10,000 subscriptions. Every figure comes from the existing benchmark
modules' functions or the corpus; this module only sequences them and adds the machine.

Goals: answer p99 ≤ 50 ms at 100,000 targets; a planning tick ≤ 5 s at 100,000 × 10,000;
reminder fan-out within 10 % of Telegram's 30 messages/s; on the question set of issue 12
(``benchmarks.questions``, the same in both modes: it is small; its store holds the seeds and
the unseen corpus) ≥ 95 % right, every out-of-store
question refused, median reply ≤ 400 characters — with the plain BM25 baseline beside the bot.
Extraction of a 40 KB plan < 1 s, and extraction F1 per section on the seeds and on both splits
of the unseen corpus (``--no-blind`` leaves the blind split out, for whoever writes rules);
``policybot ask`` answers within 1 s of wall time from a warm disk (``startup``: fresh, cold
caches, warm, and where the time goes). Confirming an uploaded plan of 150 and of 1,200 targets
holds SQLite's write lock far below its 5 s busy timeout (``confirm_lock``).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import resource
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import Engine

from benchmarks import (
    answer_latency,
    confirm_lock,
    extraction_quality,
    reminder_planning,
    startup,
)
from benchmarks import questions as question_set
from benchmarks.corpus import build_corpus, seed_store
from benchmarks.webhook_path import seeded_engine, webhook_updates_per_second
from policybot.clock import FakeClock
from policybot.config import Settings
from policybot.evaluation.questions import evaluation_store
from policybot.knowledge.database import make_engine, normalise_url, upgrade_database
from policybot.knowledge.models import Region
from policybot.knowledge.service import QueryService
from policybot.scheduler.timing import ReminderTiming

DEFAULT_PG_URL = os.environ.get(
    "POLICYBOT_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432/test"
)
TELEGRAM_RATE = reminder_planning.TELEGRAM_OVERALL_RATE


@dataclass(frozen=True)
class Sizes:
    plans: int
    targets: int
    subscriptions: int
    planning_items: int
    planning_subscriptions: int
    fan_out_messages: int
    webhook_updates: int
    rounds: int

    @classmethod
    def for_run(cls, quick: bool) -> Sizes:
        if quick:
            return cls(100, 10_000, 1_000, 10_000, 1_000, 120, 100, 3)
        return cls(1_000, 100_000, 10_000, 100_000, 10_000, 600, 500, 10)


def machine() -> dict[str, Any]:
    return {
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
        "processor": platform.machine(),
    }


def max_rss_mb() -> float:
    """Peak resident memory of this process so far (``ru_maxrss`` is in KiB on Linux)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def timings_ms(call: Callable[[], object], arguments: list[Any], rounds: int) -> dict[str, float]:
    for argument in arguments:  # warm-up
        call(argument)  # type: ignore[call-arg]
    samples: list[float] = []
    for _ in range(rounds):
        for argument in arguments:
            started = time.perf_counter()
            call(argument)  # type: ignore[call-arg]
            samples.append((time.perf_counter() - started) * 1000)
    return {
        "calls": len(samples),
        "p50_ms": round(statistics.median(samples), 2),
        "p99_ms": round(answer_latency.percentile(samples, 0.99), 2),
    }


def measure_answers(engine: Engine, rounds: int) -> dict[str, Any]:
    """``/targets <region>`` and free-text questions over the corpus, in-process."""
    service = QueryService(engine, clock=FakeClock(answer_latency.NOW))
    started = time.perf_counter()
    service.index.current()
    index_seconds = time.perf_counter() - started
    with engine.connect() as connection:
        names = list(connection.execute(select(Region.name).order_by(Region.id)).scalars())
    regions = ["湖州", "佛山", "南海区", "衢州", *names[:: max(1, len(names) // 16)]][:20]
    targets = timings_ms(service.targets, regions, rounds)
    free_text = answer_latency.latency(service, rounds)
    worst = max(targets["p99_ms"], free_text["p99_ms"])
    return {
        "index_build_s": round(index_seconds, 2),
        "targets_command": targets,
        "free_text": free_text,
        "goal_p99_ms": answer_latency.GOAL_P99_MS,
        "meets_goal": worst <= answer_latency.GOAL_P99_MS,
        "max_rss_mb_after": max_rss_mb(),
    }


def measure_planning(folder: Path, sizes: Sizes) -> dict[str, Any]:
    engine = make_engine(f"sqlite:///{folder / 'planning.db'}")
    upgrade_database(engine)
    populated, seconds = reminder_planning.timed(
        reminder_planning.populate, engine, sizes.planning_items, sizes.planning_subscriptions
    )
    planning = reminder_planning.measure_planning(engine, ReminderTiming.from_settings(Settings()))
    engine.dispose()
    worst = max(planning[key]["seconds"] for key in ("steady_tick", "catch_up_tick", "record_tick"))
    return {
        **populated,
        "populate_s": round(seconds, 2),
        **planning,
        "goal_s": reminder_planning.GOAL_SECONDS,
        "meets_goal": worst <= reminder_planning.GOAL_SECONDS,
    }


def measure_fan_out(messages: int) -> dict[str, Any]:
    figures = asyncio.run(reminder_planning.measure_fan_out(messages, rate_limited=True))
    sustained = figures.get("sustained_rate") or 0.0
    return {
        **figures,
        "telegram_bound_per_s": TELEGRAM_RATE,
        "share_of_bound": round(sustained / TELEGRAM_RATE, 3),
        "within_10_percent": abs(sustained - TELEGRAM_RATE) <= 0.1 * TELEGRAM_RATE,
    }


@contextmanager
def postgres_schema(base_url: str) -> Iterator[str | None]:
    """A throwaway schema on the server (dropped afterwards), or None when it is unreachable."""
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    try:
        admin = create_engine(normalise_url(base_url), connect_args={"connect_timeout": 3})
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception:
        yield None
        return
    separator = "&" if "?" in base_url else "?"
    try:
        yield f"{base_url}{separator}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def measure_webhook(folder: Path, updates: int, pg_url: str | None) -> dict[str, Any]:
    results: dict[str, Any] = {}
    sqlite = seeded_engine(f"sqlite:///{folder / 'webhook.db'}")
    results["sqlite"] = asyncio.run(webhook_updates_per_second(sqlite, updates))
    sqlite.dispose()
    with postgres_schema(pg_url or DEFAULT_PG_URL) as url:
        if url is None:
            results["postgresql"] = {"skipped": "PostgreSQL not reachable"}
        else:
            engine = seeded_engine(url)
            results["postgresql"] = asyncio.run(webhook_updates_per_second(engine, updates))
            engine.dispose()
    return results


def run(quick: bool, pg_url: str | None, blind: bool = True) -> dict[str, Any]:
    sizes = Sizes.for_run(quick)
    started = time.perf_counter()
    result: dict[str, Any] = {
        "benchmark": "policybot",
        "mode": "quick" if quick else "full",
        "machine": machine(),
        "sizes": asdict(sizes),
    }
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        seeds, ingest_seconds = seed_store(folder / "seeds.db")
        documents = 5
        result["ingest"] = {
            "documents": documents,
            "seconds": round(ingest_seconds, 2),
            "documents_per_s": round(documents / ingest_seconds, 2),
        }
        # The write lock a confirmed upload holds: a real plan's size, and a large upload's.
        result["confirm_lock"] = {
            str(targets): confirm_lock.measure(targets, folder) for targets in (150, 1200)
        }
        questions_store = evaluation_store(folder)
        result["questions"] = question_set.measure(questions_store, "all", baseline=True)
        questions_store.dispose()
        corpus = make_engine(f"sqlite:///{folder / 'corpus.db'}")
        upgrade_database(corpus)
        size = build_corpus(
            seeds,
            corpus,
            plans=sizes.plans,
            targets=sizes.targets,
            subscriptions=sizes.subscriptions,
        )
        result["corpus"] = asdict(size)
        result["answers"] = measure_answers(corpus, sizes.rounds)
        corpus.dispose()
        seeds.dispose()
        result["planning"] = measure_planning(folder, sizes)
        result["fan_out"] = measure_fan_out(sizes.fan_out_messages)
        result["webhook"] = measure_webhook(folder, sizes.webhook_updates, pg_url)
    result["extraction"] = extraction_quality.run(blind=blind)
    result["startup"] = startup.measure(runs=3 if quick else 7)
    result["memory"] = {"max_rss_mb": max_rss_mb()}
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a tenth of the sizes, under a minute")
    parser.add_argument(
        "--pg-url", help=f"PostgreSQL server for the webhook figures ({DEFAULT_PG_URL})"
    )
    parser.add_argument(
        "--no-blind", action="store_true", help="leave the unseen corpus's blind split out"
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    print(json.dumps(run(args.quick, args.pg_url, blind=not args.no_blind), ensure_ascii=False))


if __name__ == "__main__":
    main()
