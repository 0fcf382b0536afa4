"""Fixture bodies for the bot tests: the real bot on a store (:func:`real_bot`), and a tiny
echo-and-buttons bot for the emulator, harness and chat tests.

Test modules declare their own fixtures around these context managers, so pytest never has to
import this module as a plugin.
"""

from __future__ import annotations

import asyncio
import html
import threading
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from contextlib import AsyncExitStack, asynccontextmanager, contextmanager
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy.engine import Engine
from telegram import BotCommand, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from policybot.bot.app import build_application
from policybot.bot.emulator import BotApiEmulator
from policybot.bot.harness import OfflineHarness, emulator_builder
from policybot.bot.reminder_jobs import TICK_JOB
from policybot.clock import Clock
from policybot.config import BotSettings, Settings
from policybot.services import Services

USER_ID = 10001
GROUP_ID = -100200300


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    text = update.effective_message.text or ""
    if text == "boom":
        raise RuntimeError("handler bug")
    keyboard = InlineKeyboardMarkup(
        [[InlineKeyboardButton("下一页", callback_data="page:2")],
         [InlineKeyboardButton("确认入库", callback_data="save")]]
    )  # fmt: skip
    await update.effective_message.reply_text(
        f"<b>收到</b>：{html.escape(text)}", parse_mode="HTML", reply_markup=keyboard
    )


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer(f"已处理 {query.data}")
    await query.edit_message_text(f"第二页 &amp; 结束（{query.data}）", parse_mode="HTML")


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None and message.document is not None
    telegram_file = await message.document.get_file()
    data = await telegram_file.download_as_bytearray()
    await message.reply_text(f"文件 {message.document.file_name}：{len(data)} 字节")


async def on_start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text("欢迎使用")


async def set_menu(application: Application) -> None:
    await application.bot.set_my_commands([BotCommand("start", "开始"), BotCommand("help", "帮助")])


def build_echo_bot(builder: ApplicationBuilder) -> Application:
    """What an app module does with the builder it is given: settings, then handlers."""
    application = builder.post_init(set_menu).build()
    application.add_handler(CommandHandler("start", on_start))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    application.add_handler(MessageHandler(filters.Document.ALL, on_document))
    application.add_handler(CallbackQueryHandler(on_button))
    return application


@asynccontextmanager
async def running_emulator() -> AsyncIterator[BotApiEmulator]:
    async with BotApiEmulator() as emulator:
        yield emulator


@asynccontextmanager
async def initialised_application(emulator: BotApiEmulator) -> AsyncIterator[Application]:
    """An initialised (not polling) application, for calling Bot API methods directly."""
    application = emulator_builder(emulator).build()
    async with application:
        yield application


@asynccontextmanager
async def echo_harness(**options: object) -> AsyncIterator[OfflineHarness]:
    async with OfflineHarness(build_echo_bot, chat_id=USER_ID, user_id=USER_ID, **options) as h:
        yield h


def bot_settings(**bot_options: Any) -> Settings:
    """Settings for a test bot: no bundled plans, ``bot_options`` over the defaults."""
    return Settings(bot=replace(BotSettings(load_seeds=False), **bot_options))


@dataclass(frozen=True)
class Group:
    """A group chat for :func:`real_bot`. ``bot_admin``: the bot is one of its admins, which
    switches privacy mode off there (files and plain answers reach it), as promoting it does."""

    chat_id: int
    title: str = "测试群"
    members: tuple[int, ...] = ()
    admins: tuple[int, ...] = ()
    bot_admin: bool = False


@asynccontextmanager
async def real_bot(
    engine: Engine,
    settings: Settings | None = None,
    *,
    clock: Clock | None = None,
    private_chats: Iterable[int] = (),
    groups: Iterable[Group] = (),
    user_id: int = USER_ID,
    chat_id: int | None = None,
    emulator: BotApiEmulator | None = None,
    emulator_options: Mapping[str, Any] | None = None,
    adjust_builder: Callable[[ApplicationBuilder], ApplicationBuilder] | None = None,
    extend: Callable[[Application], None] | None = None,
    rate_limit: bool = True,
    tick_job: bool = True,
    raise_handler_errors: bool = True,
) -> AsyncIterator[OfflineHarness]:
    """The real Application (``build_application``) on ``engine``, polling the emulator, with
    the harness talking as ``user_id`` in ``chat_id`` (their private chat unless given).

    The one fixture body behind every bot test module: each declares its own fixture around it
    with its store, settings and chats. ``clock``: the test's own (the system clock otherwise).
    ``emulator``: one the caller has started and stops (faults injected across restarts);
    otherwise one is made here from ``emulator_options`` and stopped afterwards.
    ``adjust_builder``: builder settings of the test (a short read timeout); ``extend``: what
    the test adds to the built application (menu commands). ``tick_job=False``
    removes the reminder tick job: the test is the clock and ticks by hand.
    """
    settings = settings or bot_settings()
    services = Services(settings, engine, clock) if clock else Services(settings, engine)

    def factory(builder: ApplicationBuilder) -> Application:
        if adjust_builder is not None:
            builder = adjust_builder(builder)
        application = build_application(settings, services, builder=builder, rate_limit=rate_limit)
        if extend is not None:
            extend(application)
        return application

    own = emulator is None
    emulator = emulator or BotApiEmulator(**(emulator_options or {}))
    for private in private_chats:
        emulator.add_private_chat(private)
    for group in groups:
        admins = (*group.admins, emulator.bot.id) if group.bot_admin else group.admins
        emulator.add_group(group.chat_id, group.title, members=group.members, admins=admins)
    async with AsyncExitStack() as stack:
        if own:
            await stack.enter_async_context(emulator)
        harness = await stack.enter_async_context(
            OfflineHarness(
                factory,
                emulator=emulator,
                chat_id=chat_id,
                user_id=user_id,
                raise_handler_errors=raise_handler_errors,
            )
        )
        if not tick_job:
            for job in harness.application.job_queue.get_jobs_by_name(TICK_JOB):  # type: ignore[union-attr]
                job.schedule_removal()
        yield harness


@contextmanager
def emulator_in_thread(**options: Any) -> Iterator[BotApiEmulator]:
    """The emulator serving from a thread of its own, for synchronous code under test that runs
    its own event loop (``cli.main(["run"])``)."""
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="emulator", daemon=True)
    thread.start()
    emulator = BotApiEmulator(**options)
    try:
        asyncio.run_coroutine_threadsafe(emulator.start(), loop).result(10)
        yield emulator
    finally:
        asyncio.run_coroutine_threadsafe(emulator.stop(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(10)
        loop.close()


async def help_pages(
    bot: OfflineHarness, *, chat_id: int | None = None, user_id: int | None = None
) -> list[str]:
    """``/help 全部`` page by page, turned with 下一页; each page fits a phone (about 15 lines)
    and is numbered."""
    (first,) = await bot.say("/help 全部", chat_id=chat_id, user_id=user_id)
    pages = [first]
    while "下一页" in pages[-1].labels:
        (page,) = await bot.press("下一页", chat_id=chat_id, user_id=user_id)
        assert page.edited
        pages.append(page)
    assert len(pages) > 1
    for number, page in enumerate(pages, 1):
        assert len(page.text.splitlines()) <= 15, page.text
        assert page.text.endswith(f"第 {number}/{len(pages)} 页")
    (back,) = await bot.press("上一页", chat_id=chat_id, user_id=user_id)
    assert back.text == pages[-2].text
    return [page.text for page in pages]
