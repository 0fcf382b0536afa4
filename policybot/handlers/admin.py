"""Admin commands: /grant, /revoke, /admins (rights), /retire, /history and /undo.

Short handlers: parse the arguments, call ``knowledge`` (which validates, changes and audits),
reply in Chinese. Every changing command goes through the ``rights`` guard.
"""

from __future__ import annotations

import asyncio
import html
from typing import Any

from sqlalchemy.engine import Engine
from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from policybot.handlers.admin_format import document_html, fact_html, history_html, undo_html
from policybot.handlers.rights import (
    admin_only,
    admin_view,
    caller_is_admin,
    foreign_user_refusal,
    owner_only,
    rights_of,
    trusted_user_id,
)
from policybot.knowledge import audit, people
from policybot.knowledge.access import AccessError, grant, list_admins, revoke
from policybot.knowledge.clipping import clip
from policybot.knowledge.editing import (
    KIND_WORDS,
    DocumentView,
    EditError,
    SeveralDocuments,
    expand_references,
    load_fact,
    parse_id,
    parse_kind,
    parse_retire_args,
    positive_id,
    resolve_document,
    restore_document,
    retire_document,
)
from policybot.knowledge.labels import KIND_USAGE
from policybot.knowledge.models import FACT_MODELS, DocumentStatus
from policybot.knowledge.undo import NeedsConfirmation, UndoError, undo_last
from policybot.services import services_of

MENU: tuple[tuple[str, str], ...] = (
    ("adminhelp", "管理员功能说明"),
    ("retire", "停用文档:/retire 文号、编号或标题 [superseded|expired]"),
    ("restore", "恢复已停用的文档:/restore 文号或编号"),
    ("history", "修改记录:/history [文档编号 | target 12]"),
    ("undo", "撤销我最近一次修改"),
    ("admins", "查看管理员"),
    ("grant", "授权管理员(所有者):/grant 用户ID"),
    ("revoke", "撤销管理员(所有者):/revoke 用户ID"),
)
HISTORY_LIMIT = 10
ADMIN_HELP = (
    "<b>管理员功能</b>(需要管理员权限;查询功能对所有人开放)\n"
    "<b>上传规划</b>:直接发送 .txt / .docx / 带文字层的 .pdf 文件,核对预览后点“确认入库”。"
    "同文号的新版本会替换旧版本。\n"
    "<b>修改事实</b>:<code>/edit target 12</code> 选择字段后输入新值;"
    "<code>/add milestone 3</code> 为文档 #3 新增;<code>/delete reward 5</code>。"
    f"{KIND_USAGE}。"
    "任何一步可 /cancel。\n"
    "<b>停用文档</b>:<code>/retire 示府发〔2024〕7号 expired</code>(或 superseded);"
    "<code>/restore 3</code> 恢复。\n"
    "<b>记录与撤销</b>:<code>/history</code>(或 <code>/audit</code>)、<code>/history 3</code>、"
    "<code>/history target 12</code>;<code>/undo</code> 撤销自己最近一次修改。\n"
    "<b>进展</b>:<code>/report 12 8</code>(管理员,或管理员指定的单位报送群);"
    "在单位工作群发送 <code>/designate 单位名称</code> 指定报送群,<code>/undesignate</code> 取消;"
    "<code>/delreport 5</code> 删除一条报送。\n"
    "<b>词汇表</b>:<code>/glossary 规上 = 规模以上</code> 预览后确认;"
    "<code>/glossary 删除 规上</code>;回答里点“出处”可看到事实编号。\n"
    "<b>权限</b>(所有者):<code>/grant 用户ID</code>、<code>/revoke 用户ID</code>、/admins。"
)

ADMIN_ONLY = "管理员功能(上传、修改知识库)仅限管理员使用,如需使用请联系管理员。查询命令见 /help"


async def _reply(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)


def _actor(update: Update) -> int:
    user_id = trusted_user_id(update)
    if user_id is None:  # the guard has refused such updates already
        raise RuntimeError("no trusted user behind a guarded update")
    return user_id


