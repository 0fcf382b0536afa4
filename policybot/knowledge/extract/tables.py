"""Task-decomposition tables that a web copy flattened to one cell per line.

The header (序号, 任务名称, 工作内容, 工作措施, 牵头单位, 配合单位, 工作目标 + years) is followed by
rows, each opened by its serial number on a line of its own.  Merged cells simply vanish, so a
row is rebuilt from what its cells look like: the first cell made only of unit names is the lead
cell, a second one is the support cell, and the cells after them are the yearly targets in column
order.  A row without unit cells continues the previous row (its units are inherited).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.dates import find_time_mentions
from policybot.knowledge.extract.numbers import find_quantities
from policybot.knowledge.extract.place_names import full_place_name, place_column
from policybot.knowledge.extract.records import PERIOD_WORDS, Every
from policybot.knowledge.extract.units import (
    CELL_ROLE_MARK,
    JOINT_LABELS,
    cell_roles,
    looks_like_unit,
    split_unit_list,
    without_others_tail,
)

_HEADER_WORDS = (
    "任务",
    "工作内容",
    "工作措施",
    "牵头单位",
    "责任单位",
    "配合单位",
    # the other names of a table's unit columns (see _LEAD_COLUMN)
    "主责单位",
    "责任主体",
    "实施主体",
    "实施单位",
    "承办单位",
    "落实单位",
    "承担单位",
    "责任部门",
    "牵头部门",
    # a department's own plan charges its divisions (B55-9)
    "责任处室",
    "牵头处室",
    "责任科室",
    "牵头科室",
    "工作目标",
    "目标",
    "完成时限",
    "时限",
    "时间",
    "备注",
    "主要内容",
    "指标",
)
_ROW_NUMBER = re.compile(r"^\d{1,3}$")
# A serial cell as tables write it: "3", "3.", "3、", "(3)", "三", "三、", "(三)".
_SERIAL = re.compile(r"^\(?(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})\)?[.、]?$")
_CHINESE_UNITS = "一二三四五六七八九"


def serial_number(cell: str) -> int | None:
    """The row number a serial cell holds, else None."""
    match = _SERIAL.match(cell.strip())
    if match is None:
        return None
    number = match["n"]
    if number.isdigit():
        return int(number)
    if number == "十":
        return 10
    tens, _, ones = number.partition("十")
    if "十" not in number:
        return _CHINESE_UNITS.index(number) + 1 if len(number) == 1 else None
    value = (_CHINESE_UNITS.index(tens) + 1 if tens else 1) * 10
    return value + (_CHINESE_UNITS.index(ones) + 1 if ones else 0)


# "2033年", "2031年目标"; a column of years together ("2031—2032年") is due at its last (attack44:
# read as no year column, its cells were both dated by the next column's year)
_YEAR_CELL = re.compile(
    r"^(?:(?:19|20)\d{2}\s*年?\s*[-—–~至到]\s*)?((?:19|20)\d{2})\s*年?(?:度)?(?:目标|任务|工作目标)?$"
)
_CELL_SEPARATOR = re.compile(r"\t+|\s*[|│┃]\s*| {2,}")
# A Markdown table's delimiter row ("| --- | :---: |"): layout, never a row of cells.
_MARKDOWN_RULE = re.compile(r"^\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?)?\s*$")


def is_layout_row(line: str) -> bool:
    """A Markdown delimiter row: its "---" cells are no header, label or value (they became a
    column's name, so every row's subject was "---")."""
    return "|" in line and bool(_MARKDOWN_RULE.match(line))


# A ruled line of a box-drawn table ("├──┼────┤"): no cell in it.
_RULE_LINE = re.compile(
    r"^(?=.*[─━═┄┈┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬])[\s─━═┄┈\-+┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋╔╗╚╝╠╣╦╩╬|│┃]+$"
)
# "工作任务 | 牵头单位 | …": a task table without a serial column (a task and a unit column).
_TASK_HEAD_WORDS = re.compile(r"任务|工作|内容|事项|项目|措施")
_UNIT_HEAD_WORDS = re.compile(
    r"^(?:牵头|责任|主办|负责|主责|实施|承办|落实|承担|配合|协办|协作|参与)(?:单位|部门)|^(?:责任|实施)主体"
)
_TABLE_END = re.compile(
    r"^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章条]|抄送|附件\s*\d|"
    r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$)"
)
# "2028年6月30日" alone on a line: the date under a signature, or a row's 时限 cell.
_FULL_DATE = re.compile(r"^(?:19|20)\d{2}年\d{1,2}月\d{1,2}日$")
# "时限", "完成时限", "完成时间", "时间节点", "进度安排": the header's column of a row's due date.
_TIME_COLUMN = re.compile(
    r"^(?:完成|办结|截止)?(?:时限|时间|期限|时间节点|时间要求|时间安排)$|^进度(?:安排|要求)$"
)
_ONGOING_CELL = re.compile(r"^(?:长期(?:坚持)?|持续(?:推进|开展)|常态化(?:推进|开展)?|每年)$")
_BASELINE_COLUMN = re.compile(r"基数|基期|现状|基准|现值|实际|完成|预计")


@dataclass
class Indicator:
    """One goal cell of an indicator table: the indicator's name, the cell text, its unit, and
    the subordinate place its column is for (None for the document's own region)."""

    offset: int
    name: str
    value_text: str
    unit: str | None
    deadline: date | None
    name_offset: int = 0
    district: str | None = None


@dataclass
class TableRow:
    number: int
    start: int  # offset of the row's first cell in the text
    task: str | None
    lead_units: list[str] = field(default_factory=list)
    support_units: list[str] = field(default_factory=list)
    target_cells: list[tuple[int, str, date | None]] = field(default_factory=list)
    # A year column's cells of a progress table that state no figure (目标待定): no goal, but
    # the column's year stands for them when the row is asked of that year (attack44).
    pending_cells: list[tuple[int, date]] = field(default_factory=list)
    section: str | None = None
    indicators: list[Indicator] = field(default_factory=list)
    # "每年12月底前", "每季度" in the row's time column: the row's task is a duty repeated at
    # that period (its task cell is the duty), not a goal dated once.
    every: Every | None = None
    every_text: str | None = None  # that cell's words ("每月10日前")
    # "2028年6月30日": the words of the time cell that dates the row's goal cells
    time_text: str | None = None
    # what of the row could not be read (a unit or time cell), for the upload preview
    unread: list[str] = field(default_factory=list)
    # the units of a 责任单位 column that marks no lead: answerable together (``UnitNote.joint``)
    joint: bool = False
    # the target cells are the yearly steps of the row's task, in words ("启动建设" under 2026年):
    # a step names the task it is a step of
    steps_of_task: bool = False


@dataclass
class Table:
    start: int
    end: int
    years: list[int]
    rows: list[TableRow]
    title: str = "任务分解表"

    def warnings(self) -> list[str]:
        """The preview's notes on this table's rows whose unit or time cell was not read; one
        note of consecutive rows said once ("第2—5行:未写牵头单位,沿用上一行的…")."""
        runs: list[tuple[int, int, str]] = []
        for row in self.rows:
            for note in row.unread:
                same = next((i for i, run in enumerate(runs) if run[2] == note), None)
                if same is not None and runs[same][1] == row.number - 1:
                    runs[same] = (runs[same][0], row.number, note)
                else:
                    runs.append((row.number, row.number, note))
        return [
            f"{self.title}第{first}{f'—{last}' if last > first else ''}行:{note}"
            for first, last, note in runs
        ]


def find_tables(text: str, ctx: DocContext) -> list[Table]:
    lines = [
        (offset, line)
        for offset, line in _lines_with_offsets(text)
        if not _RULE_LINE.match(line) and not is_layout_row(line)
    ]
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        # "| 序号 | 重点工作 | 牵头单位 |": a copy that keeps the table's outer frame
        line = lines[index][1].lstrip("|│ ")
        table: Table | None = None
        if line == "序号":
            table, index = _read_flattened(lines, index, ctx)
        elif line == "1":
            table, index = _read_headless(lines, index, ctx)
        elif _opens_numbered_row(line):
            table, index = _read_inline_headless(lines, index, ctx)
        elif line.startswith("序号") and _CELL_SEPARATOR.search(line):
            table, index = _read_inline(lines, index, ctx)
        elif _CELL_SEPARATOR.search(line) and (
            _UNNUMBERED_HEAD.match(line)
            or (_names_yearly_figures(_header_cells(line)) and not _is_task_head(line))
        ):
            # "指标 | 2031年 | 2032年", "项目 | 2030年 | 2031年目标": an indicator table without a
            # serial column (its header row read as prose was a milestone "| 2031年目标 |")
            table, index = _read_inline(lines, index, ctx, serial=False)
        elif _is_task_head(line):
            table, index = _read_inline(lines, index, ctx, serial=False, tasks=True)
        elif _is_named_head(line):
            # "任务" / "单位" / "2027年" / "2028年" one cell a line: a Word table's or a web
            # copy's table of yearly figures without a serial column (trial59)
            table, index = _read_flattened_named(lines, index, ctx)
        else:
            index += 1
        if table is not None:
            tables.append(table)
    return tables


def _opens_numbered_row(line: str) -> bool:
    """ "| 1 | 培育品牌 | 市甲局 |": separated cells, the first of them the serial 1."""
    cells = _split_cells(line) if _CELL_SEPARATOR.search(line) else []
    return bool(cells) and serial_number(cells[0]) == 1


def _lines_with_offsets(text: str) -> list[tuple[int, str]]:
    result: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        # "||", "|": a copy's bars between empty cells are no cell of their own (B46-6)
        if line.strip() and not _BARS_ONLY.match(line):
            result.append((offset, line.strip()))
        offset += len(line) + 1
    return result


_BARS_ONLY = re.compile(r"^[\s|│┃]+$")


def _is_table_end(cell: str) -> bool:
    """Text that cannot be a cell: a chapter heading, the signature block, 抄送, 附件."""
    return bool(_TABLE_END.match(cell))


def _read_flattened(
    lines: list[tuple[int, str]], index: int, ctx: DocContext
) -> tuple[Table | None, int]:
    """One cell per line: rows start at their serial number (1, 2, 3…) on a line of its own."""
    header_start = lines[index][0]
    header: list[str] = []
    cursor = index + 1
    while cursor < len(lines) and not _ROW_NUMBER.match(lines[cursor][1]) and len(header) < 20:
        header.append(lines[cursor][1])
        cursor += 1
    if not any(word in cell for cell in header for word in _HEADER_WORDS) and not (
        _names_yearly_figures(header)
    ):
        return None, index + 1
    layout = _Layout(header, _header_years(header, ctx), _table_title(lines, index), ctx)
    return _read_rows(lines, cursor, layout, header_start)


# "任务", "重点任务", "指标名称", "主要指标", "项目", "工作内容": a header's first cell naming what
# each row counts, alone on its line (a table one cell a line without a serial column).
_NAMED_HEAD = re.compile(r"^[\u4e00-\u9fff]{1,8}$")
# "单位", "计量单位": the column of a row's unit of measure (家, 个, %, 万元).
_MEASURE_HEAD = re.compile(r"^(?:计量)?单位$")
_MEASURE_CELL = re.compile(
    r"^(?:%|‰|[\u4e00-\u9fff]{1,4}(?:/[\u4e00-\u9fff]{1,3})?|[A-Za-z²³/]{1,6})$"
)
_NOTE_HEAD = re.compile(r"^(?:备注|说明)$")
# the longest name cell a row of yearly figures opens with
_NAME_CELL_MAX = 40


def _is_named_head(line: str) -> bool:
    """ "任务" alone on its line, a name column's label (not a unit column's)."""
    return (
        bool(_NAMED_HEAD.match(line))
        and _NAME_COLUMN.search(line) is not None
        and _LEAD_COLUMN.match(line) is None
        and _SUPPORT_COLUMN.match(line) is None
        and _UNIT_HEAD_WORDS.match(line) is None
    )


def _flat_header(lines: list[tuple[int, str]], index: int) -> list[str]:
    """The header cells from ``index`` on, one a line: the name column's, then the columns a
    table of yearly figures has (单位, years, unit columns, 备注); empty unless a year column."""
    header = [lines[index][1]]
    cursor = index + 1
    while cursor < len(lines) and len(header) < 12:
        cell = _unspaced(lines[cursor][1])
        if not (
            _YEAR_CELL.match(cell)
            or _MEASURE_HEAD.match(cell)
            or _LEAD_COLUMN.match(cell)
            or _SUPPORT_COLUMN.match(cell)
            or _UNIT_HEAD_WORDS.match(cell)
            or _NOTE_HEAD.match(cell)
        ):
            break
        header.append(cell)
        cursor += 1
    if not any(_YEAR_CELL.match(cell) for cell in header[1:]):
        return []
    return header


def _is_name_cell(cell: str) -> bool:
    """A cell that may open a row: a short name, no figure, date, heading or sentence."""
    return (
        len(cell) <= _NAME_CELL_MAX
        and not _is_figure_cell(cell)
        and not _EMPTY_CELL.match(cell)
        and not _YEAR_CELL.match(cell)
        and not _is_table_end(cell)
        and not re.search(r"[。;;::]", cell)
        and re.search(r"[\u4e00-\u9fff]", cell) is not None
    )


def _flat_row(
    lines: list[tuple[int, str]], cursor: int, header: list[str]
) -> tuple[list[tuple[int, str]] | None, int, bool]:
    """The cells of the row opening at ``cursor``, one per header column (a cell the copy
    dropped, an empty one, stands as "—"), the cursor after it, and whether every year
    column had its cell; None when the row states no figure (the table has ended)."""
    offset, name = lines[cursor]
    if not _is_name_cell(name):
        return None, cursor, False
    cells: list[tuple[int, str]] = [(offset, name)]
    cursor += 1
    whole = True
    for label in header[1:]:
        cell = lines[cursor][1] if cursor < len(lines) else ""
        at = lines[cursor][0] if cursor < len(lines) else offset
        if _YEAR_CELL.match(label):
            fits = _is_figure_cell(cell) or (bool(cell) and bool(_EMPTY_CELL.match(cell)))
            whole = whole and fits
        elif _MEASURE_HEAD.match(label):
            fits = bool(_MEASURE_CELL.match(cell) or (cell and _EMPTY_CELL.match(cell)))
        elif _NOTE_HEAD.match(label):
            following = lines[cursor + 1][1] if cursor + 1 < len(lines) else ""
            # a note, unless it is the next row's name (a figure or a unit of measure follows)
            fits = bool(cell) and not (
                _is_name_cell(cell)
                and (_is_figure_cell(following) or _MEASURE_CELL.match(following))
            )
            fits = fits and len(cell) <= 90 and not _is_table_end(cell)
        else:
            fits = bool(cell) and _is_unit_cell(cell)
        if fits:
            cells.append((at, cell))
            cursor += 1
        else:
            cells.append((offset, "—"))
    if not any(_is_figure_cell(cell) for _, cell in cells[1:]):
        return None, cursor, False
    return cells, cursor, whole


def _read_flattened_named(
    lines: list[tuple[int, str]], index: int, ctx: DocContext
) -> tuple[Table | None, int]:
    """ "任务 / 单位 / 2027年 / 2028年 / 牵头单位" one cell a line, then each row the same way
    ("新增甲企业 / 家 / 3 / 5 / 县甲局"): every row's name, unit of measure and each year's
    figure, due at that year's end. A row whose year cells a copy dropped (an empty cell gone)
    cannot tell its figures' years: it is flagged, not read by guess."""
    header = _flat_header(lines, index)
    if len(header) < 2:
        return None, index + 1
    layout = _Layout(header, _header_years(header, ctx), _table_title(lines, index), ctx)
    layout.indicator = None  # rows are read by ``_figure_columns``: every year column a goal
    rows: list[TableRow] = []
    cursor = index + len(header)
    while cursor < len(lines):
        cells, after, whole = _flat_row(lines, cursor, header)
        if cells is None:
            break
        number = len(rows) + 1
        if whole:
            row = layout.build_row(number, cells, rows)
        else:
            row = TableRow(number=number, start=cells[0][0], task=cells[0][1])
            row.unread = ["年份列的数值不全,未能确定各数值所属年份,未读取,请核对"]
        rows.append(row)
        cursor = after
    if not rows:
        return None, index + 1
    end = lines[cursor - 1][0] + len(lines[cursor - 1][1])
    return Table(lines[index][0], end, layout.years, rows, layout.title), cursor


def columns_period(tables: list[Table], issued: date | None) -> tuple[int, int] | None:
    """The years a plan's task tables give their columns, first to last ("2027年 | 2028年 |
    2029年": 2027—2029), for a plan whose text states no period; None without a table of two
    year columns or more. A column of a year before the plan was signed is where it starts
    from (a base), no year of the plan's."""
    years = sorted(
        {
            year
            for table in tables
            if len(table.years) >= 2
            for year in table.years
            if issued is None or year >= issued.year
        }
    )
    if len(years) < 2 or years[-1] - years[0] > _LONGEST_PERIOD:
        return None
    return years[0], years[-1]


# the most years a plan's period spans (a five-year plan and its 2035 outlook at most)
_LONGEST_PERIOD = 15


def _names_yearly_figures(header: list[str]) -> bool:
    """ "序号 | 项目 | 2027年 | 2028年": a name column ("项目", "名称", "工作内容") first and two
    year columns or more: a table of yearly figures, whatever its name column is called."""
    return (
        bool(header)
        and len(header[0]) <= 8
        and _NAME_COLUMN.search(header[0]) is not None
        and sum(1 for cell in header if _YEAR_CELL.match(cell)) >= 2
    )


def _read_headless(
    lines: list[tuple[int, str]], index: int, ctx: DocContext
) -> tuple[Table | None, int]:
    """A flattened task table whose header row was not copied (or a Word table without one):
    "1" on a line of its own, then the row's cells, then "2"… The columns are named from the
    first whole rows (``_inferred_header``), so the rows are then read, and checked, as under
    a header."""
    closed: list[list[str]] = []
    current: list[str] = []
    expected = 2
    for _, cell in lines[index + 1 : index + 1 + 12 * _HEADLESS_ROWS]:
        if _ROW_NUMBER.match(cell) and int(cell) == expected:
            closed.append(current)
            current = []
            expected += 1
            if len(closed) == _HEADLESS_ROWS:
                break
        elif (_is_table_end(cell) and not _FULL_DATE.match(cell)) or len(current) >= 9:
            break
        else:
            current.append(cell)
    header = _inferred_header(closed)
    if header is None:
        return None, index + 1
    layout = _Layout(header, _header_years([], ctx), _table_title(lines, index), ctx)
    layout.width = len(header)
    return _read_rows(lines, index, layout, lines[index][0])


# the rows a header-less table's columns are inferred from
_HEADLESS_ROWS = 4


def _read_rows(
    lines: list[tuple[int, str]], cursor: int, layout: _Layout, header_start: int
) -> tuple[Table | None, int]:
    """The rows of a flattened table from ``cursor`` (its first serial number) on."""
    rows: list[TableRow] = []
    expected = _first_serial(lines, cursor)
    current: list[tuple[int, str]] | None = None
    end = cursor
    while cursor < len(lines):
        offset, cell = lines[cursor]
        is_next_row = (
            bool(_ROW_NUMBER.match(cell))
            and int(cell) == expected
            and not layout.figure_in_row(
                current, lines[cursor + 1][1] if cursor + 1 < len(lines) else None
            )
        )
        if (
            (_is_table_end(cell) and not layout.dates_row(current, cell))
            or (layout.row_is_dated(current) and not is_next_row)
            or (
                not is_next_row
                and layout.signs_off(
                    current, cell, lines[cursor + 1][1] if cursor + 1 < len(lines) else None
                )
            )
            or (
                not is_next_row
                and layout.width is not None
                and current is not None
                and len(current) >= layout.width
            )
            or (
                not is_next_row
                and layout.row_is_full(current)
                and not _row_follows(lines, cursor, expected, len(layout.header))
            )
        ):
            break
        if is_next_row:
            if current is not None:
                rows.append(layout.build_row(expected - 1, current, rows))
            current = []
            expected += 1
        elif current is not None:
            current.append((offset, cell))
        cursor += 1
        end = cursor
    if current is not None:
        rows.append(layout.build_row(expected - 1, current, rows))
    table_end = lines[end - 1][0] + len(lines[end - 1][1])
    return Table(header_start, table_end, layout.years, rows, layout.title), end


def _first_serial(lines: list[tuple[int, str]], cursor: int) -> int:
    """The serial number the rows start at: 1, or the number of the first row when a page
    copied a stretch of a longer table ("24", "25", "26" under the header, B46-6)."""
    if cursor < len(lines) and _ROW_NUMBER.match(lines[cursor][1]):
        return int(lines[cursor][1])
    return 1


def _row_follows(lines: list[tuple[int, str]], cursor: int, expected: int, width: int) -> bool:
    """The next row's number (or the end of the text) comes within a row's width, after short
    cells only: cells a web copy split over lines, still part of this row."""
    for _, line in lines[cursor : cursor + width]:
        if line == str(expected):
            return True
        if len(line) > 6:
            return False
    return cursor + width >= len(lines)


# "指标 | 2031年 | 2032年 | 2033年": an indicator table without a serial-number column.
_UNNUMBERED_HEAD = re.compile(r"^(?:主要)?指标(?:名称)?\s*(?:\||\t| {2,})")


def _is_task_head(line: str) -> bool:
    """A header row of a task table that has no serial column: a task column and a unit
    column among at least two separated cells."""
    if not _CELL_SEPARATOR.search(line):
        return False
    cells = _split_cells(line)
    return (
        len(cells) >= 2
        and len(cells) <= 8
        and all(len(cell) <= 10 for cell in cells)
        and _TASK_HEAD_WORDS.search(cells[0]) is not None
        and any(_UNIT_HEAD_WORDS.match(cell) for cell in cells[1:])
    )


def _read_inline(
    lines: list[tuple[int, str]],
    index: int,
    ctx: DocContext,
    serial: bool = True,
    tasks: bool = False,
) -> tuple[Table | None, int]:
    """One row per line, cells separated by tabs, bars or runs of spaces; rows open with their
    serial number, or (``serial`` False) with the indicator's name or (``tasks``) the task."""
    header = _header_cells(lines[index][1])[1 if serial else 0 :]
    if not any(word in cell for cell in header for word in _HEADER_WORDS) and not (
        _names_yearly_figures(header)
    ):
        return None, index + 1
    years = _header_years(header, ctx)
    if not serial and not years and not tasks:
        return None, index + 1
    layout = _Layout(header, years, _table_title(lines, index), ctx)
    return _read_inline_rows(lines, index, index + 1, layout, serial, tasks)


def _read_inline_headless(
    lines: list[tuple[int, str]], index: int, ctx: DocContext
) -> tuple[Table | None, int]:
    """ "| 1 | 任务 | 目标 | 市甲局 | 2031年底 |" with no header row above: columns named from
    the rows, as ``_read_headless`` names a flattened table's."""
    closed: list[list[str]] = []
    for _, line in lines[index : index + _HEADLESS_ROWS]:
        cells = _split_cells(line) if _CELL_SEPARATOR.search(line) else []
        if not cells or serial_number(cells[0]) != len(closed) + 1:
            break
        closed.append(cells[1:])
    header = _inferred_header(closed)
    if header is None:
        return None, index + 1
    layout = _Layout(header, _header_years([], ctx), _table_title(lines, index), ctx)
    return _read_inline_rows(lines, index, index, layout, True, False)


def _inferred_header(rows: list[list[str]]) -> list[str] | None:
    """The column names of a table without a header row, from its first whole rows: None unless
    at least two rows each name their units in a cell. The widest row names them: its unit
    cells 牵头单位 then 配合单位, a time cell 时限, the first other cell 任务, the rest 目标."""
    if len(rows) < 2 or not all(
        2 <= len(row) <= 8 and any(_is_unit_cell(cell) for cell in row) for row in rows
    ):
        return None
    header: list[str] = []
    for cell in max(rows, key=len):
        if _is_time_cell(cell) or _PERIOD_CELL.match(cell):
            header.append("时限")
        elif _is_unit_cell(cell):
            header.append("配合单位" if header and header[-1] == "牵头单位" else "牵头单位")
        else:
            header.append("任务" if "任务" not in header else "目标")
    # "1 | 新安江街道 | 某公司 | 30": a list by place, not a task table (its task comes first)
    return header if header[0] == "任务" and "牵头单位" in header else None


def _read_inline_rows(
    lines: list[tuple[int, str]],
    index: int,
    cursor: int,
    layout: _Layout,
    serial: bool,
    tasks: bool,
) -> tuple[Table | None, int]:
    """The rows of an inline table (header at ``index``) from ``cursor`` on."""
    rows: list[TableRow] = []
    while cursor < len(lines):
        offset, line = lines[cursor]
        cells = _split_cells(line)
        number = serial_number(cells[0]) if cells else None
        cells = _with_empty_cells(line, cells, layout.header, serial=number is not None)
        if len(cells) < 2 or (serial and number is None):
            break
        if tasks and (number is not None or not any(_is_unit_cell(cell) for cell in cells[1:])):
            break
        if (
            not serial
            and not tasks
            and (number is not None or not any(re.search(r"\d", cell) for cell in cells[1:]))
        ):
            break
        positioned = _cell_offsets(offset, line, cells[1:] if serial else cells)
        row_number = number if serial and number is not None else len(rows) + 1
        rows.append(layout.build_row(row_number, positioned, rows))
        cursor += 1
    if not rows:
        return None, index + 1
    last = lines[cursor - 1]
    table = Table(lines[index][0], last[0] + len(last[1]), layout.years, rows, layout.title)
    return table, cursor


def _unspaced(cell: str) -> str:
    """A header label set letter-spaced to fill its column ("任 务 名 称") read as one word."""
    return re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", cell)


def _split_cells(line: str) -> list[str]:
    return [cell.strip() for cell in _CELL_SEPARATOR.split(line.strip(" |")) if cell.strip()]


# A bar or a tab between every two cells: "| 培育示范企业 | 家 | 8 |  | 12 |", "培育示范企业\t家\t8\t\t12".
_KEPT_SEPARATOR = re.compile(r"\s*[|│┃]\s*|\t")


def _with_empty_cells(line: str, cells: list[str], header: list[str], *, serial: bool) -> list[str]:
    """A row's cells with an empty year cell kept in its column, when a bar or a tab parts every
    two cells and the row so holds the header's number of cells (dropped, the empty cell of one
    year moved the later years' figures a column, and the row was lost). Only year columns: an
    empty unit or note cell is left to the readers that expect it dropped."""
    width = len(header) + serial
    if len(cells) >= width or not ("|" in line or "\t" in line):
        return cells
    kept = [cell.strip() for cell in _KEPT_SEPARATOR.split(line.strip(" |│┃\t"))]
    if len(kept) != width or sum(1 for cell in kept if cell) != len(cells):
        return cells
    columns = header if not serial else ["", *header]
    empty_years = all(
        _YEAR_CELL.match(column) for cell, column in zip(kept, columns, strict=True) if not cell
    )
    return kept if empty_years else cells


def _header_cells(line: str) -> list[str]:
    """Header labels: between bars when the row has them (a letter-spaced label, "任 务 名 称",
    whose spaces a copy turned into tabs, is one label), else as ``_split_cells`` splits."""
    if line.count("|") < 2:
        return _split_cells(line)
    cells = [re.sub(r"\s+", " ", cell).strip() for cell in line.strip(" |\t").split("|")]
    return [_unspaced(cell) for cell in cells if cell]


def _cell_offsets(offset: int, line: str, cells: list[str]) -> list[tuple[int, str]]:
    positioned: list[tuple[int, str]] = []
    cursor = 0
    for cell in cells:
        found = line.find(cell, cursor)
        found = found if found >= 0 else cursor
        positioned.append((offset + found, cell))
        cursor = found + len(cell)
    return positioned


def _table_title(lines: list[tuple[int, str]], index: int) -> str:
    for back in range(index - 1, max(-1, index - 5), -1):
        title = lines[back][1].strip()
        if "表" not in title:
            continue
        if title.count(")") > title.count("(") and back > 0:
            # A title wrapped before its period, the "(" lost with the line break of a web copy.
            title = f"{lines[back - 1][1].strip()}({title}"
        return title
    return "任务分解表"


def _header_years(header: list[str], ctx: DocContext) -> list[int]:
    years = [int(match.group(1)) for cell in header if (match := _YEAR_CELL.match(cell))]
    period = ctx.meta.period
    if period and (not years or (years[0] == period[0] and len(years) < period[1] - period[0] + 1)):
        return list(range(period[0], period[1] + 1))
    return years


# "各区", "各县(市、区)", "各乡镇人民政府": the bodies of every place of a level, as a unit cell
_EACH_PLACE = re.compile(
    r"^各(?:省|市|县|区|乡|镇|村|街道|乡镇|区县|县区|镇街|社区)(?:\((?:[市县区旗]、?){2,4}\))?"
    r"(?:人民政府|政府|办事处)?$"
)


def _is_unit_cell(cell: str) -> bool:
    if cell_roles(cell) is not None or _EACH_PLACE.match(cell.strip()):
        return True
    if "。" in cell or len(cell) > 90 or re.search(r"\d", cell):
        return False
    items = split_unit_list(re.sub(r"\([^)]*\)", "", unit_cell_names(cell)))
    # "县医保局等单位,各乡镇人民政府": a list closed by "等单位" before a further group
    return bool(items) and all(looks_like_unit(without_others_tail(item)) for item in items)


# "各县(市、区)人民政府负责", "市甲局牵头": a unit cell that ends with the role its units play.
_CELL_ROLE = re.compile(r"(?<=[\u4e00-\u9fff)])(?:牵头负责|负责落实|牵头|负责|落实)$")


def unit_cell_names(cell: str) -> str:
    """The names of a unit cell, without the role word a cell may end with."""
    return _CELL_ROLE.sub("", cell.strip())


def _cell_units(cell: str) -> list[str]:
    return split_unit_list(unit_cell_names(cell))


def _marked_units(cell: str) -> tuple[list[str], list[str]]:
    """The lead and support units of a unit cell after the lead cell: as its marks say
    ("县甲局(牵头)", "牵头:县甲局;配合:县乙局"), else (unmarked, or "县乙局(配合)") support."""
    if (roles := cell_roles(cell)) is not None:
        return roles
    return [], split_unit_list(CELL_ROLE_MARK.sub("", unit_cell_names(cell)))


def _lead_cell_units(cell: str) -> tuple[list[str], list[str]]:
    """The lead and support units of a lead column's cell: as its marks say, names without
    the marks; a cell marking only support ("市乙局(配合)" in the lead column) is support, not a
    lead named "市乙局(配合)"; an unmarked cell leads."""
    if (roles := cell_roles(cell)) is not None:
        return roles
    if CELL_ROLE_MARK.search(cell):
        return _marked_units(cell)
    return _cell_units(cell), []


class _Layout:
    """What the header says about the columns, and how a row's cells are read with it."""

    def __init__(self, header: list[str], years: list[int], title: str, ctx: DocContext) -> None:
        self.header = header
        self.years = years
        self.title = title
        self.ctx = ctx
        self.indicator = _indicator_columns(header, ctx)
        self.goal_year = _goal_column_year(header, years)
        # a header inferred from the rows (``_read_headless``): no row has more cells
        self.width: int | None = None

    def _figure_columns(self, cells: list[tuple[int, str]]) -> _IndicatorColumns | None:
        """ "任务 | (单位 |) 2027年 | 2028年 | 牵头单位 | 配合单位" with a row of a cell per column
        whose year cells are bare figures ("新增甲产品(个) | 18 | 22 | 市甲局"): the row is an
        indicator's, its name the task cell (its unit in brackets there or in the 单位 column),
        each year's figure due at that year's end, the unit columns its units (trial45). A bare
        figure read as a task's goal had no subject, so the row was lost."""
        header = self.header
        if len(cells) != len(header) or not header or not _NAME_COLUMN.search(header[0]):
            return None
        columns = [
            (index, int(match.group(1)))
            for index, cell in enumerate(header)
            if (match := _YEAR_CELL.match(cell)) and not _BASELINE_COLUMN.search(cell)
        ]
        # "培育示范企业 | 家 | 8 | — | 12": a year left empty ("—", "/", a tab's empty cell) states
        # no figure that year, and the row's other years are read all the same (the row was lost)
        if not columns or not all(
            _is_figure_cell(cells[index][1]) or _EMPTY_CELL.match(cells[index][1])
            for index, _ in columns
        ):
            return None
        columns = [(index, year) for index, year in columns if _is_figure_cell(cells[index][1])]
        if not columns:
            return None
        # a column of a year before the plan was signed (or before its period) is where it starts
        # from, as in an indicator table (``_indicator_columns``): "2030年 | 2032年" of a plan
        # signed in 2031 read 2030's figure as a goal (attack45)
        # "2030年 | 2031年目标": a header that marks its goal columns marks them all, so a year
        # column without the mark beside them is where the goals start from
        marked = any("目标" in header[index] for index, _ in columns)
        years = [
            (index, year)
            for index, year in columns
            if "目标" in header[index] or (not marked and not _before_the_plan(year, self.ctx))
        ]
        if not years:
            return None
        unit = next((i for i, cell in enumerate(header) if cell in ("单位", "计量单位")), None)
        lead, support = _unit_columns(header)
        joint = lead is not None and support is None and header[lead] in JOINT_LABELS
        targets: list[tuple[int, date | None]] = [
            (index, date(year, 12, 31)) for index, year in years
        ]
        place = next(
            (i for i, cell in enumerate(header) if i and _ROW_PLACE_COLUMN.match(cell)), None
        )
        return _IndicatorColumns(
            0, unit, targets, lead=lead, support=support, joint=joint, place=place
        )

    def _worded_year_cells(
        self, cells: list[tuple[int, str]]
    ) -> list[tuple[int, str, date | None]]:
        """ "任务 | 单位 | 2026年 | 2027年 | 2028年 | 牵头单位 | 配合单位" with a row of a cell per
        column whose year cells are words ("建设某平台 | — | 启动建设 | 完成主体工程 | 通过验收"):
        each year's cell is that year's step of the row's task, due at the year's end, read by
        its column (trial46: a 单位 column's "—" shifted the cells a year, so 2027's step was
        lost). Empty cells ("—", "/") state no step; a row whose every year states a figure is
        left to the other readers, but a row of steps one of which counts what it builds
        ("完成选址规划 | 建成1个 | 通过省级验收") is steps (trial47: the count lost the row)."""
        header = self.header
        if len(cells) != len(header) or not header or not _NAME_COLUMN.search(header[0]):
            return []
        columns = [
            (index, int(match.group(1)))
            for index, cell in enumerate(header)
            if (match := _YEAR_CELL.match(cell)) and not _BASELINE_COLUMN.search(cell)
        ]
        if len(columns) < 2:
            return []
        steps: list[tuple[int, str, date | None]] = [
            (cells[index][0], cells[index][1], date(year, 12, 31))
            for index, year in columns
            if not _EMPTY_CELL.match(cells[index][1])
        ]
        if not steps or all(find_quantities(cell) for _, cell, _ in steps):
            return []
        if any(_is_figure_cell(cell) for _, cell, _ in steps):
            return []
        return steps

    def _goal_after_task(self) -> bool:
        """ "任务 | 目标 | 牵头单位": a goal column beside the task column, before the units: a
        row's cell after its task cell is the row's goal, with a figure or in words."""
        lead = next((i for i, c in enumerate(self.header) if _LEAD_COLUMN.match(c)), None)
        return (
            lead is not None
            and lead >= 2
            and _TASK_COLUMN.search(self.header[0]) is not None
            and "目标" not in self.header[0]
            and _GOAL_COLUMN.search(self.header[1]) is not None
        )

    def _only_time_after_units(self) -> bool:
        """ "任务 | 目标 | 牵头单位 | 配合单位 | 时限": the header's one column after its units is
        the 时限, so a row's cell after its unit cells is its time cell, read or not."""
        time = self._time_column()
        units = [
            i
            for i, cell in enumerate(self.header)
            if _LEAD_COLUMN.match(cell) or _SUPPORT_COLUMN.match(cell)
        ]
        return time is not None and bool(units) and time == max(units) + 1 == len(self.header) - 1

    def _time_column(self) -> int | None:
        return next((i for i, cell in enumerate(self.header) if _TIME_COLUMN.match(cell)), None)

    def dates_row(self, cells: list[tuple[int, str]] | None, cell: str) -> bool:
        """ "2028年6月30日" under a header with a 时限 column, in a row without its time cell
        yet: the row's due date, not the date under the signature that ends the text."""
        return (
            bool(_FULL_DATE.match(cell))
            and self._time_column() is not None
            and cells is not None
            and not any(_is_time_cell(c) for _, c in cells)
        )

    def signs_off(
        self, cells: list[tuple[int, str]] | None, cell: str, following: str | None
    ) -> bool:
        """ "青禾市人民政府办公室" then "2031年5月1日" after a row that has all its columns, under a
        header with no 时限 column (B55-8): the signature block under the table, not the row's
        next cell (read as one, the row lost its task and the office became a milestone)."""
        return (
            cells is not None
            and following is not None
            and self._time_column() is None
            and len(cells) >= len(self.header) - 1
            and bool(_FULL_DATE.match(following))
            and not _FULL_DATE.match(cell)
        )

    def figure_in_row(self, cells: list[tuple[int, str]] | None, following: str | None) -> bool:
        """ "序号 | 任务 | 单位 | 2027年 | 2028年" one cell a line, a row short of its year cells
        whose next line is the next row's serial ("建设某站 / 个 / 1 / 3" then "3"): the line
        that reads as the serial is the row's figure when a figure follows it, not a row's
        name (trial59: the row and the next were lost)."""
        return (
            cells is not None
            and _names_yearly_figures(self.header)
            and 0 < len(cells) < len(self.header)
            and following is not None
            and (_is_figure_cell(following) or _EMPTY_CELL.match(following) is not None)
        )

    def row_is_dated(self, cells: list[tuple[int, str]] | None) -> bool:
        """The header's last column is the 时限 and the row has its time cell: the row is
        complete, so a line after it other than the next serial number is past the table (the
        issuing office and date under it, a paragraph of prose)."""
        column = self._time_column()
        return (
            column is not None
            and column == len(self.header) - 1
            and self.indicator is None
            and bool(cells)
            and cells is not None
            and _is_time_cell(cells[-1][1])
        )

    def row_is_full(self, cells: list[tuple[int, str]] | None) -> bool:
        """An indicator table has a fixed number of cells per row; more means the table ended."""
        return bool(self.indicator and cells is not None and len(cells) >= len(self.header))

    def build_row(
        self, number: int, cells: list[tuple[int, str]], previous: list[TableRow]
    ) -> TableRow:
        if self.indicator is not None:
            return _row_of_place(
                _indicator_row(number, cells, self.indicator, self.title),
                cells,
                self.indicator.place,
                self.ctx,
            )
        figures = self._figure_columns(cells)
        if figures is not None:
            row = _indicator_row(number, cells, figures, self.title)
            return _row_of_place(row, cells, figures.place, self.ctx)
        row = _task_row(
            number,
            cells,
            previous,
            self.years,
            self.title,
            self.goal_year,
            self._plan_end(),
            self._year_columns(),
            self._quarter_columns(),
            self._only_time_after_units(),
            self._goal_after_task(),
        )
        steps = self._worded_year_cells(cells)
        if steps:
            row.target_cells = steps
            # "启动建设": a step too short to say what it is a step of is titled with the task,
            # and so are the other steps of its row
            row.steps_of_task = any(
                len(re.sub(r"[^\u4e00-\u9fff]", "", cell)) < _STEP_WIDTH for _, cell, _ in steps
            )
        row.unread = self._unread(cells, row, previous)
        row.joint = self._joint_units(cells, row)
        progress = self._progress_column()
        if progress is not None:
            # B41-1: "重点工作 | 责任科室 | 攻坚目标 | 完成情况": a progress table reports what was done
            # (its 完成情况 cells are neither goals nor dated steps) and its goal cells in words
            # are the row's work, so the row is a task of its units; a goal with a figure stays
            reported = {offset for offset, _ in self._progress_cells(cells, progress)}
            row.pending_cells = [
                (offset, due)
                for offset, cell, due in row.target_cells
                if offset not in reported and due is not None and not find_quantities(cell)
            ]
            row.target_cells = [
                (offset, cell, due)
                for offset, cell, due in row.target_cells
                if offset not in reported and find_quantities(cell)
            ]
            goal = self._goal_cell(cells, progress) or self._merged_goal_cell(cells, progress)
            if not row.target_cells and goal is not None and find_quantities(goal[1]):
                # a goal column's figure in a row without unit or time cells: the goal, its
                # date unknown unless the plan names its year
                row.target_cells = [(goal[0], goal[1], self._plan_end())]
        return row

    def _goal_cell(self, cells: list[tuple[int, str]], progress: int) -> tuple[int, str] | None:
        """The row's cell under the header's goal column ("工作内容及具体目标要求"), before the
        progress column, when the row has a cell per column."""
        if len(cells) != len(self.header):
            return None
        column = next(
            (
                i
                for i, cell in enumerate(self.header[:progress])
                if i > 0 and _GOAL_COLUMN.search(_unspaced(cell))
            ),
            None,
        )
        return cells[column] if column is not None else None

    def _merged_goal_cell(
        self, cells: list[tuple[int, str]], progress: int
    ) -> tuple[int, str] | None:
        """ "主要任务 | 全年目标任务 | … | 1-10月推进情况": a row one cell or more short of the header
        whose task and goal columns merged into its first cell ("新增达标小区210个。"): that cell
        is the goal, unless it reports what was done (B46-6)."""
        if len(self.header) < 2 or not cells or len(cells) >= len(self.header) or progress < 2:
            return None
        task, goal = (_unspaced(cell) for cell in self.header[:2])
        if not (_TASK_COLUMN.search(task) and _GOAL_COLUMN.search(goal)):
            return None
        return None if _REPORTED.match(cells[0][1]) else cells[0]

    def _progress_column(self) -> int | None:
        """The header's column of reported progress ("完成情况", "进展情况(截至10月底)"), when the
        header also names the task (a 重点工作 / 工作事项 column) it reports on."""
        cells = [_unspaced(cell) for cell in self.header]
        if not any(_TASK_COLUMN.search(cell) for cell in cells):
            return None
        return next((i for i, cell in enumerate(cells) if _PROGRESS_COLUMN.match(cell)), None)

    def _progress_cells(self, cells: list[tuple[int, str]], column: int) -> list[tuple[int, str]]:
        """A row's cells under the progress column and after it: by position when the row has a
        cell per column, else counted from the row's end (a header whose labels a web copy split
        over lines has more lines than the rows have cells)."""
        if len(cells) == len(self.header):
            return cells[column:]
        after = len(self.header) - column
        if self._blank_progress(cells, column):
            # a table sent out to be filled in: its progress cell is the one left blank, and the
            # cells counted from the end are those of the columns after it
            return cells[-(after - 1) :]
        return cells[-after:] if 0 < after < len(cells) else []

    def _blank_progress(self, cells: list[tuple[int, str]], column: int) -> bool:
        """A row one cell short whose cells after the progress column's place fit their columns
        (a 时限 cell under the 时限, a unit under a unit column) and whose cell before them reports
        nothing ("建成示范区5个", not "已建成3个"): the progress cell is the blank one."""
        after = len(self.header) - column - 1
        if len(cells) != len(self.header) - 1 or after < 1:
            return False
        typed = 0
        for label, (_, cell) in zip(self.header[column + 1 :], cells[-after:], strict=True):
            if _TIME_COLUMN.match(label):
                if not _is_time_cell(cell):
                    return False
                typed += 1
            elif _LEAD_COLUMN.match(label) or _SUPPORT_COLUMN.match(label):
                if not _is_unit_cell(cell):
                    return False
                typed += 1
        candidate = cells[-after - 1][1]
        return typed > 0 and not _REPORTED.match(candidate)

    def _joint_units(self, cells: list[tuple[int, str]], row: TableRow) -> bool:
        """ "任务 | 责任单位" with "市甲局、市乙局" in the row: a unit column that only says who is
        answerable, no 配合 column and no 牵头 in the row, names no lead."""
        lead, support = _unit_columns(self.header)
        return (
            lead is not None
            and support is None
            and self.header[lead] in JOINT_LABELS
            and len(row.lead_units) > 1
            and not row.support_units
            and not any(_LEAD_WORD.search(cell) for _, cell in cells)
        )

    def _unread(
        self, cells: list[tuple[int, str]], row: TableRow, previous: list[TableRow]
    ) -> list[str]:
        """What a task row under a header with unit and time columns leaves unread: its lead
        cell (none found, or the cell in that column names no unit) and its time cell (none, or
        one whose date is not read), said with what the row was read as instead."""
        texts = [cell for _, cell in cells]
        if not texts:
            return []
        lead = next((i for i, c in enumerate(self.header) if _LEAD_COLUMN.match(c)), None)
        time = self._time_column()
        # a row with a cell for each column is read by position; else its empty cells are gone
        full = len(texts) == len(self.header)
        units = [i for i, cell in enumerate(texts) if _is_unit_cell(cell)]
        notes: list[str] = []
        if lead is not None:
            label = self.header[lead]
            if full and not _is_unit_cell(texts[lead]):
                notes.append(f"{label}「{texts[lead][:20]}」未能识别为单位")
            elif not units and previous and row.lead_units:
                notes.append(f"未写{label},沿用上一行的{'、'.join(row.lead_units)}")
            elif not units:
                notes.append(f"未读出{label}")
        if time is not None and not any(
            _is_time_cell(cell) or _PERIOD_CELL.match(cell) for cell in texts
        ):
            label = self.header[time]
            dues = sorted({due for _, _, due in row.target_cells if due is not None})
            instead = (
                f",目标按{dues[-1].year}年{dues[-1].month}月{dues[-1].day}日计" if dues else ""
            )
            cell = texts[time] if full else None
            if (
                cell is None
                and self._only_time_after_units()
                and units
                and units[-1] < len(texts) - 1
            ):
                cell = texts[-1]  # the cell after the units is the time cell
            read = f"{label}「{cell[:20]}」未能识别" if cell else f"未读出{label}"
            notes.append(f"{read}{instead}")
        return [f"{note},请核对" for note in notes]

    def _quarter_columns(self) -> list[int]:
        """The quarters the header writes as columns of its own ("第一季度 | 第二季度")."""
        return [
            "一二三四".index(match.group(1)) + 1
            for cell in self.header
            if (match := _QUARTER_CELL.match(cell))
        ]

    def _year_columns(self) -> list[int]:
        """The years the header writes as columns of its own ("2031年 | 2032年")."""
        return [int(match.group(1)) for cell in self.header if (match := _YEAR_CELL.match(cell))]

    def _plan_end(self) -> date | None:
        """The deadline a task cell's own goal falls back to: the end of a one-year plan
        ("2020年重点工作", "2023年区政府工作目标任务").  A multi-year plan's task rows are left to
        their time columns (their goals may be staged)."""
        period = self.ctx.meta.period
        if period and period[0] == period[1]:
            return date(period[1], 12, 31)
        return None


_TASK_COLUMN = re.compile(r"任务|工作|事项|项目|措施")
# the fewest characters of a step in words that says what it is a step of ("完成平台立项")
_STEP_WIDTH = 6
# A cell left empty on purpose: "—", "--", "/", "无", "-".
_EMPTY_CELL = re.compile(r"^(?:[—\-–//、.…]+|无|暂无)?$")
# The column naming what a row counts: "任务", "指标名称", "项目", "工作内容", "名称", "事项".
_NAME_COLUMN = re.compile(r"任务|指标|项目|工作|内容|名称|事项|措施")
# A cell that is only a figure ("18", "3.5", "≥95%", "1,200"): a value under a column.
_BARE_FIGURE = re.compile(r"^[≥≤<>]?[-−+]?\d[\d,]*(?:\.\d+)?%?$")
# "确保94、力争96": a year's floor and the figure aimed at beyond it, figures both (attack49 M7;
# ``targets.floor_and_aim`` reads it): a figure cell too.
_FIGURE = r"[≥≤<>]?[-−+]?\d[\d,]*(?:\.\d+)?%?"
_FLOOR_AND_AIM_CELL = re.compile(
    rf"^(?:(?:确保|保底){_FIGURE}\s*[、,;/]\s*(?:力争|争取){_FIGURE}|"
    rf"(?:力争|争取){_FIGURE}\s*[、,;/]\s*(?:确保|保底){_FIGURE})$"
)


def _is_figure_cell(cell: str) -> bool:
    return bool(_BARE_FIGURE.match(cell) or _FLOOR_AND_AIM_CELL.match(cell))


# "完成情况", "进展情况(截至10月底)", "工作进展", "完成进度": a column reporting what was done, not
# a schedule ("进度安排", "时间进度" are the plan's own dates) (B41-1)
_PROGRESS_COLUMN = re.compile(
    # "1-10月推进情况", "1—11月完成情况": the months a report covers may open the column (B46-6)
    r"^(?:\d{1,2}\s*(?:-|—|–|~|至)\s*\d{1,2}月(?:份|底)?)?"
    r"(?:目前|当前)?(?:工作)?(?:完成|进展|执行|推进|落实|办理|进度)情况(?:[((].*)?$"
    r"|^(?:工作|目前)?进展(?:[((].*)?$|^完成进度$"
)
_GOAL_COLUMN = re.compile(r"目标|指标|成效|要求")
# A progress cell's opening words: what was done so far ("已建成3个", "截至9月底…", "正在推进").
_REPORTED = re.compile(
    r"^\s*(?:已|现已|均已|截至|截止|目前|当前|正在|累计|尚未|未完成|完成率|进度)"
)

# "第一季度", "第四季度目标": a column of the stages due by a quarter's end (round 33).
_QUARTER_CELL = re.compile(r"^第([一二三四])季度(?:目标|任务|进度)?$")
_QUARTER_END = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}

