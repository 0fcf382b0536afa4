"""fix42a: /calc on a new user's trial. 国标 priced the 中国标准创新贡献奖 rule (国标 is a bigram
of 中国标准) instead of 主导制修订国家标准: a short form the glossary spells out is matched as
spelled. The scope line quotes the rule's own scope; the count-limit line drops the plan's
numbering and ends at a clause; a natural-language claim keeps no stray 个 and gives no role to
an achievement without one. Invented plans; sums by hand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.handlers.calc_format import render_calculation_plain
from policybot.knowledge.calculation import Calculation
from policybot.knowledge.service import QueryService
from tests.invented_plans import city_plan, invented_plans_service

W = 10_000

RULES = """一、奖励措施
(一)对获得中国标准创新贡献奖的企业,给予最高30万元奖励。
(二)对主导制修订并经批准发布实施的国家标准的企业,每项奖励50万元;参与制修订的,每项奖励10万元。
(三)对主导制修订行业标准的企业,每项奖励20万元。
(四)对新获得中国驰名商标的企业,奖励100万元(不含已享受市级同类奖励的企业)。
二、其他
4.同一企业同一年度最多享受3项奖励,超过的按金额最高的3项计(国家标准、行业标准分别计算)。
"""
PLAN = city_plan(RULES)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("fix42a_calc"), PLAN) as service:
        yield service


def _calc(service: QueryService, request: str, *, command: bool = True) -> Calculation:
    calculation = service.calculator().from_text(request, command=command)[1]
    assert calculation.found, calculation.message
    return calculation


@pytest.mark.parametrize(
    "request_text", ["示范市 国标 主导 1", "示范市 国家标准 主导 1", "示范市 主导国标 1"]
)
def test_a_short_form_prices_the_rule_it_stands_for(
    service: QueryService, request_text: str
) -> None:
    calculation = _calc(service, request_text)
    assert (calculation.certain_total, calculation.upper_total) == (50 * W, 50 * W)
    assert "贡献奖" not in render_calculation_plain(calculation)


def test_a_trade_standard_short_form(service: QueryService) -> None:
    calculation = _calc(service, "示范市 行标 主导 1")
    assert calculation.upper_total == 20 * W


def test_the_question_form_adds_the_standard_and_the_trademark(service: QueryService) -> None:
    calculation = _calc(
        service, "我们今年主导制定了1项国标、拿了个驰名商标,示范市能拿多少?", command=False
    )
    assert calculation.upper_total == 150 * W, render_calculation_plain(calculation)


def test_the_scope_line_quotes_the_scope(service: QueryService) -> None:
    calculation = _calc(service, "示范市 驰名商标 1")
    scopes = [c.effect for c in calculation.conditions if "范围" in c.effect]
    assert scopes and "不含已享受市级同类奖励的企业" in scopes[0], scopes


def test_the_count_limit_line_has_no_numbering_and_ends_at_a_clause(
    service: QueryService,
) -> None:
    calculation = _calc(
        service, "示范市 主导国家标准 2; 行业标准 主导 2; 驰名商标 1; 标准创新贡献奖 1"
    )
    limits = [c.effect for c in calculation.conditions if "最多享受3项" in c.effect]
    assert limits and not limits[0].startswith("4."), limits
    assert not limits[0].startswith("4."), limits
    text = render_calculation_plain(calculation)
    assert "4.同一企业" not in text and "行业标…" not in text, text


def test_phone_clause_cuts_at_a_clause_boundary() -> None:
    from policybot.knowledge.calculator import phone_clause

    long = "4.同一企业同一年度最多享受3项奖励,超过的按金额最高的3项计(国家标准、行业标准分别计算)"
    short = phone_clause(long, 30)
    assert short == "同一企业同一年度最多享受3项奖励,超过的按金额最高的3项计…", short
    assert phone_clause("(三)适用于本市注册的企业") == "适用于本市注册的企业"


def test_a_title_got_keeps_no_stray_measure_and_no_role() -> None:
    from policybot.knowledge.reward_claims import read_claims

    claims = read_claims("我们今年主导制定了1项国标、拿了个驰名商标,能拿多少?").claims
    assert [(c.words, c.role) for c in claims] == [("国标", "主导"), ("驰名商标", None)]
    listed = read_claims("主导制定了2项国家标准、1项国际标准").claims
    assert [c.role for c in listed] == ["主导", "主导"]  # a list's role is still its items'


SHARED_PURSE = city_plan(
    """一、奖励政策
对新获得中国驰名商标的企业,给予60万元的奖励。
奖励资金由市、区县财政按1:1分担。
"""
)


def test_a_condition_line_says_which_clause(tmp_path_factory: pytest.TempPathFactory) -> None:
    """trial42: "3. 条件(说明): 请对照原文" did not say which condition it meant (a 1:1 split
    of who pays): the line quotes the clause, short enough for a phone."""
    with invented_plans_service(tmp_path_factory.mktemp("calc_clause"), SHARED_PURSE) as service:
        calculation = _calc(service, "示范市 驰名商标 1")
    effects = [c.effect for c in calculation.conditions]
    assert any("按1:1分担" in effect for effect in effects), effects
    assert "请对照原文" not in render_calculation_plain(calculation)