def _target_user(update: Update, args: list[str]) -> int | None:
    """The user id given as an argument, or the author of the message replied to."""
    if args:
        return positive_id(args[0])  # a 20-digit number is no user (and overflows the store)
    message = update.effective_message
    replied = message.reply_to_message if message else None
    if replied is not None and replied.from_user is not None and not replied.from_user.is_bot:
        return replied.from_user.id
    return None


async def _named_user(
    update: Update, context: ContextTypes.DEFAULT_TYPE, command: str
) -> int | None:
    """The user a /grant or /revoke names (an id, or the author of the message replied to);
    None, once the caller is told why, when it names nobody or a real user the offline chat
    may not manage."""
    user_id = _target_user(update, context.args or [])
    if user_id is None:
        await _reply(update, f"用法:/{command} 用户ID(或回复该用户的消息发送 /{command})")
        return None
    refusal = foreign_user_refusal(context, user_id)
    if refusal is not None:
        await _reply(update, html.escape(refusal))
        return None
    return user_id


async def admin_help_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> str:
    """The admin commands for an admin; for anyone else one sentence that they are admins'
    (a list of commands they cannot use, and how rights are given, help nobody else)."""
    return ADMIN_HELP if await caller_is_admin(update, context) else ADMIN_ONLY


async def admin_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/adminhelp, the same answer as /help admin."""
    await _reply(update, await admin_help_text(update, context))


@owner_only
async def grant_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user_id = await _named_user(update, context, "grant")
    if user_id is None:
        return
    services = services_of(context)
    message = update.effective_message
    replied = message.reply_to_message if message else None
    person = replied.from_user if replied is not None else None
    if person is not None and person.id == user_id:
        # granted by replying to their message: Telegram says who they are, which /history
        # then shows beside their id
        await asyncio.to_thread(
            people.remember,
            services.engine,
            user_id,
            person.full_name,
            person.username,
            now=services.clock.now(),
        )
    added = await asyncio.to_thread(
        grant, services.engine, _actor(update), user_id, now=services.clock.now()
    )
    await _reply(
        update, f"已授权用户 {user_id} 为管理员。" if added else f"用户 {user_id} 已经是管理员。"
    )


@owner_only
async def revoke_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    user_id = await _named_user(update, context, "revoke")
    if user_id is None:
        return
    services = services_of(context)
    try:
        removed = await asyncio.to_thread(
            revoke,
            services.engine,
            rights_of(context),
            _actor(update),
            user_id,
            now=services.clock.now(),
        )
    except AccessError as error:
        await _reply(update, html.escape(str(error)))
        return
    await _reply(
        update,
        f"已撤销用户 {user_id} 的管理员权限。" if removed else f"用户 {user_id} 不是管理员。",
    )


@admin_view("管理员名单")
async def admins_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    services = services_of(context)
    owners = "、".join(str(owner) for owner in services.settings.bot.owners) or "(未配置)"
    admins = await asyncio.to_thread(list_admins, services.engine)
    lines = [f"<b>所有者</b>:{owners}", "<b>管理员</b>:"]
    lines.extend(f" • {admin.user_id}(由 {admin.granted_by} 授权)" for admin in admins)
    if not admins:
        lines.append(" (暂无)")
    await _reply(update, "\n".join(lines))


@admin_only
async def retire_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    args = list(context.args or [])
    if not args:
        await _reply(
            update, "用法:/retire 文号、文档编号或标题里的词 [superseded|expired](默认 expired)"
        )
        return
    services = services_of(context)
    try:
        reference, status = parse_retire_args(args)
        view = await asyncio.to_thread(
            retire_document,
            services.engine,
            _actor(update),
            reference,
            status,
            now=services.clock.now(),
        )
    except SeveralDocuments as several:
        # one 文号 of plans of two regions: which is meant is chosen by a button, no id typed
        await _reply(
            update,
            f"“{html.escape(reference)}”对应多份文件,请选择要停用的一份:",
            _retire_buttons(several.choices, status),
        )
        return
    except EditError as error:
        await _reply(update, html.escape(str(error)))
        return
    await _reply(update, _retired_html(view))


RETIRE_CHOICE = "rt:"  # rt:<document id>:<status> or rt:no
RETIRE_STATUS_CODES = {DocumentStatus.EXPIRED: "e", DocumentStatus.SUPERSEDED: "s"}
_RETIRE_LABEL_CHARS = 40  # a button's text on a phone


def _retired_html(view: DocumentView) -> str:
    unknown = ""
    if view.status == DocumentStatus.SUPERSEDED and not view.replaced_by:
        unknown = "\n未记录由哪份文件替代(上传同一文号的新版本时会自动记录)。"
    return (
        document_html(view, headline="文档已停用")
        + unknown
        + "\n其目标、节点和奖励不再出现在回答和提醒中,历史记录保留;可用 /undo 撤销。"
    )


def _retire_buttons(choices: list[tuple[int, str]], status: str) -> InlineKeyboardMarkup:
    code = RETIRE_STATUS_CODES.get(status, "e")
    rows = [
        [
            InlineKeyboardButton(
                clip(label, _RETIRE_LABEL_CHARS),
                callback_data=f"{RETIRE_CHOICE}{document_id}:{code}",
            )
        ]
        for document_id, label in choices
    ]
    rows.append([InlineKeyboardButton("取消", callback_data=f"{RETIRE_CHOICE}no")])
    return InlineKeyboardMarkup(rows)


@admin_only
async def retire_choice_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """The document chosen under ``/retire <文号>`` of several regions' plans: retired as
    /retire #id would (audited, undone by /undo); only admins' presses do anything."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    await query.answer()
    choice = query.data.removeprefix(RETIRE_CHOICE)
    if choice == "no":
        await _edit_quietly(query, "已取消,未停用任何文档。")
        return
    document_id, _, code = choice.partition(":")
    status = next((s for s, c in RETIRE_STATUS_CODES.items() if c == code), None)
    if positive_id(document_id) is None or status is None:
        await _edit_quietly(query, "这个按钮已失效,请重新发送 /retire。")
        return
    services = services_of(context)
    try:
        view = await asyncio.to_thread(
            retire_document,
            services.engine,
            _actor(update),
            f"#{document_id}",
            status,
            now=services.clock.now(),
        )
    except EditError as error:
        await _edit_quietly(query, html.escape(str(error)))
        return
    await _edit_quietly(query, _retired_html(view), parse_mode=ParseMode.HTML)