# "2022年预期目标", "年度目标", "主要目标": a column of goals, not of tasks.
_GOAL_HEADER = re.compile(r"目标$")


def _goal_column_year(header: list[str], years: list[int]) -> int | None:
    """ "序号 | 2022年预期目标 | 责任单位": the goals stand in the first column, the units after
    them; the year is the header's, else the plan's last."""
    if len(header) < 2 or not _GOAL_HEADER.search(header[0]) or not _LEAD_COLUMN.match(header[1]):
        return None
    year = re.search(r"(?:19|20)\d{2}", header[0])
    if year:
        return int(year.group(0))
    return years[-1] if years else None


def _task_row(
    number: int,
    cells: list[tuple[int, str]],
    previous: list[TableRow],
    years: list[int],
    title: str,
    goal_year: int | None = None,
    plan_end: date | None = None,
    year_columns: tuple[int, ...] | list[int] = (),
    quarter_columns: tuple[int, ...] | list[int] = (),
    only_time_after_units: bool = False,
    goal_after_task: bool = False,
) -> TableRow:
    start = cells[0][0] if cells else 0
    dated_task = _dated_task_cell(cells)
    original = [cell for cell in cells if cell is not dated_task]
    time_limit = _time_limit(original)
    period = next((m for _, c in original if (m := _PERIOD_CELL.match(c))), None)
    every = PERIOD_WORDS[period["period"]] if period else None
    period_cell = period.group(0) if period else None
    if every is not None:
        time_limit = None  # "每年12月底前": the month recurs, it dates no single goal
    cells = [
        (offset, cell)
        for offset, cell in cells
        if (offset, cell) == dated_task
        or (not _is_time_cell(cell) and not _PERIOD_CELL.match(cell))
    ]
    unit_index = next((i for i, (_, cell) in enumerate(cells) if _is_unit_cell(cell)), None)
    inherited = previous[-1] if previous else None
    task = cells[0][1] if cells and unit_index != 0 else (inherited.task if inherited else None)
    if dated_task is not None and task == dated_task[1]:
        task = None  # only a time: no task of its own to name (and none of the row above)
    row = TableRow(
        number=number,
        start=start,
        task=task,
        section=f"{title} / {number}",
        every=every,
        every_text=period_cell,
    )
    if unit_index is None:
        if inherited:
            row.lead_units = list(inherited.lead_units)
            row.support_units = list(inherited.support_units)
        elif plan_end is not None and not year_columns:
            # A row of a one-year plan whose unit cells are missing (the copy cut the row, or
            # the table has none): its first cell that states quantities is the row's goal,
            # due at the year's end, read as the prose would read it (B30-5).
            stated = next(((o, c) for o, c in cells[1:] if find_quantities(c)), None)
            if stated is not None:
                row.target_cells = [(stated[0], stated[1], plan_end)]
                # the cells after the goal under quarter columns: each quarter's stage, due at
                # its end (a cell in words is a milestone, one with a number a target)
                stages = cells[cells.index(stated) + 1 :]
                for (offset, cell), quarter in zip(stages, quarter_columns, strict=False):
                    month, day = _QUARTER_END[quarter]
                    row.target_cells.append((offset, cell, date(plan_end.year, month, day)))
        return row
    # "区甲局(牵头),区乙局(配合)": the cell names both roles itself
    row.lead_units, row.support_units = _lead_cell_units(cells[unit_index][1])
    after = unit_index + 1
    # "县甲局(牵头) | 县乙局(配合)": a cell marking its role is a unit cell, never the task
    while (
        after < len(cells)
        and _is_unit_cell(cells[after][1])
        and (
            after == unit_index + 1
            or CELL_ROLE_MARK.search(cells[after][1])
            # "牵头单位 | 参与单位 | 责任单位": a third column of units named by their level
            # ("各县(市、区)人民政府", "市…局"), its bodies support
            or (
                after == unit_index + 2
                and not find_quantities(cells[after][1])
                and re.match(r"各|[省市县区](?!场)", cells[after][1]) is not None
            )
        )
    ):
        lead, support = _marked_units(cells[after][1])
        row.lead_units += [name for name in lead if name not in row.lead_units]
        known = row.lead_units + row.support_units
        row.support_units += [name for name in support if name not in known]
        after += 1
    third_column = after > unit_index + 2  # a third column of units read above
    targets = cells[after:]
    time_at = next((o for o, cell in original if _is_time_cell(cell)), None)
    if (
        targets
        and time_at is not None
        and all(o > time_at for o, _ in targets)
        and not any(find_quantities(cell) for _, cell in targets)
    ):
        # "压缩审批时间至60天 | 市甲局 | 市乙局 | 2027年6月 | 备注": cells past the row's time
        # cell state no figure, so the goal is the task cell that states it
        targets = [(o, cell) for o, cell in cells[:unit_index] if find_quantities(cell)] + targets
    if (
        (targets or third_column)
        and time_at is None
        and not year_columns
        and not any(find_quantities(cell) for _, cell in targets)
    ):
        # "<task> | 到2031年,某项总量控制在…以内。 | 市甲局 | 市乙局 | 各县(市、区)人民政府": no
        # cell past the units states a figure (they are one more unit column), so the goal is
        # the cell before the units that states one, dated by its own words (B51-5)
        goal_cells = [(o, cell) for o, cell in cells[1:unit_index] if find_quantities(cell)]
        # or, none with a figure, the cell before them that dates an aim ("到2031年,…达到…")
        goal_cells = goal_cells or [
            (o, cell) for o, cell in cells[:unit_index] if _HORIZON.search(cell)
        ]
        targets = goal_cells or targets
    ongoing = any(_ONGOING_CELL.match(cell) for _, cell in original)
    if only_time_after_units and every is None and time_limit is None and years and not ongoing:
        # the cell after the units is a time cell whose date was not read ("视情况", a date
        # mistyped): no goal, and the row's goal before the units is due at the plan's end
        # (the preview says so, ``_Layout._unread``)
        targets = []
        time_limit = date(years[-1], 12, 31)
    if every is not None and not targets:
        return row  # a repeated duty: read as such from ``every``, no goal cell
    if not targets and time_limit is None:
        targets = _yearly_cells_before_units(cells, unit_index, year_columns)
    if not targets and time_limit is not None:
        # No goal column after the units: the goal stands before them, in a goal cell that
        # states its figure ("培育区域品牌 | 新增省级品牌产品12个 | 2027年底 | 区市场监管局"), else
        # in the task cell itself. The task's name beside a goal cell is no second commitment:
        # read as one, it was a 时间节点 reminded beside the goal's 目标 (trial 37).
        goal_cells = [(o, cell) for o, cell in cells[1:unit_index] if find_quantities(cell)]
        if not goal_cells and goal_after_task and unit_index >= 2:
            goal_cells = cells[1:unit_index]  # the goal column's cell, in words
        targets = goal_cells or cells[:unit_index]
    if not targets and goal_year is not None and find_quantities(cells[0][1]):
        # A goal column before the units: the first cell is the goal ("增长5.5%左右 | 区发改委").
        goal = date(goal_year, 12, 31)
        row.target_cells = [(offset, cell, goal) for offset, cell in cells[:unit_index]]
        return row
    if not targets and plan_end is not None and unit_index > 0 and find_quantities(cells[0][1]):
        # "序号 | 内容与要求 | 进展情况 | 责任单位" in a one-year plan: no goal column, so the task
        # cell states the goal ("确保地区生产总值增长7%左右"), due at the year's end; the cells
        # between it and the units (progress so far) are no goals.
        row.target_cells = [(cells[0][0], cells[0][1], plan_end)]
        return row
    if time_limit is not None:
        row.target_cells = [(offset, cell, time_limit) for offset, cell in targets]
        row.time_text = _time_text(original)
    else:
        # the header's own year columns ("2026年 | 2027年") date the cells under them, even when
        # the plan's period runs on past its last column (trial 44, H1): the period only dates
        # what no column dates (a table without year columns, cells beyond its columns). A lone
        # year cell is no column of its own: a merged "2017—2019" head cut to its first year
        # by the copy (``_header_years`` reads it as the period)
        columns = years
        if len(year_columns) > 1 and len(targets) <= len(year_columns):
            columns = list(year_columns)
        row.target_cells = _assign_years(targets, columns)
    return row


