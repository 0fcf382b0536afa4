"""Run a real PTB ``Application`` against the emulator and talk to it like a user.

The seam for the app module: it accepts an ``ApplicationBuilder`` and only adds its own
settings (handlers, ``post_init``, rate limiter...). :func:`emulator_builder` returns a builder
already pointed at the emulator, with a :class:`TrackingUpdateProcessor` so the harness knows
when an update has been fully handled, without sleeping.
"""

from __future__ import annotations

import asyncio
import inspect
from collections import Counter
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes

from policybot.bot.concurrency import MAX_CONCURRENT_UPDATES, ChatOrderedUpdateProcessor
from policybot.bot.emulator import BotApiEmulator, CallbackQueryRecord, SentMessage

ApplicationFactory = Callable[[ApplicationBuilder], "Application | Awaitable[Application]"]
DEFAULT_USER_ID = 10001
POLL_TIMEOUT_SECONDS = 1


PROCESSING_TIMEOUT_SECONDS = 90.0
"""How long to wait for the bot to finish one update before calling it stuck. Generous on
purpose: it only bounds a failure, and a loaded two-core machine (CI, a laptop during a test
run) took over 5 s to process an update that normally takes 50 ms; an upload may read for
``bot.read_seconds`` (60 s) before its budget stops it."""

EMULATOR_REQUEST_TIMEOUT_SECONDS = 30.0
"""How long one Bot API request to the emulator may take. PTB's defaults (5 s to read, 1 s for
a pooled connection) are for a network; the emulator is in the same process, and on a loaded
two-core machine, while the answer index is built in a thread at start, a request took over
5 s: the offline chat stopped with "lost the connection to Telegram" (a full test run, stop
46). A test that needs a request to time out sets its own shorter timeout on the builder."""


class HandlerFailed(RuntimeError):
    """A handler raised while processing the update the harness sent; the cause is chained."""


class TrackingUpdateProcessor(ChatOrderedUpdateProcessor):
    """Processes updates as the bot does in production (chats concurrently, each chat in
    order), and remembers which ``update_id`` has finished.

    Pass it to ``ApplicationBuilder.concurrent_updates``; ``max_concurrent_updates=1`` handles
    one update at a time. Completion is tracked per update either way.
    """

    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES) -> None:
        super().__init__(max_concurrent_updates)
        self.processed: Counter[int] = Counter()
        self._finished = asyncio.Event()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        try:
            await coroutine
        finally:
            if isinstance(update, Update):
                self.processed[update.update_id] += 1
            self._finished.set()
            self._finished = asyncio.Event()

    async def wait_processed(
        self, update_id: int, *, times: int = 1, timeout: float = PROCESSING_TIMEOUT_SECONDS
    ) -> None:
        """Returns once ``update_id`` has been processed ``times`` times; TimeoutError otherwise."""
        async with asyncio.timeout(timeout):
            while self.processed[update_id] < times:
                await self._finished.wait()


def emulator_builder(
    emulator: BotApiEmulator,
    *,
    processor: TrackingUpdateProcessor | None = None,
) -> ApplicationBuilder:
    """An ``ApplicationBuilder`` with token, URLs and update processor set for the emulator.

    The app may add anything else, but must not override ``token``, ``base_url``,
    ``base_file_url`` or ``concurrent_updates`` (pass a processor with more concurrency here).
    """
    return (
        ApplicationBuilder()
        .token(emulator.token)
        .base_url(emulator.base_url)
        .base_file_url(emulator.base_file_url)
        .concurrent_updates(processor or TrackingUpdateProcessor())
        .connect_timeout(EMULATOR_REQUEST_TIMEOUT_SECONDS)
        .read_timeout(EMULATOR_REQUEST_TIMEOUT_SECONDS)
        .write_timeout(EMULATOR_REQUEST_TIMEOUT_SECONDS)
        .pool_timeout(EMULATOR_REQUEST_TIMEOUT_SECONDS)
        .get_updates_connect_timeout(EMULATOR_REQUEST_TIMEOUT_SECONDS)
        .get_updates_read_timeout(EMULATOR_REQUEST_TIMEOUT_SECONDS)
        .get_updates_pool_timeout(EMULATOR_REQUEST_TIMEOUT_SECONDS)
    )


