"""General rules for the failure classes first seen on batch 40's dev part (corpus/unseen/SOURCES.md,
"Batch 40"; FAILURES.md "Batch 40"): a time limit ("应在3个月内提出…计划") read as a goal (B40-2); the
size of a list a decision approves ("批准甲市等11个市(县)开展…") read as a goal (B40-3); a paragraph's
horizon ("到2031年,…。…合格率达到98%以上。") not carried to the sentences after it, which took the
plan's far end (B40-4); the lead of a rule's list ("…按照以下方式和标准给予奖励:") read as a reward
(B40-5); a body speaking of a special jurisdiction as its own ("结合兵团实际") given no region (B40-6);
two rates sharing one figure ("A合格率和B合格率达到98%以上") read as one goal (B40-7); an individual's
sum after a listed award ("…的组织,给予奖励30万元,个人给予奖励3万元") split among the awards (B40-8);
a prize rule cut before its sums losing its scope ("主要授予在某市区域内…的企业(组织)") and its quota per
round with a bracket ("每届…获奖企业(组织)的数量不超过3家") (B40-9); a promise under a 奖励对象 heading ("凡…
以上的,对引资者给予奖励。") read as a scope (B40-10); the duty of a body introduced by who chairs it ("由分管区长任组长的某领导小
组,具体负责…") and its member departments unread (B40-11); a
title opening with a town the town table places in one county ("某镇2031年度重点工作计划") unplaced (B40-12).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text


def test_a_time_limit_is_no_target() -> None:
    """B40-2: "应在3个月内提出…计划,并在24个月内完成…" says how long the work may take."""
    text = (
        "关于开展庚省质量示范县创建活动的通知\n"
        "一、开展创建。参加创建的县应在3个月内提出具体创建计划,并在24个月内完成创建工作。\n"
        "二、到2031年,全省创建质量示范县10个。\n"
    )
    values = {t.value for t in extract_text(text, "x.txt").targets}
    assert not {3, 24} & values
    assert 10 in values


def test_a_service_time_stays_a_target() -> None:
    """B40-2 guard: "压缩到1个工作日内", "0.5个工作日内完成" state how fast a service must be."""
    text = (
        "辛市优化营商环境实施方案\n"
        "到2031年,企业开办时间压缩到1个工作日内。\n"
        "(一)开办企业。开办企业0.5个工作日内完成。\n"
    )
    values = {t.value for t in extract_text(text, "x.txt").targets}
    assert {1, 0.5} <= values


def test_the_size_of_an_approved_list_is_no_target() -> None:
    """B40-3: "批准甲市等11个市(县)开展…创建活动": the decision's list, not a goal."""
    text = (
        "关于批准甲市等11个市(县)开展质量强市示范创建活动的通知\n"
        "经审核,批准甲市等11个市(县)开展首批质量强市示范城市创建活动(详见附件)。\n"
        "到2031年,全省建成质量强市示范城市20个。\n"
    )
    values = {t.value for t in extract_text(text, "x.txt").targets}
    assert 11 not in values
    assert 20 in values


def test_a_goal_after_an_approval_stays_a_target() -> None:
    """B40-3 guard: a count not closing a list of names ("培育品牌企业11个") stays a goal."""
    text = "壬县品牌建设方案\n到2031年,经认定培育品牌企业11个。\n"
    assert 11 in {t.value for t in extract_text(text, "x.txt").targets}


def test_a_paragraphs_horizon_carries_to_the_next_sentences() -> None:
    """B40-4: "到2031年,…。…合格率达到98%以上。到2040年,…" — the 98% is due 2031."""
    text = (
        "癸市质量强市建设实施意见\n"
        "(二)总体目标。到2031年,全市质量效益明显提高。产品质量水平进一步提升,"
        "制造业产品质量合格率达到96%以上。到2040年,质量强市建设取得突破性进展,"
        "品牌企业达到50家。\n"
    )
    deadlines = {t.value: t.deadline for t in extract_text(text, "x.txt").targets}
    assert deadlines[96] == date(2031, 12, 31)
    assert deadlines[50] == date(2040, 12, 31)


