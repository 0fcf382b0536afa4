"""The first handler group: updates nobody should answer stop here.

Other bots (including our own messages echoed back in some setups) and channel posts are never
questions; answering them could start bot-to-bot loops. ``ApplicationHandlerStop`` ends the
update's trip through the later groups.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, TypeHandler

# Telegram's GroupAnonymousBot: the sender of anonymous group admins, who must be answered.
ANONYMOUS_ADMIN_ID = 1087968824


async def drop_unanswerable(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.channel_post is not None or update.edited_channel_post is not None:
        raise ApplicationHandlerStop
    user = update.effective_user
    if user is not None and user.is_bot and user.id != ANONYMOUS_ADMIN_ID:
        raise ApplicationHandlerStop


def register(application: Application, group: int) -> None:
    application.add_handler(TypeHandler(Update, drop_unanswerable), group)
