"""/overdue and /supervise: what is red now, and which chat is told when it stays red.

Parse, call ``scheduler.overdue`` / ``scheduler.supervision``, reply. Designating a supervising
chat is an admin's act (it decides who is told about another unit's lapses).
"""

from __future__ import annotations

import asyncio
from html import escape

from sqlmodel import Session
from telegram import Chat, Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, ContextTypes

from policybot.handlers.formatting import clip_echo
from policybot.handlers.paging import reply_pages
from policybot.handlers.rights import caller_is_admin, foreign_chat_refusal
from policybot.handlers.subscriptions import NOT_ADMIN, chat_info, target_chat, unresolved_reply
from policybot.scheduler import supervision
from policybot.scheduler.digest import page_text
from policybot.scheduler.overdue import overdue_for_chat, watches_anything
from policybot.scheduler.subscriptions import ChatInfo, parse_request
from policybot.scheduler.timing import ReminderTiming
from policybot.services import services_of

PUBLIC_MENU = (("overdue", "查看逾期未完成的事项"),)
ADMIN_MENU = (("supervise", "指定督办群(逾期升级提醒)"),)
NOTHING_WATCHED = (
    "本聊天还没有订阅任何单位或地区,也不督办任何地区,所以没有可查的逾期事项。\n"
    "先用 /subscribe 订阅,例如 /subscribe 地区名 或 /subscribe 单位名;"
    "之后 /overdue 列出其中逾期未完成的事项。"
)
CANCEL_WORDS = {"取消", "停止", "cancel"}
SUPERVISE_USAGE = (
    "用法:/supervise 地区 或 /supervise 全部 — 本聊天成为该地区的督办群:"
    "事项逾期 {days} 天仍未标记完成时,本聊天收到一条督办汇总。\n"
    "/supervise 取消 地区 — 不再督办;/supervise — 查看本聊天督办的范围。"
)


async def overdue(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """What is red now for this chat, or, for an admin, for the chat named ``@聊天ID`` as in
    /subscribe and /mysubs (anyone else naming another chat gets their refusal)."""
    message, here = update.effective_message, update.effective_chat
    if message is None or here is None:
        return
    target = await target_chat(update, context)
    if target is None:  # refused: told why
        return
    chat_id = target[1].id
    whose = "本聊天" if chat_id == here.id else f"聊天 {chat_id} "
    services = services_of(context)
    timing = ReminderTiming.from_settings(services.settings)
    window = services.settings.reminders.overdue_window_days

    def listing() -> list[str] | None:
        with Session(services.engine) as session:
            if not watches_anything(session, chat_id):
                return None
            digest = overdue_for_chat(session, timing, chat_id, services.clock.now(), window)
        return [page_text(digest, page) for page in range(len(digest.pages))]

    pages = await asyncio.to_thread(listing)
    if pages is None:
        await message.reply_text(
            NOTHING_WATCHED
            if chat_id == here.id
            else f"{whose}没有订阅任何单位或地区,也不督办任何地区,所以没有可查的逾期事项。"
        )
        return
    if not pages:
        await message.reply_text(
            f"目前没有逾期未完成的事项(近 {window} 天内到期、{whose}订阅或督办的范围内)。"
        )
        return
    await reply_pages(message, context.chat_data if context.chat_data is not None else {}, pages)


async def supervise(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, here = update.effective_message, update.effective_chat
    if message is None or here is None:
        return
    services = services_of(context)
    request = parse_request(list(context.args or []))
    target = await _supervising_chat(update, context, request.target_chat_id, here)
    if target is None:
        return
    words = request.words
    days = services.settings.reminders.escalate_after_days
    if not words:
        scopes = await asyncio.to_thread(supervision.supervised_by, services.engine, target.id)
        shown = "、".join(escape(label) for label in scopes) if scopes else "(无)"
        await _reply(update, f"本聊天督办:{shown}\n" + escape(SUPERVISE_USAGE.format(days=days)))
        return
    if not await caller_is_admin(update, context):
        await _reply(update, "只有管理员可以指定督办群。")
        return
    if words[0] in CANCEL_WORDS:
        name = " ".join(words[1:])
        resolution, removed = await asyncio.to_thread(
            supervision.unsupervise, services.engine, target.id, name
        )
        if resolution.topic is None:
            await _reply(update, unresolved_reply(name, resolution))
            return
        verb = "已不再督办" if removed else "本来就没有督办"
        await _reply(update, f"{verb}:{escape(resolution.topic.label)}。")
        return
    name = " ".join(words)
    user = update.effective_user
    outcome = await asyncio.to_thread(
        supervision.supervise,
        services.engine,
        target,
        name,
        actor_id=user.id if user else None,
        now=services.clock.now(),
    )
    if outcome.topic is None:
        await _reply(update, unresolved_reply(name, outcome.resolution))
        return
    label = escape(outcome.topic.label)
    if outcome.not_a_region:
        await _reply(update, f"“{escape(clip_echo(name))}”是单位,督办请指定地区或“全部”。")
        return
    if not days:
        note = "(当前配置未开启逾期升级:reminders.escalate_after_days = 0)"
    else:
        note = f"该范围内事项逾期 {days} 天仍未标记完成时,本聊天将收到督办汇总。"
    verb = "已指定为督办群" if outcome.created else "本来就是督办群"
    await _reply(update, f"{verb}:{label}。{note}")


async def _supervising_chat(
    update: Update, context: ContextTypes.DEFAULT_TYPE, named: int | None, here: Chat
) -> ChatInfo | None:
    """The chat whose supervision /supervise is about: this one, or the one it names (``@-100…``)
    for an admin; None, once the caller is told why, when it may not be shown or changed."""
    target = chat_info(here)
    if named not in (None, here.id):
        # Another chat's supervision is an admin's business, even just to look at it (a
        # stranger's "/supervise @-100…" listed what that work group supervised).
        if not await caller_is_admin(update, context):
            await _reply(update, escape(NOT_ADMIN))
            return None
        target = ChatInfo(named or 0)
    refusal = foreign_chat_refusal(context, target.id)
    if refusal is not None:
        await _reply(update, escape(refusal))
        return None
    return target


async def _reply(update: Update, text: str) -> None:
    if update.effective_message is not None:
        await update.effective_message.reply_text(text, parse_mode=ParseMode.HTML)


def register(application: Application, group: int = 0) -> None:
    application.add_handler(CommandHandler("overdue", overdue), group)
    application.add_handler(CommandHandler("supervise", supervise), group)
