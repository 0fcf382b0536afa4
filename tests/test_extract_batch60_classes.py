"""General rules for the failure classes seen on batch 60's dev part (corpus/unseen/SOURCES.md,
"Batch 60"; FAILURES.md "Batch 60"), chosen for rewards, conditions, targets, units and metadata:
"本政策涉及同一内容的奖励…按就高不重复原则办理", the rewards' no-stacking condition and no reward of
its own (B60-1); "泰州关于印发…的通知", a notice line opening with a prefecture's short name (B60-2);
"给予…不低于10%的资金支持", "奖励投资额度的5%—20%", a reward's rate and no target (B60-3);
"由各乡镇参照以上奖励支持政策执行" (scope) and "…相抵触…按国家和上级文件规定执行" (other) (B60-4);
"各地市…领导小组要于…", groups every lower level sets up (B60-5); "县委、县政府…领导小组", a joint
group's whole name (B60-6); "自…起执行,暂定三年", a term that sets the period (B60-7); "…以上,实行
“一事一议”", a reward with no sum (B60-8); "经…审核给予
5000元奖励", the approval no achievement (B60-9); "国家2—5星级…分别给予…", one reward per grade
(B60-10).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are invented.
"""

from __future__ import annotations

import datetime as dt

from policybot.knowledge.extract import extract_text

_RULE = (
    "澄岭县关于支持文旅产业发展的若干意见\n"
    "一、对新评定为国家4A级旅游景区的,给予一次性奖励50万元。\n"
    "二、对新开业的星级酒店,给予一次性奖励。\n"
    "三、本意见涉及同一内容的奖励与其他政策文件规定不一致的,按就高不重复原则办理。\n"
)


def test_a_no_stacking_clause_is_no_reward() -> None:
    """B60-1: the 就高不重复 clause is a condition of the rewards, never a reward without a sum."""
    extraction = extract_text(_RULE, "x.txt")
    assert [c.kind for c in extraction.conditions] == ["no_stacking"]
    assert not [r for r in extraction.rewards if "同一内容" in r.achievement]
    assert sorted((r.amount_yuan or 0) for r in extraction.rewards) == [0, 500000]


def test_a_notice_line_opening_with_a_short_city_name_gives_the_region() -> None:
    """B60-2: "泰州关于印发…行动方案的通知" heads a reprint whose title drops the place and whose
    body says only 我市: the notice line's short name is a real prefecture's, so it is the region."""
    text = (
        "泰州关于印发聚焦企业关切进一步优化服务行动方案的通知\n"
        "为进一步优化服务,结合我市实际,制定本方案。\n"
        "一、全市工程建设项目审批时间缩短至90个工作日内。(责任单位:市行政审批局)\n"
    )
    assert extract_text(text, "x.txt").document.region == "泰州市"


def test_a_notice_line_opening_with_a_word_gives_no_region() -> None:
    """B60-2 guard: a first line that opens with an ordinary word names no place."""
    text = (
        "关于印发聚焦企业关切进一步优化服务行动方案的通知\n"
        "为进一步优化服务,结合实际,制定本方案。\n"
        "一、工程建设项目审批时间缩短至90个工作日内。\n"
    )
    assert extract_text(text, "x.txt").document.region is None


