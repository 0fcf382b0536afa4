"""Extraction defects attack51 found (fix87), each on invented text: a penalty clause (扣减, 退回)
read as a reward or a goal; two thresholds of one recipient split into two rewards; a reward's
yearly budget (年度总额不超过…) read as the sum each recipient is paid.

Every text is written for the test; places and units are invented.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text

_NOTICE = """样例市人民政府办公室关于印发样例市品质提升行动计划(2031—2033年)的通知
样政办发〔2031〕3号
样例市人民政府办公室
2031年3月5日

一、奖励措施
"""


def _rewards(body: str) -> list[tuple[str, float | None]]:
    return [
        (reward.achievement, reward.amount_yuan)
        for reward in extract_text(_NOTICE + body, "x.txt").rewards
    ]


def _target_values(body: str) -> list[float]:
    return [target.value for target in extract_text(_NOTICE + body, "x.txt").targets]


def test_a_sum_deducted_from_a_late_unit_is_no_reward() -> None:
    """attack51: "…予以通报批评,扣减奖励资金8万元" punishes; the reward beside it stays."""
    body = (
        "1.对新获得省级质量标杆的企业,奖励30万元。\n"
        "2.对未按期完成创建任务的县区,予以通报批评,扣减奖励资金8万元。\n"
    )
    rewards = _rewards(body)
    assert ("新获得省级质量标杆", 300000) in rewards
    assert not any(amount == 80000 for _, amount in rewards)
    assert not any("未按期" in achievement for achievement, _ in rewards)
    assert 8 not in _target_values(body)


def test_a_sum_deducted_from_a_failing_county_is_no_goal() -> None:
    """attack51: "扣减以奖代补资金60万元" is no goal of 60万元."""
    body = (
        "1.对新认定为省级品牌示范企业的,奖励12万元。\n"
        "2.对考核不合格的县区,扣减以奖代补资金60万元。\n"
    )
    assert 60 not in _target_values(body)
    assert _rewards(body) == [("新认定为省级品牌示范企业", 120000)]


def test_money_to_be_refunded_is_no_reward() -> None:
    """attack51: "已发放的奖励资金15万元以上的须全额退回" takes money back."""
    body = (
        "1.对主导制定行业标准的企业,奖励20万元。\n"
        "2.对重复申报的企业,已发放的奖励资金15万元以上的须全额退回。\n"
    )
    rewards = _rewards(body)
    assert ("主导制定行业标准", 200000) in rewards
    assert len(rewards) == 1


def test_two_thresholds_of_one_firm_are_one_reward() -> None:
    """attack51: "对带动就业20人以上、年纳税额80万元以上的小微企业,奖励6万元" is one reward,
    both thresholds in its achievement."""
    body = "1.对带动就业20人以上、年纳税额80万元以上的小微企业,奖励6万元。\n"
    rewards = _rewards(body)
    assert len(rewards) == 1
    achievement, amount = rewards[0]
    assert amount == 60000
    assert "20人以上" in achievement and "80万元以上" in achievement


def test_a_yearly_budget_is_no_recipients_sum() -> None:
    """attack51: "奖励经费由市财政安排,年度总额不超过400万元" caps all awards of a year, not what
    one winner is paid; nor is it a goal."""
    body = "1.对获得市长质量奖的企业,给予通报表扬,奖励经费由市财政安排,年度总额不超过400万元。\n"
    rewards = _rewards(body)
    assert any("市长质量奖" in achievement for achievement, _ in rewards)
    assert not any(amount == 4000000 for _, amount in rewards)
    assert 400 not in _target_values(body)


def test_a_sanction_after_a_reward_leaves_the_reward() -> None:
    """A reward followed by its sanction ("…,弄虚作假骗取奖励的,追回奖励资金") is still paid."""
    body = "1.对新获得省级质量标杆的企业,奖励35万元,弄虚作假骗取奖励的,追回奖励资金。\n"
    assert _rewards(body) == [("新获得省级质量标杆", 350000)]


def test_a_yearly_budget_after_a_sum_is_no_cap_of_it() -> None:
    """attack51: "奖励45万元,奖励资金年度总额不超过300万元": 45万元 is paid, no ceiling of it."""
    body = "1.对获得市长质量奖的企业,奖励45万元,奖励资金年度总额不超过300万元。\n"
    rewards = extract_text(_NOTICE + body, "x.txt").rewards
    assert [(r.achievement, r.amount_yuan, r.is_cap) for r in rewards] == [
        ("获得市长质量奖", 450000, False)
    ]
