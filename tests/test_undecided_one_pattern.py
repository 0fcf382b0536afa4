"""One pattern says a goal is not set yet (待…明确/再定, 另行下达) for a target's clause, a year
cell of a task table and the answers' count refusal (review of stop 46: ``targets.UNDECIDED``
allowed 12 characters before 明确, ``milestones._UNDECIDED_CELL`` 16). Invented text."""

from __future__ import annotations

from invented_plans import city_plan
from policybot.knowledge.extract import milestones, targets
from policybot.knowledge.extract.pipeline import extract_text

# 13 characters between 待 and 明确: the table cells' bound, which targets now share.
LONG_WAIT = "2032年指标待省级主管部门会同财政部门统一明确后再定,暂按12家安排。"


def test_milestones_read_undecided_cells_with_the_targets_pattern() -> None:
    assert not hasattr(milestones, "_UNDECIDED_CELL")
    assert milestones.UNDECIDED is targets.UNDECIDED


def test_a_long_wait_for_the_province_is_no_target() -> None:
    body = f"一、主要目标\n到2031年,新增甲类示范企业10家;{LONG_WAIT}\n"
    extraction = extract_text(city_plan(body), "plan.txt")
    assert [t.value for t in extraction.targets] == [10]
