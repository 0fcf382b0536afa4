"""Answers as Telegram HTML pages and as plain text for the CLI, written for a phone.

A reply leads with the answer in the document's words and numbers; a list is one line per item
(value, what, where, due); the source is shown once per document. The quoted sentences and
their sections open from the 出处 button (``source_text``), and only admins see the ids they need
for /edit and /delete there. Every piece of document text is clipped where it is shown and goes
through ``html.escape`` (a quote with ``<`` or ``&`` would make Telegram refuse the message), so
no page can exceed Telegram's 4096 UTF-16 units whatever the documents hold.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from policybot.knowledge.answers import ASKING_TITLE, Answer, AnswerKind, FactLine, format_due
from policybot.knowledge.clipping import (
    LABEL_LIMIT,
    NAME_LIMIT,
    QUOTE_LIMIT,
    SECTION_LIMIT,
    TELEGRAM_LIMIT,
    TITLE_LIMIT,
    VALUE_LIMIT,
    clip,
    clip_around,
    telegram_length,
    visible_length,
)
from policybot.knowledge.heads import LIST_WHAT_CHARS, clip_at_boundary
from policybot.knowledge.labels import EDITED_LABEL, FACT_KIND_LABELS
from policybot.knowledge.lines import tidy_section, without_outline_number
from policybot.knowledge.models import FactKind
from policybot.knowledge.row_quotes import readable_row
from policybot.knowledge.unit_roles import shown_roles

__all__ = [
    "TELEGRAM_LIMIT",
    "clip_echo",
    "page_chunks",
    "render_pages",
    "render_plain",
    "source_text",
    "telegram_length",
]
# What the user typed comes back in the header and notes; a 4,000-character question must not
# push the page past Telegram's limit (it answered "Message is too long" before this cap).
_ECHO_LIMIT = 200
# Document strings, clipped where they are shown (limits: ``knowledge.clipping``). An answer
# sentence may be longer than a label: it is the answer itself.
_LABEL_LIMIT = 2 * LABEL_LIMIT
_NAME_LIMIT = TITLE_LIMIT
_SECTION_LIMIT = SECTION_LIMIT
_UNITS_SHOWN = 12
_UNITS_LIMIT = 200
_QUOTE_LIMIT = QUOTE_LIMIT
KIND_NAMES = {
    **{kind: FACT_KIND_LABELS[kind] for kind in FactKind.ALL},
    "unit": "单位",
    "document": "文件",
    "passage": "原文",
}
SOURCE_PREFIX = "出处: "
# How a section's path joins its levels, as the store writes it (第四条 / (一)).
_SECTION_SEPARATOR = " / "
EDITED = EDITED_LABEL


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


def clip_echo(text: str, limit: int = _ECHO_LIMIT) -> str:
    """Text that may repeat the user's words, cut (before escaping) to ``limit`` characters.

    Bidirectional controls go too (``clip``): a U+202E in a question would reverse the reply.
    """
    return clip(text, limit)


def unit_list(names: tuple[str, ...]) -> str:
    """At most a dozen unit names, each clipped, and how many more there are."""
    shown = clip("、".join(clip(name, NAME_LIMIT) for name in names[:_UNITS_SHOWN]), _UNITS_LIMIT)
    return shown + (f"等 {len(names)} 个单位" if len(names) > _UNITS_SHOWN else "")


# -- one item ---------------------------------------------------------------------------------


def item_line(fact: FactLine, markup: Markup, *, region: bool = True, head: bool = False) -> str:
    """One line: value, what, where, when. ``head``: a line of a listing (every item found, one
    line each), which shows the readable head of a long "what" (its whole sentence is behind
    出处). The few sentences a question's answer weighs against each other are that answer
    and are shown whole."""
    e = markup.escape
    label = clip(fact.label, _LABEL_LIMIT)
    if head:
        label = clip_at_boundary(label, LIST_WHAT_CHARS)
    if fact.kind == "passage":
        text = e(label) + (f"({e(clip(fact.note, 40))})" if fact.note else "")
    elif fact.kind == "milestone":
        # The document's own words for the date stay beside it, unless the label says them
        # already ("2017-12-31 2017年底前完成…", not "2017-12-31(2017年底前) 2017年底前完成…").
        words = fact.due_text if fact.due_text and fact.due_text not in fact.label else None
        due = format_due(fact.due, clip(words, VALUE_LIMIT) or None)
        text = f"{markup.bold(due)} {e(label)}" if due else e(label)
    elif fact.kind in ("unit", "document") or not fact.value:
        where = _document_region(fact) if region else ""
        text = (
            e(label)
            + (f"({e(where)})" if where else "")
            + (f" — {markup.bold(clip(fact.value, _LABEL_LIMIT))}" if fact.value else "")
        )
    else:
        text = f"{markup.bold(clip(fact.value, _LABEL_LIMIT))} {e(label)}"
    if region and fact.region and fact.kind not in ("document", "passage"):
        text += f"({e(clip(fact.region, NAME_LIMIT))})"
    if fact.due is not None and fact.kind in ("target", "recurring"):  # recurring: its next one
        text += f" · {fact.due.isoformat()}"
    if fact.overdue and fact.kind in ("target", "milestone", "recurring"):
        text += " ⚠️已过期"
    note = _list_note(fact)
    if note and fact.kind in ("target", "reward"):
        text += f" · {e(clip(note, 40))}"
    if fact.progress is not None:
        share = f",{fact.progress.share_percent}%" if fact.progress.share_percent else ""
        text += f" · 进展 {e(clip(fact.progress.value, VALUE_LIMIT))}{share}"
    if fact.edited:
        text += f" · {EDITED}"
    return text


# A per-year quota's tag: its date is this year's occurrence, not the plan's end.
PER_YEAR = "每年"


def _list_note(fact: FactLine) -> str:
    """The qualifiers after a line's date. One rule for 每年: a per-year item always carries it,
    first, right after the date (`· 2018-12-31 · 每年`), whether or not its label says 每年 —
    the tag dates the line, the label names the task. The other qualifiers the label says
    already are not said again (力争 under 力争达到…)."""
    parts = [p for p in (fact.note or "").split(",") if p]
    tag = [PER_YEAR] if PER_YEAR in parts else []
    return ",".join(tag + [p for p in parts if p != PER_YEAR and p not in fact.label])


def detail_lines(fact: FactLine, markup: Markup, headline: str = "") -> list[str]:
    """What a single answer adds below its headline: what, where, when, who, progress (the
    value only when the headline is not already it)."""
    e = markup.escape
    lines = []
    if _names_itself(fact) and fact.label == headline:  # /doc 湖州: the title is the headline
        if fact.value:
            lines.append(f"文号: {e(clip(fact.value, _LABEL_LIMIT))}")
    elif fact.kind != "passage":
        if fact.value and fact.value == headline:
            fact = replace(fact, value=None)
        if fact.kind == "milestone" and _says_the_due(headline, fact):
            # 答: 2017-06-30(2017年中) (已过期) — the line below names what, not the date again.
            fact = replace(fact, due=None, due_text=None, overdue=False)
        shown = replace(fact, edited=False)
        if _names_itself(fact):
            # 答: 2020-05-20 of a document asked about: the line below is its source, named
            # as a source is (《…》), since no 出处 line follows.
            shown = replace(shown, label=f"《{fact.label}》")
        lines.append(item_line(shown, markup))
    if fact.edited:  # the value above is the admin's; the document's words follow
        original = fact.excerpt or fact.citation.quote
        lines.append(f"{EDITED},原文: {e(clip(original, _LABEL_LIMIT))}")
    elif fact.excerpt:
        excerpt = without_outline_number(fact.excerpt)
        lines.append(f"原文: {e(clip(excerpt, _LABEL_LIMIT))}")
    if fact.due is not None and fact.kind == "document":
        lines.append(f"成文: {fact.due.isoformat()}")
    units = [
        f"{label}: {unit_list(names)}"
        for label, names in shown_roles(fact.lead_units, fact.support_units, fact.responsible_units)
    ]
    if units and "; ".join(units) not in headline:  # 答: …;牵头: … says them already
        lines.append(e(clip("; ".join(units), _UNITS_LIMIT)))
    if fact.progress is not None:
        share = f",完成 {fact.progress.share_percent}%" if fact.progress.share_percent else ""
        lines[0:1] = [lines[0].split(" · 进展 ")[0]] if lines else []
        lines.append(
            f"进展: {e(clip(fact.progress.value, VALUE_LIMIT))}"
            f"({fact.progress.reported_on.isoformat()}报{share})"
        )
    return lines


def _says_the_due(headline: str, fact: FactLine) -> bool:
    due = format_due(fact.due, fact.due_text)
    if fact.start is not None and headline.startswith(f"{fact.start.isoformat()} 开始"):
        return True  # a span's start with its own words (2031年4月—6月) says its end too
    return bool(due) and headline.startswith((due, f"最近: {due}"))


def _document_region(fact: FactLine) -> str:
    """A document's region, beside its title, when the title does not say it.

    Two districts' plans may share a title (质量强区建设三年行动计划(2024—2026年)): /doc listed
    them as two identical lines, with nothing to tell which is whose.
    """
    if fact.kind != "document" or not fact.region or fact.region in fact.label:
        return ""
    return clip(fact.region, NAME_LIMIT)


def _names_itself(fact: FactLine) -> bool:
    """A document's own line (/doc), whose label is the document's title: its 出处 would only
    name it again."""
    return fact.kind == "document" and fact.label in (fact.citation.quote, fact.citation.document)


def source_line(facts: Sequence[FactLine], markup: Markup, *, section: bool) -> list[str]:
    """The documents of ``facts``, each named once (with the section for a single item); not
    those a line already names by title (a list of documents)."""
    names: dict[str, str | None] = {}
    for fact in facts:
        # A list of documents names each by its line (a replaced one's title marked 已被替代):
        # one of them as the 出处 of the whole list would say the list came from it.
        if _names_itself(fact) or (fact.kind == "document" and len(facts) > 1):
            continue
        names.setdefault(fact.citation.document, fact.citation.section)
    # Sentences all of one section (王纲市长主抓重点工作 / 1.坚定不移支持企业发展) are shown with
    # it as a single one is: the heading may be what the sentences are read with (who leads
    # them, of which year), and said once it costs one line's end. Of sentences in sections
    # below one heading, that heading (the levels their sections share).
    if len(facts) > 1 and len(names) == 1 and all(fact.kind == "passage" for fact in facts):
        names = {next(iter(names)): _shared_section([fact.citation.section for fact in facts])}
        section = True
    lines = []
    for name, where in names.items():
        text = f"《{clip(name, _NAME_LIMIT)}》"
        where = tidy_section(where) if where else None
        if section and where and len(names) == 1:
            text += f" {clip(where, _SECTION_LIMIT)}"
        lines.append(SOURCE_PREFIX + markup.escape(text))
    return lines


def _shared_section(sections: Sequence[str | None]) -> str | None:
    """The levels (第四条 / (一)) every one of ``sections`` begins with; None when none."""
    levels = [(section or "").split(_SECTION_SEPARATOR) for section in sections]
    shared: list[str] = []
    for parts in zip(*levels, strict=False):
        if len(set(parts)) != 1 or not parts[0]:
            break
        shared.append(parts[0])
    return _SECTION_SEPARATOR.join(shared) or None


# -- a whole answer ----------------------------------------------------------------------------


# The longest lead a reply repeats as its item 1 (longer: 共 N 项,见下 leads instead).
_REPEATED_LEAD = 40


def header(answer: Answer, markup: Markup, shown: int | None = None) -> str:
    """The title and the headline; ``shown``: the items of a page that holds fewer than the
    headline counts (``page_count``)."""
    headline = clip_echo(answer.headline)
    if shown is not None and _COUNTED.match(headline):
        # 共 8 项 over a page of 7 (their 出处 lines filled it): the page says what it holds.
        headline = f"{headline},本页 {shown} 项"
    if answer.kind == AnswerKind.GUIDE and answer.title and headline.startswith(answer.title):
        # 你好 over 你好!直接发问题即可…: a reply to small talk says its word once.
        return markup.escape(headline)
    if not answer.found and _echoes_twice(answer.title, answer.headline):
        # /units <3,000 characters>: the title and 未找到“…” would echo the same words twice,
        # each clipped; they are shown once, in the sentence that says nothing was found.
        return markup.escape(headline)
    if not answer.found and answer.title == ASKING_TITLE:
        # 杭州有什么奖励, of a place the store does not hold: the generic title (提问) says
        # nothing above 未找到; the sentence is the reply.
        return markup.escape(headline)
    lines = [markup.bold(clip_echo(answer.title))]
    if (
        not answer.listing
        and len(answer.facts) > 1
        and answer.headline == answer.facts[0].label
        and len(answer.headline) > _REPEATED_LEAD
    ):
        # 湖州的标准化目标 answered by long sentences: the first is item 1 below, not said
        # twice word for word (a phone screen each); a short one still leads as the answer.
        headline = f"共 {answer.total or len(answer.facts)} 项,见下"
    if answer.found and answer.kind != AnswerKind.GUIDE:
        lines.append(f"答: {markup.bold(headline)}")
    else:
        lines.append(markup.escape(headline))
    return "\n".join(lines)


# A headline counting a list's items: 共 8 项.
_COUNTED = re.compile(r"^共 \d+ 项$")


def page_count(
    chunks: Sequence[tuple[int, list[FactLine]]], number: int, page_size: int
) -> int | None:
    """How many items page ``number`` (0-based) shows, when a page before the last holds fewer
    than ``page_size`` (its lines or its length cut it short, so 共 8 项 shows 7 and 还有1条);
    None for a full page or the last."""
    if number >= len(chunks) - 1:
        return None
    shown = len(chunks[number][1])
    return shown if shown < page_size else None


# A title longer than the echo limit that shares this long a stretch with the headline repeats it.
_SHARED_ECHO = 40


def _echoes_twice(title: str, headline: str) -> bool:
    """Whether a title too long to show whole repeats words the headline quotes back."""
    if len(title) <= _ECHO_LIMIT:
        return False
    return any(
        title[start : start + _SHARED_ECHO] in headline
        for start in range(0, min(len(title) - _SHARED_ECHO, _SHARED_ECHO) + 1)
    )


def footer(answer: Answer, markup: Markup) -> str:
    lines = [markup.escape(clip_echo(note)) for note in answer.notes]
    lines += [markup.escape(clip_echo(line)) for line in answer.suggestions]
    return "\n".join(lines)


def _is_single(answer: Answer) -> bool:
    return not answer.listing and len(answer.facts) == 1


def _body(
    answer: Answer,
    facts: Sequence[FactLine],
    markup: Markup,
    first: int,
    *,
    sources: bool = True,
) -> list[str]:
    """A page's items and (with ``sources``) the documents they come from."""
    if _is_single(answer):
        fact = facts[0]
        lines = detail_lines(fact, markup, answer.headline)
        # The sentence below its answer, unless the answer says it whole already (答: 到2019年底
        # 新增…: the sentence with the date it is due by put before it).
        if fact.kind == "passage" and fact.label not in answer.headline:
            lines.insert(0, markup.escape(clip(fact.label, _LABEL_LIMIT)))
        return lines + source_line(facts, markup, section=True)
    items = []
    for number, fact in enumerate(facts, first):
        if answer.by_region and (
            number == first or fact.region != facts[number - first - 1].region
        ):
            items.append(markup.bold(f"【{markup.escape(fact.region or '未写地区')}】"))
        region = _mixed_regions(answer) and not answer.by_region
        items.append(
            f"{number}) {item_line(fact, markup, region=region, head=shows_heads(answer))}"
        )
    return items + (source_line(facts, markup, section=False) if sources else [])


