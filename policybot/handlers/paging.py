"""Long answers, one page at a time, with 上一页/下一页 buttons.

``callback_data`` holds at most 64 bytes, so the pages stay in ``chat_data`` under a short key
and a button carries only ``pg:<key>:<page>``. After a restart the pages are gone: the button
then says so instead of failing.
"""

from __future__ import annotations

import re
from collections import OrderedDict

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message, Update
from telegram.constants import ParseMode
from telegram.ext import Application, CallbackQueryHandler, ContextTypes

PAGES_KEY = "pages"
COUNTER_KEY = "pages_counter"
MAX_CACHED_ANSWERS = 20
CALLBACK_PATTERN = re.compile(r"^pg:([0-9a-z]+):(\d+)$")
PREVIOUS, NEXT = "上一页", "下一页"
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def _cache(chat_data: dict) -> OrderedDict[str, list[str]]:
    cache = chat_data.get(PAGES_KEY)
    if not isinstance(cache, OrderedDict):
        cache = OrderedDict()
        chat_data[PAGES_KEY] = cache
    return cache


def store_pages(chat_data: dict, pages: list[str]) -> str:
    """Keep ``pages`` for the buttons; the oldest answers are forgotten beyond a few dozen."""
    counter = int(chat_data.get(COUNTER_KEY, 0)) + 1
    chat_data[COUNTER_KEY] = counter
    key = _base36(counter)
    cache = _cache(chat_data)
    cache[key] = pages
    while len(cache) > MAX_CACHED_ANSWERS:
        cache.popitem(last=False)
    return key


def keyboard(key: str, page: int, count: int) -> InlineKeyboardMarkup | None:
    """上一页/下一页 for page ``page`` (0-based) of ``count``; None for a single page."""
    if count <= 1:
        return None
    buttons = []
    if page > 0:
        buttons.append(InlineKeyboardButton(PREVIOUS, callback_data=f"pg:{key}:{page - 1}"))
    if page < count - 1:
        buttons.append(InlineKeyboardButton(NEXT, callback_data=f"pg:{key}:{page + 1}"))
    return InlineKeyboardMarkup([buttons])


async def reply_pages(message: Message, chat_data: dict, pages: list[str]) -> Message:
    """Send the first page, with buttons when there are more."""
    key = store_pages(chat_data, pages) if len(pages) > 1 else ""
    return await message.reply_text(
        pages[0],
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(key, 0, len(pages)),
        link_preview_options=NO_PREVIEW,
    )


async def on_page_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None or query.data is None:
        return
    match = CALLBACK_PATTERN.match(query.data)
    pages = _cache(context.chat_data or {}).get(match.group(1)) if match else None
    if match is None or pages is None:
        await query.answer("这条结果已过期，请重新查询。", show_alert=True)
        return
    page = min(int(match.group(2)), len(pages) - 1)
    await query.answer()
    await query.edit_message_text(
        pages[page],
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(match.group(1), page, len(pages)),
        link_preview_options=NO_PREVIEW,
    )


def register(application: Application, group: int = 0) -> None:
    application.add_handler(CallbackQueryHandler(on_page_button, pattern=r"^pg:"), group)


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, remainder = divmod(number, 36)
        text = digits[remainder] + text
        if number == 0:
            return text
