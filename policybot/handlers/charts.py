"""``/progress <地区或单位>``: a picture of each target's reported progress, with one line.

The status of each target comes from ``knowledge.progress_status``; the picture is drawn by
``reports.progress_chart`` in a worker thread, so other chats are answered meanwhile.
"""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from policybot.handlers.rights import caller_is_admin
from policybot.knowledge.progress import reports_in_chat
from policybot.knowledge.progress_status import progress_overview, summary_line
from policybot.reports.progress_chart import render_progress_chart
from policybot.services import services_of

MENU: tuple[tuple[str, str], ...] = (("progress", "进展图:/progress 南海区"),)
USAGE = "用法:/progress <地区或单位>,例如 /progress 南海区 或 /progress 市质监局"


async def progress_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    name = " ".join(context.args or []).strip()
    if not name:
        await message.reply_text(USAGE)
        return
    services = services_of(context)
    queries = services.queries
    overview = await asyncio.to_thread(
        lambda: progress_overview(
            queries.index.current(), name, queries.today(), services.settings.tz
        )
    )
    chat = update.effective_chat
    may_report = await caller_is_admin(update, context) or (
        chat is not None and await asyncio.to_thread(reports_in_chat, services.engine, chat.id)
    )
    line = summary_line(overview, may_report=may_report)
    if not overview.found:
        await message.reply_text(f"{line[:300]}\n{USAGE}")
        return
    if not overview.items:
        await message.reply_text(line)
        return
    picture = await asyncio.to_thread(render_progress_chart, overview)
    documents = sorted({item.fact.document.name for item in overview.items})
    sources = (
        "出处: " + "、".join(f"《{name[:60]}》" for name in documents[:3]) + "(图中 # 为目标编号)"
    )
    await message.reply_photo(
        picture, caption=f"{line[:700]}\n{sources[:300]}", filename="progress.png"
    )


def register(application: Application, group: int = 0) -> None:
    application.add_handler(CommandHandler("progress", progress_command), group)