def shows_heads(answer: Answer) -> bool:
    """A list's lines show the head of a long "what": a command's list (/targets, /deadlines)
    and every item a question found (a listing). The few sentences a question's answer weighs
    against each other are the answer itself and are shown whole (dev lost 16 questions whose
    answer lay in such a sentence's tail)."""
    return answer.listing or answer.question is None


def _mixed_regions(answer: Answer) -> bool:
    return len({fact.region for fact in answer.facts}) > 1


def render_pages(answer: Answer, markup: Markup = HTML, page_size: int = 8) -> list[str]:
    """The answer cut into pages of at most ``page_size`` items and 4096 UTF-16 units each."""
    bottom = footer(answer, markup)
    chunks = page_chunks(answer, markup, page_size)
    pages = []
    for number, (start, facts) in enumerate(chunks, 1):
        top = header(answer, markup, page_count(chunks, number - 1, page_size))
        parts = [top, "\n".join(_body(answer, facts, markup, start + 1)) if facts else ""]
        counter = ""
        if len(chunks) > 1:
            counter = f"第 {number}/{len(chunks)} 页" + _cut_short(answer, number, len(chunks))
        if number == 1 and _to_narrow(answer, len(chunks)):
            # On the counter's line: a phone shows a page of 8 items in 15 lines, not 17.
            counter = f"{counter} · {markup.escape(narrow_hint(answer))}"
        if counter:
            parts.append(counter)
        if bottom and number == len(chunks):
            parts.append(bottom)
        page = "\n\n".join(part for part in parts if part)
        pages.append(_within_limit(page))
    return pages


