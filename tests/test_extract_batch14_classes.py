"""General rules for the failure classes first seen on batch 14's dev part (corpus/unseen/FAILURES.md,
"Batch 14"): lists of bare numbers sharing one measure word, a quoted kind of fund in a notice's
award, the size of an enumerated list, thresholds naming a kind of project.

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.numbers import find_quantities
from policybot.knowledge.extract.year_roles import is_year_characterisation


def _targets(text: str) -> list[tuple[float, str | None]]:
    return sorted((t.value, t.unit) for t in extract_text(text, "x.txt").targets)


def test_bare_members_of_a_list_take_the_unit_after_the_last() -> None:
    """B14-1: "分别压缩至12、9、7个工作日": three quantities, each in 个工作日."""
    found = [(q.value, q.unit) for q in find_quantities("审批时间分别压缩至12、9、7个工作日")]
    assert found == [(12.0, "个工作日"), (9.0, "个工作日"), (7.0, "个工作日")]


def test_a_list_of_years_or_ordinals_takes_no_unit() -> None:
    """B14-1: years (2041、2042年) and ordinals (第3、4项) are no quantities of the unit."""
    assert find_quantities("2041、2042年") == []
    assert 3.0 not in [q.value for q in find_quantities("按第3、4项执行")]


def test_each_listed_value_is_a_target_and_the_list_size_is_not() -> None:
    """B14-1: "甲类、乙类和丙类等3类项目的办理时限分别压缩至15、10、8个工作日" gives three targets;
    "等3类" counts the list just named and a "投资800万元以上的农业加工项目" threshold is no goal."""
    text = (
        "某市优化营商环境的意见\n"
        "1.提速审批。对投资800万元以上的农业加工项目实行全程代办。将甲类项目、乙类项目和丙类项目"
        "等3类项目的办理时限分别压缩至15、10、8个工作日。(责任单位:市审批局)\n"
    )
    assert _targets(text) == [(8.0, "个工作日"), (10.0, "个工作日"), (15.0, "个工作日")]


def test_an_award_of_a_quoted_kind_of_fund_is_a_reward() -> None:
    """B14-2: "各奖励“以奖代补”资金30万元": the quoted name of the fund sits between 奖励 and the sum."""
    text = (
        "某省人民政府关于表彰2040年水利建设竞赛先进单位的决定\n"
        "省政府决定授予甲市等5个市政府2040年水利建设竞赛优胜单位称号,各奖励“以奖代补”资金30万元;"
        "授予乙县等3个县政府2040年水利建设竞赛先进单位称号,各奖励“以奖代补”资金10万元。\n"
    )
    rewards = extract_text(text, "x.txt").rewards
    assert sorted(r.amount_yuan for r in rewards if r.amount_yuan) == [100000, 300000]
    assert any("优胜单位" in r.achievement for r in rewards if r.amount_yuan == 300000)


def test_a_tier_whose_achievement_is_a_threshold_sum_is_a_reward() -> None:
    """B14-3: "(一)…贡献总额合计不低于40万元人民币,给予一次性8万元奖励": one reward per tier, the
    threshold in the achievement and the tier's own sum as the amount."""
    text = (
        "某区扶持办法\n第四条 对认定的企业,根据其区级财力贡献进行奖励:\n"
        "(一)企业年度区级财力贡献总额合计不低于40万元人民币,给予一次性8万元奖励;\n"
        "(二)企业年度区级财力贡献总额合计不低于90万元人民币,给予一次性15万元奖励。\n"
    )
    rewards = extract_text(text, "x.txt").rewards
    tiers = sorted((r.amount_yuan, r.achievement) for r in rewards)
    assert [amount for amount, _ in tiers] == [80000, 150000]
    assert "不低于40万元" in tiers[0][1] and "不低于90万元" in tiers[1][1]


