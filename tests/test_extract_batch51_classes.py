"""General rules for the failure classes first seen on batch 51's dev part (corpus/unseen/SOURCES.md,
"Batch 51"; FAILURES.md "Batch 51"): a page's publisher field naming an office with its second
name in brackets not taken for the issuer, so the region was read from the body (B51-1); a work
plan opening on what its year is ("2031年是…之年") left without a year, its goals undated (B51-2);
a month-only deadline opening a sentence of a signed notice that writes no year not dated (B51-3);
"<case>的,由A、B跟进督办" not read as a task (B51-4); a task table copied one row a line, the next
row glued to the row above, and its goal cell (before the units) left unread when a further unit
column follows them (B51-5); "力争2031年度我区…取得明显成效" not dated (B51-6); a ratio narrowed to
a bare number ("收入比缩小至1.9以内") not read as a goal (B51-7).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are invented.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text

_PUBLISHER_PAGE = (
    "索引号: | 001/2031-0001 | 公开方式: | 主动公开 |\n"
    "文号: | 公开日期: | 2031-05-06 | |\n"
    "发布单位: | 青禾市农业农村局(青禾市乡村振兴局) | 主题分类: | 农业 |\n"
    "2031年是实施规划承上启下的关键之年,做好全省全国“三农”工作意义重大。\n"
    "主要指标:农业增加值增长3.5%;城乡居民收入比缩小至1.9以内。\n"
)


def test_a_publisher_with_a_bracketed_second_name_is_the_issuer() -> None:
    """B51-1: "青禾市农业农村局(青禾市乡村振兴局)" is the issuer, so the region is its city."""
    document = extract_text(_PUBLISHER_PAGE, "x.txt").document
    assert document.issuer == "青禾市农业农村局(青禾市乡村振兴局)"
    assert document.region == "青禾市"


def test_a_bracket_that_names_no_office_stays_unread() -> None:
    """B51-1 guard: a bracket that is no office's name ("(试行)") does not make an issuer."""
    text = _PUBLISHER_PAGE.replace("(青禾市乡村振兴局)", "(试行)")
    assert extract_text(text, "x.txt").document.issuer is None


def test_a_text_opening_on_its_year_plans_that_year() -> None:
    """B51-2: "2031年是…关键之年" in the opening: period 2031, the goals due at its end."""
    extraction = extract_text(_PUBLISHER_PAGE, "x.txt")
    assert extraction.document.period == (2031, 2031)
    growth = [t for t in extraction.targets if t.value == 3.5]
    assert growth and growth[0].deadline == date(2031, 12, 31)


def test_a_year_said_later_in_the_body_is_no_plan_year() -> None:
    """B51-2 guard: "2031年是…之年" past the opening lines names no plan year."""
    text = "某市工作通知\n" + "各单位要按要求做好工作。\n" * 20 + "2031年是关键之年。\n"
    assert extract_text(text + "全年新增就业1000人。\n", "x.txt").document.period != (2031, 2031)


_MONTH_NOTICE = (
    "各镇人民政府,区政府各部门:\n"
    "现将《关于进一步优化服务环境工作方案》印发给你们,请认真贯彻执行。\n"
    "2031年10月12日\n"
    "关于进一步优化服务环境工作方案\n"
    "(一)推进服务事项集中办理。\n"
    "1.清理服务大厅外的办理事项,各单位对清理情况开展自查。11月20日前,各单位将自查整改"
    "情况报区政务服务中心。区政务服务中心将进驻情况在全区通报。逾期未进驻的,由区政务服务中心、"
    "区效能办跟进督办。\n"
)


def test_a_month_opening_a_sentence_of_a_signed_notice_is_dated() -> None:
    """B51-3: "11月20日前,各单位将…报…" in a notice signed 2031-10-12: due 2031-11-20."""
    milestones = extract_text(_MONTH_NOTICE, "x.txt").milestones
    assert [m.due for m in milestones if "自查整改" in m.title] == [date(2031, 11, 20)]


def test_a_month_inside_a_clause_is_not_dated_by_the_signing() -> None:
    """B51-3 guard: "各单位在11月20日前…" (the month inside its clause) is not read this way."""
    text = _MONTH_NOTICE.replace("11月20日前,各单位将", "各单位于每年11月20日前将")
    assert not [m for m in extract_text(text, "x.txt").milestones if "自查整改" in m.title]


