"""Reminder planning at scale, and fan-out speed against the offline Telegram.

Run as ``python -m benchmarks.reminder_planning [--quick] [--db-url URL]``; prints one JSON
object. The store is filled with synthetic rows (100,000 dated items, 10,000 subscriptions of
5,000 chats by default); the planner is timed for

* ``steady_tick`` — one tick at 09:00, the moment the day's reminders fall due;
* ``catch_up_tick`` — a start after downtime: the whole 72-hour catch-up window at once;
* ``record_tick`` — the catch-up tick including writing its rows into the ledger;
* ``month_window`` — every reminder of the next 30 days (what a preview of a month costs),

against the goal of 5 s per tick. Fan-out sends one digest (three items) to each of many
chats through the bot's own rate limiter (``policybot.bot.app.rate_limiter``: a bucket of one
message refilled every 1/30 s) and the Bot API emulator, and compares the rate with Telegram's
~30 msg/s; ``peak_in_any_second`` shows that no second exceeds the bound.
``fan_out_unlimited`` shows what the dispatcher would do without the limiter. ``backlog`` is the
issue's head-of-line case: two chats with 148 items each and 30 chats with one; it reports when
the last of the 30 got its digest (149 s before digests).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import random
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import Engine
from sqlmodel import Session

from policybot.bot.app import rate_limiter
from policybot.bot.emulator import BotApiEmulator
from policybot.bot.harness import emulator_builder
from policybot.clock import FakeClock
from policybot.config import Settings
from policybot.handlers.reminders import telegram_sender
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.models import (
    Document,
    FactUnit,
    Milestone,
    RecurringDuty,
    Region,
    Target,
    Unit,
)
from policybot.scheduler.dispatcher import ReminderDispatcher, plan_due
from policybot.scheduler.models import Chat, Subscription
from policybot.scheduler.planner import plan_window
from policybot.scheduler.timing import ReminderTiming

GOAL_SECONDS = 5.0
TELEGRAM_OVERALL_RATE = 30.0
FIRST_DAY = date(2018, 1, 1)
DAYS = 5 * 365
TICK_AT = datetime(2019, 6, 28, 1, 0, tzinfo=UTC)  # 09:00 Shanghai, the Friday before a quarter
# end: with working days on, its tick also carries the weekend's reminders
DIGEST_ITEMS = 3
EVERY = ("month", "quarter", "half-year", "year")


def populate(engine: Engine, items: int, subscriptions: int, seed: int = 7) -> dict[str, int]:
    """Synthetic regions, units, documents, items, unit links, chats and subscriptions."""
    rng = random.Random(seed)
    cities, districts_per_city, units_count, documents = 20, 10, 2000, 200
    now = datetime(2018, 1, 1, tzinfo=UTC)
    with engine.begin() as db:
        region_rows = [
            {"id": c + 1, "name": f"合成{c}市", "parent_id": None} for c in range(cities)
        ]
        region_rows += [
            {
                "id": cities + c * districts_per_city + d + 1,
                "name": f"合成{c}市{d}区",
                "parent_id": c + 1,
            }
            for c in range(cities)
            for d in range(districts_per_city)
        ]
        db.execute(insert(Region), region_rows)
        region_ids = [row["id"] for row in region_rows]
        db.execute(
            insert(Unit),
            [
                {"id": u + 1, "name": f"单位{u}", "region_id": rng.choice(region_ids)}
                for u in range(units_count)
            ],
        )
        db.execute(
            insert(Document),
            [
                {
                    "id": d + 1,
                    "source": f"doc{d}.txt",
                    "content_hash": f"hash{d}",
                    "title": f"合成规划{d}",
                    "short_title": f"合成规划{d}",
                    "status": "active",
                    "period_start": 2018,
                    "period_end": 2022,
                    "text": "合成",
                    "ingested_at": now,
                }
                for d in range(documents)
            ],
        )
        targets, milestones, duties, links = [], [], [], []
        for n in range(items):
            document_id = rng.randint(1, documents)
            region_id = rng.choice(region_ids)
            day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
            common = {
                "id": n + 1,
                "document_id": document_id,
                "region_id": region_id,
                "quote": "合成原文",
            }
            roll = rng.random()
            if roll < 0.6:
                targets.append(
                    {
                        **common,
                        "subject": f"目标{n}",
                        "value": 3.0,
                        "deadline": day,
                        "per_year": False,
                    }
                )
                kind = "target"
            elif roll < 0.98:
                start = day - timedelta(days=90) if rng.random() < 0.3 else None
                milestones.append({**common, "title": f"节点{n}", "due": day, "start": start})
                kind = "milestone"
            else:
                duties.append({**common, "title": f"定期{n}", "every": rng.choice(EVERY)})
                kind = "recurring"
            for position, unit in enumerate(
                rng.sample(range(1, units_count + 1), rng.choice((1, 1, 2)))
            ):
                links.append(
                    {
                        "fact_kind": kind,
                        "fact_id": n + 1,
                        "unit_id": unit,
                        "role": "lead",
                        "position": position,
                    }
                )
        for model, rows in (
            (Target, targets),
            (Milestone, milestones),
            (RecurringDuty, duties),
            (FactUnit, links),
        ):
            for start in range(0, len(rows), 20_000):
                db.execute(insert(model), rows[start : start + 20_000])
        chats = subscriptions // 2
        db.execute(
            insert(Chat),
            [
                {
                    "id": -(c + 1),
                    "title": f"群{c}",
                    "kind": "group",
                    "active": True,
                    "lead_days": "[14, 3]" if c % 5 == 0 else None,
                    "created_at": now,
                }
                for c in range(chats)
            ],
        )
        sub_rows = []
        seen: set[tuple[int, str]] = set()
        while len(sub_rows) < subscriptions:
            chat_id = -rng.randint(1, chats)
            roll = rng.random()
            if roll < 0.001:
                key, unit_id, region_id = "all", None, None
            elif roll < 0.75:
                unit_id, region_id = rng.randint(1, units_count), None
                key = f"unit:{unit_id}"
            else:
                unit_id, region_id = None, rng.choice(region_ids)
                key = f"region:{region_id}"
            if (chat_id, key) in seen:
                continue
            seen.add((chat_id, key))
            sub_rows.append(
                {
                    "chat_id": chat_id,
                    "topic_key": key,
                    "unit_id": unit_id,
                    "region_id": region_id,
                    "active": True,
                    "created_at": now,
                }
            )
        db.execute(insert(Subscription), sub_rows)
    return {"items": items, "subscriptions": subscriptions, "chats": chats, "units": units_count}


def timed(function: Any, *args: Any, **kwargs: Any) -> tuple[Any, float]:
    started = time.perf_counter()
    result = function(*args, **kwargs)
    return result, time.perf_counter() - started


def measure_planning(engine: Engine, timing: ReminderTiming) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    with Session(engine) as session:
        steady, seconds = timed(
            plan_window, session, timing, TICK_AT - timedelta(seconds=60), TICK_AT
        )
        figures["steady_tick"] = {"seconds": round(seconds, 3), "reminders": len(steady)}
        catch_up, seconds = timed(plan_window, session, timing, TICK_AT - timing.catch_up, TICK_AT)
        figures["catch_up_tick"] = {"seconds": round(seconds, 3), "reminders": len(catch_up)}
        month, seconds = timed(plan_window, session, timing, TICK_AT, TICK_AT + timedelta(days=30))
        figures["month_window"] = {"seconds": round(seconds, 3), "reminders": len(month)}
    recorded, seconds = timed(plan_due, engine, timing, TICK_AT)
    figures["record_tick"] = {"seconds": round(seconds, 3), "ledger_rows": recorded.recorded}
    return figures


async def measure_fan_out(chats: int, *, rate_limited: bool) -> dict[str, Any]:
    """Send one digest to each of ``chats`` private chats and time it."""
    sends, elapsed, report = await _fan_out(chats, rate_limited=rate_limited)
    peak = _peak(sends)
    burst = 1  # the limiter's bucket holds one message
    sustained = (
        (len(sends) - 1 - burst) / (sends[-1] - sends[burst])
        if len(sends) > burst + 1 and sends[-1] > sends[burst]
        else None
    )
    return {
        "messages": chats,
        "items_per_digest": DIGEST_ITEMS,
        "sent": report.outcomes["sent"],
        "seconds": round(elapsed, 3),
        "rate_per_second": round(chats / elapsed, 1) if elapsed else None,
        "peak_in_any_second": peak,
        "sustained_rate": round(sustained, 1) if sustained else None,
        "within_10_percent_of_30_per_second": bool(
            sustained and TELEGRAM_OVERALL_RATE * 0.9 <= sustained <= TELEGRAM_OVERALL_RATE
        ),
    }


async def measure_backlog() -> dict[str, Any]:
    """Two chats with 148 items, thirty with one: when does the last small chat hear?"""
    small, big = 30, 2
    sends, elapsed, report = await _fan_out(
        small + big, rate_limited=True, items_of=lambda chat: 148 if chat <= big else 1
    )
    return {
        "chats": small + big,
        "messages": report.outcomes["sent"],
        "seconds_until_every_chat_had_its_digest": round(sends[-1] - sends[0], 2)
        if sends
        else None,
        "tick_seconds": round(elapsed, 2),
        "before_digests_seconds": 149,
    }


def _peak(sends: list[float]) -> int:
    return max((sum(1 for t in sends if s <= t < s + 1.0) for s in sends), default=0)


async def _fan_out(
    chats: int, *, rate_limited: bool, items_of: Any = None
) -> tuple[list[float], float, Any]:
    items_of = items_of or (lambda chat: DIGEST_ITEMS)
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'fanout.db'}")
        upgrade_database(engine)
        _fan_out_store(engine, chats, items_of)
        timing = ReminderTiming.from_settings(Settings())
        async with BotApiEmulator() as emulator:
            for chat_id in range(1, chats + 1):
                emulator.add_private_chat(chat_id)
            builder = emulator_builder(emulator)
            if rate_limited:
                builder = builder.rate_limiter(rate_limiter())
            application = builder.build()
            await application.initialize()
            try:
                dispatcher = ReminderDispatcher(
                    engine,
                    timing,
                    FakeClock(TICK_AT),
                    telegram_sender(application.bot),
                )
                started = time.perf_counter()
                report = await dispatcher.tick()
                elapsed = time.perf_counter() - started
            finally:
                await application.shutdown()
            sends = sorted(call.time for call in emulator.calls_to("sendMessage"))
        engine.dispose()
    return sends, elapsed, report


def _fan_out_store(engine: Engine, chats: int, items_of: Any) -> None:
    """Milestones due at the quarter end; chat N subscribes to the units of ``items_of(N)``."""
    now = datetime(2018, 1, 1, tzinfo=UTC)
    most = max(items_of(chat) for chat in range(1, chats + 1))
    with engine.begin() as db:
        db.execute(insert(Region), [{"id": 1, "name": "合成市"}])
        db.execute(
            insert(Unit),
            [{"id": n, "name": f"单位{n}", "region_id": 1} for n in range(1, most + 1)],
        )
        db.execute(
            insert(Document),
            [
                {
                    "id": 1,
                    "source": "d",
                    "content_hash": "h",
                    "short_title": "合成规划",
                    "status": "active",
                    "text": "合成",
                    "ingested_at": now,
                }
            ],
        )
        db.execute(
            insert(Milestone),
            [
                {
                    "id": n,
                    "document_id": 1,
                    "region_id": 1,
                    "title": f"合成节点{n}",
                    "due": date(2019, 6, 30),
                    "quote": "合成原文",
                }
                for n in range(1, most + 1)
            ],
        )
        db.execute(
            insert(FactUnit),
            [
                {"fact_kind": "milestone", "fact_id": n, "unit_id": n, "role": "lead"}
                for n in range(1, most + 1)
            ],
        )
        db.execute(
            insert(Chat),
            [
                {"id": c + 1, "active": True, "lead_days": "[0]", "created_at": now}
                for c in range(chats)
            ],
        )
        db.execute(
            insert(Subscription),
            [
                {
                    "chat_id": chat,
                    "topic_key": f"unit:{unit}",
                    "unit_id": unit,
                    "active": True,
                    "created_at": now,
                }
                for chat in range(1, chats + 1)
                for unit in range(1, items_of(chat) + 1)
            ],
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smaller numbers, for CI")
    parser.add_argument("--db-url", help="database for the planning store (default: temp SQLite)")
    parser.add_argument("--items", type=int)
    parser.add_argument("--subscriptions", type=int)
    parser.add_argument("--messages", type=int)
    args = parser.parse_args()
    logging.basicConfig(level=logging.ERROR)
    items = args.items or (10_000 if args.quick else 100_000)
    subscriptions = args.subscriptions or (1_000 if args.quick else 10_000)
    messages = args.messages or (600 if args.quick else 10_000)
    with tempfile.TemporaryDirectory() as folder:
        engine = make_engine(args.db_url or f"sqlite:///{Path(folder) / 'bench.db'}")
        upgrade_database(engine)
        sizes, populate_seconds = timed(populate, engine, items, subscriptions)
        planning = measure_planning(engine, ReminderTiming.from_settings(Settings()))
        backend = engine.dialect.name
        engine.dispose()
    fan_out = asyncio.run(measure_fan_out(messages, rate_limited=True))
    unlimited = asyncio.run(measure_fan_out(min(messages, 2000), rate_limited=False))
    backlog = asyncio.run(measure_backlog())
    worst = max(planning[key]["seconds"] for key in ("steady_tick", "catch_up_tick", "record_tick"))
    print(
        json.dumps(
            {
                "benchmark": "reminder_planning",
                "backend": backend,
                **sizes,
                "populate_seconds": round(populate_seconds, 2),
                "planning": planning,
                "goal_seconds": GOAL_SECONDS,
                "tick_within_goal": worst <= GOAL_SECONDS,
                "fan_out_rate_limited": fan_out,
                "fan_out_unlimited": unlimited,
                "backlog": backlog,
                "telegram_overall_limit_per_second": TELEGRAM_OVERALL_RATE,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
