"""Lines of a plan that carry a number, a date or a period (每季度, 按月) but gave no fact: what
an upload's preview names beside the facts it counts, so the admin checks them before 确认入库
(a duty "按季度向…报送工作进展" the extractor missed would otherwise never be reminded).

A line is one of the extracted text (``Extraction.text``). It is *unread* when no fact record
(target, milestone, duty, reward, task) or reward condition was read from it, and a digit is
left once what is a reference rather than a figure is taken out: a cited title (《…》), a doc
number (〔2024〕7号), a plan period in brackets ((2024—2026年)), the ordinal that numbers an
item (1. / (2)), an edition's year ((2015)), and the date of a dateline (a short line that is a
signature's date or a page's 发布时间); nor is the title's line, a table's cell or a fragment
(fewer than ``STATEMENT_CHARS`` Chinese characters). Those are metadata the preview shows in
its own fields, or not statements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from policybot.knowledge.extract.records import Extraction

_REFERENCE = re.compile(
    r"《[^》]*》"
    r"|[〔\[(（]\s*\d{4}\s*[〕\])）]\s*\d+\s*号"
    r"|[(（\[]\s*\d{4}\s*[—\-–－~～至到]+\s*\d{4}\s*年?\s*[)）\]]"
    r"|[(（\[]\s*\d{4}\s*年?\s*[)）\]]"
)
_ORDINAL = re.compile(r"^\s*(?:[(（]\s*\d{1,3}\s*[)）]|\d{1,3}\s*[.、．)）](?!\d))")
# A period that paces a duty: a statement with one but no fact may be a duty not read.
# (Not a word that only starts like one: 按年龄, 按周期, 每年龄段, 按月份.)
_PERIOD = re.compile(
    r"(?:每(?:个|一)?|按|逐)(?:周|旬|半年度?|季度|季|月|年度|年)(?![龄期份限级段薪])"
)
_FULL_DATE = re.compile(r"\d{4}\s*[年.\-/]\s*\d{1,2}\s*[月.\-/]\s*\d{1,2}\s*日?")
# A line this short whose only figures are a full date is a dateline, not a statement.
DATELINE_CHARS = 40
# Fewer Chinese characters than this: a table's cell or a wrapped fragment, not a statement.
STATEMENT_CHARS = 6


@dataclass(frozen=True)
class UnreadLine:
    number: int  # 1-based, in the extracted text
    text: str


def unread_lines(extraction: Extraction) -> list[UnreadLine]:
    """The lines with a figure, a date or a period from which nothing was read, in the text's
    order."""
    spans = sorted(
        (record.span.start, record.span.end)
        for record in [*extraction.fact_records(), *extraction.conditions]
        if record.span.end > record.span.start
    )
    spans = sorted([*spans, *extraction.read_lines])
    title = extraction.document.title or ""
    unread: list[UnreadLine] = []
    start = 0
    for number, line in enumerate(extraction.text.split("\n"), 1):
        end = start + len(line)
        shown = title and line.strip() and (line.strip() in title or title in line)
        if not shown and _has_figure(line) and not _overlaps(spans, start, end):
            unread.append(UnreadLine(number, line.strip()))
        start = end + 1
    return unread


def _has_figure(line: str) -> bool:
    rest = _ORDINAL.sub("", _REFERENCE.sub("", line))
    if sum("\u4e00" <= character <= "\u9fff" for character in rest) < STATEMENT_CHARS:
        return False
    if _PERIOD.search(rest):
        return True
    if len(rest.strip()) <= DATELINE_CHARS:
        rest = _FULL_DATE.sub("", rest)
    return any(character.isascii() and character.isdigit() for character in rest)


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether a fact was read from the line: more than the one character a span running on
    past its line's end takes of the next."""
    return any(min(end, span_end) - max(start, span_start) > 1 for span_start, span_end in spans)
