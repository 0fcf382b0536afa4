"""Tables that split a quota among places, copied as bar-separated rows or drawn with boxes.

A province or a city hands down one figure per subordinate place in an attachment:

    单位:万亩
    单 位 | 封山育林 | 备注 |
    总 计 | 25.0 | |
    一、甲市 | 2.5 | |
    乙县 | 2.5 | |

The header names what each value column counts (its unit in brackets, or on a "单位:…" line above
the table); every row names a place (or a body such as a forestry bureau) and gives its figure.
Each non-empty value cell is one target for that place, due at the plan's end; a total row
(总计, 全市) is the document's own figure (district null).  Rows nested under a city (its counties
below it) are read the same way: one target per row at both levels.  Place names are made full by
``place_names``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.extract.numbers import MEASURE_WORDS
from policybot.knowledge.extract.place_names import (
    PLACE_END,
    ROW_NUMBER,
    TOTAL_LABEL,
    full_place_name,
    place_column,
)
from policybot.knowledge.extract.tables import Indicator, Table, TableRow, is_layout_row

# Columns that hold no quota: notes, and the factors a quota is computed from (分配系数, 权重,
# 加权得分), of which only the final column is handed down.
_NOT_A_VALUE_COLUMN = re.compile(
    r"备注|说明|序号|责任单位|牵头单位|配合单位|系数|权重|权数|加权|因素|因子|得分|分值|折算|排名|名次|"
    r"调整数|调增|调减|增减"
)
_MEASURE = "|".join(re.escape(word) for word in sorted(MEASURE_WORDS, key=len, reverse=True))
# A figure, with the measure word a cell may carry ("1.2万亩").
_VALUE = re.compile(
    rf"^(?:≥|≤|>|<|[-−](?=\d))?\s*(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?\s*(?:%|{_MEASURE})?$"
)
# "单位:万亩", also named by what is measured ("面积:万亩", "计量单位:吨", "金额单位:万元").
_TABLE_UNIT = re.compile(
    r"^(?:计量|金额|面积|数量|产量|资金)?(?:单位|面积|金额|数量|产量)\s*[::]\s*(?:[^\s|·]{1,12}·)?(?P<unit>[^\s|·、,]{1,8}(?:[、,][^\s|·、,]{1,8})*)"
)
# "(单位:万亩)" closing a table's title or a column head, or standing alone above the table.
_BRACKET_UNIT = re.compile(
    r"[((]\s*(?:计量|金额)?单位\s*[::]\s*(?P<unit>[^\s|()()、,]{1,8}(?:[、,][^\s|()()、,]{1,8})*)\s*[))]"
)
# "表1 各市任务分解表   单位:万亩": the unit closing the title's line after spaces.
_TRAILING_UNIT = re.compile(
    r"\s(?:计量|金额)?单位\s*[::]\s*(?P<unit>[^\s|()、,]{1,8}(?:[、,][^\s|()、,]{1,8})*)\s*$"
)
# "附表:各市森林质量提升任务(万亩)": a measure word alone in the bracket closing the title.
_TITLE_BRACKET_UNIT = re.compile(
    rf"(?:表|任务|指标|计划|目标)[^()()]{{0,4}}[((]\s*(?P<unit>{_MEASURE})\s*[))]\s*[::]?\s*$"
)
_YEAR = re.compile(r"(?P<year>(?:19|20)\d{2})\s*年(?:度)?")
_YEAR_SPAN_START = re.compile(r"(?:19|20)\d{2}\s*(?:年)?\s*[—\-–~至]\s*(?=(?:19|20)\d{2})")
# The head of a place column standing alone on a line (a table flattened one cell per line).
_PLACE_HEAD_CELL = re.compile(
    r"^(?:[市县区]|地区|区域|行政区(?:划)?|单位|单位名称|地市|市州|市\(州\)|市别|城市|县别|县市区|县\(市、?区\)|"
    r"市县|市县区|县区|区县|乡镇|镇街|乡镇\(街道\)|镇\(街道\)|设区市|各市|各县|"
    # "地级以上市", "省辖市", "县(市)", "市县名称": the place column named by its level
    r"(?:地级|县级|省辖|省直管)(?:以上)?(?:市|城市|县)|[市县区]\([市县区、]{1,5}\)|"
    r"(?:市县|县市|地市|市|县|区|城市|地区|乡镇|单位)名称)$"
)
# ...and the figures a revised quota replaces ("原任务", "调整前").
_BASELINE = re.compile(
    r"基数|基期|现状|基准|现值|实际|完成|预计|上年|现有|已有|存量|可种植|可利用|"
    r"^原(?!煤|油|料|材料|粮)|调整前"
)
# A column that names what is handed down; beside it, the table's other figures (an area that
# could be planted, a population) are the grounds of the quota, not quotas themselves.
_TASK_COLUMN = re.compile(r"任务|目标|指标|计划|下达")
_HEADER_UNIT = re.compile(r"[((](?P<unit>%|‰|[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff/]{1,6})[))]$")
# "播种面积/万亩": a head's measure after a slash (only a measure word: "万元/亩" is a rate).
_SLASH_UNIT = re.compile(rf"[/／](?P<unit>{_MEASURE})$")


def _head_unit(cell: str) -> re.Match[str] | None:
    return _HEADER_UNIT.search(cell) or _SLASH_UNIT.search(cell)


# A column of remarks ("备注", "说明"): a copy may drop its empty cells, and what it holds is text.
_NOTE_HEAD = re.compile(
    r"^(?:备\s*注|说\s*明|备注说明)$|"
    # "责任单位", "牵头单位": the bodies that carry a row out, named in words as a remark is
    r"^(?:牵头|责任|配合|主责|实施)(?:单位|部门)$"
)


def _note_tail(header: list[tuple[int, str]]) -> int:
    """How many columns at the header's end hold remarks ("地区 / 任务 / 备注": 1)."""
    count = 0
    while count < len(header) - 2 and _NOTE_HEAD.match(header[-1 - count][1].strip()):
        count += 1
    return count