# A list of this many pages says on its first how to narrow it (/deadlines 佛山 全部: 25 pages).
LONG_LIST_PAGES = 10
_NARROWED_BY = {
    AnswerKind.TARGETS: "targets",
    AnswerKind.DEADLINES: "deadlines",
    AnswerKind.REWARDS: "rewards",
}


def _to_narrow(answer: Answer, pages: int) -> bool:
    """Whether a list's first page says how to narrow it: a command's list this long, or any
    list of several pages cut short (第 1/8 页(只列出前 60 项) of 137: the rest no page shows,
    so asking for fewer is the only way to them)."""
    if pages >= LONG_LIST_PAGES and answer.kind in _NARROWED_BY:
        return True
    return pages > 1 and answer.total > len(answer.facts)


def narrow_hint(answer: Answer) -> str:
    """The one line a long list's first page adds: how to ask for fewer items, by commands
    made of words the list holds (``Answer.narrowing``)."""
    if not answer.narrowing:
        return "条目较多,可加年份、区县或关键词缩小"
    return f"条目较多,可加年份、区县或关键词缩小,例如 {' 或 '.join(answer.narrowing)}"


def _cut_short(answer: Answer, number: int, pages: int) -> str:
    """Where a list holds fewer items than its headline counts (共 185 项 of which 60 are
    listed), every page before the last says so: the note saying it is on the last page only,
    and 共 185 项 over 第 1/8 页 read as 8 items out of 185 per page."""
    if number == pages or answer.total <= len(answer.facts):
        return ""
    return f"(只列出前 {len(answer.facts)} 项)"


