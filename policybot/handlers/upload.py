"""An admin sends a plan as a file; the bot previews what it read and waits for 确认入库.

The size limit is checked from Telegram's ``document.file_size`` before anything is downloaded,
and the file type from its name, so a refused file costs nothing. Reading and extracting run in
a worker process within ``bot.read_seconds`` and ``bot.read_memory_mb`` (``knowledge.budget``):
a hostile file gets a sentence, and other chats never wait for it. Buttons carry only the pending upload's
id (``up:ok:17``), far below the 64-byte limit; the pending row remembers its chat, so a button
pressed (or forged) in another chat finds nothing. At start and every minute, previews left
unanswered for 3 days are dropped and an admin whose 确认入库 a stopped process never finished is
told what became of the plan (``knowledge.upload_recovery``).
"""

from __future__ import annotations

import asyncio
import functools
import html
import logging
import re
from datetime import timedelta

from telegram import CallbackQuery, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

from policybot.handlers.admin_format import (
    ITEMS_LABEL,
    KIND_COUNT_LABELS,
    RETIRE_ALL_LABEL,
    document_line,
    hides_items,
    item_pages,
    preview_html,
    retirement_line,
)
from policybot.handlers.paging import reply_pages
from policybot.handlers.rights import admin_only, refusal_for, trusted_user_id
from policybot.knowledge.clipping import NAME_LIMIT, clip, fit_lines
from policybot.knowledge.readers import (
    UNNAMED,
    ReadError,
    is_supported,
    storable,
    unsupported_message,
)
from policybot.knowledge.reading import read_plan_async
from policybot.knowledge.store import IngestResult
from policybot.knowledge.undo import undoes_upload_of
from policybot.knowledge.upload_recovery import InterruptedConfirm, recover_uploads, settle
from policybot.knowledge.upload_recovery import release as recovery_release
from policybot.knowledge.uploads import (
    TOKEN_LENGTH,
    UploadError,
    UploadPreview,
    answered,
    confirm_upload,
    discard_upload,
    owed_answer,
    pending_items,
    preview_plan,
)
from policybot.scheduler.messages import ROW_ID, row_id
from policybot.services import Services, services_of

log = logging.getLogger(__name__)

CONFIRM, CONFIRM_ALL, CANCEL, ITEMS = "ok", "all", "no", "ls"
CALLBACK_PATTERN = rf"^up:(ok|all|no):{ROW_ID}(?::[0-9a-f]{{{TOKEN_LENGTH}}})?$"
ITEMS_PATTERN = rf"^up:{ITEMS}:({ROW_ID}):([0-9a-f]{{{TOKEN_LENGTH}}})$"
GONE = "该上传已处理或已过期。"
RECOVERY_JOB = "upload-recovery"
RECOVERY_SECONDS = 60
CONFIRM_MARGIN = timedelta(minutes=2)


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


async def receive_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Members of a work group share files all day: only a file addressed to the bot (or any
    file in a private chat) from someone who is not an admin gets the refusal."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or message.document is None or chat is None:
        return
    refusal = await refusal_for(update, context)
    if refusal is not None:
        if chat.type == chat.PRIVATE or _addressed_to_bot(message.caption, context.bot.username):
            await message.reply_text(refusal)
        return
    user_id = trusted_user_id(update)
    if user_id is None:
        return
    filename = storable(message.document.file_name or "") or UNNAMED
    services = services_of(context)
    raw = await _downloaded(message, filename, services.settings.bot.upload_max_bytes)
    if raw is None:
        return
    try:
        plan = await read_plan_async(raw, filename, services.settings.bot.read_budget)
    except ReadError as error:
        await message.reply_text(f"无法读取《{clip(filename, NAME_LIMIT)}》:{error}")
        return
    preview = await asyncio.to_thread(
        preview_plan,
        services.engine,
        plan,
        chat_id=chat.id,
        user_id=user_id,
        now=services.clock.now(),
    )
    markup = _buttons(preview)
    try:
        await message.reply_text(
            preview_html(preview), parse_mode=ParseMode.HTML, reply_markup=markup
        )
    except TelegramError:
        # Nobody can press a button that was never shown: do not leave the upload pending.
        if preview.pending_id is not None:
            await asyncio.to_thread(
                discard_upload, services.engine, preview.pending_id, chat_id=chat.id
            )
        raise


