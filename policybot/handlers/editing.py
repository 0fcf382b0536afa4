"""Editing facts step by step: /edit, /add and /delete as one ``ConversationHandler``.

- ``/edit target 12`` shows the fact with a button per field → the admin picks one → types the
  new value → the fact is shown as it now stands.
- ``/add target [文档]`` asks for the document, then for each essential field in turn.
- ``/delete milestone 3`` shows the fact and asks 确认删除 / 取消.

``/cancel`` leaves at any step. Wrong input gets the reason and the same question again. Text
steps raise ``ApplicationHandlerStop`` so that the value is not also answered as a question by
the free-text lookup handler in a later group.
"""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html import escape
from typing import Any, TypeVar

from telegram import (
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)
from telegram.warnings import PTBUserWarning

from policybot.handlers.admin_format import document_line, fact_html
from policybot.handlers.rights import admin_only, trusted_user_id
from policybot.knowledge.editing import (
    ADD_FIELDS,
    FIELDS,
    KIND_LABELS,
    EditConflict,
    EditError,
    FactView,
    create_fact,
    delete_fact,
    expand_references,
    field_labels,
    field_spec,
    load_fact,
    looks_like_question,
    parse_id,
    parse_kind,
    parse_value,
    resolve_document,
    update_fact,
)
from policybot.knowledge.labels import KIND_USAGE
from policybot.services import services_of

CHOOSE_FIELD, ENTER_VALUE, ADD_DOCUMENT, ADD_VALUE, CONFIRM_DELETE = range(5)
DRAFT_KEY = "edit_draft"
IDLE_LIMIT = timedelta(minutes=15)

MENU: tuple[tuple[str, str], ...] = (
    ("edit", "修改事实:/edit target 12"),
    ("add", "新增事实:/add target [文档编号]"),
    ("delete", "删除事实:/delete milestone 3"),
    ("cancel", "取消当前操作"),
)
EXPIRED = "操作已超时或已结束,请重新发送命令。"


@dataclass
class Draft:
    """Where an admin is in a conversation: what they edit, add or delete."""

    kind: str
    fact_id: int | None = None
    field_name: str | None = None
    seen: dict[str, Any] | None = None  # the fact as the edit screen showed it
    document_id: int | None = None
    values: dict[str, Any] = field(default_factory=dict)
    to_ask: list[str] = field(default_factory=list)
    touched_at: datetime | None = None


T = TypeVar("T")


def _key(update: object) -> tuple[str, int | None]:
    """Per chat, like the conversation itself: an admin may edit in two chats at once."""
    chat = update.effective_chat if isinstance(update, Update) else None
    return (DRAFT_KEY, chat.id if chat else None)


def _draft(update: object, context: ContextTypes.DEFAULT_TYPE) -> Draft | None:
    """The admin's draft in this chat, unless left idle too long.

    An abandoned conversation must not swallow a question asked hours later: after
    ``IDLE_LIMIT`` the draft is gone, the step ends the conversation without stopping the
    update, and the free-text handler answers it as usual. (The clock is the injectable one,
    so no job queue is needed and tests can move time.)
    """
    draft = (context.user_data or {}).get(_key(update))
    if not isinstance(draft, Draft):
        return None
    now = services_of(context).clock.now()
    if draft.touched_at is not None and now - draft.touched_at > IDLE_LIMIT:
        _forget(update, context)
        return None
    draft.touched_at = now
    return draft


def _forget(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    if context.user_data is not None:
        context.user_data.pop(_key(update), None)


def _remember(update: object, context: ContextTypes.DEFAULT_TYPE, draft: Draft) -> None:
    draft.touched_at = services_of(context).clock.now()
    if context.user_data is not None:
        context.user_data[_key(update)] = draft


async def _say(update: Update, text: str, markup: Any = None) -> None:
    message = update.effective_message
    if message is not None:
        await message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=markup)


async def _ask(update: Update, text: str) -> None:
    """A question; in a group it asks for a reply, which privacy mode lets through."""
    chat = update.effective_chat
    group = chat is not None and chat.type != chat.PRIVATE
    await _say(update, text, ForceReply(selective=True) if group else None)


async def _as_admin(
    update: Update, context: ContextTypes.DEFAULT_TYPE, change: Callable[..., T], *args: Any
) -> T:
    """``change(engine, admin id, *args, now=…)`` in a thread: a store write by the admin who
    sent ``update``, dated by the services' clock."""
    services = services_of(context)
    return await asyncio.to_thread(
        change, services.engine, trusted_user_id(update) or 0, *args, now=services.clock.now()
    )