class OfflineHarness:
    """Starts the emulator and the application (polling), and sends updates as a user.

    ``application_factory`` receives :func:`emulator_builder`'s builder and returns the built
    ``Application`` (sync or async), e.g. ``lambda b: build_application(settings, builder=b)``.
    With ``raise_handler_errors`` an exception in a handler makes :meth:`say` raise
    :class:`HandlerFailed` (the app's own error handlers still run first).
    """

    def __init__(
        self,
        application_factory: ApplicationFactory,
        *,
        emulator: BotApiEmulator | None = None,
        chat_id: int | None = None,
        user_id: int = DEFAULT_USER_ID,
        timeout: float = PROCESSING_TIMEOUT_SECONDS,
        raise_handler_errors: bool = True,
        allowed_updates: list[str] | None = None,
    ) -> None:
        self.emulator = emulator or BotApiEmulator()
        self.chat_id = user_id if chat_id is None else chat_id
        self.user_id = user_id
        self.timeout = timeout
        self.raise_handler_errors = raise_handler_errors
        self.allowed_updates = allowed_updates or list(Update.ALL_TYPES)
        self.errors: dict[int, BaseException] = {}
        self._factory = application_factory
        self._owns_emulator = emulator is None
        self._application: Application | None = None
        self.last_press: int | None = None

    @property
    def application(self) -> Application:
        if self._application is None:
            raise RuntimeError("the harness is not started")
        return self._application

    @property
    def processor(self) -> TrackingUpdateProcessor:
        processor = self.application.update_processor
        if not isinstance(processor, TrackingUpdateProcessor):
            raise TypeError(
                "the application must be built with concurrent_updates(TrackingUpdateProcessor())"
                " - use the builder the harness passes to the factory"
            )
        return processor

    async def __aenter__(self) -> OfflineHarness:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def start(self) -> None:
        """Emulator, then ``initialize`` → ``post_init`` → polling → ``start``, like
        ``run_polling``; on failure everything started so far is stopped again."""
        try:
            await self._start()
        except BaseException:
            await self.stop()
            raise

    async def _start(self) -> None:
        if self._owns_emulator:
            await self.emulator.start()
        built = self._factory(emulator_builder(self.emulator))
        application = await built if inspect.isawaitable(built) else built
        self._application = application
        _ = self.processor  # fail early, before polling, if the wiring is wrong
        application.add_error_handler(self._record_error)
        await application.initialize()
        if application.post_init:
            await application.post_init(application)
        updater = application.updater
        if updater is None:
            raise RuntimeError("the application has no Updater; the harness needs polling")
        await updater.start_polling(
            poll_interval=0, timeout=POLL_TIMEOUT_SECONDS, allowed_updates=self.allowed_updates
        )
        await application.start()

    async def stop(self) -> None:
        application = self._application
        if application is not None:
            if application.updater and application.updater.running:
                await application.updater.stop()
            if application.running:
                await application.stop()
            if application.post_stop:
                await application.post_stop(application)
            await application.shutdown()
            if application.post_shutdown:
                await application.post_shutdown(application)
            self._application = None
        if self._owns_emulator:
            await self.emulator.stop()

    async def _record_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        if isinstance(update, Update) and context.error is not None:
            self.errors[update.update_id] = context.error

    # -- talking to the bot ------------------------------------------------------------------

    async def say(
        self,
        text: str,
        *,
        chat_id: int | None = None,
        user_id: int | None = None,
        edited: bool = False,
        reply_to: int | None = None,
    ) -> list[SentMessage]:
        """Sends ``text`` as the user; returns what the bot sent or edited in that chat meanwhile.

        Returns ``[]`` at once when Telegram would not deliver the message (privacy mode).
        """
        chat_id, user_id = self._who(chat_id, user_id)
        mark = len(self.emulator.world.outbox)
        update_id = self.emulator.push_text(
            chat_id, user_id, text, edited=edited, reply_to=reply_to
        )
        return await self._replies(update_id, chat_id, mark)

    async def press(
        self, label: str, *, chat_id: int | None = None, user_id: int | None = None
    ) -> list[SentMessage]:
        """Presses the inline button ``label``; returns the bot's sends and edits meanwhile."""
        chat_id, user_id = self._who(chat_id, user_id)
        mark = len(self.emulator.world.outbox)
        update_id = self.emulator.press(chat_id, user_id, label)
        self.last_press = update_id
        return await self._replies(update_id, chat_id, mark)

    def callback_answer(self) -> CallbackQueryRecord | None:
        """The bot's answer to the last :meth:`press` (text shown as a toast/alert)."""
        return None if self.last_press is None else self.emulator.callback_answer(self.last_press)

    async def upload(
        self,
        document: Path | str | bytes,
        *,
        filename: str | None = None,
        mime: str = "application/octet-stream",
        caption: str | None = None,
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> list[SentMessage]:
        """Sends a file (a path, or bytes with ``filename``) as a document message."""
        chat_id, user_id = self._who(chat_id, user_id)
        if isinstance(document, bytes):
            data, name = document, filename or "document.bin"
        else:
            path = Path(document)
            data, name = path.read_bytes(), filename or path.name
        mark = len(self.emulator.world.outbox)
        update_id = self.emulator.push_document(chat_id, user_id, name, data, mime, caption=caption)
        return await self._replies(update_id, chat_id, mark)

    def _who(self, chat_id: int | None, user_id: int | None) -> tuple[int, int]:
        return (self.chat_id if chat_id is None else chat_id), (
            self.user_id if user_id is None else user_id
        )

    async def _replies(self, update_id: int | None, chat_id: int, mark: int) -> list[SentMessage]:
        if update_id is not None:
            await self.wait_processed(update_id)
        return [m for m in self.emulator.world.outbox[mark:] if m.chat_id == chat_id]

    async def wait_processed(self, update_id: int, *, times: int = 1) -> None:
        """Waits until the application has handled ``update_id``; raises a handler's error."""
        try:
            await self.processor.wait_processed(update_id, times=times, timeout=self.timeout)
        except TimeoutError as timeout:
            raise TimeoutError(self._why_not_processed(update_id)) from timeout
        error = self.errors.pop(update_id, None)
        if error is not None and self.raise_handler_errors:
            raise HandlerFailed(f"handling update {update_id} failed: {error!r}") from error

    def _why_not_processed(self, update_id: int) -> str:
        updates = self.emulator.updates
        if update_id in updates.filtered_out:
            where = "dropped by the emulator: allowed_updates excludes its type"
        elif update_id not in updates.delivered:
            where = "never fetched through getUpdates (is polling running?)"
        else:
            where = "fetched, but its handler has not finished"
        return f"update {update_id} was not processed within {self.timeout} s: {where}"