_HORIZON = re.compile(r"(?:到|至)\s*(?:19|20)\d{2}\s*年")


def _dated_task_cell(cells: list[tuple[int, str]]) -> tuple[int, str] | None:
    """A task cell whose words are only a time ("2032年底前完成", "每月10日前报送") in a row that
    has a time cell of its own after its units: the task column's cell, not the row's time. Read
    as the time, the row took the task of the row above it (a second duty or deadline of that
    task, under this row's units and dates)."""
    if len(cells) < 3:
        return None
    first = cells[0][1]
    if not (_is_time_cell(first) or _PERIOD_CELL.match(first)) or _ONGOING_CELL.match(first):
        return None
    units = [index for index, (_, cell) in enumerate(cells) if _is_unit_cell(cell)]
    if not units:
        return None
    after = cells[units[0] + 1 :]
    if not any(_is_time_cell(cell) or _PERIOD_CELL.match(cell) for _, cell in after):
        return None
    return cells[0]


def _yearly_cells_before_units(
    cells: list[tuple[int, str]], unit_index: int, years: tuple[int, ...] | list[int]
) -> list[tuple[int, str]]:
    """ "序号 | 工作任务 | 2031年 | 2032年 | 2033年 | 责任单位": the units close the row, so the
    yearly goals stand between the task and them, one cell per year of the header."""
    middle = cells[1:unit_index]
    if not years or len(middle) != len(years):
        return []
    return middle


