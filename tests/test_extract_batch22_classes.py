"""General rules for the failure classes first seen on batch 22's dev part (corpus/unseen/SOURCES.md,
"Batch 22"): a notice that names several places or firms before one "分别奖励N万元" sum (each is paid
that sum: one reward listing them, not one reward per name with the list's lead cut off), and a
project's capacity inside a task ("抓好80万吨乙烯改扩建项目") read as a goal.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text


def _rewards(text: str) -> list[tuple[str, float | None]]:
    return [(r.achievement, r.amount_yuan) for r in extract_text(text, "x.txt").rewards]


NOTICE = (
    "某市人民政府关于表彰2019年度招商引资先进县(区)的通报\n"
    "各县、区人民政府:经研究,决定对2019年度获得招商引资一等奖的甲山县奖励人民币8万元;"
    "获得二等奖的乙水区、丙河县分别奖励人民币4万元;获得三等奖的丁城区、戊江县、己岭县分别奖励人民币1万元。\n"
)


def test_one_sum_after_fenbie_over_named_places_is_one_shared_reward() -> None:
    """B22-1: "获得二等奖的乙水区、丙河县分别奖励人民币4万元": each place gets 4万元; one reward
    naming both (the corpus convention for a shared sum), not one per place."""
    found = _rewards(NOTICE)
    assert sorted(amount or 0 for _, amount in found) == [10000, 40000, 80000]
    second = next(achievement for achievement, amount in found if amount == 40000)
    assert "乙水区" in second and "丙河县" in second and "二等奖" in second


def test_one_sum_after_fenbie_over_named_firms_is_one_shared_reward() -> None:
    """B22-1 with firms: "授予甲公司、乙公司…称号,分别奖励5万元" is one reward of 5万元 each."""
    found = _rewards(
        "某县人民政府关于表彰纳税先进企业的决定\n"
        "县政府决定授予某县甲建材有限公司、某县乙食品有限公司“纳税先进企业”称号,分别奖励5万元。\n"
    )
    assert [amount for _, amount in found] == [50000]
    assert "甲建材有限公司" in found[0][0] and "乙食品有限公司" in found[0][0]


def test_fenbie_over_levels_stays_one_reward_per_level() -> None:
    """B22-1 leaves "对新认定的国家级、省级技术中心分别给予50万元" alone (levels, not recipients)."""
    found = _rewards(
        "某市促进工业发展若干政策\n一、对新认定的国家级、省级企业技术中心,分别给予50万元、20万元奖励。\n"
    )
    assert sorted(amount or 0 for _, amount in found) == [200000, 500000]


def _targets(text: str) -> list[tuple[str, float, str | None]]:
    return [(t.subject, t.value, t.unit) for t in extract_text(text, "x.txt").targets]


PLAN = (
    "某市人民政府办公厅关于印发2021年重点工作事项的通知\n"
    "(一)推进临港化工基地建设,抓好60万吨丙烯改扩建项目。(牵头单位:市发改委;配合单位:市规划局)\n"
    "(二)全年粮食产量达到80万吨。(牵头单位:市农业局)\n"
    "(三)建成10个重点项目。(牵头单位:市发改委)\n"
)


def test_a_capacity_naming_a_project_is_no_goal() -> None:
    """B22-2: "抓好60万吨丙烯改扩建项目": 60万吨 says which project (its capacity), not a goal;
    "粮食产量达到80万吨" and "建成10个重点项目" stay goals."""
    found = _targets(PLAN)
    assert 60 not in [value for _, value, _ in found]
    assert 80 in [value for _, value, _ in found]
    assert 10 in [value for _, value, _ in found]


def test_a_lost_item_number_is_no_task_title() -> None:
    """B22-3: a mirror that lost an item's number ("?。推进…建设。(牵头单位:…)") leaves a first
    "sentence" with no word in it; the task's title is the sentence after it, not "?"."""
    found = extract_text(
        "某市人民政府办公厅关于印发2021年重点工作事项的通知\n"
        "一、加快产业发展\n"
        "(一)加快建设三大装备制造产业基地。(牵头单位:市经信委;配合单位:市发改委)\n"
        "?。推进东部物流园区建设,引导物流企业集聚发展。(牵头单位:市交委;配合单位:市商务局)\n",
        "x.txt",
    ).tasks
    titles = {task.title: list(task.lead_units) for task in found}
    assert "?" not in titles
    assert any("东部物流园区" in title and lead == ["市交委"] for title, lead in titles.items())
