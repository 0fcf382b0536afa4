"""``/compare <地区1> <地区2> [关键词] [年份]`` and "南海和顺德2018年的指标对比".

Text pages always (rows, references, documents); when the full table is wider than a phone,
first a picture of it (rendered off the event loop). The pairing lives in
``knowledge.comparison``.
"""

from __future__ import annotations

import asyncio

from telegram import Message, Update
from telegram.ext import Application, CommandHandler, ContextTypes

from policybot.handlers.compare_format import (
    USAGE,
    fits_phone,
    render_compare_pages,
    summary,
    table_headers,
    table_rows,
)
from policybot.handlers.formatting import clip_echo
from policybot.handlers.paging import reply_pages
from policybot.knowledge.comparison import (
    Comparison,
    ComparisonRequest,
    compare,
    invalid_year,
    request_from_words,
)
from policybot.reports.table_image import render_table
from policybot.services import services_of

MENU: tuple[tuple[str, str], ...] = (("compare", "两地目标对比:/compare 湖州 衢州 标准"),)


async def compare_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    words = context.args or []
    bad_year = invalid_year(words)
    if bad_year is not None:
        await message.reply_text(
            clip_echo(f"年份应为四位数的年份,例如 2018;收到:{bad_year}") + "\n" + USAGE
        )
        return
    request = request_from_words(words)
    if request is None:
        await message.reply_text(USAGE)
        return
    await reply_comparison(message, context, request)


async def reply_comparison(
    message: Message, context: ContextTypes.DEFAULT_TYPE, request: ComparisonRequest
) -> None:
    """Compare and reply; the free-text route of ``lookups`` calls this too."""
    queries = services_of(context).queries
    comparison = await asyncio.to_thread(lambda: compare(queries.index.current(), request))
    if comparison.found and not fits_phone(comparison):
        picture = await asyncio.to_thread(_picture, comparison)
        await message.reply_photo(
            picture,
            caption=clip_echo(f"{comparison.message}\n{summary(comparison)}", 1000),
            filename="compare.png",
        )
    chat_data = context.chat_data if context.chat_data is not None else {}
    await reply_pages(message, chat_data, render_compare_pages(comparison))


def _picture(comparison: Comparison) -> bytes:
    return render_table(
        comparison.message, table_headers(comparison), table_rows(comparison), summary(comparison)
    )


def register(application: Application, group: int = 0) -> None:
    application.add_handler(CommandHandler("compare", compare_command), group)