def _kind_and_id(args: list[str]) -> tuple[str, int]:
    args = expand_references(args)
    if len(args) < 2:
        raise EditError(KIND_USAGE)
    return parse_kind(args[0]), parse_id(args[1])


def _field_buttons(kind: str, fact_id: int) -> InlineKeyboardMarkup:
    """Buttons name the fact too (``ef:target:12:value``, well under 64 bytes), so that a button
    under an older /edit message cannot change the fact of a newer conversation."""
    buttons = [
        InlineKeyboardButton(spec.label, callback_data=f"ef:{kind}:{fact_id}:{spec.name}")
        for spec in FIELDS[kind]
    ]
    rows = [buttons[i : i + 3] for i in range(0, len(buttons), 3)]
    rows.append([InlineKeyboardButton("取消", callback_data=f"ef:{kind}:{fact_id}:cancel")])
    return InlineKeyboardMarkup(rows)


def _for_draft(data: str, draft: Draft | None) -> str | None:
    """The action of a button (``ef:kind:id:action``) if it belongs to the draft, else None."""
    parts = data.split(":")
    if draft is None or len(parts) != 4 or parts[1:3] != [draft.kind, str(draft.fact_id)]:
        return None
    return parts[3]


# -- /edit --------------------------------------------------------------------------------------


async def _live_fact(
    update: Update, context: ContextTypes.DEFAULT_TYPE, usage: str, when_deleted: str
) -> tuple[str, int, FactView] | None:
    """The fact the command's arguments name, or None once the user has been told why not."""
    try:
        kind, fact_id = _kind_and_id(context.args or [])
    except EditError as error:
        await _say(update, f"{escape(str(error))}\n用法:{usage}")
        return None
    try:  # a well-formed command naming no fact: say so, not how to type it
        view = await asyncio.to_thread(load_fact, services_of(context).engine, kind, fact_id)
    except EditError as error:
        await _say(update, escape(str(error)))
        return None
    if view.deleted:
        await _say(update, fact_html(view) + "\n" + when_deleted)
        return None
    return kind, fact_id, view


