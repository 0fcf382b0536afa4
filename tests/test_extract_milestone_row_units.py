"""A milestone stated in a sentence and again as a row of the task table keeps the row's units.

New-user trial: a plan said "2019年6月底前完成全市示范区创建验收" and its task table had the row
"开展示范区创建 市市场监管局 市经信委 2019年6月30日". The two are one event, and the sentence,
read first, was kept — without the lead unit only the row names: the upload's preview counted
the units, /units of the plan's city did not show them, and no unit's chat was accountable.
"""

from __future__ import annotations

from datetime import date

from invented_plans import task_table_plan
from policybot.knowledge.extract import extract_text

PLAN = task_table_plan()


def test_the_rows_lead_unit_stays_with_the_one_milestone_kept() -> None:
    milestones = extract_text(PLAN, "plan.txt").milestones
    dated = {m.due: m for m in milestones}
    assert dated[date(2019, 6, 30)].lead_units == ["市市场监管局"]
    assert dated[date(2018, 12, 31)].lead_units == ["市市场监管局"]
    assert len([m for m in milestones if m.due == date(2019, 6, 30)]) == 1


def test_the_rows_supporting_units_are_kept_on_its_milestones() -> None:
    """The row's 配合单位 were dropped: a unit only supporting the row (市经信委 above) had no
    item in the store, and /deadlines or /units of it found nothing of this plan."""
    milestones = extract_text(PLAN, "plan.txt").milestones
    dated = {m.due: m for m in milestones}
    assert dated[date(2019, 6, 30)].support_units == ["市经信委"]
    assert dated[date(2018, 12, 31)].support_units == ["市商务局"]
