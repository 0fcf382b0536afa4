"""Indicator tables copied one cell per line, under a header of year columns (B44-2).

"主要指标表" of a five-year plan, flattened by a web copy::

    指  标
    2020年
    2025年
    属性
    一、发展水平
    1.学前教育毛入园率(%)
    99%
    99%以上
    约束性
    4.义务教育标准班额比例(%)
    其中:小学
    初中
    34.52%
    77.34%
    80%以上
    85%以上
    预期性

The header is "指标" alone on its line, then two or more year cells (and an attribute column:
属性 / 类型, whose cells 约束性 / 预期性 are no figures).  Each row is its name (with a serial and
the unit in brackets) and one cell per year column; a name followed by "其中:" sub-names gives
one row per sub-name (or the name and its "其中" row each a row), their cells written column by
column (every row's first-year cell, then every row's second-year cell).  The first year column
is where the plan starts from (its 基期): only the later columns are goals, each due at the end
of its year.  Group headings ("一、发展水平") only name the rows under them.
"""

from __future__ import annotations

import re
from datetime import date

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.tables import Indicator, Table, TableRow

_HEAD = re.compile(r"^(?:主要)?指\s*标(?:名称)?$")
_YEAR = re.compile(
    r"^((?:19|20)\d{2})\s*年(?:末|底)?"
    r"(?:\s*[((]?(?P<mark>目标值?|预期值?|规划值|基期值?|基数|现状值?|实际值?)[))]?)?$"
)
_BASE_MARK = re.compile(r"基期|基数|现状|实际")
_UNIT_HEAD = re.compile(r"^(?:计量)?单位$")
_UNIT_CELL = re.compile(r"^(?:%|‰|[\u4e00-\u9fff]{1,3}(?:/[\u4e00-\u9fff]{1,3})?)$")
_KIND_HEAD = re.compile(r"^(?:属性|类型|性质|指标属性|指标类型)$")
_KIND = re.compile(r"^(?:约束性|预期性|约束|预期)$")
_VALUE = re.compile(
    r"^(?:≥|>|≤|<|不低于|不少于|达到)?\s*\d+(?:\.\d+)?\s*(?:%|‰|[\u4e00-\u9fff]{1,2})?\s*"
    r"(?:以上|以下|左右|以内)?$|^[—\-/]$|"
    # "确保94、力争96": the year's floor and its aim in one cell (attack49 M7)
    r"^(?:确保|保底)\s*\d+(?:\.\d+)?%?\s*[、,;/]\s*(?:力争|争取)\s*\d+(?:\.\d+)?%?$"
)
_GROUP = re.compile(r"^[一二三四五六七八九十]+、\S{1,20}$")
_SERIAL = re.compile(r"^\d{1,2}[.、.]\s*")
_SUB = re.compile(r"^其中\s*[::]\s*")
_UNIT = re.compile(r"[((](?P<unit>%|‰|[\u4e00-\u9fff]{1,4})[))]$")
_LABEL_MAX = 40
INDICATOR_COLUMNS_TITLE = "主要指标表"


def _lines(text: str) -> list[tuple[int, str]]:
    """The text's non-blank lines, stripped, each with the offset of its first character
    (not of the line's start, as ``tables._lines_with_offsets`` gives)."""
    found: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            found.append((offset + len(line) - len(line.lstrip()), line.strip()))
        offset += len(line) + 1
    return found


def _name(label: str) -> tuple[str, str | None]:
    """ "1.学前教育毛入园率(%)" -> ("学前教育毛入园率", "%")."""
    name = _SUB.sub("", _SERIAL.sub("", label)).strip()
    unit = _UNIT.search(name)
    if unit:
        return name[: unit.start()].strip(), unit["unit"]
    return name, None


def find_indicator_columns(text: str, ctx: DocContext) -> list[Table]:
    """Every indicator table of ``text`` copied one cell per line (the module's form)."""
    lines = _lines(text)
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        if _HEAD.match(lines[index][1]):
            table, index = _read(lines, index, ctx)
            if table is not None:
                tables.append(table)
            continue
        index += 1
    return tables