# A time cell of a duty repeated each period: "每年12月底前", "每季度", "每月10日前", "每半年一次".
_PERIOD_CELL = re.compile(
    r"^每(?:个|一)?(?P<period>半年|季度|季|月|年度|年)(?:末|初|底)?"
    r"(?:\d{1,2}月(?:\d{1,2}日)?(?:底|末|初|中旬|上旬|下旬)?)?(?:\d{1,2}日(?:[、和及]\d{1,2}日)*)?(?:前|以前|内)?"
    r"(?:(?:报送|开展|组织|进行)(?:(?:一|1)次)?|(?:一|1)次)?$"
)


def _time_text(cells: list[tuple[int, str]]) -> str | None:
    """The words of a row's time cell ("2028年6月30日前"), as a goal's deadline is written."""
    for _, cell in cells:
        if _is_time_cell(cell) and find_time_mentions(cell):
            return cell.strip()
    return None


def _time_limit(cells: list[tuple[int, str]]) -> date | None:
    """A "完成时限" cell ("2018年底前") dates every target of its row."""
    for _, cell in cells:
        if _is_time_cell(cell):
            mentions = find_time_mentions(cell)
            if mentions and mentions[-1].last is not None:
                return mentions[-1].last
    return None


def _is_time_cell(cell: str) -> bool:
    """A cell that only says when ("2018年底前", "2019年6月—12月", "长期坚持")."""
    if _ONGOING_CELL.match(cell):
        return True
    mentions = find_time_mentions(cell)
    if not mentions:
        return False
    rest = cell
    for mention in mentions:
        rest = rest.replace(mention.text, "")
    return not rest.strip(" 前完成底内止以及和、,。;")


