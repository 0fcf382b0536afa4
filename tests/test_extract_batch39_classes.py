"""General rules for the failure classes first seen on batch 39's dev part (corpus/unseen/SOURCES.md,
"Batch 39"; FAILURES.md "Batch 39"): a prize's count of winners per round with a long subject
("每届质量奖获奖企业(组织)的数量不超过2家") read as a goal (B39-1); how a prize is shared among persons
("所得奖金按法人代表和班子其他成员各50%的比例分配") read as a goal, not as a condition (B39-2); "只领取…两项
奖金中的最高奖,不重复领取奖金" not read as no stacking (B39-3); who pays a prize ("上述奖金由县财政支出",
"奖励金由…财政通过年度预算安排解决") unread (B39-4); a 落款 date that lost its 日 ("2031年3月6") not read
(B39-5); a group named before "各成员单位" kept as a unit of its own (B39-6); a 会同 list whose later
names leave out the level ("会同县财政局、国税局、地税局组成考核组") cut after its first name (B39-7); a task
named by its topic ("纳税企业考核由…牵头,会同…进行考核") titled by its tail (B39-8).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text

PRIZE_RULE = (
    "丙县企业纳税奖励办法\n"
    "一、本办法适用于在本县纳税的各类企业。\n"
    "二、凡当年纳税总额达到200万元及以上的企业,一次性奖励人民币2万元。\n"
    "三、同时受市政府纳税奖励的企业,只领取市、县两项奖金中的最高奖,不重复领取奖金。\n"
    "四、上述奖金由县财政支出,受奖企业持奖励决定到县财政局领取。\n"
    "五、受奖企业所得奖金按企业负责人和经营班子各40%、60%的比例分配。\n"
    "六、纳税企业考核由县发展改革局牵头,会同县财政局、统计局、税务局组成考核组进行考核。\n"
)


def _prize_rule():
    return extract_text(PRIZE_RULE, "x.txt")


def test_a_count_of_winners_per_round_is_no_target() -> None:
    """B39-1: "每届质量奖获奖企业(组织)的数量不超过3家" caps a prize's winners, it is no goal."""
    text = (
        "壬市人民政府质量奖管理办法\n"
        "第一条 为推进质量强市建设,制定本办法。\n"
        "第二条 市政府质量奖每年评定1次,每届质量奖获奖企业(组织)的数量不超过3家。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert 3 not in {t.value for t in extraction.targets}
    assert [r.every for r in extraction.recurring] == ["year"]


def test_a_share_of_prize_money_is_a_condition_not_a_target() -> None:
    """B39-2: "所得奖金按…各40%、60%的比例分配" says how a prize is shared out."""
    extraction = _prize_rule()
    assert not {40, 60} & {t.value for t in extraction.targets}
    assert any(c.kind == "other" and "比例分配" in c.text for c in extraction.conditions)


def test_a_goal_in_percent_stays_a_target() -> None:
    """B39-2 guard: a share that is no prize money's split ("比例达到40%") stays a goal."""
    text = "丁市质量提升方案\n到2031年,全市规模以上企业采标比例达到40%。\n"
    assert 40 in {t.value for t in extract_text(text, "x.txt").targets}


def test_claiming_only_the_highest_prize_is_no_stacking() -> None:
    """B39-3: "只领取…最高奖,不重复领取奖金"."""
    assert any(c.kind == "no_stacking" for c in _prize_rule().conditions)


def test_who_pays_a_prize_is_a_condition() -> None:
    """B39-4: "上述奖金由县财政支出" names the treasury that pays."""
    assert any(c.kind == "other" and "县财政支出" in c.text for c in _prize_rule().conditions)


def test_a_prize_paid_from_a_budget_is_a_condition() -> None:
    """B39-4: "奖励金由…财政通过年度预算安排解决" (a 招商 rule's payer)."""
    text = (
        "戊县招商引资奖励办法\n"
        "第三条 对引进固定资产投资1000万元以上项目的引资人,给予奖励5万元。\n"
        "第四条 奖励金由项目所在乡镇财政通过年度预算安排解决。\n"
    )
    conditions = extract_text(text, "x.txt").conditions
    assert any(c.kind == "other" and "年度预算" in c.text for c in conditions)


SIGNED_NOTICE = (
    "己省农业农村厅办公室关于印发《2031年农产品质量工作要点》的通知\n"
    "己农办函〔2031〕7号\n"
    "各市(州)农业农村局:\n"
    "现将《2031年农产品质量工作要点》印发你们,请结合实际贯彻执行。\n"
    "己省农业农村厅办公室\n"
    "2031年3月6\n"
    "2031年农产品质量工作要点\n"
    "一、加强农产品质量监管。到2031年底,全省农产品抽检合格率达到98%以上。\n"
)


def test_a_signing_date_that_lost_its_day_mark_is_read() -> None:
    """B39-5: "2031年3月6" under the issuer's name is its signing date."""
    assert extract_text(SIGNED_NOTICE, "x.txt").document.issued == date(2031, 3, 6)


def test_a_bare_date_in_the_body_is_no_signing_date() -> None:
    """B39-5 guard: without an issuer line above it, such a line signs nothing."""
    text = SIGNED_NOTICE.replace("己省农业农村厅办公室\n2031年3月6\n", "") + "2031年3月6\n"
    assert extract_text(text, "x.txt").document.issued != date(2031, 3, 6)


def test_the_members_of_a_group_are_the_unit_not_the_group() -> None:
    """B39-6: "(牵头单位:区市场监管局,配合单位:区质量工作领导小组各成员单位)" names the members."""
    text = (
        "2031年庚区质量工作要点\n"
        "一、夯实质量基础\n"
        "(一)完善质量激励制度。发布实施区政府质量奖管理办法。"
        "(牵头单位:区市场监管局,配合单位:区质量工作领导小组各成员单位)\n"
    )
    units = extract_text(text, "x.txt").units
    assert "区质量工作领导小组各成员单位" in units
    assert "区质量工作领导小组" not in units


def test_a_listed_department_takes_the_level_of_the_list() -> None:
    """B39-7: "会同县财政局、统计局、税务局组成考核组" lists three county bureaus."""
    extraction = _prize_rule()
    assert {"县财政局", "县统计局", "县税务局"} <= set(extraction.units)
    task = next(t for t in extraction.tasks if t.lead_units == ["县发展改革局"])
    assert task.support_units == ["县财政局", "县统计局", "县税务局"]


def test_a_task_named_by_its_topic_takes_the_topic_as_title() -> None:
    """B39-8: "纳税企业考核由…牵头,会同…进行考核": the task is the 考核 its topic names."""
    task = next(t for t in _prize_rule().tasks if t.lead_units == ["县发展改革局"])
    assert task.title == "纳税企业考核"


def test_a_topic_the_duty_does_not_repeat_leaves_the_title_to_the_duty() -> None:
    """B39-8 guard: "资金保障由市财政局牵头,会同市发改委制定扶持政策" is titled by its duty."""
    text = "辛市产业发展实施方案\n三、保障措施\n资金保障由市财政局牵头,会同市发改委制定扶持政策。\n"
    tasks = extract_text(text, "x.txt").tasks
    assert tasks and all(t.title != "资金保障" for t in tasks)
