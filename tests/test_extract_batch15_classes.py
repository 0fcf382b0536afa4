"""General rules for the failure classes first seen on batch 15's dev part (corpus/unseen/SOURCES.md,
"Batch 15"): goals stated in the task column of a one-year plan's table that has no goal column,
and a count that says how many items share one goal.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.errors import ExtractionError


def _targets(text: str) -> list[tuple[float, str | None, str | None]]:
    return sorted(
        (t.value, t.unit, t.deadline.isoformat() if t.deadline else None)
        for t in extract_text(text, "x.txt").targets
    )


_PROGRESS_TABLE = (
    "某市2041年重点工作推进情况表\n\n序号\n\n工作内容\n\n进展情况\n\n责任单位\n\n"
    "1\n\n力争全市社会消费品零售总额增长9%以上。\n\n"
    "1-3月,社会消费品零售总额同比增长3.5%,居全省第4位。\n\n市商务局\n\n"
    "2\n\n新建城市公园12个。\n\n目前已开工5个。\n\n市住建局\n"
)


def test_a_one_year_task_table_without_a_goal_column_reads_goals_from_the_task_cell() -> None:
    """B15-1: "序号 | 工作内容 | 进展情况 | 责任单位" in a 2041 plan: the task cells' numbers are
    goals due 2041-12-31; the progress column's figures (3.5%, 第4位, 5个) are none."""
    assert _targets(_PROGRESS_TABLE) == [
        (9.0, "%", "2041-12-31"),
        (12.0, "个", "2041-12-31"),
    ]


def test_a_task_cell_goal_keeps_its_row_unit() -> None:
    """B15-1: the goal read from the task cell is carried out by the row's 责任单位."""
    found = {t.value: t.lead_units for t in extract_text(_PROGRESS_TABLE, "x.txt").targets}
    assert found == {9.0: ["市商务局"], 12.0: ["市住建局"]}


def test_a_multi_year_task_table_without_time_cells_sets_no_year_end_goals() -> None:
    """B15-1: a plan for 2041–2043 may stage its goals: a task cell with no time column is not
    given the plan's end by this rule (no year-end deadline is invented for it)."""
    text = _PROGRESS_TABLE.replace(
        "某市2041年重点工作推进情况表", "某市2041—2043年重点工作推进情况表"
    )
    try:
        found = _targets(text)
    except ExtractionError:
        found = []  # nothing else in the text: the extractor refuses it as having no plan facts
    assert all(deadline != "2041-12-31" for _, _, deadline in found)


def test_a_count_of_the_items_sharing_a_goal_is_no_goal() -> None:
    """B15-2: "确保有效投资增长高于经济增长、3个重点领域投资均实现12%以上增长": one goal (12%),
    not a goal of 3个, and the clause before "、" is not a second subject of 12%."""
    text = (
        "某县2042年政府工作要点\n"
        "一、扩大有效投资。确保有效投资增长高于经济增长、3个重点领域投资均实现12%以上增长。"
        "(责任单位:县发改局)\n"
    )
    found = extract_text(text, "x.txt").targets
    assert [(t.value, t.unit) for t in found] == [(12.0, "%")]


def test_a_first_leads_remark_with_work_and_a_second_role_splits_lead_and_support() -> None:
    """B15-3: "责任单位:市甲局、市乙局、市丙办(列第一位者为工作牵头单位或汇总单位,下同)": the
    remark's comma and its 牵头单位 are no units; the first named leads, the others support."""
    text = (
        "某市2043年政府工作报告重点工作责任分解\n"
        "1.减轻企业负担。力争全年减轻企业各类负担30亿元。\n"
        "责任单位:市甲局、市乙局、市丙办(列第一位者为工作牵头单位或汇总单位,下同)\n"
    )
    extraction = extract_text(text, "x.txt")
    assert [(t.lead_units, t.support_units) for t in extraction.targets] == [
        (["市甲局"], ["市乙局", "市丙办"])
    ]
    assert sorted(extraction.units) == sorted(["市甲局", "市乙局", "市丙办"])


def _milestones(text: str) -> list[tuple[str, str]]:
    return sorted(
        (m.due.isoformat() if m.due else "", m.title)
        for m in extract_text(text, "x.txt").milestones
    )


def test_mid_year_and_year_end_checks_of_a_one_year_plan_are_two_milestones() -> None:
    """B15-4: "将于年中、年末对…进行专项督查" in a 2041 plan: due 2041-06-30 and 2041-12-31, even
    when the sentence follows the issuing one ("现印发给你们") in the same paragraph."""
    text = (
        "各区人民政府,市政府各部门:\n"
        "《2041年政府工作报告重点工作责任分解》已经市政府同意,现印发给你们,请认真贯彻执行。"
        "市政府将于年中、年末对重点工作进展情况进行专项督查。\n"
        "某市人民政府办公室\n2041年3月2日\n"
        "一、力争全年新建城市公园5个。\n责任单位:市住建局\n"
    )
    dues = [due for due, _ in _milestones(text)]
    assert dues == ["2041-06-30", "2041-12-31"]


def test_mid_year_inside_a_word_is_no_date() -> None:
    """B15-4: "上年中", "下年中" and "年中国" are no mid-year deadline."""
    from policybot.knowledge.extract.milestones import _mid_year

    assert _mid_year("比上年中期增长", 2041) == []
    assert _mid_year("全年中国品牌日活动", 2041) == []
    assert [m.last.isoformat() for m in _mid_year("年中完成评估", 2041) if m.last] == ["2041-06-30"]


def test_a_posting_stamp_and_work_already_planned_are_no_milestones() -> None:
    """B15-5: "发布日期 2042年02月13日 10:53:20" is when a page was posted, and "《政府工作报告》对
    2042年区政府工作进行了全面安排部署" reports planning already done: neither falls due; the
    plan's own goal still does."""
    text = (
        "某区人民政府关于分解落实2042年区政府工作目标任务的通知\n"
        "发布日期\n2042年02月13日 10:53:20\n"
        "区人大审议通过的《政府工作报告》对2042年区政府工作进行了全面安排部署。"
        "力争全年新建城市公园5个。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.milestones == []
    assert [(t.value, t.unit) for t in extraction.targets] == [(5.0, "个")]


def test_ben_counts_certificates_only_where_no_word_follows() -> None:
    """B15-6: "取得资质8本以上" counts 8 certificates; "本市", "本地" and "第3本" are no count."""
    from policybot.knowledge.extract.numbers import find_quantities

    assert [(q.value, q.unit) for q in find_quantities("取得专业资质8本以上")] == [(8.0, "本")]
    assert find_quantities("2041年本市") == []
    assert find_quantities("培育10本地企业") == []