def _read(lines: list[tuple[int, str]], index: int, ctx: DocContext) -> tuple[Table | None, int]:
    """The table whose 指标 header stands at ``lines[index]``, and the index to read on from;
    (None, index + 1) when no two or more ascending year columns follow the header, or no
    row under them holds a goal."""
    years: list[int] = []
    marks: list[str] = []
    unit_column = False
    cursor = index + 1
    while cursor < len(lines) and len(years) < 8:
        cell = lines[cursor][1]
        year = _YEAR.match(cell)
        if year:
            years.append(int(year.group(1)))
            marks.append(year["mark"] or "")
        elif _UNIT_HEAD.match(cell) and not years:
            unit_column = True
        elif not _KIND_HEAD.match(cell):
            break
        cursor += 1
    if len(years) < 2 or years != sorted(years) or len(set(years)) < len(years):
        return None, index + 1
    goal_years = _goal_years(years, marks)
    rows: list[TableRow] = []
    labels: list[tuple[int, str]] = []
    values: list[tuple[int, str]] = []
    units: dict[int, str] = {}  # a row's 单位 cell, by its name's offset
    group: str | None = None
    end = cursor

    def close() -> None:
        if labels and values:
            rows.extend(_rows(labels, values, years, goal_years, group, len(rows), units))

    while cursor < len(lines):
        offset, cell = lines[cursor]
        if _KIND.match(cell):
            pass
        elif unit_column and labels and not values and _UNIT_CELL.match(cell):
            units[labels[-1][0]] = cell  # "万人" in the 单位 column, after the row's name
        elif _VALUE.match(cell):
            values.append((offset, cell))
        elif _GROUP.match(cell):
            close()
            labels, values, group = [], [], cell
        elif len(cell) <= _LABEL_MAX and not re.search(r"[。;;]", cell):
            if values:
                close()
                labels, values = [], []
            labels.append((offset, cell))
        else:
            break
        cursor += 1
        end = cursor
    close()
    if not any(row.indicators for row in rows):
        return None, index + 1
    last_offset, last_cell = lines[end - 1]
    table = Table(
        lines[index][0], last_offset + len(last_cell), goal_years, rows, INDICATOR_COLUMNS_TITLE
    )
    del ctx  # the goals' region is the document's (``indicator_target``)
    return table, end


def _goal_years(years: list[int], marks: list[str]) -> list[int]:
    """The goal columns: those not marked a base ("2020年基期值"); with no mark, every column
    after the first (the base the plan starts from); with 目标 marks only, the marked ones."""
    if any(_BASE_MARK.search(mark) for mark in marks):
        return [
            year for year, mark in zip(years, marks, strict=True) if not _BASE_MARK.search(mark)
        ]
    if any(marks):
        return [year for year, mark in zip(years, marks, strict=True) if mark]
    return years[1:]


def _rows(
    labels: list[tuple[int, str]],
    values: list[tuple[int, str]],
    years: list[int],
    goal_years: list[int],
    group: str | None,
    numbered: int,
    units: dict[int, str],
) -> list[TableRow]:
    """One row per name (or per "其中" sub-name), its cells column by column."""

    def named_unit(offset: int, label: str) -> tuple[str, str | None]:
        name, unit = _name(label)
        return name, unit or units.get(offset)

    if len(values) == len(years) * len(labels):
        named = [(offset, named_unit(offset, label)) for offset, label in labels]
    elif len(labels) > 1 and len(values) == len(years) * (len(labels) - 1):
        parent, parent_unit = named_unit(*labels[0])
        named = []
        for offset, label in labels[1:]:
            name, unit = named_unit(offset, label)
            named.append((offset, (f"{parent}({name})", unit or parent_unit)))
    else:
        return []
    count = len(named)
    rows: list[TableRow] = []
    for position, (name_offset, (name, unit)) in enumerate(named):
        row = TableRow(number=numbered + position + 1, start=name_offset, task=name, section=group)
        for column, year in enumerate(years):
            if year not in goal_years:
                continue
            offset, value = values[column * count + position]
            if value in ("—", "-", "/"):
                continue
            row.indicators.append(
                Indicator(offset, name, value, unit, date(year, 12, 31), name_offset)
            )
        rows.append(row)
    return rows
