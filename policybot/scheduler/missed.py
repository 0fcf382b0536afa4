"""One notice for reminders missed beyond the catch-up window, instead of silence.

A bot down longer than ``catch_up_hours`` records the older moments as ``skipped`` and sends
none of them: a flood of stale reminders helps no one. But the chat was promised them (/mysubs
named the days), and trial 47's subscriber heard nothing at all. So each chat that lost
reminders gets ONE short notice: how many occurrences it missed, over which days, and where
they are (/overdue lists those past their due day; those not yet due are named in the notice).

The notice is a ledger row like any reminder (purpose ``missed``), written in the planning
transaction that records the skipped rows, and sent through the same claim → send → mark path:
exactly once across restarts, SIGKILL and racing planners, on SQLite and PostgreSQL alike. Its
row reuses the ledger's columns, so no migration is needed: ``fire_at`` is the chat's last
missed moment (two planners racing over one gap write one key), ``due_date`` the first missed
day, ``lead_days`` how many occurrences were missed when it was planned. What it says is
counted again when it goes out (``lost_now``), from the skipped rows: the database is the truth
at sending time, as for a digest.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlmodel import Session

from policybot.knowledge.reminder_items import ReminderPurpose
from policybot.scheduler import ledger
from policybot.scheduler.digest import Entry, build_digest, item_title
from policybot.scheduler.ledger import LedgerRow
from policybot.scheduler.messages import ReminderMessage
from policybot.scheduler.planner import PlannedReminder
from policybot.scheduler.timing import ReminderTiming

NOTICE_KIND = "notice"
LISTED_AHEAD = 5  # lost items not yet due named in the notice; the later ones only counted


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


@dataclass(frozen=True)
class Lost:
    """What notices of missed reminders stand for at sending time: the occurrences still lost,
    those past their due day (/overdue lists them) and those not yet due, each as its due day
    and its title (the notice names them: attack49 M4, a lost warning may have been the item's
    only reminder, and then no list of next reminders has it)."""

    overdue: int
    ahead: tuple[tuple[date, str], ...] = ()

    @property
    def upcoming(self) -> int:
        return len(self.ahead)

    @property
    def count(self) -> int:
        return self.overdue + self.upcoming


def lost_now(
    session: Session, timing: ReminderTiming, notices: list[LedgerRow], now: datetime
) -> Lost:
    """Counted again when the notice goes out, from the skipped rows the ledger keeps: a notice
    planned at a start waits for 09:00 (quiet hours, a day off), and meanwhile a plan may be
    retired, a deadline edited, an item marked done or unfollowed, or a moment revived by a
    clock come back (attack48 on fix70); a deadline moved to a day still ahead is reminded
    afresh, so it is lost no more. An occurrence is counted as the digest would show it
    (``build_digest`` when sending: one line for an item warned 30 and 7 days ahead, or stated
    twice), once however many notices name it."""
    chat_id = notices[0].chat_id
    spans = [(_day_start(timing, row.due_date), row.fire_at) for row in notices]
    missed = ledger.still_missed(session, chat_id, spans)
    missed_due = {row.id: row.due_date for row in missed}
    by_purpose: dict[str, list[Entry]] = defaultdict(list)
    for row in missed:
        entry = Entry(row.id, row.item_kind, row.item_id, row.due_date, row.fire_at)
        by_purpose[row.purpose].append(entry)
    today = timing.local_date(now)
    lost: set[tuple[str, int, date]] = set()
    titles: dict[tuple[str, int, date], str] = {}
    for purpose, entries in sorted(by_purpose.items()):
        digest = build_digest(session, timing, chat_id, purpose, entries, now, sending=True)
        for item in digest.items:
            # a deadline since moved to a day ahead is reminded afresh: not lost
            if item.due < today or any(missed_due.get(i) == item.due for i in item.row_ids):
                key = (item.details.kind, item.details.item_id, item.due)
                lost.add(key)
                titles.setdefault(key, item_title(item.details))
    overdue = sum(1 for _, _, due in lost if due < today)
    ahead = sorted((key[2], titles[key]) for key in lost if key[2] >= today)
    return Lost(overdue, tuple(ahead))


def notice_message(rows: list[LedgerRow], lost: Lost, timing: ReminderTiming) -> ReminderMessage:
    """The notice's text, of the count ``lost_now`` found (several notices of one chat claimed
    together are said as one), saying where the items are: /overdue lists what is past its
    due day; what is not yet due the notice names itself, the soonest ``LISTED_AHEAD`` with
    their due days (attack48 L2: a lost 30-day warning of a deadline still ahead is in no
    /overdue; attack49 M4: nor in /mysubs when it was the item's only reminder; a bare
    /deadlines lists every plan's, not the chat's)."""
    first = min(row.due_date for row in rows)
    last = max(timing.local_date(row.fire_at) for row in rows)
    hours = round(timing.catch_up.total_seconds() / 3600)
    if lost.overdue and lost.upcoming:
        where = (
            f"其中 {lost.overdue} 项已逾期,发 /overdue 查看;"
            f"{lost.upcoming} 项尚未到期:{_ahead(lost.ahead)}"
        )
    elif lost.overdue:
        where = "这些事项已逾期,发 /overdue 查看。"
    else:
        where = f"这些事项尚未到期:{_ahead(lost.ahead)}"
    text = (
        f"⚠️ <b>补发说明</b>\n机器人停机期间({_days(first, last)})有 {lost.count} 项到期提醒未能发出,"
        f"已超过补发时限({hours}小时),不再逐条补发。\n{where}"
    )
    return ReminderMessage(text)


def _ahead(items: tuple[tuple[date, str], ...]) -> str:
    """The lost items not yet due, one line each, soonest first: its due day, then what."""
    lines = [f"\n• {due.isoformat()} 到期:{title}" for due, title in items[:LISTED_AHEAD]]
    if len(items) > LISTED_AHEAD:
        lines.append(f"\n另有 {len(items) - LISTED_AHEAD} 项到期日更晚。")
    return "".join(lines)


def _day_start(timing: ReminderTiming, day: date) -> datetime:
    return datetime.combine(day, time.min, timing.tz).astimezone(UTC)


def _days(first: date, last: date) -> str:
    if first == last:
        return first.isoformat()
    return f"{first.isoformat()} 至 {last.isoformat()}"
