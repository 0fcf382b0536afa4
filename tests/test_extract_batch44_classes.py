"""General rules for the failure classes first seen on batch 44's dev part (corpus/unseen/SOURCES.md,
"Batch 44"; FAILURES.md "Batch 44"): towns listed bare before "等乡镇" read as the short name of
a county elsewhere (B44-1); a five-year plan's indicator table copied one cell per line under year
columns read as bare figures without names or years, its base column included (B44-2); a status
the work already has ("已纳入某年…范围") read as a step of the plan (B44-3); a review held
"定期…年度" not read as a yearly duty (B44-4); lists of units a comma joins before one verb ("由市
甲局、乙局,各县(市)、区人民政府负责落实") read as their last list only, and a sentence naming the goals
below it read as a task (B44-5); a report due at every quarter's end ("在3月、6月、9月、12月底前…报送")
not read as quarterly (B44-6); the size of one facility being built ("完成200万只蛋鸡养殖基地建设")
read as a goal (B44-7).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are used only where the gazetteer must place them.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.jurisdiction import region_from_listed_towns
from policybot.knowledge.extract.units import split_unit_list


def test_towns_listed_bare_before_deng_xiangzhen_place_their_county() -> None:
    """B44-1: three or more bare names before "等乡镇" that the town table places in one county."""
    text = (
        "全县推进产业振兴。围绕孝丰、报福、杭垓、章村等乡镇,打造特色产业优势区,"
        "力争全县新增龙头企业4户。\n"
    )
    assert region_from_listed_towns(text) == "安吉县"


def test_a_list_of_towns_needs_a_county_voice_and_three_towns() -> None:
    """B44-1 guard: a city's text, or two names only, places nothing."""
    assert region_from_listed_towns("全市围绕孝丰、报福、杭垓等乡镇发展禽蛋生产。\n") is None
    assert region_from_listed_towns("全县围绕孝丰、报福等乡镇发展禽蛋生产。\n") is None


_TABLE = (
    "丁县教育事业发展规划\n\n“十四五”教育事业发展主要指标表\n\n指  标\n\n2020年\n\n2025年\n\n属性\n\n"
    "一、发展水平\n\n1.学前教育毛入园率(%)\n\n95%\n\n98%以上\n\n约束性\n\n"
    "2.义务教育巩固率(%)\n\n99%\n\n100%\n\n约束性\n\n"
    "二、师资水平\n\n1.小学教师专科及以上学历比例(%)\n\n100%\n\n100%\n\n预期性\n\n"
    "2.班额达标比例(%)\n\n其中:小学\n\n初中\n\n60%\n\n70%\n\n90%以上\n\n95%以上\n\n预期性\n"
)


def test_an_indicator_table_one_cell_per_line_gives_its_goal_column() -> None:
    """B44-2: the later year column is the goal (named by its row), the first the base."""
    found = {
        (t.subject, t.value, t.unit, t.deadline) for t in extract_text(_TABLE, "x.txt").targets
    }
    due = date(2025, 12, 31)
    assert found == {
        ("学前教育毛入园率", 98, "%", due),
        ("义务教育巩固率", 100, "%", due),
        ("小学教师专科及以上学历比例", 100, "%", due),
        ("班额达标比例(小学)", 90, "%", due),
        ("班额达标比例(初中)", 95, "%", due),
    }


def test_two_rows_of_one_indicator_table_are_not_merged() -> None:
    """B44-2: rows alike in figure and wording ("义务教育巩固率 100%", "小学教师…100%") stay two."""
    values = [t.value for t in extract_text(_TABLE, "x.txt").targets]
    assert values.count(100) == 2