async def _edit_quietly(query: CallbackQuery, text: str, **kwargs: Any) -> None:
    """Edits the message under a pressed button; a second press of a stale one (取消 twice,
    a forged id twice) asks for the text it already shows, which Telegram refuses as not
    modified: nothing is left to say then (attack43: the handler failed)."""
    try:
        await query.edit_message_text(text, **kwargs)
    except BadRequest as error:
        if "not modified" not in str(error).lower():
            raise


@admin_only
async def restore_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    reference = " ".join(context.args or [])
    if not reference:
        await _reply(update, "用法:/restore 文号或文档编号")
        return
    services = services_of(context)
    try:
        view = await asyncio.to_thread(
            restore_document, services.engine, _actor(update), reference, now=services.clock.now()
        )
    except EditError as error:
        await _reply(update, html.escape(str(error)))
        return
    await _reply(
        update,
        document_html(view, headline="文档已恢复")
        + "\n其事实重新出现在回答和提醒中;可用 /undo 撤销。",
    )


@admin_view("修改记录")
async def history_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    args = context.args or []
    services = services_of(context)
    try:
        lines, title = await asyncio.to_thread(_history, services.engine, args)
    except EditError as error:
        await _reply(update, html.escape(str(error)))
        return
    names = await asyncio.to_thread(people.names_of, services.engine, audit.people_named(lines))
    chats = await asyncio.to_thread(audit.chat_names, services.engine, audit.chat_ids_named(lines))
    text = history_html(lines, services.settings.tz, title=title, names=names, chats=chats)
    await _reply(update, text)


HISTORY_USAGE = (
    "用法:/history target 12 看一条事实的修改记录;/history 3 看文档 #3 的;/history 看最近的。"
)


