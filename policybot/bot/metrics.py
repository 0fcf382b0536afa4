"""Prometheus metrics through ``prometheus_client``, the ecosystem's own library.

Each ``BotMetrics`` has a registry of its own rather than the library's global one: a process
builds one application, but tests build many, and a global registry refuses a second metric of
the same name. Values live in the process: with several workers, Prometheus scrapes each one and
sums. Figures that only the database knows across all workers (reminders sent late) are read at
scrape time by ``ops``. ``exposition`` answers in the format the scraper asks for (the classic
text format, or OpenMetrics).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import choose_encoder

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


@dataclass
class BotMetrics:
    """What an operator watches: traffic, answer speed, reminders and API errors."""

    registry: CollectorRegistry = field(
        default_factory=lambda: CollectorRegistry(auto_describe=True)
    )
    started_at: float = field(default_factory=time.time)
    last_tick_at: float | None = None

    def __post_init__(self) -> None:
        self.updates = Counter(
            "policybot_updates", "Updates handled, by kind.", ["kind"], registry=self.registry
        )
        self.update_errors = Counter(
            "policybot_update_errors", "Updates whose handler raised.", registry=self.registry
        )
        self.latency = Histogram(
            "policybot_answer_latency_seconds",
            "Time from an update's arrival in the application to its last handler's end.",
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.reminders = Counter(
            "policybot_reminders",
            "Reminder digests sent or tried by this process, by outcome.",
            ["outcome"],
            registry=self.registry,
        )
        self.reminders_late = Gauge(
            "policybot_reminders_late",
            "Reminders sent late (补发), all workers (ledger).",
            registry=self.registry,
        )
        self.telegram_errors = Counter(
            "policybot_telegram_errors",
            "Bot API calls that failed, by HTTP status or 'network'.",
            ["type"],
            registry=self.registry,
        )
        self.ticks = Counter(
            "policybot_scheduler_ticks",
            "Scheduler ticks, by role.",
            ["role"],
            registry=self.registry,
        )
        self.leader = Gauge(
            "policybot_scheduler_leader", "1 if this process dispatches.", registry=self.registry
        )
        self.tick_age = Gauge(
            "policybot_scheduler_last_tick_age_seconds",
            "Seconds since the last tick.",
            registry=self.registry,
        )
        self.tick_age.set_function(self._tick_age_or_zero)

    def record_tick(self, *, leader: bool, outcomes: dict[str, int] | None = None) -> None:
        """Called by the tick job: liveness, role, and what the dispatcher did."""
        self.last_tick_at = time.time()
        self.ticks.labels(role="leader" if leader else "follower").inc()
        self.leader.set(1.0 if leader else 0.0)
        for outcome, count in (outcomes or {}).items():
            self.reminders.labels(outcome=outcome).inc(count)

    def tick_age_seconds(self) -> float | None:
        return None if self.last_tick_at is None else time.time() - self.last_tick_at

    def _tick_age_or_zero(self) -> float:
        return round(self.tick_age_seconds() or 0.0, 3)

    def value(self, name: str, **labels: str) -> float:
        """One sample's value (0 when absent), e.g. ``value("policybot_updates_total",
        kind="message")``."""
        return self.registry.get_sample_value(name, labels) or 0.0

    def exposition(self, accept: str | None) -> tuple[bytes, str]:
        """The scrape's body and content type, in the format ``accept`` asks for."""
        encoder, content_type = choose_encoder(accept or "")
        return encoder(self.registry), content_type


ProcessUpdate = Callable[[object], Coroutine[Any, Any, None]]


def timed_processing(metrics: BotMetrics, process_update: ProcessUpdate) -> ProcessUpdate:
    """Wraps ``Application.process_update``: counts each update and times all its handlers."""

    async def process(update: object) -> None:
        started = time.perf_counter()
        try:
            await process_update(update)
        finally:
            metrics.latency.observe(time.perf_counter() - started)
            metrics.updates.labels(kind=update_kind(update)).inc()

    return process


UPDATE_KINDS = (
    "message",
    "edited_message",
    "callback_query",
    "my_chat_member",
    "chat_member",
    "channel_post",
    "inline_query",
)


def update_kind(update: object) -> str:
    """``message``, ``callback_query``…: the field Telegram set on the update."""
    if not hasattr(update, "update_id"):
        return type(update).__name__
    return next((kind for kind in UPDATE_KINDS if getattr(update, kind, None)), "other")


def count_api_errors(metrics: BotMetrics, request: Any) -> None:
    """Wraps a PTB ``BaseRequest.do_request``: every Bot API answer ≥ 400, and every network
    failure, is counted — from handlers, the dispatcher and polling alike (they all share it)."""
    do_request = request.do_request

    async def counted(*args: Any, **kwargs: Any) -> tuple[int, bytes]:
        try:
            status, payload = await do_request(*args, **kwargs)
        except Exception:
            metrics.telegram_errors.labels(type="network").inc()
            raise
        if status >= 400:
            metrics.telegram_errors.labels(type=str(status)).inc()
        return status, payload

    request.do_request = counted
