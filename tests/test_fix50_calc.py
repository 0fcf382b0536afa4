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
from policybot.knowledge.calculator import Calculation
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
