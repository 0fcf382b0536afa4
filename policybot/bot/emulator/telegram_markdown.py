"""Telegram's MarkdownV2 and legacy Markdown parse modes, so the emulator rejects what Telegram
rejects: above all an unescaped reserved character such as ``.`` or ``-`` in MarkdownV2.

The rules follow tdlib's ``parse_markdown_v2`` / ``parse_markdown`` as the Bot API server uses
them, reimplemented here; rare corners (custom emoji, expandable quotes) are simplified.
Offsets in errors are UTF-8 byte offsets, as in Telegram's messages.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from policybot.bot.emulator.telegram_html import MarkupScanner, ParsedHtml, utf16_length

RESERVED = frozenset("_*[]()~`>#+-=|{}.!\n")
_TYPE_NAMES = {
    "bold": "Bold",
    "italic": "Italic",
    "underline": "Underline",
    "strikethrough": "Strikethrough",
    "spoiler": "Spoiler",
    "code": "Code",
    "pre": "Pre",
    "text_link": "TextUrl",
    "blockquote": "BlockQuote",
}


class MarkdownParseError(ValueError):
    """The text does not parse; ``str(error)`` is tdlib's wording after ``can't parse entities:``."""


@dataclass
class _Open:
    type: str
    offset: int
    byte_offset: int
    text_start: int
    language: str = ""


class _MarkdownV2(MarkupScanner):
    def __init__(self, source: str) -> None:
        super().__init__(source)
        self.open: list[_Open] = []
        self.line_start = True
        self.in_quote = False
        self.pending_language = ""

    def reserved(self, current: str) -> MarkdownParseError:
        return MarkdownParseError(
            f"Character '{current}' is reserved and must be escaped with the preceding '\\'"
        )

    def parse(self) -> ParsedHtml:
        while self.pos < len(self.source):
            self.step()
            self.pos += 1
        if self.in_quote and self.open and self.open[-1].type == "blockquote":
            self.close(self.open.pop())
        if self.open:
            top = self.open[-1]
            name = _TYPE_NAMES.get(top.type, top.type)
            raise MarkdownParseError(
                f"Can't find end of {name} entity at byte offset {top.byte_offset}"
            )
        self.entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
        return ParsedHtml("".join(self.out), self.entities)

    def step(self) -> None:
        current = self.source[self.pos]
        if current == "\\" and "\0" < self.char(self.pos + 1) <= "~":
            self.pos += 1
            self.emit(self.source[self.pos])
            self.line_start = self.source[self.pos] == "\n"
            return
        in_code = bool(self.open) and self.open[-1].type in ("code", "pre")
        if current not in ("`" if in_code else RESERVED):
            self.emit(current)
            self.line_start = self.line_start and current == "\r"
            return
        if self.ends_entity(current):
            self.finish(self.open.pop())
        else:
            self.begin(current)

    def ends_entity(self, current: str) -> bool:
        if not self.open:
            return False
        if self.in_quote and current == "\n" and self.char(self.pos + 1) != ">":
            return True
        following = self.char(self.pos + 1)
        return {
            "bold": current == "*",
            "italic": current == "_" and following != "_",
            "underline": current == "_" and following == "_",
            "strikethrough": current == "~",
            "spoiler": current == "|" and following == "|",
            "code": current == "`",
            "pre": self.source.startswith("```", self.pos),
            "text_link": current == "]",
        }.get(self.open[-1].type, False)

    def begin(self, current: str) -> None:
        start = self.pos
        following = self.char(self.pos + 1)
        if current == "\n":
            self.emit("\n")
            self.line_start = True
            return
        if current == ">" and self.line_start:
            if not self.in_quote:
                self.in_quote = True
                self.push("blockquote", start)
            return
        if current == "_":
            entity_type = "underline" if following == "_" else "italic"
            self.pos += entity_type == "underline"
        elif current == "|" and following == "|":
            entity_type, self.pos = "spoiler", self.pos + 1
        elif current in "*~[":
            entity_type = {"*": "bold", "~": "strikethrough", "[": "text_link"}[current]
        elif current == "`":
            entity_type = self.begin_code()
        else:
            raise self.reserved(current)
        self.push(entity_type, start)
        if entity_type == "pre" and self.pending_language:
            self.open[-1].language = self.pending_language

    def begin_code(self) -> str:
        self.pending_language = ""
        if not self.source.startswith("```", self.pos):
            return "code"
        self.pos += 3
        end = self.pos
        while self.char(end) not in " \t\r\n\0`":
            end += 1
        if end != self.pos and end < len(self.source) and self.char(end) != "`":
            self.pending_language = self.source[self.pos : end]
            self.pos = end
        if self.char(self.pos) in "\r\n":
            pair = self.source[self.pos : self.pos + 2]
            self.pos += 2 if pair in ("\r\n", "\n\r") else 1
        self.pos -= 1
        return "pre"

    def push(self, entity_type: str, start: int) -> None:
        self.open.append(
            _Open(entity_type, self.utf16_offset, self.byte_offset(start), len(self.out))
        )

    def finish(self, top: _Open) -> None:
        if self.source[self.pos] == "\n" and top.type != "blockquote":
            name = _TYPE_NAMES.get(top.type, top.type)
            raise MarkdownParseError(
                f"Can't find end of {name} entity at byte offset {top.byte_offset}"
            )
        entity: dict[str, Any] = {"type": top.type}
        if top.type in ("underline", "spoiler"):
            self.pos += 1
        elif top.type == "pre":
            self.pos += 2
            if top.language:
                entity["language"] = top.language
        elif top.type == "text_link":
            url = self.link_target(top)
            if not url:
                return
            entity["url"] = url
        elif top.type == "blockquote":
            self.in_quote = False
            self.emit("\n")
            self.line_start = True
        self.close(top, entity)

    def link_target(self, top: _Open) -> str:
        if self.char(self.pos + 1) != "(":
            return "".join(self.out[top.text_start :])
        self.pos += 2
        begin = self.pos
        url: list[str] = []
        while self.pos < len(self.source) and self.source[self.pos] != ")":
            if self.source[self.pos] == "\\" and "\0" < self.char(self.pos + 1) <= "~":
                self.pos += 1
            url.append(self.source[self.pos])
            self.pos += 1
        if self.char(self.pos) != ")":
            raise MarkdownParseError(
                f"Can't find end of a URL at byte offset {self.byte_offset(begin)}"
            )
        return "".join(url)

    def close(self, top: _Open, entity: dict[str, Any] | None = None) -> None:
        if self.utf16_offset > top.offset:
            entity = entity or {"type": top.type}
            entity.update(offset=top.offset, length=self.utf16_offset - top.offset)
            self.entities.append(entity)


def parse_markdown_v2(source: str) -> ParsedHtml:
    """Parses Bot API MarkdownV2; raises :class:`MarkdownParseError` where Telegram answers 400."""
    return _MarkdownV2(source).parse()


_LEGACY = {"*": "bold", "_": "italic", "`": "code", "[": "text_link"}


def parse_markdown(source: str) -> ParsedHtml:
    """Legacy ``Markdown``: ``*bold*``, ``_italic_``, code, pre and ``[text](url)``; no nesting."""
    out: list[str] = []
    entities: list[dict[str, Any]] = []
    pos = 0
    while pos < len(source):
        current = source[pos]
        if current == "\\" and source[pos + 1 : pos + 2] in ("_", "*", "`", "["):
            out.append(source[pos + 1])
            pos += 2
            continue
        if current not in _LEGACY:
            out.append(current)
            pos += 1
            continue
        pos = _legacy_entity(source, pos, out, entities)
    return ParsedHtml("".join(out), entities)


def _legacy_entity(source: str, start: int, out: list[str], entities: list[dict]) -> int:
    opener = source[start]
    closer = "]" if opener == "[" else opener
    fence = opener == "`" and source.startswith("```", start)
    body_start = start + (3 if fence else 1)
    end = source.find("```" if fence else closer, body_start)
    if end == -1:
        offset = len(source[:start].encode("utf-8"))
        raise MarkdownParseError(f"Can't find end of the entity starting at byte offset {offset}")
    body = source[body_start:end]
    offset = utf16_length("".join(out))
    entity: dict[str, Any] = {"type": "pre" if fence else _LEGACY[opener]}
    after = end + (3 if fence else 1)
    if opener == "[":
        url_end = source.find(")", after) if source[after : after + 1] == "(" else -1
        entity["url"] = source[after + 1 : url_end] if url_end != -1 else body
        after = url_end + 1 if url_end != -1 else after
    out.append(body)
    if body:
        entities.append({**entity, "offset": offset, "length": utf16_length(body)})
    return after