async def _downloaded(message: Message, filename: str, limit: int) -> bytes | None:
    """The bytes of the message's file; None, once the sender is told why, when it is of a
    type no reader takes, over ``limit`` (checked before downloading when Telegram gives the
    size, and after), or could not be downloaded."""
    document = message.document
    if document is None:
        return None
    if not is_supported(filename):
        await message.reply_text(unsupported_message())
        return None
    if document.file_size is not None and document.file_size > limit:
        await message.reply_text(
            f"文件过大({_megabytes(document.file_size)}),上限为 {_megabytes(limit)}。"
        )
        return None
    try:
        telegram_file = await document.get_file()
        raw = bytes(await telegram_file.download_as_bytearray())
    except TelegramError as error:
        log.warning("download of %s failed: %s", filename, error)
        await message.reply_text("文件下载失败,请稍后重新发送。")
        return None
    if len(raw) > limit:
        await message.reply_text(f"文件过大({_megabytes(len(raw))}),上限为 {_megabytes(limit)}。")
        return None
    return raw


def _buttons(preview: UploadPreview) -> InlineKeyboardMarkup | None:
    """确认入库 / 取消; and a second, separate confirmation when the plan would retire
    documents outside its jurisdiction (``knowledge.retirement``)."""
    if preview.pending_id is None:
        return None
    about = f"{preview.pending_id}:{preview.button_token}"
    rows = [_confirm_row(about)]
    if preview.outside_jurisdiction:
        rows.append(
            [InlineKeyboardButton(RETIRE_ALL_LABEL, callback_data=f"up:{CONFIRM_ALL}:{about}")]
        )
    if hides_items(preview):
        rows.append([InlineKeyboardButton(ITEMS_LABEL, callback_data=f"up:{ITEMS}:{about}")])
    return InlineKeyboardMarkup(rows)


def _confirm_row(about: str) -> list[InlineKeyboardButton]:
    """确认入库 / 取消 of the pending upload ``about`` (``id:token``): under its preview, and again
    under the notice that a restart cut its confirmation short."""
    return [
        InlineKeyboardButton("确认入库", callback_data=f"up:{CONFIRM}:{about}"),
        InlineKeyboardButton("取消", callback_data=f"up:{CANCEL}:{about}"),
    ]


def _addressed_to_bot(caption: str | None, username: str | None) -> bool:
    return bool(caption and username and f"@{username}".lower() in caption.lower())


