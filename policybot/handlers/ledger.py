"""``/export [地区]``: the ledger as an .xlsx document.

Any user may export a region; the whole store is for admins only (it is everything every office
has loaded). The workbook is built off the event loop (``reports.spreadsheet``).
"""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes

from policybot.handlers.rights import caller_is_admin
from policybot.knowledge.ledger import Ledger, UnknownRegion, build_ledger
from policybot.knowledge.queries import read_live_tasks
from policybot.reports.spreadsheet import ledger_workbook
from policybot.services import services_of

MENU: tuple[tuple[str, str], ...] = (("export", "导出台账(Excel):/export 南海区"),)
ADMIN_ONLY = "导出全部台账需要管理员权限;可以按地区导出,例如 /export 南海区"


def ledger_caption(ledger: Ledger) -> str:
    return (
        f"{ledger.scope} 台账:目标 {len(ledger.targets)} 项,节点与任务 {len(ledger.tasks)} 项,"
        f"奖励 {len(ledger.rewards)} 条。每行注明文件、章节和原文。"
    )


def ledger_filename(ledger: Ledger, day: str) -> str:
    return f"台账_{ledger.scope}_{day}.xlsx"


async def export_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None:
        return
    region = " ".join(context.args or []).strip() or None
    if region is None and not await caller_is_admin(update, context):
        await message.reply_text(ADMIN_ONLY)
        return
    services = services_of(context)
    queries = services.queries
    try:
        ledger = await asyncio.to_thread(
            lambda: build_ledger(
                queries.index.current(),
                region,
                services.settings.tz,
                read_live_tasks(services.engine),
            )
        )
    except UnknownRegion:
        regions = "、".join(r.name for r in queries.index.current().regions_with_facts())
        await message.reply_text(
            f"未找到地区“{region[:50] if region else ''}”。可导出的地区: {regions}"
        )
        return
    workbook = await asyncio.to_thread(ledger_workbook, ledger)
    await message.reply_document(
        workbook,
        filename=ledger_filename(ledger, queries.today().isoformat()),
        caption=ledger_caption(ledger),
    )


def register(application: Application, group: int = 0) -> None:
    application.add_handler(CommandHandler("export", export_command), group)
