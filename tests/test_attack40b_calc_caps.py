"""attack40b: an overall cap (奖励上限) applied beyond the rules it is said over.

1. "上述奖励同一企业每年最高不超过50万元" closes section 一 (品牌奖励); section 二's 国家标准 rule comes
   after it, yet the cap clamps the whole claim: 品字标 2 + 驰名商标 1 + 国家标准 3 is given as
   合计 50万元 (sure). By hand: min(30 + 100, 50) + 3 × 50 = 200万元.
2. "每项奖励50万元,上述奖励最高不超过100万元" in one rule's own sentence caps that rule, but is read
   as a cap over everything: 国家标准 3 + 品字标 2 is given as 30万元 至 100万元, whose top is
   below what the rules pay, min(150, 100) + 30 = 130万元.
Invented plans."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invented_plans import city_plan, invented_plans_service

W = 10_000

SECTION_CAP = city_plan(
    """一、品牌奖励
(一)对新获得“品字标”认证的产品,每个产品奖励15万元。
(二)对新认定为中国驰名商标的企业,一次性奖励100万元。
上述奖励同一企业每年最高不超过50万元。
二、标准奖励
(三)对主导制定国家标准的企业,每项奖励50万元。
"""
)
RULE_CAP = city_plan(
    """一、奖励标准
(一)对主导制定国家标准的企业,每项奖励50万元,上述奖励最高不超过100万元。
(二)对新获得“品字标”认证的产品,每个产品奖励15万元。
"""
)


def test_a_sections_cap_leaves_the_rules_after_it_alone(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, SECTION_CAP) as service:
        _, result = service.calculator().from_text(
            "示范市 品字标 2; 驰名商标 1; 国家标准 主导 3", command=True
        )
    assert result.found, result.message
    assert result.certain_total == pytest.approx(200 * W), result.certain_total


def test_a_rules_own_cap_is_no_cap_over_the_others(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, RULE_CAP) as service:
        _, result = service.calculator().from_text("示范市 品字标 2; 国家标准 主导 3", command=True)
    assert result.found, result.message
    # the most the rules pay is 130万元: a range must reach it
    assert result.upper_total is None or result.upper_total >= 130 * W, (
        result.certain_total,
        result.upper_total,
    )