# A page a phone shows whole (15 lines): its items and their 出处 lines, one a document,
# at most this many, beside the title, the headline, 第 1/3 页 and the blank lines between.
# Items from many documents (每年要做什么 over five plans: 8 items and 5 出处 lines) make a
# page of fewer items.
PAGE_LINES = 10


def page_chunks(
    answer: Answer, markup: Markup = HTML, page_size: int = 8
) -> list[tuple[int, list[FactLine]]]:
    """(first index, items) per page: at most ``page_size`` items, no more than fit in a
    message beside the header, the sources and the notes, and with their 出处 lines no more
    than ``PAGE_LINES``."""
    reserve = visible_length(header(answer, markup)) + visible_length(footer(answer, markup)) + 40
    budget = TELEGRAM_LIMIT - reserve - (_NAME_LIMIT + 20) * 3
    chunks: list[tuple[int, list[FactLine]]] = []
    current: list[FactLine] = []
    documents: set[str] = set()
    start = used = 0
    for index, fact in enumerate(answer.facts):
        size = visible_length(item_line(fact, markup, head=shows_heads(answer))) + 8
        cited = documents | _cited_documents([fact])
        if current and (
            len(current) >= max(1, page_size)
            or used + size > budget
            or len(current) + 1 + len(cited) > PAGE_LINES
        ):
            chunks.append((start, current))
            current, start, used = [], index, 0
            cited = _cited_documents([fact])
        current.append(fact)
        documents = cited
        used += size
    if current or not chunks:
        chunks.append((start, current))
    return chunks


