"""Updates per second through the webhook path: HTTP POST → our server → handlers → reply.

The real ``Application`` (rate limiter off: the bot's own speed, not Telegram's) runs behind
``WebhookServer``; the emulator plays Telegram on both sides — it makes the updates and receives
the replies. ``posters`` clients post concurrently, as Telegram does with several connections
(``max_connections``, default 40).

Run as ``python -m benchmarks.webhook_path [--updates 300] [--db-url URL]``; one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy.engine import Engine

from benchmarks.answer_latency import NOW, QUESTIONS
from policybot.bot.app import build_application
from policybot.bot.emulator import BotApiEmulator
from policybot.bot.harness import TrackingUpdateProcessor, emulator_builder
from policybot.bot.webhook import SECRET_HEADER, WebhookRunner, WebhookServer
from policybot.clock import FakeClock
from policybot.config import BotSettings, Settings, TelegramSettings
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.ingest import load_seeds_if_empty
from policybot.services import Services

SECRET = "benchmark-secret"
MESSAGES = (*QUESTIONS, "/targets 湖州", "/rewards 驰名商标", "/deadlines 佛山")


async def webhook_updates_per_second(
    engine: Engine, updates: int, *, posters: int = 8, concurrent_updates: int = 8
) -> dict[str, Any]:
    """Post ``updates`` questions from distinct users; time until every one is answered."""
    settings = Settings(
        telegram=TelegramSettings(mode="webhook", webhook_secret=SECRET),
        bot=BotSettings(load_seeds=False),
    )
    services = Services(settings, engine, FakeClock(NOW))
    async with BotApiEmulator() as emulator, aiohttp.ClientSession() as http:
        processor = TrackingUpdateProcessor(concurrent_updates)
        application = build_application(
            settings,
            services,
            builder=emulator_builder(emulator, processor=processor),
            rate_limit=False,
        )
        server = WebhookServer(application, SECRET)
        runner = WebhookRunner(application, server, "https://bench.example.org/telegram")
        await runner.start()
        try:
            payloads = [_update(emulator, number) for number in range(updates + 1)]
            await _post(http, server.url, payloads[0])  # warm-up: index, jieba
            await processor.wait_processed(payloads[0]["update_id"], timeout=120)
            started = time.perf_counter()
            queue: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
            for payload in payloads[1:]:
                queue.put_nowait(payload)
            await asyncio.gather(*(_poster(http, server.url, queue) for _ in range(posters)))
            for payload in payloads[1:]:
                await processor.wait_processed(payload["update_id"], timeout=120)
            elapsed = time.perf_counter() - started
        finally:
            await runner.stop()
    return {
        "backend": engine.dialect.name,
        "updates": updates,
        "posters": posters,
        "concurrent_updates": concurrent_updates,
        "seconds": round(elapsed, 2),
        "updates_per_s": round(updates / elapsed, 1),
    }


def _update(emulator: BotApiEmulator, number: int) -> dict[str, Any]:
    """An update as Telegram would post it, taken off the emulator's getUpdates queue."""
    user = 50_000 + number
    update_id = emulator.push_text(user, user, MESSAGES[number % len(MESSAGES)])
    pending = emulator.updates.pending
    payload = next(u for u in pending if u["update_id"] == update_id)
    pending.remove(payload)
    return payload


async def _poster(http: aiohttp.ClientSession, url: str, queue: asyncio.Queue[Any]) -> None:
    while not queue.empty():
        await _post(http, url, queue.get_nowait())


async def _post(http: aiohttp.ClientSession, url: str, payload: dict[str, Any]) -> None:
    async with http.post(url, json=payload, headers={SECRET_HEADER: SECRET}) as response:
        if response.status != 200:
            raise RuntimeError(f"webhook answered {response.status}")


def seeded_engine(url: str) -> Engine:
    engine = make_engine(url)
    upgrade_database(engine)
    load_seeds_if_empty(engine)
    return engine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--updates", type=int, default=300)
    parser.add_argument("--db-url", help="a database to fill with the seeds (default temp SQLite)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        engine = seeded_engine(args.db_url or f"sqlite:///{Path(folder) / 'webhook.db'}")
        result = asyncio.run(webhook_updates_per_second(engine, args.updates))
        engine.dispose()
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