def _figures_fit(row: list[tuple[int, str]], figures: int) -> bool:
    """The cells after the place label are figures (or empty, or a dash), except from position
    ``figures`` on (the trailing remark columns), which may hold any text."""
    return all(
        not cell or _VALUE.match(cell) or _PLACEHOLDER.match(cell) or position >= figures
        for position, (_, cell) in enumerate(row[1:], start=1)
    )


def find_place_tables(text: str, ctx: DocContext) -> list[Table]:
    """Every bar-separated or box-drawn table whose rows give one figure per place."""
    lines = _lines(text)
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        line = lines[index][1]
        boxed = bool(_BOX_LINE.match(line))
        if line.strip() == "序号" and "|" not in line:
            table, index = _read_one_cell_per_line(lines, index, ctx)
            tables.extend([table] if table else [])
            continue
        head = _lone_cell(line)
        if head is not None and _is_place_head(head):
            table, after = _read_flat(lines, index, ctx)
            if table is not None:
                tables.append(table)
                index = after
                continue
        spaced = _read_spaced(lines, index, ctx)
        if spaced is not None:
            table, index = spaced
            tables.append(table)
            continue
        if "|" not in line and not boxed:
            index += 1
            continue
        end = index
        while end < len(lines) and (
            _BOX_LINE.match(lines[end][1]) if boxed else "|" in lines[end][1]
        ):
            end += 1
        block, above = lines[index:end], _context_lines(lines, index)
        if boxed and not any(_is_rule_line(line) for _, line in block):
            # "┃宝应县│1.5│ │100┃" without rules: cells are as plain as a bar row's.
            block = [(offset, _BOX_VERTICAL.sub("|", line)) for offset, line in block]
            boxed = False
        table = _read_box(block, above, ctx) if boxed else _read_block(block, above, ctx)
        if table is None and boxed:
            # Rules only at the top or only under the header ("┏━┯━┓", then rows without rules):
            # the columns cannot be measured, but the cells are as plain as a bar row's.
            plain = [(o, _BOX_VERTICAL.sub("|", ln)) for o, ln in block if not _is_rule_line(ln)]
            table = _read_block(plain, above, ctx) if plain else None
        if table is not None:
            tables.append(table)
        index = end
    return tables


def _lines(text: str) -> list[tuple[int, str]]:
    result: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip() and not is_layout_row(line):
            # Markdown's bold ("| **地区** |") blanked out, keeping every offset in place.
            result.append((offset, line.replace("**", "  ")))
        offset += len(line) + 1
    return result


def _lone_cell(line: str) -> str | None:
    """The one cell of a line that holds one ("地区", "地区 |"), else None."""
    cells = [cell.strip() for cell in line.split("|") if cell.strip()]
    return cells[0] if len(cells) == 1 else None


_PLACEHOLDER = re.compile(r"^[—\-/]$")
# A line holding only a bar: a cell separator of a table copied one cell per line ("甲县 / | / 5 / |").
_BAR_ONLY = re.compile(r"^\s*\|\s*$")


def _read_flat(
    lines: list[tuple[int, str]], index: int, ctx: DocContext
) -> tuple[Table | None, int]:
    """ "地区 / 任务(万亩) / 甲县 / 5 / 乙县 / 6": a table flattened one cell per line, without a
    serial-number column.  A row is a place label and its values, so the distance between the
    first two place labels is the row's width; the header is what precedes the first row (of a
    two-level header, whose group cells such as "其中" were merged, the last cells are the
    columns').  Reading stops at the first row that does not look so: a lost cell would misplace
    every figure after it."""
    cells: list[tuple[int, str]] = []
    line_of: list[int] = []  # the line each cell stands on (a lone "|" between cells is skipped)
    opens_row: list[bool] = []  # the cell's line does not open with a bar: a row starts there
    for position, (offset, line) in enumerate(lines[index : index + 400]):
        if _BAR_ONLY.match(line) and cells:
            continue  # "设区市 / | / 补充耕地面积 / |": the bar that closed each cell of the copy
        cell = _lone_cell(line)
        if cell is None:
            break
        cells.append((offset + line.find(cell), cell))
        line_of.append(position)
        opens_row.append(not line.lstrip().startswith("|"))
    first = next(
        (
            position
            for position in range(2, min(len(cells) - 1, 16))
            if _is_place_label(cells[position][1], ctx) and _VALUE.match(cells[position + 1][1])
        ),
        None,
    )
    if first is None or not _is_flat_header(cells[:first]):
        return None, index + 1
    width = next(
        (
            position - first
            for position in range(first + 2, min(len(cells), first + 16))
            if _is_place_label(cells[position][1], ctx) and not _VALUE.match(cells[position][1])
        ),
        first,
    )
    if width > first:
        return None, index + 1
    header = (
        _grouped_header(cells[:first], opens_row[:first], width)
        or _wrapped_heads(cells[:first], width)
        or [cells[0], *cells[first - width + 1 : first]]
    )
    notes = _note_tail(cells[:first])
    if notes and width > 1 and _VALUE.match(cells[first + width - 1][1]):
        # "地区 / 任务 / 备注 / 甲县 / 5 / 乙县 / 6": the rows' empty remarks were dropped.
        header = [cells[0], *cells[first - notes - width + 1 : first - notes]]
        if len(header) < 2 or first - notes - width + 1 < 1:
            return None, index + 1
    figures = len(header) - _note_tail(header)
    if first - width >= 1 and _HEADER_UNIT.fullmatch(header[1][1]):
        # "播种面积 / (万亩)": a head wrapped onto its own line before its unit.
        head_offset, head = cells[first - width]
        header[1] = (head_offset, head + header[1][1])
    data: list[list[tuple[int, str]]] = []
    cursor = first
    while cursor + width <= len(cells) + width - 2:
        row = cells[cursor : cursor + width]
        if len(row) < width:
            # The last row of a table copied onto one line lacks the empty cell that closed the
            # rows before it ("…| 丙县 | 6 | 7 |" after "… | 7 | | 乙县 |…"): it is padded.
            if cursor + len(row) != len(cells) or not all(_VALUE.match(c) for _, c in row[1:]):
                break
            row = row + [(row[-1][0], "")] * (width - len(row))
        if not _is_place_label(row[0][1], ctx):
            break
        if not _figures_fit(row, figures):
            # A row whose empty cells the copy dropped ("乙县 / 5 / 丙县 / 6 / 7"): its figures
            # cannot be placed in columns; the next place label after them starts the next row.
            short = next(
                (
                    position
                    for position in range(2, width)
                    if _is_place_label(row[position][1], ctx)
                    and not _VALUE.match(row[position][1])
                    and all(_VALUE.match(cell) for _, cell in row[1:position])
                ),
                None,
            )
            if short is None:
                break
            cursor += short
            continue
        data.append(row)
        cursor += width
    above = _context_lines(lines, index)
    unit_line = _unit_line(above)
    title = next((line.strip(" |") for line in reversed(above) if "表" in line), "")
    consumed = line_of[min(cursor, len(line_of)) - 1] + 1
    block = lines[index : index + consumed]
    return _place_table(block, header, data, title, unit_line, ctx), index + max(consumed, 1)


