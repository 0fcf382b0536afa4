"""attack39b: a reward sentence naming no sum of its own but the fund it is paid from (从…500万元
专项资金中列支) is answered 答: 500万元 as sure, to 奖多少. Already so at 9ebaf044 (the stored
reward takes the fund as its amount: ``extract/rewards``), not from the new ``sentence_sum``.
"""

from __future__ import annotations

from pathlib import Path

from invented_plans import ask, city_plan, invented_plans_service

PLAN = city_plan(
    """三、支持政策
(一)对新获得省级名牌产品的企业给予奖励,奖励资金从市财政安排的500万元专项资金中列支。
"""
)


def test_the_fund_is_not_the_reward(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PLAN) as service:
        answer = service.ask("示范市新获得省级名牌产品奖多少")
        said = ask(service, "示范市新获得省级名牌产品奖多少")
    sure = answer.found and not answer.hedged
    assert not (sure and "答: 500万元" in said), said


def test_sentence_sum_skips_a_fund_and_a_threshold() -> None:
    from policybot.knowledge.figures import sentence_sum

    fund = "对新获得省级名牌产品的企业给予奖励,奖励资金从市财政安排的500万元专项资金中列支。"
    assert sentence_sum(fund, ["省级名牌产品"]) is None
    threshold = "对年销售收入达到5000万元以上的新获得省级名牌产品的企业,给予20万元奖励。"
    assert sentence_sum(threshold, ["省级名牌产品"]) == "20万元"