def test_bodies_that_follow_a_case_up_hold_a_task() -> None:
    """B51-4: "逾期未进驻的,由A、B跟进督办": a task led by both, titled by the case."""
    tasks = extract_text(_MONTH_NOTICE, "x.txt").tasks
    followed = [t for t in tasks if "督办" in t.title]
    assert len(followed) == 1
    assert followed[0].lead_units == ["区政务服务中心", "区效能办"]
    assert followed[0].title.startswith("逾期未进驻的")


def test_a_follow_up_without_a_case_is_no_task() -> None:
    """B51-4 guard: without a case clause ("…的,") before 由, nothing is read this way."""
    text = _MONTH_NOTICE.replace("逾期未进驻的,由", "另外,由")
    assert not [t for t in extract_text(text, "x.txt").tasks if "督办" in t.title]


_ROW_TABLE = (
    "青禾市河湖管护主要任务分解方案\n"
    "青禾市河湖管护主要任务分解表\n"
    "序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n"
    "1 水资源 保护 守住取水总量上限 实施取水许可管理。到2032年,全市用水总量控制在8.5亿立方米"
    "以内。 市水务局 市发展改革委、住房和城乡建设局等 各县(市、区)人民政府,青禾新区管委会\n"
    "2  提升用水 效率 落实节水考核。到2032年,全市万元工业增加值用水量比2030年下降20%"
    "以上。 市水务局 市发展改革委等 各县(市、区)人民政府,青禾新区管委会\n"
    "3   推进企业节水。到2032年,重点用水企业建成节水型企业。 市工业和信息化局 市发展改革委等 "
    "各县(市、区)人民政府\n"
)


def test_a_spaced_row_table_reads_each_rows_goal() -> None:
    """B51-5: each numbered row its own; the goal cell before the units read, due by its words."""
    extraction = extract_text(_ROW_TABLE, "x.txt")
    goals = sorted((t.value, t.unit, t.deadline) for t in extraction.targets)
    assert goals == [(8.5, "亿立方米", date(2032, 12, 31)), (20, "%", date(2032, 12, 31))]
    assert all(t.lead_units == ["市水务局"] for t in extraction.targets)
    standard = [m for m in extraction.milestones if "节水型企业" in m.title]
    assert [m.due for m in standard] == [date(2032, 12, 31)]


def test_a_row_number_inside_a_sentence_opens_no_row() -> None:
    """B51-5 guard: a line opening with a number that is not the next row's stays joined."""
    from policybot.knowledge.extract.normalise import _next_row

    assert _next_row("1 完善管护 …管委会", "2 推进整治")
    assert not _next_row("1 完善管护 …管委会", "3 推进整治")
    assert not _next_row("完善管护,到2032年", "2 推进整治")


def test_a_year_a_striving_verb_aims_at_dates_the_state() -> None:
    """B51-6: "力争2031年度我区…取得突破性进展": a milestone due 2031-12-31, 我区 left out."""
    text = (
        "青禾区优化营商环境行动方案\n一、总体要求\n"
        "力争2031年度我区数字经济核心产业取得突破性进展,综合排名进入全省前列。\n"
    )
    milestones = extract_text(text, "x.txt").milestones
    assert [(m.title, m.due) for m in milestones] == [
        ("数字经济核心产业取得突破性进展", date(2031, 12, 31))
    ]


def test_a_year_of_a_list_is_still_a_name() -> None:
    """B51-6 guard: "2031年度…名单" without a verb of striving names a list, no date."""
    text = (
        "青禾区工作通知\n现将2031年度我区营商环境先进单位名单予以公布。\n到2032年新增企业10家。\n"
    )
    assert not extract_text(text, "x.txt").milestones


def test_a_ratio_narrowed_to_a_bare_number_is_a_goal() -> None:
    """B51-7: "城乡居民收入比缩小至1.9以内": a goal of 1.9, its subject without the verb."""
    targets = extract_text(_PUBLISHER_PAGE, "x.txt").targets
    ratio = [t for t in targets if t.value == 1.9]
    assert len(ratio) == 1
    assert ratio[0].subject == "城乡居民收入比"
    assert ratio[0].unit is None
