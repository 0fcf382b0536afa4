"""General rules for the failure classes first seen on batch 27's dev part (corpus/unseen/SOURCES.md,
"Batch 27"): a reward rule paying shares of a tax "按…60%、…按10%的标准奖励给…" and opening its
scope with "凡2031年以后…", whose place is named only by the office that supplied the text
("某市台办供稿"); a county plan asking for "一个以上" of something; a notice run into one line with
its 落款 in the middle; a province's 部门分工 whose trailer names the answerable leaders before the
units and counts people in a bare 万; and an annual "责任分工" whose title gives the year.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text

TAX_SHARES = (
    "丙县招商引资奖励办法\n"
    "一、奖励标准\n"
    "1、招商税收奖。对乡镇、部门(单位)引进的项目,除给予个人引荐奖外,自该项目纳税年度起,"
    "前两年按其税收县级所得部分50%、第三年起按5%的标准奖励给引进乡镇、部门(单位)。\n"
)


def test_tax_shares_handed_to_whoever_brought_a_project_are_rewards_not_goals() -> None:
    """B27-1: each rate of "前两年按…50%、第三年起按5%的标准奖励给…" is one reward without a
    fixed sum (the rate and the recipient in its treatment, the period in its achievement); the
    rates are no targets."""
    extraction = extract_text(TAX_SHARES, "x.txt")
    assert extraction.targets == []
    assert [(r.achievement, r.amount_yuan) for r in extraction.rewards] == [
        ("乡镇、部门(单位)引进的项目(前两年)", None),
        ("乡镇、部门(单位)引进的项目(第三年起)", None),
    ]
    assert "50%" in (extraction.rewards[0].treatment or "")
    assert "奖励给引进乡镇" in (extraction.rewards[1].treatment or "")


WHOEVER = (
    "丙县招商引资奖励办法\n"
    "一、奖励标准\n"
    "2、代理招商奖。凡2031年以后由社会力量引进的工业项目,经注册登记并建成投产后,由县财政按下列"
    "标准给予奖励;单个项目进资1001--2000万元的奖励4万元。\n"
)


def test_a_year_after_whoever_bounds_who_qualifies_and_starts_no_phase() -> None:
    """B27-2: "凡2031年以后由社会力量引进的工业项目" says which projects the rule covers; no
    milestone starting in 2031."""
    extraction = extract_text(WHOEVER, "x.txt")
    assert extraction.milestones == []
    assert 40000 in [r.amount_yuan for r in extraction.rewards]


SUPPLIED = (
    "1、信息奖。每引进投资1000万元以上的工业项目,奖励引荐人3000元。\n"
    "2、贡献奖。对招商有突出贡献的人员,每人奖金3000元。\n"
    "丙县台办供稿 联系电话:0000--1234567\n"
)


def test_the_office_that_supplied_the_text_names_its_place() -> None:
    """B27-3: with no title, issuer or doc number, "丙县台办供稿" on the last line is an organ of
    a real place: the text is that place's (here a county of the gazetteer, 沛县)."""
    text = SUPPLIED.replace("丙县", "沛县")
    extraction = extract_text(text, "x.txt")
    assert extraction.document.region is not None and extraction.document.region.endswith("沛县")


def test_a_photographer_credit_names_no_place() -> None:
    """B27-3 (bound): "张三供稿" is a person, no organ of a place."""
    text = SUPPLIED.replace("丙县台办供稿", "张三供稿")
    extraction = extract_text(text, "x.txt")
    assert extraction.document.region is None


AT_LEAST_ONE = (
    "丙县巩固提升就业车间实施方案\n"
    "一、总体要求\n"
    "还没有就业车间的乡镇原则上到2031年底要建成一个以上就业车间。各村要建设一个服务平台。\n"
)


def test_one_or_more_written_in_chinese_is_a_target() -> None:
    """B27-4: "建成一个以上就业车间" is a count (at least one), due at the year's end; "建设一个服务
    平台" (一 as the article, no 以上) stays no count, and no milestone is left."""
    extraction = extract_text(AT_LEAST_ONE, "x.txt")
    assert [(t.value, t.unit, t.deadline) for t in extraction.targets] == [
        (1, "个", date(2031, 12, 31))
    ]
    assert "以上" in (extraction.targets[0].qualifier or "")
    assert extraction.milestones == []


RUN_IN = (
    "丙乡振组发〔2031〕2号 关于印发《丙县就业车间专项行动实施方案》的通知 各乡镇: 《丙县就业车间"
    "专项行动实施方案》已经审定通过。现印发给你们,请认真抓好贯彻落实。 丙县乡村振兴领导小组 "
    "2031年9月3日 丙县就业车间专项行动实施方案 为帮助群众就近就业,特制定本方案。一、目标 到2031年底"
    "新增就业车间5个。\n"
)


