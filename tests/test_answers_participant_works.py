"""/rewards, /calc and a question over a participant's reward that names its role but not its
work ("…给予50万元奖励;参与制定的给予10万元奖励", stop 37 fresh-clone trial): the reward is
the work's, so each prices it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.calculator import RewardCalculator
from policybot.knowledge.reward_claims import looks_like_calculation
from policybot.knowledge.service import QueryService

W = 10_000  # 万元

PLAN = city_plan(
    "二、奖励标准\n(一)对主导制定国家标准的企业,给予50万元奖励;参与制定的给予10万元奖励。\n"
    "(二)对主导制定行业标准的企业,给予20万元奖励。\n(三)参与制定的单位,减半奖励。\n"
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("participant_works"), PLAN) as service:
        yield service


def test_the_rewards_list_names_the_participants_work(service: QueryService) -> None:
    reply = answer_text(service, "/rewards 示范市")[0]
    assert "10万元 参与制定国家标准" in reply, reply
    assert "10万元 参与制定行业标准" in reply, reply


@pytest.mark.parametrize(("work", "total"), [("国家标准", 10 * W), ("行业标准", 10 * W)])
def test_calc_prices_a_participant(service: QueryService, work: str, total: int) -> None:
    calculator = RewardCalculator(service.index.current, service.engine)
    calculation = calculator.from_text(f"示范市 {work} 参与 1")[1]
    assert (calculation.certain_total, calculation.upper_total) == (total, total)


def test_a_firms_counted_question_is_priced(service: QueryService) -> None:
    question = "我们公司参与制定了1项国家标准,示范市能奖多少"
    assert looks_like_calculation(question)
    reply = answer_text(service, question)[0]
    assert "10万元" in reply and "部分相符" not in reply, reply


def test_what_a_rule_pays_for_one_item_stays_a_lookup() -> None:
    assert not looks_like_calculation("示范市一件发明专利能奖多少钱啊")
