"""A table row's quote as a reader reads it. A figure of a district table is quoted from its
row's cells as the file has them (东澜区 | 30 | 12): with no column heading, a bare number
says nothing, and a row of two columns shows the other column's figure as well. Shown, the row
names each figure by what it counts (东澜区:质量义诊30次), the items' own figures, none lost."""

from __future__ import annotations

import re
from collections.abc import Sequence

from policybot.knowledge.answers import FactLine

_CELL_BAR = re.compile(r"\s*\|\s*")
# A figure cell: a number, with its measure word or % at most (30, 12家, 2.5%).
_FIGURE_CELL = re.compile(r"(?P<number>\d+(?:\.\d+)?)\s*[%‰\u4e00-\u9fff]{0,2}")
_LEADING_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def readable_row(quote: str, facts: Sequence[FactLine]) -> str:
    """``quote`` as 东澜区:质量义诊30次,示范优品企业12家 when it is a row of cells (a name,
    then figures) and each figure of ``facts`` quoting it stands in one of its cells; the
    quote as written otherwise (a sentence, or a row whose figures the items do not state)."""
    cells = [cell for cell in _CELL_BAR.split(quote.strip()) if cell]
    if "|" not in quote or len(cells) < 2 or re.search(r"\d", cells[0]):
        return quote
    said: dict[int, str] = {}
    for fact in facts:
        if not fact.value or fact.citation.quote not in quote:
            continue
        number = _LEADING_NUMBER.match(fact.value)
        if number is None:
            continue
        at = [
            index
            for index, cell in enumerate(cells[1:], 1)
            if (figure := _FIGURE_CELL.fullmatch(cell)) is not None
            and float(figure["number"]) == float(number.group())
            and index not in said
        ]
        if not at:
            return quote  # a figure not in the cells: the row is shown as written
        # (of equal figures, the last cell its quote reaches: its own column)
        within = [i for i in at if i < len(_CELL_BAR.split(fact.citation.quote.strip()))]
        cell = (within or at)[-1]
        # the figure as the cell writes it (4.10, 3.0), the value's unit after it: the
        # document's own numbers, which the value (4.1万亩) has normalised
        as_written = _FIGURE_CELL.fullmatch(cells[cell])
        shown = as_written["number"] if as_written is not None else number.group()
        said[cell] = f"{fact.label}{shown}{fact.value[number.end() :]}"
    if not said:
        return quote
    return f"{cells[0]}:" + ",".join(said[index] for index in sorted(said))
