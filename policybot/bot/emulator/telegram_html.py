"""Telegram's HTML parse mode, reimplemented so the emulator rejects what Telegram rejects.

The rules follow tdlib's ``parse_html`` (which the Bot API server uses): only a small tag set,
tags must nest, a stray ``<`` opens a tag, errors name a UTF-8 byte offset. Entity offsets are
counted in UTF-16 code units, as in the Bot API.

One deliberate difference: Telegram shows a bare ``&`` (one that does not start ``&lt;``,
``&gt;``, ``&amp;``, ``&quot;`` or a numeric reference) literally. In ``strict_ampersand`` mode
(the emulator's default) it is rejected instead, because text that reaches Telegram with a raw
``&`` was not escaped, and the same text with a raw ``<`` in it would fail in production.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

SUPPORTED_TAGS = frozenset(
    {
        "a", "b", "strong", "i", "em", "s", "strike", "del", "u", "ins", "tg-spoiler",
        "tg-emoji", "tg-time", "span", "pre", "code", "blockquote",
    }
)  # fmt: skip

_SIMPLE_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "u": "underline",
    "ins": "underline",
    "tg-spoiler": "spoiler",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SPACES = " \t\r\n\0\v"
_USER_LINK = re.compile(r"^tg://user\?id=(\d+)$")


class HtmlParseError(ValueError):
    """The text does not parse; ``str(error)`` is tdlib's wording after ``can't parse entities:``."""


@dataclass
class ParsedHtml:
    """What a Telegram client shows: the plain text and its entities (Bot API dicts)."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units, the unit of Bot API entity offsets."""
    return len(text.encode("utf-16-le")) // 2


@dataclass
class _OpenTag:
    name: str
    argument: str
    offset: int
    text_start: int