def _is_flat_header(cells: list[tuple[int, str]]) -> bool:
    """The heads of a table flattened one cell per line: column heads (``_is_header``), or heads
    that carry a weight or a range ("基本农田面积(30%)", "连片1000-3000亩") under a place head
    ("市别"); no head is a bare figure."""
    if _is_header(cells):
        return True
    return (
        len(cells) >= 3
        and bool(_PLACE_HEAD_CELL.match(re.sub(r"\s+", "", cells[0][1])))
        and all(re.search(r"[\u4e00-\u9fff]{2}", cell) for _, cell in cells)
    )


# The head of a column group whose own columns stand in the header's second row ("分配因素",
# "其中", "分项").
_GROUP_HEAD = re.compile(r"因素|因子|其中|分项|构成")


def _grouped_header(
    cells: list[tuple[int, str]], opens_row: list[bool], width: int
) -> list[tuple[int, str]] | None:
    """A two-row header flattened one cell per line ("市别 / | 分配因素 / | 调整后面积 / | /
    基本农田面积 / | 粮食面积 / |"): the second row (its first line opens without a bar) holds the
    columns of the one group head of the first, which take the group's place.  A column under a
    group that hands nothing down (分配因素) is named by the group too, so that it is left out.
    None when the heads do not show such a shape."""
    second = next((i for i in range(2, len(cells)) if opens_row[i]), None)
    if second is None:
        return None
    upper, lower = cells[1:second], cells[second:]
    groups = [i for i, (_, cell) in enumerate(upper) if _GROUP_HEAD.search(cell)]
    if len(groups) != 1 or len(upper) - 1 + len(lower) != width - 1:
        return None
    group = groups[0]
    group_head = upper[group][1]
    named = [
        (offset, f"{group_head}:{cell}" if _NOT_A_VALUE_COLUMN.search(group_head) else cell)
        for offset, cell in lower
    ]
    return [cells[0], *upper[:group], *named, *upper[group + 1 :]]


def _wrapped_heads(cells: list[tuple[int, str]], width: int) -> list[tuple[int, str]] | None:
    """Heads wrapped over several lines, each closed by its unit ("补充耕地任务数 / (亩) /
    高标准基本农田 / 建设任务数 / (亩)"): the lines up to each unit are one head.  None unless
    the units close exactly as many heads as the rows have figures."""
    heads: list[tuple[int, str]] = []
    pending: list[tuple[int, str]] = []
    for offset, cell in cells[1:]:
        pending.append((offset, cell))
        if _HEADER_UNIT.fullmatch(cell):
            heads.append((pending[0][0], "".join(part for _, part in pending)))
            pending = []
    if pending or len(heads) != width - 1 or len(heads) == len(cells) - 1:
        return None
    return [cells[0], *heads]


def _is_place_head(cell: str) -> bool:
    """The head of a place column: "地区", "市(州)", "县(市、区)", "单位名称" (no figures)."""
    cell = re.sub(r"\s+", "", cell)
    if re.search(r"[::]", cell):
        return False  # "单位:万亩" names the table's unit, it heads no column
    return bool(_PLACE_HEAD_CELL.match(cell)) or (
        len(cell) <= 8
        and bool(_PLACE_HEADER.search(cell))
        and not re.search(r"\d", cell)
        and bool(re.search(r"地区|区域|单位|[省市县区州镇乡旗]\W*[、(]", cell))
    )


def _spaced_cells(offset: int, line: str) -> list[tuple[int, str]]:
    """Cells separated by spaces; where tabs separate them, an empty cell between two tabs
    holds its column's place."""
    if "\t" not in line:
        return [(offset + match.start(), match.group(0)) for match in re.finditer(r"\S+", line)]
    cells: list[tuple[int, str]] = []
    position = 0
    for part in line.rstrip().split("\t"):
        cells.append((offset + position + len(part) - len(part.lstrip()), part.strip()))
        position += len(part) + 1
    return cells if cells and cells[0][1] else cells[1:]


