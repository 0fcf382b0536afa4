"""``/report <目标编号> <数值> [说明]``: a unit reports how far a target has got.

Open to admins everywhere and to chats subscribed to one of the target's units (see
``knowledge.progress`` for why); the reply shows the value, the date and the share reached.
"""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from policybot.bot.services import services_of
from policybot.handlers.admin_format import progress_html
from policybot.handlers.rights import ANONYMOUS_REFUSAL, caller_is_admin, trusted_user_id
from policybot.knowledge.editing import EditError
from policybot.knowledge.progress import report_progress

MENU: tuple[tuple[str, str], ...] = (("report", "报送目标进展:/report 目标编号 数值"),)
USAGE = "用法:/report 目标编号 数值 [说明],例如 /report 12 8"


async def report_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    user_id = trusted_user_id(update)
    if user_id is None:
        await message.reply_text(ANONYMOUS_REFUSAL)
        return
    args = context.args or []
    if len(args) < 2:
        await message.reply_text(USAGE)
        return
    services = services_of(context)
    is_admin = await caller_is_admin(update, context)
    try:
        view = await asyncio.to_thread(
            report_progress,
            services.engine,
            target_ref=args[0],
            value_text=args[1],
            user_id=user_id,
            chat_id=chat.id,
            is_admin=is_admin,
            note=" ".join(args[2:]) or None,
            now=services.clock.now(),
        )
    except EditError as error:
        await message.reply_text(f"{error}\n{USAGE}")
        return
    await message.reply_text(progress_html(view, services.settings.tz), parse_mode=ParseMode.HTML)


def register(application: Application, group: int = 0) -> None:
    # New messages only: an edited report would count twice.
    application.add_handler(
        CommandHandler("report", report_command, filters=filters.UpdateType.MESSAGE), group
    )
