"""The cells of a task table's row, one per year column, as the sentences of its document.

A flattened table's row keeps its yearly goals in one cell per year column (2031: 形成…示范生产线
40条 / 2032: 形成示范生产线90条 / 2033: 70%以上…企业开展…应用). A line read from one of them is
that year's goal only; asked of another year, the row's cell in that year's column is what the
plan sets for it, whether it counts the thing asked or not — never the other year's figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from policybot.knowledge.answers import FactLine
from policybot.knowledge.passages import PassageText


def _quote_of(line: FactLine) -> str:
    """The sentence ``line`` quotes, without the stop it ends on: as a cell's text holds it."""
    return re.sub(r"[。;;\s]+$", "", line.citation.quote.strip())


def column_cell(passages: Sequence[PassageText], line: FactLine) -> PassageText | None:
    """The table cell ``line`` was read from: a cell of a year's column (``PassageText.due``)
    that holds its quote and falls due with it; None for a line of the text's prose."""
    quote = _quote_of(line)
    if not quote or line.due is None:
        return None
    return next(
        (
            passage
            for passage in passages
            if passage.due is not None
            and passage.due.year == line.due.year
            and quote in passage.text
        ),
        None,
    )


# A question asking how far things got, not what a year is to reach.
PROGRESS_ASKED = re.compile(r"进展|进度|完成|已经|截至|截止|目前|现在|\d+\s*[-—~至到]\s*\d+月")


def progress_cell(passages: Sequence[PassageText], line: FactLine) -> PassageText | None:
    """The cell ``line`` was read from when it stands after every year cell of its row, in a
    column of progress or remarks (截至6月底已制定地方标准7项), itself of no year's column."""
    quote = _quote_of(line)
    if not quote or line.due is not None:
        return None
    for passage in passages:
        if passage.due is not None or quote not in passage.text:
            continue
        row = [
            cell
            for cell in passages
            if cell.paragraph_start == passage.paragraph_start and cell.due is not None
        ]
        if row and all(cell.start < passage.start for cell in row):
            return passage
    return None


def row_cell_of_year(
    passages: Sequence[PassageText], cell: PassageText, year: int
) -> PassageText | None:
    """The cell of ``cell``'s row (the sentences of one paragraph) in ``year``'s column (a
    merged cell, 2032年、2033年目标待定, stands in each of its years)."""
    cells = [
        passage
        for passage in passages
        if passage.paragraph_start == cell.paragraph_start
        and passage.due is not None
        and year in passage.years
    ]
    # the cell of the year's own column before one of another column that names the year
    cells.sort(key=lambda passage: passage.due is None or passage.due.year != year)
    return cells[0] if cells else None
