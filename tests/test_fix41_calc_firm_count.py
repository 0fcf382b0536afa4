"""fix41: a count limit over the firm's rewards as a whole, naming no achievement ("同一企业同一
年度最多享受2项奖励", "…最多享受2项"), said in a paragraph of its own. /calc read "奖励" as what
it counts and limited each line by itself (or, naming nothing, applied it nowhere): three rewards
claimed were all paid. The firm is paid for that many rewards, the highest. Invented plan."""

from __future__ import annotations

from pathlib import Path

import pytest

from policybot.handlers.calc_format import render_calculation_plain
from tests.invented_plans import city_plan, invented_plans_service

W = 10_000

RULES = """一、奖励措施
(一)对新获得中国驰名商标的企业,给予100万元奖励。
(二)对主导制定国家标准的企业,给予每项50万元奖励。
(三)对新获得省名牌产品的企业,给予20万元奖励。
二、其他
"""


@pytest.mark.parametrize(
    "limit", ["同一企业同一年度最多享受2项奖励。", "同一企业每年最多享受2项。"]
)
@pytest.mark.parametrize(
    ("claim", "total", "applied"),
    [
        ("示范市 驰名商标 1; 主导国家标准 1; 省名牌产品 1", 150 * W, True),  # 20万元 dropped
        ("示范市 主导国家标准 3", 100 * W, True),  # 2 × 50万元
        ("示范市 省名牌产品 1; 主导国家标准 2", 100 * W, True),  # the two 50万元
        ("示范市 驰名商标 1; 省名牌产品 1", 120 * W, False),
    ],
)
def test_a_firm_wide_count_limit_keeps_the_highest_rewards(
    tmp_path: Path, limit: str, claim: str, total: int, applied: bool
) -> None:
    with invented_plans_service(tmp_path, city_plan(RULES + limit + "\n")) as service:
        calculation = service.calculator().from_text(claim, command=True)[1]
    assert calculation.found, calculation.message
    assert (calculation.certain_total, calculation.upper_total) == (total, total)
    text = render_calculation_plain(calculation)
    assert ("数量上限(已应用)" in text) is applied, text
    assert text.count("• 数量上限") == 1, text  # one limit over the firm, not one per line


def test_the_reward_left_out_says_why(tmp_path: Path) -> None:
    plan = city_plan(RULES + "同一企业同一年度最多享受2项奖励。\n")
    with invented_plans_service(tmp_path, plan) as service:
        calculation = service.calculator().from_text(
            "示范市 驰名商标 1; 主导国家标准 1; 省名牌产品 1", command=True
        )[1]
    text = render_calculation_plain(calculation)
    assert "新获得省名牌产品 ×1 — 不计(数量上限)" in text, text
    assert "按金额最高的2项计(新获得中国驰名商标、主导制定国家标准)" in text, text
