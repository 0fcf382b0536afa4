"""General rules for the failure classes first seen on batch 17's dev part (corpus/unseen/SOURCES.md,
"Batch 17"): a progress notice's status figures ("截至…累计完成…"), a month a notice demands with
no year written anywhere ("确保11月底…"), and a quota table that writes an autonomous county by its
short name ("石柱县").

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

_NOTICE = (
    "全市秸秆还田作业进度通报\n"
    "截至2041年8月31日,全市秸秆还田累计完成作业面积6.2万亩(其中:8月完成1.1万亩),"
    "占全年计划面积的31%。\n"
    "请各区县加快推进,确保11月底全面完成作业任务。\n"
    "市农业农村委\n"
    "2041年9月2日\n"
    "附表\n"
    "序号 | 区(县) | 下达任务面积(亩) | 累计完成面积(亩) |\n"
    "1 | 石柱县 | 4000 | 100 |\n"
    "2 | 黔江区 | 6000 | 300 |\n"
    "3 | 彭水县 | 5000 | 0 |\n"
)


def test_a_status_date_on_or_before_the_signing_reports_the_past() -> None:
    """B17-1: "截至2041年8月31日,累计完成6.2万亩(其中8月1.1万亩),占全年计划的31%" in a notice
    signed 2041-09-02 states where things stand: none of the three numbers is a goal."""
    values = {t.value for t in extract_text(_NOTICE, "x.txt").targets}
    assert not values & {6.2, 1.1, 31.0}


def test_a_status_date_after_the_signing_is_still_a_goal() -> None:
    """B17-1: "截至2043年底,累计建成…" in a plan signed in 2041 is a goal for 2043."""
    text = (
        "某市农田建设三年行动方案\n"
        "截至2043年底,全市累计建成高标准农田120万亩。\n"
        "某市人民政府\n2041年3月1日\n"
    )
    found = [
        (t.value, t.deadline.isoformat() if t.deadline else None)
        for t in extract_text(text, "x.txt").targets
    ]
    assert (120.0, "2043-12-31") in found


def test_a_demanded_month_without_a_year_falls_after_the_signing() -> None:
    """B17-2: "确保11月底全面完成作业任务" in a notice signed 2041-09-02, no year written before
    it: a milestone due 2041-11-30."""
    dues = {m.due.isoformat() for m in extract_text(_NOTICE, "x.txt").milestones if m.due}
    assert "2041-11-30" in dues


def test_a_month_in_a_report_sentence_is_no_demanded_deadline() -> None:
    """B17-2: a month named without 确保/务必/请于… ("8月完成1.1万亩") dates no milestone."""
    dues = {m.due.isoformat() for m in extract_text(_NOTICE, "x.txt").milestones if m.due}
    assert not any(due.startswith("2041-08") or due.startswith("2042-08") for due in dues)


def test_an_autonomous_county_keeps_the_short_name_a_quota_table_writes() -> None:
    """B17-3: a table row "石柱县 | 4000" names 石柱土家族自治县 by its short form; the target's
    district is the form the document writes, as "黔江区" is."""
    districts = {t.district: t.value for t in extract_text(_NOTICE, "x.txt").targets}
    assert districts.get("石柱县") == 4000.0
    assert districts.get("彭水县") == 5000.0
    assert districts.get("黔江区") == 6000.0


def test_a_goal_against_a_baseline_year_keeps_the_comparison_in_its_subject() -> None:
    """B17-4: "单位地区生产总值能源消耗比2040年下降14%": the subject says what 14% measures
    ("…比2040年下降"), not "…能源消耗比"; the deadline stays the plan's horizon."""
    text = (
        "某市“十五五”节能工作方案\n"
        "到2045年,全市单位地区生产总值能源消耗比2040年下降14%,"
        "主要污染物排放总量比2040年分别下降8%、10%以上。\n"
    )
    found = {
        (t.value, t.subject, t.deadline.isoformat() if t.deadline else None)
        for t in extract_text(text, "x.txt").targets
    }
    assert (14.0, "全市单位地区生产总值能源消耗比2040年下降", "2045-12-31") in found
    assert all(not subject.endswith("比") for _, subject, _ in found)


def test_a_reprints_short_name_is_no_part_of_the_notice_title() -> None:
    """B17-5: "关于印发《某市节能工作方案》(以下简称《方案》的通知": the title is 某市节能工作方案, not
    "某市节能工作方案》(以下简称《方案"."""
    text = (
        "日前,某市人民政府发布了关于印发《某市节能工作方案》(以下简称《方案》的通知。\n"
        "某市节能工作方案\n"
        "到2045年,全市单位地区生产总值能源消耗比2040年下降14%。\n"
    )
    assert extract_text(text, "x.txt").document.title == "某市节能工作方案"


def test_a_respective_list_gives_each_item_its_own_subject() -> None:
    """B17-6: "甲物质、乙物质、丙物质重点工程减排量分别达到4.3万吨、0.2万吨、3.7万吨": one goal per
    item, the shared measure given to each; with a baseline ("排放总量比2040年分别下降8%、10%")
    the comparison follows every item."""
    text = (
        "某市节能工作方案\n"
        "到2045年,甲物质、乙物质、丙物质重点工程减排量分别达到4.3万吨、0.2万吨、3.7万吨。\n"
        "到2045年,丁物质、戊物质排放总量比2040年分别下降8%、10%以上。\n"
    )
    found = {(t.value, t.subject) for t in extract_text(text, "x.txt").targets}
    assert found >= {
        (4.3, "甲物质重点工程减排量"),
        (0.2, "乙物质重点工程减排量"),
        (3.7, "丙物质重点工程减排量"),
        (8.0, "丁物质排放总量比2040年下降"),
        (10.0, "戊物质排放总量比2040年下降"),
    }


def test_a_list_whose_count_differs_from_its_numbers_keeps_its_subject() -> None:
    """B17-6: two items and one number ("甲类企业、乙类企业数量分别达到120家"): the counts
    disagree, so the subject is not split."""
    text = "某市工作方案\n到2045年,甲类企业、乙类企业数量分别达到120家。\n"
    subjects = {t.subject for t in extract_text(text, "x.txt").targets if t.value == 120.0}
    assert subjects and all("甲类企业" in subject for subject in subjects)


def test_a_dated_notice_about_the_years_work_gives_its_quotas_that_year() -> None:
    """B17-7: a progress notice signed 2041-09-02, no plan period, about "全年计划面积": the quota
    rows are due by the end of 2041, not left without a deadline."""
    dues = {
        t.district: t.deadline.isoformat() if t.deadline else None
        for t in extract_text(_NOTICE, "x.txt").targets
    }
    assert dues.get("黔江区") == "2041-12-31"


def test_a_notice_without_the_years_work_is_dated_by_its_signing_year() -> None:
    """B17-7, then D50-3 (FAILURES "Stop 50 — dating convention"): the same table in a notice
    that never speaks of the year's work, has no period and names no other year of its own is
    that signing year's (it kept no deadline before the dev gold was put to SCHEMA.md's rule)."""
    text = _NOTICE.replace("占全年计划面积的31%", "进展较快").replace("确保11月底", "尽快")
    dues = {t.district: t.deadline for t in extract_text(text, "x.txt").targets}
    assert dues.get("黔江区") is not None and dues["黔江区"].isoformat() == "2041-12-31"
