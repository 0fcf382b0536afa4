"""One notice for reminders missed beyond the catch-up window, instead of silence.

A bot down longer than ``catch_up_hours`` records the older moments as ``skipped`` and sends
none of them: a flood of stale reminders helps no one. But the chat was promised them (/mysubs
named the days), and trial 47's subscriber heard nothing at all. So each chat that lost
reminders gets ONE short notice: how many occurrences it missed, over which days, and that
/overdue (and /deadlines) list them.

The notice is a ledger row like any reminder (purpose ``missed``), written in the planning
transaction that records the skipped rows, and sent through the same claim → send → mark path:
exactly once across restarts, SIGKILL and racing planners, on SQLite and PostgreSQL alike. Its
row reuses the ledger's columns, so no migration is needed: ``fire_at`` is the chat's last
missed moment (two planners racing over one gap write one key), ``due_date`` the first missed
day, ``lead_days`` how many occurrences were missed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from policybot.knowledge.reminder_items import ReminderPurpose
from policybot.scheduler.ledger import LedgerRow
from policybot.scheduler.messages import ReminderMessage
from policybot.scheduler.planner import PlannedReminder
from policybot.scheduler.timing import ReminderTiming

NOTICE_KIND = "notice"


def missed_notices(
    skipped: list[PlannedReminder],
    timing: ReminderTiming,
    *,
    reminded: Iterable[PlannedReminder] = (),
) -> list[PlannedReminder]:
    """One notice per chat that lost reminders in ``skipped``: its distinct occurrences (an
    item reminded 30 and 7 days ahead is one), from its first missed day to its last moment.
    An occurrence with a moment inside the catch-up window (``reminded``: it goes out now,
    late, or went already) was not lost: its 1-day warning skipped, its due-day one 补发."""
    caught_up = {r.occurrence for r in reminded}
    by_chat: dict[int, list[PlannedReminder]] = defaultdict(list)
    for reminder in skipped:
        if reminder.occurrence not in caught_up:
            by_chat[reminder.chat_id].append(reminder)
    notices = []
    for chat_id, missed in sorted(by_chat.items()):
        occurrences = {(r.item_kind, r.item_id, r.due_date) for r in missed}
        first = min(r.fire_at for r in missed)
        notices.append(
            PlannedReminder(
                NOTICE_KIND,
                0,
                chat_id,
                max(r.fire_at for r in missed),
                timing.local_date(first),
                len(occurrences),
                purpose=ReminderPurpose.MISSED,
            )
        )
    return notices


def notice_message(rows: list[LedgerRow], timing: ReminderTiming) -> ReminderMessage:
    """The notice's text (several notices of one chat claimed together are said as one: an
    item may be counted in two of them, two downtimes apart, so the most one counted is said as
    至少 — attack48 on fix70: their sum counted such an item twice)."""
    most = max(row.lead_days for row in rows)
    count = f"{most}" if len(rows) == 1 else f"至少 {most}"
    first = min(row.due_date for row in rows)
    last = max(timing.local_date(row.fire_at) for row in rows)
    hours = round(timing.catch_up.total_seconds() / 3600)
    text = (
        f"⚠️ <b>补发说明</b>\n机器人停机期间({_days(first, last)})有 {count} 项到期提醒未能发出,"
        f"已超过补发时限({hours}小时),不再逐条补发。\n"
        "发 /overdue 查看已逾期的事项,/deadlines 查看即将到期的事项。"
    )
    return ReminderMessage(text)


def _days(first: date, last: date) -> str:
    if first == last:
        return first.isoformat()
    return f"{first.isoformat()} 至 {last.isoformat()}"
