"""fix41: /calc over rules stated as a maximum ("最高奖励100万元", "给予最高不超过50万元奖励").
Such a rule pays up to its sum, by assessment; staff read the total as a ceiling. A fixed sum
beside one was given as a range from the fixed part ("50万元 至 150万元"), and an overall cap
over the maxima said "合计超过最高120万元" though only the maxima exceed it. The total is now
"最高…" with the fixed part said, the cap applied to the ceiling. Invented plans; totals by hand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.handlers.calc_format import render_calculation_plain, total_text
from policybot.knowledge.calculation import Calculation
from policybot.knowledge.service import QueryService
from tests.invented_plans import city_plan, invented_plans_service

W = 10_000

RULES = """一、奖励措施
(一)对主导制定国家标准的企业,给予每项50万元奖励。
(二)对新获得中国驰名商标的企业,最高奖励100万元。
(三)对获得省政府质量奖的企业,给予最高不超过50万元奖励。
(四)对新获得省名牌产品的企业,给予20万元至30万元奖励。
"""
PLAN = city_plan(RULES)
CAPPED_PLAN = city_plan(RULES + "二、其他\n每家企业每年获得的奖励资金总额最高不超过120万元。\n")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("fix41_max"), PLAN) as service:
        yield service


@pytest.fixture(scope="module")
def capped(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("fix41_cap"), CAPPED_PLAN) as service:
        yield service


def _calc(service: QueryService, request: str) -> Calculation:
    calculation = service.calculator().from_text(request, command=True)[1]
    assert calculation.found, calculation.message
    return calculation


@pytest.mark.parametrize(
    ("request_text", "certain", "upper", "total"),
    [
        # 最高奖励100万元: a ceiling alone
        ("示范市 驰名商标 1", 0, 100 * W, "最高100万元"),
        # 最高不超过50万元
        ("示范市 省政府质量奖 1", 0, 50 * W, "最高50万元"),
        ("示范市 驰名商标 1; 省政府质量奖 1", 0, 150 * W, "最高150万元"),
        # fixed 50 beside a ceiling of 100: at most 150, of which 50 is fixed
        (
            "示范市 驰名商标 1; 主导国家标准 1",
            50 * W,
            150 * W,
            "最高150万元(其中确定50万元,其余按评定)",
        ),
        # fixed sums alone, and a range with a fixed sum, total as before
        ("示范市 主导国家标准 2", 100 * W, 100 * W, "100万元"),
        ("示范市 省名牌产品 1; 主导国家标准 1", 70 * W, 80 * W, "70万元 至 80万元"),
        # a range beside a ceiling: the ceiling leads
        (
            "示范市 省名牌产品 1; 驰名商标 1",
            20 * W,
            130 * W,
            "最高130万元(其中确定20万元,其余按评定)",
        ),
    ],
)
def test_a_maximum_makes_the_total_a_ceiling(
    service: QueryService, request_text: str, certain: float, upper: float, total: str
) -> None:
    calculation = _calc(service, request_text)
    assert (calculation.certain_total, calculation.upper_total) == (certain, upper)
    assert total_text(calculation) == total


def test_an_overall_cap_caps_the_ceiling(capped: QueryService) -> None:
    """50 fixed + up to 100 + up to 50 = at most 200, capped at 120; the fixed 50 is under it."""
    calculation = _calc(capped, "示范市 驰名商标 1; 主导国家标准 1; 省政府质量奖 1")
    assert (calculation.certain_total, calculation.upper_total) == (50 * W, 120 * W)
    assert total_text(calculation) == "最高120万元(其中确定50万元,其余按评定)"
    text = render_calculation_plain(calculation)
    assert "各项最高额合计200万元,超过最高120万元,合计最高按120万元计" in text, text
    assert "合计超过最高120万元" not in text, text


def test_an_overall_cap_over_fixed_sums_still_totals_them(capped: QueryService) -> None:
    calculation = _calc(capped, "示范市 主导国家标准 3")
    assert (calculation.certain_total, calculation.upper_total) == (120 * W, 120 * W)
    assert total_text(calculation) == "120万元"
    assert "合计超过最高120万元,按120万元计" in render_calculation_plain(calculation)


def test_a_fixed_part_over_the_cap_leaves_the_capped_sum_sure(capped: QueryService) -> None:
    """150 fixed + up to 100, capped at 120: 120 whatever the assessment."""
    calculation = _calc(capped, "示范市 主导国家标准 3; 驰名商标 1")
    assert (calculation.certain_total, calculation.upper_total) == (120 * W, 120 * W)
    assert total_text(calculation) == "120万元"
