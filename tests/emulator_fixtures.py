"""A tiny echo-and-buttons bot and fixture bodies for the emulator, harness and chat tests.

Test modules declare their own fixtures around these context managers, so pytest never has to
import this module as a plugin.
"""

from __future__ import annotations

import asyncio
import html
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

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

from policybot.bot.emulator import BotApiEmulator
from policybot.bot.harness import OfflineHarness, emulator_builder

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
