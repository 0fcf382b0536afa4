"""General rules for the failure classes first seen on batch 29's dev part (corpus/unseen/SOURCES.md,
"Batch 29") and for open classes of FAILURES.md: a subsidy whose one recipient is qualified by
clauses running over commas ("对…,…,且…的新建基站,省财政给予每个最高5000元补贴"); an autonomous
prefecture's plan titled with its short name + 州 ("某某州…三年行动工作方案"), the title standing only
in a page's name field ("名称 | … |"); unit labels without a colon ("牵头单位 县甲局"); a completion
time after a task's unit note ("(牵头单位:…)完成时间:9月底前"); and month ranges of a one-year plan
("3—6月,完成…") that were read as their last month only.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

import pytest

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.errors import ExtractionError

ACROSS_CLAUSES = (
    "丁省关于促进算力基础设施发展的若干措施\n"
    "一、提升网络支撑能力\n"
    "1.推进基站建设。对服务产业园区、覆盖重点企业,开展行业创新应用,且月均流量超过50GB的新建"
    "算力节点,省财政给予每个最高8000元补贴。(责任单位:省通信管理局、省财政厅)\n"
)


def test_a_recipient_qualified_over_commas_is_one_reward() -> None:
    """B29-1: "对A、B,C,且D的新建算力节点,省财政给予每个最高8000元补贴" is one capped reward of
    8000 for the one recipient after 的, its qualifying clauses kept in the achievement."""
    extraction = extract_text(ACROSS_CLAUSES, "x.txt")
    assert [(r.amount_yuan, r.is_cap) for r in extraction.rewards] == [(8000, True)]
    achievement = extraction.rewards[0].achievement
    assert achievement.endswith("的新建算力节点")
    assert "月均流量超过50GB" in achievement and "服务产业园区" in achievement


def test_a_commaed_clause_without_a_sum_or_without_dui_is_no_reward() -> None:
    """B29-1 guard: a clause over commas is read only when it opens with 对 and states a sum."""
    no_sum = ACROSS_CLAUSES.replace("给予每个最高8000元补贴", "给予政策支持")
    assert extract_text(no_sum, "x.txt").rewards == []
    no_dui = ACROSS_CLAUSES.replace("对服务产业园区", "服务产业园区")
    assert [r.amount_yuan for r in extract_text(no_dui, "x.txt").rewards] == []


SHORT_PREFECTURE = (
    "凉山州“增绿、护绿”三年行动工作方案(2031—2033年)\n"
    "为推动生态建设,制定本工作方案。\n"
    "到2033年,全州新增造林10万亩。\n"
)


def test_an_autonomous_prefecture_by_its_short_name_and_zhou_is_the_documents_region() -> None:
    """B29-2: a title opening "凉山州…" names 凉山彝族自治州 (the short name + 州 of an autonomous
    prefecture); "杭州市…" and "苏州工业园区…" keep their own readings."""
    assert extract_text(SHORT_PREFECTURE, "x.txt").document.region == "凉山彝族自治州"
    city = SHORT_PREFECTURE.replace("凉山州", "杭州市").replace("全州", "全市")
    assert extract_text(city, "x.txt").document.region == "杭州市"


NAME_FIELD = (
    "索引号 | 000000000/2031-0000001 | 成文日期 | 2031-07-18 |\n"
    "文号 | 发布时间 | 2031-07-13 | |\n"
    "发布机构 | 是否有效 | ||\n"
    "名称 | 湘西州“护绿、扩绿”三年行动 工作方案(2031—2033年) |\n"
    "为深入贯彻生态文明思想,全力推动“护绿、扩绿”两大行动,制定本工作方案。\n"
    "一、指导思想\n"
    "坚持以生态文明思想为指导,深入贯彻生态环境保护工作的重要指示精神,坚持稳中求进工作总基调,"
    "统筹推进产业结构调整、污染防治、生态保护修复,协同推进降碳、减污、扩绿、增长。\n"
    "二、行动原则\n"
    "坚持生态优先,推动绿色发展,统筹全州产业结构调整,优化产业布局,积极培育壮大绿色循环经济。\n"
)


def test_a_plans_title_in_a_pages_name_field_is_read() -> None:
    """B29-3: a page whose only title is its "名称 | … |" field (a plan's own title, a table
    cell's space inside it) is titled and placed by it, not refused as having no title or place."""
    document = extract_text(NAME_FIELD, "x.txt").document
    assert document.title == "湘西州“护绿、扩绿”三年行动工作方案(2031—2033年)"
    assert document.region == "湘西土家族苗族自治州"
    assert document.period == (2031, 2033)


def test_a_name_field_that_is_no_plan_title_gives_none() -> None:
    """B29-3 guard: a name field holding something else ("项目名称 | 某路改造 |") titles nothing."""
    text = NAME_FIELD.replace(
        "名称 | 湘西州“护绿、扩绿”三年行动 工作方案(2031—2033年) |", "名称 | 某路改造 |"
    )
    with pytest.raises(ExtractionError):
        extract_text(text, "x.txt")


BARE_LABELS = (
    "丙县2031年重点工作任务分工方案\n"
    "1.推进农村公路提档升级,新建农村公路50公里。\n"
    "牵头单位 县交通运输局\n"
    "配合单位 县财政局、县自然资源局\n"
    "2.完成城区污水管网改造。\n"
    "牵头单位 县住建局 配合单位 县水利局\n"
)


def test_unit_labels_without_a_colon_attach_their_units() -> None:
    """B29-4: "牵头单位 县甲局" / "牵头单位 县甲局 配合单位 县乙局" (no colons) are the unit notes
    of the item above them, as with colons."""
    extraction = extract_text(BARE_LABELS, "x.txt")
    (target,) = extraction.targets
    assert (target.lead_units, target.support_units) == (
        ["县交通运输局"],
        ["县财政局", "县自然资源局"],
    )
    (task,) = extraction.tasks
    assert (task.lead_units, task.support_units) == (["县住建局"], ["县水利局"])


def test_a_header_row_of_unit_labels_names_no_unit() -> None:
    """B29-4 guard: a header row "牵头单位 配合单位 完成时限" is no note."""
    text = "丙县2031年重点工作任务分工方案\n牵头单位 配合单位 完成时限\n1.新建农村公路50公里。\n"
    assert extract_text(text, "x.txt").units == []


TASKS_HEAD = (
    "丙县2031年重点工作任务分工方案\n"
    "1.推进农村公路提档升级,新建农村公路50公里。(牵头单位:县交通运输局;配合单位:县财政局)\n"
)


@pytest.mark.parametrize(
    "item",
    [
        "2.完成城区污水管网改造。(牵头单位:县住建局)完成时限:2031年10月底前\n",
        "2.完成城区污水管网改造。(牵头单位:县住建局)完成时间:10月底前。\n",
        "2.完成城区污水管网改造。(牵头单位:县住建局)\n完成时限:2031年10月底前\n",
    ],
)
def test_a_time_limit_after_a_tasks_own_note_is_its_due(item: str) -> None:
    """B29-5: "(牵头单位:县住建局)完成时限:2031年10月底前" (after the bracket, or on the next line)
    is the task's due date, as it is inside the bracket; no milestone of its own."""
    extraction = extract_text(TASKS_HEAD + item + "3.开展河道清理。(牵头单位:县水利局)\n", "x.txt")
    dues = {task.title: task.due for task in extraction.tasks}
    assert dues["完成城区污水管网改造"] is not None
    assert dues["完成城区污水管网改造"].isoformat() == "2031-10-31"
    assert dues["开展河道清理"] is None
    assert extraction.milestones == []


PHASES = (
    "丙县2031年农村人居环境整治工作方案\n"
    "为改善农村人居环境,制定本方案。\n"
    "三、实施步骤\n"
    "(一)摸底排查。3—6月,开展全县农村厕所摸底排查,建立问题台账。\n"
    "(二)集中整治。2031年7月至9月,组织各乡镇对问题厕所进行整改。\n"
    "(三)验收销号。10—11月,完成问题厕所整改验收。\n"
)


def test_a_span_of_months_opening_ongoing_work_is_a_phase_with_its_start() -> None:
    """B29-6: "3—6月,开展…" / "2031年7月至9月,组织…" in a one-year plan are phases from the first
    month to the end of the last; "10—11月,完成…" (work due by the span's end) keeps its due only."""
    extraction = extract_text(PHASES, "x.txt")
    phases = [
        (m.start.isoformat() if m.start else "", m.due.isoformat() if m.due else "")
        for m in extraction.milestones
    ]
    assert phases == [
        ("2031-03-01", "2031-06-30"),
        ("2031-07-01", "2031-09-30"),
        ("", "2031-11-30"),
    ]