@dataclass
class _IndicatorColumns:
    name: int
    unit: int | None
    targets: list[tuple[int, date | None]]
    districts: dict[int, str | None] = field(default_factory=dict)
    lead: int | None = None  # a 牵头单位 / 责任单位 column
    support: int | None = None  # a 配合单位 column
    joint: bool = False  # the lead column is a 责任单位 one and there is no 配合 column
    kinds: list[int] = field(default_factory=list)  # columns that sort the goals ("目标类型")
    place: int | None = None  # a column naming each row's place ("区", "县(市、区)")


# "主责单位", "责任主体", "落实单位" (round 37): the other names a division-of-labour table gives
# the column of the bodies that carry each row out (the labels units._LABELS reads in notes).
# "责任处室", "牵头科室" (B55-9): a department's plan names the column of its own divisions so.
_LEAD_COLUMN = re.compile(
    r"^(?:(?:主要|具体|牵头)?(?:牵头|责任|主办|负责|主责|实施|承办|落实|承担)(?:单位|部门|处室|科室)|"
    r"(?:责任|实施)主体)$"
)
_SUPPORT_COLUMN = re.compile(
    r"^(?:配合|协办|协助|参与|协同|协作|会办|联办)(?:单位|部门|处室|科室)$"
)
# "区", "县(市、区)", "地区": a column naming the place each row's goals are for (a city's table
# of its districts' yearly goals), not a goal column.
_ROW_PLACE_COLUMN = re.compile(
    r"^(?:[市县区镇乡]|地区|区域|县区|区县|县市区|市县区|乡镇|镇街|各区|各县|"
    r"[市县区]\([市县区、]{1,5}\)|乡镇\(街道\)|镇\(街道\)|(?:市县|县市|区县|县区|地区|区域)名称)$"
)
# "指标要求", "目标值": a column of the goals themselves, not of the indicators' names.
_VALUE_COLUMN = re.compile(r"^(?:指标|目标)(?:要求|值|数值)$|^(?:目标)?要求$")
# "目标类型" (A类/B类), "指标属性": a column that sorts the goals, not a goal.
_KIND_COLUMN = re.compile(r"类型|类别|属性|性质")


