"""How much of a document's text (or a user's) one message shows.

Telegram refuses a message over 4,096 UTF-16 code units, and one message that fails is worse
than a short one: a 4,568-character title made every preview, answer, reminder and /retire
reply that cited it fail. So every string taken from a document is clipped *where it is shown*,
to a limit per kind of field, and every list is cut to a budget; the sum of the limits of what a
message can hold stays below 4,096 by construction, whatever the document says. The limits are
far above what real plans need (their titles run 20-60 characters), so they only bite on
absurd input.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence

from policybot.knowledge.extract.normalise import strip_invisible

TELEGRAM_LIMIT = 4096

TITLE_LIMIT = 100  # a document's title or short title
DOC_NUMBER_LIMIT = 40  # 文号
NAME_LIMIT = 60  # an issuer, region, unit or file name
LABEL_LIMIT = 120  # what a fact is about: a target's subject, a milestone's title
SECTION_LIMIT = 60  # the heading a fact was read under
QUOTE_LIMIT = 300  # the sentence a fact was read from
VALUE_LIMIT = 60  # a value or a date in the document's own words
ECHO_LIMIT = 100  # what a user typed, repeated in a refusal
ELLIPSIS = "…"
# The tags our messages use; document text is escaped, so a "<" in it never looks like one.
_TAG = re.compile(r"<[^>]+>")


def clip(text: str | None, limit: int) -> str:
    """``text`` without invisible controls, cut to ``limit`` characters (ending in …), never
    inside a number and its unit (``outside_amount``)."""
    if not text:
        return ""
    text = strip_invisible(text)
    return text if len(text) <= limit else text[: outside_amount(text, limit - 1)] + ELLIPSIS


def clip_around(text: str | None, limit: int, spans: Sequence[str | None] = ()) -> str:
    """``text`` cut to ``limit`` characters as ``clip`` does, unless that would cut off the
    first of ``spans`` it holds (what a fact says: its figure, its date): then a window of
    ``limit`` characters ending at the span's clause, from a clause's start (…下达完成时限
    2032年6月30日, not the row's start cut before its date)."""
    if not text:
        return ""
    text = strip_invisible(text)
    if len(text) <= limit:
        return text
    span = next((s for s in spans if s and s in text), None)
    end = text.find(span) + len(span) if span else 0
    if end <= limit - 1:
        return clip(text, limit)
    stop = next((m.end() for m in _CLAUSE_END.finditer(text, end)), len(text))
    stop = max(end, min(stop, len(text)))
    # a clause running on past the span longer than the window: the window from the span's
    # start, so the span stays in view (attack46)
    stop = min(stop, end - len(span or "") + limit - 2)
    start = max(0, stop - (limit - 2))
    opening = _CLAUSE_END.search(text, start)
    if opening is not None and opening.end() <= end - len(span or ""):
        start = opening.end()
    window = text[start:stop]
    if len(window) > limit - 2:
        window = window[len(window) - (limit - 2) :]
    return ELLIPSIS + window + (ELLIPSIS if stop < len(text) else "")


# Where a clause ends, for ``clip_around``'s window.
_CLAUSE_END = re.compile(r"[,;。，；、| ]")


# A number with the unit written right after it (95%, 98.5%, 30万元, 2个百分点, 50家): a cut
# inside one shows another number ("稳定在95…" of 95%以上).
_AMOUNT = re.compile(
    r"\d+(?:\.\d+|,\d{3}(?!\d))*"
    r"(?:\s*(?:[%％‰]|个百分点|[万亿千百]*元|[万亿]+|[个家项件次人户名所台套座倍年月日天]))?"
)


def outside_amount(text: str, cut: int) -> int:
    """``cut`` (a length of ``text`` to keep), moved back before a number it would split from
    its digits or unit; unchanged when that would keep nothing."""
    for match in _AMOUNT.finditer(text, 0, min(len(text), cut + 8)):
        if match.start() < cut < match.end() and match.start() > 0:
            return match.start()
    return cut


# What a date or a number is written with: a cut never falls between two of them.
_DATE_CHAR = re.compile(r"[\d年月日号—–\-./~至]")
_OPENING, _CLOSING = "(（[【", ")）]】"


def clip_whole(text: str | None, limit: int) -> str:
    """``text`` cut to ``limit`` characters as ``clip`` does, but never inside a bracket (the
    period "(2026年7月—2027年12月)" goes whole or not at all) nor inside a date or number
    (not "(截止 2…")."""
    if not text:
        return ""
    text = strip_invisible(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    opened = max(cut.rfind(mark) for mark in _OPENING)
    if opened > 0 and opened > max(cut.rfind(mark) for mark in _CLOSING):
        cut = cut[:opened]
    while cut and _DATE_CHAR.fullmatch(cut[-1]) and _DATE_CHAR.fullmatch(text[len(cut)]):
        cut = cut[:-1]
    cut = cut[: outside_amount(text, len(cut))]
    cut = re.sub(r"[ ,,;;、·]+$", "", cut)
    return (cut or text[: limit - 1]) + ELLIPSIS


def join_whole(items: Sequence[str], limit: int, separator: str = "; ") -> tuple[str, int]:
    """As many of ``items`` whole as ``limit`` characters hold, joined, and how many they are:
    a list is cut at an item's end, never inside one (a lone first item too long is cut by
    ``clip_whole``)."""
    shown: list[str] = []
    for item in items:
        joined = separator.join([*shown, item])
        if len(joined) > limit:
            break
        shown.append(item)
    if not shown and items:
        return clip_whole(items[0], limit), 1
    return separator.join(shown), len(shown)


def telegram_length(text: str) -> int:
    """Telegram counts UTF-16 code units: a character outside the BMP counts twice."""
    return len(text.encode("utf-16-le")) // 2


def visible_length(html_text: str) -> int:
    """What Telegram counts of an HTML message: the text after parsing, in UTF-16 units.

    Measuring the HTML source instead overcounts escaped text fivefold (``&amp;``), which once
    left a page of hostile text no room at all.
    """
    return telegram_length(html.unescape(_TAG.sub("", html_text)))


def fit_lines(
    lines: Sequence[str],
    *,
    budget: int,
    more: Callable[[int], str] = lambda left: f"…另有 {left} 项",
) -> list[str]:
    """As many of ``lines`` (HTML) as fit in ``budget`` UTF-16 units as Telegram counts them,
    newlines included, then a line saying how many were left out. For lists whose length the
    data decides (subscriptions, upcoming reminders, warnings, documents to retire)."""
    kept: list[str] = []
    used = 0
    reserve = visible_length(more(len(lines))) + 1
    for index, line in enumerate(lines):
        size = visible_length(line) + 1
        last = index == len(lines) - 1
        if used + size > budget - (0 if last else reserve):
            kept.append(more(len(lines) - index))
            return kept
        kept.append(line)
        used += size
    return kept
