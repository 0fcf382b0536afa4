"""The ledger as an .xlsx workbook (openpyxl): 目标, 节点与任务, 奖励 — one sheet each.

Every sheet has a frozen bold header, filters on every column, widths fitted to the content
(CJK characters count double, long quotes capped), real dates (``yyyy-mm-dd``) and, per row,
the document and section it comes from with the sentence itself.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence
from datetime import date
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from policybot.knowledge.ledger import Ledger, RewardRow, Source, TargetRow, TaskRow

DATE_FORMAT = "yyyy-mm-dd"
MAX_WIDTH = 60
MIN_WIDTH = 6
SOURCE_HEADERS = ("文件", "章节", "原文")
TARGET_HEADERS = (
    "编号", "地区", "事项", "目标值", "目标值上限", "单位", "说明", "截止日期", "截止(原文)",
    "牵头单位", "配合单位", "最新进展", "进展报送日期", "完成比例", *SOURCE_HEADERS,
)  # fmt: skip
TASK_HEADERS = (
    "类型", "编号", "地区", "事项", "截止日期", "截止(原文)", "频次", "牵头单位", "配合单位",
    *SOURCE_HEADERS,
)  # fmt: skip
REWARD_HEADERS = (
    "编号", "地区", "奖励事项", "角色", "级别", "金额(元)", "金额性质", "其他待遇", *SOURCE_HEADERS,
)  # fmt: skip
SHEET_TITLES = ("目标", "节点与任务", "奖励")
_HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


def ledger_workbook(ledger: Ledger) -> bytes:
    """The workbook's bytes, ready to send or save."""
    workbook = Workbook()
    targets = workbook.active
    assert targets is not None
    targets.title = SHEET_TITLES[0]
    _fill(targets, TARGET_HEADERS, [target_cells(row) for row in ledger.targets])
    _fill(
        workbook.create_sheet(SHEET_TITLES[1]),
        TASK_HEADERS,
        [task_cells(row) for row in ledger.tasks],
    )
    _fill(
        workbook.create_sheet(SHEET_TITLES[2]),
        REWARD_HEADERS,
        [reward_cells(row) for row in ledger.rewards],
    )
    workbook.properties.title = f"{ledger.scope} 台账"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _source(source: Source) -> tuple[str, str | None, str]:
    return source.document, source.section, source.quote


def target_cells(row: TargetRow) -> tuple[Any, ...]:
    return (
        row.fact_id, row.region, row.subject, row.value, row.value_max, row.unit, row.qualifier,
        row.deadline, row.deadline_text, row.lead_units, row.support_units, row.progress,
        row.progress_date, row.progress_share, *_source(row.source),
    )  # fmt: skip


def task_cells(row: TaskRow) -> tuple[Any, ...]:
    return (
        row.kind, row.fact_id, row.region, row.title, row.due, row.due_text, row.every,
        row.lead_units, row.support_units, *_source(row.source),
    )  # fmt: skip


def reward_cells(row: RewardRow) -> tuple[Any, ...]:
    nature = None if row.amount_yuan is None else ("最高" if row.is_cap else "固定")
    return (
        row.fact_id, row.region, row.achievement, row.role, row.level, row.amount_yuan, nature,
        row.treatment, *_source(row.source),
    )  # fmt: skip


def _fill(sheet: Worksheet, headers: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="center")
    for values in rows:
        sheet.append([value if value != "" else None for value in values])
        _as_text(sheet[sheet.max_row])
    for column in sheet.iter_cols(min_row=2):
        for cell in column:
            if isinstance(cell.value, date):
                cell.number_format = DATE_FORMAT
    share_column = headers.index("完成比例") + 1 if "完成比例" in headers else None
    if share_column:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=share_column, max_col=share_column):
            cell.number_format = "0%"
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(len(rows) + 1, 1)}"
    _fit_widths(sheet, headers, rows)


def _as_text(cells: Sequence[Cell]) -> None:
    """openpyxl stores a string that starts with "=" as a formula: a fact's text edited (or a
    plan's sentence written) as =HYPERLINK(…) became a live formula in the ledger anyone may
    /export and open in Excel or WPS. The store's words are always text."""
    for cell in cells:
        if cell.data_type == "f":
            cell.data_type = "s"


def _fit_widths(sheet: Worksheet, headers: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    for number, header in enumerate(headers, 1):
        widest = max(
            [display_width(header), *(display_width(_shown(row[number - 1])) for row in rows)]
        )
        sheet.column_dimensions[get_column_letter(number)].width = min(
            max(widest + 2, MIN_WIDTH), MAX_WIDTH
        )


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return "0000-00-00"
    return str(value)


def display_width(text: str) -> int:
    """Columns a spreadsheet needs: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)