class MarkupScanner:
    """What the HTML and MarkdownV2 parsers share: a cursor over ``source`` and the plain text
    written so far (``out``), its length in UTF-16 code units and its entities."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.pos = 0
        self.out: list[str] = []
        self.utf16_offset = 0
        self.entities: list[dict[str, Any]] = []

    def char(self, index: int) -> str:
        return self.source[index] if index < len(self.source) else "\0"

    def byte_offset(self, index: int) -> int:
        return len(self.source[:index].encode("utf-8"))

    def emit(self, text: str) -> None:
        self.out.append(text)
        self.utf16_offset += utf16_length(text)


class _Parser(MarkupScanner):
    """A single pass over the source, mirroring tdlib's state machine."""

    def __init__(self, source: str, *, strict_ampersand: bool) -> None:
        super().__init__(source)
        self.strict_ampersand = strict_ampersand
        self.open_tags: list[_OpenTag] = []

    def parse(self) -> ParsedHtml:
        while self.pos < len(self.source):
            current = self.source[self.pos]
            if current == "&":
                self.ampersand()
            elif current == "<":
                self.tag()
            else:
                self.emit(current)
                self.pos += 1
        if self.open_tags:
            name = self.open_tags[-1].name
            raise HtmlParseError(f'Can\'t find end tag corresponding to start tag "{name}"')
        self.entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
        return ParsedHtml("".join(self.out), self.entities)

    def ampersand(self) -> None:
        decoded, end = decode_entity(self.source, self.pos)
        if decoded is not None:
            self.emit(decoded)
            self.pos = end
            return
        if self.strict_ampersand:
            raise HtmlParseError(
                f'Unescaped "&" at byte offset {self.byte_offset(self.pos)} (emulator strict mode: '
                "Telegram would show it literally; escape it as &amp;)"
            )
        self.emit("&")
        self.pos += 1

    def tag(self) -> None:
        begin = self.pos
        self.pos += 1
        if self.char(self.pos) == "/":
            self.end_tag(begin)
        else:
            self.start_tag(begin)

    def start_tag(self, begin: int) -> None:
        while self.char(self.pos) not in _SPACES and self.char(self.pos) != ">":
            self.pos += 1
        if self.pos >= len(self.source):
            raise HtmlParseError(f"Unclosed start tag at byte offset {self.byte_offset(begin)}")
        name = self.source[begin + 1 : self.pos].lower()
        if name not in SUPPORTED_TAGS:
            raise HtmlParseError(
                f'Unsupported start tag "{name}" at byte offset {self.byte_offset(begin)}'
            )
        argument = self.attributes(name, begin)
        if name == "span" and argument != "spoiler":
            raise HtmlParseError(
                f'Tag "span" must have class "tg-spoiler" at byte offset {self.byte_offset(begin)}'
            )
        self.pos += 1  # the closing ">"
        self.open_tags.append(_OpenTag(name, argument, self.utf16_offset, len("".join(self.out))))

    def attributes(self, name: str, begin: int) -> str:
        """Reads attributes up to ``>``; returns the one argument the tag keeps."""
        argument = ""
        while self.char(self.pos) != ">":
            while self.pos < len(self.source) and self.char(self.pos) in _SPACES:
                self.pos += 1
            if self.char(self.pos) == ">":
                break
            attribute_start = self.pos
            while self.char(self.pos) not in _SPACES and self.char(self.pos) not in "=>/\"'":
                self.pos += 1
            attribute = self.source[attribute_start : self.pos]
            if not attribute:
                raise HtmlParseError(
                    f'Empty attribute name in the tag "{name}" at byte offset '
                    f"{self.byte_offset(begin)}"
                )
            while self.pos < len(self.source) and self.char(self.pos) in _SPACES:
                self.pos += 1
            if self.char(self.pos) != "=":
                if self.pos >= len(self.source):
                    raise HtmlParseError(
                        f'Unclosed start tag "{name}" at byte offset {self.byte_offset(begin)}'
                    )
                if name == "blockquote" and attribute == "expandable":
                    argument = "1"
                continue
            self.pos += 1
            while self.pos < len(self.source) and self.char(self.pos) in _SPACES:
                self.pos += 1
            if self.pos >= len(self.source):
                raise HtmlParseError(
                    f'Unclosed start tag "{name}" at byte offset {self.byte_offset(begin)}'
                )
            value = self.attribute_value()
            if self.pos >= len(self.source):
                raise HtmlParseError(f"Unclosed start tag at byte offset {self.byte_offset(begin)}")
            argument = _tag_argument(name, attribute, value, argument)
        return argument

    def attribute_value(self) -> str:
        quote = self.char(self.pos)
        if quote not in "'\"":
            token_start = self.pos
            while self.char(self.pos).isalnum() or self.char(self.pos) in ".-":
                self.pos += 1
            if self.char(self.pos) not in _SPACES and self.char(self.pos) != ">":
                raise HtmlParseError(
                    f"Unexpected end of name token at byte offset {self.byte_offset(token_start)}"
                )
            return self.source[token_start : self.pos].lower()
        self.pos += 1
        value: list[str] = []
        while self.pos < len(self.source) and self.source[self.pos] != quote:
            decoded, end = decode_entity(self.source, self.pos)
            if self.source[self.pos] == "&" and decoded is not None:
                value.append(decoded)
                self.pos = end
            else:
                value.append(self.source[self.pos])
                self.pos += 1
        if self.char(self.pos) == quote:
            self.pos += 1
        return "".join(value)

    def end_tag(self, begin: int) -> None:
        if not self.open_tags:
            raise HtmlParseError(f"Unexpected end tag at byte offset {self.byte_offset(begin)}")
        while self.char(self.pos) not in _SPACES and self.char(self.pos) != ">":
            self.pos += 1
        end_name = self.source[begin + 2 : self.pos].lower()
        while self.pos < len(self.source) and self.char(self.pos) in _SPACES:
            self.pos += 1
        if self.char(self.pos) != ">":
            raise HtmlParseError(f"Unclosed end tag at byte offset {self.byte_offset(begin)}")
        self.pos += 1
        open_tag = self.open_tags.pop()
        if end_name and end_name != open_tag.name:
            raise HtmlParseError(
                f"Unmatched end tag at byte offset {self.byte_offset(begin)}, "
                f'expected "</{open_tag.name}>", found "</{end_name}>"'
            )
        if self.utf16_offset > open_tag.offset:
            self.add_entity(open_tag)

    def add_entity(self, open_tag: _OpenTag) -> None:
        entity = _entity_for(open_tag, "".join(self.out)[open_tag.text_start :])
        if entity is None:
            return
        entity["offset"] = open_tag.offset
        entity["length"] = self.utf16_offset - open_tag.offset
        previous = self.entities[-1] if self.entities else None
        same_span = (
            previous is not None
            and previous["offset"] == entity["offset"]
            and previous["length"] == entity["length"]
        )
        language = (previous or {}).get("language") or entity.get("language")
        if (
            previous is not None
            and same_span
            and language
            and {previous["type"], entity["type"]} == {"pre", "code"}
        ):
            previous.update(type="pre", language=language)
            return
        self.entities.append(entity)


