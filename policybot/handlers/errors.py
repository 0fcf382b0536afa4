"""One error handler: log with the update, apologise to the user, tell the error chat.

The user sees a short Chinese apology, never a stack trace; the operators get the trace in the
log and, when ``bot.error_chat_id`` is set, a short escaped summary in that chat.
"""

from __future__ import annotations

import html
import logging
import traceback
from collections import deque

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from telegram import Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application, ContextTypes

from policybot.services import SERVICES_KEY, Services

log = logging.getLogger(__name__)

USER_APOLOGY = "出错了,这次没能完成您的请求。请稍后再试;问题已记录。"
UNAVAILABLE = "服务暂时不可用,请稍后再试。"
_TRACE_LIMIT = 3000
_APOLOGISED_KEY = "apologised_updates"


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    error = context.error
    if isinstance(error, (NetworkError, TimedOut, RetryAfter)) and not isinstance(update, Update):
        log.warning("Telegram network trouble while polling: %s", error)
        return
    update_text = update.to_dict() if isinstance(update, Update) else repr(update)
    if database_unavailable(error):
        # The database is unreachable: the user can only wait; it recovers by itself
        # (pool_pre_ping replaces dead connections), so no trace in the error chat per update.
        log.error("database unavailable while handling update %s: %s", update_text, error)
        if isinstance(update, Update) and _first_failure(update, context):
            await _apologise(update, UNAVAILABLE)
        return
    log.error("error while handling update %s", update_text, exc_info=error)
    if (
        isinstance(update, Update)
        and not isinstance(error, Forbidden)
        and _first_failure(update, context)
    ):
        await _apologise(update)
    await _tell_error_chat(update, context)


def _first_failure(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether this is the update's first error: PTB runs the later handler groups after a
    failing one (with the database down, the guard and the command both fail), and the user
    should get one apology, not one per group. Later error handlers (ops counts) still run."""
    recent: deque[int] = context.bot_data.setdefault(_APOLOGISED_KEY, deque(maxlen=512))
    if update.update_id in recent:
        return False
    recent.append(update.update_id)
    return True


def database_unavailable(error: BaseException | None) -> bool:
    """The database cannot be reached (down, restarting, out of connections), as opposed to a
    query that is wrong: an ``IntegrityError`` is a ``DBAPIError`` too, and a bug."""
    if isinstance(error, (OperationalError, InterfaceError, PoolTimeout)):
        return True
    return isinstance(error, DBAPIError) and error.connection_invalidated


async def _apologise(update: Update, text: str = USER_APOLOGY) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    try:
        if update.callback_query is not None:
            await update.callback_query.answer(text, show_alert=True)
        else:
            await chat.send_message(text)
    except Exception:  # the apology must never raise from the error handler
        log.exception("could not tell chat %s about the error", chat.id)


async def _tell_error_chat(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    services = context.bot_data.get(SERVICES_KEY)
    chat_id = services.settings.bot.error_chat_id if isinstance(services, Services) else 0
    if not chat_id or context.error is None:
        return
    trace = "".join(traceback.format_exception(context.error))[-_TRACE_LIMIT:]
    where = f"update {update.update_id}" if isinstance(update, Update) else "后台任务"
    text = (
        f"<b>policybot 出错</b>({html.escape(where)}):"
        f"{html.escape(type(context.error).__name__)}: {html.escape(str(context.error))[:300]}\n"
        f"<pre>{html.escape(trace)}</pre>"
    )
    try:
        await context.bot.send_message(chat_id, text, parse_mode=ParseMode.HTML)
    except Exception:
        log.exception("could not report the error to chat %s", chat_id)


def register(application: Application) -> None:
    application.add_error_handler(on_error)