def _read_spaced(
    lines: list[tuple[int, str]], index: int, ctx: DocContext
) -> tuple[Table, int] | None:
    """ "县市区 造林面积 义务植树" then "甲县 3.0 80": columns separated by spaces or tabs; every
    row has the header's width, a place label first and values after it."""
    offset, line = lines[index]
    if "|" in line:
        return None
    header = _spaced_cells(offset, line)
    serial = bool(header) and header[0][1] in ("序号", "编号")
    header = header[1:] if serial else header
    if _under_empty_head(header, lines[index + 1 : index + 2], serial, ctx):
        # "\t播种面积\t产量" (the leading tab lost): the place column's head was left empty;
        # its rows must then be places the gazetteer knows (see ``_unnamed_place_column``).
        header = [(offset, ""), *header]
    elif not header or not _PLACE_HEAD_CELL.match(header[0][1]):
        return None
    if len(header) < 2 or not _is_header(header):
        return None
    data: list[list[tuple[int, str]]] = []
    figures = len(header) - _note_tail(header)
    cursor = index + 1
    while cursor < len(lines):
        row = _spaced_cells(*lines[cursor])
        if serial and row and re.fullmatch(r"\d{1,3}", row[0][1]):
            row = row[1:]
        if not row or not _is_place_label(row[0][1], ctx):
            break
        if not _figures_fit(row, figures):
            break
        cursor += 1
        if figures < len(header) and figures <= len(row) != len(header):
            # The remarks are text of their own: missing (an empty cell dropped) or spaced.
            row = [*row[:figures], (row[-1][0], " ".join(c for _, c in row[figures:]))]
            row += [(row[-1][0], "")] * (len(header) - len(row))
        if len(row) < len(header) and len(row) >= 2:
            continue  # an empty cell lost between spaces: which column is which is unknown
        if len(row) != len(header):
            break
        data.append(row)
    above = _context_lines(lines, index)
    unit_line = _unit_line(above)
    title = next((line.strip(" |") for line in reversed(above) if "表" in line), "")
    table = _place_table(lines[index:cursor], header, data, title, unit_line, ctx)
    return (table, cursor) if table is not None else None


def _unit_line(lines: list[str]) -> str | None:
    """The table's unit as the lines around it name it: "单位:万亩" opening a line, or
    "(单位:万亩)" anywhere in one (after the title, in the place column's head)."""
    for line in lines:
        match = (
            _TABLE_UNIT.match(line.strip(" |"))
            or _BRACKET_UNIT.search(line)
            or _TRAILING_UNIT.search(line.strip(" |"))
            or _TITLE_BRACKET_UNIT.search(line.strip(" |"))
        )
        if match:
            return match["unit"]
    return None


def _under_empty_head(
    header: list[tuple[int, str]], following: list[tuple[int, str]], serial: bool, ctx: DocContext
) -> bool:
    """A head row one cell short of the row under it, which opens with a known place and goes on
    with figures only: the head of the place column is empty."""
    if serial or len(header) < 2 or not following or len(following[0][1]) > 200:
        return False
    if _PLACE_HEAD_CELL.match(header[0][1]) or not _is_header(header):
        return False
    row = _spaced_cells(*following[0])
    return (
        len(row) == len(header) + 1
        and _is_real_place(row[0][1], ctx)
        and all(_VALUE.match(cell) for _, cell in row[1:])
    )


def _context_lines(lines: list[tuple[int, str]], index: int) -> list[str]:
    """The lines just above a table: its title and a "单位:万亩" line."""
    return [line for _, line in lines[max(0, index - 3) : index]]


def _cells(offset: int, line: str, opened: bool = False) -> list[tuple[int, str]]:
    """Cells of a bar row with their offsets; empty cells are kept (they hold a column's place),
    the empty remainder after the last bar is not."""
    cells: list[tuple[int, str]] = []
    position = 0
    parts = line.split("|")
    while parts and not parts[-1].strip():
        parts.pop()
    if opened and len(parts) > 1 and not parts[0].strip():
        # "| 地区 | 任务 |" in a table whose every row opens with a bar: no cell before it (in
        # other tables " | 成片造林 | …" is a sub-header row whose first cell is empty).
        position = len(parts[0]) + 1
        parts = parts[1:]
    for part in parts:
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        cells.append((offset + position + lead, stripped))
        position += len(part) + 1
    return cells


def _read_block(block: list[tuple[int, str]], above: list[str], ctx: DocContext) -> Table | None:
    opened = all(line.strip().startswith("|") for _, line in block)
    rows = [_cells(offset, line, opened) for offset, line in block]
    firsts = [row[0][1] for row in rows if row]
    unit_line = _unit_line([*above, *firsts])
    title = next((line.strip(" |") for line in [*above, *firsts] if "表" in line), "")
    header_index = next((i for i, row in enumerate(rows) if _is_header(row)), None)
    if header_index is None:
        return None
    rows = rows[:header_index] + _county_under_city(rows[header_index:])
    data = [row for row in rows[header_index + 1 :] if _is_data_row(_without_serial(row))]
    header = _with_sub_header(rows[header_index], rows[header_index + 1 : header_index + 2])
    table = _place_table(block, header, data, title, unit_line, ctx)
    if table is None:
        table = _transposed(block, rows[header_index:], title, unit_line, ctx)
    return table


def _county_under_city(rows: list[list[tuple[int, str]]]) -> list[list[tuple[int, str]]]:
    """ "设区市 | 县(市、区) | 任务 |" over "甲市 | 乙县 | 30 |", " | 丙县 | 20 |": two place
    columns, the city's cell merged over its counties.  Each row is named by its county, or by its
    city where the county cell is empty or a subtotal (小计); the city column is dropped."""
    header = rows[0]
    first = 1 if header and header[0][1] in ("序号", "编号") else 0
    heads = [re.sub(r"\s+", "", cell) for _, cell in header[first : first + 2]]
    if len(header) < first + 3 or not all(
        _PLACE_HEAD_CELL.match(head) and not head.startswith("单位") for head in heads
    ):
        return rows
    result = [header[: first + 1] + header[first + 2 :]]
    city: tuple[int, str] | None = None
    for row in rows[1:]:
        if len(row) < first + 2:
            result.append(row)
            continue
        city = row[first] if row[first][1] else city
        county = row[first + 1]
        label = county if county[1] and county[1] not in ("小计", "合计") else city
        result.append([*row[:first], label or county, *row[first + 2 :]])
    return result


