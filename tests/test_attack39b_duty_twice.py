"""attack39b: one duty stated twice under differently written names of the same unit is now
kept twice, so it is reminded twice (``extract/recurring.py`` ``deduplicate`` / ``_other_owners``,
rem39's "the recipient of one duty owns the next"). At 9ebaf044 each of these plans gave one
duty. ``_other_owners`` compares unit names as strings: 市市场监管局 and 市场监管局 (a table cell
that drops the 市), or 市市场监督管理局 and its short form 市市场监管局, share no string.
"""

from __future__ import annotations

import pytest

from policybot.knowledge.extract.pipeline import extract_text
from tests.invented_plans import city_plan

BODY_AND_TABLE = (
    "一、工作任务\n市市场监管局每月10日前报送品牌建设工作进展。\n"
    "二、任务分解表\n序号 工作任务 责任单位 完成时限\n"
    "1 报送品牌建设工作进展 市场监管局 每月10日前\n"
)
FULL_AND_SHORT_NAME = (
    "一、工作任务\n市市场监督管理局每月10日前报送品牌建设工作进展。\n"
    "三、保障措施\n市市场监管局每月10日前报送品牌建设工作进展。\n"
)


@pytest.mark.xfail(
    strict=True,
    reason="attack39b: deduplicate keeps a restated duty when its unit is written differently "
    "(市场监管局 in the table, 市市场监管局 in the body): two monthly reminders for one duty",
)
@pytest.mark.parametrize("body", [BODY_AND_TABLE, FULL_AND_SHORT_NAME], ids=["table", "short"])
def test_one_duty_restated_under_another_spelling_of_its_unit_is_read_once(body: str) -> None:
    extraction = extract_text(city_plan(body), "示范市方案.txt")
    assert len(extraction.recurring) == 1, [
        (duty.title, duty.lead_units) for duty in extraction.recurring
    ]