def _history(engine: Engine, args: list[str]) -> tuple[list[audit.HistoryLine], str]:
    if not args:
        return audit.recent(engine, limit=HISTORY_LIMIT), "最近的修改"
    args = expand_references(args)
    if len(args) == 1 and args[0].strip().lower() in KIND_WORDS:
        raise EditError(HISTORY_USAGE)
    if len(args) >= 2 and args[0].lower() not in ("document", "doc", "文档"):
        kind, fact_id = parse_kind(args[0]), parse_id(args[1])
        lines = audit.for_entity(engine, kind, fact_id, limit=HISTORY_LIMIT)
        if not lines:
            load_fact(engine, kind, fact_id)  # no such fact: 没有找到目标 #99999, not 暂无修改记录
        return lines, f"{audit.ENTITY_LABELS[kind]} #{fact_id} 的修改记录"
    reference = " ".join(args[1:] if len(args) >= 2 else args)
    document = resolve_document(engine, reference)
    lines = audit.for_entity(engine, audit.DOCUMENT, document.document_id, limit=HISTORY_LIMIT)
    return lines, f"文档 #{document.document_id} 的修改记录"


UNDO_CONFIRM = "ud:"  # ud:<entry>:<counts> (a dozen bytes) or ud:no
UNDO_CONFIRM_LABEL = "确认撤销入库"


@admin_only
async def undo_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    args = context.args or []
    named = positive_id(args[0].lstrip("#")) if len(args) == 1 else None
    if args and named is None:
        named = 0  # words, or a number no change has: refused, naming what /undo would undo
    try:
        text = await _undo(update, context, None, named)
    except NeedsConfirmation as question:
        await _reply(update, html.escape(str(question)), _confirm_buttons(question.token))
        return
    except UndoError as error:
        await _reply(update, html.escape(str(error)))
        return
    await _reply(update, text)


@admin_only
async def undo_confirm_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """确认撤销入库 / 取消 under an /undo that would delete an uploaded plan (with its facts and
    whatever hangs on them); only the admin whose change it is can confirm it."""
    query = update.callback_query
    if query is None or query.data is None:
        return
    await query.answer()
    token = query.data.removeprefix(UNDO_CONFIRM)
    if token == "no":
        await query.edit_message_text("已取消,未撤销。")
        return
    try:
        text = await _undo(update, context, token)
    except NeedsConfirmation as question:  # more depends on it than was shown: ask again
        markup = _confirm_buttons(question.token)
        await query.edit_message_text(html.escape(str(question)), reply_markup=markup)
        return
    except UndoError as error:
        await query.edit_message_text(html.escape(str(error)))
        return
    await query.edit_message_text(text, parse_mode=ParseMode.HTML)


def _confirm_buttons(token: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(UNDO_CONFIRM_LABEL, callback_data=UNDO_CONFIRM + token),
                InlineKeyboardButton("取消", callback_data=UNDO_CONFIRM + "no"),
            ]
        ]
    )


async def _undo(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    confirmed: str | None,
    named: int | None = None,
) -> str:
    services = services_of(context)
    result = await asyncio.to_thread(
        undo_last,
        services.engine,
        _actor(update),
        now=services.clock.now(),
        zone=services.settings.tz,
        confirmed=confirmed,
        named=named,
        ask_before_upload=True,
    )
    text = undo_html(result)
    if result.entity_kind in FACT_MODELS and result.entity_id is not None:
        fact = await asyncio.to_thread(
            load_fact, services.engine, result.entity_kind, result.entity_id
        )
        text += "\n\n" + fact_html(fact)
    return text


def register(application: Application, group: int = 0) -> None:
    application.add_handler(CommandHandler("adminhelp", admin_help), group)
    application.add_handler(CommandHandler("grant", grant_command), group)
    application.add_handler(CommandHandler("revoke", revoke_command), group)
    application.add_handler(CommandHandler("admins", admins_command), group)
    application.add_handler(CommandHandler("retire", retire_command), group)
    application.add_handler(CommandHandler("restore", restore_command), group)
    # "/audit" is what an auditor asks for; it is the same record.
    application.add_handler(CommandHandler(("history", "audit"), history_command), group)
    application.add_handler(CommandHandler("undo", undo_command), group)
    application.add_handler(
        CallbackQueryHandler(undo_confirm_button, pattern=rf"^{UNDO_CONFIRM}"), group
    )
    application.add_handler(
        CallbackQueryHandler(retire_choice_button, pattern=rf"^{RETIRE_CHOICE}"), group
    )
