"""/glossary: the words people use and what the documents write, which admins can extend.

- ``/glossary`` lists the admins' entries (everyone may read it);
- ``/glossary 采标`` looks a word up among them and the built-in ones (everyone may);
- ``/glossary 规上 = 规模以上`` shows what the entry would do, with 确认添加 / 取消;
- ``/glossary 删除 规上`` deletes an admin's entry.

Adding and deleting are audited and undone by /undo, like every other change from the chat.
Each preview's buttons carry a key of their own (``gl:yes:<key>``), under which the entry it
showed is kept: pressing 确认添加 under an older preview adds exactly what that message showed,
not the admin's latest preview (or says it expired, once forgotten).
"""

from __future__ import annotations

import asyncio
import html

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from policybot.handlers.formatting import clip_echo
from policybot.handlers.rights import admin_only, caller_is_admin, trusted_user_id
from policybot.handlers.tool_state import recall, remember
from policybot.knowledge import glossary_store
from policybot.knowledge.glossary import BUILT_IN, MAX_TERM
from policybot.knowledge.glossary_store import GlossaryError, GlossaryPreview
from policybot.services import services_of

MENU: tuple[tuple[str, str], ...] = (("glossary", "词汇表:/glossary 规上 = 规模以上"),)
PENDING_KEY = "glossary_pending"
DELETE_WORDS = {"删除", "delete", "del", "rm"}
USAGE = (
    "用法:/glossary 简称 = 文件里的写法(例如 /glossary 规上 = 规模以上);"
    "/glossary 删除 简称;只写 /glossary 查看词汇表。"
)


async def _reply(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    if update.effective_message is not None:
        await update.effective_message.reply_text(
            text, parse_mode=ParseMode.HTML, reply_markup=markup
        )


async def glossary_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    text = " ".join(context.args or []).strip()
    if not text:
        await _list(update, context)
        return
    if _looks_up(context.args or []):
        await _look_up(update, context, text)
        return
    await _change(update, context)


def _looks_up(args: list[str]) -> bool:
    """``/glossary 采标``: one word, no "=" and no 删除 — a look-up, which everyone may do;
    adding (``规上 = 规模以上``, ``规上 规模以上``) and deleting stay for admins."""
    return (
        len(args) == 1
        and args[0] not in DELETE_WORDS
        and glossary_store.SEPARATOR.search(args[0]) is None
    )


async def _look_up(update: Update, context: ContextTypes.DEFAULT_TYPE, word: str) -> None:
    """The entries (the admins' and the built-in ones) whose short form or meaning holds
    ``word``; when none does, where else to look, and for admins how to add it."""
    found = await asyncio.to_thread(glossary_store.look_up, services_of(context).engine, word)
    # the word is echoed (twice for an admin): a 4,000-character one made the reply longer
    # than Telegram takes, and the look-up failed without a word (attack43)
    shown = html.escape(clip_echo(word, MAX_TERM))
    if found:
        lines = [f"<b>词汇表</b>:含“{shown}”的词条(问题里的写法 → 文件里的写法)"]
        lines += [f"{html.escape(term)} → {html.escape(means)}" for term, means in found[:20]]
        if len(found) > 20:
            lines.append(f"还有 {len(found) - 20} 条,请写得更具体些。")
    else:
        lines = [f"词汇表里没有“{shown}”。可以直接提问,或发 /search {shown} 在文件里查找。"]
    if await caller_is_admin(update, context):
        lines.append(
            html.escape(f"添加或改写: /glossary {clip_echo(word, MAX_TERM)} = 文件里的写法")
        )
    await _reply(update, "\n".join(lines))


async def _list(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    entries = await asyncio.to_thread(glossary_store.list_entries, services_of(context).engine)
    lines = ["<b>词汇表</b>(问题里的写法 → 文件里的写法)"]
    lines += [f"{html.escape(e.term)} → {html.escape(e.means)}" for e in entries[:60]]
    if not entries:
        lines.append("(管理员还没有添加词条)")
    examples = "、".join(f"{term}→{means}" for term, means in BUILT_IN[:6])
    lines.append(f"另有 {len(BUILT_IN)} 条内置词条,例如 {html.escape(examples)}。")
    lines.append(html.escape(USAGE))
    await _reply(update, "\n".join(lines))


@admin_only
async def _change(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    args = list(context.args or [])
    services = services_of(context)
    actor = trusted_user_id(update) or 0
    if args[0] in DELETE_WORDS:
        try:
            view = await asyncio.to_thread(
                glossary_store.delete_entry,
                services.engine,
                actor,
                " ".join(args[1:]),
                now=services.clock.now(),
            )
        except GlossaryError as error:
            await _reply(update, html.escape(str(error)))
            return
        services.queries.invalidate()
        term, means = html.escape(view.term), html.escape(view.means)
        await _reply(update, f"已删除词条 {term} → {means}。可用 /undo 撤销。")
        return
    try:
        term, means = glossary_store.parse_entry(" ".join(args))
        preview = await asyncio.to_thread(services.queries.glossary_preview, term, means)
    except GlossaryError as error:
        await _reply(update, html.escape(str(error)))
        return
    user_data = context.user_data if context.user_data is not None else {}
    key = remember(user_data, PENDING_KEY, (term, means))
    buttons = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("确认添加", callback_data=f"gl:yes:{key}"),
                InlineKeyboardButton("取消", callback_data=f"gl:no:{key}"),
            ]
        ]
    )
    await _reply(update, preview_html(preview), buttons)