def _unit_columns(header: list[str]) -> tuple[int | None, int | None]:
    """The lead and support columns of a header. "牵头单位 | 责任单位": beside a 牵头 column, the
    责任单位 column names the units that share the goal, so it is the support column."""
    lead = next((i for i, cell in enumerate(header) if _LEAD_COLUMN.match(cell)), None)
    support = next((i for i, cell in enumerate(header) if _SUPPORT_COLUMN.match(cell)), None)
    first_lead = next((i for i, cell in enumerate(header) if _FIRST_LEAD_COLUMN.match(cell)), None)
    if first_lead is not None:
        lead = first_lead
        if support is None:
            support = next(
                (i for i, cell in enumerate(header) if i != lead and _SHARED_COLUMN.match(cell)),
                None,
            )
    return lead, support


_FIRST_LEAD_COLUMN = re.compile(r"^牵头(?:单位|部门|处室|科室)$")
# A row's words that say who leads ("市甲局(牵头)", "市甲局牵头", "主办:市甲局").
_LEAD_WORD = re.compile(r"牵头|主办|主责")
_SHARED_COLUMN = re.compile(r"^责任(?:单位|部门)$")


def _indicator_columns(header: list[str], ctx: DocContext) -> _IndicatorColumns | None:
    """ "指标 | 单位 | 2015年基数 | 2020年目标": which columns are goals, and for which year."""
    if not any("指标" in cell for cell in header):
        return None
    name = next(
        (i for i, cell in enumerate(header) if "指标" in cell and not _VALUE_COLUMN.match(cell)),
        None,
    )
    if name is None:
        # "任务名称 | 指标要求": the names stand in the column before the goals
        name = next((i for i, cell in enumerate(header) if re.search(r"名称|任务|项目", cell)), 0)
    unit = next((i for i, cell in enumerate(header) if cell in ("单位", "计量单位")), None)
    lead, support = _unit_columns(header)
    place = next(
        (
            i
            for i, cell in enumerate(header)
            if i not in (name, unit) and _ROW_PLACE_COLUMN.match(re.sub(r"\s+", "", cell))
        ),
        None,
    )
    issued = ctx.meta.issued.year if ctx.meta.issued else None
    targets: list[tuple[int, date | None]] = []
    kinds: list[int] = []
    for index, cell in enumerate(header):
        if index in (name, unit, lead, support, place) or _BASELINE_COLUMN.search(cell):
            continue
        if _KIND_COLUMN.search(cell):
            kinds.append(index)
            continue
        if _VALUE_COLUMN.match(cell):
            targets.append((index, ctx.plan_end))
            continue
        year = re.search(r"(?:19|20)\d{2}", cell)
        # A column of the signing year is still ahead (its year end); earlier ones are the past.
        # A plan whose period is known ("十五五", 2026-2030) and no signing date: a column of a year
        # before the period ("2025年") is where it starts from, not a goal.
        before_period = (
            issued is None
            and ctx.meta.period is not None
            and ctx.meta.period[0] < ctx.meta.period[1]
            and year is not None
            and int(year.group(0)) < ctx.meta.period[0]
        )
        if year and (
            ("目标" in cell)
            or (issued is None and not before_period)
            or (issued is not None and int(year.group(0)) >= issued)
        ):
            targets.append((index, date(int(year.group(0)), 12, 31)))
        elif "目标" in cell and not year:
            targets.append((index, ctx.plan_end))
    if targets:
        joint = lead is not None and support is None and header[lead] in JOINT_LABELS
        return _IndicatorColumns(
            name, unit, targets, lead=lead, support=support, kinds=kinds, joint=joint, place=place
        )
    return _place_columns(header, name, unit, ctx)


