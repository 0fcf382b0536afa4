"""General rules for the failure classes first seen on batch 45's dev part (corpus/unseen/SOURCES.md,
"Batch 45"; FAILURES.md "Batch 45"): a year the work is looked back from ("对2031年以来重点工作…
进行检查") read as the plan's year, and the year of a work summary to be handed in
("将《2031年…工作总结》报…") not read (B45-1); a year in the bracket closing the title
("…责任分解(2031年)") not read as the year of the document's work (B45-2); a class of project
sizes ("引进20亿级项目不少于12个") read as a goal of 20亿 (B45-3); "A、B分别牵头" made the first the
only lead under a document-wide "列第一位为牵头单位" (B45-4); the exception that opens that remark
("(除标注“分别牵头”外,列第一位为牵头单位,下同)") glued to the last unit's name (B45-5); a report due
after its phase's end ("全面整治阶段(7月16日至8月31日)。…于9月25日前报…") not read (B45-6).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are used only where the gazetteer must place them.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text

_PHASES = (
    "二、工作步骤\n"
    "(一)自查阶段(6月2日至6月20日)。各县政府对2029年以来整治工作落实情况进行检查。\n"
    "(二)整治阶段(6月21日至8月15日)。各县政府组织集中整治。各县工作组要将整改情况于9月10日前"
    "报市工作组办公室。\n"
    "(三)总结阶段(10月1日至11月5日)。各县政府于11月5日前将《2031年整治行动工作总结》报市工作组"
    "办公室。\n"
)


def test_a_year_looked_back_from_is_not_the_plans_year() -> None:
    """B45-1: "2029年以来" is the past; the summary "《2031年…工作总结》" to hand in gives 2031."""
    found = extract_text(_PHASES, "x.txt")
    assert found.document.period == (2031, 2031)
    phases = {(m.start, m.due) for m in found.milestones if m.start is not None}
    assert (date(2031, 6, 2), date(2031, 6, 20)) in phases
    assert (date(2031, 6, 21), date(2031, 8, 15)) in phases


def test_a_plan_with_only_a_year_looked_back_from_has_no_year() -> None:
    """B45-1 guard: without the summary, "2029年以来" gives the plan no year at all."""
    text = (
        _PHASES.replace("《2031年整治行动工作总结》", "工作总结") + "三、目标\n全市新增绿地10处。\n"
    )
    assert extract_text(text, "x.txt").document.period is None


def test_a_report_due_after_its_phase_is_a_step_of_its_own() -> None:
    """B45-6: "于9月10日前报" in a phase ending 8月15日 is due 2031-09-10."""
    found = extract_text(_PHASES, "x.txt")
    assert date(2031, 9, 10) in {m.due for m in found.milestones if m.start is None}


_SPLIT = (
    "甲市政府工作报告重点工作责任分解(2031年)\n"
    "一、主要预期目标\n"
    "1.生产总值增长6%以上。\n"
    "责任单位:市发改委\n"
    "2.固定资产投资增长9%。\n"
    "责任单位:市发改委、市经信局、市卫健委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)\n"
    "3.城乡居民收入增速保持全省前列。\n"
    "责任单位:市人社局、市农业农村局分别牵头\n"
    "4.力争引进10亿级项目不少于6个,推动百亿级产业集群取得突破。\n"
    "责任单位:市招商办\n"
)


def test_a_year_bracketed_after_the_title_dates_the_documents_work() -> None:
    """B45-2: "(2031年)" closing the title's line: the goals are due at 2031's end."""
    found = extract_text(_SPLIT, "x.txt")
    assert found.document.period == (2031, 2031)
    growth = {t.value: t.deadline for t in found.targets}
    assert growth[6] == date(2031, 12, 31) and growth[9] == date(2031, 12, 31)


def test_a_class_of_project_sizes_is_no_goal() -> None:
    """B45-3: "10亿级项目不少于6个" is a goal of 6 projects, not of 10亿."""
    found = {(t.value, t.unit) for t in extract_text(_SPLIT, "x.txt").targets}
    assert (6, "个") in found
    assert not any(unit and "亿" in unit for _, unit in found)


def test_a_figure_in_yi_is_still_a_goal() -> None:
    """B45-3 guard: "投资100亿元以上" without 级 stays a goal."""
    text = "甲市2031年工作要点\n全年完成工业投资100亿元以上。\n"
    assert (100, "亿元") in {(t.value, t.unit) for t in extract_text(text, "x.txt").targets}


def test_units_that_each_lead_stay_leads_under_a_first_leads_remark() -> None:
    """B45-4: "A、B分别牵头" keeps both as leads though the first-named unit leads elsewhere."""
    found = extract_text(_SPLIT, "x.txt")
    task = next(k for k in found.tasks if "居民收入" in k.title)
    assert task.lead_units == ["市人社局", "市农业农村局"] and task.support_units == []
    invest = next(t for t in found.targets if t.value == 9)
    assert invest.lead_units == ["市发改委"]


def test_the_exception_opening_a_first_leads_remark_is_no_part_of_a_name() -> None:
    """B45-5: "市卫健委(除标注“分别牵头”外,列第一位…)" is 市卫健委."""
    found = extract_text(_SPLIT, "x.txt")
    invest = next(t for t in found.targets if t.value == 9)
    assert invest.support_units == ["市经信局", "市卫健委"]


_RECRUIT = (
    "甲区引才支持办法\n"
    "一、引才支持。支持社会机构为甲区引进人才,每引进1个创新创业团队,给予最高10万元支持;"
    "引进1名高层次人才,给予最高5万元支持;推荐并协助引进的,给予最高2万元支持。\n"
    "二、考察支持。原则上国内人才个人单次最高2万元,团队单次最高10万元。\n"
    "三、实习支持。按照大专生每人1000元/月、本科生每人1500元/月给予补贴。\n"
)


def test_a_sum_per_recruit_is_a_reward() -> None:
    """B45-7: "每引进1个…团队,给予最高10万元" and "引进1名…人才,给予最高5万元" are rewards."""
    found = {(w.achievement, w.amount_yuan) for w in extract_text(_RECRUIT, "x.txt").rewards}
    assert ("每引进1个创新创业团队", 100000) in found
    assert ("引进1名高层次人才", 50000) in found


def test_a_sum_paid_per_head_or_trip_is_no_goal() -> None:
    """B45-8: "个人单次最高2万元", "每人1500元/月" are what is paid, not goals."""
    assert extract_text(_RECRUIT, "x.txt").targets == []


def test_a_recruiting_goal_without_a_sum_stays_a_goal() -> None:
    """B45-7/8 guard: "全年引进高层次人才50名" is a goal, not a reward."""
    found = extract_text("甲区2031年人才工作要点\n全年引进高层次人才50名。\n", "x.txt")
    assert [(t.value, t.unit) for t in found.targets] == [(50, "名")]
    assert found.rewards == []


def test_a_sum_of_support_granted_to_a_named_payee_is_a_reward() -> None:
    """B45-9: "…的,给予人才或团队最高450万元支持" is a capped reward of 450万元."""
    text = (
        "甲区引才办法\n2.紧缺人才引进支持。根据甲区发展需要,引进急需紧缺人才或团队的,"
        "给予人才或团队最高450万元支持,并可认定为甲区英才。\n"
    )
    found = [(w.achievement, w.amount_yuan, w.is_cap) for w in extract_text(text, "x.txt").rewards]
    assert found == [("引进急需紧缺人才或团队", 4500000, True)]


def test_money_set_aside_in_support_of_a_sector_is_no_reward() -> None:
    """B45-9 guard: "市财政安排5亿元支持产业发展" grants nothing to a recipient."""
    text = "甲市2031年工作要点\n市财政安排5亿元支持产业发展,全年新增规上企业50家。\n"
    assert extract_text(text, "x.txt").rewards == []
