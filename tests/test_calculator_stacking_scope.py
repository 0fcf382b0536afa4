"""就高不重复 read by whom it binds, on invented plans.

"同一事项符合多项奖励条件的,按就高原则给予奖励,不重复享受" is about ONE achievement meeting several
rules: each achievement (and each of several) still counts, only the annual cap clamps the total.
"同一企业…获得多项荣誉的,按就高不重复" binds the firm: its highest reward, once.
Totals are worked out by hand from the sentences below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policybot.knowledge.calculation import LineStatus
from policybot.knowledge.calculator import firm_wide_no_stacking
from tests.invented_plans import invented_plans_service

W = 10_000  # 万元

ONE_ACHIEVEMENT_PLAN = """青川区人民政府关于印发青川区质量品牌奖励办法的通知
青政发〔2026〕8号
青川区人民政府
2026年5月6日
青川区质量品牌奖励办法
一、奖励标准
1.主导制定国家标准的,给予50万元奖励;参与制定的给予10万元奖励。
2.获得省级品牌产品的,奖励20万元。
二、奖励规则
3.同一事项符合多项奖励条件的,按就高原则给予奖励,不重复享受。
4.同一企业年度奖励总额不超过100万元。
"""


def test_same_matter_no_stacking_keeps_every_achievement(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, ONE_ACHIEVEMENT_PLAN) as service:
        calculator = service.calculator()
        # 3 × 50万 = 150万, clamped by the 100万 annual cap
        _, three = calculator.from_text("青川 国家标准 主导 3", command=True)
        assert three.found, three.message
        assert [line.count for line in three.lines] == [3]
        assert three.certain_total == pytest.approx(100 * W)
        # different achievements both count: 3 × 50万 + 2 × 20万 = 190万 → the 100万 cap
        _, capped = calculator.from_text("青川 国家标准 主导 3; 省级品牌产品 2", command=True)
        assert [line.count for line in capped.lines] == [3, 2]
        assert capped.certain_total == pytest.approx(100 * W)
        _, both = calculator.from_text("青川 国家标准 主导 1; 省级品牌产品 2", command=True)
        assert all(line.status != LineStatus.NOT_COUNTED for line in both.lines)
        assert both.certain_total == pytest.approx(90 * W)  # 50 + 40, under the cap


@pytest.mark.parametrize(
    ("quote", "firm_wide"),
    [
        ("同一事项符合多项奖励条件的,按就高原则给予奖励,不重复享受", False),
        ("同一项目同时符合本办法多项条款的,按最高一项奖励", False),
        ("同一企业同一年度获得多项荣誉的,按就高不重复原则给予奖励", True),
        ("同一企业符合多项奖励条件的,只能享受一项", True),
        ("上述奖励按就高原则执行,不重复奖励", False),
    ],
)
def test_who_a_no_stacking_clause_binds(quote: str, firm_wide: bool) -> None:
    assert firm_wide_no_stacking(quote) is firm_wide