def _place_columns(
    header: list[str], name: int, unit: int | None, ctx: DocContext
) -> _IndicatorColumns | None:
    """ "指标 | 单位 | 某市 | 甲县 | 乙区": one goal column per place, due at the plan's end."""
    districts: dict[int, str | None] = {}
    for index, cell in enumerate(header):
        if index in (name, unit):
            continue
        place = place_column(cell, ctx)
        if place is False:
            return None  # a column that is not a place: not a split among places
        districts[index] = place
    if len(districts) < 2:
        return None
    targets = [(index, ctx.plan_end) for index in districts]
    return _IndicatorColumns(name, unit, targets, districts)


def _merge_fragments(cells: list[tuple[int, str]], width: int, first: int) -> list[tuple[int, str]]:
    """A cell a web copy broke over two lines ("与上年" / "持平"): join short fragments without a
    number to the next short cell, from the first goal column on, until the row has its width."""
    cells = list(cells)
    index = first
    while len(cells) > width and index < len(cells) - 1:
        head, tail = cells[index][1], cells[index + 1][1]
        if (
            len(head) <= 4
            and not re.search(r"\d", head)
            and len(tail) <= 5
            and not (_is_unit_cell(head) and _is_unit_cell(tail))  # lead and support cells
        ):
            cells[index : index + 2] = [(cells[index][0], head + tail)]
            continue
        index += 1
    return cells