def _with_sub_header(
    header: list[tuple[int, str]], following: list[list[tuple[int, str]]]
) -> list[tuple[int, str]]:
    """A two-row header ("县(市、区) | 造林绿化 | | 义务植树 |" over " | 成片造林 | 农田林网 | |"):
    each column is named by its lower cell where it has one, else by the upper."""
    if not following:
        return header
    sub = following[0]
    if len(sub) > len(header) and sub[0][1] == "" and header:
        # "地区 | 粮食生产 | |" over " | 播种面积 | 产量 |": the upper row's empty last cells
        # (under its merged group) were dropped with the row's end.
        header = header + [(offset, "") for offset, _ in sub[len(header) :]]
    if sub and re.fullmatch(r"(?:计量)?单位", re.sub(r"\s+", "", sub[0][1])):
        # "单位 | 万亩 | 万吨 |" under the heads: each column's measure, not its name.
        return [
            (offset, f"{upper}({sub[index][1]})")
            if index and index < len(sub) and sub[index][1] and upper
            else (offset, upper)
            for index, (offset, upper) in enumerate(header)
        ]
    if len(sub) > len(header) or any(re.search(r"\d", cell) for _, cell in sub):
        return header
    sub = sub + [(0, "")] * (len(header) - len(sub))  # its empty last cells were not kept
    if not any(cell for _, cell in sub[1:]):
        return header
    return [
        (offset, upper + lower if _HEADER_UNIT.fullmatch(lower) else lower or upper)
        if index
        else (offset, upper or lower)
        for index, ((offset, upper), (_, lower)) in enumerate(zip(header, sub, strict=True))
    ]


def _transposed(
    block: list[tuple[int, str]],
    rows: list[list[tuple[int, str]]],
    title: str,
    unit_line: str | None,
    ctx: DocContext,
) -> Table | None:
    """ "项目 | 甲市 | 乙市 |" over "造林任务 | 12 | 8 |": places as columns, one row per
    measure; each value cell is that measure's quota for its column's place.  Factor and
    baseline rows (分配系数, 基数) are not quotas."""
    header = _without_serial(rows[0])
    places = [(index, cell) for index, (_, cell) in enumerate(header) if index and cell]
    real = sum(1 for _, cell in places if _is_real_place(cell, ctx))
    if len(places) < 2 or real < 2 or real * 3 < len(places) * 2:
        return None
    deadline = _title_year_end(title) or ctx.plan_end
    table_rows: list[TableRow] = []
    for number, raw in enumerate(rows[1:], 1):
        row = _without_serial(raw)
        if len(row) < 2 or not _is_data_row(row):
            continue
        label_offset, label = row[0]
        if _NOT_A_VALUE_COLUMN.search(label) or _BASELINE.search(label):
            continue
        bracket = _HEADER_UNIT.search(label)
        subject = label[: bracket.start()] if bracket else label
        row_year = re.fullmatch(r"(?P<year>(?:19|20)\d{2})\s*年?(?:度)?", subject.strip())
        row_deadline = deadline
        if row_year:
            # "年份 | 甲市 | 乙市" over "2032年 | 125 | 155": one row per year of the split.
            row_deadline, subject = date(int(row_year["year"]), 12, 31), ""
        table_row = TableRow(number=number, start=label_offset, task=label, section=title or None)
        for index, place_label in places:
            if index >= len(row) or not _assigns(row[index][1]):
                continue
            district = full_place_name(place_label, ctx)
            if district is False:
                continue
            offset, value = row[index]
            table_row.indicators.append(
                Indicator(
                    offset,
                    subject or _title_subject(title),
                    value.replace(",", ""),
                    bracket["unit"] if bracket else next(iter(_unit_list(unit_line)), None),
                    row_deadline,
                    label_offset,
                    district if isinstance(district, str) else None,
                )
            )
        table_rows.append(table_row)
    if not any(row.indicators for row in table_rows):
        return None
    return Table(block[0][0], block[-1][0] + len(block[-1][1]), [], table_rows)


def _read_one_cell_per_line(
    lines: list[tuple[int, str]], index: int, ctx: DocContext
) -> tuple[Table | None, int]:
    """ "序号 / 地区 / 2019年目标 / 1 / 甲县 / 5 / 2 / 乙县 / 6": a table flattened one cell per line.

    Rows are read by the header's width; a row whose next serial number is not where the width
    puts it lost a cell in the copy, and the table is read no further (a guess would misplace
    every figure after it)."""
    cursor = index + 1
    header: list[tuple[int, str]] = []
    while (
        cursor < len(lines)
        and lines[cursor][1].strip() != "1"
        and not _is_total_cell(lines[cursor][1])
        and len(header) < 12
    ):
        header.append((lines[cursor][0], lines[cursor][1].strip()))
        cursor += 1
    if not header or not _PLACE_HEADER.search(header[0][1]) or len(header[0][1]) > 10:
        return None, index + 1
    if not _is_header(header):
        return None, index + 1
    width = len(header)
    data: list[list[tuple[int, str]]] = []
    total, cursor = _flat_total_row(lines, cursor, width)
    data.extend(total)
    expected = 1
    notes = _note_tail(header[1:] if header[0][1] in ("序号", "编号") else header)
    while cursor + width < len(lines) + 1 and lines[cursor][1].strip() == str(expected):
        size = _row_size(lines, cursor, width, notes, expected)
        row = [(offset, line.strip()) for offset, line in lines[cursor + 1 : cursor + 1 + size]]
        following = lines[cursor + 1 + size][1].strip() if cursor + 1 + size < len(lines) else ""
        row += [(row[-1][0], "")] * (width - size) if row else []
        ends = following != str(expected + 1)
        closing = ends and _is_total_cell(following)
        if len(row) < width or (ends and not closing and not _ends_table(following)):
            break  # the next row's number is not where it should be: a cell was lost
        data.append(row)
        cursor += 1 + size
        expected += 1
        if closing:
            total, cursor = _flat_total_row(lines, cursor, width)
            data.extend(total)
        if ends:
            break
    data = [row for row in data if _is_data_row(row)]
    above = _context_lines(lines, index)
    unit_line = _unit_line(above)
    title = next((line for line in reversed(above) if "表" in line), "")
    block = lines[index:cursor] or lines[index : index + 1]
    return _place_table(block, header, data, title, unit_line, ctx), max(cursor, index + 1)


