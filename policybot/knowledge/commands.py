"""The lookup commands as typed: ``/deadlines 佛山 全部`` → which query, with which arguments.

The Telegram handlers and ``policybot ask`` both go through :func:`plan`, so a command typed in
a terminal is answered exactly as in the chat. This module only reads the arguments; the
answers come from the ``QueryService``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from policybot.knowledge.answers import Answer
from policybot.knowledge.labels import INCLUDE_PAST_WORDS
from policybot.knowledge.service import QueryService

Lookup = Callable[[QueryService], Answer]


@dataclass(frozen=True)
class Usage:
    """The command lacks what it needs; ``text`` is the reply that says how to write it."""

    text: str


def _targets(args: Sequence[str]) -> Lookup | Usage:
    if not args:
        return Usage("用法:/targets <地区> [关键词或年份],例如 /targets 湖州 2018")
    region, rest = args[0], " ".join(args[1:]) or None
    return lambda queries: queries.targets(region, rest)


def _rewards(args: Sequence[str]) -> Lookup:
    region = args[0] if args else None
    keyword = " ".join(args[1:]) or None
    return lambda queries: queries.rewards(region, keyword)


def _deadlines(args: Sequence[str]) -> Lookup:
    include_past = any(arg in INCLUDE_PAST_WORDS for arg in args)
    name = " ".join(arg for arg in args if arg not in INCLUDE_PAST_WORDS) or None
    return lambda queries: queries.deadlines(name, include_past)


def _units(args: Sequence[str]) -> Lookup:
    name = " ".join(args) or None
    return lambda queries: queries.units(name)


def _document(args: Sequence[str]) -> Lookup:
    query = " ".join(args) or None
    return lambda queries: queries.document(query)


def _search(args: Sequence[str]) -> Lookup | Usage:
    text = " ".join(args)
    if not text:
        return Usage("用法:/search <文本>,例如 /search 卓越绩效")
    return lambda queries: queries.search(text)


LOOKUPS: dict[str, Callable[[Sequence[str]], Lookup | Usage]] = {
    "targets": _targets,
    "rewards": _rewards,
    "deadlines": _deadlines,
    "units": _units,
    "doc": _document,
    "docs": _document,
    "search": _search,
}


def plan(command: str, args: Sequence[str]) -> Lookup | Usage:
    """The query ``/command args`` stands for, or the usage reply when arguments are missing.

    ``command`` must be one of :data:`LOOKUPS` (KeyError otherwise).
    """
    return LOOKUPS[command](args)


def split_command(text: str) -> tuple[str, list[str]] | None:
    """``/deadlines@some_bot 佛山 全部`` → ``("deadlines", ["佛山", "全部"])``, as Telegram's
    command parsing does (the name before any ``@``, lower-cased; arguments split at spaces).
    ``/targets湖州``, typed on a phone without the space, is ``("targets", ["湖州"])``: Telegram
    sees no command there (a letter follows the name), so the text arrives as a question.
    ``／targets 湖州`` (a Chinese input method's slash) is the command it looks like, in the
    chat and in ``policybot ask`` alike. None when the text is not a command."""
    words = half_width_slash(text).split()
    if not words or not words[0].startswith("/") or len(words[0]) < 2:
        return None
    glued = _GLUED.fullmatch(words[0])
    if glued is not None:
        return glued["name"].lower(), [glued["rest"], *words[1:]]
    return words[0][1:].split("@", 1)[0].lower(), words[1:]


# A command name in latin letters with its first argument typed right after it (/targets湖州).
_GLUED = re.compile(r"/(?P<name>[A-Za-z0-9_]+)(?:@[A-Za-z0-9_]+)?(?P<rest>[^\x00-\x7f].*)")


FULL_WIDTH_SLASH = "\uff0f"
"""``／``: what a Chinese input method types for ``/``. Telegram does not see a command in
``／targets 湖州``, so it arrives as text; it is read as the command it looks like."""


def half_width_slash(text: str) -> str:
    """``text`` with a leading full-width slash (``／``) made ``/``; other text unchanged."""
    stripped = text.lstrip()
    if stripped.startswith(FULL_WIDTH_SLASH):
        return "/" + stripped[1:]
    return text


def glued_command(text: str) -> bool:
    """Whether ``text`` starts with a command name with no space before its argument."""
    words = text.split()
    return bool(words) and _GLUED.fullmatch(words[0]) is not None


def closest_command(name: str, known: Iterable[str]) -> str | None:
    """The known command ``name`` is most likely a slip for (/target → targets), if any is
    close enough to say so; a reply that only says "no such command" leaves the user guessing."""
    known = frozenset(known)
    said = _OTHER_NAMES.get(name.lower())
    if said in known:
        return said
    matches = difflib.get_close_matches(name.lower(), sorted(known), n=1, cutoff=0.8)
    return matches[0] if matches else None


# Names other bots (and habit) give a command this bot has under another name.
_OTHER_NAMES = {
    "subscriptions": "mysubs",
    "mysubscriptions": "mysubs",
    "subs": "mysubs",
    "list": "mysubs",
    "remind": "subscribe",
    "reminders": "mysubs",
    "unsub": "unsubscribe",
    "stop": "unsubscribe",
    "find": "search",
    "documents": "doc",
    "files": "doc",
}
