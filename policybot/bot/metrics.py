"""Prometheus metrics, written by hand in the text exposition format (version 0.0.4).

``prometheus-client`` is not a dependency and a bot needs only counters, one gauge and one
histogram, so a small registry keeps the install lean. Values live in the process: with several
workers, Prometheus scrapes each one and sums. Figures that only the database knows across all
workers (reminders sent late) are read at scrape time by ``ops``.
"""

from __future__ import annotations

import bisect
import math
import threading
import time
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

Labels = tuple[tuple[str, str], ...]


def _labels(values: dict[str, str]) -> Labels:
    return tuple(sorted(values.items()))


def _render_labels(labels: Labels, extra: Labels = ()) -> str:
    pairs = [*labels, *extra]
    if not pairs:
        return ""
    return "{" + ",".join(f'{name}="{_escape(value)}"' for name, value in pairs) + "}"


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def _number(value: float) -> str:
    if math.isinf(value):
        return "+Inf" if value > 0 else "-Inf"
    return repr(float(value)) if not float(value).is_integer() else str(int(value))


@dataclass
class Counter:
    """A monotonically increasing count per label set (``_total`` is part of ``name``)."""

    name: str
    help: str
    values: dict[Labels, float] = field(default_factory=dict)
    kind: str = "counter"
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def inc(self, amount: float = 1.0, **labels: str) -> None:
        key = _labels(labels)
        with self._lock:
            self.values[key] = self.values.get(key, 0.0) + amount

    def value(self, **labels: str) -> float:
        return self.values.get(_labels(labels), 0.0)

    def samples(self) -> Iterable[str]:
        for labels, value in sorted(self.values.items()):
            yield f"{self.name}{_render_labels(labels)} {_number(value)}"


@dataclass
class Gauge(Counter):
    """A value that goes up and down (or is computed when scraped)."""

    kind: str = "gauge"

    def set(self, value: float, **labels: str) -> None:
        with self._lock:
            self.values[_labels(labels)] = value


@dataclass
class Histogram:
    """Cumulative buckets, sum and count, as Prometheus expects for latencies."""

    name: str
    help: str
    buckets: Sequence[float] = LATENCY_BUCKETS
    counts: list[int] = field(default_factory=list)
    total: float = 0.0
    observations: int = 0
    kind: str = "histogram"
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self.counts = [0] * len(self.buckets)

    def observe(self, seconds: float) -> None:
        index = bisect.bisect_left(self.buckets, seconds)
        with self._lock:
            if index < len(self.counts):
                self.counts[index] += 1
            self.total += seconds
            self.observations += 1

    def samples(self) -> Iterable[str]:
        cumulative = 0
        for bound, count in zip(self.buckets, self.counts, strict=True):
            cumulative += count
            yield f'{self.name}_bucket{{le="{_number(bound)}"}} {cumulative}'
        yield f'{self.name}_bucket{{le="+Inf"}} {self.observations}'
        yield f"{self.name}_sum {_number(self.total)}"
        yield f"{self.name}_count {self.observations}"


Metric = Counter | Histogram


@dataclass
class Registry:
    """The metrics of one process, in registration order."""

    metrics: list[Metric] = field(default_factory=list)

    def add(self, metric: Any) -> Any:
        self.metrics.append(metric)
        return metric

    def render(self) -> str:
        lines: list[str] = []
        for metric in self.metrics:
            lines.append(f"# HELP {metric.name} {metric.help}")
            lines.append(f"# TYPE {metric.name} {metric.kind}")
            lines.extend(metric.samples())
        return "\n".join(lines) + "\n"


@dataclass
class BotMetrics:
    """What an operator watches: traffic, answer speed, reminders and API errors."""

    registry: Registry = field(default_factory=Registry)
    started_at: float = field(default_factory=time.time)
    last_tick_at: float | None = None

    def __post_init__(self) -> None:
        add = self.registry.add
        self.updates = add(Counter("policybot_updates_total", "Updates handled, by kind."))
        self.update_errors = add(
            Counter("policybot_update_errors_total", "Updates whose handler raised.")
        )
        self.latency = add(
            Histogram(
                "policybot_answer_latency_seconds",
                "Time from an update's arrival in the application to its last handler's end.",
            )
        )
        self.reminders = add(
            Counter("policybot_reminders_total", "Reminder deliveries by this process, by outcome.")
        )
        self.reminders_late = add(
            Gauge("policybot_reminders_late", "Reminders sent late (补发), all workers (ledger).")
        )
        self.telegram_errors = add(
            Counter(
                "policybot_telegram_errors_total",
                "Bot API calls that failed, by HTTP status or 'network'.",
            )
        )
        self.ticks = add(Counter("policybot_scheduler_ticks_total", "Scheduler ticks, by role."))
        self.leader = add(Gauge("policybot_scheduler_leader", "1 if this process dispatches."))
        self.tick_age = add(
            Gauge("policybot_scheduler_last_tick_age_seconds", "Seconds since the last tick.")
        )

    def record_tick(self, *, leader: bool, outcomes: dict[str, int] | None = None) -> None:
        """Called by the tick job: liveness, role, and what the dispatcher did."""
        self.last_tick_at = time.time()
        self.ticks.inc(role="leader" if leader else "follower")
        self.leader.set(1.0 if leader else 0.0)
        for outcome, count in (outcomes or {}).items():
            self.reminders.inc(count, outcome=outcome)

    def tick_age_seconds(self) -> float | None:
        return None if self.last_tick_at is None else time.time() - self.last_tick_at

    def render(self) -> str:
        age = self.tick_age_seconds()
        if age is not None:
            self.tick_age.set(round(age, 3))
        return self.registry.render()


ProcessUpdate = Callable[[object], Awaitable[None]]


def timed_processing(metrics: BotMetrics, process_update: ProcessUpdate) -> ProcessUpdate:
    """Wraps ``Application.process_update``: counts each update and times all its handlers."""

    async def process(update: object) -> None:
        started = time.perf_counter()
        try:
            await process_update(update)
        finally:
            metrics.latency.observe(time.perf_counter() - started)
            metrics.updates.inc(kind=update_kind(update))

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
            metrics.telegram_errors.inc(type="network")
            raise
        if status >= 400:
            metrics.telegram_errors.inc(type=str(status))
        return status, payload

    request.do_request = counted
