"""``policybot reminders --at``: what a tick at that instant would send, digest by digest.

The same planning pass as the dispatcher (``plan_due`` with ``write=False``, so one row per
occurrence and day, against the ledger), plus the rows already waiting in the ledger, composed
by the same ``build_digest``: the preview cannot disagree with the bot, and what was sent is not
shown again. Nothing is written and nothing is sent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import unescape
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlmodel import Session, col
from sqlmodel import select as select_models

from policybot.knowledge.models import Milestone
from policybot.knowledge.reminder_items import (
    ItemKind,
    ReminderLedger,
    ReminderPurpose,
    ReminderStatus,
)
from policybot.knowledge.same_lines import fold_statements, richness
from policybot.scheduler import ledger
from policybot.scheduler.audience import load_audience
from policybot.scheduler.digest import Digest, Entry, build_digest, item_line, page_text
from policybot.scheduler.dispatcher import plan_due
from policybot.scheduler.items import ItemDetails, describe_items, statement_of
from policybot.scheduler.models import Chat
from policybot.scheduler.planner import plan_window
from policybot.scheduler.scope import EVERY_REAL_CHAT, DispatchScope
from policybot.scheduler.timing import ReminderTiming

_TAG = re.compile(r"<[^>]+>")
MESSAGE_KINDS = {ReminderPurpose.REMIND: "digest", ReminderPurpose.ESCALATE: "escalation"}


@dataclass(frozen=True)
class PreviewMessage:
    """One message the dispatcher would send."""

    chat_id: int
    chat_title: str | None
    digest: Digest

    @property
    def kind(self) -> str:
        return MESSAGE_KINDS[self.digest.purpose]


@dataclass
class Preview:
    at: datetime
    messages: list[PreviewMessage]
    skipped: int
    listening_chats: int
    may_send: bool = True


def preview_reminders(
    engine: Engine,
    timing: ReminderTiming,
    at: datetime,
    *,
    scope: DispatchScope = EVERY_REAL_CHAT,
) -> Preview:
    plan = plan_due(engine, timing, at, write=False, scope=scope)
    waiting = ledger.pending_rows(engine, at, scope=scope)
    entries: dict[tuple[int, str], list[Entry]] = {}
    for row in waiting:
        if row.purpose == ReminderPurpose.MISSED:
            continue  # a notice, not a digest: the preview counts what it skips instead
        entries.setdefault((row.chat_id, row.purpose), []).append(
            Entry(row.id, row.item_kind, row.item_id, row.due_date, row.fire_at)
        )
    for reminder in plan.due:
        entries.setdefault((reminder.chat_id, reminder.purpose), []).append(
            Entry(None, reminder.item_kind, reminder.item_id, reminder.due_date, reminder.fire_at)
        )
    may_send = timing.may_send(at)
    with Session(engine) as session:
        titles = dict(session.execute(select(col(Chat.id), col(Chat.title))).all())
        messages = []
        for (chat_id, purpose), chat_entries in sorted(entries.items()) if may_send else []:
            digest = build_digest(session, timing, chat_id, purpose, chat_entries, at, sending=True)
            if digest.items:
                messages.append(PreviewMessage(chat_id, titles.get(chat_id), digest))
        listening = len(load_audience(session, timing.default_leads, scope=scope).subscribed_chats)
    return Preview(at, messages, len(plan.skipped), listening, may_send)


def preview_json(preview: Preview) -> list[dict[str, Any]]:
    """One object per message: chat_id, kind (digest/escalation) and its items."""
    return [
        {
            "chat_id": message.chat_id,
            "kind": message.kind,
            "items": [
                {
                    "kind": item.details.kind,
                    "title": item.details.title,
                    "due": item.due.isoformat(),
                    "lead_days": item.lead_days,
                    "colour": item.colour.name,
                    "late": item.late,
                }
                for item in message.digest.items
            ],
        }
        for message in preview.messages
    ]


def format_preview(preview: Preview, timing: ReminderTiming, *, with_text: bool) -> str:
    shown_at = timing.local(preview.at).strftime("%Y-%m-%d %H:%M")
    if not preview.may_send:
        head = f"{shown_at} 处于免打扰时段或非工作日:不发送提醒,到期的留到下一个可发送的时刻。"
    elif not preview.messages:
        head = f"{shown_at} 没有要发送的提醒。"
        if not preview.listening_chats:
            head += (
                "(还没有聊天订阅:在聊天中发送 /subscribe 单位或地区;"
                "离线对话 policybot chat 的订阅不在此列,它的提醒在对话里显示)"
            )
    else:
        items = sum(len(message.digest.items) for message in preview.messages)
        head = f"{shown_at} 要发送的消息 {len(preview.messages)} 条(共 {items} 项):"
    out = [head]
    for message in preview.messages:
        label = "督办" if message.kind == "escalation" else "摘要"
        pages = len(message.digest.pages)
        out.append(
            f"- {message.chat_title or ''}({message.chat_id})  {label} "
            f"{len(message.digest.items)} 项" + (f",{pages} 页" if pages > 1 else "")
        )
        if with_text:
            for page in range(pages):
                out.append("    " + _plain(page_text(message.digest, page)).replace("\n", "\n    "))
        else:
            out += ["    " + _plain(item_line(item)) for item in message.digest.items]
    if preview.skipped:
        out.append(f"超过补发时限、将记为跳过的提醒 {preview.skipped} 条。")
    return "\n".join(out)


def _plain(html: str) -> str:
    return unescape(_TAG.sub("", html))


@dataclass(frozen=True)
class Upcoming:
    """One occurrence the chat will be reminded of, with every time it will be reminded.

    A chat with two lead times (7 days and 1 day, say) is reminded twice of one deadline; /mysubs
    shows that as one line with both times, not as two lines that read like a duplicate.
    """

    fire_times: tuple[datetime, ...]
    due: date
    title: str
    starts_phase: bool = False  # the moment is a phase's start, not a deadline
    ends: date | None = None  # the day that phase ends, when the plan says

    @property
    def when(self) -> str:
        """ "到期 2028-06-30", or for a phase's start "2027-03-01 开始 · 2028-06-30 结束": the
        start of a phase is when work begins, never a due date (/deadlines and the digest say
        the same)."""
        if not self.starts_phase:
            return f"到期 {self.due.isoformat()}"
        ends = f" · {self.ends.isoformat()} 结束" if self.ends else ""
        return f"{self.due.isoformat()} 开始{ends}"


def _phase_end(details: ItemDetails) -> date | None:
    """The end of the phase whose start ``details`` reminds of (None for any other moment)."""
    fact = details.fact
    if details.kind != ItemKind.MILESTONE_START or not isinstance(fact, Milestone):
        return None
    return fact.due


def _moment(reminder: Any) -> tuple[str, int, date, int]:
    return (reminder.item_kind, reminder.item_id, reminder.due_date, reminder.lead_days)


def _already_gone(session: Session, chat_id: int, now: datetime) -> set[tuple[str, int, date, int]]:
    """The chat's reminder moments the ledger already holds as sent (or being sent, given up,
    skipped) -- by an earlier run with a later clock, say: they are no longer to come, whatever
    the clock says now (/mysubs at 08:59:30 must not list the 09:00 digest already gone)."""
    rows = session.exec(
        select_models(ReminderLedger).where(
            col(ReminderLedger.chat_id) == chat_id,
            col(ReminderLedger.purpose) == ReminderPurpose.REMIND,
            col(ReminderLedger.status) != ReminderStatus.PENDING,
            col(ReminderLedger.due_date) >= now.date() - timedelta(days=1),
        )
    ).all()
    return {_moment(row) for row in rows}


def upcoming_for_chat(
    engine: Engine,
    timing: ReminderTiming,
    chat_id: int,
    now: datetime,
    *,
    days: int = 30,
    limit: int = 5,
) -> tuple[list[Upcoming], int]:
    """The chat's next reminders (for /mysubs): proof that its subscriptions will fire; with how
    many more deadlines the window holds beyond the ``limit`` shown."""
    with Session(engine) as session:
        planned = plan_window(
            session, timing, now, now + timedelta(days=days), scope=DispatchScope.of([chat_id])
        )
        planned = [r for r in planned if r.purpose == ReminderPurpose.REMIND]
        gone = _already_gone(session, chat_id, now)
        planned = [r for r in planned if _moment(r) not in gone]
        described = describe_items(session, {(r.item_kind, r.item_id) for r in planned})
    fire_times: dict[tuple[str, int, date], list[datetime]] = {}
    details_of: dict[tuple[str, int, date], ItemDetails] = {}
    for reminder in sorted(planned, key=lambda r: r.fire_at):
        details = described.get((reminder.item_kind, reminder.item_id))
        if details is None:
            continue
        occurrence = (reminder.item_kind, reminder.item_id, reminder.due_date)
        fire_times.setdefault(occurrence, []).append(reminder.fire_at)
        details_of[occurrence] = details

    def merge(kept: tuple[str, int, date], dropped: tuple[str, int, date]) -> None:
        fire_times[kept] += fire_times[dropped]

    # One line per statement, as the digest sends it (``digest._fold``).
    occurrences = fold_statements(
        list(fire_times),
        lambda occurrence: statement_of(details_of[occurrence], occurrence[2]),
        lambda occurrence: richness(details_of[occurrence]),
        merge,
    )
    upcoming = [
        Upcoming(
            tuple(sorted(set(fire_times[o]))),
            o[2],
            details_of[o].title,
            details_of[o].kind == ItemKind.MILESTONE_START,
            _phase_end(details_of[o]),
        )
        for o in occurrences
    ]
    return upcoming[:limit], max(0, len(upcoming) - limit)
