"""Answers as Telegram HTML pages and as plain text for the CLI.

Every piece of document text goes through ``html.escape``: a quote with ``<`` or ``&`` would
otherwise make Telegram refuse the whole message. Pages are cut so that none exceeds Telegram's
4096-character limit, whatever the quotes' length.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass

from policybot.knowledge.answers import Answer, FactLine, format_due
from policybot.knowledge.clipping import (
    LABEL_LIMIT,
    NAME_LIMIT,
    QUOTE_LIMIT,
    SECTION_LIMIT,
    TELEGRAM_LIMIT,
    TITLE_LIMIT,
    VALUE_LIMIT,
    clip,
    telegram_length,
    visible_length,
)
from policybot.knowledge.extract.normalise import strip_invisible

__all__ = ["TELEGRAM_LIMIT", "clip_echo", "render_pages", "render_plain", "telegram_length"]
_UNITS_SHOWN = 12
_UNITS_TEXT_LIMIT = 200
# What the user typed comes back in the header and notes; a 4,000-character question must not
# push the page past Telegram's limit (it answered "Message is too long" before this cap).
_ECHO_LIMIT = 200
KIND_NAMES = {
    "target": "目标",
    "milestone": "节点",
    "recurring": "常规工作",
    "reward": "奖励",
    "unit": "单位",
    "document": "文件",
}


@dataclass(frozen=True)
class Markup:
    """How to write emphasis and escape text: HTML for Telegram, nothing for a terminal."""

    escape: Callable[[str], str]
    bold: Callable[[str], str]
    italic: Callable[[str], str]


HTML = Markup(
    escape=html.escape,
    bold=lambda text: f"<b>{html.escape(text)}</b>",
    italic=lambda text: f"<i>{html.escape(text)}</i>",
)
PLAIN = Markup(escape=lambda text: text, bold=lambda text: text, italic=lambda text: text)


def fact_block(number: int, fact: FactLine, markup: Markup) -> str:
    """One fact: what and how much, when, who, progress, and where it is written."""
    e = markup.escape
    kind = KIND_NAMES.get(fact.kind, fact.kind)
    head = f"{number}. [{kind}] {markup.bold(clip(fact.label, LABEL_LIMIT))}"
    if fact.value and fact.kind != "milestone":
        head += f" — {markup.bold(clip(fact.value, VALUE_LIMIT))}"
    if fact.region:
        head += f"({e(clip(fact.region, NAME_LIMIT))})"
    lines = [head]
    if fact.note:
        lines.append(f"   说明: {e(clip(fact.note, LABEL_LIMIT))}")
    if fact.due is not None and fact.kind in {"target", "milestone"}:
        due = format_due(fact.due, clip(fact.due_text, VALUE_LIMIT) or None)
        lines.append(f"   截止: {e(due)}" + (" ⚠️已过期" if fact.overdue else ""))
    elif fact.due is not None and fact.kind == "document":
        lines.append(f"   印发: {fact.due.isoformat()}")
    if fact.lead_units:
        lines.append(f"   牵头: {e(unit_list(fact.lead_units))}")
    if fact.support_units:
        lines.append(f"   配合: {e(unit_list(fact.support_units))}")
    if fact.progress is not None:
        share = f",完成 {fact.progress.share_percent}%" if fact.progress.share_percent else ""
        value = clip(fact.progress.value, VALUE_LIMIT)
        lines.append(f"   进展: {e(value)}({fact.progress.reported_on.isoformat()}报{share})")
    lines.append("   " + citation_line(fact, markup))
    return "\n".join(lines)


def unit_list(names: tuple[str, ...]) -> str:
    """At most a dozen unit names, each clipped, and how many more there are."""
    shown = clip(
        "、".join(clip(name, NAME_LIMIT) for name in names[:_UNITS_SHOWN]), _UNITS_TEXT_LIMIT
    )
    return shown + (f"等 {len(names)} 个单位" if len(names) > _UNITS_SHOWN else "")


def citation_line(fact: FactLine, markup: Markup) -> str:
    citation = fact.citation
    source = f"《{clip(citation.document, TITLE_LIMIT)}》"
    if citation.section:
        source += f" {clip(citation.section, SECTION_LIMIT)}"
    quote = clip(citation.quote, QUOTE_LIMIT)
    ref = "" if fact.kind in {"unit", "document"} else f" #{fact.ref}"
    return f"出处: {markup.escape(source)}:{markup.italic('“' + quote + '”')}{markup.escape(ref)}"


def header(answer: Answer, markup: Markup) -> str:
    lines = [markup.bold(clip_echo(answer.title))]
    if answer.question:
        lines.append(f"问: {markup.escape(clip_echo(answer.question))}")
    headline = clip_echo(answer.headline)
    lines.append(f"答: {markup.bold(headline)}" if answer.found else markup.escape(headline))
    return "\n".join(lines)


def footer(answer: Answer, markup: Markup) -> str:
    lines = [markup.escape(clip_echo(note)) for note in answer.notes]
    lines += [markup.escape(clip_echo(line)) for line in answer.suggestions]
    return "\n".join(lines)


def clip_echo(text: str, limit: int = _ECHO_LIMIT) -> str:
    """Text that may repeat the user's words, cut (before escaping) to ``limit`` characters.

    Bidirectional controls go too: a U+202E in a question would reverse the reply on screen.
    """
    text = strip_invisible(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_pages(answer: Answer, markup: Markup = HTML, page_size: int = 8) -> list[str]:
    """The answer cut into pages of at most ``page_size`` facts and 4096 units each."""
    top = header(answer, markup)
    bottom = footer(answer, markup)
    blocks = [fact_block(n, fact, markup) for n, fact in enumerate(answer.facts, 1)]
    reserve = visible_length(top) + visible_length(bottom) + 40  # "第 i/n 页", blank lines
    budget = TELEGRAM_LIMIT - reserve
    chunks: list[list[str]] = [[]]
    used = 0
    for block in blocks:
        block = block if visible_length(block) <= budget else _cut(block, budget)
        size = visible_length(block) + 2
        if chunks[-1] and (len(chunks[-1]) >= page_size or used + size > budget):
            chunks.append([])
            used = 0
        chunks[-1].append(block)
        used += size
    pages = []
    for number, chunk in enumerate(chunks, 1):
        parts = [top, *chunk]
        if len(chunks) > 1:
            parts.append(f"第 {number}/{len(chunks)} 页")
        if bottom and number == len(chunks):
            parts.append(bottom)
        pages.append("\n\n".join(part for part in parts if part))
    return pages


def _cut(block: str, budget: int) -> str:
    """A block too long for a page (only with absurd quotes), cut at a line boundary."""
    kept: list[str] = []
    for line in block.split("\n"):
        if sum(visible_length(k) + 1 for k in kept) + visible_length(line) > budget - 2:
            break
        kept.append(line)
    return "\n".join(kept) + "\n…"


def render_plain(answer: Answer) -> str:
    """The whole answer as plain text (CLI): the same content, no markup, no paging."""
    parts = [header(answer, PLAIN)]
    parts += [fact_block(n, fact, PLAIN) for n, fact in enumerate(answer.facts, 1)]
    bottom = footer(answer, PLAIN)
    if bottom:
        parts.append(bottom)
    return "\n\n".join(parts)
