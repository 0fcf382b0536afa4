"""``policybot reminders --at``: what a tick at that instant would send, and to whom.

The same planning pass as the dispatcher (``plan_due`` with ``write=False``), so the preview
cannot disagree with the bot; nothing is written and nothing is sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import unescape

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session

from policybot.knowledge.models import Chat
from policybot.scheduler.audience import load_audience
from policybot.scheduler.dispatcher import plan_due
from policybot.scheduler.items import item_details
from policybot.scheduler.messages import render_reminder
from policybot.scheduler.planner import PlannedReminder, plan_window
from policybot.scheduler.scope import DispatchScope
from policybot.scheduler.timing import ReminderTiming

_TAG = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class PreviewLine:
    reminder: PlannedReminder
    chat_title: str | None
    title: str
    late: bool
    text: str  # the message as a reader sees it (tags removed)


@dataclass
class Preview:
    at: datetime
    lines: list[PreviewLine]
    skipped: int
    listening_chats: int


def preview_reminders(engine: Engine, timing: ReminderTiming, at: datetime) -> Preview:
    plan = plan_due(engine, timing, at, write=False)
    with Session(engine) as session:
        titles = dict(session.execute(select(Chat.id, Chat.title)).all())
        lines = []
        for reminder in plan.due:
            details = item_details(session, reminder.item_kind, reminder.item_id)
            if details is None:
                continue
            late = at - reminder.fire_at > timing.late_after
            message = render_reminder(
                details, ledger_id=0, due=reminder.due_date, lead_days=reminder.lead_days, late=late
            )
            text = unescape(_TAG.sub("", message.text))
            lines.append(
                PreviewLine(reminder, titles.get(reminder.chat_id), details.title, late, text)
            )
        listening = len(load_audience(session, timing.default_leads).subscribed_chats)
    return Preview(at, lines, len(plan.skipped), listening)


@dataclass(frozen=True)
class Upcoming:
    fire_at: datetime
    due: date
    title: str


def upcoming_for_chat(
    engine: Engine,
    timing: ReminderTiming,
    chat_id: int,
    now: datetime,
    *,
    days: int = 30,
    limit: int = 5,
) -> list[Upcoming]:
    """The chat's next reminders (for /mysubs): proof that its subscriptions will fire."""
    with Session(engine) as session:
        planned = plan_window(
            session, timing, now, now + timedelta(days=days), scope=DispatchScope.of([chat_id])
        )
        upcoming = []
        for reminder in planned:
            details = item_details(session, reminder.item_kind, reminder.item_id)
            if details is not None:
                upcoming.append(Upcoming(reminder.fire_at, reminder.due_date, details.title))
            if len(upcoming) >= limit:
                break
    return upcoming


def format_preview(preview: Preview, timing: ReminderTiming, *, with_text: bool) -> str:
    shown_at = timing.local(preview.at).strftime("%Y-%m-%d %H:%M")
    if not preview.lines:
        head = f"{shown_at} 没有要发送的提醒。"
        if not preview.listening_chats:
            head += "(还没有任何聊天订阅:在聊天中发送 /subscribe 单位或地区)"
    else:
        head = f"{shown_at} 要发送的提醒 {len(preview.lines)} 条:"
    out = [head]
    for line in preview.lines:
        reminder = line.reminder
        fire = timing.local(reminder.fire_at).strftime("%m-%d %H:%M")
        chat = f"{line.chat_title or ''}({reminder.chat_id})"
        flag = " 补发" if line.late else ""
        out.append(
            f"- {fire}{flag}  {chat}  {line.title}  到期 {reminder.due_date.isoformat()}"
            f"(提前{reminder.lead_days}天)"
        )
        if with_text:
            out.append("    " + line.text.replace("\n", "\n    "))
    if preview.skipped:
        out.append(f"超过补发时限、将记为跳过的提醒 {preview.skipped} 条。")
    return "\n".join(out)
