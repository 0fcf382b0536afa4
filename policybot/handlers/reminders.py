"""The Telegram side of reminders: the sender and the 已完成/推迟 buttons.

``telegram_sender`` sends a digest with ``bot.send_message`` and turns Telegram's refusals into
the scheduler's outcomes; the tick that drives the dispatcher is wired in ``bot/reminder_jobs``.

In a group, 已完成 and 推迟 settle the reminders for everyone, so they follow the rule of
/unsubscribe and /leadtimes: the group's Telegram admins and the bot's admins only (anyone may
still turn pages); the message then says who pressed. In a private chat its user decides.
After a digest's 已完成 the page offers 撤销 for the items just settled, under the same rule: it
puts back their state from before (so they are reminded again). The button names the database
row recording that press (``DonePress``), so it survives a restart; once used, a day later or
forged, it is 已过期. (The one-reminder ``rm:`` messages from before digests have no 撤销.)
"""

from __future__ import annotations

import asyncio
import logging
import warnings
from datetime import timedelta
from typing import Any

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, RetryAfter
from telegram.ext import Application, CallbackQueryHandler, ContextTypes
from telegram.warnings import PTBDeprecationWarning

from policybot.handlers.subscriptions import may_change_group
from policybot.scheduler.acks import (
    UNDO_EXPIRED,
    PressOutcome,
    press_button,
    press_digest,
    undo_done,
)
from policybot.scheduler.dispatcher import Sender
from policybot.scheduler.messages import (
    ACTION_ITEMISE,
    ACTION_SHOW,
    CALLBACK_PREFIX,
    DIGEST_PREFIX,
    LEGACY_UNDO_PREFIX,
    UNDO_LABEL,
    UNDO_PREFIX,
    ReminderMessage,
    is_legacy_undo,
    parse_callback,
    parse_digest_callback,
    parse_undo_callback,
    undo_callback,
)
from policybot.scheduler.outcomes import ChatGone, ChatMoved, MessageRefused, RetryLater
from policybot.scheduler.timing import ReminderTiming
from policybot.services import services_of

log = logging.getLogger(__name__)

NOT_GROUP_ADMIN_PRESS = "只有本群管理员或机器人管理员可以把本群的提醒标为已完成或推迟,未作更改。"


BROWSING = (ACTION_SHOW, ACTION_ITEMISE)  # turning pages changes nothing: open to all


def telegram_sender(bot: Bot) -> Sender:
    """``bot.send_message`` as the dispatcher's sender: Telegram's refusals become the
    scheduler's outcomes (``scheduler/outcomes.py``); other errors propagate as transient."""

    async def send(chat_id: int, message: ReminderMessage) -> int:
        try:
            sent = await bot.send_message(
                chat_id,
                message.text,
                parse_mode=ParseMode.HTML,
                reply_markup=keyboard(message),
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        except RetryAfter as exc:
            raise RetryLater(retry_after_seconds(exc)) from exc
        except Forbidden as exc:  # 403: blocked by the user, removed from the group
            raise ChatGone(exc.message) from exc
        except ChatMigrated as exc:
            raise ChatMoved(exc.new_chat_id) from exc
        except BadRequest as exc:  # 400: "chat not found", or a message that cannot be sent
            if "chat not found" in exc.message.lower():
                raise ChatGone(exc.message) from exc
            raise MessageRefused(exc.message) from exc
        return sent.message_id

    return send


def retry_after_seconds(exc: RetryAfter) -> float:
    """``RetryAfter.retry_after`` is an int now and a timedelta in PTB's next major version."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        retry_after = exc.retry_after
    if isinstance(retry_after, timedelta):
        return retry_after.total_seconds()
    return float(retry_after)


def keyboard(message: ReminderMessage) -> InlineKeyboardMarkup | None:
    if not message.buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(label, callback_data=data) for label, data in row]
            for row in message.buttons
        ]
    )


async def on_reminder_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None or query.message is None:
        return
    legacy, press = parse_callback(query.data), parse_digest_callback(query.data)
    undo_id = parse_undo_callback(query.data)
    if is_legacy_undo(query.data):
        await query.answer(UNDO_EXPIRED, show_alert=True)
        return
    if legacy is None and press is None and undo_id is None:
        await query.answer()
        return
    settles = legacy is not None or undo_id is not None
    settles = settles or (press is not None and press.action not in BROWSING)
    if settles and not await may_change_group(update, context):
        await query.answer(NOT_GROUP_ADMIN_PRESS, show_alert=True)
        return
    services = services_of(context)
    presser: dict[str, Any] = {
        "chat_id": query.message.chat.id,
        "user_id": query.from_user.id,
        "user_name": query.from_user.full_name,
        "now": services.clock.now(),
    }
    timing = ReminderTiming.from_settings(services.settings)
    outcome: PressOutcome
    if undo_id is not None:
        outcome = await asyncio.to_thread(undo_done, services.engine, timing, undo_id, **presser)
    elif press is not None:
        outcome = await asyncio.to_thread(press_digest, services.engine, timing, press, **presser)
    else:
        assert legacy is not None
        outcome = await asyncio.to_thread(press_button, services.engine, timing, legacy, **presser)
    await query.answer(outcome.answer or None, show_alert=not outcome.accepted)
    if not outcome.accepted:
        return
    try:
        if outcome.message is not None:
            shown = _with_undo(outcome)
            await query.edit_message_text(
                shown.text,
                parse_mode=ParseMode.HTML,
                reply_markup=keyboard(shown),
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
            return
        original = getattr(query.message, "text_html", None)
        if outcome.status_line and original:
            await query.edit_message_text(
                f"{original}\n\n{outcome.status_line}",
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
    except BadRequest as exc:  # e.g. the message is too old to edit: the state is saved anyway
        log.warning("could not update reminder message: %s", exc)


def _with_undo(outcome: PressOutcome) -> ReminderMessage:
    """The page after a 已完成, with a 撤销 row for the items just settled."""
    assert outcome.message is not None
    if outcome.undo is None:
        return outcome.message
    row = ((UNDO_LABEL, undo_callback(outcome.undo)),)
    return ReminderMessage(outcome.message.text, (*outcome.message.buttons, row))


def register(application: Application, group: int = 0) -> None:
    application.add_handler(
        CallbackQueryHandler(
            on_reminder_button,
            pattern=rf"^(?:{CALLBACK_PREFIX}|{DIGEST_PREFIX}|{UNDO_PREFIX}|{LEGACY_UNDO_PREFIX}):",
        ),
        group,
    )