@admin_only
async def decide(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """确认入库 / 取消 (and the retire-all confirmation) under a preview. The button carries the
    pending row and a token of its content, so a stale or forged one changes nothing."""
    query = update.callback_query
    chat = update.effective_chat
    user_id = trusted_user_id(update)
    if query is None or query.data is None or chat is None or user_id is None:
        return
    await query.answer()
    _, choice, raw_id, *token = query.data.split(":")
    upload_id = row_id(raw_id)
    if upload_id is None:
        await query.edit_message_text(GONE)
        return
    services = services_of(context)
    about = next(iter(token), None)
    # An earlier 确认入库 stored the plan but its answer was lost (the bot stopped): whichever
    # button is pressed now gets that answer, once.
    if await _told_owed(query, services, upload_id, chat.id, user_id, about, choice):
        return
    if choice == CANCEL:
        found = await asyncio.to_thread(
            discard_upload, services.engine, upload_id, chat_id=chat.id, token=about
        )
        await query.edit_message_text("已取消,未入库。" if found else GONE)
        return
    confirm = functools.partial(
        confirm_upload,
        services.engine,
        upload_id,
        chat_id=chat.id,
        actor_id=user_id,
        retire_outside=choice == CONFIRM_ALL,
        budget=services.settings.bot.read_budget,
        now=services.clock.now(),
        token=about,
        answer_owed=True,
    )
    try:
        # Indexed before 已入库 is said, so the admin's next question finds the plan; other
        # chats answer from the index before it meanwhile instead of building it themselves.
        result = await asyncio.to_thread(services.queries.refreshed_after, confirm)
    except UploadError as error:
        await query.edit_message_text(str(error))
        return
    # A plan found stored (``unchanged``) went in after the preview: this admin's lost press,
    # or another admin's confirming the same file meanwhile, whose /undo it is.
    other = result.action == "unchanged" and not await asyncio.to_thread(
        undoes_upload_of, services.engine, user_id, result.document_id
    )
    await query.edit_message_text(
        result_html(result, confirmed_by_other=other), parse_mode=ParseMode.HTML
    )
    # Only now is the row dropped: a process stopped before this line leaves it, and the
    # admin is told at the next start (``recover_uploads_job``).
    await asyncio.to_thread(answered, services.engine, upload_id)


async def _told_owed(
    query: CallbackQuery,
    services: Services,
    upload_id: int,
    chat_id: int,
    user_id: int,
    token: str | None,
    choice: str,
) -> bool:
    """Give the answer an earlier 确认入库 of this upload owes (``owed_answer``); False when
    it owes none. 取消 is told the plan is stored, not 未入库; an admin other than the one who
    confirmed is told /undo is theirs."""
    try:
        owed = await asyncio.to_thread(
            owed_answer,
            services.engine,
            upload_id,
            chat_id=chat_id,
            token=token,
            now=services.clock.now(),
        )
    except UploadError as error:
        await query.edit_message_text(str(error))
        return True
    if owed is None:
        return False
    other = owed.confirmed_by is not None and owed.confirmed_by != user_id
    text = result_html(owed.result, confirmed_by_other=other)
    if choice == CANCEL:
        text = f"未取消:此前已确认入库。\n{text}"
    await query.edit_message_text(text, parse_mode=ParseMode.HTML)
    await asyncio.to_thread(answered, services.engine, upload_id)
    return True


@admin_only
async def show_items(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """全部条目 under a preview: every item read, paged below it as long answers are (上一页/
    下一页); the preview and its 确认入库 stay as they are. Read from the pending row, so the
    button works after a restart, until the upload is confirmed or cancelled."""
    query = update.callback_query
    chat = update.effective_chat
    match = re.match(ITEMS_PATTERN, (query.data or "") if query else "")
    if query is None or chat is None or match is None or not isinstance(query.message, Message):
        return
    upload_id = row_id(match.group(1))
    if upload_id is None:
        await query.answer(GONE, show_alert=True)
        return
    services = services_of(context)
    try:
        found = await asyncio.to_thread(
            pending_items,
            services.engine,
            upload_id,
            chat_id=chat.id,
            token=match.group(2),
            budget=services.settings.bot.read_budget,
        )
    except UploadError as error:
        await query.answer(str(error), show_alert=True)
        return
    if found is None:
        await query.answer(GONE, show_alert=True)
        return
    await query.answer()
    chat_data = context.chat_data if context.chat_data is not None else {}
    await reply_pages(query.message, chat_data, item_pages(*found))


UNDO_LINE = "可用 /undo 撤销本次入库。"
OTHERS_UNDO_LINE = "由另一位管理员确认入库,只有该管理员可用 /undo 撤销。"


def result_html(result: IngestResult, *, confirmed_by_other: bool = False) -> str:
    """What was stored, every document it retired, and those it named but left active;
    ``confirmed_by_other``: told to an admin whose /undo cannot take it back."""
    document = document_line(result.document_id, result.title, None)
    if result.action == "unchanged":
        # A preview of stored content has no 确认入库, so this plan went in after the preview:
        # an earlier press whose answer was lost (the bot stopped), or the same file elsewhere.
        undo = OTHERS_UNDO_LINE if confirmed_by_other else "可用 /undo 撤销你的入库,/history 查看。"
        return f"已入库:{document}(预览之后已存入,例如上次点击时机器人中断),未重复入库。{undo}"
    counts = ",".join(
        f"{label} {result.counts.get(key, 0)} {measure}"
        for key, label, measure in KIND_COUNT_LABELS
    )
    lines = [f"已入库:{document}", counts]
    if result.replaced_document_id is not None:
        lines.append(f"旧版本文档 #{result.replaced_document_id} 已标记为“已被替代”。")
    # The old version is said once, above; the list holds what else went (in the past tense).
    retired = [r for r in result.retired if r.document_id != result.replaced_document_id]
    if retired:
        lines.append("已停止执行(标记为“已被替代”):")
        lines.extend(
            fit_lines([f" • {retirement_line(r, done=True)}" for r in retired], budget=1500)
        )
    if result.not_retired:
        lines.append("⚠️ 以下文件不属于本文件的地区或发文机关,仍然有效:")
        lines.extend(
            fit_lines([f" • {retirement_line(r)}" for r in result.not_retired], budget=1500)
        )
    lines.append(OTHERS_UNDO_LINE if confirmed_by_other else UNDO_LINE)
    return "\n".join(lines)


async def recover_uploads_job(context: ContextTypes.DEFAULT_TYPE) -> None:
    """At start and every ``RECOVERY_SECONDS``: drop expired previews, and tell each admin
    whose 确认入库 a stopped process never finished what became of the plan
    (``knowledge.upload_recovery``)."""
    services = services_of(context)
    budget = services.settings.bot.read_budget
    recovery = await asyncio.to_thread(
        recover_uploads,
        services.engine,
        now=services.clock.now(),
        # Longer than a live confirmation can take: its extraction's budget, then the write.
        stale_after=timedelta(seconds=budget.seconds) + CONFIRM_MARGIN,
        serves=services.reminder_scope.includes,
    )
    if recovery.expired:
        log.info("dropped %d unconfirmed upload preview(s) older than 3 days", recovery.expired)
    if recovery.superseded:
        log.info("dropped %d interrupted confirmation(s) answered since", recovery.superseded)
    for interrupted in recovery.interrupted:
        text, markup = interrupted_notice(interrupted)
        try:
            await context.bot.send_message(
                interrupted.chat_id, text, parse_mode=ParseMode.HTML, reply_markup=markup
            )
        except (Forbidden, BadRequest) as error:
            # The chat blocked the bot or is gone: it cannot be told, now or later.
            log.warning(
                "could not tell chat %s of an interrupted upload: %s", interrupted.chat_id, error
            )
        except TelegramError as error:  # a timeout, a network fault: the next pass tells it
            log.warning(
                "telling chat %s of an interrupted upload failed, will retry: %s",
                interrupted.chat_id,
                error,
            )
            await asyncio.to_thread(recovery_release, services.engine, interrupted)
            continue
        # Only once Telegram has taken the notice does the row change: a process stopped
        # before this line tells it again (at least once, never lost).
        await asyncio.to_thread(settle, services.engine, interrupted, now=services.clock.now())


def interrupted_notice(interrupted: InterruptedConfirm) -> tuple[str, InlineKeyboardMarkup | None]:
    """What an admin whose 确认入库 was cut short by a restart is told, with the buttons to
    confirm again while the preview holds."""
    name = html.escape(clip(interrupted.filename, NAME_LIMIT))
    if interrupted.stored is not None:
        # The answer the confirmation owed, as it would have been given (it says 已入库 once).
        head = f"你确认入库了《{name}》,当时的回复未能发出(例如机器人中断)。结果如下:"
        return f"{head}\n{result_html(interrupted.stored)}", None
    if interrupted.elsewhere is not None:
        # Nothing stored by it; the same content is in the store by another admin's 确认入库.
        document = document_line(
            interrupted.elsewhere.document_id, interrupted.elsewhere.title, None
        )
        return (
            f"⚠️ 机器人在你确认入库《{name}》时中断(重启),这次确认没有写入任何内容。"
            f"同样内容的文件已由另一次确认入库:{document},无需再确认。"
        ), None
    head = f"⚠️ 机器人在你确认入库《{name}》时中断(重启),该计划<b>未入库</b>。"
    if interrupted.pending_id is None:
        return head + "预览已超过 3 天作废,请重新发送文件。", None
    about = f"{interrupted.pending_id}:{interrupted.token}"
    markup = InlineKeyboardMarkup([_confirm_row(about)])
    return head + "预览仍然有效:可再按“确认入库”,或重新发送文件。", markup


def register(application: Application, group: int = 0) -> None:
    if application.job_queue is not None:
        # At start (a DateTrigger runs however late the scheduler starts; an interval's past
        # first run would be skipped to the next), then every RECOVERY_SECONDS.
        application.job_queue.run_once(
            recover_uploads_job, when=0, name=RECOVERY_JOB, job_kwargs={"misfire_grace_time": None}
        )
        application.job_queue.run_repeating(
            recover_uploads_job,
            interval=RECOVERY_SECONDS,
            first=RECOVERY_SECONDS,
            name=RECOVERY_JOB,
            job_kwargs={
                "misfire_grace_time": RECOVERY_SECONDS,
                "coalesce": True,
                "max_instances": 1,
            },
        )
    application.add_handler(
        MessageHandler(filters.Document.ALL & filters.UpdateType.MESSAGE, receive_document), group
    )
    application.add_handler(CallbackQueryHandler(decide, pattern=CALLBACK_PATTERN), group)
    application.add_handler(CallbackQueryHandler(show_items, pattern=ITEMS_PATTERN), group)