def preview_html(preview: GlossaryPreview) -> str:
    term, means = html.escape(preview.term), html.escape(preview.means)
    lines = [f"<b>词条预览</b>:{term} → {means}"]
    if preview.documents_use_term:
        lines.append(
            f"文件里本身也写“{term}”:问题里保留原词,搜索时两种写法都算(含“{term}”的句子也能用"
            f"“{means}”找到)。"
        )
    else:
        lines.append(f"问题里的“{term}”将按“{means}”理解,例如“{term}…多少”。")
    lines.append(f"文件中有 {preview.sentences_with_meaning} 句写了“{means}”。")
    if preview.sentences_with_meaning == 0:
        lines.append("⚠️ 没有文件这样写,这个词条暂时不会帮助找到答案。")
    if preview.replaces_entry is not None:
        old = html.escape(preview.replaces_entry.means)
        lines.append(f"将替换已有词条:{term} → {old}")
    elif preview.replaces_built_in is not None:
        lines.append(f"将替换内置词条:{term} → {html.escape(preview.replaces_built_in)}")
    return "\n".join(lines)


@admin_only
async def on_confirm(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    if query is None:
        return
    choice, pending = _take_pending(context, query.data or "")
    if choice != "yes" or not pending:
        await query.answer()
        await query.edit_message_text("已取消,词汇表没有变化。" if pending else "操作已过期。")
        return
    await query.answer()
    services = services_of(context)
    term, means = pending
    view = await asyncio.to_thread(
        glossary_store.add_entry,
        services.engine,
        trusted_user_id(update) or 0,
        term,
        means,
        now=services.clock.now(),
    )
    services.queries.invalidate()
    await query.edit_message_text(
        f"已添加词条 {html.escape(view.term)} → {html.escape(view.means)},"
        "之后的提问立即生效。可用 /undo 撤销。"
    )


def _take_pending(
    context: ContextTypes.DEFAULT_TYPE, data: str
) -> tuple[str, tuple[str, str] | None]:
    """The button's choice and the entry its own preview showed, forgotten once used (a button
    acts once); None when it is gone (or the button is from before previews had keys)."""
    _, choice, *rest = data.split(":")
    key = rest[0] if rest else ""
    pending = recall(context.user_data, PENDING_KEY, key) if key else None
    if not isinstance(pending, tuple):
        return choice, None
    kept = (context.user_data or {}).get(PENDING_KEY)
    if isinstance(kept, dict):
        kept.pop(key, None)
    return choice, pending


def register(application: Application, group: int = 0) -> None:
    application.add_handler(CommandHandler("glossary", glossary_command), group)
    application.add_handler(
        CallbackQueryHandler(on_confirm, pattern=r"^gl:(?:yes|no)(?::[0-9a-z]{1,12})?$"), group
    )