def _cited_documents(facts: Sequence[FactLine]) -> set[str]:
    """The documents ``facts`` get an 出处 line for (``source_line``)."""
    return {
        fact.citation.document
        for fact in facts
        if not (_names_itself(fact) or fact.kind == "document")
    }


def _within_limit(page: str) -> str:
    """Clipping every document string keeps pages short; this is the last guard."""
    if visible_length(page) <= TELEGRAM_LIMIT:
        return page
    kept: list[str] = []
    for line in page.split("\n"):
        if sum(visible_length(k) + 1 for k in kept) + visible_length(line) > TELEGRAM_LIMIT - 2:
            break
        kept.append(line)
    return "\n".join(kept) + "\n…"


def source_text(
    answer: Answer,
    facts: Sequence[FactLine],
    markup: Markup = HTML,
    *,
    show_ids: bool = False,
    first: int = 1,
    numbered: Callable[[int], str] = str,
) -> str:
    """The 出处 view, a page a phone shows: each document named once, then one line a
    sentence — the items' numbers, the section, the full sentence (ids for admins, who need
    them for /edit and /delete). ``numbered`` writes an item's number as the message does
    (/calc's conditions: 条件1)."""
    # Items quoting one sentence (a table row's several targets) share one line; so do items
    # whose sentence is a part of a longer one quoted from the same section.
    groups: dict[tuple[int, str | None, str], list[tuple[int, FactLine]]] = {}
    for number, fact in enumerate(facts, first):
        citation = fact.citation
        key = (citation.document_id, citation.section, citation.quote)
        groups.setdefault(key, []).append((number, fact))
    for key in sorted(groups, key=lambda k: len(k[2])):
        longer = next(
            (
                other
                for other in groups
                if other != key and other[:2] == key[:2] and key[2] and key[2] in other[2]
            ),
            None,
        )
        if longer is not None:
            groups[longer] = sorted(groups[longer] + groups.pop(key), key=lambda m: m[0])
    by_document: dict[int, list[list[tuple[int, FactLine]]]] = {}
    for members in sorted(groups.values(), key=lambda m: m[0][0]):
        by_document.setdefault(members[0][1].citation.document_id, []).append(members)
    lines = [markup.bold("出处")] if groups else []
    for blocks in by_document.values():
        citation = blocks[0][0][1].citation
        where = f"《{clip(citation.document, _NAME_LIMIT)}》"
        if citation.doc_number:
            where += f"({clip(citation.doc_number, VALUE_LIMIT)})"
        lines.append(markup.escape(where))
        for members in blocks:
            lines.append(_source_line(members, markup, show_ids=show_ids, numbered=numbered))
    text = "\n".join(lines) if lines else "没有可显示的出处。"
    return _within_limit(text)


