"""General rules for the failure classes first seen on batch 37's dev part (corpus/unseen/SOURCES.md,
"Batch 37"): a number inside the title of a notice a text follows, written without 《》 ("根据县政府
关于2031年实施20项民生工程的通知精神"), read as a goal (B37-1); rate subsidies paid by a department
named before its verb ("财政部门给予A贷款利息2%、B贷款利息1.5%的贴息支持") read as goals and no reward,
their per-firm ceiling ("单户企业贴息总额共计不超过100万元") as a goal and not a condition, and a
share of tax the treasury pays back ("两年内按…的同等比例,由县财政补助给企业") read as goals (B37-2,
B37-3); value bands listed before a "且…" condition and paid "分别" read as one reward (B37-4); an
undated plan whose deadlines name months only and whose one year is that of the notice it carries
out read with no date at all (B37-5); a page's "来源文件:《…》(…号)" not read as the document's title,
number and issuer (B37-6); a unit note "责任单位及联系方式:区发改局22355770" not read (B37-7).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text

PARK_PLAN = (
    "体育公园工程实施方案\n"
    "为加快基础设施建设,根据县政府关于2031年实施20项民生工程的通知精神,制定本方案。\n"
    "一、目标任务\n"
    "4月底完成附属工程建设,11月底前整个工程完工,并一次性通过验收。\n"
    "二、计划管理\n"
    "工程具体计划:3月底前完成附属工程规划设计;6月份主体工程动工兴建;8月份完成主体工程的70%。\n"
)


def test_a_number_in_a_cited_notice_title_is_no_target() -> None:
    """B37-1: "关于2031年实施20项民生工程的通知" names the notice the plan follows."""
    extraction = extract_text(PARK_PLAN, "x.txt")
    assert 20 not in {t.value for t in extraction.targets}


def test_a_plan_dated_only_by_the_notice_it_carries_out_takes_that_year() -> None:
    """B37-5: month-only deadlines of a plan whose one year is its basis notice's fall in that
    year; a figure opening with a month is due at that month's end."""
    extraction = extract_text(PARK_PLAN, "x.txt")
    assert extraction.document.period == (2031, 2031)
    dues = {m.due for m in extraction.milestones}
    assert {date(2031, 4, 30), date(2031, 11, 30), date(2031, 3, 31), date(2031, 6, 30)} <= dues
    (target,) = [t for t in extraction.targets if t.value == 70]
    assert target.deadline == date(2031, 8, 31)


def test_a_plan_naming_other_years_is_not_dated_by_its_basis_notice() -> None:
    """B37-5 guard: a text that names a second year is not dated by the basis notice alone."""
    text = PARK_PLAN.replace("制定本方案。", "制定本方案。2029年已完成前期工作。")
    extraction = extract_text(text, "x.txt")
    assert extraction.document.period != (2031, 2031)


SUBSIDY_RULE = (
    "甲市人民政府办公室关于印发甲市科技金融贴息办法的通知\n"
    "2031年3月1日\n"
    "一、支持标准\n"
    "对符合条件的科技企业贷款,经办银行实行优惠贷款利率,财政部门给予首次贷款企业贷款利息2%、"
    "其他企业贷款利息1.5%的贴息支持。单户企业贴息总额共计不超过100万元。\n"
    "二、适用范围\n"
    "在甲市依法注册登记的高新技术企业。\n"
)


def test_rate_subsidies_per_class_are_rewards_not_targets() -> None:
    """B37-2: one reward per class of borrower, its rate the treatment; no goal."""
    extraction = extract_text(SUBSIDY_RULE, "x.txt")
    assert not extraction.targets
    treatments = sorted(r.treatment or "" for r in extraction.rewards)
    assert treatments == ["其他企业贷款利息1.5%的贴息支持", "首次贷款企业贷款利息2%的贴息支持"]
    assert all(r.amount_yuan is None for r in extraction.rewards)


