"""``/report <目标编号> <数值> [说明]``: a unit reports how far a target has got; and the admin
commands around it: ``/designate`` and ``/undesignate`` a unit's reporting chat, ``/delreport``.

Open to admins everywhere and to chats an admin designated for one of the target's units (see
``knowledge.progress`` for why not to subscribers); the reply shows the value, the date, the
share reached and the report's number (for ``/delreport``).
"""

from __future__ import annotations

import asyncio
from html import escape

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, ContextTypes, filters

from policybot.handlers.admin_format import progress_html
from policybot.handlers.rights import (
    ANONYMOUS_REFUSAL,
    admin_only,
    caller_is_admin,
    caller_name,
    foreign_chat_refusal,
    remember_caller,
    trusted_user_id,
)
from policybot.handlers.subscriptions import chat_info, topic_html, unresolved_reply
from policybot.knowledge.editing import EditError, MissingItem
from policybot.knowledge.progress import (
    NOT_DESIGNATED,
    delete_report,
    names_a_target,
    report_progress,
)
from policybot.knowledge.reporters import designate, withdraw
from policybot.scheduler.subscriptions import parse_request
from policybot.scheduler.topics import resolve
from policybot.services import services_of

MENU: tuple[tuple[str, str], ...] = (("report", "报送目标进展:/report 目标编号 数值"),)
ADMIN_MENU: tuple[tuple[str, str], ...] = (
    ("designate", "指定本群为单位的进展报送群:/designate 单位"),
    ("undesignate", "取消进展报送群:/undesignate 单位"),
    ("delreport", "删除进展报送:/delreport 报送编号"),
)
USAGE = (
    "用法:/report 目标编号 数值 [说明],例如 /report 12 8;"
    "/report [地区] [关键词] 列出可报送的目标及编号"
)
DESIGNATE_USAGE = "用法:/designate 单位名称(在该单位的工作群发送;或 /designate @聊天ID 单位名称)"
UNDESIGNATE_USAGE = "用法:/undesignate 单位名称(或 /undesignate @聊天ID 单位名称)"
NOT_A_UNIT = "进展按单位报送:请写一个责任单位的名称,而不是地区或“全部”。"


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
    services = services_of(context)
    is_admin = await caller_is_admin(update, context)
    if not args or not names_a_target(args[0]):
        # /report alone, or /report 标准: which targets this chat may report on, numbered.
        guide = await asyncio.to_thread(
            services.queries.report_guide, chat.id, is_admin=is_admin, words=" ".join(args)
        )
        await message.reply_text(guide if guide == NOT_DESIGNATED else f"{guide}\n\n{USAGE}")
        return
    if len(args) < 2:
        await message.reply_text(USAGE)
        return
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
            user_name=caller_name(update),
            chat_title=chat_info(chat).title,
        )
    except EditError as error:
        # 没有找到目标 #99999 alone: the command was typed right.
        await message.reply_text(
            str(error) if isinstance(error, MissingItem) else f"{error}\n{USAGE}"
        )
        return
    await remember_caller(update, context)  # only once the report is stored: strangers are not kept
    await message.reply_text(progress_html(view, services.settings.tz), parse_mode=ParseMode.HTML)


@admin_only
async def designate_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _change_designation(update, context, on=True)


@admin_only
async def undesignate_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _change_designation(update, context, on=False)


async def _change_designation(
    update: Update, context: ContextTypes.DEFAULT_TYPE, *, on: bool
) -> None:
    message, chat, actor = update.effective_message, update.effective_chat, trusted_user_id(update)
    if message is None or chat is None or actor is None:
        return
    request = parse_request(list(context.args or []))
    if not request.words:
        await message.reply_text(DESIGNATE_USAGE if on else UNDESIGNATE_USAGE)
        return
    services = services_of(context)
    resolution = await asyncio.to_thread(resolve, services.engine, request.text)
    topic = resolution.topic
    if topic is None:
        text = unresolved_reply(request.text, resolution)
        await message.reply_text(text, parse_mode=ParseMode.HTML)
        return
    if topic.unit_id is None:
        await message.reply_text(NOT_A_UNIT)
        return
    target_chat = request.target_chat_id or chat.id
    refusal = foreign_chat_refusal(context, target_chat)
    if refusal is not None:
        await message.reply_text(refusal)
        return
    change = designate if on else withdraw
    outcome = await asyncio.to_thread(
        change, services.engine, actor, target_chat, topic.unit_id, now=services.clock.now()
    )
    where = "本聊天" if target_chat == chat.id else f"聊天 {target_chat}"
    unit = topic_html(topic.label)
    if on:
        text = (
            f"已指定{where}为「{unit}」的进展报送群:其成员可用 /report 报送该单位牵头或配合的目标。"
            if outcome.changed
            else f"{where}已经是「{unit}」的进展报送群。"
        )
    else:
        text = (
            f"已取消{where}作为「{unit}」进展报送群的资格。"
            if outcome.changed
            else f"{where}本来就不是「{unit}」的进展报送群。"
        )
    if outcome.changed:
        text += "可用 /undo 撤销。"
    await message.reply_text(text, parse_mode=ParseMode.HTML)


@admin_only
async def delete_report_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message, actor = update.effective_message, trusted_user_id(update)
    if message is None or actor is None:
        return
    args = context.args or []
    if not args:
        await message.reply_text("用法:/delreport 报送编号(见报送成功时的回复或 /history)")
        return
    services = services_of(context)
    try:
        await asyncio.to_thread(
            delete_report, services.engine, actor, args[0], now=services.clock.now()
        )
    except EditError as error:
        await message.reply_text(escape(str(error)))
        return
    await message.reply_text(f"已删除进展报送 #{escape(args[0].lstrip('#'))}。可用 /undo 撤销。")


def register(application: Application, group: int = 0) -> None:
    # New messages only: an edited report would count twice.
    new_messages = filters.UpdateType.MESSAGE
    application.add_handler(CommandHandler("report", report_command, filters=new_messages), group)
    application.add_handler(CommandHandler("designate", designate_command), group)
    application.add_handler(CommandHandler("undesignate", undesignate_command), group)
    application.add_handler(CommandHandler("delreport", delete_report_command), group)
