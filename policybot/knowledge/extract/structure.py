"""The outline of a plan: paragraphs with offsets, their heading path, sentences and clauses.

Every fact cites ``(start, end)`` offsets into the normalised text and the heading it sits
under ("三、主要任务 / (二)实施七项重点计划"), so all splitting here keeps absolute offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

_CN_DIGITS = "一二三四五六七八九十"
HEADING_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^第[一二三四五六七八九十百]+[章部分]"),
    re.compile(r"^第[一二三四五六七八九十百]+条"),
    re.compile(rf"^[{_CN_DIGITS}]+[、.]"),
    re.compile(rf"^\([{_CN_DIGITS}]+\)"),
    re.compile(r"^\d{1,2}(?:\.|、|\.)(?!\d)"),
    re.compile(r"^\(\d{1,2}\)"),
)
_SENTENCE_END = re.compile(r"[。;!?]")
_FULL_STOP = re.compile(r"[。!?]")
_CLAUSE_END = re.compile(r"[,。;!?:]")


@dataclass
class Piece:
    """A stretch of text with its absolute offset in the document."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class Paragraph(Piece):
    """One line of the normalised text, with the heading path it belongs to."""

    section: str | None = None
    heading_level: int | None = None  # set when the paragraph itself opens a section
    headings: list[str] = field(default_factory=list)


def heading_level(line: str) -> int | None:
    for level, pattern in enumerate(HEADING_PATTERNS):
        if pattern.match(line):
            return level
    return None


_HEADING_MAX = 24  # beyond this a numbered line is a paragraph, not a heading
# "(一)启动阶段(2031年11月—2032年2月)": a phase heading, long only for its dates, whose range is
# the window of the duties under it (a heading cut to "(一)" lost it).
_PHASE_HEADING = re.compile(
    rf"^(?:\d{{1,2}}|[{_CN_DIGITS}]+|\([{_CN_DIGITS}\d]+\))?[、.]?\s*[\u4e00-\u9fff]{{1,12}}阶段"
    r"\s*\([^()]{4,30}\)$"
)
_NUMBER_LABEL = re.compile(rf"^((?:\d{{1,2}}|[{_CN_DIGITS}]+|\([{_CN_DIGITS}\d]+\)))[、.]?")


def heading_title(line: str) -> str:
    """The heading part of a line: the whole line if short, else its first sentence."""
    article = re.match(r"^第[一二三四五六七八九十百]+条", line)
    if article:
        return article.group(0)  # an article is cited by its number ("第三条")
    line = re.sub(r"[((](?:牵头|责任|配合|主办)(?:单位|部门).*$", "", line)
    cut = re.split(r"[。:;]", line, maxsplit=1)[0]
    if len(cut) > _HEADING_MAX and not _PHASE_HEADING.match(cut):
        # A numbered paragraph ("16.对……给予奖励;……") rather than a heading: cite its number.
        number = _NUMBER_LABEL.match(line)
        if number:
            return number.group(1)
    return cut if len(cut) <= 40 else cut[:40]


def paragraphs(text: str) -> list[Paragraph]:
    """Non-empty lines with offsets and the heading path (outermost first)."""
    result: list[Paragraph] = []
    stack: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        if not line.strip():
            continue
        level = heading_level(line)
        if level is not None:
            while stack and stack[-1][0] >= level:
                stack.pop()
            stack.append((level, heading_title(line)))
        headings = [title for _, title in stack]
        result.append(
            Paragraph(
                start=start,
                text=line,
                section=" / ".join(headings) if headings else None,
                heading_level=level,
                headings=headings,
            )
        )
    return result


_OPENING, _CLOSING = "(《“[【", ")》”]】"
_MARKS: dict[str, re.Pattern[str]] = {}


def _marks(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The brackets and ``pattern``'s delimiters: the only characters ``_split`` looks at."""
    if pattern.pattern not in _MARKS:
        brackets = re.escape(_OPENING + _CLOSING)
        _MARKS[pattern.pattern] = re.compile(f"[{brackets}]|{pattern.pattern}")
    return _MARKS[pattern.pattern]


def _split(piece: Piece, pattern: re.Pattern[str]) -> Iterator[Piece]:
    """Split keeping the delimiter with the left part; brackets and quotes are not split.
    (Only brackets and delimiters are visited: a Python step per character made splitting a
    long paragraph cost more than reading it.)"""
    depth = 0
    begin = 0
    text = piece.text
    for mark in _marks(pattern).finditer(text):
        char, index = mark.group(0), mark.start()
        if char in _OPENING:
            depth += 1
        elif char in _CLOSING and depth:
            depth -= 1
        elif depth == 0 and pattern.match(char):
            if text[begin : index + 1].strip():
                yield Piece(piece.start + begin, text[begin : index + 1])
            begin = index + 1
    if text[begin:].strip():
        yield Piece(piece.start + begin, text[begin:])


def sentences(piece: Piece) -> list[Piece]:
    """Sentences and ;-separated parts: the unit of one event or one rule."""
    return list(_split(piece, _SENTENCE_END))


def full_sentences(piece: Piece) -> list[Piece]:
    """Sentences ending in 。!?: a time stated at the start governs every ;-part after it."""
    return list(_split(piece, _FULL_STOP))


def clauses(piece: Piece) -> list[Piece]:
    return list(_split(piece, _CLAUSE_END))


def strip_edges(piece: Piece, chars: str = " ,。;:、!?") -> Piece:
    """Trim punctuation from both ends, keeping offsets right."""
    text = piece.text
    left = len(text) - len(text.lstrip(chars))
    stripped = text.strip(chars)
    return Piece(piece.start + left, stripped)