@admin_only
async def start_edit(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    found = await _live_fact(
        update, context, "/edit target 12", "已删除的事实不能修改(可用 /undo 撤销删除)。"
    )
    if found is None:
        return ConversationHandler.END
    kind, fact_id, view = found
    _remember(update, context, Draft(kind, fact_id, seen=view.snapshot))
    await _say(update, fact_html(view) + "\n\n请选择要修改的字段:", _field_buttons(kind, fact_id))
    return CHOOSE_FIELD


@admin_only
async def choose_field_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    draft = _draft(update, context)
    if query is None or query.data is None:
        return ConversationHandler.END
    await query.answer()
    name = _for_draft(query.data, draft)
    await query.edit_message_reply_markup(None)
    if draft is None or name is None:
        await _say(update, EXPIRED)
        return ConversationHandler.END
    if name == "cancel":
        _forget(update, context)
        await _say(update, "已取消,未做修改。")
        return ConversationHandler.END
    return await _choose(update, draft, name)


@admin_only
async def choose_field_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    draft = _draft(update, context)
    message = update.effective_message
    if draft is None or message is None or message.text is None:
        return ConversationHandler.END
    raise ApplicationHandlerStop(await _choose(update, draft, message.text))


def _still_open(draft: Draft, asking: str) -> str:
    """The reply to a question typed while a step waits for input: nothing was answered or
    saved, what the step still waits for, and how to leave to ask it."""
    kind = KIND_LABELS[draft.kind]
    doing = f"修改{kind} #{draft.fact_id}" if draft.fact_id is not None else f"新增{kind}"
    return f"你还在{doing},这句问话没有回答,也没有保存。{asking},或发 /cancel 结束后再提问。"


async def _choose(update: Update, draft: Draft, name: str) -> int:
    try:
        spec = field_spec(draft.kind, name)
    except EditError as error:
        if looks_like_question(name):
            labels = field_labels(draft.kind)
            await _say(update, escape(_still_open(draft, f"请点按钮选择要修改的字段({labels})")))
        else:
            await _say(
                update, f"{escape(str(error))}\n请点按钮选择,或输入字段名;/cancel 结束修改。"
            )
        return CHOOSE_FIELD
    draft.field_name = spec.name
    await _ask(update, f"请输入新的「{spec.label}」。{spec.hint};/cancel 取消。")
    return ENTER_VALUE


@admin_only
async def enter_value(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    draft = _draft(update, context)
    message = update.effective_message
    if draft is None or draft.fact_id is None or draft.field_name is None or message is None:
        return ConversationHandler.END
    if looks_like_question(message.text or ""):
        label = field_spec(draft.kind, draft.field_name).label
        await _ask(update, escape(_still_open(draft, f"请输入新的「{label}」")))
        raise ApplicationHandlerStop(ENTER_VALUE)
    services = services_of(context)
    try:
        view = await asyncio.to_thread(
            update_fact,
            services.engine,
            trusted_user_id(update) or 0,
            draft.kind,
            draft.fact_id,
            draft.field_name,
            message.text or "",
            now=services.clock.now(),
            seen=draft.seen,
            zone=services.settings.tz,
        )
    except EditConflict as conflict:  # another admin saved first: show theirs, ask again
        draft.seen = conflict.current
        await _ask(update, escape(str(conflict)))
        raise ApplicationHandlerStop(ENTER_VALUE) from None
    except EditError as error:
        await _ask(update, f"{escape(str(error))}\n请重新输入,或 /cancel 取消。")
        raise ApplicationHandlerStop(ENTER_VALUE) from None
    _forget(update, context)
    await _say(update, fact_html(view, headline="已修改") + "\n可用 /undo 撤销。")
    raise ApplicationHandlerStop(ConversationHandler.END)


# -- /add ---------------------------------------------------------------------------------------


@admin_only
async def start_add(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    args = context.args or []
    try:
        kind = parse_kind(args[0]) if args else None
    except EditError as error:
        await _say(update, f"{escape(str(error))}\n用法:/add target [文档编号]")
        return ConversationHandler.END
    if kind is None:
        await _say(update, f"用法:/add target [文档编号]\n{KIND_USAGE}")
        return ConversationHandler.END
    draft = Draft(kind, to_ask=list(ADD_FIELDS[kind]))
    _remember(update, context, draft)
    if len(args) > 1:
        return await _take_document(update, context, draft, " ".join(args[1:]))
    await _ask(update, f"新增{KIND_LABELS[kind]}:请输入所属文档的编号或文号;/cancel 取消。")
    return ADD_DOCUMENT


@admin_only
async def add_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    draft = _draft(update, context)
    message = update.effective_message
    if draft is None or message is None:
        return ConversationHandler.END
    if looks_like_question(message.text or ""):
        await _ask(update, escape(_still_open(draft, "请输入所属文档的编号或文号")))
        raise ApplicationHandlerStop(ADD_DOCUMENT)
    raise ApplicationHandlerStop(await _take_document(update, context, draft, message.text or ""))


async def _take_document(
    update: Update, context: ContextTypes.DEFAULT_TYPE, draft: Draft, reference: str
) -> int:
    try:
        document = await asyncio.to_thread(resolve_document, services_of(context).engine, reference)
    except EditError as error:
        await _ask(update, f"{escape(str(error))}\n请重新输入文档编号,或 /cancel 取消。")
        return ADD_DOCUMENT
    draft.document_id = document.document_id
    await _say(update, document_line(document.document_id, document.title, document.doc_number))
    return await _ask_next(update, draft)


async def _ask_next(update: Update, draft: Draft) -> int:
    spec = field_spec(draft.kind, draft.to_ask[0])
    required = "(必填)" if spec.required else ""
    await _ask(update, f"请输入「{spec.label}」{required}。{spec.hint};/cancel 取消。")
    return ADD_VALUE


@admin_only
async def add_value(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    draft = _draft(update, context)
    message = update.effective_message
    if draft is None or draft.document_id is None or not draft.to_ask or message is None:
        return ConversationHandler.END
    spec = field_spec(draft.kind, draft.to_ask[0])
    if looks_like_question(message.text or ""):
        await _ask(update, escape(_still_open(draft, f"请输入「{spec.label}」")))
        raise ApplicationHandlerStop(ADD_VALUE)
    try:
        services = services_of(context)
        today = services.clock.now().astimezone(services.settings.tz).date()
        draft.values[spec.name] = parse_value(spec, message.text or "", today=today)
    except EditError as error:
        await _ask(update, f"{escape(str(error))}\n请重新输入,或 /cancel 取消。")
        raise ApplicationHandlerStop(ADD_VALUE) from None
    draft.to_ask.pop(0)
    if draft.to_ask:
        raise ApplicationHandlerStop(await _ask_next(update, draft))
    try:
        view = await _as_admin(
            update, context, create_fact, draft.kind, draft.document_id, draft.values
        )
    except EditError as error:
        _forget(update, context)
        await _say(update, f"{escape(str(error))}\n未新增,请重新 /add。")
        raise ApplicationHandlerStop(ConversationHandler.END) from None
    _forget(update, context)
    await _say(
        update,
        fact_html(view, headline="已新增")
        + f"\n其他字段可用 /edit {draft.kind} {view.fact_id} 补充;/undo 撤销。",
    )
    raise ApplicationHandlerStop(ConversationHandler.END)


# -- /delete ------------------------------------------------------------------------------------


@admin_only
async def start_delete(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    found = await _live_fact(update, context, "/delete milestone 3", "该事实已经删除。")
    if found is None:
        return ConversationHandler.END
    kind, fact_id, view = found
    _remember(update, context, Draft(kind, fact_id))
    buttons = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("确认删除", callback_data=f"dl:{kind}:{fact_id}:yes"),
                InlineKeyboardButton("取消", callback_data=f"dl:{kind}:{fact_id}:no"),
            ]
        ]
    )
    await _say(update, fact_html(view) + "\n\n确定删除吗?删除后不再出现在回答和提醒中。", buttons)
    return CONFIRM_DELETE


@admin_only
async def confirm_delete(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    query = update.callback_query
    draft = _draft(update, context)
    if query is None:
        return ConversationHandler.END
    await query.answer()
    _forget(update, context)
    choice = _for_draft(query.data or "", draft)
    if draft is None or draft.fact_id is None or choice is None:
        await query.edit_message_reply_markup(None)
        await _say(update, EXPIRED)
        return ConversationHandler.END
    if choice != "yes":
        await query.edit_message_reply_markup(None)
        await _say(update, "已取消,未删除。")
        return ConversationHandler.END
    try:
        view = await _as_admin(update, context, delete_fact, draft.kind, draft.fact_id)
    except EditError as error:
        await query.edit_message_text(str(error))
        return ConversationHandler.END
    await query.edit_message_text(
        fact_html(view, headline="已删除") + "\n可用 /undo 撤销。", parse_mode=ParseMode.HTML
    )
    return ConversationHandler.END


# -- leaving ------------------------------------------------------------------------------------


async def cancel(update: Update, context: ContextTypes.DEFAULT_TYPE) -> int:
    _forget(update, context)
    await _say(update, "已取消,未做修改。")
    return ConversationHandler.END


async def cancel_outside(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _say(update, "当前没有进行中的操作。")


@admin_only
async def stale_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A field or delete button whose conversation has ended (or that was never ours)."""
    if update.callback_query is not None:
        await update.callback_query.answer("该操作已结束,请重新发送命令。", show_alert=True)


def conversation() -> ConversationHandler:
    text = filters.TEXT & ~filters.COMMAND
    entry_filter = filters.UpdateType.MESSAGES
    with warnings.catch_warnings():
        # per_message=False is right here (one conversation per admin and chat); PTB warns that
        # CallbackQueryHandlers are then tracked per chat and user, which is what we want.
        warnings.simplefilter("ignore", PTBUserWarning)
        return ConversationHandler(
            entry_points=[
                CommandHandler("edit", start_edit, filters=entry_filter),
                CommandHandler("add", start_add, filters=entry_filter),
                CommandHandler("delete", start_delete, filters=entry_filter),
            ],
            states={
                CHOOSE_FIELD: [
                    CallbackQueryHandler(choose_field_button, pattern=r"^ef:"),
                    MessageHandler(text, choose_field_text),
                ],
                ENTER_VALUE: [MessageHandler(text, enter_value)],
                ADD_DOCUMENT: [MessageHandler(text, add_document)],
                ADD_VALUE: [MessageHandler(text, add_value)],
                CONFIRM_DELETE: [CallbackQueryHandler(confirm_delete, pattern=r"^dl:")],
            },
            fallbacks=[CommandHandler("cancel", cancel)],
            allow_reentry=True,
            name="editing",
        )


def register(application: Application, group: int = 0) -> None:
    application.add_handler(conversation(), group)
    application.add_handler(CommandHandler("cancel", cancel_outside), group)
    application.add_handler(CallbackQueryHandler(stale_button, pattern=r"^(ef|dl):"), group)
