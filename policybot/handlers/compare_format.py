"""A comparison as text for Telegram (pages of HTML) and the terminal, and as table rows for the
picture ``reports.table_image`` draws when the table is wider than a phone.

Each row names its subject, year and both values in the document's words; the documents are
cited once at the end. Internal ids are not shown: staff read the subject, admins find ids with
/search where they edit. Pages stay within Telegram's
4096 characters by construction (subjects are clipped, at most ``ROWS_PER_PAGE`` rows a page).
"""

from __future__ import annotations

import unicodedata

from policybot.handlers.formatting import (
    HTML,
    PLAIN,
    TELEGRAM_LIMIT,
    Markup,
    clip_echo,
    telegram_length,
)
from policybot.knowledge.comparison import Comparison, ComparisonRow, value_text
from policybot.knowledge.regions import split_region

PHONE_COLUMNS = 36  # monospace columns a phone shows without wrapping (CJK counts two)
ROWS_PER_PAGE = 25
PAGE_LINES = 15  # what a phone shows without scrolling
SUBJECT_CHARS = 40
USAGE = (
    "用法:/compare <地区1> <地区2> [关键词] [年份],例如 /compare 湖州 衢州 标准\n"
    "也可以直接问: 南海和顺德2018年的指标对比"
)


def table_rows(comparison: Comparison) -> list[tuple[str, ...]]:
    """(事项, 年份, left value, right value) per row; "—" where a region lacks it."""
    return [
        (
            row.subject,
            row.year,
            value_text(row.left) if row.left else "—",
            value_text(row.right) if row.right else "—",
        )
        for row in comparison.rows
    ]


def table_headers(comparison: Comparison) -> tuple[str, ...]:
    return ("事项", "年份", local_name(comparison.left), local_name(comparison.right))


def local_name(region: str) -> str:
    """佛山市南海区 → 南海区: the part a reader needs when both sides share a city."""
    parent, _ = split_region(region)
    return region[len(parent) :] if parent else region


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def monospace_table(comparison: Comparison) -> str:
    """The whole table in monospace, columns padded by display width."""
    rows = [table_headers(comparison), *table_rows(comparison)]
    widths = [max(display_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(
            cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(row)
        ).rstrip()
        for row in rows
    )


def telegram_limit_ok(page: str) -> bool:
    return telegram_length(page) <= TELEGRAM_LIMIT


def fits_phone(comparison: Comparison) -> bool:
    return all(
        display_width(line) <= PHONE_COLUMNS for line in monospace_table(comparison).split("\n")
    )


def summary(comparison: Comparison) -> str:
    """The headline counts: how many pair up, and what each region alone has."""
    if not comparison.found:
        return comparison.message
    return (
        f"共 {len(comparison.rows)} 项:两地都有 {len(comparison.paired)} 项,"
        f"仅{comparison.left}有 {len(comparison.only_left)} 项,"
        f"仅{comparison.right}有 {len(comparison.only_right)} 项"
    )


def render_compare_pages(
    comparison: Comparison,
    markup: Markup = HTML,
    *,
    rows_per_page: int = ROWS_PER_PAGE,
    page_lines: int = PAGE_LINES,
) -> list[str]:
    """Pages of text: title and counts, the rows grouped, the documents cited once."""
    e = markup.escape
    title = markup.bold(clip_echo(comparison.message))
    if not comparison.found:
        return [f"{title}\n{e(USAGE)}"]
    head = f"{title}\n{e(summary(comparison))}"
    if fits_phone(comparison):
        table = monospace_table(comparison)
        head += "\n" + (f"<pre>{e(table)}</pre>" if markup is HTML else table)
    lines: list[str] = []
    groups = (
        ("两地都有", comparison.paired),
        (f"仅{comparison.left}有", comparison.only_left),
        (f"仅{comparison.right}有", comparison.only_right),
    )
    number = 0
    for name, rows in groups:
        if not rows:
            continue
        lines.append(markup.bold(name))
        for row in rows:
            number += 1
            lines.append(_row_line(number, row, comparison, markup))
    documents = sorted(
        {fact.document.name for row in comparison.rows for fact in (row.left, row.right) if fact}
    )
    sources = e("出处: " + "、".join(f"《{clip_echo(name, 60)}》" for name in documents))
    # A page fits a phone: the head, its rows (a group's name counts as one) and the foot
    # (blank lines, 第 x/y 页, 出处) within PAGE_LINES lines.
    body_lines = max(4, page_lines - len(head.split("\n")) - 5)
    pages: list[list[str]] = [[]]
    for line in lines:
        used = sum(len(item.split("\n")) for item in pages[-1])
        shown = sum(1 for item in pages[-1] if item[:1].isdigit())
        full = used + len(line.split("\n")) > body_lines or shown >= rows_per_page
        if pages[-1] and full and line[:1].isdigit():
            pages.append([])
        elif pages[-1] and used + 2 > body_lines and not line[:1].isdigit():
            pages.append([])  # a group's name does not close a page on its own
        pages[-1].append(line)
    total = len(pages)
    rendered = []
    for index, page in enumerate(pages, 1):
        parts = [head, "\n".join(page)]
        if total > 1:
            parts.append(f"第 {index}/{total} 页")
        if index == total:
            parts.append(sources)
        rendered.append("\n\n".join(part for part in parts if part))
    return rendered


def render_compare_plain(comparison: Comparison) -> str:
    """The whole comparison for a terminal: one page, no markup."""
    return render_compare_pages(comparison, PLAIN, rows_per_page=10**9, page_lines=10**9)[0]


def _row_line(number: int, row: ComparisonRow, comparison: Comparison, markup: Markup) -> str:
    e = markup.escape
    values = [
        f"{local_name(name)} {value_text(fact) if fact else '—'}"
        for name, fact in ((comparison.left, row.left), (comparison.right, row.right))
    ]
    subject = clip_echo(row.subject, SUBJECT_CHARS)
    line = f"{number}. {e(subject)}({e(row.year)}): {e(' | '.join(values))}"
    if row.both and row.left and row.right and row.left.row.label != row.right.row.label:
        line += f"\n   {e(comparison.right)}原文事项: {e(clip_echo(row.right.row.label, SUBJECT_CHARS))}"
    return line
