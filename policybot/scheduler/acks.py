"""The reminder buttons: 已完成 (done, by whom) and 推迟7天 (snooze), per chat.

A press names a ledger row; the row's chat must be the chat the press came from, so a forged or
forwarded callback can never change another chat's state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from html import escape

from sqlalchemy import select, update
from sqlalchemy.engine import Engine

from policybot.knowledge.models import ReminderLedger, ReminderState
from policybot.scheduler.ledger import insert_ignore
from policybot.scheduler.messages import ACTION_DONE, SNOOZE_DAYS, ButtonPress
from policybot.scheduler.timing import ReminderTiming

STATE = ReminderState.__table__  # type: ignore[attr-defined]
STATE_KEY = ["chat_id", "item_kind", "item_id"]


@dataclass(frozen=True)
class PressOutcome:
    accepted: bool
    answer: str  # the short toast shown to whoever pressed
    status_line: str | None = None  # HTML, appended to the reminder message


def press_button(
    engine: Engine,
    timing: ReminderTiming,
    press: ButtonPress,
    *,
    chat_id: int,
    user_id: int,
    user_name: str,
    now: datetime,
) -> PressOutcome:
    with engine.begin() as connection:
        row = connection.execute(
            select(
                ReminderLedger.chat_id,
                ReminderLedger.item_kind,
                ReminderLedger.item_id,
                ReminderLedger.due_date,
            ).where(ReminderLedger.id == press.ledger_id)
        ).one_or_none()
        if row is None or row.chat_id != chat_id:
            return PressOutcome(False, "这条提醒不属于本聊天，未作任何更改。")
        key = {"chat_id": chat_id, "item_kind": row.item_kind, "item_id": row.item_id}
        insert_ignore(connection, STATE, [key], STATE_KEY)
        match_key = [getattr(ReminderState, column) == value for column, value in key.items()]
        state = connection.execute(select(ReminderState.done_through).where(*match_key)).one()
        if press.action == ACTION_DONE:
            through = max(filter(None, [state.done_through, row.due_date]))
            connection.execute(
                update(ReminderState)
                .where(*match_key)
                .values(done_at=now, done_by=user_id, done_through=through)
            )
            return PressOutcome(
                True, "已标记完成，不再提醒。", f"✅ {escape(user_name)} 已标记完成"
            )
        until = timing.snooze_until(now, SNOOZE_DAYS)
        connection.execute(
            update(ReminderState)
            .where(*match_key)
            .values(snoozed_until=until, snoozed_by=user_id, snoozed_due=row.due_date)
        )
    shown = timing.local(until).strftime("%Y-%m-%d %H:%M")
    return PressOutcome(True, f"已推迟到 {shown}。", f"⏸ {escape(user_name)} 已推迟到 {shown}")
