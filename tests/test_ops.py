"""Operations: /healthz says 200 or 503 for the right reasons, /metrics is Prometheus text."""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator

import aiohttp
import pytest
from sqlalchemy.engine import Engine
from telegram.error import TelegramError

from emulator_fixtures import real_bot
from policybot.bot.app import build_application
from policybot.bot.emulator import BotApiEmulator
from policybot.bot.harness import emulator_builder
from policybot.bot.metrics import BotMetrics
from policybot.bot.ops import (
    Operations,
    OpsServer,
    may_dispatch,
    operations_of,
    record_tick,
    serve_ops_while_polling,
)
from policybot.config import BotSettings, OpsSettings, ReminderSettings, Settings
from policybot.knowledge.database import make_engine
from policybot.scheduler.leader import SoleLeader
from policybot.services import Services

USER_ID = 10001
SAMPLE = re.compile(
    r'^[a-z_]+(\{([a-z_]+="([^"\\]|\\.)*",?)+\})? -?[0-9.e+-]+$|^[a-z_]+(\{.*\})? \+Inf$'
)


def operations(engine: Engine, **ops: int) -> Operations:
    settings = Settings(ops=OpsSettings(**ops), reminders=ReminderSettings(tick_seconds=60))
    return Operations(engine, settings, SoleLeader(engine, "me"))


@pytest.fixture
async def served(sqlite_engine: Engine) -> AsyncIterator[tuple[Operations, str]]:
    ops = operations(sqlite_engine)
    server = OpsServer(ops)
    await server.start()
    try:
        yield ops, f"http://127.0.0.1:{server.port}"
    finally:
        await server.stop()


