"""attack43: /calc with the firm's tax figure written before its tax words ("国家标准 主导 2
500万元纳税", "…500万元的纳税地方留存") took the whole clause as the tax figure and dropped the
achievement beside it without a word: the total (80万元) was stated as if complete. The
achievement is priced, the figure still read as the tax. Invented plan; sums by hand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import city_plan, invented_plans_service

W = 10_000

RULES = """一、奖励措施
(一)对主导制修订国家标准的企业,每项奖励50万元;参与制修订的,每项奖励10万元。
(二)对新获得中国驰名商标的企业,奖励80万元。
二、其他
3.涉企奖励资金总额不超过企业当期纳税总额地方留存部分。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("attack43_calc"), city_plan(RULES)) as s:
        yield s


@pytest.mark.parametrize(
    "request_text",
    [
        "示范市 驰名商标 1; 国家标准 主导 2 500万元纳税",
        "示范市 驰名商标 1; 国家标准 主导 2 500万元的纳税地方留存",
        "示范市 驰名商标 1; 500万元纳税 国家标准 主导 2",
        "示范市 驰名商标 1; 国家标准 主导 2 地方留存税收500万元",
    ],
)
def test_an_achievement_beside_a_tax_figure_written_first_is_priced(
    service: QueryService, request_text: str
) -> None:
    calculation = service.calculator().from_text(request_text, command=True)[1]
    assert calculation.found, calculation.message
    assert calculation.sheet.tax_retained_yuan == 500 * W
    assert {(c.words, c.role, c.count) for c in calculation.sheet.claims} == {
        ("驰名商标", None, 1),
        ("国家标准", "主导", 2),
    }, calculation.sheet


def test_a_clause_of_only_a_tax_figure_written_first_is_still_read() -> None:
    from policybot.knowledge.reward_claims import read_claims

    sheet = read_claims("驰名商标 1; 80万元纳税")
    assert sheet.tax_retained_yuan == 80 * W
    assert [(c.words, c.count) for c in sheet.claims] == [("驰名商标", 1)]


@pytest.mark.parametrize(
    "request_text",
    [
        "示范市 国家标准 主导 2 纳税地方留存 500万元 纳税地方留存 10万元",
        "示范市 国家标准 主导 2; 纳税地方留存 500万元; 纳税地方留存 10万元",
    ],
)
def test_two_different_tax_figures_are_asked_about_not_one_taken(
    service: QueryService, request_text: str
) -> None:
    """Two tax figures in one clause left the second with the achievement, which was then
    not read (未找到…对应的条款 of a plan that pays it); in two clauses the last was taken
    silently. Which one is meant cannot be told: the firm is asked."""
    calculation = service.calculator().from_text(request_text, command=True)[1]
    assert not calculation.found
    assert "纳税" in calculation.message and "两个" in calculation.message, calculation.message


def test_the_same_tax_figure_twice_is_one() -> None:
    from policybot.knowledge.reward_claims import read_claims

    sheet = read_claims("国家标准 主导 2 纳税地方留存 500万元; 纳税地方留存500万元")
    assert sheet.refusal is None and sheet.tax_retained_yuan == 500 * W
    assert [(c.words, c.count) for c in sheet.claims] == [("国家标准", 2)]


def test_one_achievement_written_many_times_is_one_claim_with_every_count() -> None:
    """attack43 Low: 200 copies of one achievement were capped to the first twelve, merged to
    ×12, and the reply said 只计算了前 1 项成果 — neither the count written nor a true note.
    Copies merge first (counts added, up to the largest count); only distinct achievements
    beyond the cap are left out, and named."""
    from policybot.knowledge.reward_claims import MAX_CLAIMS, MAX_COUNT, read_claims

    sheet = read_claims("; ".join(["国家标准 主导 1"] * 200))
    assert [(c.words, c.role, c.count) for c in sheet.claims] == [("国家标准", "主导", 200)]
    assert sheet.ignored == ()
    many = read_claims("; ".join(["国家标准 主导 900"] * 3))
    assert [c.count for c in many.claims] == [MAX_COUNT]
    distinct = read_claims("; ".join(f"国家标准 主导 {n}" for n in range(1, 3)))
    assert len(distinct.claims) == 1 and distinct.claims[0].count == 3
    assert MAX_CLAIMS >= 2


def test_the_calculation_of_many_copies_says_the_count_it_priced(service: QueryService) -> None:
    calculation = service.calculator().from_text(
        "示范市 " + "; ".join(["国家标准 主导 1"] * 200), command=True
    )[1]
    assert calculation.found, calculation.message
    assert [(c.words, c.count) for c in calculation.sheet.claims] == [("国家标准", 200)]
    assert calculation.sheet.ignored == ()