def _row_size(
    lines: list[tuple[int, str]], cursor: int, width: int, notes: int, expected: int
) -> int:
    """How many cells the row at ``cursor`` (its serial number) holds: the header's width, or
    fewer by the trailing remarks whose empty cells the copy dropped, as the next serial number
    (or the table's end) shows."""
    sizes = range(width, width - notes - 1, -1)

    def following(size: int) -> str:
        return lines[cursor + 1 + size][1].strip() if cursor + 1 + size < len(lines) else ""

    for size in sizes:
        if following(size) == str(expected + 1):
            return size
    for size in sizes:
        if cursor + size >= len(lines):
            continue  # the text ends before the row would
        last = lines[cursor + size][1].strip()
        after = following(size)
        if size > width - notes and (_ends_table(last) or _is_total_cell(last)):
            continue  # the remark's place holds what follows the table
        if not after or _is_total_cell(after) or _ends_table(after):
            return size
    return width


def _is_total_cell(line: str) -> bool:
    return bool(TOTAL_LABEL.match(re.sub(r"\s+", "", line)))


def _flat_total_row(
    lines: list[tuple[int, str]], cursor: int, width: int
) -> tuple[list[list[tuple[int, str]]], int]:
    """ "合计 / 380" without a serial number (its label spans the serial and place cells), first
    or last in a table flattened one cell per line: the row and the cursor after it."""
    if cursor >= len(lines) or not _is_total_cell(lines[cursor][1]):
        return [], cursor
    row = [(offset, line.strip()) for offset, line in lines[cursor : cursor + width]]
    if len(row) < width or not all(_VALUE.match(cell) for _, cell in row[1:]):
        return [], cursor
    return [row], cursor + width


def _ends_table(line: str) -> bool:
    """What may follow a table's last row: nothing, prose, a heading, a date, an attachment."""
    return (
        not line
        or len(line) > 12
        or bool(re.match(r"^(?:[一二三四五六七八九十]+、|附件|(?:19|20)\d{2}年|抄送|注[::])", line))
    )