def _source_line(
    members: list[tuple[int, FactLine]],
    markup: Markup,
    *,
    show_ids: bool,
    numbered: Callable[[int], str] = str,
) -> str:
    """``1、3. section: “sentence”`` (the sentence of the longest quote among them)."""
    citation = max((fact.citation for _, fact in members), key=lambda c: len(c.quote))
    numbers = _numbers([number for number, _ in members], numbered)
    # The section as the document numbers it: where to find the sentence in the text.
    where = f"{clip(citation.section, _SECTION_LIMIT)}: " if citation.section else ""
    # (a district table's row: each figure named by what it counts, 东澜区:质量义诊30次)
    # (a sentence past the limit: the first item's figure or date kept in view, clip_around)
    spans = [text for _, fact in members[:1] for text in (fact.value, fact.due_text)]
    quote = clip_around(
        readable_row(citation.quote, [fact for _, fact in members]), _QUOTE_LIMIT, spans
    )
    line = f"{numbers}. {markup.escape(where)}{markup.italic('“' + quote + '”')}"
    edited = [number for number, fact in members if fact.edited]
    if edited:
        which = "" if len(edited) == len(members) else f"第 {_numbers(edited)} 项"
        line += markup.escape(f" ({which}{EDITED},以上为原文)")
    if show_ids:
        ids = [_admin_id(fact) for _, fact in members]
        if any(ids):
            line += " " + markup.escape(" ".join(i for i in ids if i))
    return line