def test_the_lead_of_a_list_of_rewards_is_no_reward() -> None:
    """B40-5: "对获得认定的组织(个人)按照以下方式和标准给予奖励:" leads the list, pays nothing."""
    text = (
        "子区品牌建设奖励办法\n"
        "第五条 对获得认定的组织(个人)按照以下方式和标准给予奖励:\n"
        "(一)对获得中国驰名商标的组织,给予奖励30万元。\n"
    )
    rewards = extract_text(text, "x.txt").rewards
    assert [r.amount_yuan for r in rewards] == [300000]


def test_a_body_speaking_of_the_corps_as_its_own_gives_the_region() -> None:
    """B40-6: "结合兵团实际" — the document is the 兵团's (a special jurisdiction)."""
    text = (
        "为推进质量强兵团建设,根据国家有关要求,结合兵团实际,提出如下实施意见。\n"
        "到2031年,制造业产品质量合格率达到95%。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.document.region == "新疆生产建设兵团"
    assert {t.region for t in extraction.targets} == {"新疆生产建设兵团"}


def test_two_rates_sharing_one_figure_are_two_targets() -> None:
    """B40-7: "A合格率和B合格率达到98%以上" — each rate must reach 98%."""
    text = "丑市质量提升方案\n到2031年,农产品例行监测合格率和食品抽检合格率达到98%以上。\n"
    subjects = {t.subject for t in extract_text(text, "x.txt").targets if t.value == 98}
    assert subjects == {"农产品例行监测合格率", "食品抽检合格率"}


def test_one_rate_with_a_joined_subject_stays_one_target() -> None:
    """B40-7 guard: "产品和服务质量满意率达到90%" is one rate of a joined subject."""
    text = "寅市质量提升方案\n到2031年,产品和服务质量满意率达到90%。\n"
    assert [t.value for t in extract_text(text, "x.txt").targets].count(90) == 1


def test_an_individuals_sum_after_a_listed_award_is_a_reward_per_award() -> None:
    """B40-8: "对获得A、B的组织,给予奖励30万元,个人给予奖励3万元" — 30万 for each organisation, 3万 for
    each individual, not 30万 for A and 3万 for B."""
    text = (
        "卯区品牌战略奖励办法\n"
        "第五条 对获得甲省质量奖、乙市质量奖的组织,给予奖励30万元,个人给予奖励3万元。\n"
    )
    rewards = {(r.achievement, r.amount_yuan) for r in extract_text(text, "x.txt").rewards}
    assert rewards == {
        ("获得甲省质量奖", 300000),
        ("获得乙市质量奖", 300000),
        ("获得甲省质量奖(个人)", 30000),
        ("获得乙市质量奖(个人)", 30000),
    }


def test_two_sums_split_among_two_awards_stay_split() -> None:
    """B40-8 guard: "对获得A、B的企业,分别给予奖励30万元、10万元" pays each its own sum."""
    text = (
        "辰区品牌奖励办法\n第五条 对获得甲省质量奖、乙市质量奖的企业,分别给予奖励30万元、10万元。\n"
    )
    rewards = {(r.achievement, r.amount_yuan) for r in extract_text(text, "x.txt").rewards}
    assert rewards == {("获得甲省质量奖", 300000), ("获得乙市质量奖", 100000)}


PRIZE_WITHOUT_SUMS = (
    "巳市人民政府质量奖管理办法\n"
    "第二条 巳市人民政府质量奖是市政府设立的最高质量荣誉,主要授予在巳市区域内从事种植养殖、"
    "产品加工制造、建筑工程施工、现代服务提供等经营活动的企业(组织)。\n"
    "第三条 市政府质量奖每两年评定1次,每届质量奖获奖企业(组织)的数量不超过3家。\n"
)


def test_a_prize_rule_without_sums_keeps_its_scope() -> None:
    """B40-9 (open class (b), b39_06): "主要授予在某市区域内从事…活动的企业(组织)" says whom the
    prize reaches, read even when the copy stops before any sum."""
    conditions = extract_text(PRIZE_WITHOUT_SUMS, "x.txt").conditions
    assert any(c.kind == "scope" and "区域内" in c.text for c in conditions)


def test_a_prize_rule_without_sums_keeps_its_quota_per_round() -> None:
    """B40-9: "每届质量奖获奖企业(组织)的数量不超过3家" (a bracket in a longer subject)."""
    conditions = extract_text(PRIZE_WITHOUT_SUMS, "x.txt").conditions
    assert any(c.kind == "other" and "不超过3家" in c.text for c in conditions)


def test_a_title_granted_to_named_firms_is_no_scope() -> None:
    """B40-9 guard: "授予甲有限公司等5家单位…称号" names the firms granted, whom the rule reaches not."""
    text = (
        "关于表彰午市质量奖获奖企业的决定\n"
        "经评审,决定授予甲有限公司等5家单位午市质量奖称号,各奖励20万元。\n"
    )
    assert not [c for c in extract_text(text, "x.txt").conditions if c.kind == "scope"]


def test_a_promise_under_a_recipients_heading_is_no_scope() -> None:
    """B40-10 (open class (c), b38_03): under "奖励对象", "凡…投入500万元以上的,对引资者给予奖励。"
    is the reward itself, not whom the rules reach."""
    text = (
        "未县招商引资奖励办法\n"
        "第一条 奖励对象\n"
        "凡引资人引荐县外投资者来本县兴办项目,单个项目固定资产投入500万元以上的,对引资者给予奖励。\n"
        "第二条 奖励标准\n"
        "固定资产投入500万元以上的项目,奖励引资者2万元。\n"
    )
    assert not [c for c in extract_text(text, "x.txt").conditions if c.kind == "scope"]


def test_a_recipients_heading_stays_a_scope() -> None:
    """B40-10 guard: "奖励对象 / 在本县注册纳税的工业企业。" says whom the rules reach."""
    text = (
        "申县工业企业奖励办法\n"
        "第一条 奖励对象\n"
        "在本县注册纳税、具有独立法人资格的工业企业。\n"
        "第二条 奖励标准\n"
        "对当年新认定的国家高新技术企业,奖励10万元。\n"
    )
    assert any(c.kind == "scope" for c in extract_text(text, "x.txt").conditions)


def test_a_chaired_bodys_duty_is_a_task_its_members_support() -> None:
    """B40-11: "由分管区长任组长的某领导小组,具体负责…实施。A、B、C等职能部门为成员单位"."""
    text = (
        "酉区品牌战略奖励办法\n"
        "第二条 酉区由分管区长任组长的品牌战略推进领导小组,具体负责本办法的实施。区商务委、区科委、"
        "区财政局等职能部门为成员单位,领导小组下设办公室在区市场监管局。\n"
        "第五条 对获得中国驰名商标的组织,给予奖励30万元。\n"
    )
    extraction = extract_text(text, "x.txt")
    tasks = [t for t in extraction.tasks if t.lead_units == ["品牌战略推进领导小组"]]
    assert len(tasks) == 1
    assert tasks[0].support_units == ["区商务委", "区科委", "区财政局"]
    assert "区财政局" in extraction.units


def test_a_title_opening_with_a_town_gives_the_town() -> None:
    """B40-12: "同里镇2031年度重点工作计划" — a town the town table places in one county only."""
    text = (
        "同里镇2031年度重点工作计划\n"
        "一、重点工作\n"
        "1.全年新增规模以上工业企业5家。(责任科室:经济发展办)\n"
    )
    assert extract_text(text, "x.txt").document.region == "同里镇"


def test_a_title_opening_with_a_shared_town_name_gives_no_town() -> None:
    """B40-12 guard: "周庄镇…" names towns in several counties: no region from it."""
    text = (
        "周庄镇2031年度重点工作计划\n"
        "一、重点工作\n"
        "1.全年新增规模以上工业企业5家。(责任科室:经济发展办)\n"
    )
    assert extract_text(text, "x.txt").document.region != "周庄镇"