async def get(url: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as http, http.get(url) as response:
        return response.status, response.headers["Content-Type"], await response.text()


async def test_healthy_after_a_recent_tick(served: tuple[Operations, str]) -> None:
    ops, base = served
    await may_dispatch({"operations": ops})
    record_tick({"operations": ops}, {"sent": 3})
    status, content_type, body = await get(f"{base}/healthz")
    assert status == 200 and content_type.startswith("application/json")
    assert '"status": "ok"' in body and '"leader": true' in body


async def test_a_stalled_scheduler_makes_healthz_fail(served: tuple[Operations, str]) -> None:
    ops, base = served
    ops.metrics.last_tick_at = time.time() - 3 * 60 - 1
    status, _, body = await get(f"{base}/healthz")
    assert status == 503 and '"status": "fail"' in body


async def test_no_tick_yet_is_healthy_only_while_the_first_one_is_due(
    sqlite_engine: Engine,
) -> None:
    ops = operations(sqlite_engine, max_tick_age_seconds=5)
    assert (await ops.health())[0]
    ops.metrics.started_at -= 60
    healthy, body = await ops.health()
    assert not healthy and body["scheduler"]["last_tick_age_seconds"] is None


async def test_an_unreachable_database_makes_healthz_fail() -> None:
    engine = make_engine("postgresql://nobody@127.0.0.1:9/none?connect_timeout=1")
    ops = operations(engine)
    ops.metrics.last_tick_at = time.time()
    healthy, body = await ops.health()
    assert not healthy
    assert body["database"]["ok"] is False and body["scheduler"]["ok"] is True


async def test_metrics_are_prometheus_text(served: tuple[Operations, str]) -> None:
    ops, base = served
    ops.metrics.latency.observe(0.004)
    ops.metrics.latency.observe(0.3)
    ops.metrics.telegram_errors.labels(type="RetryAfter").inc()
    record_tick({"operations": ops}, {"sent": 2, "failed": 1})
    status, content_type, body = await get(f"{base}/metrics")
    assert status == 200 and content_type.startswith("text/plain; version=0.0.4")
    lines = body.splitlines()
    for line in lines:
        assert line.startswith("# HELP ") or line.startswith("# TYPE ") or SAMPLE.match(line), line
    assert 'policybot_reminders_total{outcome="sent"} 2.0' in lines
    assert 'policybot_reminders_total{outcome="failed"} 1.0' in lines
    assert 'policybot_telegram_errors_total{type="RetryAfter"} 1.0' in lines
    assert 'policybot_answer_latency_seconds_bucket{le="0.005"} 1.0' in lines
    assert 'policybot_answer_latency_seconds_bucket{le="0.25"} 1.0' in lines
    assert 'policybot_answer_latency_seconds_bucket{le="0.5"} 2.0' in lines
    assert 'policybot_answer_latency_seconds_bucket{le="+Inf"} 2.0' in lines
    assert "policybot_reminders_late 0.0" in lines
    assert "policybot_scheduler_leader 1.0" in lines


async def test_a_scraper_that_asks_for_openmetrics_gets_it(served: tuple[Operations, str]) -> None:
    ops, base = served
    record_tick({"operations": ops}, {"sent": 1})
    async with (
        aiohttp.ClientSession() as http,
        http.get(
            f"{base}/metrics", headers={"Accept": "application/openmetrics-text; version=1.0.0"}
        ) as response,
    ):
        body = await response.text()
    assert response.headers["Content-Type"].startswith("application/openmetrics-text")
    assert 'policybot_reminders_total{outcome="sent"} 1.0' in body and body.endswith("# EOF\n")


async def test_the_application_times_and_counts_each_update(sqlite_engine: Engine) -> None:
    async with real_bot(sqlite_engine) as bot:
        await bot.say("/help")
        await bot.say("/start")
        ops = operations_of(bot.application.bot_data)
        assert ops is not None
        metrics: BotMetrics = ops.metrics
        assert metrics.value("policybot_updates_total", kind="message") == 2
        assert metrics.value("policybot_answer_latency_seconds_count") == 2


async def test_polling_mode_serves_ops_between_post_init_and_shutdown(
    sqlite_engine: Engine,
) -> None:
    settings = Settings(bot=BotSettings(load_seeds=False), ops=OpsSettings(port=0))
    async with BotApiEmulator() as emulator:
        application = build_application(
            settings, Services(settings, sqlite_engine), builder=emulator_builder(emulator)
        )
        ops = operations_of(application.bot_data)
        assert ops is not None
        server = serve_ops_while_polling(application, ops)
        await application.initialize()
        assert application.post_init is not None and application.post_shutdown is not None
        await application.post_init(application)
        status, _, _ = await get(f"http://127.0.0.1:{server.port}/healthz")
        assert status == 200
        await application.post_shutdown(application)
        await application.shutdown()
        with pytest.raises(aiohttp.ClientConnectionError):
            await get(f"http://127.0.0.1:{server.port}/healthz")


async def test_every_failed_bot_api_call_is_counted_by_status(sqlite_engine: Engine) -> None:
    settings = Settings(bot=BotSettings(load_seeds=False))
    async with BotApiEmulator() as emulator:
        application = build_application(
            settings,
            Services(settings, sqlite_engine),
            builder=emulator_builder(emulator),
            rate_limit=False,
        )
        ops = operations_of(application.bot_data)
        assert ops is not None
        await application.initialize()
        try:
            emulator.add_private_chat(USER_ID)
            emulator.inject_fault("sendMessage", "403")
            emulator.inject_fault("sendMessage", "drop")
            for _ in range(2):
                with pytest.raises(TelegramError):
                    await application.bot.send_message(USER_ID, "你好")
            await application.bot.send_message(USER_ID, "你好")
        finally:
            await application.shutdown()
    assert ops.metrics.value("policybot_telegram_errors_total", type="403") == 1
    assert ops.metrics.value("policybot_telegram_errors_total", type="network") == 1
    assert (
        sum(
            sample.value
            for metric in ops.metrics.registry.collect()
            if metric.name == "policybot_telegram_errors"
            for sample in metric.samples
            if sample.name.endswith("_total")
        )
        == 2
    )
