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
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.engine import Engine

from policybot.bot.config import BotSettings, Settings
from policybot.clock import FakeClock
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.ingest import load_seeds_if_empty
from policybot.knowledge.models import (
    Document,
    DocumentUnit,
    FactUnit,
    Milestone,
    RecurringDuty,
    Region,
    RegionAlias,
    RewardRule,
    Target,
    Unit,
    UnitAlias,
)
from policybot.knowledge.regions import region_aliases
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
)
NOW = datetime(2018, 6, 1, 1, 0, tzinfo=UTC)
GOAL_P99_MS = 50.0


def _table(model: Any) -> Table:
    return model.__table__


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def latency(service: QueryService, rounds: int) -> dict[str, float]:
    """Per-question wall time in ms over ``rounds`` passes (after one warm-up pass)."""
    for question in QUESTIONS:
        service.ask(question)
    timings: list[float] = []
    for _ in range(rounds):
        for question in QUESTIONS:
            started = time.perf_counter()
            service.ask(question)
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
    return {**counts(engine), "index_build_s": round(build, 2), **latency(service, rounds)}


# -- a bigger store ---------------------------------------------------------------------------


def _rows(engine: Engine, model: Any) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(select(_table(model)))]


def _max_id(engine: Engine, model: Any) -> int:
    with engine.connect() as connection:
        return connection.execute(select(func.max(_table(model).c.id))).scalar_one() or 0


def copy_store(source: Engine, target: Engine, copies: int) -> None:
    """The source's documents and facts ``copies`` times; copy 0 keeps the real names."""
    tables = {
        model: _rows(source, model)
        for model in (
            Region,
            Unit,
            UnitAlias,
            Document,
            DocumentUnit,
            Target,
            Milestone,
            RecurringDuty,
            RewardRule,
            FactUnit,
        )
    }
    fact_models = {"target": Target, "milestone": Milestone, "recurring": RecurringDuty,
                   "reward": RewardRule}  # fmt: skip
    offsets = {model: _max_id(source, model) for model in tables}
    with target.begin() as connection:
        for copy in range(copies):
            rows = _renamed_copy(tables, offsets, fact_models, copy)
            for model, batch in rows.items():
                for chunk in _chunks(batch, 500):
                    connection.execute(insert(_table(model)), chunk)


def _renamed_copy(
    tables: dict[Any, list[dict[str, Any]]],
    offsets: dict[Any, int],
    fact_models: dict[str, Any],
    copy: int,
) -> dict[Any, list[dict[str, Any]]]:
    def shift(model: Any, value: int | None) -> int | None:
        return None if value is None else value + offsets[model] * copy

    def rename(name: str | None) -> str | None:
        return name if copy == 0 or name is None else f"样本{copy}{name}"

    out: dict[Any, list[dict[str, Any]]] = {}
    out[Region] = [
        {**r, "id": shift(Region, r["id"]), "name": rename(r["name"]),
         "parent_id": shift(Region, r["parent_id"])}
        for r in tables[Region]
    ]  # fmt: skip
    out[RegionAlias] = [
        {"alias": alias, "region_id": region["id"]}
        for region in out[Region]
        for alias in sorted(region_aliases(region["name"]) | {region["name"]})
    ]
    out[Unit] = [
        {**u, "id": shift(Unit, u["id"]), "region_id": shift(Region, u["region_id"])}
        for u in tables[Unit]
    ]
    out[UnitAlias] = [
        {**a, "id": shift(UnitAlias, a["id"]), "unit_id": shift(Unit, a["unit_id"])}
        for a in tables[UnitAlias]
    ]
    out[Document] = [
        {**d, "id": shift(Document, d["id"]), "region": rename(d["region"]),
         "region_id": shift(Region, d["region_id"]), "superseded_by_id": None,
         "content_hash": f"{d['content_hash']}-{copy}",
         "doc_number": d["doc_number"] and f"{d['doc_number']}-{copy}"}
        for d in tables[Document]
    ]  # fmt: skip
    out[DocumentUnit] = [
        {**du, "id": shift(DocumentUnit, du["id"]), "document_id": shift(Document, du["document_id"]),
         "unit_id": shift(Unit, du["unit_id"])}
        for du in tables[DocumentUnit]
    ]  # fmt: skip
    for model in fact_models.values():
        out[model] = [
            {**f, "id": shift(model, f["id"]), "document_id": shift(Document, f["document_id"]),
             "region": rename(f["region"]), "region_id": shift(Region, f["region_id"]),
             **({"district": rename(f["district"])} if "district" in f else {})}
            for f in tables[model]
        ]  # fmt: skip
    out[FactUnit] = [
        {**fu, "id": shift(FactUnit, fu["id"]),
         "fact_id": shift(fact_models[fu["fact_kind"]], fu["fact_id"]),
         "unit_id": shift(Unit, fu["unit_id"])}
        for fu in tables[FactUnit]
    ]  # fmt: skip
    return out


def _chunks(rows: list[dict[str, Any]], size: int) -> Iterable[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


# -- end to end -------------------------------------------------------------------------------


async def updates_per_second(engine: Engine, updates: int, *, rate_limit: bool) -> float:
    """Questions answered per second, one after another, through PTB and the emulator."""
    from policybot.bot.app import build_application
    from policybot.bot.harness import OfflineHarness
    from policybot.bot.services import Services

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