def test_the_signature_of_a_notice_run_into_one_line_is_its_signing_date() -> None:
    """B27-5: "…贯彻落实。 丙县乡村振兴领导小组 2031年9月3日 丙县…实施方案 为…" — the 落款 between
    the notice and the plan's title: issued 2031-09-03, and that date starts no milestone."""
    extraction = extract_text(RUN_IN, "x.txt")
    assert extraction.document.issued == date(2031, 9, 3)
    assert extraction.milestones == []
    assert [(t.value, t.unit) for t in extraction.targets] == [(5, "个")]


LEADERS = (
    "丁省人民政府关于落实重点工作部门分工的意见\n"
    "一、主要预期目标\n"
    "主要预期目标:经济增长6%;农村低收入人口减少30万以上;能耗下降2%(分管副省长、协管副秘书长负责,"
    "省发展改革委牵头,省统计局、省生态环境厅配合)\n"
)


def test_answerable_leaders_before_the_units_of_a_trailer_are_no_units() -> None:
    """B27-6: "(分管副省长、协管副秘书长负责,省发展改革委牵头,…配合)": the leaders are people;
    the note's units still attach (lead 省发展改革委, the others support)."""
    extraction = extract_text(LEADERS, "x.txt")
    assert extraction.targets
    for target in extraction.targets:
        assert target.lead_units == ["省发展改革委"]
        assert target.support_units == ["省统计局", "省生态环境厅"]
    assert "副省长" not in " ".join(extraction.units)


def test_a_bare_wan_after_people_counts_ten_thousand_people() -> None:
    """B27-7: "农村低收入人口减少30万以上": the people are named before the number, so the unit
    is 万人 (as "65万以上贫困人口" after it)."""
    extraction = extract_text(LEADERS, "x.txt")
    people = [t for t in extraction.targets if t.value == 30]
    assert [(t.unit, t.qualifier) for t in people] == [("万人", "以上")]


SPLIT = (
    "丙县人民政府\n"
    "丙政发〔2031〕1号关于印发2031年丙县政府重要工作事项责任分工的通知\n"
    "各镇政府,县政府各部门:\n"
    "现将《2031年丙县政府重要工作事项责任分工》印发给你们,请认真落实。\n"
    "丙县人民政府\n"
    "2031年2月10日\n"
    "2031年丙县政府重要工作事项责任分工\n"
    "一、主要预期目标\n"
    "地区生产总值增长7%以上。\n"
)


def test_a_years_split_of_work_among_departments_is_due_that_year() -> None:
    """B27-8: a title "2031年丙县政府重要工作事项责任分工" is one year's work: its goals are due at
    that year's end."""
    extraction = extract_text(SPLIT, "x.txt")
    assert extraction.document.period == (2031, 2031)
    assert [(t.value, t.deadline) for t in extraction.targets] == [(7, date(2031, 12, 31))]


SCHEDULE = (
    "丙县招商引资奖励办法\n"
    "一、奖励标准\n"
    "1、信息奖。每引进投资1000万元以上的工业项目,奖励引荐人3000元。如购地建厂项目,奖金在项目开工后"
    "兑现一半,在竣工后全部兑现。\n"
    "2、代理奖。凡2031年以后由社会组织引进的服务业项目,经登记并开业后,由县财政按下列标准给予奖励;"
    "单个项目进资1001--2000万元的奖励4万元。\n"
)


def test_whom_whoever_opens_and_a_prize_paid_in_steps_are_conditions() -> None:
    """B27-9: "凡2031年以后…引进的服务业项目,…给予奖励" says whom the reward reaches (scope);
    "奖金在项目开工后兑现一半,在竣工后全部兑现" how it is paid (other)."""
    extraction = extract_text(SCHEDULE, "x.txt")
    assert any(c.kind == "scope" and c.text.startswith("凡2031年") for c in extraction.conditions)
    assert any(c.kind == "other" and "兑现一半" in c.text for c in extraction.conditions)


PROMOTION = (
    "丙县招商引资奖励办法\n"
    "一、奖励标准\n"
    "3、突出贡献奖。对招商有突出贡献的人员给予奖励,每人奖金3000元;对符合干部任用条件的经组织部门"
    "考察后予以提拔重用。\n"
)


def test_a_promised_promotion_is_a_reward_without_a_sum() -> None:
    """B27-10: "对符合干部任用条件的…予以提拔重用" promises a promotion for the same merit: a reward
    with no sum, the promotion in its treatment."""
    extraction = extract_text(PROMOTION, "x.txt")
    assert [(r.achievement, r.amount_yuan, r.treatment) for r in extraction.rewards] == [
        ("招商有突出贡献", 3000, None),
        ("符合干部任用条件的", None, "予以提拔重用"),
    ]
