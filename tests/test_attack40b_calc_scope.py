"""attack40b: /calc and a city rule whose scope excludes counties ("本意见不适用于醴陵市、攸县").

``ask`` says 未找到 for 攸县 (attack40 H3's fix), but the calculator prices "攸县 驰名商标 1" at
合计 90万元 from the city's rule, noting only 适用范围(说明): 请确认企业在适用范围内 under it. And
天元区, a county the rule does reach (ask answers it), is "未找到地区“天元区”". Invented figures
(attack40's plans)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.knowledge.calculator import RewardCalculator
from tests.invented_plans import invented_plans_service
from tests.test_attack40_scope import ASKED, CITY_RULES, PROVINCE_PLAN


@pytest.fixture
def calculator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RewardCalculator]:
    folder = tmp_path_factory.mktemp("attack40b_calc_scope")
    with invented_plans_service(folder, PROVINCE_PLAN, CITY_RULES, now=ASKED) as service:
        yield service.calculator()


@pytest.mark.parametrize("claim", ["攸县 驰名商标 1", "醴陵市 中国驰名商标 1"])
def test_an_excluded_county_is_not_priced_by_the_rule(
    calculator: RewardCalculator, claim: str
) -> None:
    _, result = calculator.from_text(claim, command=True)
    assert not result.found or result.certain_total == 0, result.certain_total


def test_a_county_the_rule_reaches_is_priced(calculator: RewardCalculator) -> None:
    _, result = calculator.from_text("天元区 中国驰名商标 1", command=True)
    assert result.found and result.certain_total == pytest.approx(900_000), result.message
