"""The reminder buttons: 已完成 (done, by whom) and 推迟7天 (snooze), per chat, for one item or a
page of a digest; and the digest's pages.

A press names ledger rows; they must belong to the chat the press came from, so a forged or
forwarded callback can never change another chat's state. Done and snooze apply to the
occurrence the row names (its due date): finishing 2018's quota leaves 2019's to be reminded.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import escape
from typing import Any, TypeAlias

from sqlalchemy import Row, insert, select, update
from sqlalchemy.engine import Connection, Engine
from sqlmodel import Session, col

from policybot.knowledge.models import table_of
from policybot.knowledge.reminder_items import ItemKind, ReminderLedger, ReminderState
from policybot.scheduler import ledger
from policybot.scheduler.digest import Digest, Entry, build_digest, item_part, page_message
from policybot.scheduler.ledger import insert_ignore
from policybot.scheduler.messages import (
    ACTION_DONE,
    ACTION_ITEMISE,
    ACTION_PAGE_DONE,
    ACTION_SHOW,
    SNOOZE_DAYS,
    ButtonPress,
    DigestPress,
    ReminderMessage,
)
from policybot.scheduler.models import DonePress
from policybot.scheduler.settlement import is_admin_now
from policybot.scheduler.timing import ReminderTiming

STATE = table_of(ReminderState)
STATE_KEY = ["chat_id", "item_kind", "item_id"]
NOT_OURS = "这条提醒不属于本聊天,未作任何更改。"
# A press on items whose plan was retired (or whose fact was deleted) since the digest went out:
# nothing is recorded, so if the retirement is undone the items are reminded (and pressable) again.
NO_LONGER = "这些事项已不再适用(所属规划已停用或事项已删除),未作更改。"
NO_LONGER_LINE = "ℹ️ 所属规划已停用或事项已删除,不再提醒"
DONE = "已标记完成,不再提醒。"
UNDONE = "已撤销完成标记,将继续提醒。"
# 撤销 after the items were settled again (another 已完成 since): nothing of this press is left.
UNDO_STALE = "这些事项之后已被重新标记,撤销已过期,未作更改。"
# A 撤销 used already, older than UNDO_WINDOW, of another chat or forged.
UNDO_EXPIRED = "这个撤销按钮已过期,未作更改。"
UNDO_WINDOW = timedelta(days=1)


@dataclass(frozen=True)
class PressOutcome:
    accepted: bool
    answer: str  # the short toast shown to whoever pressed
    status_line: str | None = None  # HTML, appended to the reminder message
    message: ReminderMessage | None = None  # the digest page to show instead, if any
    undo: int | None = None  # after a digest's 已完成: the DonePress row 撤销 names


@dataclass(frozen=True)
class PriorState:
    """An item's done state before a 已完成 press, which 撤销 puts back."""

    kind: str
    item_id: int
    done_at: datetime | None
    done_by: int | None
    done_through: date | None
    done_as_admin: bool | None = None
    admin_through: date | None = None
    # What an admin's press set ``admin_through`` to: 撤销 takes it back even when a member
    # pressed a later occurrence since (the member's press stays this chat's own).
    admin_set: date | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "item_id": self.item_id,
            "done_at": self.done_at.isoformat() if self.done_at else None,
            "done_by": self.done_by,
            "done_through": self.done_through.isoformat() if self.done_through else None,
            "done_as_admin": self.done_as_admin,
            "admin_through": self.admin_through.isoformat() if self.admin_through else None,
            "admin_set": self.admin_set.isoformat() if self.admin_set else None,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> PriorState:
        done_at, through = data.get("done_at"), data.get("done_through")
        admin_through, admin_set = data.get("admin_through"), data.get("admin_set")
        return cls(
            str(data["kind"]),
            int(data["item_id"]),
            datetime.fromisoformat(done_at) if done_at else None,
            data.get("done_by"),
            date.fromisoformat(through) if through else None,
            data.get("done_as_admin"),
            date.fromisoformat(admin_through) if admin_through else None,
            date.fromisoformat(admin_set) if admin_set else None,
        )


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
    """A one-reminder button of a message sent before digests (``rm:``)."""
    with engine.begin() as connection:
        row = connection.execute(
            select(
                col(ReminderLedger.chat_id),
                col(ReminderLedger.item_kind),
                col(ReminderLedger.item_id),
                col(ReminderLedger.due_date),
            ).where(col(ReminderLedger.id) == press.ledger_id)
        ).one_or_none()
        if row is None or row.chat_id != chat_id:
            return PressOutcome(False, NOT_OURS)
        occurrences = [(row.item_kind, row.item_id, row.due_date)]
        if press.action == ACTION_DONE:
            _mark_done(connection, timing, chat_id, occurrences, user_id, now)
            return PressOutcome(True, DONE, _done_line(user_name))
        answer, status = _snoozed(connection, timing, chat_id, occurrences, user_id, user_name, now)
    return PressOutcome(True, answer, status)


