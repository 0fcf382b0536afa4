"""Exactly-once digests: the database is the truth, the scheduler only a clock.

Each ``tick(now)``:

1. **plan** — in one transaction, record every reminder whose moment lies in
   ``(planned_through, now]`` (bounded below by ``now − catch_up_hours``) as ``pending``, and the
   older ones, in ``(planned_through, now − catch_up_hours]``, as ``skipped``; then move the
   ``planned_through`` checkpoint to ``now``. ``ledger.one_per_day`` keeps one row per
   occurrence, chat and day. Reminders that fell due while the bot was down are therefore sent
   on start, once, marked ``late`` (the digest says 补发); anything older than the catch-up
   window is recorded as skipped, and each chat that lost some gets one notice saying how many
   (counted again when it goes out) and where they are listed (``missed``: a ledger row like any other). Inserts are ``ON CONFLICT DO NOTHING``: two planners racing
   produce one row per moment.
2. **claim** the due rows of the chats waiting longest, a digest (chat × purpose) at a time
   (``ledger.claim``); **compose** each digest from the current facts; **send** it as one
   message through the injected sender; **mark** all its rows with the outcome — every write
   conditional on still owning the claim.

**Fan-out.** ``concurrency`` senders take digests from a short queue that a claimer keeps
filled, so a chat with a big digest never holds up the others, and the overall rate is the
rate limiter's (PTB's ``AIORateLimiter`` in the application: ~30 msg/s) whenever more than
``concurrency`` chats have work. A chat gets its digest and its escalation digest at most
``per_chat_interval`` (1 s) apart (``ChatPacer``).

**Clock jumps.** The checkpoint never moves back. A clock that jumps forward records what it
jumped over, beyond the catch-up window, as ``skipped``; when the clock comes back those rows'
moments lie inside the catch-up window again and they are revived and sent (late), since they
never went out. What was sent during the jump is not sent again: the ledger holds its moment.

Outcomes (``scheduler/outcomes.py``; the sender translates its messenger's errors into them):
``RetryLater`` (flood control) → pending again at the time named, not counted as a failure;
``ChatGone`` (blocked, removed, not found) → the chat and its subscriptions are deactivated and
its waiting rows skipped; ``ChatMoved`` (a group became a supergroup) → subscriptions, state,
waiting rows and the skipped rows a missed-reminders notice counts move to the new chat id and
the digest is sent there; ``MessageRefused`` (e.g. HTML
the messenger cannot parse) → ``failed`` at once, logged as an error, since sending it again
cannot succeed; any other error → logged, retried with exponential backoff through
``next_attempt_at`` up to ``max_attempts``, then ``failed`` (kept in the ledger with its error,
never silently dropped). An item the chat marked 已完成 (or snoozed, or that was
withdrawn) while its row waited is skipped, and the rest of the digest goes; so is an
occurrence the facts no longer give when the row goes out (a re-read or an edit moved a duty's
day: ``digest.WITHDRAWN``, logged) — the database is the truth at send time.

**The guarantee, honestly.** A digest's rows are sent by at most one worker at a time, in one
message; restarts and second processes never re-send a row marked ``sent``; rows claimed but not
yet sent by a crashed worker are reclaimed once their lease (``lease``, default 10 min; renewed
just before each send) expires, or at once by a new leader, or — for the offline chat, which
never leads — at once by the next session once the claiming process of this host is gone
(``worker_is_dead``), so nothing is lost. A tick that
fails on a database error (another writer held the lock past the wait) leaves its claims to the
same dispatcher's next tick, which records as sent what the messenger had accepted and gives back
the rest, so they go then, not after the lease; a message on its way when the tick failed is not
cut off: the next tick waits for its answer first (trial 46: cutting it off lost its id, and the
digest went twice). The one gap is
between "Telegram accepted the message" and "the ledger says sent": if the process dies inside
it, or the database write fails and the process ends before its next tick, or the HTTP answer
is lost (``TimedOut`` after Telegram did
deliver), the digest is sent again later. We choose at-least-once for that in-flight message —
a duplicated deadline reminder is better than a silently missing one — and the window is one
HTTP round trip per concurrent send.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy.engine import Engine
from sqlmodel import Session

from policybot.clock import Clock
from policybot.knowledge.reminder_items import ReminderPurpose, ReminderStatus
from policybot.scheduler import ledger
from policybot.scheduler.digest import WITHDRAWN, Digest, Entry, build_digest, page_message
from policybot.scheduler.ledger import LedgerRow
from policybot.scheduler.messages import ReminderMessage
from policybot.scheduler.missed import lost_now, missed_notices, notice_message
from policybot.scheduler.models import Chat
from policybot.scheduler.outcomes import ChatGone, ChatMoved, MessageRefused, RetryLater
from policybot.scheduler.pacing import ChatPacer
from policybot.scheduler.planner import PlannedReminder, plan_window
from policybot.scheduler.scope import EVERY_REAL_CHAT, DispatchScope
from policybot.scheduler.timing import ReminderTiming

log = logging.getLogger(__name__)

Sender = Callable[[int, ReminderMessage], Awaitable[int | None]]
"""``await sender(chat_id, message)`` → the sent message's id. A send that fails raises one of
``scheduler.outcomes`` (retry later, chat gone, chat moved, message refused); anything else it
raises is a transient failure, retried with backoff."""

T = TypeVar("T")


@dataclass(frozen=True)
class DispatcherConfig:
    lease: timedelta = timedelta(minutes=10)
    batch_size: int = 100  # digests (chats) per claim
    concurrency: int = 32  # digests in flight: more than Telegram's 30/s needs when sends wait
    max_attempts: int = 6
    backoff_base: timedelta = timedelta(minutes=1)
    backoff_cap: timedelta = timedelta(hours=1)
    max_batches_per_tick: int = 1000
    per_chat_interval: float = 1.0  # seconds between two messages to one chat
    prune_every: timedelta = timedelta(hours=1)


@dataclass
class PlanResult:
    """What one planning pass recorded (counts of new ledger rows)."""

    due: list[PlannedReminder] = field(default_factory=list)
    skipped: list[PlannedReminder] = field(default_factory=list)
    recorded: int = 0
    recorded_skipped: int = 0
    recorded_notices: int = 0  # chats told once what the catch-up window left out
    revived: int = 0


@dataclass
class TickReport:
    planned: int = 0
    skipped: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    quiet: bool = False
    pruned: int = 0


def default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def _local_pid(worker_id: str) -> int | None:
    """The process id of a ``default_worker_id`` of this host; None for any other."""
    host, separator, rest = worker_id.partition(":")
    pid_text = rest.split(":", 1)[0]
    if not separator or host != socket.gethostname() or not pid_text.isdigit():
        return None
    return int(pid_text)


def is_local_worker(worker_id: str) -> bool:
    """A worker of this host, whose liveness ``worker_is_dead`` can judge."""
    return _local_pid(worker_id) is not None


def worker_is_dead(worker_id: str) -> bool:
    """Whether the process behind a ``default_worker_id`` is certainly gone: one of this host
    whose process id no longer exists. Anything else — another host, an id of another form, a
    live process (its id reused by another program, too) — is not known dead."""
    pid = _local_pid(worker_id)
    if pid is None or pid <= 0 or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # PermissionError: it exists, under another user
        return False
    return False


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
        window = plan_window(session, timing, max(checkpoint, floor), now, scope=scope)
        result = PlanResult(
            due=ledger.one_per_day(connection, window, timing, now),
            skipped=(
                plan_window(session, timing, checkpoint, floor, scope=scope)
                if checkpoint < floor
                else []
            ),
        )
        if write:
            result.revived = ledger.revive_skipped(connection, floor, now, timing, now, scope)
            result.recorded = ledger.record(connection, result.due, now=now, timing=timing)
            result.recorded_skipped = ledger.record(
                connection,
                result.skipped,
                now=now,
                timing=timing,
                status=ReminderStatus.SKIPPED,
                error=f"{ledger.CATCH_UP_SKIP} ({timing.catch_up})",
            )
            result.recorded_notices = ledger.record(
                connection,
                missed_notices(result.skipped, timing, reminded=window),
                now=now,
                timing=timing,
            )
            ledger.advance_planned_through(connection, now, scope)
    return result


class ReminderDispatcher:
    """Plans, claims and sends digests; one instance per process, any number of processes.

    ``scope`` limits it to some chats (the offline chat's own): then it plans, claims, skips,
    prunes and deactivates nothing outside them (``scheduler/scope.py``).
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
        self._pruned_at: datetime | None = None
        self._threads: set[asyncio.Task[Any]] = set()
        self._held: set[int] = set()  # rows a tick claimed, until it ends without an error
        self._accepted: list[_Accepted] = []
        self._sends: dict[asyncio.Task[tuple[int | None, datetime]], _InFlight] = {}

    def start_timeline(self) -> None:
        """For a scoped (offline) dispatcher, before its first tick: record where its planning
        starts, so a session that ends before any tick still leaves the next one a planning
        point to catch up from (``ledger.start_timeline``). The real bot's checkpoint never
        moves back, so it is left alone."""
        if self.scope.is_everyone:
            return
        with self.engine.begin() as connection:
            ledger.start_timeline(connection, self.clock.now(), self.timing.catch_up, self.scope)

    async def tick(self) -> TickReport:
        """One wake-up of the scheduler; overlapping calls in one process run one after another."""
        async with self._lock:
            return await self._tick()

    async def _tick(self) -> TickReport:
        await self._settle()
        await self._recover_dead_claims()
        now = self.clock.now()
        plan = await self._db(plan_due, self.engine, self.timing, now, scope=self.scope)
        report = TickReport(planned=plan.recorded + plan.revived, skipped=plan.recorded_skipped)
        report.pruned = await self._prune(now)
        if not self.timing.may_send(now):
            report.quiet = True  # planned and recorded; sent at the next moment that may send
            return report
        await self._fan_out(report)
        return report

    async def _settle(self) -> None:
        """Finish what a failed tick of ours left (a lock held past the wait, mostly), so its
        digests go now rather than when their 10-minute lease runs out: wait for its database
        threads, record as sent what the messenger had accepted (never sent twice), and give
        back the rest of its claims. Only rows still claimed by this worker are touched: a
        live claim of another worker stays its own. A failure here leaves all for next time."""
        if not self._held and not self._accepted and not self._sends:
            return
        await asyncio.gather(*self._threads, *self._sends, return_exceptions=True)
        self._accept_orphans()
        while self._accepted:
            await self._record_sent(self._accepted[0])
        await self._db(ledger.release, self.engine, sorted(self._held), self.worker_id)
        self._held.clear()

    def _accept_orphans(self) -> None:
        """The sends a failed tick left in flight, now ended: what the messenger accepted is to
        be recorded as sent (``_accepted``); the rows of one it refused stay in ``_held`` and are
        given back, since that message never went out."""
        for sending, flight in list(self._sends.items()):
            if not sending.done():
                continue
            del self._sends[sending]
            if sending.cancelled() or sending.exception() is not None:
                continue
            message_id, sent_at = sending.result()
            self._accepted.append(_Accepted(flight.row_ids, sent_at, message_id, flight.digest_id))

    async def _send(self, chat_id: int, message: ReminderMessage) -> tuple[int | None, datetime]:
        message_id = await self.sender(chat_id, message)
        return message_id, self.clock.now()

    async def _send_through(
        self, chat_id: int, message: ReminderMessage, row_ids: list[int], digest_id: int
    ) -> int | None:
        """``sender(chat_id, message)``, never cut off half-way. When the tick fails while the
        message is on its way (another sender's, or the claimer's, database write met a held
        lock: the tick cancels its senders), the messenger may have it already; cancelling the
        wait for its answer lost the message id, the next tick gave the rows back and the
        digest went twice (trial 46). The send goes on by itself; the next tick waits for it
        and records it as sent if it was accepted (``_settle``)."""
        sending = asyncio.create_task(self._send(chat_id, message))
        self._sends[sending] = _InFlight(row_ids, digest_id)
        try:
            message_id, _ = await asyncio.shield(sending)
        except asyncio.CancelledError:
            raise  # left in ``_sends`` for the next tick
        except BaseException:
            del self._sends[sending]
            raise
        del self._sends[sending]
        return message_id

    async def _recover_dead_claims(self) -> None:
        """A scoped (offline) dispatcher never leads, so no leader takes back the claims of a
        session killed while sending a digest; they waited out the 10-minute lease. Claims on
        its chats held by a process of this host that no longer exists go back to ``pending``
        now. A live process's claim (another session on the same store) is left alone, however
        old it looks: each session's clock is its own ``--now``, so a session started at a later
        ``--now`` found every claim of another one past its lease, took it over while that one
        was sending and sent the digest too. Its claims are its own to finish or give back (or
        this host's next session's, once it has ended); the scoped claim takes pending rows
        only. A worker of another host, or of an id of another form, keeps the lease rule."""
        if self.scope.is_everyone:
            return  # the leader takes over claims (scheduler/leader.py)
        others = await self._db(ledger.claimants, self.engine, self.scope, self.worker_id)
        dead = [worker for worker in others if worker_is_dead(worker)]
        if dead:
            released = await self._db(ledger.release_claims_of, self.engine, dead, self.scope)
            log.info("took back %d reminder claims of ended sessions %s", released, dead)
        foreign = [worker for worker in others if not is_local_worker(worker)]
        if foreign:
            await self._db(
                ledger.release_claims_of,
                self.engine,
                foreign,
                self.scope,
                claimed_before=self.clock.now() - self.config.lease,
            )

    async def _record_sent(self, accepted: _Accepted) -> None:
        """Mark an accepted digest sent; until that is written it stays in ``_accepted``."""
        await self._db(
            ledger.mark_sent,
            self.engine,
            accepted.row_ids,
            self.worker_id,
            accepted.sent_at,
            accepted.message_id,
            accepted.digest_id,
        )
        self._accepted.remove(accepted)

    async def _prune(self, now: datetime) -> int:
        if self._pruned_at is not None and now - self._pruned_at < self.config.prune_every:
            return 0
        self._pruned_at = now
        return await self._db(ledger.prune, self.engine, now, self.timing, self.scope)

    async def _fan_out(self, report: TickReport) -> None:
        """A claimer keeps a short queue of digests filled; ``concurrency`` senders drain it.

        The claimer stops when nothing is claimable and nothing is in flight: a digest sent back
        to ``pending`` for now (a group that became a supergroup) is claimed again this tick.
        """
        queue: asyncio.Queue[list[LedgerRow] | None] = asyncio.Queue(self.config.concurrency)
        flight = _Flight()
        senders = [
            asyncio.create_task(self._send_from(queue, report, flight))
            for _ in range(self.config.concurrency)
        ]
        try:
            for _ in range(self.config.max_batches_per_tick):
                batch = await self._db(
                    ledger.claim,
                    self.engine,
                    self.worker_id,
                    self.clock.now(),
                    self.config.lease,
                    self.config.batch_size,
                    scope=self.scope,
                    reclaim_expired=self.scope.is_everyone,  # scoped: _recover_dead_claims
                )
                self._held.update(row.id for digest in batch for row in digest)
                if not batch:
                    if not flight.count:
                        break
                    await _wait_any(flight.changed(), senders)
                    continue
                for digest in batch:
                    flight.count += 1
                    await _put(queue, digest, senders)
            for _ in senders:
                await _put(queue, None, senders)
            await asyncio.gather(*senders)
            self._held.clear()  # every claimed row has its outcome
        except BaseException:
            for task in senders:
                # A crash stops every sender; a message already on its way still finishes
                # (``_send_through``), and the next tick records it if it was accepted.
                task.cancel()
            raise

    async def _send_from(
        self, queue: asyncio.Queue[list[LedgerRow] | None], report: TickReport, flight: _Flight
    ) -> None:
        while (rows := await queue.get()) is not None:
            try:
                async with self.pacer.slot(rows[0].chat_id):
                    report.outcomes[await self.deliver(rows)] += 1
            finally:
                flight.done()

    async def deliver(self, rows: list[LedgerRow]) -> str:
        """Compose, send and record one claimed digest; returns the outcome's name."""
        chat_id = rows[0].chat_id
        owned = await self._db(
            ledger.touch, self.engine, [row.id for row in rows], self.worker_id, self.clock.now()
        )
        rows = [row for row in rows if row.id in owned]
        if not rows:
            return "lost-claim"
        composed = await self._db(self._compose, rows)
        if isinstance(composed, str):
            await self._final([row.id for row in rows], ReminderStatus.SKIPPED, composed)
            return "not-needed"
        digest, message = composed
        for reason, ids in _by_reason(digest.dropped).items():
            if reason == WITHDRAWN:
                log.info(
                    "chat %s: reminder rows %s withdrawn: the facts no longer give their dates",
                    chat_id,
                    ids,
                )
            await self._final(ids, ReminderStatus.SKIPPED, reason)
        if message is None:
            return "not-needed"
        row_ids = digest.row_ids
        stamped = await self._db(
            ledger.stamp_digest, self.engine, row_ids, self.worker_id, digest.digest_id
        )
        if not stamped:  # the claim was lost meanwhile: another worker sends it
            return "lost-claim"
        try:
            message_id = await self._send_through(chat_id, message, row_ids, digest.digest_id)
        except RetryLater as outcome:
            at = self.clock.now() + timedelta(seconds=outcome.seconds)
            log.warning(
                "digest %s to chat %s: flood control, retry in %ss",
                row_ids[0],
                chat_id,
                outcome.seconds,
            )
            await self._retry(row_ids, at, f"retry after {outcome.seconds:g}s", count_attempt=False)
            return "retry-after"
        except ChatGone as outcome:
            return await self._chat_gone(chat_id, row_ids, outcome.reason)
        except ChatMoved as outcome:
            log.info("chat %s became supergroup %s", chat_id, outcome.new_chat_id)
            await self._db(ledger.migrate_chat, self.engine, chat_id, outcome.new_chat_id)
            await self._retry(
                row_ids, self.clock.now(), f"migrated to {outcome.new_chat_id}", count_attempt=False
            )
            return "migrated"
        except MessageRefused as outcome:  # e.g. HTML Telegram cannot parse: retrying cannot help
            log.error("digest %s to chat %s refused: %s", row_ids[0], chat_id, outcome.reason)
            await self._final(row_ids, ReminderStatus.FAILED, f"refused: {outcome.reason}")
            return "failed"
        except Exception as exc:
            return await self._failed(chat_id, row_ids, max(r.attempts for r in rows), exc)
        accepted = _Accepted(row_ids, self.clock.now(), message_id, digest.digest_id)
        self._accepted.append(accepted)
        await self._record_sent(accepted)
        return "sent"

    async def _chat_gone(self, chat_id: int, row_ids: list[int], reason: str) -> str:
        log.warning("chat %s cannot be reached (%s): deactivating it", chat_id, reason)
        await self._final(row_ids, ReminderStatus.SKIPPED, reason)
        await self._db(ledger.deactivate_chat, self.engine, chat_id, reason)
        return "forbidden"

    async def _failed(self, chat_id: int, row_ids: list[int], attempts: int, exc: Exception) -> str:
        attempts += 1
        error = f"{type(exc).__name__}: {exc}"
        if attempts >= self.config.max_attempts:
            log.error(
                "digest %s to chat %s failed %d times, giving up: %s",
                row_ids[0],
                chat_id,
                attempts,
                error,
            )
            await self._final(row_ids, ReminderStatus.FAILED, error)
            return "failed"
        delay = min(self.config.backoff_base * 2 ** (attempts - 1), self.config.backoff_cap)
        log.warning(
            "digest %s to chat %s failed (%s); retry in %s", row_ids[0], chat_id, error, delay
        )
        await self._retry(row_ids, self.clock.now() + delay, error, count_attempt=True)
        return "error"

    async def _retry(
        self, row_ids: list[int], at: datetime, error: str, *, count_attempt: bool
    ) -> None:
        await self._db(
            ledger.mark_retry,
            self.engine,
            row_ids,
            self.worker_id,
            at,
            error,
            count_attempt=count_attempt,
        )

    async def _final(self, row_ids: list[int], status: str, error: str) -> None:
        await self._db(ledger.mark_final, self.engine, row_ids, self.worker_id, status, error)

    def _compose(self, rows: list[LedgerRow]) -> tuple[Digest, ReminderMessage | None] | str:
        """The digest as the facts are now (no message when nothing of it is left to send: its
        ``dropped`` says why, row by row), or why the chat wants none any more."""
        chat_id, purpose = rows[0].chat_id, rows[0].purpose
        with Session(self.engine) as session:
            chat = session.get(Chat, chat_id)
            if chat is not None and not chat.active:
                return f"chat deactivated: {chat.deactivated_reason or ''}"
            if purpose == ReminderPurpose.MISSED:
                now = self.clock.now()
                lost = lost_now(session, self.timing, rows, now)
                if not lost.count:  # retired, edited, done or unfollowed meanwhile
                    return "nothing it counted is missed any more"
                ids = sorted(row.id for row in rows)
                notice = Digest(chat_id, purpose, ids[0], now, notice_rows=ids)
                return notice, notice_message(rows, lost, self.timing)
            digest = build_digest(
                session,
                self.timing,
                chat_id,
                purpose,
                [Entry(r.id, r.item_kind, r.item_id, r.due_date, r.fire_at) for r in rows],
                self.clock.now(),
                digest_id=min(row.id for row in rows),
                sending=True,
            )
        if not digest.items:
            return digest, None
        digest.digest_id = digest.row_ids[0]
        return digest, page_message(digest, 0)

    async def _db(self, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Database work runs in a thread, so a slow query never stalls the bot's event loop.

        A thread cannot be cancelled: when a failed tick cancels its senders, their writes go
        on. They are kept in ``_threads`` so the next tick waits for them before it gives
        claims back (a late write must not land on rows already handed out again)."""
        work = asyncio.ensure_future(asyncio.to_thread(function, *args, **kwargs))
        self._threads.add(work)
        work.add_done_callback(self._threads.discard)
        return await asyncio.shield(work)


@dataclass(frozen=True)
class _Accepted:
    """A digest the messenger accepted whose ``sent`` is not recorded yet."""

    row_ids: list[int]
    sent_at: datetime
    message_id: int | None
    digest_id: int


@dataclass(frozen=True)
class _InFlight:
    """A digest being sent: the rows it records as sent, once the messenger accepts it."""

    row_ids: list[int]
    digest_id: int


class _Flight:
    """How many claimed digests are queued or being sent, and a way to wait for one to end."""

    def __init__(self) -> None:
        self.count = 0
        self._event = asyncio.Event()

    def done(self) -> None:
        self.count -= 1
        self._event.set()
        self._event = asyncio.Event()

    def changed(self) -> asyncio.Event:
        return self._event


async def _wait_any(event: asyncio.Event, senders: list[asyncio.Task[None]]) -> None:
    """Until ``event`` is set or a sender ends (a dead sender's error is raised)."""
    waiting = asyncio.ensure_future(event.wait())
    try:
        await asyncio.wait(
            {waiting, *(task for task in senders if not task.done())},
            return_when=asyncio.FIRST_COMPLETED,
        )
    finally:
        waiting.cancel()
    for task in senders:
        if task.done() and (task.cancelled() or task.exception()):
            task.result()


async def _put(queue: asyncio.Queue[Any], item: Any, senders: list[asyncio.Task[None]]) -> None:
    """``queue.put``, unless a sender has died: then its error is raised here (a crash must
    stop the tick, not leave it waiting for room in the queue)."""
    putting = asyncio.ensure_future(queue.put(item))
    while not putting.done():
        running = {task for task in senders if not task.done()}
        await asyncio.wait({putting, *running}, return_when=asyncio.FIRST_COMPLETED)
        failed = [
            task for task in senders if task.done() and (task.cancelled() or task.exception())
        ]
        if failed and not putting.done():
            putting.cancel()
            failed[0].result()  # raises the sender's error


def _by_reason(dropped: dict[int, str]) -> dict[str, list[int]]:
    grouped: dict[str, list[int]] = {}
    for row_id, reason in dropped.items():
        grouped.setdefault(reason, []).append(row_id)
    return grouped
