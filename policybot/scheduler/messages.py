"""What the dispatcher hands to a sender, and the reminder buttons' callback data.

A ``ReminderMessage`` is Telegram-neutral: HTML text and rows of (label, callback_data) buttons.

Digest buttons carry ``rd:<action>:<digest id>:<page>[:<ledger row id>]`` (at most ~45 bytes,
below Telegram's 64). A press is checked against the ledger: the digest's rows must belong to the
chat the press came from, so a forged or forwarded callback can never change another chat's
state. ``rm:<action>:<ledger id>`` is the one-reminder button of messages sent before digests;
it still works.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CALLBACK_PREFIX = "rm"
DIGEST_PREFIX = "rd"
# 撤销 after a digest's 已完成: ``rv:<id>``, the ``DonePress`` row recording what the press
# changed (``scheduler/acks.py``). ``ru:<key>`` named state kept in memory before; such buttons
# from before an upgrade are 已过期.
UNDO_PREFIX = "rv"
LEGACY_UNDO_PREFIX = "ru"
UNDO_LABEL = "撤销"
ACTION_DONE = "d"  # one item done
ACTION_SNOOZE = "s"  # one item snoozed
ACTION_PAGE_DONE = "a"  # every item of the page done
ACTION_PAGE_SNOOZE = "z"  # every item of the page snoozed
ACTION_SHOW = "p"  # show a page
ACTION_ITEMISE = "i"  # show a page with a button pair per item
SNOOZE_DAYS = 7
DONE_LABEL = "已完成"
SNOOZE_LABEL = f"推迟{SNOOZE_DAYS}天"
PAGE_DONE_LABEL = "本页已完成"
PAGE_SNOOZE_LABEL = f"本页推迟{SNOOZE_DAYS}天"
ITEMISE_LABEL = "逐项处理"
BACK_LABEL = "返回"
PREVIOUS_LABEL, NEXT_LABEL = "上一页", "下一页"
MAX_CALLBACK_BYTES = 64
# A row id in button data: ASCII digits only (\d also matches ١٢), and read by ``row_id``, which
# refuses what no BIGINT holds: forged data is "expired", never an overflow in the driver.
ROW_ID = r"[0-9]{1,19}"
MAX_ROW_ID = 2**63 - 1


def row_id(digits: str | None) -> int | None:
    """The id button data names, or None when no database row can have it."""
    if digits is None or not digits.isascii() or not digits.isdigit():
        return None
    value = int(digits)
    return value if value <= MAX_ROW_ID else None


_CALLBACK = re.compile(rf"^{CALLBACK_PREFIX}:([{ACTION_DONE}{ACTION_SNOOZE}]):({ROW_ID})$")
_DIGEST_CALLBACK = re.compile(
    rf"^{DIGEST_PREFIX}:([{ACTION_DONE}{ACTION_SNOOZE}{ACTION_PAGE_DONE}{ACTION_PAGE_SNOOZE}"
    rf"{ACTION_SHOW}{ACTION_ITEMISE}]):({ROW_ID}):([0-9]{{1,6}})(?::({ROW_ID}))?$"
)

Buttons = tuple[tuple[tuple[str, str], ...], ...]


@dataclass(frozen=True)
class ReminderMessage:
    """Telegram-neutral: HTML text and rows of (label, callback_data) buttons."""

    text: str
    buttons: Buttons = ()

    @property
    def callbacks(self) -> list[str]:
        return [data for row in self.buttons for _, data in row]


@dataclass(frozen=True)
class ButtonPress:
    """A legacy one-reminder press: ``rm:<action>:<ledger id>``."""

    action: str
    ledger_id: int


@dataclass(frozen=True)
class DigestPress:
    """A press on a digest: the action, the digest, the page shown and, for one item, its row."""

    action: str
    digest_id: int
    page: int
    row_id: int | None = None
    part: int = 0  # the itemised view's own page (ITEMS_PER_PART items a page)


def callback_data(action: str, ledger_id: int) -> str:
    data = f"{CALLBACK_PREFIX}:{action}:{ledger_id}"
    assert len(data.encode()) <= MAX_CALLBACK_BYTES
    return data


def digest_callback(action: str, digest_id: int, page: int, row_id: int | None = None) -> str:
    data = f"{DIGEST_PREFIX}:{action}:{digest_id}:{page}"
    if row_id is not None:
        data += f":{row_id}"
    assert len(data.encode()) <= MAX_CALLBACK_BYTES
    return data


def itemise_callback(digest_id: int, page: int, part: int = 0) -> str:
    """逐项处理 of a digest page, showing its ``part``-th few items (``rd:i:<id>:<page>[:<part>]``)."""
    data = f"{DIGEST_PREFIX}:{ACTION_ITEMISE}:{digest_id}:{page}"
    if part:
        data += f":{part}"
    assert len(data.encode()) <= MAX_CALLBACK_BYTES
    return data


_UNDO_CALLBACK = re.compile(rf"^{UNDO_PREFIX}:({ROW_ID})$")


def undo_callback(press_id: int) -> str:
    data = f"{UNDO_PREFIX}:{press_id}"
    assert _UNDO_CALLBACK.match(data) and len(data.encode()) <= MAX_CALLBACK_BYTES
    return data


def parse_undo_callback(data: str | None) -> int | None:
    """The ``DonePress`` id a 撤销 button names, or None when the data is not one."""
    match = _UNDO_CALLBACK.match(data or "")
    return row_id(match.group(1)) if match else None


def is_legacy_undo(data: str | None) -> bool:
    """A 撤销 button of the in-memory kind (``ru:``): always 已过期 now."""
    return (data or "").startswith(f"{LEGACY_UNDO_PREFIX}:")


def parse_callback(data: str | None) -> ButtonPress | None:
    match = _CALLBACK.match(data or "")
    item_id = row_id(match.group(2)) if match else None
    return ButtonPress(match.group(1), item_id) if match and item_id is not None else None


def parse_digest_callback(data: str | None) -> DigestPress | None:
    match = _DIGEST_CALLBACK.match(data or "")
    if match is None:
        return None
    action, digest_digits, page, row_digits = match.groups()
    if action == ACTION_ITEMISE:  # the fourth field is the itemised view's page, not a row
        digest_id = row_id(digest_digits)
        if digest_id is None or (row_digits is not None and len(row_digits) > 6):
            return None
        return DigestPress(action, digest_id, int(page), None, int(row_digits or 0))
    if (row_digits is None) == (action in (ACTION_DONE, ACTION_SNOOZE)):
        return None  # an item action names its row; a page action does not
    digest_id, item_row = row_id(digest_digits), row_id(row_digits)
    if digest_id is None or (row_digits is not None and item_row is None):
        return None
    return DigestPress(action, digest_id, int(page), item_row)
