"""``/calc``: what a firm's achievements earn, with ➕/➖ buttons to change the counts.

The calculation lives in ``knowledge.calculator``; here the request is read, the result sent,
and the claims kept in ``chat_data`` under a short key, so a button carries only
``calc:<key>:<claim>:<+|->`` (a dozen bytes of Telegram's 64) and recalculates without retyping;
``calc:<key>:src`` (出处) sends the sentences the lines and conditions were read from.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import replace
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from policybot.handlers.calc_format import USAGE, calculation_sources, render_calculation
from policybot.handlers.paging import NO_PREVIEW, SOURCES
from policybot.handlers.tool_state import recall, remember, replace_kept
from policybot.knowledge.calculation import Calculation
from policybot.knowledge.calculator import RewardCalculator
from policybot.knowledge.follow_ups import Conversation
from policybot.knowledge.reward_claims import MAX_COUNT, ClaimSheet
from policybot.services import Services, services_of

MENU: tuple[tuple[str, str], ...] = (("calc", "奖励测算:成果能拿多少奖励"),)
STATE_BUCKET = "calc"
CALLBACK_PATTERN = re.compile(r"^calc:([0-9a-z]{1,12}):([0-9]{1,2}):([+-])$")
SOURCE_PATTERN = re.compile(r"^calc:([0-9a-z]{1,12}):src$")
MAX_BUTTON_ROWS = 6
LABEL_CHARS = 8
EXPIRED = "这条测算已过期,请重新发送 /calc。"


def calculator_of(services: Services) -> RewardCalculator:
    return services.queries.calculator()


async def calc_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    text = " ".join(context.args or [])
    if not text.strip():
        await message.reply_text(USAGE)
        return
    await reply_calculation(message, context, text, command=True)


async def reply_calculation(
    message: Message,
    context: ContextTypes.DEFAULT_TYPE,
    text: str,
    *,
    command: bool = False,
    computed: tuple[str | None, Calculation] | None = None,
) -> Message:
    """Calculate ``text`` and reply; the free-text route of ``lookups`` calls this too, with
    what the route already ``computed``."""
    if computed is None:
        calculator = calculator_of(services_of(context))
        computed = await asyncio.to_thread(calculator.from_text, text, command=command)
    region, calculation = computed
    chat_data = context.chat_data if context.chat_data is not None else {}
    key = remember(chat_data, STATE_BUCKET, (region, calculation.sheet))
    return await message.reply_text(
        render_calculation(calculation),
        parse_mode=ParseMode.HTML,
        reply_markup=count_keyboard(key, calculation),
        link_preview_options=NO_PREVIEW,
    )


def count_keyboard(key: str, calculation: Calculation) -> InlineKeyboardMarkup | None:
    """➖/➕ per claim that was priced, and 出处; None when nothing was priced."""
    if not calculation.found:
        return None
    priced = calculation.priced_claims
    rows: list[Any] = []
    for number, claim in enumerate(calculation.sheet.claims):
        if (claim.words, claim.role) not in priced or len(rows) >= MAX_BUTTON_ROWS:
            continue
        label = claim.label[:LABEL_CHARS]
        rows.append(
            [
                InlineKeyboardButton(f"➖ {label}", callback_data=f"calc:{key}:{number}:-"),
                InlineKeyboardButton(f"➕ {label}", callback_data=f"calc:{key}:{number}:+"),
            ]
        )
    if calculation.lines or calculation.conditions:
        rows.append([InlineKeyboardButton(SOURCES, callback_data=f"calc:{key}:src")])
    return InlineKeyboardMarkup(rows) if rows else None


async def on_count_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None or query.data is None:
        return
    source = SOURCE_PATTERN.match(query.data)
    if source is not None:
        await _send_sources(update, context, source.group(1))
        return
    match = CALLBACK_PATTERN.match(query.data)
    state = recall(context.chat_data, STATE_BUCKET, match.group(1)) if match else None
    if match is None or not isinstance(state, tuple):
        await query.answer(EXPIRED, show_alert=True)
        return
    region, sheet = state
    position = int(match.group(2))
    if not isinstance(sheet, ClaimSheet) or position >= len(sheet.claims):
        await query.answer(EXPIRED, show_alert=True)
        return
    claim = sheet.claims[position]
    count = claim.count + (1 if match.group(3) == "+" else -1)
    if not 0 <= count <= MAX_COUNT:
        await query.answer("数量已到边界。")
        return
    claims = list(sheet.claims)
    claims[position] = claim.with_count(count)
    sheet = replace(sheet, claims=tuple(claims))
    calculator = calculator_of(services_of(context))
    calculation = await asyncio.to_thread(calculator.from_sheet, region, sheet)
    replace_kept(context.chat_data, STATE_BUCKET, match.group(1), (region, sheet))
    if context.chat_data is not None:
        # 东湖区呢 next prices these counts (attack58 M6)
        Conversation(context.chat_data).remember_counts(sheet)
    await query.answer(f"{claim.label}: {count}")
    try:
        await query.edit_message_text(
            render_calculation(calculation),
            parse_mode=ParseMode.HTML,
            reply_markup=count_keyboard(match.group(1), calculation),
            link_preview_options=NO_PREVIEW,
        )
    except BadRequest as error:  # the same text again (a count that changes nothing shown)
        if "not modified" not in str(error):
            raise


async def _send_sources(update: Update, context: ContextTypes.DEFAULT_TYPE, key: str) -> None:
    """The sentences of the calculation kept under ``key``, as a reply below it."""
    query = update.callback_query
    assert query is not None
    state = recall(context.chat_data, STATE_BUCKET, key)
    if not isinstance(state, tuple) or not isinstance(state[1], ClaimSheet):
        await query.answer(EXPIRED, show_alert=True)
        return
    await query.answer()
    region, sheet = state
    calculator = calculator_of(services_of(context))
    calculation = await asyncio.to_thread(calculator.from_sheet, region, sheet)
    if isinstance(query.message, Message):
        await query.message.reply_text(
            calculation_sources(calculation),
            parse_mode=ParseMode.HTML,
            link_preview_options=NO_PREVIEW,
        )


def register(application: Application, group: int = 0) -> None:
    application.add_handler(CommandHandler("calc", calc_command), group)
    application.add_handler(CallbackQueryHandler(on_count_button, pattern=r"^calc:"), group)