def press_digest(
    engine: Engine,
    timing: ReminderTiming,
    press: DigestPress,
    *,
    chat_id: int,
    user_id: int,
    user_name: str,
    now: datetime,
) -> PressOutcome:
    """A digest button: an item or a page done or snoozed, or another page shown."""
    rows = ledger.digest_rows(engine, press.digest_id, chat_id)
    if not rows or (press.row_id is not None and press.row_id not in {r.id for r in rows}):
        return PressOutcome(False, NOT_OURS)
    digest = _digest(engine, timing, chat_id, rows, now, press.digest_id)
    page = min(press.page, max(len(digest.pages) - 1, 0))
    if press.action in (ACTION_SHOW, ACTION_ITEMISE):
        itemised = press.action == ACTION_ITEMISE
        message = page_message(digest, page, itemised=itemised, part=press.part)
        return PressOutcome(True, "", message=message)
    if press.row_id is not None:
        chosen = [item for item in digest.items if press.row_id in item.row_ids]
    else:
        chosen = digest.pages[page] if digest.pages else []
    if not chosen:  # what the button named is gone from the live facts: say so, write nothing
        message = _page_pressed(digest, page, press.row_id, NO_LONGER_LINE)
        return PressOutcome(True, NO_LONGER, NO_LONGER_LINE, message)
    occurrences = [occurrence for item in chosen for occurrence in item.occurrences]
    with engine.begin() as connection:
        undo: int | None = None
        if press.action in (ACTION_DONE, ACTION_PAGE_DONE):
            priors = _mark_done(connection, timing, chat_id, occurrences, user_id, now)
            if priors:  # (a press an admin's settlement already covered changed nothing to undo)
                undo = _record_press(connection, chat_id, user_id, now, press, priors)
            answer, status = DONE, _done_line(user_name)
        else:
            answer, status = _snoozed(
                connection, timing, chat_id, occurrences, user_id, user_name, now
            )
    if len(chosen) > 1:
        answer = f"{len(chosen)} 项{answer}"
    digest = _digest(engine, timing, chat_id, rows, now, press.digest_id)
    message = _page_pressed(digest, page, press.row_id, status)
    return PressOutcome(True, answer, status, message, undo)


def undo_done(
    engine: Engine,
    timing: ReminderTiming,
    press_id: int,
    *,
    chat_id: int,
    user_id: int,
    user_name: str,
    now: datetime,
) -> PressOutcome:
    """撤销 of a digest's 已完成, read from its ``DonePress`` row (so it survives a restart):
    each item it settled gets back its state from before (not done, so it is reminded again),
    unless it was settled again since. Usable once and for ``UNDO_WINDOW``; the page is shown
    anew."""
    with engine.begin() as connection:
        done = _claim_press(connection, press_id, chat_id, user_id, now)
        if isinstance(done, str):
            return PressOutcome(False, done)
        restored = _restore(connection, done)
    if not restored:
        return PressOutcome(False, UNDO_STALE)
    status = _undo_line(user_name)
    answer = f"{restored} 项已撤销完成标记,将继续提醒。" if restored > 1 else UNDONE
    rows = ledger.digest_rows(engine, done.digest_id, chat_id)
    if not rows:
        return PressOutcome(True, answer, status)
    digest = _digest(engine, timing, chat_id, rows, now, done.digest_id)
    page = min(done.page, max(len(digest.pages) - 1, 0))
    return PressOutcome(True, answer, status, _page_pressed(digest, page, done.row_id, status))


def _record_press(
    connection: Connection,
    chat_id: int,
    user_id: int,
    now: datetime,
    press: DigestPress,
    priors: Sequence[PriorState],
) -> int:
    """The ``DonePress`` row of a 已完成 press: what its 撤销 button will name."""
    result = connection.execute(
        insert(DonePress).values(
            chat_id=chat_id,
            user_id=user_id,
            done_at=now,
            digest_id=press.digest_id,
            page=press.page,
            row_id=press.row_id,
            part=press.part,
            priors=json.dumps([prior.to_json() for prior in priors]),
        )
    )
    (press_id,) = result.inserted_primary_key or (None,)
    assert isinstance(press_id, int)
    return press_id