def _numbers(numbers: Sequence[int], numbered: Callable[[int], str] = str) -> str:
    """1、3 or 2–4 (a run of three or more, each end numbered alike: no 3–条件1)."""
    first, last = (numbered(numbers[0]), numbered(numbers[-1])) if numbers else ("", "")
    if (
        len(numbers) >= 3
        and numbers[-1] - numbers[0] == len(numbers) - 1
        and first.rstrip("0123456789") == last.rstrip("0123456789")
    ):
        return f"{first}–{last}"
    return "、".join(numbered(n) for n in numbers)


def _admin_id(fact: FactLine) -> str:
    if fact.kind == "document":
        return f"文件编号 {fact.fact_id}"
    if fact.kind in ("passage", "unit"):
        return ""
    return "#" + fact.ref


def render_plain(
    answer: Answer,
    *,
    quotes: bool = False,
    show_ids: bool = False,
    page_size: int = 8,
    every_page: bool = True,
) -> str:
    """The reply as plain text (CLI): what the chat shows, its pages one after another (the
    first page of the chat is where this begins); ``quotes`` adds what the 出处 button opens.
    Without ``every_page``, the chat's first page only and how many items the other pages hold
    (``more_line``): a 132-item list read on a phone is a page, not 7,000 characters."""
    parts = [header(answer, PLAIN)]
    shown = answer.facts
    if answer.facts:
        # One text, not pages: the sources once at its end, not after every page's items.
        chunks = page_chunks(answer, PLAIN, page_size)
        if not every_page:
            parts = [header(answer, PLAIN, page_count(chunks, 0, page_size))]
            chunks = chunks[:1]
            shown = tuple(chunks[0][1])
        lines = [
            line
            for start, facts in chunks
            for line in _body(answer, facts, PLAIN, start + 1, sources=_is_single(answer))
        ]
        if not _is_single(answer):
            lines += source_line(shown, PLAIN, section=False)
        more = more_line(answer, len(shown))
        if more:
            lines.append(more)
        parts.append("\n".join(lines))
    bottom = footer(answer, PLAIN)
    if bottom:
        parts.append(bottom)
    if quotes and shown:
        parts.append(source_text(answer, shown, PLAIN, show_ids=show_ids))
    return "\n\n".join(parts)


def more_line(answer: Answer, shown: int) -> str:
    """还有N条: the items a first page leaves out (those of the list the answer holds, and those
    its headline counts beyond them), empty when it shows them all."""
    left = max(answer.total, len(answer.facts)) - shown
    return f"还有{left}条" if left > 0 else ""
