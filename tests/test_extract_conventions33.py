"""Rules under the annotation conventions settled in round 33 (corpus/SCHEMA.md, "Conventions settled";
corpus/unseen/FAILURES.md, "Conventions settled, round 33"): a department charged with setting what a
document leaves open ("<topic>由<bureau>根据/会同…另行下达") holds a task as well as being a unit
(rule C33-1, B31-7 re-implemented); a clause of that form inside a paragraph closed by its own unit
note is part of that paragraph's task and is not read again.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

PLAN = (
    "甲市人民政府关于印发甲市2032年节水工作计划的通知\n"
    "甲政发〔2032〕3号\n"
    "各区县人民政府,市政府各部门:\n"
    "现将《甲市2032年节水工作计划》印发给你们,请认真贯彻执行。\n"
    "甲市人民政府\n"
    "2032年2月1日\n"
    "一、主要目标\n"
    "全年新增节水型企业12家。各区县用水总量控制指标由市水务局根据省的有关规定研究后另行下达。\n"
    "二、保障措施\n"
    "年度专项资金计划由市财政局会同市有关部门另行下达。\n"
)

NOTED_PARAGRAPH = (
    "甲市人民政府关于印发甲市2032年节水工作计划的通知\n"
    "甲政发〔2032〕3号\n"
    "甲市人民政府\n"
    "2032年2月1日\n"
    "一、主要任务\n"
    "(一)健全节水奖励制度。对成效显著的企业给予奖励,具体奖励办法由市水务局会同市财政局"
    "另行制定。(牵头单位:市节水办)\n"
)


def test_a_department_charged_with_setting_the_rest_holds_a_task() -> None:
    """C33-1: "<topic>由<bureau>(根据|会同)…另行下达" is a task of the bureau, titled by what it sets."""
    extraction = extract_text(PLAN, "x.txt")
    by_lead = {tuple(task.lead_units): task.title for task in extraction.tasks}
    assert ("市水务局",) in by_lead and "用水总量控制指标" in by_lead[("市水务局",)]
    assert ("市财政局",) in by_lead and "专项资金计划" in by_lead[("市财政局",)]
    assert "市水务局" in extraction.units and "市财政局" in extraction.units


def test_the_clause_inside_a_noted_task_paragraph_is_no_task_of_its_own() -> None:
    """Guard: the paragraph's own note names its task; the setting clause inside it adds none."""
    extraction = extract_text(NOTED_PARAGRAPH, "x.txt")
    assert [task.lead_units for task in extraction.tasks] == [["市节水办"]]


REWARD_RULES = (
    "甲市人民政府办公室关于印发甲市促进软件产业发展奖励办法的通知\n"
    "甲政办发〔2032〕5号\n"
    "各区县人民政府:\n"
    "第一条 对研发投入大、成长性好的企业给予20万元奖励。\n"
    "第二条 对获得省级工程研究中心、新认定国家级企业技术中心的企业,给予一次性奖励50万元。\n"
    "甲市人民政府办公室\n"
    "2032年3月1日\n"
)


def test_joint_qualities_of_one_recipient_are_one_reward() -> None:
    """C33-2: "对A大、B好的企业给予…" names qualities the one recipient has together: one reward;
    separate achievements ("获得A、新认定B的企业") stay one reward each (the settled convention)."""
    extraction = extract_text(REWARD_RULES, "x.txt")
    by_amount: dict[float | None, list[str]] = {}
    for reward in extraction.rewards:
        by_amount.setdefault(reward.amount_yuan, []).append(reward.achievement)
    assert len(by_amount[200000]) == 1 and "成长性好" in by_amount[200000][0]
    assert "研发投入大" in by_amount[200000][0]
    assert len(by_amount[500000]) == 2
