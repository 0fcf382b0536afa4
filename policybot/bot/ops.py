"""Operations: ``/healthz``, ``/metrics`` and the leader gate of the reminder tick.

``install`` hangs one ``Operations`` on the application: it times every update, counts Bot API
errors, and decides (through ``scheduler.leader``) whether this worker's tick dispatches. The
two HTTP routes are served by the webhook server, or in polling mode by a small ``OpsServer``
when ``ops.port`` is set — so a load balancer or systemd watchdog can ask every worker.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from sqlalchemy import func, select, text
from sqlalchemy.engine import Engine
from sqlmodel import col
from telegram.ext import Application, ContextTypes

from policybot.bot.metrics import BotMetrics, count_api_errors, timed_processing
from policybot.config import Settings
from policybot.knowledge.reminder_items import ReminderLedger, ReminderStatus
from policybot.scheduler.leader import Leadership, elect

log = logging.getLogger(__name__)

OPS_KEY = "operations"
DATABASE_TIMEOUT_SECONDS = 2.0
FIRST_TICK_GRACE_SECONDS = 10.0


@dataclass
class Operations:
    """One per process: its metrics, its leadership, and the checks behind ``/healthz``."""

    engine: Engine
    settings: Settings
    leadership: Leadership
    metrics: BotMetrics = field(default_factory=BotMetrics)

    @property
    def max_tick_age(self) -> float:
        configured = self.settings.ops.max_tick_age_seconds
        return float(configured or 3 * self.settings.reminders.tick_seconds)

    async def health(self) -> tuple[bool, dict[str, Any]]:
        """Database reachable (``select 1``) and the reminder tick recent enough."""
        database = await self._database_check()
        scheduler = self._scheduler_check()
        healthy = database["ok"] and scheduler["ok"]
        return healthy, {
            "status": "ok" if healthy else "fail",
            "database": database,
            "scheduler": scheduler,
        }

    async def _database_check(self) -> dict[str, Any]:
        started = time.perf_counter()
        try:
            async with asyncio.timeout(DATABASE_TIMEOUT_SECONDS):
                await asyncio.to_thread(_select_one, self.engine)
        except Exception as exc:  # any failure is the answer, not a crash of the endpoint
            return {"ok": False, "error": f"{type(exc).__name__}: {str(exc)[:200]}"}
        return {"ok": True, "latency_ms": round((time.perf_counter() - started) * 1000, 2)}

    def _scheduler_check(self) -> dict[str, Any]:
        age = self.metrics.tick_age_seconds()
        uptime = time.time() - self.metrics.started_at
        limit = self.max_tick_age
        # Just started and no tick yet: healthy for one interval plus a grace.
        ok = uptime <= limit + FIRST_TICK_GRACE_SECONDS if age is None else age <= limit
        return {
            "ok": ok,
            "last_tick_age_seconds": None if age is None else round(age, 3),
            "max_tick_age_seconds": limit,
            "leader": self.leadership.is_leader,
        }

    async def scrape(self, accept: str | None = None) -> tuple[bytes, str]:
        """The process's metrics plus the ledger's late count (shared by all workers), in the
        format the scraper's ``Accept`` header asks for; returns the body and content type."""
        try:
            late = await asyncio.to_thread(_late_reminders, self.engine)
            self.metrics.reminders_late.set(late)
        except Exception as exc:
            log.warning("metrics: cannot count late reminders: %s", exc)
        return self.metrics.exposition(accept)

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/healthz", self.handle_health), web.get("/metrics", self.handle_metrics)]

    async def handle_health(self, request: web.Request) -> web.Response:
        healthy, body = await self.health()
        return web.json_response(body, status=200 if healthy else 503)

    async def handle_metrics(self, request: web.Request) -> web.Response:
        body, content_type = await self.scrape(request.headers.get("Accept"))
        return web.Response(body=body, headers={"Content-Type": content_type})


def _select_one(engine: Engine) -> None:
    with engine.connect() as connection:
        connection.execute(text("select 1"))


def _late_reminders(engine: Engine) -> int:
    statement = select(func.count()).where(
        col(ReminderLedger.late), col(ReminderLedger.status) == ReminderStatus.SENT
    )
    with engine.connect() as connection:
        return int(connection.execute(statement).scalar_one())


def install(
    application: Application, settings: Settings, engine: Engine, worker_id: str
) -> Operations:
    """Time updates, count Bot API errors, and elect the dispatching worker."""
    operations = Operations(engine, settings, elect(engine, worker_id))
    application.bot_data[OPS_KEY] = operations
    # Application has no hook around one update's handlers; wrapping its method is the seam.
    application.process_update = timed_processing(  # type: ignore[method-assign,assignment]  # see above
        operations.metrics, application.process_update
    )
    application.add_error_handler(_count_error)
    # The bot's two request objects (updates, everything else); PTB offers no public hook.
    for request in {id(r): r for r in getattr(application.bot, "_request", ())}.values():
        count_api_errors(operations.metrics, request)
    previous_shutdown = application.post_shutdown

    async def post_shutdown(app: Application) -> None:
        if previous_shutdown is not None:
            await previous_shutdown(app)
        await operations.leadership.release()

    application.post_shutdown = post_shutdown
    return operations


def operations_of(bot_data: Mapping[str, Any]) -> Operations | None:
    found = bot_data.get(OPS_KEY)
    return found if isinstance(found, Operations) else None


async def _count_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    operations = operations_of(context.bot_data)
    if operations is None or context.error is None:
        return
    if update is not None:  # None: a polling error, not an update's
        operations.metrics.update_errors.inc()


async def may_dispatch(bot_data: Mapping[str, Any]) -> bool:
    """The tick job's gate: only the leader dispatches; a follower's tick just proves it lives."""
    operations = operations_of(bot_data)
    if operations is None:
        return True
    leader = await operations.leadership.ensure()
    if not leader:
        operations.metrics.record_tick(leader=False)
    return leader


def record_tick(bot_data: Mapping[str, Any], outcomes: Mapping[str, int]) -> None:
    """After the leader's tick: liveness for ``/healthz`` and outcome counts for ``/metrics``."""
    operations = operations_of(bot_data)
    if operations is not None:
        operations.metrics.record_tick(leader=True, outcomes=dict(outcomes))


@dataclass
class OpsServer:
    """``/healthz`` and ``/metrics`` on their own port (polling mode)."""

    operations: Operations
    listen: str = "127.0.0.1"
    port: int = 0
    _runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.add_routes(self.operations.routes())
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.listen, self.port).start()
        self.port = self._runner.addresses[0][1]
        log.info("health and metrics on http://%s:%d", self.listen, self.port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


def serve_ops_while_polling(application: Application, operations: Operations) -> OpsServer:
    """Start the ops server after ``post_init`` and stop it at shutdown (``run_polling``)."""
    server = OpsServer(operations, operations.settings.ops.listen, operations.settings.ops.port)
    previous_init, previous_shutdown = application.post_init, application.post_shutdown

    async def post_init(app: Application) -> None:
        if previous_init is not None:
            await previous_init(app)
        await server.start()

    async def post_shutdown(app: Application) -> None:
        await server.stop()
        if previous_shutdown is not None:
            await previous_shutdown(app)

    application.post_init = post_init
    application.post_shutdown = post_shutdown
    return server
