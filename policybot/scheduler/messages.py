"""The reminder message: what is due, when (with the document's own words), who, how much, and
where it is written — HTML-escaped, because a quote with ``<`` or ``&`` must not break it.

The buttons carry ``rm:<action>:<ledger id>`` (a dozen bytes, far below Telegram's 64), and the
press is checked against the ledger row's chat, so a forged callback cannot touch another chat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html import escape

from policybot.scheduler.items import ItemDetails, ItemKind
from policybot.scheduler.recurrence import EVERY_LABELS

CALLBACK_PREFIX = "rm"
ACTION_DONE = "d"
ACTION_SNOOZE = "s"
SNOOZE_DAYS = 7
DONE_LABEL = "已完成"
SNOOZE_LABEL = f"推迟{SNOOZE_DAYS}天"
MAX_QUOTE_CHARS = 300
MAX_TITLE_CHARS = 200
MAX_UNITS_SHOWN = 12
MAX_CALLBACK_BYTES = 64
_CALLBACK = re.compile(rf"^{CALLBACK_PREFIX}:([{ACTION_DONE}{ACTION_SNOOZE}]):(\d+)$")


@dataclass(frozen=True)
class ReminderMessage:
    """Telegram-neutral: HTML text and (label, callback_data) buttons in one row."""

    text: str
    buttons: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ButtonPress:
    action: str
    ledger_id: int


def callback_data(action: str, ledger_id: int) -> str:
    data = f"{CALLBACK_PREFIX}:{action}:{ledger_id}"
    assert len(data.encode()) <= MAX_CALLBACK_BYTES
    return data


def parse_callback(data: str | None) -> ButtonPress | None:
    match = _CALLBACK.match(data or "")
    return ButtonPress(match.group(1), int(match.group(2))) if match else None


def countdown(lead_days: int) -> str:
    if lead_days > 0:
        return f"还有 {lead_days} 天到期"
    if lead_days == 0:
        return "今天到期"
    return f"已逾期 {-lead_days} 天"


def render_reminder(
    details: ItemDetails, *, ledger_id: int, due: date, lead_days: int, late: bool
) -> ReminderMessage:
    what = {
        ItemKind.MILESTONE_START: "阶段开始",
        ItemKind.TARGET: "目标截止",
        ItemKind.RECURRING: "定期任务",
    }.get(details.kind, "工作节点")
    heading = f"⏰ <b>{what}提醒</b>：{countdown(lead_days)}"
    if late:
        heading = f"{heading}（补发）"
    title = _clip(details.title, MAX_TITLE_CHARS)
    lines = [heading, f"<b>{escape(title)}</b>", f"日期：{_date_line(details, due)}"]
    if details.lead_units:
        lines.append(f"牵头单位：{_units(details.lead_units)}")
    if details.support_units:
        lines.append(f"配合单位：{_units(details.support_units)}")
    if details.numbers:
        lines.append(f"目标值：{escape(details.numbers)}")
    lines.append(f"出处：{_citation(details)}")
    buttons = (
        (DONE_LABEL, callback_data(ACTION_DONE, ledger_id)),
        (SNOOZE_LABEL, callback_data(ACTION_SNOOZE, ledger_id)),
    )
    return ReminderMessage("\n".join(lines), buttons)


def _date_line(details: ItemDetails, due: date) -> str:
    text = due.isoformat()
    if details.due_text:
        text += f"（原文：{escape(details.due_text)}）"
    if details.every:
        text += f"（{EVERY_LABELS.get(details.every, details.every)}）"
    return text


def _clip(text: str, limit: int) -> str:
    """Long fields are cut so that a reminder always stays far below Telegram's 4096 limit."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _units(names: list[str]) -> str:
    shown = "、".join(names[:MAX_UNITS_SHOWN])
    if len(names) > MAX_UNITS_SHOWN:
        shown += f"等 {len(names)} 个单位"
    return escape(shown)


def _citation(details: ItemDetails) -> str:
    quote = _clip(details.quote, MAX_QUOTE_CHARS)
    title = f"《{escape(details.document_title)}》" if details.document_title else "原文"
    return f"{title}：“{escape(quote)}”"
