"""Server-side state behind a tool's buttons (the claims of a reward calculation).

``callback_data`` holds at most 64 bytes, so a button carries a short key and the state stays
in ``chat_data``, like the pages of a long answer. Only the newest few dozen are kept; after a
restart they are gone and the button says so instead of failing. (``paging`` keeps the pages
of long answers here too, under a counter of its own.)

A chat's counter starts at a random number, not at 1: the counter is lost with the rest on a
restart, and one starting at 1 again handed the keys of the buttons still on screen to new
values, so an old glossary preview's 确认添加 added the entry of a newer preview the admin never
saw under it, and an old answer's 下一页 showed another answer's page.
"""

from __future__ import annotations

import secrets
from collections import OrderedDict

MAX_KEPT = 20
_COUNTER = "tool_state_counter"
# Keys of 7 or 8 base-36 digits (patterns allow 12): two processes' first keys meet once in
# billions, and a chat makes far fewer values than the span between them in its lifetime.
_FIRST_KEYS = (36**6, 36**8 - 36**7)


def remember(
    chat_data: dict, bucket: str, value: object, *, counter: str = _COUNTER, keep: int = MAX_KEPT
) -> str:
    """Keep ``value`` under a new short key (base 36 of the per-chat ``counter``) and return the
    key; ``bucket`` keeps the newest ``keep`` values."""
    if counter not in chat_data:
        low, high = _FIRST_KEYS
        chat_data[counter] = low + secrets.randbelow(high - low)
    number = int(chat_data[counter]) + 1
    chat_data[counter] = number
    key = _base36(number)
    cache = chat_data.get(bucket)
    if not isinstance(cache, OrderedDict):
        cache = OrderedDict()
        chat_data[bucket] = cache
    cache[key] = value
    while len(cache) > keep:
        cache.popitem(last=False)
    return key


def recall(chat_data: dict | None, bucket: str, key: str) -> object | None:
    """What :func:`remember` kept under ``key``, or None once it was forgotten."""
    cache = (chat_data or {}).get(bucket)
    return cache.get(key) if isinstance(cache, OrderedDict) else None


def replace_kept(chat_data: dict | None, bucket: str, key: str, value: object) -> None:
    """Update what a key holds (the counts after a button press)."""
    cache = (chat_data or {}).get(bucket)
    if isinstance(cache, OrderedDict) and key in cache:
        cache[key] = value


def _base36(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, remainder = divmod(number, 36)
        text = digits[remainder] + text
        if number == 0:
            return text
