"""Qualitative tasks: what a plan asks a unit to do, with or without a number.

A unit note closes the task it follows: "…建立长效机制。(牵头单位:各县区政府)", "…锅炉。(市生态环境局
牵头,市发展和改革局参与)", a "牵头单位:…" line under a numbered item, or a heading that names the
unit for the items below it ("一、县示范区管委会牵头工作").  A task whose text states a number is
already a target (which carries the same units), so only the others become tasks; they let users
ask "某项工作由哪个部门牵头" and "市质监局负责哪些任务" and can be reminded when they are dated.
"""

from __future__ import annotations

import re
from datetime import date as date_type

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.dates import find_time_mentions
from policybot.knowledge.extract.records import Span, TaskRecord
from policybot.knowledge.extract.structure import Paragraph, Piece
from policybot.knowledge.extract.units import UnitNote

_NUMBERING = re.compile(
    r"^(?:第[一二三四五六七八九十百]+[章条]|[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|"
    r"\d{1,2}[.、](?!\d))\s*"
)
_TITLE_MAX = 60


def task(
    paragraph: Paragraph,
    piece: Piece,
    note: UnitNote,
    ctx: DocContext,
    first_piece: bool,
) -> TaskRecord | None:
    """The task a piece of text states, closed by ``note``; None if the piece says nothing."""
    body = _NUMBERING.sub("", piece.text.strip(" ,;。"))
    if len(re.sub(r"[^\u4e00-\u9fff]", "", body)) < 4 or not note.lead:
        return None
    title = _title(paragraph, body, first_piece)
    quote_end = piece.end + max(0, note.end - note.start) if note.end else piece.end
    quote_start = max(piece.start, quote_end - 120)
    return TaskRecord(
        region=ctx.region,
        title=title,
        quote=ctx.text[quote_start:quote_end].strip(" ,;")[:120],
        section=paragraph.section,
        due=_due(body, ctx),
        lead_units=list(note.lead),
        support_units=list(note.support),
        span=Span(piece.start, min(quote_end, len(ctx.text)), paragraph.section),
    )


def _title(paragraph: Paragraph, body: str, first_piece: bool) -> str:
    """The item's own heading ("(一)全面推进质量振兴工作。…"), else its first sentence."""
    if first_piece and paragraph.heading_level is not None and paragraph.headings:
        heading = _NUMBERING.sub("", paragraph.headings[-1]).strip(" 。")
        if len(heading) >= 4 and not heading.isdigit():
            return heading
    first = re.split(r"[。;]", body, maxsplit=1)[0].strip(" ,")
    return first[:_TITLE_MAX]


def _due(body: str, ctx: DocContext) -> date_type | None:
    """The first deadline the task states ("2019年9月底前,基本完成…"), if it is not in the past."""
    year = ctx.document_year
    for mention in find_time_mentions(body):
        if mention.kind == "point" and mention.last and (year is None or mention.last.year >= year):
            return mention.last
    return None


def is_heading_only(paragraph: Paragraph, piece: Piece) -> bool:
    """A heading that only passes its units to the items below it."""
    if paragraph.heading_level is None or not paragraph.headings:
        return False
    return len(piece.text.strip(" 。")) <= len(paragraph.headings[-1]) + 2


_HEADING_UNITS = re.compile(
    r"^(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\))(?P<units>[^,。;()]{2,40}?)"
    r"(?:牵头|负责)(?:的)?(?:工作|任务|事项)"
)


def heading_units(text: str) -> str | None:
    """ "一、县示范区管委会牵头工作(8项)" -> "县示范区管委会"."""
    match = _HEADING_UNITS.match(text)
    return match["units"] if match else None
