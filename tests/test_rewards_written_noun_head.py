"""A reward asked by a short name with its noun head (培育库, 入库企业) that the rule writes with
words between (入选培育企业库) is priced and answered (attack37: 入库企业能拿多少钱, /calc …
培育库 3家 and 培育库企业3家能拿多少 said 未找到, the calculator's own button reading 培育库),
though the plan also writes 入库企业 whole in a target."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.calculator import RewardCalculator
from policybot.knowledge.noun_heads import as_written
from policybot.knowledge.service import QueryService

W = 10_000

# Invented: a 库 of firms, its target naming 入库企业 whole, its reward 入选培育企业库.
PLAN = city_plan(
    "一、主要任务\n"
    "(一)完善培育机制。建立品牌培育企业库,到2033年入库企业达到80家,每年新增不少于8家。"
    "(牵头单位:市市场监管局)\n"
    "二、扶持政策\n"
    "入选培育企业库的企业,每家奖励6万元。\n"
    "获得市长质量奖的企业,每家奖励30万元。\n"
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("reward_head"), PLAN) as service:
        yield service


def test_a_short_name_is_spelled_as_the_text_writes_it() -> None:
    assert as_written("培育库", "入选培育企业库") == "培育企业库"
    assert as_written("入库企业", "入选培育企业库") == "入选培育企业库企业"
    assert as_written("培育库", "入选培育库") == "培育库"  # written whole: as asked
    assert as_written("培育库", "市长质量奖") == "培育库"


@pytest.mark.parametrize("claims", ["示范市 培育库 3家", "示范市 入库企业 3"])
def test_the_calculator_prices_the_rule(service: QueryService, claims: str) -> None:
    calculation = RewardCalculator(service.index.current, service.engine).from_text(claims)[1]
    assert calculation.certain_total == 18 * W, calculation


@pytest.mark.parametrize(
    "asked", ["示范市入库企业能拿多少钱", "示范市培育库企业奖励多少", "示范市培育库企业3家能拿多少"]
)
def test_a_question_is_answered_by_the_rule(service: QueryService, asked: str) -> None:
    reply = answer_text(service, asked)[0]
    assert "未找到" not in reply and ("6万元" in reply or "18万元" in reply), reply


def test_a_year_lists_the_rules_of_the_plans_running_then(service: QueryService) -> None:
    # attack37: /rewards 2018 said 未找到"2018" where /targets 2018 listed that year's targets
    running = service.rewards("2032")
    # the value keeps the item its sum is paid for (每家, fix40c)
    assert running.found and any(fact.value == "每家6万元" for fact in running.facts), running
    assert service.rewards("示范市", "2032").found
    assert not service.rewards("2040").found
