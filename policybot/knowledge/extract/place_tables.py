"""Tables that split a quota among places, copied as bar-separated rows.

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
below it) are read the same way: one target per row at both levels.
"""

from __future__ import annotations

import re

from policybot.knowledge.extract.context import DocContext
from policybot.knowledge.extract.tables import Indicator, Table, TableRow, place_column

_TOTAL_LABEL = re.compile(r"^(?:总计|合计|总量|全市|全省|全区|全县|全州|全盟|全旗)$")
_ROW_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]+、|\d{1,2}[.、](?!\d))")
_NOT_A_VALUE_COLUMN = re.compile(r"备注|说明|序号|责任单位|牵头单位")
_VALUE = re.compile(r"^(?:≥|≤|>|<)?\s*\d+(?:\.\d+)?\s*%?$")
_TABLE_UNIT = re.compile(r"^单位\s*[::]\s*(?P<unit>[^\s|]{1,8})")
_HEADER_UNIT = re.compile(r"[((](?P<unit>%|‰|[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff/]{1,6})[))]$")
# Place-name endings: a label ending so is already a full name.
_PLACE_END = re.compile(r"(?:省|市|州|盟|地区|区|县|旗|镇|乡|街道|局|单位|场|处|中心|委员会)$")


def find_place_tables(text: str, ctx: DocContext) -> list[Table]:
    """Every bar-separated table whose rows give one figure per place."""
    lines = _lines(text)
    tables: list[Table] = []
    index = 0
    while index < len(lines):
        if "|" not in lines[index][1]:
            index += 1
            continue
        end = index
        while end < len(lines) and "|" in lines[end][1]:
            end += 1
        table = _read_block(lines[index:end], _context_lines(lines, index), ctx)
        if table is not None:
            tables.append(table)
        index = end
    return tables


def _lines(text: str) -> list[tuple[int, str]]:
    result: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            result.append((offset, line))
        offset += len(line) + 1
    return result


def _context_lines(lines: list[tuple[int, str]], index: int) -> list[str]:
    """The lines just above a table: its title and a "单位:万亩" line."""
    return [line for _, line in lines[max(0, index - 3) : index]]


def _cells(offset: int, line: str) -> list[tuple[int, str]]:
    """Cells of a bar row with their offsets; empty cells are kept (they hold a column's place),
    the empty remainder after the last bar is not."""
    cells: list[tuple[int, str]] = []
    position = 0
    parts = line.split("|")
    while parts and not parts[-1].strip():
        parts.pop()
    for part in parts:
        stripped = part.strip()
        lead = len(part) - len(part.lstrip())
        cells.append((offset + position + lead, stripped))
        position += len(part) + 1
    return cells


def _read_block(block: list[tuple[int, str]], above: list[str], ctx: DocContext) -> Table | None:
    rows = [_cells(offset, line) for offset, line in block]
    unit_line = next(
        (
            m["unit"]
            for line in [*above, *(r[0][1] for r in rows if r)]
            if (m := _TABLE_UNIT.match(line))
        ),
        None,
    )
    title = next(
        (line.strip(" |") for line in [*above, *(r[0][1] for r in rows if r)] if "表" in line), ""
    )
    header_index = next((i for i, row in enumerate(rows) if _is_header(row)), None)
    if header_index is None:
        return None
    header = rows[header_index]
    data = [row for row in rows[header_index + 1 :] if _is_data_row(row)]
    if len(data) < 2:
        return None
    columns = _value_columns(header, unit_line)
    if not columns:
        return None
    table_rows: list[TableRow] = []
    for number, row in enumerate(data, 1):
        label_offset, label = row[0]
        district = full_place_name(label, ctx)
        if district is False:
            continue
        section = f"{title or '分配表'} / {label}"
        table_row = TableRow(number=number, start=label_offset, task=label, section=section)
        for index, subject, unit in columns:
            if index >= len(row) or not row[index][1]:
                continue
            offset, value = row[index]
            table_row.indicators.append(
                Indicator(
                    offset,
                    subject,
                    value,
                    unit,
                    ctx.plan_end,
                    label_offset,
                    district if isinstance(district, str) else None,
                )
            )
        table_rows.append(table_row)
    start, end = block[0][0], block[-1][0] + len(block[-1][1])
    return Table(start, end, [], table_rows)


def _is_header(row: list[tuple[int, str]]) -> bool:
    texts = [cell for _, cell in row if cell]
    return len(texts) >= 2 and not any(re.search(r"\d", cell) for cell in texts)


def _is_data_row(row: list[tuple[int, str]]) -> bool:
    if len(row) < 2 or not row[0][1] or _VALUE.match(row[0][1]):
        return False
    return any(_VALUE.match(cell) for _, cell in row[1:])


def _value_columns(
    header: list[tuple[int, str]], unit_line: str | None
) -> list[tuple[int, str, str | None]]:
    """(column index, what it counts, unit) of each value column of the header."""
    columns: list[tuple[int, str, str | None]] = []
    for index, (_, cell) in enumerate(header):
        if index == 0 or not cell or _NOT_A_VALUE_COLUMN.search(cell):
            continue
        bracket = _HEADER_UNIT.search(cell)
        subject = cell[: bracket.start()] if bracket else cell
        subject = re.sub(r"(?:目标|任务|指标)$", "", subject).strip() or cell
        unit = bracket["unit"] if bracket else unit_line
        columns.append((index, subject, unit))
    return columns


def full_place_name(label: str, ctx: DocContext) -> str | bool | None:
    """The full name a row label stands for: None for a total row (the document's own figure),
    the subordinate place's full name ("黄埔" -> 黄埔区, "城 厢" -> 城厢镇, "高新区" -> 某市高新区),
    a body's label as written (厅直属单位, 某林管局), or False for a label that is no row at all."""
    label = re.sub(r"\s+", "", _ROW_NUMBER.sub("", label.strip()))
    if not label:
        return False
    if _TOTAL_LABEL.match(label):
        return None
    bracket = re.search(r"\((?P<inner>[^()]*)\)$", label)
    base = label[: bracket.start()] if bracket else label
    suffix = ""
    if bracket:
        items = [_place(item, ctx) for item in bracket["inner"].split("、")]
        suffix = f"({'、'.join(items)})"
    return _place(base, ctx) + suffix


def _place(name: str, ctx: DocContext) -> str:
    """A short place name made full: the gazetteer's or the text's own form, else the suffix the
    addressees imply ("各镇人民政府" -> 镇); a name that already ends like a place stays."""
    if name.startswith("含"):
        return "含" + _place(name[1:], ctx)
    known = place_column(name, ctx)
    if isinstance(known, str):
        return known
    if _PLACE_END.search(name) or not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", name):
        return name
    return ctx.district_name(name, ctx.text[:3000])
