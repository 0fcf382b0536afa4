"""General rules for the dated aims the round-33 convention keeps and the open classes of
extopen33 (corpus/unseen/FAILURES.md, "Aims and open misses, round 33"): a paragraph opened by a
date dates the settled states of its later sentences, an aim's subjectless continuation is the same
aim, a year joined to a list of things names them, and a duty cut mid-phrase is no task.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

HEADER = "甲县人民政府关于印发甲县文化旅游发展三年行动方案的通知\n甲府发〔2030〕5号\n"


def _milestones(text: str) -> list[tuple[str, str]]:
    return [(m.title, str(m.due)) for m in extract_text(text, "x.txt").milestones]


def test_a_subjectless_continuation_is_the_same_aim() -> None:
    """ "到2032年底前,首批50个示范村全面建成,实现A、B和长效运营,形成可复制的经验": the clause
    with no subject of its own goes on with the aim before it - one milestone, not two."""
    text = HEADER + (
        "二、工作目标\n"
        "到2032年底前,全县首批50个乡村旅游示范村全面建成,实现接待设施统一布局、服务功能复合设置"
        "和长效运营,形成可复制、可推广的建设模式。\n"
    )
    found = [(t, d) for t, d in _milestones(text) if d == "2032-12-31"]
    assert len([t for t, _ in found if "长效运营" in t or "建设模式" in t]) == 1
    assert any("长效运营" in t and "建设模式" in t for t, _ in found)


def test_a_year_joined_to_a_list_of_things_is_no_deadline() -> None:
    """ "对报告涉及的具体工作,以及2031年主要指标、重点项目要逐项梳理": the year names the
    indicators of a list, no date anything is due."""
    text = HEADER + (
        "二、压实责任。各责任单位要对县政府工作报告涉及的具体工作,"
        "以及2031年经济发展主要指标、重点工作、重大项目要逐项梳理,一并细化分解。\n"
        "三、主要目标。到2032年,全县接待游客达到500万人次。\n"
    )
    assert not any("逐项梳理" in title for title, _ in _milestones(text))


def test_a_duty_cut_mid_phrase_is_no_task_but_its_body_is_a_unit() -> None:
    """ "县考评办要将2031年县《政府工作报告》确定的" (the excerpt ends there): the duty lost its
    object - no task; the body stays a unit."""
    text = HEADER + (
        "二、按时报告。县政府督查室负责汇总各单位完成情况,报县政府审定。\n"
        "三、强化考核。县绩效考评办要将2031年县《政府工作报告》确定的\n"
    )
    extraction = extract_text(text, "x.txt")
    assert not any(task.title.endswith("确定的") for task in extraction.tasks)
    assert any(task.lead_units == ["县政府督查室"] for task in extraction.tasks)
    assert "县绩效考评办" in extraction.units
