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
# A row id in button data: ASCII digits only (\d also matches ١٢) and few enough to fit a BIGINT, so
# forged data is "expired", never an overflow in the database driver.
ROW_ID = r"[0-9]{1,18}"
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


def parse_callback(data: str | None) -> ButtonPress | None:
    match = _CALLBACK.match(data or "")
    return ButtonPress(match.group(1), int(match.group(2))) if match else None


def parse_digest_callback(data: str | None) -> DigestPress | None:
    match = _DIGEST_CALLBACK.match(data or "")
    if match is None:
        return None
    action, digest_id, page, row_id = match.groups()
    if (row_id is None) == (action in (ACTION_DONE, ACTION_SNOOZE)):
        return None  # an item action names its row; a page action does not
    return DigestPress(action, int(digest_id), int(page), int(row_id) if row_id else None)
