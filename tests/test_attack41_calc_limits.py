"""attack41: /calc's firm-wide count limit (fix41 ``_firm_count_limit``) read over the whole
document. A limit closing one section (二、标准奖励 … 上述奖励同一企业最多享受1项) names no
achievement, so ``_counts_every_reward`` takes it for a limit over every reward the firm claims
and drops the other section's rewards: the total is shown as sure and is too low. Invented plan;
totals worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from policybot.handlers.calc_format import render_calculation_plain
from tests.invented_plans import city_plan, invented_plans_service

W = 10_000  # 万元

SECTIONED = city_plan(
    """一、品牌奖励
(一)对新获得中国驰名商标的企业,给予100万元奖励。
(二)对新获得省名牌产品的企业,给予20万元奖励。
二、标准奖励
(一)对主导制定国家标准的企业,给予每项50万元奖励。
(二)对参与制定国家标准的企业,给予每项10万元奖励。
上述标准奖励,同一企业最多享受1项。
三、附则
本办法自2031年4月1日起施行。
"""
)


def test_a_section_count_limit_leaves_the_other_sections_rewards_paid(tmp_path: Path) -> None:
    # 品牌奖励 are not 上述标准奖励: 100万 + 20万 + the best standard reward 50万 = 170万
    with invented_plans_service(tmp_path, SECTIONED) as service:
        calculation = service.calculator().from_text(
            "示范市 驰名商标 1; 省名牌产品 1; 主导国家标准 1; 参与国家标准 1", command=True
        )[1]
    text = render_calculation_plain(calculation)
    assert calculation.found, calculation.message
    assert calculation.certain_total == pytest.approx(170 * W), text
    assert "新获得省名牌产品 ×1 — 不计" not in text, text


APPLICATIONS = city_plan(
    """一、奖励措施
(一)对新获得中国驰名商标的企业,给予100万元奖励。
(二)对主导制定国家标准的企业,给予每项50万元奖励。
二、申报要求
每家企业每年限申报1次,逾期不予受理。
"""
)


@pytest.mark.parametrize(
    "rule", ["每家企业每年限申报1次,逾期不予受理。", "同一企业每年最多申报1次。"]
)
def test_how_often_a_firm_may_apply_is_no_limit_on_its_rewards(tmp_path: Path, rule: str) -> None:
    # one application a year may claim both rewards: 100万 + 50万 (``_counts_every_reward`` takes
    # the 次 of 申报1次 for a count of rewards and drops the 50万 as 不计(数量上限))
    plan = APPLICATIONS.replace("每家企业每年限申报1次,逾期不予受理。", rule)
    with invented_plans_service(tmp_path, plan) as service:
        calculation = service.calculator().from_text(
            "示范市 驰名商标 1; 主导国家标准 1", command=True
        )[1]
    text = render_calculation_plain(calculation)
    assert calculation.certain_total == pytest.approx(150 * W), text
    assert "不计(数量上限)" not in text, text


PER_PRODUCT = city_plan(
    """一、奖励措施
(一)对新获得“品字标”认证的产品,每个产品奖励10万元。
(二)对新获得中国驰名商标的企业,给予30万元奖励。
同一企业同一年度最多享受1项奖励。
"""
)


def test_a_limit_on_rewards_counts_rewards_not_the_products_of_one(tmp_path: Path) -> None:
    # 最多享受1项奖励: one reward (rule) — the 品字标 reward for 5 products (5 × 10万 = 50万) is
    # one 项 and the higher; ``_firm_count_limit`` counts the 5 products as 5 项 ("填写6项") and
    # pays the 30万 trademark instead
    with invented_plans_service(tmp_path, PER_PRODUCT) as service:
        calculation = service.calculator().from_text("示范市 品字标 5; 驰名商标 1", command=True)[1]
    text = render_calculation_plain(calculation)
    assert calculation.certain_total == pytest.approx(50 * W), text
    assert "填写6项" not in text, text