def _claim_press(
    connection: Connection, press_id: int, chat_id: int, user_id: int, now: datetime
) -> DonePress | str:
    """The press to undo, marked undone in the same step (two 撤销 at once: one wins), or why
    not: another chat's or unknown (forged), used already, or older than ``UNDO_WINDOW``."""
    row = connection.execute(select(DonePress).where(col(DonePress.id) == press_id)).one_or_none()
    if row is None or row.chat_id != chat_id:
        return UNDO_EXPIRED
    done = DonePress.model_validate(row._mapping)
    if done.undone_at is not None or now - done.done_at > UNDO_WINDOW:
        return UNDO_EXPIRED
    claimed = connection.execute(
        update(DonePress)
        .where(col(DonePress.id) == press_id, col(DonePress.undone_at).is_(None))
        .values(undone_at=now, undone_by=user_id)
    ).rowcount
    return done if claimed else UNDO_EXPIRED


def _restore(connection: Connection, done: DonePress) -> int:
    """Puts back each item's state from before the press, where the press still stands; where a
    later press (a member's, of a later occurrence) stands over it, an admin's press still takes
    back the settlement it gave everyone (``admin_through``), if no admin's press moved it since."""
    restored = 0
    for prior in (PriorState.from_json(data) for data in json.loads(done.priors)):
        item = (
            col(ReminderState.chat_id) == done.chat_id,
            col(ReminderState.item_kind) == prior.kind,
            col(ReminderState.item_id) == prior.item_id,
        )
        whole = connection.execute(
            update(ReminderState)
            .where(
                *item,
                col(ReminderState.done_at) == done.done_at,
                col(ReminderState.done_by) == done.user_id,
            )
            .values(**_restored(prior))
        ).rowcount
        if not whole and prior.admin_set is not None:
            whole = connection.execute(
                update(ReminderState)
                .where(*item, col(ReminderState.admin_through) == prior.admin_set)
                .values(admin_through=prior.admin_through)
            ).rowcount
        restored += whole
    return restored


def _restored(prior: PriorState) -> dict[str, object]:
    """The row's fields a press's 撤销 puts back: its own press's, and the admins' settlement
    only when this press set it (an admin's press since, of an earlier occurrence, stands)."""
    fields: dict[str, object] = {
        "done_at": prior.done_at,
        "done_by": prior.done_by,
        "done_through": prior.done_through,
        "done_as_admin": prior.done_as_admin,
    }
    if prior.admin_set is not None:
        fields["admin_through"] = prior.admin_through
    return fields


def _page_pressed(
    digest: Digest, page: int, row_id: int | None, status_line: str
) -> ReminderMessage:
    """The page a press leaves shown, with what the press did under it: a press of one item
    (``row_id``) keeps the itemised view on the part showing that item; a page's press, the
    page as it was."""
    part = 0 if row_id is None else item_part(digest, page, row_id)
    return page_message(
        digest, page, itemised=row_id is not None, part=part, status_line=status_line
    )


def _digest(
    engine: Engine,
    timing: ReminderTiming,
    chat_id: int,
    rows: list[ledger.LedgerRow],
    now: datetime,
    digest_id: int,
) -> Digest:
    with Session(engine) as session:
        return build_digest(
            session,
            timing,
            chat_id,
            rows[0].purpose,
            [Entry(r.id, r.item_kind, r.item_id, r.due_date, r.fire_at) for r in rows],
            now,
            digest_id=digest_id,
        )


def _state_key(connection: Connection, chat_id: int, kind: str, item_id: int) -> list[Any]:
    key = {"chat_id": chat_id, "item_kind": kind, "item_id": item_id}
    insert_ignore(connection, STATE, [key], STATE_KEY)
    return [getattr(ReminderState, column) == value for column, value in key.items()]