def test_an_exclaimed_headline_is_no_reward() -> None:
    """B14-4: a page headline "…,通过认定一次性奖励20万元!" restates the rule below it."""
    text = (
        "某区高企补贴政策,通过认定一次性奖励20万元!\n"
        "某区推动高新技术企业发展的扶持办法\n"
        "第三条 对首次通过国家高新技术企业认定的企业给予一次性20万元奖励。\n"
    )
    rewards = extract_text(text, "x.txt").rewards
    assert len(rewards) == 1
    assert "首次通过国家高新技术企业认定" in rewards[0].achievement


def test_what_a_year_is_said_to_be_is_no_milestone() -> None:
    """B14-5: "2041年是…成立20周年,是…的关键之年": the year is characterised, nothing falls due."""
    text = (
        "某市人民政府办公室关于印发2041年重点工作分解方案的通知\n"
        "一、加强组织领导。2041年是新区成立20周年,是全市高水平建成示范区的关键之年,做好今年的工作"
        "意义重大。\n二、按时报告完成情况。各责任事项牵头单位要于2041年4月15日、7月15日前,将第一、第二季度"
        "责任事项完成情况报送至市人民政府督查室。\n"
    )
    milestones = extract_text(text, "x.txt").milestones
    assert not any("关键之年" in m.title for m in milestones)
    assert any("报送" in m.title for m in milestones)


def test_a_year_characterisation_is_recognised_by_its_shape() -> None:
    """B14-5: only a title that is "是…之年/一年/周年" as a whole is a characterisation."""
    assert is_year_characterisation("是全市高水平建成示范区的关键之年")
    assert is_year_characterisation("也是实施规划的开局之年")
    assert not is_year_characterisation("完成示范区建设")


_RESIDENCE_RULE = (
    "某区扶持高新技术企业的办法\n"
    "第二条 享受本办法的企业注册地须在本区范围内。首次通过认定的企业,在申请本办法奖励之前,须在本区"
    "实际办公不少于三个月(实际办公情况以区科技局或其委托的第三方机构现场核查的情况为准)。\n"
    "第三条 对首次通过国家高新技术企业认定的企业给予一次性20万元奖励。\n"
)


def test_what_an_applicant_must_meet_before_applying_is_a_scope_condition() -> None:
    """B14-8: "在申请本办法奖励之前,须在本区实际办公不少于三个月" says who the rules reach."""
    conditions = extract_text(_RESIDENCE_RULE, "x.txt").conditions
    assert any(c.kind == "scope" and "实际办公" in c.text for c in conditions)


def test_the_unit_whose_check_decides_a_condition_has_a_task() -> None:
    """B14-8: "…以区科技局或其委托的第三方机构现场核查的情况为准": the bureau checks; its
    delegate is not a second unit."""
    extraction = extract_text(_RESIDENCE_RULE, "x.txt")
    checks = [t for t in extraction.tasks if "核查" in t.title]
    assert [t.lead_units for t in checks] == [["区科技局"]]
    assert "实际办公" in checks[0].title
    assert "区科技局" in extraction.units


def test_the_state_our_city_is_to_reach_by_a_horizon_is_a_milestone() -> None:
    """B14-6: "到2040年,我市商贸流通业实力显著提升": 我市 opens the state due at the horizon."""
    text = (
        "某市加快流通业发展实施意见\n一、主要工作目标\n"
        "到2040年,我市商贸流通业实力显著提升,社会消费品零售总额平稳健康增长。\n"
        "二、重点工作任务\n1.提高管理效能。(牵头单位:市商务局)\n"
    )
    milestones = extract_text(text, "x.txt").milestones
    assert [(m.title, m.due.isoformat() if m.due else None) for m in milestones] == [
        ("商贸流通业实力显著提升", "2040-12-31")
    ]


def test_what_our_city_did_in_a_past_year_stays_no_milestone() -> None:
    """B14-6: without a horizon ("2039年我市…") the clause tells what happened."""
    text = (
        "某市工作总结与安排\n2039年我市商贸流通业实力显著提升。\n"
        "二、任务\n1.提高管理效能。(牵头单位:市商务局)\n"
    )
    assert extract_text(text, "x.txt").milestones == []
