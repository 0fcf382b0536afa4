"""The reminder tick: PTB's JobQueue wakes the dispatcher; the database says what is due.

``install_reminders`` wires the dispatcher into an ``Application``: the JobQueue wakes it every
``tick_seconds`` (``misfire_grace_time`` set to one interval — APScheduler's default of 1 s would
silently drop a tick that starts late — and ``coalesce=True``, because ticks missed while the
loop was busy are worth one tick, not a burst: the database knows what is due). The first tick
runs a few seconds after start, which is when reminders that fell due during downtime go out.
Only the leading worker dispatches for every chat (``ops.may_dispatch``, ``scheduler/leader.py``).
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import OperationalError
from telegram.ext import Application, ContextTypes

from policybot.bot import ops
from policybot.handlers.reminders import telegram_sender
from policybot.knowledge.database import waited_for_a_lock
from policybot.scheduler.dispatcher import ReminderDispatcher
from policybot.scheduler.timing import ReminderTiming
from policybot.services import Services

log = logging.getLogger(__name__)

DISPATCHER_KEY = "reminder_dispatcher"
TICK_JOB = "reminders"
FIRST_TICK_SECONDS = 3.0


def install_reminders(
    application: Application,
    services: Services,
    *,
    worker_id: str | None = None,
    first: float = FIRST_TICK_SECONDS,
) -> ReminderDispatcher:
    """Create the dispatcher for this process and schedule its tick on the JobQueue."""
    settings = services.settings
    dispatcher = ReminderDispatcher(
        services.engine,
        ReminderTiming.from_settings(settings),
        services.clock,
        telegram_sender(application.bot),
        worker_id=worker_id,
        scope=services.reminder_scope,
    )
    _start_timeline(dispatcher)
    application.bot_data[DISPATCHER_KEY] = dispatcher
    if application.job_queue is None:
        raise RuntimeError("reminders need PTB's JobQueue: install python-telegram-bot[job-queue]")
    interval = settings.reminders.tick_seconds
    application.job_queue.run_repeating(
        tick,
        interval=interval,
        first=first,
        name=TICK_JOB,
        job_kwargs={"misfire_grace_time": interval, "coalesce": True, "max_instances": 1},
    )
    return dispatcher


def _start_timeline(dispatcher: ReminderDispatcher) -> None:
    """The offline chat's planning point, recorded even if the session ends before a tick.
    A store held by another writer past the wait does not stop the session: its first tick
    plans as before (from the checkpoint it finds)."""
    try:
        dispatcher.start_timeline()
    except OperationalError as error:
        if not waited_for_a_lock(error):
            raise
        log.warning("reminders: the database was busy, no planning point recorded: %s", error.orig)


def dispatcher_of(context: ContextTypes.DEFAULT_TYPE | Application) -> ReminderDispatcher:
    dispatcher = context.bot_data.get(DISPATCHER_KEY)
    if not isinstance(dispatcher, ReminderDispatcher):
        raise RuntimeError("reminders are not installed (install_reminders)")
    return dispatcher


async def tick(context: ContextTypes.DEFAULT_TYPE) -> None:
    dispatcher = dispatcher_of(context)
    # One worker dispatches for every chat (scheduler/leader.py); a dispatcher scoped to the
    # offline chat's own chats shares nothing with it and needs no leadership.
    if dispatcher.scope.is_everyone and not await ops.may_dispatch(context.bot_data):
        return
    try:
        report = await dispatcher.tick()
    except OperationalError as error:
        if not waited_for_a_lock(error):
            raise  # the database down, or a bug: the error handler logs it as an error
        # Another writer held the store longer than the busy timeout (a large plan being
        # stored): nothing is lost, since the database is the truth and the scheduler only a
        # clock; the next tick plans and sends what this one could not (it first records what
        # Telegram accepted and gives back this one's other claims: dispatcher._settle).
        log.warning("reminders: the database was busy, the next tick tries again: %s", error.orig)
        return
    ops.record_tick(context.bot_data, report.outcomes)
    if report.planned or report.outcomes:
        log.info(
            "reminders: %d planned, %d skipped, outcomes %s",
            report.planned,
            report.skipped,
            dict(report.outcomes),
        )
