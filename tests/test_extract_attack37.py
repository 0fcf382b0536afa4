"""Forms an attack on invented uploads found unread (stop 37), each on an invented text:
a sum per recipient with no reward verb, a participant's share standing as its own item, a
cap on the year's total, a range of sums, a lead named after its task, dated goals."""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

NOTICE = """青川市人民政府办公室关于印发青川市标准提升行动计划(2041—2043年)的通知
青政办发〔2041〕7号
青川市人民政府办公室
2041年2月3日
"""


def _extract(body: str):  # type: ignore[no-untyped-def]
    return extract_text(NOTICE + body, "plan.txt")


def test_a_sum_per_firm_without_a_reward_verb_is_a_reward() -> None:
    extraction = _extract("三、奖励措施\n(一)对通过省级验收的品牌培育企业,每家12万元。\n")
    assert [(r.amount_yuan, r.is_cap) for r in extraction.rewards] == [(120000, False)]
    assert "通过省级验收" in extraction.rewards[0].achievement
    assert not [t for t in extraction.targets if t.unit and t.unit.endswith("元")]


def test_a_sum_per_item_closing_a_goal_is_no_reward() -> None:
    extraction = _extract("一、主要目标\n到2043年,新建示范园区3个,每个投资2亿元以上。\n")
    assert extraction.rewards == []


def test_a_range_of_sums_keeps_both_ends() -> None:
    extraction = _extract(
        "三、奖励措施\n(一)对新获评省级品牌示范企业的,给予40万元至60万元奖励。\n"
        "(二)对新认定的市级质量标杆企业,给予15-25万元奖励。\n"
    )
    assert [(r.amount_yuan, r.is_cap, r.treatment) for r in extraction.rewards] == [
        (600000, True, "40万元至60万元"),
        (250000, True, "15万元至25万元"),
    ]


def test_a_cap_on_the_years_total_is_the_documents_condition() -> None:
    extraction = _extract(
        "三、奖励措施\n(一)对主导制定国际标准的单位,每项奖励40万元。\n"
        "(二)对主导制定国家标准的单位,每项奖励20万元,全年奖励资金总额不超过90万元。\n"
        "(三)对新获评省级品牌示范企业的,给予10万元奖励。上述奖励资金总额不超过150万元。\n"
    )
    assert [(r.amount_yuan, r.is_cap) for r in extraction.rewards] == [
        (400000, False),
        (200000, False),
        (100000, False),
    ]
    assert [(c.kind, c.text) for c in extraction.conditions] == [
        ("overall_cap", "全年奖励资金总额不超过90万元"),
        ("overall_cap", "上述奖励资金总额不超过150万元"),
    ]


SHARE_ITEMS = (
    "三、奖励措施\n(一)对获得中国驰名商标的企业,给予60万元奖励。\n"
    "(二)对主导制定国际标准的单位,每项奖励40万元;主导制定国家标准的单位,每项奖励20万元。\n"
    "(三)参与制定的单位,按主导单位标准的30%给予奖励。\n"
)


def test_a_participants_share_as_its_own_item_shares_the_item_before() -> None:
    rewards = [(r.achievement, r.role, r.amount_yuan) for r in _extract(SHARE_ITEMS).rewards]
    assert rewards == [
        ("获得中国驰名商标", None, 600000),
        ("主导制定国际标准", "主导", 400000),
        ("主导制定国家标准", "主导", 200000),
        ("参与制定国际标准", "参与", 120000),
        ("参与制定国家标准", "参与", 60000),
    ]


def test_a_participants_share_with_no_leaders_sum_before_stays_sumless() -> None:
    text = (
        "三、奖励措施\n(一)对获得中国驰名商标的企业,给予60万元奖励。\n"
        "(二)参与制定的单位,按主导单位标准的30%给予奖励。\n"
    )
    rewards = [(r.role, r.amount_yuan) for r in _extract(text).rewards]
    assert rewards == [(None, 600000), ("参与", None)]


def test_a_lead_sentence_after_an_items_body_leads_the_item() -> None:
    extraction = _extract(
        "二、重点任务\n(一)开展标准化示范创建\n组织企业开展标准化示范建设。\n"
        "由区市场监管局牵头,区发改局、区财政局配合。\n"
    )
    assert extraction.tasks
    for task in extraction.tasks:
        assert (task.lead_units, task.support_units) == (
            ["区市场监管局"],
            ["区发改局", "区财政局"],
        )
    assert any(task.title == "开展标准化示范创建" for task in extraction.tasks)


def test_goals_under_a_goal_heading_of_reward_rules_are_targets() -> None:
    text = (
        "青川市人民政府办公室关于印发青川市标准化奖励办法的通知\n青政办发〔2041〕8号\n"
        "青川市人民政府办公室\n2041年2月3日\n青川市标准化奖励办法\n"
        "一、目标\n到2043年,全市培育品牌企业90家,制修订标准200项。\n"
        "二、奖励标准\n(一)对主导制定国际标准的单位,每项奖励50万元。\n"
    )
    extraction = extract_text(text, "rules.txt")
    assert [(t.value, t.unit, str(t.deadline)) for t in extraction.targets] == [
        (90, "家", "2043-12-31"),
        (200, "项", "2043-12-31"),
    ]


def test_numbers_of_reward_rules_outside_a_goal_heading_are_no_targets() -> None:
    text = (
        "青川市人民政府办公室关于印发青川市标准化奖励办法的通知\n青政办发〔2041〕9号\n"
        "青川市人民政府办公室\n2041年2月3日\n青川市标准化奖励办法\n"
        "一、奖励对象\n年营业收入达到5000万元以上的企业。\n"
        "二、奖励标准\n(一)对主导制定国际标准的单位,每项奖励50万元。\n"
    )
    assert extract_text(text, "rules.txt").targets == []