def test_a_firms_subsidy_ceiling_in_its_own_sentence_is_an_overall_cap() -> None:
    """B37-2: "单户企业贴息总额共计不超过100万元" caps every rate for one firm."""
    extraction = extract_text(SUBSIDY_RULE, "x.txt")
    kinds = {c.kind: c.text for c in extraction.conditions}
    assert kinds.get("overall_cap", "").startswith("单户企业贴息总额共计不超过100万元")


def test_a_tax_share_paid_back_by_the_treasury_is_a_reward() -> None:
    """B37-3: "按…的同等比例,由县财政补助给企业" pays the whole share back; the project's size and
    the 50% of later years are criteria and rates, not goals."""
    text = (
        "甲县招商引资优惠办法\n"
        "第四条固定资产投资额1000万元(人民币,下同)及以上的鼓励类生产性投资项目,项目建成投产后,"
        "两年内按企业所得税县级留存部分的同等比例,由县财政补助给企业;第三年至第五年按企业所得税"
        "县级留存部分的50%,由县财政补助给企业。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert not extraction.targets
    treatments = [r.treatment or "" for r in extraction.rewards]
    assert any("同等比例" in t for t in treatments) and any("50%" in t for t in treatments)
    first = next(r for r in extraction.rewards if "同等比例" in (r.treatment or ""))
    assert first.achievement.startswith("固定资产投资额1000万元及以上的鼓励类生产性投资项目")


def test_bands_before_a_further_condition_are_one_reward_each() -> None:
    """B37-4: "对A500万元以上、1000万元以上、5000万元以上,且增幅达20%以上的,分别给予…" is three
    rewards, each band with the condition."""
    text = (
        "甲区人民政府办公室关于印发甲区楼宇经济若干措施的通知\n"
        "2031年5月1日\n"
        "1.培育楼宇税源。对单栋楼宇年度经济贡献500万元(含)以上、1000万元(含)以上、5000万元(含)"
        "以上,且比上年度增幅达20%(含)以上的,分别给予楼宇业主一次性奖励10万元、20万元、40万元。\n"
    )
    extraction = extract_text(text, "x.txt")
    by_amount = {r.amount_yuan: r.achievement for r in extraction.rewards}
    assert set(by_amount) == {100000, 200000, 400000}
    assert by_amount[400000].startswith("单栋楼宇年度经济贡献5000万元")
    assert all("增幅达20%" in achievement for achievement in by_amount.values())


def test_a_single_band_with_a_condition_is_unchanged() -> None:
    """B37-4 guard: a "且…" clause after one band is still one reward with its sum."""
    text = (
        "甲区楼宇经济若干措施\n"
        "对单栋楼宇年度经济贡献500万元以上,且比上年度增幅达20%以上的,给予一次性奖励10万元。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert [r.amount_yuan for r in extraction.rewards] == [100000]


def test_a_source_document_line_gives_title_number_and_issuer() -> None:
    """B37-6: the page excerpts the document its "来源文件" line names; B37-7: the unit of a
    "责任单位及联系方式" line, its telephone number dropped."""
    text = (
        "来源文件:《甲市乙区人民政府办公室关于印发乙区进一步加强招商引资工作若干措施(试行)的通知》"
        "(甲乙政办明电〔2031〕68号)\n"
        "奖励标准:\n"
        "1.支持企业发展壮大。对入驻楼宇的服务业企业其年度经济贡献超300万元的,按其对区级经济贡献"
        "比上年度增幅部分的40%给予奖励。\n"
        "责任单位及联系方式:区发改局22355770\n"
    )
    extraction = extract_text(text, "x.txt")
    meta = extraction.document
    assert meta.title == "乙区进一步加强招商引资工作若干措施(试行)"
    assert meta.doc_number == "甲乙政办明电〔2031〕68号"
    assert meta.issuer == "甲市乙区人民政府办公室"
    assert extraction.units == ["区发改局"]