_NAME_UNIT = re.compile(
    r"[((](?P<unit>%|‰|[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{1,4}/[\u4e00-\u9fff]{1,4})[))]$"
)


# A row of an indicator table that only adds up the rows above it ("合计", "总计", "小计").
_SUM_ROW = re.compile(r"^(?:全[市省区县州盟旗])?(?:合计|总计|小计|累计|总量|共计)$")


def _before_the_plan(year: int, ctx: DocContext) -> bool:
    """Whether a column's ``year`` is past when the plan was signed (before its period, when
    no signing date is known): the figures it starts from, not goals."""
    if ctx.meta.issued is not None:
        return year < ctx.meta.issued.year
    period = ctx.meta.period
    return period is not None and period[0] < period[1] and year < period[0]


def _indicator_row(
    number: int, cells: list[tuple[int, str]], columns: _IndicatorColumns, title: str
) -> TableRow:
    width = (
        max(
            [
                columns.name,
                columns.unit or 0,
                columns.lead or 0,
                columns.support or 0,
                *columns.kinds,
                *(i for i, _ in columns.targets),
            ]
        )
        + 1
    )
    cells = _merge_fragments(cells, width, min(index for index, _ in columns.targets))
    texts = [cell for _, cell in cells]
    name = texts[columns.name] if columns.name < len(texts) else ""
    name_offset = cells[columns.name][0] if columns.name < len(cells) else 0
    unit = texts[columns.unit] if columns.unit is not None and columns.unit < len(texts) else None
    if unit is not None and _EMPTY_CELL.match(unit):
        unit = None  # "—" under 单位: the row's unit is in its name's brackets, if anywhere
    bracket = _NAME_UNIT.search(name)
    if unit is None and bracket:
        # "品牌企业(家)": the indicator's unit written after its name
        unit, name = bracket["unit"], name[: bracket.start()]
    row = TableRow(
        number=number, start=cells[0][0] if cells else 0, task=name, section=f"{title} / {number}"
    )
    if (
        columns.lead is not None
        and columns.lead < len(texts)
        and _is_unit_cell(texts[columns.lead])
    ):
        row.lead_units, row.support_units = _lead_cell_units(texts[columns.lead])
        row.joint = (
            columns.joint
            and len(row.lead_units) > 1
            and not row.support_units
            and not _LEAD_WORD.search(texts[columns.lead])
        )
    if (
        columns.support is not None
        and columns.support < len(texts)
        and _is_unit_cell(texts[columns.support])
    ):
        # "市乙局(配合)" without its mark; "市甲局(牵头)" leads, as in a task table's row
        lead, support = _marked_units(texts[columns.support])
        row.lead_units += [unit for unit in lead if unit not in row.lead_units]
        known = row.lead_units + row.support_units
        row.support_units += [unit for unit in support if unit not in known]
    if _SUM_ROW.match(re.sub(r"\s+", "", name)):
        # "合计 | 30 | 40": the rows' indicators added up, no indicator of its own: a goal named
        # 合计 was reminded to its row's units (attack45)
        return row
    for index, deadline in columns.targets:
        if index < len(cells):
            offset, value = cells[index]
            district = columns.districts.get(index)
            row.indicators.append(
                Indicator(offset, name, value, unit, deadline, name_offset, district)
            )
    return row


def _row_of_place(
    row: TableRow, cells: list[tuple[int, str]], place: int | None, ctx: DocContext
) -> TableRow:
    """A row whose place column names a subordinate place ("鹭汀区" under "区"): its goals are
    that place's, not the document's own region's (a total row, 全市 or 合计, stays the
    region's)."""
    if place is None or place >= len(cells):
        return _row_named_for_place(row, ctx)
    district = full_place_name(cells[place][1], ctx)
    if not isinstance(district, str) or district == ctx.region:
        return row
    start = cells[place][0]
    for indicator in row.indicators:
        indicator.district = indicator.district or district
        # the quote opens with the place its row is for
        indicator.name_offset = min(indicator.name_offset, start)
    return row


# "柯城区新增省名牌产品": a row whose name opens with a district or county of the document's
# region.
_OPENING_PLACE = re.compile(r"^(?P<place>[\u4e00-\u9fff]{1,4}?(?:区|县))(?=[\u4e00-\u9fff]{2})")


def _row_named_for_place(row: TableRow, ctx: DocContext) -> TableRow:
    """A row with no place column whose name opens with a subordinate place the gazetteer puts
    in the document's region (柯城区新增省名牌产品 of 衢州市's table): its goals are that
    place's, as a place column's row's are — filed under the city, /targets 柯城区 and the
    district's reminders never found them (trial61 M4)."""
    opening = _OPENING_PLACE.match(row.task or "")
    if opening is None:
        return row
    district = place_column(opening["place"], ctx)
    if not isinstance(district, str) or district == ctx.region:
        return row
    for indicator in row.indicators:
        indicator.district = indicator.district or district
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


# the most characters of a line that may be a table's cell (a name, a figure, a unit)
_SHORT_CELL = 40
# the fewest bare figures, one a line, that make a run of short lines a table's cells
_FIGURE_RUN = 3
_FIGURE_ROWS = 2


@dataclass
class TableBlock:
    """Lines that look like a table (a header row of year columns, or a run of short lines of
    bare figures): where they stand and the first cells that name them."""

    start: int
    end: int
    cells: list[str]


def table_blocks(text: str) -> list[TableBlock]:
    """Every table-like block of ``text``, whether a reader read it or not: what an upload's
    preview checks against what was read, so a table no reader could read is flagged, never
    dropped in silence (trial59)."""
    lines = [
        (offset, line)
        for offset, line in _lines_with_offsets(text)
        if not _RULE_LINE.match(line) and not is_layout_row(line)
    ]
    blocks: list[TableBlock] = []
    index = 0
    while index < len(lines):
        block, index = _table_block(lines, index)
        if block is not None:
            blocks.append(block)
    return blocks


def _table_block(lines: list[tuple[int, str]], index: int) -> tuple[TableBlock | None, int]:
    line = lines[index][1]
    if _CELL_SEPARATOR.search(line):
        cells = _header_cells(line)
        if (
            2 <= len(cells) <= 12
            and all(len(cell) <= 16 for cell in cells)
            and not _is_figure_cell(cells[0])
            and any(_YEAR_CELL.match(cell) for cell in cells[1:])
        ):
            end = index + 1
            while end < len(lines) and _CELL_SEPARATOR.search(lines[end][1]):
                end += 1
            return _block(lines, index, end, cells), end
        return None, index + 1
    header = _short_run(lines, index, _is_header_cell)
    years = sum(1 for _, cell in lines[index + 1 : header] if _YEAR_CELL.match(cell))
    if header - index >= 3 and years >= 1 and not _YEAR_CELL.match(line):
        end = _short_run(lines, header, _is_short_cell)
        cells = [cell for _, cell in lines[index:header]]
        # the header's cells: up to its last year column (the first row's name may follow)
        named = max(i for i, cell in enumerate(cells) if _YEAR_CELL.match(cell)) + 1
        return _block(lines, index, end, cells[:named]), end
    end = _short_run(lines, index, _is_short_cell)
    run = [cell for _, cell in lines[index:end]]
    figures = sum(1 for cell in run if _is_figure_cell(cell))
    # rows: a name (or a unit of measure) then its figure, twice at least (a page's stray
    # counters, "0" / "0" under a site's name, are no table)
    rows = sum(
        1
        for cell, following in itertools.pairwise(run)
        if (_MEASURE_CELL.match(cell) or _is_name_cell(cell)) and _is_figure_cell(following)
    )
    if figures >= _FIGURE_RUN and rows >= _FIGURE_ROWS:
        return _block(lines, index, end, [cell for _, cell in lines[index:end]]), end
    return None, max(end, index + 1)


def _is_header_cell(cell: str) -> bool:
    return len(cell) <= 10 and not _is_figure_cell(cell) and not _is_table_end(cell)


def _is_short_cell(cell: str) -> bool:
    return (
        len(cell) <= _SHORT_CELL
        and not re.search(r"[。;;]", cell)
        and not _is_table_end(cell)
        and not _CELL_SEPARATOR.search(cell)
    )


def _short_run(lines: list[tuple[int, str]], index: int, fits: Callable[[str], bool]) -> int:
    """The index after the lines from ``index`` on that ``fits``; a header's cells stop at the
    first figure or the year columns' end."""
    end = index
    while end < len(lines) and fits(lines[end][1]):
        end += 1
    return end


def _block(lines: list[tuple[int, str]], start: int, end: int, cells: list[str]) -> TableBlock:
    last_offset, last = lines[end - 1]
    return TableBlock(lines[start][0], last_offset + len(last), cells)


def unread_table_note(block: TableBlock) -> str:
    """The preview's note on a table no fact was read from, named by its first cells."""
    named = "|".join(block.cells[:4]) + ("|…" if len(block.cells) > 4 else "")
    return f"表格「{named}」未能读出任何目标或任务,已跳过,请核对(可改为每行一条、单元格以制表符分隔后重新上传)"
