"""One deadline, two steps: what keeps two milestones of one date apart (fix40a), and what
still makes them one event stated twice."""

from __future__ import annotations

from policybot.knowledge.extract.pipeline import extract_text
from tests.invented_plans import city_plan


def _titles(body: str) -> list[str]:
    text = city_plan(f"一、主要任务\n{body}\n")
    return [milestone.title for milestone in extract_text(text, "p.txt").milestones]


def test_batches_far_apart_are_two_steps() -> None:
    body = (
        "(一)2032年3月31日前完成第一批品牌企业评定,由评审组逐家核实企业申报材料和现场情况。\n"
        "(二)2032年3月31日前完成第十一批品牌企业评定,由评审组逐家核实企业申报材料和现场情况。"
    )
    assert _titles(body) == ["完成第一批品牌企业评定", "完成第十一批品牌企业评定"]


def test_one_step_reworded_stays_one_event() -> None:
    """A restatement that only changes a word (编制/制定) is the same event, not a second step."""
    body = (
        "(一)2032年3月31日前完成质量提升方案编制,报市政府审定后印发实施。\n"
        "(二)各部门要加强协作,形成工作合力。\n"
        "(三)2032年3月31日前完成质量提升方案制定。"
    )
    assert len(_titles(body)) == 1


def test_a_sentence_and_its_task_row_naming_the_lead_two_ways_are_one_event() -> None:
    """The row may name the sentence's lead unit in full: still one event."""
    body = (
        "2032年6月30日前完成质量提升方案编制。(牵头单位:市质量办)\n"
        "序号 任务 牵头单位 完成时限\n"
        "1 完成质量提升方案编制 市质量工作领导小组办公室 2032年6月30日"
    )
    assert _titles(body) == ["完成质量提升方案编制"]