def _tag_argument(name: str, attribute: str, value: str, current: str) -> str:
    if name == "a" and attribute == "href":
        return value
    if name == "code" and attribute == "class" and value.startswith("language-"):
        return value.removeprefix("language-")
    if name == "span" and attribute == "class" and value.startswith("tg-"):
        return value.removeprefix("tg-")
    if (name == "tg-emoji" and attribute == "emoji-id") or (
        name == "blockquote" and attribute == "expandable"
    ):
        return value or "1"
    return current


def _entity_for(open_tag: _OpenTag, inner_text: str) -> dict[str, Any] | None:
    name, argument = open_tag.name, open_tag.argument
    if name in _SIMPLE_ENTITY_TYPES or (name == "span" and argument == "spoiler"):
        return {"type": _SIMPLE_ENTITY_TYPES.get(name, "spoiler")}
    if name == "blockquote":
        return {"type": "expandable_blockquote" if argument else "blockquote"}
    if name == "pre":
        return {"type": "pre"}
    if name == "code":
        return {"type": "code", "language": argument} if argument else {"type": "code"}
    if name == "tg-emoji":
        if not argument.isdigit() or int(argument) == 0:
            raise HtmlParseError("Invalid custom emoji identifier specified")
        return {"type": "custom_emoji", "custom_emoji_id": argument}
    if name == "a":
        return _link_entity(argument or inner_text)
    return None  # tg-time: accepted, not modelled


def _link_entity(url: str) -> dict[str, Any] | None:
    user_link = _USER_LINK.match(url)
    if user_link:
        user = {"id": int(user_link.group(1)), "is_bot": False, "first_name": "用户"}
        return {"type": "text_mention", "user": user}
    if re.match(r"^(https?|tg|mailto)://|^(https?://)?[\w.-]+\.[a-z]{2,}", url, re.IGNORECASE):
        return {"type": "text_link", "url": url}
    return None  # Telegram silently drops a link it cannot check


def decode_entity(source: str, pos: int) -> tuple[str | None, int]:
    """Decodes the character reference at ``source[pos] == '&'``; ``(None, pos)`` if there is none.

    Like tdlib, the trailing ``;`` is optional and only four named references exist.
    """
    end = pos + 1
    if source[end : end + 1] == "#":
        end += 1
        hexadecimal = source[end : end + 1] == "x"
        if hexadecimal:
            end += 1
        digits_start = end
        allowed = "0123456789abcdefABCDEF" if hexadecimal else "0123456789"
        while end < len(source) and source[end] in allowed:
            end += 1
        digits = source[digits_start:end]
        code = int(digits, 16 if hexadecimal else 10) if digits else 0
        if code == 0 or code >= 0x10FFFF or end - pos >= 10 or 0xD800 <= code <= 0xDFFF:
            return None, pos
        decoded: str | None = chr(code)
    else:
        while end < len(source) and source[end].isascii() and source[end].isalpha():
            end += 1
        decoded = _NAMED_ENTITIES.get(source[pos + 1 : end])
        if decoded is None:
            return None, pos
    if source[end : end + 1] == ";":
        end += 1
    return decoded, end


def parse_html(source: str, *, strict_ampersand: bool = True) -> ParsedHtml:
    """Parses Bot API HTML; raises :class:`HtmlParseError` where Telegram answers 400."""
    return _Parser(source, strict_ampersand=strict_ampersand).parse()


def html_to_plain(source: str) -> str:
    """Best-effort rendering for a terminal: tags dropped, references decoded, never raises."""
    try:
        return parse_html(source, strict_ampersand=False).text
    except HtmlParseError:
        return source
