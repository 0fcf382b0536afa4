"""attack41: B41-1's progress column (``extract/tables._progress_column``) in an admin's ordinary
task table whose 落实情况 column is still BLANK (a table sent out to be filled in). A blank cell
leaves the row one cell short of the header, so ``_progress_cells`` counts the "reported" cells
from the row's end: the goal (建成示范区5个), the deadline and the unit are all taken for
progress. The goals are lost and the rows' tasks have no date (no reminder); the same table with
a blank 备注 column keeps both. Invented texts."""

from __future__ import annotations

from datetime import date

import pytest

from policybot.knowledge.extract import extract_text

ROWS = (
    "1 建设示范区 建成示范区5个 2032年6月底前 市市场监管局\n"
    "2 培育品牌企业 培育品牌企业20家 2032年12月底前 市经信局\n"
)


def _table(column: str) -> str:
    return (
        "癸市质量提升行动计划\n三、任务分解表\n"
        f"序号 重点工作 工作目标 {column} 完成时限 牵头单位\n" + ROWS
    )


@pytest.mark.parametrize("column", ["落实情况", "完成情况", "备注"])
def test_a_blank_progress_column_loses_no_goal_nor_deadline(column: str) -> None:
    extraction = extract_text(_table(column), "x.txt")
    goals = {t.value: t.deadline for t in extraction.targets}
    assert goals == {5: date(2032, 6, 30), 20: date(2032, 12, 31)}, (
        goals,
        [(k.title, k.due) for k in extraction.tasks],
    )
