"""fix50 (trial43): /calc on a new user's trial.

1. "驰名商标 1; 国家标准 参与 2 纳税地方留存 500万元": the tax figure the bot's own hint asks for,
   written after an achievement without a ";", took the whole clause, and 国家标准 was dropped
   without a word. It is split off wherever it is written; a piece naming a count or a role but
   no achievement is said to be unread, never dropped.
Invented plans; sums by hand.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.handlers.calc_format import render_calculation, render_calculation_plain
from policybot.knowledge.calculation import Calculation
from policybot.knowledge.reward_claims import read_claims
from policybot.knowledge.service import QueryService
from tests.invented_plans import city_plan, invented_plans_service

W = 10_000

RULES = """一、奖励措施
(一)对主导制修订国家标准的企业,每项奖励50万元;参与制修订的,每项奖励10万元。
(二)对新获得中国驰名商标的企业,奖励80万元。
二、其他
3.涉企奖励资金总额不超过企业当期纳税总额地方留存部分。
"""
PLAN = city_plan(RULES)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("fix50_calc"), PLAN) as service:
        yield service


def _calc(service: QueryService, request: str) -> Calculation:
    calculation = service.calculator().from_text(request, command=True)[1]
    assert calculation.found, calculation.message
    return calculation


@pytest.mark.parametrize(
    "request_text",
    [
        "示范市 驰名商标 1; 国家标准 参与 2; 纳税地方留存 500万元",
        "示范市 驰名商标 1; 国家标准 参与 2 纳税地方留存 500万元",
        "示范市 驰名商标 1; 国家标准 参与 2 企业当期纳税地方留存500万元",
        "示范市 纳税地方留存 500万元 国家标准 参与 2; 驰名商标 1",
    ],
)
def test_a_tax_figure_is_split_off_wherever_it_is_written(
    service: QueryService, request_text: str
) -> None:
    calculation = _calc(service, request_text)
    assert calculation.sheet.tax_retained_yuan == 500 * W
    assert {(c.words, c.role, c.count) for c in calculation.sheet.claims} == {
        ("驰名商标", None, 1),
        ("国家标准", "参与", 2),
    }
    assert calculation.certain_total == 100 * W  # 80 + 2 × 10
    assert "参与" in render_calculation(calculation)


def test_a_lower_tax_figure_caps_both_items(service: QueryService) -> None:
    calculation = _calc(service, "示范市 驰名商标 1; 国家标准 参与 2 纳税地方留存 90万元")
    assert calculation.certain_total == 90 * W
    assert len(calculation.lines) == 2


def test_a_tax_clause_alone_still_reads() -> None:
    sheet = read_claims("主导制定两项国家标准,企业纳税地方留存80万元")
    assert [(c.words, c.role, c.count) for c in sheet.claims] == [("国家标准", "主导", 2)]
    assert sheet.tax_retained_yuan == 80 * W
    assert sheet.unread == ()


def test_a_piece_naming_no_achievement_is_said_not_dropped(service: QueryService) -> None:
    calculation = _calc(service, "示范市 驰名商标 1; 2")
    assert calculation.certain_total == 80 * W
    text = render_calculation_plain(calculation)
    assert "没有读懂" in text and "“2”" in text


# 2. "浙江制造认证 1" was priced by the plan's 在融资上给予倾斜 (至少0元), leaving out its main rule
#    (给予“国家级品牌”同等政策奖励). A rule paying "the same as" a tier is priced at that tier's
#    sum in the same plan, saying so; with no sum for the tier it is listed as such.
SAME_AS_RULES = """一、奖励措施
(一)对新获得国家级品牌的企业,每个奖励60万元;对新获得省级品牌的企业,每个奖励20万元。
(二)对获得“品字标”品牌认证的企业,给予“国家级品牌”同等政策奖励。对通过“品字标”认证的企业,在融资上给予倾斜。
(三)对获得市长质量奖的企业,给予“省政府质量奖”同等政策奖励。
"""


@pytest.fixture(scope="module")
def same_as(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    plan = city_plan(SAME_AS_RULES)
    with invented_plans_service(tmp_path_factory.mktemp("fix50_same"), plan) as service:
        yield service


def test_a_rule_paying_the_same_as_a_tier_is_priced_at_that_tiers_sum(
    same_as: QueryService,
) -> None:
    calculation = _calc(same_as, "示范市 品字标认证 2")
    assert (calculation.certain_total, calculation.upper_total) == (120 * W, 120 * W)
    [line] = calculation.lines
    assert "同等" in line.citation.quote  # cited by its own sentence
    text = render_calculation(calculation)
    assert "与“国家级品牌”同等" in text and "新获得国家级品牌" in text
    assert "在融资上给予倾斜" in text  # the promise without a sum is still shown


def test_a_tier_the_plan_writes_no_sum_for_is_listed_as_such(same_as: QueryService) -> None:
    calculation = _calc(same_as, "示范市 市长质量奖 1")
    assert calculation.certain_total == 0 and calculation.upper_total is None
    text = render_calculation_plain(calculation)
    assert "给予“省政府质量奖”同等政策奖励" in text
    assert "本文件未写“省政府质量奖”的奖励金额" in text
