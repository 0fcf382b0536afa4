"""General rules for the failure classes first seen on batch 31's dev part (corpus/unseen/SOURCES.md,
"Batch 31"): an annual plan whose first part reports how the previous year's plan went ("一、2031年
国民经济和社会发展计划执行情况": its figures are results, not goals); grant notices that name a year's
reward fund and leave the sums to an attachment ("现将2032年某某奖补资金安排计划下达给你们", "开展了
2032年某某奖励资金兑现工作", "甲项目等5个项目纳入…项目计划,奖励资金额度合计900万元"); a 公示 whose
period is a range ("公示时间为2032年3月2日至3月9日"); and a year that opens a fund's name read as a
deadline ("提出2032年某某奖励资金预安排情况").

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text

ANNUAL_PLAN = (
    "甲市人民政府关于印发甲市2032年国民经济和社会发展计划的通知\n"
    "甲政字〔2032〕7号\n"
    "各区县人民政府,市政府各部门:\n"
    "《甲市2032年国民经济和社会发展计划》已经市人民代表大会批准,现印发给你们,请认真组织实施。\n"
    "甲市人民政府\n"
    "2032年3月20日\n"
    "甲市2032年国民经济和社会发展计划\n"
    "一、2031年国民经济和社会发展计划执行情况\n"
    "(一)经济运行稳中有进。全年地区生产总值同比增长6.1%,新开工项目312个,"
    "一般公共预算收入完成402.5亿元。\n"
    "二、2032年经济社会发展主要目标\n"
    "地区生产总值增长6%左右,新增规模以上工业企业120家。\n"
)


def test_the_previous_years_execution_report_holds_no_targets() -> None:
    """B31-1: the figures under "一、2031年…计划执行情况" are what last year achieved; only the
    goals of the part after it are targets."""
    extraction = extract_text(ANNUAL_PLAN, "x.txt")
    values = sorted(t.value for t in extraction.targets)
    assert 6.1 not in values and 312 not in values and 402.5 not in values
    assert 6 in values and 120 in values


def test_a_heading_that_only_mentions_execution_keeps_its_targets() -> None:
    """B31-1 guard: a heading that names no year ("按时报告完成情况", a directive) or does not end
    in 执行情况 ("加强2032年计划执行情况监督,确保完成目标") is no report of the past."""
    for heading in ("二、按时报告完成情况", "二、加强2032年计划执行情况监督,确保完成目标"):
        text = ANNUAL_PLAN.replace("二、2032年经济社会发展主要目标", heading)
        values = {t.value for t in extract_text(text, "x.txt").targets}
        assert {6, 120} <= values, heading


FUND_PLAN = (
    "乙省工业和信息化厅关于下达2032年促进中小工业企业提质发展奖补资金安排计划的通知\n"
    "各地级以上市人民政府:\n"
    "根据省政府常务会议审议通过的方案,现将2032年促进中小工业企业提质发展奖补资金安排计划"
    "下达给你们,有关事项通知如下:\n"
    "一、请各地严格执行专项资金管理办法有关规定。\n"
    "乙省工业和信息化厅\n"
    "2032年5月6日\n"
)


def test_a_fund_handed_down_is_one_reward_without_a_sum() -> None:
    """B31-2: "现将2032年某某奖补资金安排计划下达给你们": the notice grants the year's fund; its sums
    are in the attachment, so it is one reward with no amount, named by the fund."""
    rewards = extract_text(FUND_PLAN, "x.txt").rewards
    assert len(rewards) == 1
    assert rewards[0].amount_yuan is None
    assert "促进中小工业企业提质发展奖补资金" in rewards[0].achievement


FUND_PUBLICITY = (
    "根据《丙市中小企业发展专项资金管理办法》,我局组织开展了2032年首次进入规模以上服务业企业"
    "奖励资金兑现工作。\n"
    "经各区主管部门审核推荐,我局提出2032年首次进入规模以上服务业企业奖励资金预安排情况(详见附件),"
    "现予以公示。\n"
    "公示时间为2032年3月2日至3月9日,对公示内容有异议的,请在公示期内向市商务局反映。\n"
    "丙市商务局\n"
    "2032年3月2日\n"
)


def test_a_fund_paid_out_is_one_reward_and_its_year_no_deadline() -> None:
    """B31-2, B31-4: "开展了2032年某某奖励资金兑现工作" names one reward (the fund, no sum); the year
    that opens the fund's name ("提出2032年某某奖励资金预安排情况") is no milestone due 2032-12-31."""
    extraction = extract_text(FUND_PUBLICITY, "x.txt")
    assert len(extraction.rewards) == 1
    assert extraction.rewards[0].amount_yuan is None
    assert "首次进入规模以上服务业企业" in extraction.rewards[0].achievement
    assert not any(m.due == date(2032, 12, 31) for m in extraction.milestones)


def test_a_publicity_period_is_one_phase() -> None:
    """B31-3: "公示时间为2032年3月2日至3月9日" is the 公示, a phase from 3-02 to 3-09."""
    milestones = extract_text(FUND_PUBLICITY, "x.txt").milestones
    phases = [m for m in milestones if m.start == date(2032, 3, 2)]
    assert len(phases) == 1
    assert phases[0].due == date(2032, 3, 9)
    assert "公示" in phases[0].title
    assert len(milestones) == 1


PROJECTS_LISTED = (
    "丁市工业和信息化局关于下达2032年先进制造业专项资金(技术改造奖励)项目计划的通知\n"
    "各区工业和信息化主管部门:\n"
    "经市人民政府同意,“甲电池材料基地项目”等5个项目纳入2032年先进制造业专项资金(技术改造奖励)"
    "项目计划(见附件1),奖励资金额度合计900万元。\n"
    "现将项目计划下达给你们,请尽早将资金拨付至企业。\n"
    "丁市工业和信息化局\n"
    "2032年2月3日\n"
)


def test_projects_put_in_a_reward_plan_share_one_total() -> None:
    """B31-2: "某项目等5个项目纳入…(技术改造奖励)项目计划,奖励资金额度合计900万元" is one reward of the
    listed projects, the total its treatment, no amount each."""
    rewards = extract_text(PROJECTS_LISTED, "x.txt").rewards
    assert len(rewards) == 1
    assert rewards[0].amount_yuan is None
    assert "900万元" in (rewards[0].treatment or "")
    assert "技术改造奖励" in rewards[0].achievement


def test_the_office_objections_go_to_within_the_period_is_a_unit() -> None:
    """B31-5: "请在公示期内向市商务局反映": the office that answers the 公示's objections is a unit."""
    assert "市商务局" in extract_text(FUND_PUBLICITY, "x.txt").units


FORWARDED_PLAN = (
    "戊市人民政府办公室转发市发展改革委关于戊市2032年国民经济和社会发展计划的通知\n"
    "各区县人民政府,市政府直属各单位:\n"
    "市发展改革委《戊市2032年国民经济和社会发展计划》已经市人民代表大会审议批准,现予转发,"
    "请认真组织实施。有关专项计划由市发展改革委会同市有关部门另行下达。\n"
    "戊市人民政府办公室\n"
    "2032年4月3日\n"
)


def test_a_department_that_sets_the_rest_together_with_others_is_a_unit() -> None:
    """B31-6: "有关专项计划由市发展改革委会同市有关部门另行下达": the department charged with
    setting what is left open (together with others) is a unit, as "由…根据…另行下达" is."""
    assert "市发展改革委" in extract_text(FORWARDED_PLAN, "x.txt").units
