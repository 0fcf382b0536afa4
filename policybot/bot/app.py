"""Building the Telegram ``Application``: one place where the handler pipeline is visible.

Handler groups run in order, like the PTB rules-bot's: guards drop what nobody should answer,
then commands and buttons, then free-text questions. A feature module plugs in with one
``register(application)`` line below and, for the command menu, ``add_menu_commands``.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field

from telegram import BotCommand, BotCommandScopeAllChatAdministrators, BotCommandScopeChat
from telegram.constants import FloodLimit
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder

from policybot.bot import ops, reminder_jobs
from policybot.bot.concurrency import ChatOrderedUpdateProcessor
from policybot.bot.connect import with_proxy
from policybot.config import Settings
from policybot.handlers import (
    admin,
    calc,
    charts,
    compare,
    editing,
    errors,
    glossary,
    guards,
    ledger,
    lookups,
    oversight,
    paging,
    progress,
    reminders,
    subscriptions,
    unknown,
    upload,
)
from policybot.services import SERVICES_KEY, Services

log = logging.getLogger(__name__)

GROUP_GUARDS = -10
GROUP_COMMANDS = 0
GROUP_TEXT = 10
GROUP_FALLBACK = 20  # commands no group above knows: one line instead of silence
MENU_KEY = "command_menu"


@dataclass
class CommandMenu:
    """The command menu per audience: everyone, and admins (owners and group administrators)."""

    public: list[BotCommand] = field(default_factory=list)
    admin: list[BotCommand] = field(default_factory=list)


def add_menu_commands(
    application: Application, commands: Sequence[tuple[str, str]], *, admin: bool = False
) -> None:
    """Add ``(command, 中文说明)`` pairs to the menu that ``post_init`` sends to Telegram."""
    menu = application.bot_data.setdefault(MENU_KEY, CommandMenu())
    target = menu.admin if admin else menu.public
    known = {command.command for command in target}
    target.extend(BotCommand(name, text) for name, text in commands if name not in known)


TOOLS = (calc, compare, ledger, charts)


def public_menu() -> list[tuple[str, str]]:
    """The menu everyone sees, in the order it is shown."""
    return [
        *((command, title) for command, title, *_ in lookups.COMMANDS),
        *subscriptions.COMMANDS,
        *oversight.PUBLIC_MENU,
        *progress.MENU,
        *(item for tool in TOOLS for item in tool.MENU),
    ]


def admin_menu() -> list[tuple[str, str]]:
    """The commands admins see in addition."""
    return [*editing.MENU, *admin.MENU, *oversight.ADMIN_MENU, *progress.ADMIN_MENU, *glossary.MENU]


def menu_command_names() -> frozenset[str]:
    """Every command of the menus, for ``policybot ask`` to tell a chat-only command from a typo
    without building the application."""
    return frozenset(command for command, _ in [*public_menu(), *admin_menu()])


def build_application(
    settings: Settings,
    services: Services,
    *,
    builder: ApplicationBuilder | None = None,
    rate_limit: bool = True,
) -> Application:
    """The bot, ready to run; ``builder`` may come pre-configured (the emulator harness).

    ``rate_limit=False`` only for measuring the bot itself: Telegram's limits are real.
    """
    builder = builder or production_builder(settings)
    if rate_limit:
        builder = builder.rate_limiter(rate_limiter())
    application = builder.post_init(post_init).build()
    application.bot_data[SERVICES_KEY] = services
    application.bot_data[MENU_KEY] = CommandMenu()

    errors.register(application)
    guards.register(application, GROUP_GUARDS)
    lookups.register(application, GROUP_COMMANDS, GROUP_TEXT)
    paging.register(application, GROUP_COMMANDS)
    subscriptions.register(application, GROUP_COMMANDS)
    reminders.register(application, GROUP_COMMANDS)
    oversight.register(application, GROUP_COMMANDS)
    dispatcher = reminder_jobs.install_reminders(application, services)
    ops.install(application, settings, services.engine, dispatcher.worker_id)
    admin.register(application, GROUP_COMMANDS)
    upload.register(application, GROUP_COMMANDS)
    editing.register(application, GROUP_COMMANDS)
    progress.register(application, GROUP_COMMANDS)
    glossary.register(application, GROUP_COMMANDS)
    for tool in TOOLS:
        tool.register(application, GROUP_COMMANDS)
    add_menu_commands(application, public_menu())
    add_menu_commands(application, admin_menu(), admin=True)
    unknown.register(application, GROUP_FALLBACK)
    unknown.remember_known_commands(application)
    return application


def rate_limiter() -> AIORateLimiter:
    """Telegram's ~30 messages/s overall as a bucket of one message, refilled every 1/30 s.

    PTB's default bucket holds 30 and refills at 30/s, so a reminder fan-out let ~60 messages
    out in its first second (measured through the emulator), and one 429 from Telegram pauses
    *every* request. With a bucket of one no second holds more than 30; the sustained rate
    measured 29.2/s instead of 30/s (the bucket no longer absorbs each wake-up's delay).
    """
    return AIORateLimiter(
        overall_max_rate=1,
        overall_time_period=1 / FloodLimit.MESSAGES_PER_SECOND,
        max_retries=2,
    )


def production_builder(settings: Settings) -> ApplicationBuilder:
    """Real Telegram: the token, API URL, file URL and proxy from the configuration; updates
    of different chats handled concurrently, each chat's in order (``bot.concurrency``)."""
    telegram = settings.telegram
    if not telegram.token:
        raise ValueError("telegram.token is not configured (POLICYBOT_TOKEN)")
    builder = (
        ApplicationBuilder()
        .token(telegram.token)
        .base_url(telegram.base_url)
        .base_file_url(telegram.file_url)
        .concurrent_updates(ChatOrderedUpdateProcessor())
    )
    return with_proxy(builder, settings)


async def post_init(application: Application) -> None:
    """Warm the answer index, then send the command menus (public, and admin scopes)."""
    await _warm_index(application)
    await _set_menus(application)


async def _warm_index(application: Application) -> None:
    """Build the search index now (jieba, the store's names) so the first user doesn't wait."""
    services: Services = application.bot_data[SERVICES_KEY]
    try:
        await asyncio.to_thread(services.queries.index.current)
    except Exception:  # the first question will try again and report through the error handler
        log.exception("could not build the answer index at start")


async def _set_menus(application: Application) -> None:
    menu: CommandMenu = application.bot_data.get(MENU_KEY) or CommandMenu()
    await application.bot.set_my_commands(menu.public)
    if not menu.admin:
        return
    full = [*menu.public, *menu.admin]
    await application.bot.set_my_commands(full, scope=BotCommandScopeAllChatAdministrators())
    services: Services = application.bot_data[SERVICES_KEY]
    for owner in services.settings.bot.owners:
        try:
            await application.bot.set_my_commands(full, scope=BotCommandScopeChat(owner))
        except TelegramError as exc:  # an owner who never opened the bot has no chat yet
            log.warning("could not set the admin menu for owner %s: %s", owner, exc)
