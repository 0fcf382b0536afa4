"""The guard in front of every command that changes the knowledge.

A decorator rather than a handler group, so that a changing callback cannot be registered
without it: messages, edited messages and button presses all pass through the same check.
Only a person Telegram vouches for is trusted: a message sent *as a chat* (an anonymous group
admin appears as ``GroupAnonymousBot`` with ``sender_chat`` set) could be anyone in that group.
An edited message never re-runs a change, even from an admin: editing "/delete target 3" into
"/delete target 4" must not delete both.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Update
from telegram.ext import ContextTypes, ConversationHandler

from policybot.knowledge import people
from policybot.knowledge.access import Rights
from policybot.services import services_of

ANONYMOUS_ADMIN_ID = 1087968824  # Telegram's GroupAnonymousBot
SERVICE_USER_ID = 777000  # Telegram's own service notifications / channel forwards

REFUSAL = "抱歉,只有管理员可以修改知识库。需要权限请联系机器人所有者。"
VIEW_REFUSAL = "抱歉,只有管理员可以查看{what}。需要权限请联系机器人所有者。"
OWNER_REFUSAL = "抱歉,只有机器人所有者可以授权或撤销管理员。"
ANONYMOUS_REFUSAL = "无法核实匿名管理员的身份,请关闭“匿名发言”后再操作。"
EDITED_NOTICE = "修改类命令不接受编辑过的消息,请重新发送一条命令。"
# ``policybot chat`` on a real store: its commands reach only the session's own emulated chats.
OFFLINE_FOREIGN_CHAT = (
    "离线对话不能操作其他聊天:@{chat_id} 不是本次离线对话的聊天(真实聊天请在 Telegram 里操作)。"
)
OFFLINE_FOREIGN_USER = (
    "离线对话不能授权或撤销真实 Telegram 用户 {user_id} 的权限(ID 小于 2**52),"
    "请在 Telegram 里操作。"
)

Callback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, Any]]


def trusted_user_id(update: Update) -> int | None:
    """The id of the person behind the update, or None when Telegram does not vouch for one."""
    user = update.effective_user
    if user is None or user.is_bot or user.id in (ANONYMOUS_ADMIN_ID, SERVICE_USER_ID):
        return None
    message = update.effective_message
    if message is not None and message.sender_chat is not None:
        return None
    return user.id


def foreign_chat_refusal(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> str | None:
    """Why the offline chat may not act for ``chat_id`` (not one of its own), else None."""
    if services_of(context).is_foreign_chat(chat_id):
        return OFFLINE_FOREIGN_CHAT.format(chat_id=chat_id)
    return None


def foreign_user_refusal(context: ContextTypes.DEFAULT_TYPE, user_id: int) -> str | None:
    """Why the offline chat may not grant or revoke ``user_id`` (a real user), else None."""
    if services_of(context).is_foreign_user(user_id):
        return OFFLINE_FOREIGN_USER.format(user_id=user_id)
    return None


def rights_of(context: ContextTypes.DEFAULT_TYPE) -> Rights:
    return Rights.of(services_of(context).settings.bot.owners)


async def caller_is_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    user_id = trusted_user_id(update)
    engine = services_of(context).engine
    return await asyncio.to_thread(rights_of(context).is_admin, engine, user_id)


def admin_only(callback: Callback) -> Callback:
    """Run ``callback`` for admins (and owners); refuse everyone else, changing nothing."""
    return _guarded(callback, owners_only=False)


def admin_view(what: str) -> Callable[[Callback], Callback]:
    """For commands that only show admins' information (``what``: 修改记录): refuse others by
    saying so, not with the refusal to change the store. Nothing changes, so an edited message
    simply shows it again."""

    def decorate(callback: Callback) -> Callback:
        @functools.wraps(callback)
        async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Any:
            refusal = await _refusal(update, context, owners_only=False)
            if refusal == REFUSAL:
                refusal = VIEW_REFUSAL.format(what=what)
            if refusal is not None:
                await _tell(update, refusal)
                return None
            return await callback(update, context)

        return guarded

    return decorate


def owner_only(callback: Callback) -> Callback:
    """Run ``callback`` for the owners from the configuration only."""
    return _guarded(callback, owners_only=True)


def _guarded(callback: Callback, *, owners_only: bool) -> Callback:
    @functools.wraps(callback)
    async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> Any:
        refusal = await _refusal(update, context, owners_only=owners_only)
        if refusal is not None:
            await _tell(update, refusal)
            return ConversationHandler.END
        if update.edited_message is not None:
            await _tell(update, EDITED_NOTICE)
            return None  # a conversation stays where it was
        await remember_caller(update, context)
        return await callback(update, context)

    return guarded


def caller_name(update: Update) -> str | None:
    """The caller's name as /history shows it (张三 (@zhang_san)), from the update itself."""
    user = update.effective_user
    if user is None or trusted_user_id(update) is None:
        return None
    return people.PersonName(user.full_name, user.username).shown()


async def remember_caller(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Keep the name of a person about to change the store, so /history can show it."""
    user = update.effective_user
    user_id = trusted_user_id(update)
    if user is None or user_id is None:
        return
    services = services_of(context)
    await asyncio.to_thread(
        people.remember,
        services.engine,
        user_id,
        user.full_name,
        user.username,
        now=services.clock.now(),
    )


async def refusal_for(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str | None:
    """Why the caller may not change the knowledge, or None when they may."""
    return await _refusal(update, context, owners_only=False)


async def _refusal(
    update: Update, context: ContextTypes.DEFAULT_TYPE, *, owners_only: bool
) -> str | None:
    user_id = trusted_user_id(update)
    if user_id is None:
        return ANONYMOUS_REFUSAL
    rights = rights_of(context)
    if owners_only:
        return None if rights.is_owner(user_id) else OWNER_REFUSAL
    engine = services_of(context).engine
    return None if await asyncio.to_thread(rights.is_admin, engine, user_id) else REFUSAL


async def _tell(update: Update, text: str) -> None:
    if update.callback_query is not None:
        await update.callback_query.answer(text, show_alert=True)
    elif update.effective_message is not None:
        await update.effective_message.reply_text(text)
