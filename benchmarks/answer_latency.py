"""Answer latency of the query service, and updates/s of the whole bot through the emulator.

Run as ``python -m benchmarks.answer_latency [--copies 100] [--rounds 20] [--updates 200]``;
prints one JSON object. Three measurements:

* ``seeds``: p50/p99 of ``QueryService.ask`` in-process over the five bundled plans;
* ``synthetic``: the same questions over a store ``--copies`` times larger (the seed facts
  copied under renamed regions; ``--copies 430`` gives about 100,000 targets) — the goal is
  p99 ≤ 50 ms at 100,000 targets;
* ``emulator``: questions per second answered end-to-end (PTB polling the emulator over HTTP,
  handler, service, HTML reply), with Telegram's rate limiter off (the bot's own speed) and on.

The synthetic copies are written with bulk inserts: the store's ingest path (one transaction
and flush per fact) is not what is being measured.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.engine import Engine

from benchmarks.corpus import copy_store
from policybot.clock import FakeClock
from policybot.config import BotSettings, Settings
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.ingest import load_seeds_if_empty
from policybot.knowledge.models import (
    Document,
    Milestone,
    RecurringDuty,
    RewardRule,
    Target,
)
from policybot.knowledge.service import QueryService

QUESTIONS = (
    "南海区2018年省名牌产品要多少个?",
    "驰名商标奖励多少钱",
    "湖州市质监局负责哪些目标",
    "湖州市質監局負責哪些目標",
    "卓越绩效",
    "衢州浙江名牌产品奖励多少",
    "洞头区浙江制造认证企业营业收入多少",
    "佛山什么时候到期",
    "武汉质量品牌提升目标",
    "顺德区2019年省名牌产品多少",
    "火星探测奖励多少钱",
    "政府质量奖",
    "首席质量官",
    "湖州浙江制造产品标准多少项",
    # issue 12: sentences, time words, documents, perspective, places out of the store
    "湖州“五个全覆盖”指什么?",
    "佛山本月有啥要到期的任务?",
    "武汉的计划还有哪些阶段没到期?",
    "洞头推进“浙江制造”品牌建设实施意见的文号是多少?",
    "我们公司在衢州主导制定了一项省地方标准,将多少?",
    "龙游县的企业能拿衢州这些奖励吗?",
    "湖州质监局牵头哪些重点计划?",
    "杭州市对驰名商标奖励多少?",
)
# /search words: some held by facts, some only by the plans' other sentences (the fallback
# that reads every sentence of the store), and one the plans never write.
SEARCH_WORDS = ("驰名商标", "标准", "宣传", "培训", "信用", "监督检查", "火星探测")
NOW = datetime(2018, 6, 1, 1, 0, tzinfo=UTC)
GOAL_P99_MS = 50.0


def _table(model: Any) -> Table:
    return model.__table__


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def latency(
    service: QueryService,
    rounds: int,
    questions: tuple[str, ...] = QUESTIONS,
    *,
    search: bool = False,
) -> dict[str, float]:
    """Per-question wall time in ms over ``rounds`` passes (after one warm-up pass), of ``ask``
    or, with ``search``, of ``/search``."""
    answer = service.search if search else service.ask
    for question in questions:
        answer(question)
    timings: list[float] = []
    for _ in range(rounds):
        for question in questions:
            started = time.perf_counter()
            answer(question)
            timings.append((time.perf_counter() - started) * 1000)
    return {
        "questions": len(timings),
        "p50_ms": round(statistics.median(timings), 2),
        "p99_ms": round(percentile(timings, 0.99), 2),
        "max_ms": round(max(timings), 2),
    }


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            "documents": connection.execute(
                select(func.count()).select_from(Document)
            ).scalar_one(),
            "targets": connection.execute(select(func.count()).select_from(Target)).scalar_one(),
            "facts": sum(
                connection.execute(select(func.count()).select_from(model)).scalar_one()
                for model in (Target, Milestone, RecurringDuty, RewardRule)
            ),
        }


def measure_store(engine: Engine, rounds: int) -> dict[str, Any]:
    service = QueryService(engine, clock=FakeClock(NOW))
    started = time.perf_counter()
    service.index.current()
    build = time.perf_counter() - started
    return {
        **counts(engine),
        "index_build_s": round(build, 2),
        **latency(service, rounds),
        "search": latency(service, rounds, SEARCH_WORDS, search=True),
    }


# -- end to end -------------------------------------------------------------------------------


async def updates_per_second(engine: Engine, updates: int, *, rate_limit: bool) -> float:
    """Questions answered per second, one after another, through PTB and the emulator."""
    from policybot.bot.app import build_application
    from policybot.bot.harness import OfflineHarness
    from policybot.services import Services

    settings = Settings(bot=BotSettings(load_seeds=False))
    services = Services(settings, engine, FakeClock(NOW))
    async with OfflineHarness(
        lambda builder: build_application(
            settings, services, builder=builder, rate_limit=rate_limit
        ),
        timeout=30,
    ) as harness:
        await harness.say(QUESTIONS[0])
        started = time.perf_counter()
        for number in range(updates):
            await harness.say(QUESTIONS[number % len(QUESTIONS)])
        return updates / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=100, help="size of the synthetic store")
    parser.add_argument("--rounds", type=int, default=20, help="passes over the questions")
    parser.add_argument("--updates", type=int, default=200, help="messages sent end to end")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        seeds = _store(Path(folder) / "seeds.db")
        load_seeds_if_empty(seeds)
        result: dict[str, Any] = {"goal_p99_ms": GOAL_P99_MS}
        result["seeds"] = measure_store(seeds, args.rounds)
        big = _store(Path(folder) / "synthetic.db")
        started = time.perf_counter()
        copy_store(seeds, big, args.copies)
        result["synthetic"] = {
            "copies": args.copies,
            "build_store_s": round(time.perf_counter() - started, 1),
            **measure_store(big, args.rounds),
        }
        result["emulator"] = {
            "updates": args.updates,
            "updates_per_s": round(
                asyncio.run(updates_per_second(seeds, args.updates, rate_limit=False)), 1
            ),
            "updates_per_s_rate_limited": round(
                asyncio.run(updates_per_second(seeds, args.updates, rate_limit=True)), 1
            ),
        }
        result["meets_goal"] = result["synthetic"]["p99_ms"] <= GOAL_P99_MS
    print(json.dumps(result, ensure_ascii=False))


def _store(path: Path) -> Engine:
    engine = make_engine(f"sqlite:///{path}")
    upgrade_database(engine)
    return engine


if __name__ == "__main__":
    main()