def _without_serial(row: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A row without its serial-number cell ("1 | 甲县 | 5")."""
    return row[1:] if len(row) > 1 and re.fullmatch(r"\d{1,3}", row[0][1]) else row


def _total_in_serial_column(row: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """ "合计 | | 380": a total written across the serial and the place columns (merged cells)
    gives its figures from the same columns as the rows above it."""
    if len(row) > 2 and TOTAL_LABEL.match(re.sub(r"\s+", "", row[0][1])) and not row[1][1]:
        return [row[0], *row[2:]]
    return row


def _place_table(
    block: list[tuple[int, str]],
    header: list[tuple[int, str]],
    data: list[list[tuple[int, str]]],
    title: str,
    unit_line: str | None,
    ctx: DocContext,
) -> Table | None:
    """The table when its header and its rows say it splits figures among places, else None."""
    if header and header[0][1] in ("序号", "编号"):
        header = header[1:]
        data = [_total_in_serial_column(_without_serial(row)) for row in data]
    if len(data) < 2 or not header:
        return None
    if not _PLACE_HEADER.search(header[0][1]) and not _unnamed_place_column(header, data, ctx):
        return None
    if not _rows_name_places(data, ctx):
        return None
    columns = _value_columns(header, unit_line, ctx)
    if not columns:
        return None
    return _table(block, data, columns, title, ctx)


@dataclass(frozen=True)
class _Column:
    index: int
    subject: str
    unit: str | None
    deadline: date | None  # a year column's own year end


def _table(
    block: list[tuple[int, str]],
    data: list[list[tuple[int, str]]],
    columns: list[_Column],
    title: str,
    ctx: DocContext,
) -> Table:
    """One target per non-empty value cell of each place row."""
    deadline = _title_year_end(title) or ctx.plan_end
    table_rows: list[TableRow] = []
    for number, row in enumerate(data, 1):
        label_offset, label = row[0]
        district = full_place_name(label, ctx)
        if district is False:
            continue
        section = f"{title or '分配表'} / {label}"
        table_row = TableRow(number=number, start=label_offset, task=label, section=section)
        for column in columns:
            if column.index >= len(row) or not _assigns(row[column.index][1]):
                continue
            offset, value = row[column.index]
            value = value.replace(",", "")
            table_row.indicators.append(
                Indicator(
                    offset,
                    column.subject or _title_subject(title) or label,
                    value,
                    column.unit,
                    column.deadline or deadline,
                    label_offset,
                    district if isinstance(district, str) else None,
                )
            )
        table_rows.append(table_row)
    start, end = block[0][0], block[-1][0] + len(block[-1][1])
    return Table(start, end, [], table_rows)


def _assigns(value: str) -> bool:
    """A cell that hands a place something: not empty, and not 0 ("0.00" assigns nothing)."""
    number = re.search(r"\d[\d,]*(?:\.\d+)?", value)
    if _PLACEHOLDER.match(value):
        return False  # "—": nothing for this place
    return (number is None and bool(value)) or (
        number is not None and float(number.group(0).replace(",", "")) > 0
    )


def _title_subject(title: str) -> str:
    """What a table counts, from its title ("2019年度能耗目标分解表" -> 能耗)."""
    title = re.sub(r"\s*[((][^()()]{1,12}[))]\s*[::]?\s*$", "", title.strip())  # "(万亩)"
    subject = re.sub(
        r"^(?:附件|附表|表)\s*\d*\s*[::]?|(?:19|20)\d{2}年(?:度)?|(?:目标|任务|指标)?(?:分解|分配)?表$",
        "",
        title,
    )
    # "各市森林质量提升任务": the places the table splits among are its rows, not its subject
    subject = re.sub(r"^\s*各(?:市|县|区|地|市州|县市区|县\(市、?区\))\s*", "", subject)
    return subject.strip()


# The head of the first column of a table that splits among places: "地区", "单位", "县(市、区)".
_PLACE_HEADER = re.compile(r"地区|单位|区域|地方|[省市县区州镇乡旗]|街道")


def _unnamed_place_column(
    header: list[tuple[int, str]], data: list[list[tuple[int, str]]], ctx: DocContext
) -> bool:
    """A first column headed by nothing or by a generic word ("项 目", a merged cell) still holds
    places when at least two of its rows are places the gazetteer knows."""
    head = re.sub(r"\s+", "", header[0][1])
    if head not in ("", "项目", "名称", "类别", "类型"):
        return False
    return sum(1 for row in data if _is_real_place(row[0][1], ctx)) >= 2


def _rows_name_places(data: list[list[tuple[int, str]]], ctx: DocContext) -> bool:
    """Most row labels are places, totals, bodies or short place names (not indicators such as
    "GDP增速" or "城镇居民人均可支配收入")."""
    named = sum(1 for row in data if _is_place_label(row[0][1], ctx))
    return named * 2 >= len(data)


def _is_real_place(cell: str, ctx: DocContext) -> bool:
    """A column head that names a place the gazetteer knows (or a total), not a word that
    merely ends like one ("单位", "目标值")."""
    label = re.sub(r"\s+", "", cell)
    return (
        bool(TOTAL_LABEL.match(label))
        or bool(gazetteer().lookup(label))
        or isinstance(place_column(label, ctx), str)
    )


def _is_place_label(cell: str, ctx: DocContext) -> bool:
    """A place, a total, a body or a short place name ("城厢") heading a row."""
    label = re.sub(r"\s+", "", ROW_NUMBER.sub("", cell.strip()))
    base = re.sub(r"\(.*\)$", "", label)
    return bool(
        TOTAL_LABEL.match(base)
        or (PLACE_END.search(base) and len(base) <= 14)
        or isinstance(place_column(base, ctx), str)
        or re.fullmatch(r"[\u4e00-\u9fff]{2,3}", base)
    )


def _title_year_end(title: str) -> date | None:
    """ "2000年某市粮食考评指标表": a table named for one year holds that year's figures."""
    if re.search(r"(?:19|20)\d{2}\s*[—\-–~至到]", title):
        return None
    years = set(re.findall(r"((?:19|20)\d{2})年", title))
    return date(int(years.pop()), 12, 31) if len(years) == 1 else None


def _is_header(row: list[tuple[int, str]]) -> bool:
    """Column heads: no numbers in them, except the years of year columns."""
    texts = [_YEAR.sub("", _YEAR_SPAN_START.sub("", cell)) for _, cell in row if cell]
    return len(texts) >= 2 and not any(re.search(r"\d", cell) for cell in texts)


def _is_data_row(row: list[tuple[int, str]]) -> bool:
    if len(row) < 2 or not row[0][1] or _VALUE.match(row[0][1]):
        return False
    return any(_VALUE.match(cell) for _, cell in row[1:])


def _value_columns(
    header: list[tuple[int, str]], unit_line: str | None, ctx: DocContext
) -> list[_Column]:
    """The value columns of a header: what each counts, its unit, and its year if it names one;
    a column of a past year or of a baseline (基数, 现状, 上年) is not a goal."""
    issued = ctx.meta.issued.year if ctx.meta.issued else None
    units = _unit_list(unit_line)
    columns: list[_Column] = []
    for index, (_, cell) in enumerate(header):
        if index == 0 or not cell or _NOT_A_VALUE_COLUMN.search(cell) or _BASELINE.search(cell):
            continue
        years = list(_YEAR.finditer(cell))
        year = years[-1] if years else None  # "2016年-2020年任务": the span's end
        if year and issued and int(year["year"]) < issued:
            continue
        bracket = _head_unit(cell)
        subject = cell[: bracket.start()] if bracket else cell
        subject = _YEAR.sub("", _YEAR_SPAN_START.sub("", subject))
        subject = re.sub(r"(?:目标|任务|指标)(?:值)?$", "", subject).strip()
        columns.append(
            _Column(index, subject, None, date(int(year["year"]), 12, 31) if year else None)
        )
    tasks = [column for column in columns if _TASK_COLUMN.search(header[column.index][1])]
    if tasks and len(tasks) < len(columns):
        columns = tasks
    return [
        replace(column, unit=_column_unit(header[column.index][1], units, position, len(columns)))
        for position, column in enumerate(columns)
    ]


def _unit_list(unit_line: str | None) -> list[str]:
    """ "万亩、万株" -> both units (one per column, see ``_column_unit``)."""
    return [unit for unit in re.split(r"[、,/]", unit_line or "") if unit]


# A column whose head names trees or people counts in 株 or 人 even when the table's unit line
# lists an area first ("单位:万亩、万株").
_UNIT_CUES = (("株", re.compile(r"植树|树|苗|株")), ("人", re.compile(r"人")))


def _column_unit(cell: str, units: list[str], position: int, count: int) -> str | None:
    """The unit of one value column: its own "(万亩)", else the table's: one unit for all, one
    per column when the unit line lists as many as there are columns, else the one the head's
    words call for, else the first."""
    bracket = _head_unit(cell)
    if bracket:
        return bracket["unit"]
    if len(units) <= 1:
        return units[0] if units else None
    if len(units) == count:
        return units[position]
    for ending, cue in _UNIT_CUES:
        if cue.search(cell):
            chosen = next((unit for unit in units if unit.endswith(ending)), None)
            if chosen:
                return chosen
    return units[0]


# --- box-drawn tables -----------------------------------------------------------------------------
#
#     ┏━━━━━┯━━┯━━━━━━━━━━┓
#     ┃ │播种│ 总量平衡 ┃
#     ┃ │面积├───┬──────┤
#     ┃地区│(万│总销售│ 收支缺口 ┃
#     ┃ │亩)│ │ ┃
#     ┠─────┼──┼───┼──────┨
#     ┃全市合计 │235 │825 │17250 ┃
#
# Web copies collapse the spaces inside cells, so text cannot be placed by its width; the
# horizontal rules can (they are never collapsed).  The rule under the header gives every
# column's width; the top rule, and each rule inside the header, tell which columns a header cell
# spans, and the header text of a column is what stands in the cells above it, top to bottom.

_BOX_LINE = re.compile(r"^[┏┃┠┗│├┣]")
_BOX_VERTICAL = re.compile(r"[┃│├┤┬┴┼┠┨┏┓┗┛┯┷┣┫]")
_RULE = re.compile(r"^[━─┄┈═]+$")


def _read_box(block: list[tuple[int, str]], above: list[str], ctx: DocContext) -> Table | None:
    rules = [i for i, (_, line) in enumerate(block) if _is_rule_line(line)]
    body_rule = next((i for i in rules if i + 1 < len(block) and _box_data_row(block[i + 1])), None)
    if body_rule is None or not rules or rules[0] >= body_rule:
        return None
    widths = _rule_widths(block[body_rule][1])
    top = _rule_widths(block[rules[0]][1])
    if len(widths) < 2 or not top:
        return None
    header_text = _box_header(
        [line for _, line in block[rules[0] + 1 : body_rule]], widths, _spans(top, widths)
    )
    unit_line = _unit_line(above)
    title = next((line for line in reversed(above) if "表" in line), "")
    columns: list[_Column] = []
    for index, text in enumerate(header_text):
        if index == 0 or not text or _NOT_A_VALUE_COLUMN.search(text):
            continue
        measure = _measure_in(text)
        subject = re.sub(rf"\([^()]*{re.escape(measure)}[^()]*\)", "", text) if measure else text
        columns.append(_Column(index, subject or text, measure or unit_line, None))
    data = [
        cells
        for offset, line in block[body_rule + 1 :]
        if not _is_rule_line(line) and len(cells := _box_cells(offset, line)) == len(widths)
    ]
    data = [row for row in data if _is_data_row(row)]
    if len(data) < 2 or not columns or not _PLACE_HEADER.search(header_text[0]):
        return None
    if not _rows_name_places(data, ctx):
        return None
    return _table(block, data, columns, title, ctx)


def _is_rule_line(line: str) -> bool:
    inner = _BOX_VERTICAL.sub("", line.strip())
    return bool(inner) and bool(_RULE.match(inner))


def _rule_widths(line: str) -> list[int]:
    """Widths (in rule characters) of the cells a horizontal rule separates."""
    return [len(part) for part in _BOX_VERTICAL.split(line.strip()) if part]


def _spans(rule: list[int], widths: list[int]) -> list[tuple[int, int]]:
    """The columns (first, last) each cell of a rule covers, given the columns' widths; a cell
    spanning several columns also covers the separators between them."""
    spans: list[tuple[int, int]] = []
    column = 0
    for width in rule:
        first, covered = column, widths[column] if column < len(widths) else width
        while covered < width and column + 1 < len(widths):
            column += 1
            covered += widths[column] + 1
        spans.append((first, column))
        column += 1
    return spans


def _box_header(lines: list[str], widths: list[int], partition: list[tuple[int, int]]) -> list[str]:
    """The header text of every column: the cells above it, top to bottom."""
    texts = ["" for _ in widths]
    for line in lines:
        segments = _BOX_VERTICAL.split(line.strip())[1:]
        if segments and not segments[-1].strip():
            segments = segments[:-1]
        cells: list[tuple[int, int]] = []
        position = 0  # index into the current partition
        column = 0
        for segment in segments:
            segment = segment.strip()
            if segment and _RULE.match(segment):
                # A rule inside the header splits the cell it sits in by its own width.
                first, covered = column, widths[column] if column < len(widths) else 0
                while covered < len(segment) and column + 1 < len(widths):
                    column += 1
                    covered += widths[column] + 1
                cells.append((first, column))
                column += 1
                while position < len(partition) and partition[position][1] < column:
                    position += 1
                continue
            if position >= len(partition):
                break
            first, last = max(partition[position][0], column), partition[position][1]
            for index in range(first, last + 1):
                texts[index] += segment
            cells.append((first, last))
            column = last + 1
            position += 1
        if cells and cells[-1][1] == len(widths) - 1:
            partition = cells
    return [re.sub(r"\s+", "", text) for text in texts]


def _box_cells(offset: int, line: str) -> list[tuple[int, str]]:
    stripped = line.rstrip()
    cells: list[tuple[int, str]] = []
    position = 0
    for part in re.split(r"[┃│]", stripped)[1:]:
        position = stripped.find(part, position)
        lead = len(part) - len(part.lstrip())
        cells.append((offset + position + lead, part.strip()))
        position += len(part)
    if cells and not cells[-1][1]:
        cells.pop()
    return cells


def _box_data_row(entry: tuple[int, str]) -> bool:
    offset, line = entry
    return not _is_rule_line(line) and _is_data_row(_box_cells(offset, line))


def _measure_in(text: str) -> str | None:
    """The measure word a header names ("播种面积(万亩)", "(总原粮、产万吨)")."""
    found = [word for word in MEASURE_WORDS if len(word) >= 2 and word in text]
    return max(found, key=len) if found else None
