"""The digest: everything due for one chat at one moment, in one message.

Items are grouped by due date and region, soonest first, one line each (colour, number, kind,
title, target value, lead unit, 补发 when late; a target stated twice by its plan, once, as lists
show it: ``knowledge.same_lines``); the documents they come from are named once, at
the foot of each page. A page stays within Telegram's 4,096 UTF-16 units by construction: every
field taken from a document is clipped where it is shown, and a page is closed before the next
line would overflow it, so an item is never split. Pages beyond the first are reached with
上一页/下一页, recomposed from the ledger on each press (so they survive restarts).

The text is composed from the facts as they are when it is sent: a deadline an admin moved
while the digest waited for a retry shows its new date; an item done, snoozed or withdrawn
meanwhile, or an occurrence a re-read or an edit no longer gives ("每月5日前" now read as
"每月10日前"), is left out (``dropped``, with the reason the ledger records).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape
from typing import TypeAlias

from sqlalchemy import Select, select
from sqlmodel import Session, col

from policybot.knowledge.answers import format_due
from policybot.knowledge.clipping import clip_whole, outside_amount
from policybot.knowledge.labels import EDITED_LABEL, FACT_KIND_LABELS
from policybot.knowledge.models import FactKind
from policybot.knowledge.reminder_items import ReminderPurpose, ReminderState
from policybot.knowledge.same_lines import fold_statements, richness
from policybot.knowledge.unit_roles import LEAD_WORD, RESPONSIBLE_LABEL, shown_roles
from policybot.scheduler.grading import RED, Colour, colour_of, countdown
from policybot.scheduler.items import ItemDetails, ItemKind, describe_items, statement_of
from policybot.scheduler.listening import items_heard
from policybot.scheduler.messages import (
    ACTION_DONE,
    ACTION_ITEMISE,
    ACTION_PAGE_DONE,
    ACTION_PAGE_SNOOZE,
    ACTION_SHOW,
    ACTION_SNOOZE,
    BACK_LABEL,
    DONE_LABEL,
    ITEMISE_LABEL,
    NEXT_LABEL,
    PAGE_DONE_LABEL,
    PAGE_SNOOZE_LABEL,
    PREVIOUS_LABEL,
    SNOOZE_LABEL,
    Buttons,
    ReminderMessage,
    digest_callback,
    itemise_callback,
)
from policybot.scheduler.scope import is_offline_chat
from policybot.scheduler.settlement import settled_states
from policybot.scheduler.timing import ReminderTiming

TELEGRAM_LIMIT = 4096
PAGE_BUDGET = TELEGRAM_LIMIT - 96  # room for a status line after a press and the settled tally
MAX_ITEMS_PER_PAGE = 45
# A page a phone shows without scrolling: heading, date groups, items, sources and page marker.
MAX_LINES_PER_PAGE = 15
ITEMS_PER_PART = 5  # items a page of the itemised keyboard shows, one row each
ITEM_LABEL_CHARS = 8  # of an item's title on its ✅ button
MAX_TITLE_CHARS = 60
MAX_NUMBERS_CHARS = 24
MAX_UNIT_CHARS = 30
MAX_PLACE_CHARS = 30
MAX_SOURCE_CHARS = 40
MAX_SOURCES_CHARS = 400
MAX_QUOTE_CHARS = 300
MAX_UNITS_SHOWN = 12
KIND_LABELS = {
    ItemKind.TARGET: FACT_KIND_LABELS[FactKind.TARGET],
    ItemKind.MILESTONE: FACT_KIND_LABELS[FactKind.MILESTONE],
    ItemKind.MILESTONE_START: "阶段开始",
    ItemKind.RECURRING: FACT_KIND_LABELS[FactKind.RECURRING],
}
DONE_MARK, SNOOZED_MARK = "✅已完成", "⏸已推迟"
# Why a row is not sent when the facts no longer give its occurrence (a re-read or an edit moved
# a duty's day, or took a date away): the ledger records it, the dispatcher logs it.
WITHDRAWN = "withdrawn: the facts no longer give this occurrence"
ALL_DONE_LINE = "✅ 全部已标记完成,不再提醒"


@dataclass(frozen=True)
class Entry:
    """One ledger row (or, in a preview or /overdue, a planned or found occurrence)."""

    row_id: int | None
    item_kind: str
    item_id: int
    due_date: date  # the occurrence's due date when it was planned
    fire_at: datetime | None = None


@dataclass
class DigestItem:
    """An occurrence as the digest shows it, graded at the moment of composing."""

    row_ids: list[int]
    details: ItemDetails
    due: date
    days_left: int
    colour: Colour
    late: bool
    number: int = 0
    status: str | None = None  # DONE_MARK or SNOOZED_MARK, once pressed
    # The occurrences of the same statement's other facts, shown as this line (``_fold``).
    twins: list[tuple[str, int, date]] = field(default_factory=list)
    missed: int = 1  # /overdue: the occurrences of a recurring duty this line stands for

    @property
    def occurrences(self) -> list[tuple[str, int, date]]:
        """Every fact occurrence this line stands for: a press settles them all."""
        return [(self.details.kind, self.details.item_id, self.due), *self.twins]

    @property
    def lead_days(self) -> int | None:
        """Days before due, None when overdue (the JSON preview's ``lead_days``)."""
        return self.days_left if self.days_left >= 0 else None


@dataclass
class Digest:
    chat_id: int
    purpose: str
    digest_id: int
    composed_at: datetime
    items: list[DigestItem] = field(default_factory=list)
    pages: list[list[DigestItem]] = field(default_factory=list)
    dropped: dict[int, str] = field(default_factory=dict)  # row id → why it is not sent
    escalate_after_days: int = 0
    heading: str | None = None  # instead of the reminder heading (e.g. /overdue's)
    notice_rows: list[int] = field(default_factory=list)  # a missed-reminders notice's rows

    @property
    def row_ids(self) -> list[int]:
        return sorted(row_id for item in self.items for row_id in item.row_ids) + self.notice_rows


def build_digest(
    session: Session,
    timing: ReminderTiming,
    chat_id: int,
    purpose: str,
    entries: Iterable[Entry],
    now: datetime,
    *,
    digest_id: int = 0,
    sending: bool = False,
) -> Digest:
    """The digest of ``entries`` for ``chat_id`` at ``now``.

    ``sending``: items acknowledged or snoozed since they were planned, items the chat no
    longer follows (``scheduler/listening.py``) and occurrences the facts no longer give
    (``WITHDRAWN``) are dropped (with the reason); otherwise (a page shown after a press) they
    stay, marked, so pages do not shift.
    """
    entries = list(entries)
    digest = Digest(
        chat_id, purpose, digest_id, now, escalate_after_days=timing.escalate_after_days
    )
    described = describe_items(session, {(e.item_kind, e.item_id) for e in entries})
    heard = items_heard(session, chat_id, purpose, described) if sending else set(described)
    states = _states(session, chat_id, purpose, entries, timing.owners)
    today = timing.local_date(now)
    by_occurrence: dict[tuple[str, int, date], DigestItem] = {}
    for entry in entries:
        details = described.get((entry.item_kind, entry.item_id))
        if details is None:
            _drop(digest, entry, "item no longer active")
            continue
        if (entry.item_kind, entry.item_id) not in heard:
            _drop(digest, entry, "chat no longer follows it")
            continue
        due = details.due_for(entry.due_date)
        if due is None:
            if sending:
                _drop(digest, entry, WITHDRAWN)
                continue
            due = entry.due_date  # a page turned after it went out: as it was sent
        status = _status(
            states.get((entry.item_kind, entry.item_id), []),
            entry,
            due,
            now,
            snoozable=purpose != ReminderPurpose.ESCALATE,
        )
        if status and sending:
            reason = "done before it was sent" if status == DONE_MARK else "snoozed meanwhile"
            _drop(digest, entry, reason)
            continue
        late = entry.fire_at is not None and now - entry.fire_at > timing.late_after
        key = (entry.item_kind, entry.item_id, due)
        known = by_occurrence.get(key)
        if known is not None:
            known.row_ids += [entry.row_id] if entry.row_id is not None else []
            known.late = known.late and late
            continue
        days_left = (due - today).days
        colour = (
            RED if purpose == ReminderPurpose.ESCALATE else colour_of(days_left, timing.yellow_days)
        )
        by_occurrence[key] = DigestItem(
            [entry.row_id] if entry.row_id is not None else [],
            details,
            due,
            days_left,
            colour,
            late,
            status=status,
        )
    ordered = sorted(by_occurrence.values(), key=_order)
    digest.items = fold_statements(ordered, _statement, _rank, _fold)
    keep_only(digest, lambda item: True)
    return digest


def _statement(item: DigestItem) -> Hashable | None:
    return statement_of(item.details, item.due)


def _rank(item: DigestItem) -> tuple[int, ...]:
    return richness(item.details)


def _fold(kept: DigestItem, dropped: DigestItem) -> None:
    """The line shown stands for the other's ledger rows too: they are sent, and settled by a
    press, with it."""
    kept.row_ids += dropped.row_ids
    kept.twins += dropped.occurrences
    kept.late = kept.late and dropped.late


def keep_only(digest: Digest, keep: Callable[[DigestItem], bool]) -> None:
    """Keep the items ``keep`` accepts, numbered and paginated afresh."""
    digest.items = [item for item in digest.items if keep(item)]
    for number, item in enumerate(digest.items, start=1):
        item.number = number
    digest.pages = _paginate(digest)


def _drop(digest: Digest, entry: Entry, reason: str) -> None:
    if entry.row_id is not None:
        digest.dropped[entry.row_id] = reason


def _order(item: DigestItem) -> tuple[date, str, int, str]:
    kind_rank = (
        list(KIND_LABELS).index(item.details.kind) if item.details.kind in KIND_LABELS else 9
    )
    return (item.due, item.details.place or "", kind_rank, item.details.title)


_State = tuple[date | None, datetime | None, datetime | None, date | None]
_StateSelect: TypeAlias = "Select[int, date | None, datetime | None, datetime | None, date | None]"


def _states(
    session: Session, chat_id: int, purpose: str, entries: list[Entry], owners: frozenset[int]
) -> dict[tuple[str, int], list[_State]]:
    """Acks and snoozes of the chat; for an escalation, the acks that settle an occurrence for
    everyone (``scheduler/settlement.py``)."""
    by_kind: dict[str, set[int]] = defaultdict(set)
    for entry in entries:
        by_kind[entry.item_kind].add(entry.item_id)
    found: dict[tuple[str, int], list[_State]] = defaultdict(list)
    for kind, ids in by_kind.items():
        statement = select(
            col(ReminderState.item_id),
            col(ReminderState.done_through),
            col(ReminderState.done_at),
            col(ReminderState.snoozed_until),
            col(ReminderState.snoozed_due),
        ).where(
            col(ReminderState.item_kind) == kind,
            col(ReminderState.item_id).in_(sorted(ids)),
        )
        if purpose != ReminderPurpose.ESCALATE:
            statement = statement.where(col(ReminderState.chat_id) == chat_id)
            for item_id, through, done_at, snoozed_until, snoozed_due in session.execute(statement):
                found[(kind, item_id)].append((through, done_at, snoozed_until, snoozed_due))
        else:
            found.update(_settled_states(session, statement, kind, chat_id, owners))
    return found


def _settled_states(
    session: Session, statement: _StateSelect, kind: str, chat_id: int, owners: frozenset[int]
) -> dict[tuple[str, int], list[_State]]:
    """For an escalation, every chat's acks that settle an occurrence for everyone: a settling
    last press through its date, and an admin's earlier press kept under a member's later one
    through the admin's (``scheduler/settlement.py``)."""
    settled = settled_states(
        session,
        statement,
        offline_too=is_offline_chat(chat_id),
        owners=owners,
        own=lambda columns: (columns[0], columns[1], columns[2], columns[3]),
        by_admin=lambda through: (through, None, None, None),
    )
    return {(kind, item_id): states for item_id, states in settled.items()}


def _status(
    states: list[_State], entry: Entry, due: date, now: datetime, *, snoozable: bool = True
) -> str | None:
    for through, done_at, _, _ in states:
        if (through is not None and through >= due) or (
            through is None and done_at is not None and entry.item_kind != ItemKind.RECURRING
        ):
            return DONE_MARK
    for _, _, snoozed_until, snoozed_due in states:
        if (
            snoozable
            and snoozed_until is not None
            and snoozed_until > now
            and snoozed_due in (None, entry.due_date)
        ):
            return SNOOZED_MARK
    return None


# -- text ----------------------------------------------------------------------------------------


def _clip(text: str, limit: int) -> str:
    """Every field from a document is cut here, so no document can overflow a page."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: outside_amount(text, limit - 1)] + "…"


def units16(text: str) -> int:
    """Length in UTF-16 code units, Telegram's measure of a message."""
    return len(text.encode("utf-16-le")) // 2


def item_line(item: DigestItem, *, units: bool = True, late_mark: bool = True) -> str:
    """One line per item, as /deadlines writes one: colour, number, the value in bold (the
    target's number, a duty's 每季度), what, where, then the lead unit (unless ``units`` is
    false: a one-item digest lists every unit below the line) and flags; 补发 unless
    ``late_mark`` is false (a digest all of whose items are late says so once, at its head)."""
    details = item.details
    parts = [f"{item.colour.mark} {item.number})"]
    value = details.numbers or details.every
    if value:
        # 每季度结束后15日内(2026年7月—2027年12月): cut before its period, never inside it.
        value = clip_whole(" ".join(value.split()), MAX_NUMBERS_CHARS)
        parts.append(f"<b>{escape(value)}</b>")
    parts.append(item_title(details))
    line = " ".join(parts)
    if details.note:
        line += f" · {escape(details.note)}"
    if details.kind == ItemKind.MILESTONE_START:
        line += f" · {KIND_LABELS[ItemKind.MILESTONE_START]}"
    if units and details.lead_units:
        lead = "、".join(details.lead_units[:2]) + ("等" if len(details.lead_units) > 2 else "")
        # "(责任单位:A、B、C)": answerable together, no 牵头 the text named
        joint = set(details.lead_units) <= set(details.responsible_units)
        label = RESPONSIBLE_LABEL if joint else LEAD_WORD
        line += f" · {label}: {escape(_clip(lead, MAX_UNIT_CHARS))}"
    if details.edited:
        line += f" · {EDITED_LABEL}"
    if item.missed > 1:
        line += f" · 已逾期{item.missed}次,最近 {item.due.isoformat()}"
    if item.late and late_mark:
        line += " · 补发"
    if item.status:
        line += f" {item.status}"
    return line


def item_title(details: ItemDetails) -> str:
    """What the item is and where, clipped and escaped, as its digest line names it."""
    title = _clip(details.title, MAX_TITLE_CHARS)
    place = details.place and _clip(details.place, MAX_PLACE_CHARS)
    if place and place not in title:
        title += f"({place})"
    return escape(title)


def _due_heading(item: DigestItem) -> str:
    return f"<b>{item.due.isoformat()} {countdown(item.days_left)}</b>"


def _header(digest: Digest, *, tally: bool = True) -> str:
    """The digest's heading; with ``tally``, what has been settled since it was sent, so every
    page, turned or pressed, says the same (pages are measured without it: they must not shift
    once items are settled)."""
    count = len(digest.items)
    if digest.heading:
        return digest.heading
    settled = _tally(digest) if tally else None
    if digest.purpose == ReminderPurpose.ESCALATE:
        return (
            f"🚨 <b>逾期督办</b>\n以下 {count} 项已逾期 {digest.escalate_after_days} 天以上,"
            "仍未标记完成" + (f"(现{settled})" if settled else "")
        )
    late = sum(1 for item in digest.items if item.late)
    if _late_at_head(digest):
        tail = ",均为补发" if count > 1 else ",补发"
    else:
        tail = f",其中补发 {late} 项" if late else ""
    tail += f",{settled}" if settled else ""
    return f"📋 <b>到期提醒</b>\n共 {count} 项{tail} (🔵临近 🟡7天内 🔴逾期)"


def _late_at_head(digest: Digest) -> bool:
    """Whether the reminder heading says 补发 for every item (all sent late: a catch-up after
    downtime), so no line repeats it (trial48 L14: 补发 on each of 18 lines). A heading of its
    own (/overdue) or an escalation's says nothing of lateness: their lines keep the mark."""
    return (
        not digest.heading
        and digest.purpose != ReminderPurpose.ESCALATE
        and bool(digest.items)
        and all(item.late for item in digest.items)
    )


def _all_done(digest: Digest) -> bool:
    return bool(digest.items) and all(item.status == DONE_MARK for item in digest.items)


def _tally(digest: Digest) -> str | None:
    """已全部完成, or how many items are done and snoozed (None when none is, or for one item,
    whose line says it)."""
    if len(digest.items) < 2:
        return None
    if _all_done(digest):
        return "已全部完成"
    done = sum(1 for item in digest.items if item.status == DONE_MARK)
    snoozed = sum(1 for item in digest.items if item.status == SNOOZED_MARK)
    parts = [f"已完成 {done} 项" if done else "", f"已推迟 {snoozed} 项" if snoozed else ""]
    return "、".join(part for part in parts if part) or None


def _sources(items: list[DigestItem]) -> str:
    titles = list(dict.fromkeys(item.details.document_title or "原文" for item in items))
    shown = "、".join(f"《{escape(_clip(title, MAX_SOURCE_CHARS))}》" for title in titles)
    if units16(shown) > MAX_SOURCES_CHARS:
        shown = "、".join(f"《{escape(_clip(t, MAX_SOURCE_CHARS))}》" for t in titles[:3])
        shown += f"等 {len(titles)} 份文件"
    return f"出处: {shown}"


def _body(items: list[DigestItem], *, units: bool = True, late_mark: bool = True) -> list[str]:
    """Items under their due date, soonest first (within a date by place, as sorted)."""
    lines: list[str] = []
    due: date | None = None
    for item in items:
        if item.due != due:
            due = item.due
            lines += ["", _due_heading(item)]
        lines.append(item_line(item, units=units, late_mark=late_mark))
    return lines


def _details_of(item: DigestItem) -> list[str]:
    """A digest of one item says all the old single reminder said: dates in the document's own
    words, every unit, the target value and the quote."""
    details = item.details
    words = _clip(details.due_text, MAX_TITLE_CHARS) if details.due_text else None
    lines = [f"日期: {escape(format_due(item.due, words))}"]
    lines.extend(
        f"{label}: {_unit_list(list(names))}"
        for label, names in shown_roles(
            details.lead_units, details.support_units, details.responsible_units
        )
    )
    if details.numbers:
        note = f" · {details.note}" if details.note else ""
        lines.append(f"目标值: {escape(_clip(details.numbers + note, MAX_NUMBERS_CHARS))}")
    title = details.document_title or "原文"
    quote = _clip(details.quote, MAX_QUOTE_CHARS)
    source = f"出处: 《{escape(_clip(title, MAX_SOURCE_CHARS))}》“{escape(quote)}”"
    lines.append(source + (f"({EDITED_LABEL},以上为原文)" if details.edited else ""))
    return lines


def _unit_list(names: list[str]) -> str:
    shown = "、".join(_clip(name, MAX_UNIT_CHARS) for name in names[:MAX_UNITS_SHOWN])
    if len(names) > MAX_UNITS_SHOWN:
        shown += f"等 {len(names)} 个单位"
    return escape(shown)


def page_text(digest: Digest, page: int, *, status_line: str | None = None) -> str:
    """The HTML of page ``page`` (0-based), with a status line after a press."""
    if not digest.pages:
        return _header(digest) + "\n\n已没有待办事项。"
    items = digest.pages[page]
    marker = f"\n第 {page + 1}/{len(digest.pages)} 页" if len(digest.pages) > 1 else ""
    late_mark = not _late_at_head(digest)
    if len(digest.items) == 1:
        body = _body(items, units=False, late_mark=late_mark)
        lines = [_header(digest), *body, *_details_of(items[0])]
    else:
        lines = [_header(digest), *_body(items, late_mark=late_mark), "", _sources(items)]
        if marker:
            lines.append(marker)
    if status_line is None and not digest.heading and len(digest.items) > 1 and _all_done(digest):
        # A page turned after the last item was settled says so, as the page pressed did.
        status_line = ALL_DONE_LINE
    if status_line:
        lines += ["", status_line]
    return "\n".join(lines)


def _paginate(digest: Digest) -> list[list[DigestItem]]:
    pages: list[list[DigestItem]] = []
    current: list[DigestItem] = []
    for item in digest.items:
        trial = [*current, item]
        if current and (
            len(trial) > MAX_ITEMS_PER_PAGE
            or _page_lines(digest, trial) > MAX_LINES_PER_PAGE
            or _page_length(digest, trial) > PAGE_BUDGET
        ):
            pages.append(current)
            trial = [item]
        current = trial
    if current:
        pages.append(current)
    return pages


def _page_lines(digest: Digest, items: list[DigestItem]) -> int:
    """Lines of a page of ``items`` as ``page_text`` writes it (the marker's included)."""
    return len(_header(digest, tally=False).split("\n")) + len(_body(items)) + 4


def _page_length(digest: Digest, items: list[DigestItem]) -> int:
    header = _header(digest, tally=False)
    text = "\n".join([header, *_body(items), "", _sources(items), "\n第 99/99 页"])
    return units16(text)


# -- buttons -------------------------------------------------------------------------------------


def page_buttons(digest: Digest, page: int, *, itemised: bool = False, part: int = 0) -> Buttons:
    """已完成/推迟 for the page (or, ``itemised``, one row per item of its ``part``), and paging."""
    if not digest.pages:
        return ()
    digest_id = digest.digest_id
    items = digest.pages[page]
    rows: list[tuple[tuple[str, str], ...]] = []
    if itemised:
        return _itemised_buttons(digest, page, part)
    single = len(digest.items) == 1
    # Once every item of the page is done there is nothing left to press 已完成 or 推迟 for:
    # the page keeps only its paging (a one-item digest, no button at all).
    open_items = [item for item in items if item.status != DONE_MARK]
    if open_items:
        rows.append(
            (
                (
                    DONE_LABEL if single else PAGE_DONE_LABEL,
                    digest_callback(ACTION_PAGE_DONE, digest_id, page),
                ),
                (
                    SNOOZE_LABEL if single else PAGE_SNOOZE_LABEL,
                    digest_callback(ACTION_PAGE_SNOOZE, digest_id, page),
                ),
            )
        )
    if len(open_items) > 1:
        rows.append(((ITEMISE_LABEL, digest_callback(ACTION_ITEMISE, digest_id, page)),))
    paging = []
    if page > 0:
        paging.append((PREVIOUS_LABEL, digest_callback(ACTION_SHOW, digest_id, page - 1)))
    if page < len(digest.pages) - 1:
        paging.append((NEXT_LABEL, digest_callback(ACTION_SHOW, digest_id, page + 1)))
    if paging:
        rows.append(tuple(paging))
    return tuple(rows)


def _itemised_buttons(digest: Digest, page: int, part: int) -> Buttons:
    """逐项处理: one row per item — ``✅<n> <its title>`` and ``⏸<n>``, n its number in the
    digest's lines — ``ITEMS_PER_PART`` items at a time, with 上一页/下一页 between the parts
    and 返回 to the page (the InlineKeyboardMarkup paging idiom: a keyboard a phone can show)."""
    digest_id = digest.digest_id
    items = _open_items(digest, page)
    parts = max(1, -(-len(items) // ITEMS_PER_PART))
    part = min(max(part, 0), parts - 1)
    rows: list[tuple[tuple[str, str], ...]] = [
        (
            (
                f"✅{item.number} {_clip(item.details.title, ITEM_LABEL_CHARS)}",
                digest_callback(ACTION_DONE, digest_id, page, item.row_ids[0]),
            ),
            (f"⏸{item.number}", digest_callback(ACTION_SNOOZE, digest_id, page, item.row_ids[0])),
        )
        for item in items[part * ITEMS_PER_PART : (part + 1) * ITEMS_PER_PART]
    ]
    # The parts are turned by the items they show (◀ 第1–5项, 第6–7项 ▶), not 上一页/下一页,
    # which turn the digest's own pages: a chat seeing both would not know which it pressed.
    paging = []
    if part > 0:
        label = f"◀ {_items_label(items, part - 1)}"
        paging.append((label, itemise_callback(digest_id, page, part - 1)))
    if part < parts - 1:
        label = f"{_items_label(items, part + 1)} ▶"
        paging.append((label, itemise_callback(digest_id, page, part + 1)))
    if paging:
        rows.append(tuple(paging))
    rows.append(((BACK_LABEL, digest_callback(ACTION_SHOW, digest_id, page)),))
    return tuple(rows)


def _items_label(items: Sequence[DigestItem], part: int) -> str:
    """``第6–7项``: the numbers of the items the ``part``-th part of the itemised view shows."""
    shown = items[part * ITEMS_PER_PART : (part + 1) * ITEMS_PER_PART]
    first, last = shown[0].number, shown[-1].number
    return f"第{first}项" if first == last else f"第{first}–{last}项"


def _open_items(digest: Digest, page: int) -> list[DigestItem]:
    """The items of a page the itemised view offers buttons for: not those already done."""
    return [item for item in digest.pages[page] if item.row_ids and item.status != DONE_MARK]


def item_part(digest: Digest, page: int, row_id: int) -> int:
    """The part of a page's itemised view that shows the item of ``row_id`` (0 if gone)."""
    items = _open_items(digest, page) if digest.pages else []
    for index, item in enumerate(items):
        if row_id in item.row_ids:
            return index // ITEMS_PER_PART
    return 0


def page_message(
    digest: Digest,
    page: int = 0,
    *,
    itemised: bool = False,
    part: int = 0,
    status_line: str | None = None,
) -> ReminderMessage:
    page = min(max(page, 0), max(len(digest.pages) - 1, 0))
    return ReminderMessage(
        page_text(digest, page, status_line=status_line),
        page_buttons(digest, page, itemised=itemised, part=part),
    )
