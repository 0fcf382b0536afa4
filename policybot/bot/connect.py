"""Reaching Telegram: the proxy setting, and a check with bounded retries before the bot starts.

``policybot run`` first asks Telegram who the bot is (``getMe``), with a bot of its own built
from the same settings (token, ``base_url``, ``proxy`` through PTB's ``HTTPXRequest``). A network
failure — no route, refused connection, timeout, a 502 from a proxy — is retried with backoff
(1, 2, 4 … s, ``telegram.connect_retries`` times), each failure logged on one line; a rejected
token is not retried. What is left is raised for ``failures.explain`` to put into one line.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from telegram import Bot
from telegram.error import BadRequest, InvalidToken, NetworkError, RetryAfter
from telegram.ext import ApplicationBuilder
from telegram.request import HTTPXRequest

from policybot.config import Settings

log = logging.getLogger(__name__)

MAX_BACKOFF_SECONDS = 30.0
Sleep = Callable[[float], Awaitable[object]]


class TelegramUnreachable(Exception):
    """Every attempt to reach Telegram failed on the network; the last failure is chained."""

    def __init__(self, attempts: int) -> None:
        super().__init__(f"Telegram not reachable after {attempts} attempts")
        self.attempts = attempts


def with_proxy(builder: ApplicationBuilder, settings: Settings) -> ApplicationBuilder:
    """Route every Bot API request, ``getUpdates`` included, through ``telegram.proxy``."""
    proxy = settings.telegram.proxy
    if not proxy:
        return builder  # httpx still honours HTTPS_PROXY / ALL_PROXY from the environment
    return builder.proxy(proxy).get_updates_proxy(proxy)


def probe_bot(settings: Settings) -> Bot:
    """A bot with the production settings, for the start-up check only."""
    return Bot(
        settings.telegram.token,
        base_url=settings.telegram.base_url,
        request=HTTPXRequest(proxy=settings.telegram.proxy or None),
    )


def backoff_seconds(attempt: int, failure: BaseException) -> float:
    """1, 2, 4 … up to 30 s after the ``attempt``-th failure (0-based); Telegram's own
    ``retry_after`` when it names one."""
    if isinstance(failure, RetryAfter):
        wait = failure.retry_after
        return float(wait if isinstance(wait, int | float) else wait.total_seconds())
    return min(MAX_BACKOFF_SECONDS, 2.0**attempt)


async def reach_telegram(
    settings: Settings, *, bot: Bot | None = None, sleep: Sleep = asyncio.sleep
) -> str:
    """The bot's username, once ``getMe`` answers. Raises :class:`TelegramUnreachable` when
    every attempt failed on the network, and Telegram's own error (``InvalidToken`` …) at once."""
    bot = bot or probe_bot(settings)
    attempts = settings.telegram.connect_retries + 1
    attempt = 0
    while True:
        try:
            async with bot:
                return bot.username
        except (InvalidToken, BadRequest):  # Telegram answered: trying again changes nothing
            raise
        except (NetworkError, RetryAfter) as failure:
            attempt += 1
            if attempt == attempts:
                raise TelegramUnreachable(attempts) from failure
            wait = backoff_seconds(attempt - 1, failure)
            log.warning(
                "Telegram not reachable (attempt %d of %d: %s: %s); trying again in %g s",
                attempt,
                attempts,
                type(failure).__name__,
                failure,
                wait,
            )
            await sleep(wait)


def reach_telegram_now(settings: Settings) -> str:
    """:func:`reach_telegram` from synchronous code, in an event loop of its own; afterwards a
    fresh current loop is set for PTB's ``run_polling`` (``asyncio.run`` leaves none)."""
    try:
        return asyncio.run(reach_telegram(settings))
    finally:
        asyncio.set_event_loop(asyncio.new_event_loop())
