"""Exactly-once reminders: the database is the truth, the scheduler only a clock.

Each ``tick(now)``:

1. **plan** — in one transaction, record every reminder whose fire instant lies in
   ``(planned_through, now]`` (bounded below by ``now − catch_up_hours``) as ``pending``, and the
   older ones, in ``(planned_through, now − catch_up_hours]``, as ``skipped``; then move the
   ``planned_through`` checkpoint to ``now``. Reminders that fell due while the bot was down are
   therefore sent on start, marked ``late`` (the message says 补发), and anything older than the
   catch-up window is recorded as skipped. Inserts are ``ON CONFLICT DO NOTHING``: two planners
   racing produce one row per reminder.
2. **claim** due rows atomically (``ledger.claim``), **send** each through the injected sender,
   then **mark** the outcome — every write conditional on still owning the claim.

Sends are paced: at most ``per_chat_interval`` (1 s) apart in one chat (``ChatPacer``), with
PTB's ``AIORateLimiter`` in the application keeping to ~30 msg/s overall and 20/min per group.

Outcomes: ``RetryAfter`` → pending again at the time Telegram names, not counted as a failure;
``Forbidden`` (403: blocked, removed) or 400 "chat not found" → the chat and its subscriptions
are deactivated and its waiting rows skipped; ``ChatMigrated`` (a group became a supergroup) →
subscriptions, state and waiting rows move to the new chat id and the row is sent there; any
other ``BadRequest`` (400, e.g. HTML Telegram cannot parse) → ``failed`` at once, logged as an
error, since sending it again cannot succeed; any other error → logged, retried with exponential
backoff through ``next_attempt_at`` up to ``max_attempts``, then ``failed`` (kept in the ledger
with its error, never silently dropped). A row the chat marked 已完成 while it waited is skipped.

**The guarantee, honestly.** A row is sent by at most one worker at a time; restarts and second
processes never re-send a row marked ``sent``; rows claimed but not yet sent by a crashed worker
are reclaimed once their lease (``lease``, default 10 min; renewed just before each send)
expires, so nothing is lost. The one gap is between "Telegram accepted the message" and "the
ledger says sent": if the process dies inside it, or the database write fails, or the HTTP
answer is lost (``TimedOut`` after Telegram did deliver), the row is sent again later. We choose
at-least-once for that in-flight message — a duplicated deadline reminder is better than a
silently missing one — and the window is one HTTP round trip per concurrent send. Choosing
at-most-once instead would mean marking rows ``failed`` instead of reclaiming them.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
import warnings
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter
from telegram.warnings import PTBDeprecationWarning

from policybot.clock import Clock
from policybot.knowledge.models import Chat, ReminderState, ReminderStatus
from policybot.scheduler import ledger
from policybot.scheduler.items import item_details
from policybot.scheduler.ledger import LedgerRow
from policybot.scheduler.messages import ReminderMessage, render_reminder
from policybot.scheduler.pacing import ChatPacer
from policybot.scheduler.planner import PlannedReminder, plan_window
from policybot.scheduler.scope import EVERY_REAL_CHAT, DispatchScope
from policybot.scheduler.timing import ReminderTiming

log = logging.getLogger(__name__)

Sender = Callable[[int, ReminderMessage], Awaitable[int | None]]
"""``await sender(chat_id, message)`` → the sent message's id; raises PTB's errors on failure."""

T = TypeVar("T")


@dataclass(frozen=True)
class DispatcherConfig:
    lease: timedelta = timedelta(minutes=10)
    batch_size: int = 200
    concurrency: int = 16
    max_attempts: int = 6
    backoff_base: timedelta = timedelta(minutes=1)
    backoff_cap: timedelta = timedelta(hours=1)
    max_batches_per_tick: int = 1000
    per_chat_interval: float = 1.0  # seconds between two messages to one chat


@dataclass
class PlanResult:
    """What one planning pass recorded (counts of new ledger rows)."""

    due: list[PlannedReminder] = field(default_factory=list)
    skipped: list[PlannedReminder] = field(default_factory=list)
    recorded: int = 0
    recorded_skipped: int = 0


@dataclass
class TickReport:
    planned: int = 0
    skipped: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    quiet: bool = False


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def plan_due(
    engine: Engine,
    timing: ReminderTiming,
    now: datetime,
    *,
    write: bool = True,
    scope: DispatchScope = EVERY_REAL_CHAT,
) -> PlanResult:
    """Step 1 of a tick (also what ``policybot reminders`` shows, with ``write=False``)."""
    with Session(engine) as session, session.begin():
        connection = session.connection()
        checkpoint = ledger.planned_through(connection, scope)
        floor = now - timing.catch_up
        if checkpoint is None or checkpoint > now:
            checkpoint = floor  # first start, or a clock moved back (policybot chat --now)
        result = PlanResult(
            due=plan_window(session, timing, max(checkpoint, floor), now, scope=scope),
            skipped=(
                plan_window(session, timing, checkpoint, floor, scope=scope)
                if checkpoint < floor
                else []
            ),
        )
        if write:
            result.recorded = ledger.record(
                connection, result.due, now=now, late_after=timing.late_after
            )
            result.recorded_skipped = ledger.record(
                connection,
                result.skipped,
                now=now,
                late_after=timing.late_after,
                status=ReminderStatus.SKIPPED,
                error=f"older than catch_up ({timing.catch_up})",
            )
            ledger.advance_planned_through(connection, now, scope)
    return result


class ReminderDispatcher:
    """Plans, claims and sends reminders; one instance per process, any number of processes.

    ``scope`` limits it to some chats (the offline chat's own): then it plans, claims, skips
    and deactivates nothing outside them (``scheduler/scope.py``).
    """

    def __init__(
        self,
        engine: Engine,
        timing: ReminderTiming,
        clock: Clock,
        sender: Sender,
        *,
        worker_id: str | None = None,
        config: DispatcherConfig | None = None,
        scope: DispatchScope = EVERY_REAL_CHAT,
    ) -> None:
        self.engine = engine
        self.scope = scope
        self.timing = timing
        self.clock = clock
        self.sender = sender
        self.worker_id = worker_id or default_worker_id()
        self.config = config or DispatcherConfig()
        self._lock = asyncio.Lock()
        self.pacer = ChatPacer(self.config.per_chat_interval)

    async def tick(self) -> TickReport:
        """One wake-up of the scheduler; overlapping calls in one process run one after another."""
        async with self._lock:
            return await self._tick()

    async def _tick(self) -> TickReport:
        now = self.clock.now()
        plan = await self._db(plan_due, self.engine, self.timing, now, scope=self.scope)
        report = TickReport(planned=plan.recorded, skipped=plan.recorded_skipped)
        if self.timing.in_quiet_hours(now):
            report.quiet = True  # planned and recorded; sent when the quiet hours end
            return report
        semaphore = asyncio.Semaphore(self.config.concurrency)
        for _ in range(self.config.max_batches_per_tick):
            batch = await self._db(
                ledger.claim,
                self.engine,
                self.worker_id,
                self.clock.now(),
                self.config.lease,
                self.config.batch_size,
                scope=self.scope,
            )
            if not batch:
                break
            outcomes = await asyncio.gather(*(self._guarded(row, semaphore) for row in batch))
            report.outcomes.update(outcomes)
        return report

    async def _guarded(self, row: LedgerRow, semaphore: asyncio.Semaphore) -> str:
        """The chat's turn first, then a sending slot: a busy chat never blocks the others."""
        async with self.pacer.slot(row.chat_id), semaphore:
            return await self.deliver(row)

    async def deliver(self, row: LedgerRow) -> str:
        """Send one claimed row and record the outcome; returns its name (for reports and tests)."""
        if not await self._db(ledger.touch, self.engine, row.id, self.worker_id, self.clock.now()):
            return "lost-claim"
        message = await self._db(self._render, row)
        if isinstance(message, str):
            await self._final(row, ReminderStatus.SKIPPED, message)
            return "not-needed"
        try:
            message_id = await self.sender(row.chat_id, message)
        except RetryAfter as exc:
            wait = retry_after_seconds(exc)
            at = self.clock.now() + timedelta(seconds=wait)
            log.warning(
                "reminder %s to chat %s: flood control, retry in %ss", row.id, row.chat_id, wait
            )
            await self._db(
                ledger.mark_retry,
                self.engine,
                row.id,
                self.worker_id,
                at,
                f"RetryAfter {wait}s",
                count_attempt=False,
            )
            return "retry-after"
        except Forbidden as exc:
            return await self._chat_gone(row, exc.message)
        except ChatMigrated as exc:
            log.info("chat %s became supergroup %s", row.chat_id, exc.new_chat_id)
            await self._db(ledger.migrate_chat, self.engine, row.chat_id, exc.new_chat_id)
            await self._db(
                ledger.mark_retry,
                self.engine,
                row.id,
                self.worker_id,
                self.clock.now(),
                f"migrated to {exc.new_chat_id}",
                count_attempt=False,
            )
            return "migrated"
        except BadRequest as exc:  # e.g. HTML Telegram cannot parse: retrying cannot help
            if "chat not found" in exc.message.lower():
                return await self._chat_gone(row, exc.message)
            log.error("reminder %s to chat %s refused: %s", row.id, row.chat_id, exc.message)
            await self._final(row, ReminderStatus.FAILED, f"BadRequest: {exc.message}")
            return "failed"
        except Exception as exc:
            return await self._failed(row, exc)
        await self._db(
            ledger.mark_sent, self.engine, row.id, self.worker_id, self.clock.now(), message_id
        )
        return "sent"

    async def _chat_gone(self, row: LedgerRow, reason: str) -> str:
        log.warning("chat %s cannot be reached (%s): deactivating it", row.chat_id, reason)
        await self._final(row, ReminderStatus.SKIPPED, reason)
        await self._db(ledger.deactivate_chat, self.engine, row.chat_id, reason)
        return "forbidden"

    async def _failed(self, row: LedgerRow, exc: Exception) -> str:
        attempts = row.attempts + 1
        error = f"{type(exc).__name__}: {exc}"
        if attempts >= self.config.max_attempts:
            log.error(
                "reminder %s to chat %s failed %d times, giving up: %s",
                row.id,
                row.chat_id,
                attempts,
                error,
            )
            await self._final(row, ReminderStatus.FAILED, error)
            return "failed"
        delay = min(self.config.backoff_base * 2 ** (attempts - 1), self.config.backoff_cap)
        log.warning(
            "reminder %s to chat %s failed (%s); retry in %s", row.id, row.chat_id, error, delay
        )
        await self._db(
            ledger.mark_retry,
            self.engine,
            row.id,
            self.worker_id,
            self.clock.now() + delay,
            error,
            count_attempt=True,
        )
        return "error"

    async def _final(self, row: LedgerRow, status: str, error: str) -> None:
        await self._db(ledger.mark_final, self.engine, row.id, self.worker_id, status, error)

    def _render(self, row: LedgerRow) -> ReminderMessage | str:
        """The message, or why it is no longer wanted (a row can wait for retries meanwhile)."""
        with Session(self.engine) as session:
            chat = session.get(Chat, row.chat_id)
            if chat is not None and not chat.active:
                return f"chat deactivated: {chat.deactivated_reason or ''}"
            if already_done(session, row):
                return "done before it was sent"
            details = item_details(session, row.item_kind, row.item_id)
        if details is None:
            return "item no longer active"
        return render_reminder(
            details, ledger_id=row.id, due=row.due_date, lead_days=row.lead_days, late=row.late
        )

    async def _db(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Database work runs in a thread, so a slow query never stalls the bot's event loop."""
        return await asyncio.to_thread(function, *args, **kwargs)


def already_done(session: Session, row: LedgerRow) -> bool:
    """Whether the chat pressed 已完成 for this occurrence after the row was planned."""
    state = session.exec(
        select(ReminderState).where(
            ReminderState.chat_id == row.chat_id,
            ReminderState.item_kind == row.item_kind,
            ReminderState.item_id == row.item_id,
        )
    ).first()
    return (
        state is not None and state.done_through is not None and state.done_through >= row.due_date
    )


def retry_after_seconds(exc: RetryAfter) -> float:
    """``RetryAfter.retry_after`` is an int now and a timedelta in PTB's next major version."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        retry_after = exc.retry_after
    if isinstance(retry_after, timedelta):
        return retry_after.total_seconds()
    return float(retry_after)