def test_a_status_the_work_already_has_is_no_step() -> None:
    """B44-3: "已纳入2031年省重点督查范围" says where the work stands; the goal stays."""
    text = (
        "戊县农田建设任务的通知\n\n高标准农田建设已纳入2031年省重点督查范围。"
        "确保2031年新增高标准农田3000亩。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.milestones == []
    assert [t.value for t in extraction.targets] == [3000]


def test_a_dated_step_is_still_a_milestone() -> None:
    """B44-3 guard: "2031年6月底前纳入…" without 已 is a step."""
    text = "戊县农田建设任务的通知\n\n县农业农村局于2031年6月底前将新建项目纳入省级项目库。\n"
    assert [m.due for m in extract_text(text, "x.txt").milestones] == [date(2031, 6, 30)]


def test_a_review_held_regularly_each_year_is_a_yearly_duty() -> None:
    """B44-4: "定期开展…年度评价激励工作"."""
    text = (
        "己县农田建设任务的通知\n\n三、严格考核\n县农业农村局要定期开展农田建设年度评价激励工作,"
        "强化结果运用。\n"
    )
    assert [d.every for d in extract_text(text, "x.txt").recurring] == ["year"]


def test_a_county_list_with_its_enumeration_comma_is_one_government() -> None:
    """B44-5: "各县(市)、区人民政府" is one answerable party."""
    assert split_unit_list("市财政局、农业局,各县(市)、区人民政府") == [
        "市财政局",
        "市农业局",
        "各县(市)、区人民政府",
    ]


def test_lists_a_comma_joins_share_the_verb_after_them() -> None:
    """B44-5: the goals' trailer on its own line and an item's trailer in its paragraph."""
    text = (
        "庚市2031年政府工作报告重点工作分解\n\n一、主要目标\n今年全市生产总值增长7%;地方财政收入增长6%。\n"
        "由市人民政府各相关部门,各县(市)、区人民政府负责落实。\n二、为民办好实事\n"
        "(一)继续实施农机具购置补贴,确保补贴总金额高于上年。由市财政局、农业局、农机局,"
        "各县(市)、区人民政府负责落实。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert {tuple(t.lead_units) for t in extraction.targets} == {
        ("市人民政府各相关部门", "各县(市)、区人民政府")
    }
    assert [t.lead_units for t in extraction.tasks] == [
        ["市财政局", "市农业局", "市农机局", "各县(市)、区人民政府"]
    ]


def test_a_sentence_that_names_the_goals_is_no_task() -> None:
    """B44-5: "今年我市经济社会发展的主要目标。" before the figures is their name, not a duty."""
    text = (
        "辛市2031年重点工作分解\n\n一、2031年全市经济和社会发展的主要目标\n"
        "今年我市经济社会发展的主要目标。生产总值增长7%;城镇登记失业率控制在4%以内。\n"
        "由市人民政府各相关部门负责落实。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.tasks == []
    assert len(extraction.targets) == 2


def test_a_report_at_every_quarters_end_is_quarterly() -> None:
    """B44-6: "在3月、6月、9月、12月底前,把…完成情况报送…"."""
    text = (
        "壬市重点工作分解的通知\n\n各责任单位要在3月、6月、9月、12月底前,把重点工作完成情况"
        "报送市政府督查室。\n"
    )
    assert [d.every for d in extract_text(text, "x.txt").recurring] == ["quarter"]


def test_the_size_of_one_facility_being_built_is_no_goal() -> None:
    """B44-7: "完成200万只蛋鸡标准化养殖基地建设"; a count of facilities stays a goal."""
    text = (
        "癸县2031年农业工作要点\n\n完成西山200万只蛋鸡标准化养殖基地建设。新建标准化养殖基地5个。"
        "建设冷链物流园项目3个。\n"
    )
    found = [(t.value, t.unit) for t in extract_text(text, "x.txt").targets]
    assert found == [(5, "个"), (3, "个")]


def test_an_indicator_table_with_a_unit_column_and_marked_years() -> None:
    """B44-2: "单位" cells after each name, "2020年基期值" a base, "2025年目标值" the goal."""
    text = (
        "子市养老服务规划\n\n主要指标\n\n指标名称\n单位\n2020年基期值\n2025年目标值\n属性\n"
        "1.每千名老年人拥有养老床位\n张\n30\n35\n预期性\n2.护理型床位占比\n%\n40\n55\n约束性\n"
    )
    found = [(t.subject, t.value, t.unit, t.deadline) for t in extract_text(text, "x.txt").targets]
    assert found == [
        ("每千名老年人拥有养老床位", 35, "张", date(2025, 12, 31)),
        ("护理型床位占比", 55, "%", date(2025, 12, 31)),
    ]


def test_an_indicator_table_of_goal_years_only_gives_every_column() -> None:
    """B44-2: "2025年目标 / 2030年目标": both columns are goals (no base column)."""
    text = "丑市养老服务规划\n\n主要指标\n\n指标\n2025年目标\n2030年目标\n1.养老床位(张)\n35\n40\n"
    found = [(t.value, t.deadline) for t in extract_text(text, "x.txt").targets]
    assert found == [(35, date(2025, 12, 31)), (40, date(2030, 12, 31))]