def _mark_done(
    connection: Connection,
    timing: ReminderTiming,
    chat_id: int,
    occurrences: Sequence[tuple[str, int, object]],
    user_id: int,
    now: datetime,
) -> list[PriorState]:
    """Marks the occurrences done, with whether the presser is an admin or owner now (which
    settles them for everyone, whoever reads the ledger later); returns each item's state from
    before, for 撤销. A member's press keeps what an admin's earlier press settled
    (``admin_through``)."""
    as_admin = is_admin_now(connection, user_id, timing.owners)
    priors: list[PriorState] = []
    for kind, item_id, due in occurrences:
        match_key = _state_key(connection, chat_id, kind, item_id)
        before = connection.execute(
            select(
                col(ReminderState.done_at),
                col(ReminderState.done_by),
                col(ReminderState.done_through),
                col(ReminderState.done_as_admin),
                col(ReminderState.admin_through),
            ).where(*match_key)
        ).one()
        if not as_admin and _settled_by_admin(before, kind, due, timing.owners):
            continue  # an admin settled this occurrence already: a member's press changes nothing
        due_date = due if isinstance(due, date) else None  # (typed object upstream)
        covered = _admin_coverage(before, timing.owners)
        latest = _latest(before.done_through, due_date)
        settled = _latest(covered, due_date) if as_admin else covered
        if all(prior.kind != kind or prior.item_id != item_id for prior in priors):
            priors.append(
                PriorState(kind, item_id, *before, admin_set=settled if as_admin else None)
            )
        covered_here = (
            due_date is not None
            and before.done_through is not None
            and due_date <= before.done_through
        )
        if as_admin and covered_here:
            # The chat marked this occurrence (or a later one) already: the admin's press
            # settles it for everyone and leaves the chat's own press, and its 撤销, as they are.
            changes: dict[str, object] = {"admin_through": settled}
        else:
            changes = {
                "done_at": now,
                "done_by": user_id,
                "done_through": latest,
                "done_as_admin": as_admin,
                "admin_through": settled,
            }
        connection.execute(update(ReminderState).where(*match_key).values(**changes))
    return priors


def _latest(*days: date | None) -> date | None:
    return max((day for day in days if day is not None), default=None)


_Before: TypeAlias = "Row[datetime | None, int | None, date | None, bool | None, date | None]"


def _legacy_owners_press(before: _Before, owners: Collection[int]) -> bool:
    """A row from before ``done_as_admin`` (NULL: its author was no admin when migration 0023
    ran) settles only when a configured owner pressed it, as ``settling_acks`` judges it."""
    return before.done_at is not None and before.done_as_admin is None and before.done_by in owners


def _admin_coverage(before: _Before, owners: Collection[int]) -> date | None:
    """The latest occurrence an admin's or owner's press of the row settled for everyone: what
    the admins' presses recorded (``admin_through``), or an owner's press from before 0021. Not
    the row's ``done_through``: a member may have pressed a later occurrence since."""
    dates: list[date | None] = [before.admin_through]
    if _legacy_owners_press(before, owners):
        dates.append(before.done_through)
    return max(filter(None, dates), default=None)


def _settled_by_admin(before: _Before, kind: str, due: object, owners: Collection[int]) -> bool:
    """Whether an admin's or owner's 已完成 of the row covers the occurrence due ``due``. A
    later member's press of it must not overwrite the row's author: the supervisors would be
    escalated again for what an admin settled."""
    acked_whole = before.done_through is None and before.done_at is not None
    if acked_whole and (before.done_as_admin or _legacy_owners_press(before, owners)):
        return kind != ItemKind.RECURRING  # a one-off item acked without an occurrence
    covered = _admin_coverage(before, owners)
    return covered is not None and isinstance(due, date) and due <= covered


def _snooze(
    connection: Connection,
    timing: ReminderTiming,
    chat_id: int,
    occurrences: Sequence[tuple[str, int, object]],
    user_id: int,
    now: datetime,
) -> datetime:
    until = timing.snooze_until(now, SNOOZE_DAYS)
    for kind, item_id, due in occurrences:
        match_key = _state_key(connection, chat_id, kind, item_id)
        connection.execute(
            update(ReminderState)
            .where(*match_key)
            .values(snoozed_until=until, snoozed_by=user_id, snoozed_due=due)
        )
    return until


def _snoozed(
    connection: Connection,
    timing: ReminderTiming,
    chat_id: int,
    occurrences: Sequence[tuple[str, int, object]],
    user_id: int,
    user_name: str,
    now: datetime,
) -> tuple[str, str]:
    """推迟 of ``occurrences``: the toast and the status line, both saying until when."""
    until = _snooze(connection, timing, chat_id, occurrences, user_id, now)
    shown = timing.local(until).strftime("%Y-%m-%d %H:%M")
    return f"已推迟到 {shown}。", _snooze_line(user_name, shown)


def _done_line(user_name: str) -> str:
    return f"✅ {escape(user_name)} 已标记完成"


def _undo_line(user_name: str) -> str:
    return f"↩️ {escape(user_name)} 已撤销完成标记,将继续提醒"


def _snooze_line(user_name: str, shown: str) -> str:
    return f"⏸ {escape(user_name)} 已推迟到 {shown}"