def test_rates_of_a_reward_paid_as_support_are_no_targets() -> None:
    """B60-3: "给予企业引进成本不低于10%的资金支持" and "…500万元—3000万元,奖励投资额度的5%—15%" state
    the rate a reward pays and who qualifies; neither is a goal of the rule."""
    text = (
        "澄岭县关于加快文旅产业发展的若干意见\n"
        "一、对引进新品种的企业,投产后给予企业引进成本不低于10%的资金支持。\n"
        "二、新建文旅项目资金投入500万元—3000万元,奖励投资额度的5%—15%。\n"
        "三、对新评定为国家4A级旅游景区的,给予一次性奖励50万元。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert not extraction.targets
    assert 500000 in [r.amount_yuan for r in extraction.rewards]


def test_a_plan_share_beside_support_words_stays_a_target() -> None:
    """B60-3 guard: a plan's share of investment ("研发投入占比达到5%") is still a goal."""
    text = (
        "澄岭县文旅产业三年行动计划(2031—2033年)\n"
        "到2033年,全县文旅企业研发投入占营业收入比重达到5%,新增4A级旅游景区3家。\n"
    )
    assert sorted(t.value for t in extract_text(text, "x.txt").targets) == [3, 5]


def test_rules_applied_by_towns_and_precedence_are_conditions() -> None:
    """B60-4: "由各乡镇参照以上奖励支持政策执行" says who else applies the rules (scope, no reward
    without a sum); "如与国家相关政策规定相抵触,…按国家和上级文件规定执行" says which rules prevail
    (other)."""
    text = (
        "澄岭县关于加快文旅产业发展的若干意见\n"
        "一、对新评定为国家4A级旅游景区的,给予一次性奖励50万元。\n"
        "二、对各乡镇招商的文旅项目,由各乡镇参照以上奖励支持政策执行。\n"
        "三、以上各项奖励政策如与国家相关政策规定相抵触,或因国家相关政策调整,按国家和上级文件规定执行。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert sorted(c.kind for c in extraction.conditions) == ["other", "scope"]
    assert [r.amount_yuan for r in extraction.rewards] == [500000]


_CAMPAIGN = "澄岭省人民政府办公厅关于印发2031年环保专项行动实施方案的通知\n"


def test_groups_every_lower_level_sets_up_are_units() -> None:
    """B60-5: "各地市环保专项行动领导小组要于7月15日前…", "各县(市、区)环保专项行动领导小组结合实际…":
    the group each lower level sets up for the work, the subject of a step, is a unit."""
    text = (
        _CAMPAIGN + "(二)自查阶段(7月3日至7月15日)。各地市环保专项行动领导小组要于7月15日前将检查"
        "情况报省环保专项行动领导小组办公室。\n"
        "(三)整治阶段(7月16日至8月31日)。各县(市、区)环保专项行动领导小组结合实际情况,确定本地区"
        "整治重点。\n"
    )
    units = extract_text(text, "x.txt").units
    assert "各地市环保专项行动领导小组" in units
    assert "各县(市、区)环保专项行动领导小组" in units


def test_a_groups_office_or_members_are_not_the_group() -> None:
    """B60-5 guard: "各地市领导小组办公室", "各县领导小组成员单位" name no group of their own."""
    text = (
        _CAMPAIGN + "(二)自查阶段(7月3日至7月15日)。各地市环保专项行动领导小组办公室要于7月15日前"
        "汇总情况,各县环保专项行动领导小组成员单位配合。\n"
    )
    units = extract_text(text, "x.txt").units
    assert not [u for u in units if u.startswith("各") and u.endswith("领导小组")]


def test_a_joint_party_and_government_group_keeps_its_whole_name() -> None:
    """B60-6: "成立县委、县政府重点产业发展领导小组" and "经县委、县政府工作领导小组审核": the party
    committee named first belongs to the group's name; the government's half is no unit alone."""
    text = (
        "澄岭县关于加快文旅产业发展的若干意见\n"
        "一、对新评定为国家4A级旅游景区的,给予一次性奖励50万元,经县委、县政府工作领导小组审核后兑付。\n"
        "二、成立县委、县政府文旅产业发展领导小组,统筹推进文旅产业发展。\n"
    )
    units = extract_text(text, "x.txt").units
    assert "县委、县政府文旅产业发展领导小组" in units
    assert "县政府文旅产业发展领导小组" not in units
    assert "县政府工作领导小组" not in units


def test_a_provisional_term_gives_the_period_and_reward_rates_stay_no_targets() -> None:
    """B60-7: "自2031年1月1日起执行,暂定三年" sets the period 2031–2033, so a yearly sum the rules
    set aside is due at its end; "三星级按60%奖励返还" and "对…达到1万人次以上的旅行社进行奖励" are
    a reward's rate and threshold, no targets."""
    text = (
        "澄岭县关于加快旅游业发展的若干意见\n"
        "1.在澄岭新建的三星级酒店,属于地方留用的土地价款,三星级按60%奖励返还。\n"
        "2.对年组织游客来澄岭旅游景区人数达到1万人次以上的旅行社进行奖励,每满一万人奖励一万元。\n"
        "3.县财政每年安排旅游引导资金800万元。\n"
        "本意见由县旅游产业发展领导小组负责解释,自2031年1月1日起执行,暂定三年。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.document.period == (2031, 2033)
    assert [(t.value, t.deadline) for t in extraction.targets] == [(800, dt.date(2033, 12, 31))]


def test_the_approval_a_grant_passes_is_no_achievement() -> None:
    """B60-9: "组织开展较大规模冰雪赛事活动,经县旅游产业发展领导小组审核给予5000元奖励": the
    approval clause is how the grant is made; the clause before it is what is rewarded."""
    text = (
        "澄岭县关于加快旅游业发展的若干意见\n"
        "1.对新评定为国家4A级旅游景区的,给予一次性奖励50万元。\n"
        "2.组织开展较大规模冰雪赛事活动,经县旅游产业发展领导小组审核给予5000元奖励。\n"
    )
    rewards = {r.amount_yuan: r.achievement for r in extract_text(text, "x.txt").rewards}
    assert "冰雪赛事活动" in rewards[5000]
    assert "审核" not in rewards[5000]


def test_a_range_of_grades_paid_respectively_is_one_reward_per_grade() -> None:
    """B60-10: "国家2—5星级的乡村旅游示范单位,一次性分别给予2万元、4万元、8万元、15万元": four
    grades, four sums, one reward each."""
    text = (
        "澄岭县关于加快旅游业发展的若干意见\n"
        "1.对新评定为国家2—5星级的乡村旅游示范单位,一次性分别给予2万元、4万元、8万元、15万元奖励。\n"
    )
    rewards = sorted((r.amount_yuan, r.achievement) for r in extract_text(text, "x.txt").rewards)
    assert [amount for amount, _ in rewards] == [20000, 40000, 80000, 150000]
    assert "5星级" in rewards[-1][1]


def test_case_by_case_support_is_a_reward_without_a_sum() -> None:
    """B60-8: "…3亿元以上重大项目,在享受第1款投资支持基础上,实行“一事一议”": a reward with no sum
    for what the clause before names (the "在…基础上" clause skipped)."""
    text = (
        "澄岭县关于支持重点产业加快发展的实施意见\n"
        "1.对新评定为国家4A级旅游景区的,给予一次性奖励50万元。\n"
        "2.重点产业新上项目固定资产投资3亿元以上重大项目,在享受第1款投资支持基础上,实行“一事一议”。\n"
    )
    rewards = [r for r in extract_text(text, "x.txt").rewards if r.amount_yuan is None]
    assert [(r.achievement, r.treatment) for r in rewards] == [
        ("重点产业新上项目固定资产投资3亿元以上重大项目", "一事一议")
    ]


def test_case_by_case_in_a_plan_without_rewards_is_none() -> None:
    """B60-8 guard: a plan that grants nothing names no reward by "一事一议"."""
    text = (
        "澄岭县2031年招商引资工作方案\n"
        "1.到2031年底,新引进亿元以上项目10个。\n"
        "2.对重大招商项目用地,实行“一事一议”。\n"
    )
    assert not extract_text(text, "x.txt").rewards
