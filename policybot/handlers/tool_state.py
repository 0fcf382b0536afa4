"""Server-side state behind a tool's buttons (the claims of a reward calculation).

``callback_data`` holds at most 64 bytes, so a button carries a short key and the state stays
in ``chat_data``, like the pages of a long answer. Only the newest few dozen are kept; after a
restart they are gone and the button says so instead of failing. (``paging`` keeps the pages
of long answers here too, under a counter of its own.)
"""

from __future__ import annotations

from collections import OrderedDict

MAX_KEPT = 20
_COUNTER = "tool_state_counter"


def remember(
    chat_data: dict, bucket: str, value: object, *, counter: str = _COUNTER, keep: int = MAX_KEPT
) -> str:
    """Keep ``value`` under a new short key (base 36 of the per-chat ``counter``) and return the
    key; ``bucket`` keeps the newest ``keep`` values."""
    number = int(chat_data.get(counter, 0)) + 1
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
