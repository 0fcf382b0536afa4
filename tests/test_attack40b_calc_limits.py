"""attack40b: a count limit per firm the calculator does not apply, its total stated as sure.
``reward_terms._COUNT_LIMIT`` reads one digit-or-character count (十二 is not read at all), and
a limit said in its own sentence right after the rule (…每项奖励8万元。每家企业每年最多支持2项。)
has no grant and no noun, so it reaches no line and is only shown as 条件(说明). Invented plan;
totals worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invented_plans import city_plan, invented_plans_service

W = 10_000  # 万元

RULES = city_plan(
    """一、奖励标准
(一)对新获得“品字标”认证的产品,每个产品奖励1万元,同一企业最多奖励十二个产品。
(二)对主导制定行业标准的企业,每项奖励8万元。每家企业每年最多支持2项。
"""
)


@pytest.mark.parametrize(
    ("claim", "total"),
    [
        ("示范市 品字标 15", 12 * W),  # 十二个产品: 12 × 1万, not 15 × 1万
        ("示范市 行业标准 主导 5", 16 * W),  # 最多支持2项: 2 × 8万, not 5 × 8万
    ],
)
def test_a_count_limit_caps_the_sure_total(tmp_path: Path, claim: str, total: int) -> None:
    with invented_plans_service(tmp_path, RULES) as service:
        _, result = service.calculator().from_text(claim, command=True)
        assert result.found, result.message
        assert result.certain_total == pytest.approx(total), [
            (line.count, line.certain) for line in result.lines
        ]
