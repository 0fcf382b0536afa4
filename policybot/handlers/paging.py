"""Long answers, one page at a time, with 上一页/下一页 buttons, and the 出处 of each page.

``callback_data`` holds at most 64 bytes, so the pages stay in ``chat_data`` under a short key
and a button carries only ``pg:<key>:<page>`` (turn the page) or ``src:<key>:<page>`` (send the
quotes and sections of that page's items). After a restart the pages are gone: the button then
says so instead of failing.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Message, Update
from telegram.constants import ParseMode
from telegram.ext import Application, CallbackQueryHandler, ContextTypes

from policybot.handlers.formatting import page_chunks, source_text
from policybot.handlers.rights import caller_is_admin
from policybot.handlers.tool_state import recall, remember
from policybot.knowledge.answers import Answer, FactLine
from policybot.services import services_of

PAGES_KEY = "pages"
COUNTER_KEY = "pages_counter"
MAX_CACHED_ANSWERS = 20
CALLBACK_PATTERN = re.compile(r"^(pg|src):([0-9a-z]{1,12}):([0-9]{1,6})$")
PREVIOUS, NEXT, SOURCES = "上一页", "下一页", "出处"
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
EXPIRED = "这条结果已过期，请重新查询。"
CHANGED = "这条结果引用的文件已停用、被替代或删除，请重新查询。"


@dataclass
class StoredAnswer:
    """An answer's pages, and the answer itself: its 出处 are written when the button is
    pressed, for whoever presses it (admins also see the ids they edit by)."""

    pages: list[str]
    answer: Answer | None = None
    page_size: int = 8
    # The status of each document the answer cites when it was given (``cited_states``).
    cited: dict[int, str | None] = field(default_factory=dict)

    @property
    def has_sources(self) -> bool:
        return self.answer is not None and bool(self.answer.facts)

    def facts_of(self, page: int) -> tuple[int, list[FactLine]]:
        """(number of the first item, items) shown on ``page``."""
        if self.answer is None:
            return 0, []
        chunks = page_chunks(self.answer, page_size=self.page_size)
        return chunks[min(max(0, page), len(chunks) - 1)]


def store_pages(
    chat_data: dict,
    pages: list[str],
    answer: Answer | None = None,
    page_size: int = 8,
    cited: dict[int, str | None] | None = None,
) -> str:
    """Keep ``pages`` (and the answer behind them) for the buttons; the oldest answers are
    forgotten beyond a few dozen."""
    stored = StoredAnswer(pages, answer, page_size, dict(cited or {}))
    return remember(chat_data, PAGES_KEY, stored, counter=COUNTER_KEY, keep=MAX_CACHED_ANSWERS)


def keyboard(
    key: str, page: int, count: int, *, with_sources: bool = False
) -> InlineKeyboardMarkup | None:
    """上一页/出处/下一页 for page ``page`` (0-based) of ``count``; None when there is nothing
    to press."""
    buttons = []
    if count > 1 and page > 0:
        buttons.append(InlineKeyboardButton(PREVIOUS, callback_data=f"pg:{key}:{page - 1}"))
    if with_sources:
        buttons.append(InlineKeyboardButton(SOURCES, callback_data=f"src:{key}:{page}"))
    if count > 1 and page < count - 1:
        buttons.append(InlineKeyboardButton(NEXT, callback_data=f"pg:{key}:{page + 1}"))
    return InlineKeyboardMarkup([buttons]) if buttons else None


async def reply_pages(
    message: Message,
    chat_data: dict,
    pages: list[str],
    answer: Answer | None = None,
    page_size: int = 8,
    *,
    cited: dict[int, str | None] | None = None,
) -> Message:
    """Send the first page, with buttons when there are more pages or sources to show;
    ``cited``: the status of the documents the answer cites, checked when a button is pressed."""
    with_sources = answer is not None and bool(answer.facts)
    needed = len(pages) > 1 or with_sources
    key = store_pages(chat_data, pages, answer, page_size, cited) if needed else ""
    return await message.reply_text(
        pages[0],
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(key, 0, len(pages), with_sources=with_sources),
        link_preview_options=NO_PREVIEW,
    )


async def on_page_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None or query.data is None:
        return
    match = CALLBACK_PATTERN.match(query.data)
    stored = recall(context.chat_data, PAGES_KEY, match.group(2)) if match else None
    if match is None or not isinstance(stored, StoredAnswer):
        await query.answer(EXPIRED, show_alert=True)
        return
    action, key, number = match.group(1), match.group(2), int(match.group(3))
    if stored.answer is not None and stored.cited:
        now = await asyncio.to_thread(services_of(context).queries.cited_states, stored.answer)
        if now != stored.cited:
            # (a plan retired, replaced or undone since: its page would show it as it stood)
            await query.answer(CHANGED, show_alert=True)
            return
    if action == "src":
        await _send_sources(update, context, stored, number)
        return
    page = min(number, len(stored.pages) - 1)
    await query.answer()
    await query.edit_message_text(
        stored.pages[page],
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard(key, page, len(stored.pages), with_sources=stored.has_sources),
        link_preview_options=NO_PREVIEW,
    )


async def _send_sources(
    update: Update, context: ContextTypes.DEFAULT_TYPE, stored: StoredAnswer, page: int
) -> None:
    """The quotes and sections of one page's items, as a reply below the answer."""
    query = update.callback_query
    assert query is not None
    start, facts = stored.facts_of(page)
    if not facts or stored.answer is None:
        await query.answer(EXPIRED, show_alert=True)
        return
    await query.answer()
    admin = await caller_is_admin(update, context)
    facts = await asyncio.to_thread(services_of(context).queries.whole_sentences, facts)
    text = source_text(stored.answer, facts, show_ids=admin, first=start + 1)
    if isinstance(query.message, Message):
        await query.message.reply_text(
            text, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
        )


def register(application: Application, group: int = 0) -> None:
    application.add_handler(CallbackQueryHandler(on_page_button, pattern=r"^(?:pg|src):"), group)
