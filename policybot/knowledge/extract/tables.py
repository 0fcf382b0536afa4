"""Task-decomposition tables that a web copy flattened to one cell per line.

The header (序号, 任务名称, 工作内容, 工作措施, 牵头单位, 配合单位, 工作目标 + years) is followed by
rows, each opened by its serial number on a line of its own.  Merged cells simply vanish, so a
row is rebuilt from what its cells look like: the first cell made only of unit names is the lead
cell, a second one is the support cell, and the cells after them are the yearly targets in column
order.  A row without unit cells continues the previous row (its units are inherited).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.units import looks_like_unit, split_unit_list

_HEADER_WORDS = (
    "任务",
    "工作内容",
    "工作措施",
    "牵头单位",
    "责任单位",
    "配合单位",
    "工作目标",
    "目标",
    "完成时限",
    "时间",
    "备注",
    "主要内容",
)
_ROW_NUMBER = re.compile(r"^\d{1,3}$")
_YEAR_CELL = re.compile(r"^((?:19|20)\d{2})\s*年?$")


@dataclass
class TableRow:
    number: int
    start: int  # offset of the row's first cell in the text
    task: str | None
    lead_units: list[str] = field(default_factory=list)
    support_units: list[str] = field(default_factory=list)
    target_cells: list[tuple[int, str, date | None]] = field(default_factory=list)
    section: str | None = None


@dataclass
class Table:
    start: int
    end: int
    years: list[int]
    rows: list[TableRow]


def find_tables(text: str, ctx: DocContext) -> list[Table]:
    lines = _lines_with_offsets(text)
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        if lines[index][1] == "序号":
            table, index = _read_table(lines, index, ctx)
            if table is not None:
                tables.append(table)
            continue
        index += 1
    return tables


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    result: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            result.append((offset, line.strip()))
        offset += len(line) + 1
    return result


def _read_table(
    lines: list[tuple[int, str]], index: int, ctx: DocContext
) -> tuple[Table | None, int]:
    header_start = lines[index][0]
    header: list[str] = []
    cursor = index + 1
    while cursor < len(lines) and not _ROW_NUMBER.match(lines[cursor][1]) and len(header) < 20:
        header.append(lines[cursor][1])
        cursor += 1
    if not any(word in cell for cell in header for word in _HEADER_WORDS):
        return None, index + 1
    years = _header_years(header, ctx)
    title = _table_title(lines, index)
    rows: list[TableRow] = []
    expected = 1
    current: list[tuple[int, str]] | None = None
    end = cursor
    while cursor < len(lines):
        offset, cell = lines[cursor]
        if _ROW_NUMBER.match(cell) and int(cell) == expected:
            if current is not None:
                rows.append(_build_row(expected - 1, current, rows, years, ctx, title))
            current = []
            expected += 1
        elif current is not None:
            current.append((offset, cell))
        cursor += 1
        end = cursor
    if current is not None:
        rows.append(_build_row(expected - 1, current, rows, years, ctx, title))
    table_end = lines[end - 1][0] + len(lines[end - 1][1]) if end else header_start
    return Table(header_start, table_end, years, rows), end


def _table_title(lines: list[tuple[int, str]], index: int) -> str:
    for back in range(index - 1, max(-1, index - 5), -1):
        if "表" in lines[back][1]:
            return lines[back][1]
    return "任务分解表"


def _header_years(header: list[str], ctx: DocContext) -> list[int]:
    years = [int(match.group(1)) for cell in header if (match := _YEAR_CELL.match(cell))]
    period = ctx.meta.period
    if period and (not years or (years[0] == period[0] and len(years) < period[1] - period[0] + 1)):
        return list(range(period[0], period[1] + 1))
    return years


def _is_unit_cell(cell: str) -> bool:
    if "。" in cell or len(cell) > 90 or re.search(r"\d", cell):
        return False
    items = split_unit_list(re.sub(r"\([^)]*\)", "", cell))
    return bool(items) and all(looks_like_unit(item) for item in items)


def _build_row(
    number: int,
    cells: list[tuple[int, str]],
    previous: list[TableRow],
    years: list[int],
    ctx: DocContext,
    title: str,
) -> TableRow:
    start = cells[0][0] if cells else 0
    unit_index = next((i for i, (_, cell) in enumerate(cells) if _is_unit_cell(cell)), None)
    inherited = previous[-1] if previous else None
    task = cells[0][1] if cells and unit_index != 0 else (inherited.task if inherited else None)
    row = TableRow(number=number, start=start, task=task, section=f"{title} / {number}")
    if unit_index is None:
        if inherited:
            row.lead_units = list(inherited.lead_units)
            row.support_units = list(inherited.support_units)
        return row
    row.lead_units = split_unit_list(cells[unit_index][1])
    after = unit_index + 1
    if after < len(cells) and _is_unit_cell(cells[after][1]):
        row.support_units = split_unit_list(cells[after][1])
        after += 1
    targets = cells[after:]
    row.target_cells = _assign_years(targets, years)
    return row


def _assign_years(
    cells: list[tuple[int, str]], years: list[int]
) -> list[tuple[int, str, date | None]]:
    """Column order gives each cell its year; a lone cell spans the whole period."""
    if not years or len(cells) <= 1:
        last = date(years[-1], 12, 31) if years else None
        return [(offset, cell, last) for offset, cell in cells]
    assigned: list[tuple[int, str, date | None]] = []
    for position, (offset, cell) in enumerate(cells):
        if position < len(cells) - 1:
            year = years[min(position, len(years) - 1)]
        else:
            year = years[-1] if len(cells) < len(years) else years[min(position, len(years) - 1)]
        assigned.append((offset, cell, date(year, 12, 31)))
    return assigned
