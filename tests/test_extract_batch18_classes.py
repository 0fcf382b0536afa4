"""General rules for the failure classes first seen on batch 18's dev part (corpus/unseen/SOURCES.md,
"Batch 18"): unit notes with a remark after their list ("…按职责分工负责。具体任务均涉及…,下同。"),
a list closed by "等省有关部门和…", a note ending in another two-character verb than 负责, and a
reward rule's further sums ("…以上的另奖50万元") and entry thresholds ("达到…方能申报奖励").

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.units import parse_unit_note


def test_a_remark_after_the_list_of_a_note_names_no_unit() -> None:
    """B18-1: "〔责任单位:A、B、C按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕"
    lists A, B and C; the sentence after the full stop remarks on the list."""
    note = parse_unit_note(
        "责任单位:省交通厅、省财政厅、省数据局按职责分工负责。"
        "具体任务均涉及相关市(州)人民政府,不再做分工,下同。"
    )
    assert note is not None
    assert note.lead == ["省交通厅", "省财政厅", "省数据局"]


def test_a_remark_that_names_a_role_is_still_read() -> None:
    """B18-1: a second sentence that names a role ("配合单位:…") is part of the note."""
    note = parse_unit_note("牵头单位:市水务局。配合单位:市财政局")
    assert note is not None
    assert note.lead == ["市水务局"]
    assert note.support == ["市财政局"]


def test_other_bodies_and_a_second_list_are_all_units() -> None:
    """B18-2: "(省发改委、交通厅、水利厅等省有关部门和各地级以上市人民政府按职责分工负责)":
    "等省有关部门和" joins two lists; the short names take the province's prefix."""
    note = parse_unit_note(
        "省发改委、交通厅、水利厅等省有关部门和各地级以上市人民政府按职责分工负责"
    )
    assert note is not None
    assert note.lead == ["省发改委", "省交通厅", "省水利厅", "各地级以上市人民政府"]


def test_another_verb_after_lead_ends_the_note() -> None:
    """B18-3: "(市商务局牵头办理)" names its lead as "(市商务局牵头负责)" does; "牵头单位" stays
    a label."""
    note = parse_unit_note("市商务局牵头办理")
    assert note is not None
    assert note.lead == ["市商务局"]
    labelled = parse_unit_note("市商务局为牵头单位")
    assert labelled is not None
    assert labelled.lead == ["市商务局"]


def test_a_task_with_a_verb_other_than_fuze_has_its_lead() -> None:
    """B18-3: a numbered task closed by "(省住建厅牵头督办)" is a task led by 省住建厅."""
    text = (
        "某省推进城市更新实施方案\n"
        "一、重点任务\n"
        "1.推进老旧小区改造。统筹推进城镇老旧小区改造,完善配套设施。(省住建厅牵头督办)\n"
    )
    tasks = extract_text(text, "x.txt").tasks
    assert [task.lead_units for task in tasks] == [["省住建厅"]]


_RULE = (
    "某街道招商引资奖励办法\n"
    "一、起奖标准\n"
    "单个工业项目固定资产投资达到5000万元方能申报奖励。\n"
    "二、特殊贡献奖励\n"
    "(一)凡成功引进单个项目固定资产投资额度达到20亿元以上的另奖80万元;\n"
)


def test_a_further_sum_is_a_reward() -> None:
    """B18-4: "…达到20亿元以上的另奖80万元" pays 80万元 for what precedes 另奖."""
    rewards = extract_text(_RULE, "x.txt").rewards
    assert [reward.amount_yuan for reward in rewards] == [800000]
    assert "20亿元以上" in rewards[0].achievement
    assert not rewards[0].achievement.endswith("另")


def test_thresholds_of_a_reward_rule_are_no_targets() -> None:
    """B18-4: "达到5000万元方能申报奖励" and "达到20亿元以上的另奖…" are criteria, not goals."""
    values = {target.value for target in extract_text(_RULE, "x.txt").targets}
    assert not values & {5000.0, 20.0, 80.0}


def test_a_range_of_further_sums_pays_its_upper_end_at_most() -> None:
    """B18-5: "凡成功引进世界500强的另奖20—60万" pays at most 60万元 (元 left off after 万): the
    upper end, marked as a ceiling."""
    text = "某街道招商引资奖励办法\n四、特殊贡献奖励\n(二)凡成功引进世界500强的另奖20—60万;\n"
    rewards = extract_text(text, "x.txt").rewards
    assert [(reward.amount_yuan, reward.is_cap) for reward in rewards] == [(600000, True)]


def test_a_count_in_the_nations_programme_is_no_goal() -> None:
    """B18-6: "聚焦国家“十四五”规划102项重大工程" sizes the nation's programme; the task keeps its
    lead unit and no target is read from it."""
    text = (
        "某省支持民间投资实施方案\n"
        "一、重点任务\n"
        "1.聚焦国家“十四五”规划88项重大工程,梳理筛选条件成熟的项目向民间资本推介。"
        "(省发展改革委牵头负责)\n"
    )
    extraction = extract_text(text, "x.txt")
    assert not {target.value for target in extraction.targets} & {88.0}
    assert [task.lead_units for task in extraction.tasks] == [["省发展改革委"]]
