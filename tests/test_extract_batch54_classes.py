"""General rules for the plan-period class the brief of batch 54 aimed at (corpus/unseen/SOURCES.md,
"Batch 54"; FAILURES.md "Batch 54"): a signed text that sets its goals for 全年/年内/今年 under a
title with no plan word the annual rules know ("…活动方案", "…的通知") and writes no year was read
with no period, so its goals had no due date (B54-1); and a chrome class of the batch's dev part:
a page's 发布机构 field "某局(原某中心)" read as a task whose lead unit is the former name (B54-2).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are invented.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

_YEARS_DRIVE = (
    "青禾县人民政府关于开展项目建设攻坚年活动的通知\n"
    "各乡镇人民政府,县直各单位:\n"
    "一、目标任务\n"
    "全年实施重点项目100个,完成投资80亿元;年内建成标准化厂房20万平方米。\n"
    "青禾县人民政府\n"
)


def test_goals_set_for_the_whole_year_take_the_signing_year() -> None:
    """B54-1: "全年实施重点项目100个" under a 2031-02 落款 is due at the end of 2031."""
    extraction = extract_text(_YEARS_DRIVE + "2031年2月6日\n", "x.txt")
    assert extraction.document.period == (2031, 2031)
    assert {str(t.deadline) for t in extraction.targets} == {"2031-12-31"}


def test_goals_for_the_year_signed_in_december_are_the_next_years() -> None:
    """B54-1: signed in its last two months, a text about 全年 plans the coming year."""
    extraction = extract_text(_YEARS_DRIVE + "2031年12月20日\n", "x.txt")
    assert extraction.document.period == (2032, 2032)


def test_a_summary_naming_another_year_is_not_read_as_the_signing_years() -> None:
    """B54-1 guard: "2030年工作总结" signed in 2031 writes another year: no period is made up."""
    text = (
        "青禾县2030年工作总结\n"
        "全年实施重点项目100个,完成投资80亿元。\n"
        "青禾县人民政府\n2031年1月20日\n"
    )
    assert extraction_period(text) != (2031, 2031)


def test_an_unsigned_text_about_the_year_gets_no_period_from_this_rule() -> None:
    """B54-1 guard: without a 落款 the one year a text writes may be an event's, not the plan's."""
    text = "青禾县文旅工作任务\n全年举办文旅活动3场次。\n办好2031年油菜花节。\n"
    assert extraction_period(text) is None


def test_a_former_name_in_brackets_is_no_unit_note() -> None:
    """B54-2: "发布机构: 青禾县数据资源管理局(原政务服务中心)" names no task and no unit."""
    text = (
        "青禾县数据资源管理局(原政务服务中心)\n"
        "发布机构: 青禾县数据资源管理局(原政务服务中心) 主题分类: 综合政务\n"
        "名称: 关于做好2031年乡村振兴重点工作的实施意见\n"
        "2031年,力争规上农产品加工业产值增长8%以上。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.tasks == []
    assert extraction.units == []


def test_a_bracketed_unit_note_still_closes_a_task() -> None:
    """B54-2 guard: "(牵头单位:县农业农村局)" and a bare "(县农业农村局)" remain unit notes."""
    text = (
        "青禾县农业工作要点\n"
        "一、推进高标准农田建设,完善灌排设施。(牵头单位:县农业农村局)\n"
        "二、推进农村公路养护,落实路长制。(县交通运输局)\n"
    )
    leads = [task.lead_units for task in extract_text(text, "x.txt").tasks]
    assert leads == [["县农业农村局"], ["县交通运输局"]]


def extraction_period(text: str) -> tuple[int, int] | None:
    return extract_text(text, "x.txt").document.period


def test_a_plan_giving_itself_several_years_is_not_the_signing_years() -> None:
    """attack47 H5: "实施期为三年" with 全年 goals was read as one year's plan, and its
    three-year total was due the year it was signed."""
    text = (
        "碧川市质量品牌提升行动方案\n一、实施期限\n本方案实施期为三年。\n二、主要目标\n"
        "全年新增省名牌产品10个,计划期内累计新增省名牌产品30个。\n"
        "碧川市人民政府办公室\n2031年5月10日\n"
    )
    assert extraction_period(text) != (2031, 2031)
    two_years = text.replace("本方案实施期为三年。", "力争通过两年努力,品牌建设取得突破。")
    assert extraction_period(two_years) != (2031, 2031)
