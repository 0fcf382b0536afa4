"""The first handler groups: updates nobody should answer stop here.

A redelivered update (same ``update_id``: a lost ``getUpdates`` acknowledgement, a crash before
it, a webhook answer Telegram never got) is dropped first, so no one is answered twice; the
claim is durable (``knowledge/handled_updates.py``) and shared by every worker (the offline chat
keeps its own in memory). Then other bots
(including our own messages echoed back in some setups) and channel posts are never questions;
answering them could start bot-to-bot loops. ``ApplicationHandlerStop`` ends the update's trip
through the later groups.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, ContextTypes, TypeHandler

from policybot.handlers.rights import ANONYMOUS_ADMIN_ID
from policybot.services import services_of

log = logging.getLogger(__name__)

PRUNE_EVERY = timedelta(hours=1)
_LAST_PRUNE_KEY = "handled_updates_pruned_at"


async def drop_repeats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stop an update this bot (or another worker) has already taken on recently."""
    services = services_of(context)
    now = services.clock.now()
    fresh = await asyncio.to_thread(services.update_claims.claim, update.update_id, now)
    if not fresh:
        log.warning("update %s was delivered again; it was already handled", update.update_id)
        raise ApplicationHandlerStop
    await _prune_now_and_then(context, now)


async def _prune_now_and_then(context: ContextTypes.DEFAULT_TYPE, now: datetime) -> None:
    last: datetime | None = context.bot_data.get(_LAST_PRUNE_KEY)
    if last is not None and now - last < PRUNE_EVERY and now >= last:
        return
    context.bot_data[_LAST_PRUNE_KEY] = now
    await asyncio.to_thread(services_of(context).update_claims.forget_old, now)


async def drop_unanswerable(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.channel_post is not None or update.edited_channel_post is not None:
        raise ApplicationHandlerStop
    user = update.effective_user
    # Anonymous group admins write as Telegram's GroupAnonymousBot, and must be answered.
    if user is not None and user.is_bot and user.id != ANONYMOUS_ADMIN_ID:
        raise ApplicationHandlerStop


def register(application: Application, group: int) -> None:
    """Two groups, ``group - 1`` and ``group``: one handler per group runs in PTB."""
    application.add_handler(TypeHandler(Update, drop_repeats), group - 1)
    application.add_handler(TypeHandler(Update, drop_unanswerable), group)
