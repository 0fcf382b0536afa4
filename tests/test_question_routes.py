"""Which tool answers a question: the calculator only when it has something to price."""

from __future__ import annotations

from pathlib import Path

from policybot.knowledge.reward_claims import looks_like_calculation
from policybot.knowledge.service import Route
from tests.invented_plans import ask, city_plan, invented_plans_service

REWARDS = city_plan(
    "一、奖励政策\n"
    "(一)对主导制定国家标准的企业,给予50万元奖励。\n"
    "(二)对新获得省级品牌产品的企业,给予20万元奖励。\n"
)


def test_a_sum_the_rules_price_goes_to_the_calculator(tmp_path: Path) -> None:
    question = "我们公司在示范市主导制定了一项国家标准,能拿多少?"
    with invented_plans_service(tmp_path, REWARDS) as service:
        assert service.route(question).route is Route.CALCULATION


def test_a_total_worded_like_a_sum_that_no_rule_prices_is_a_lookup(tmp_path: Path) -> None:
    """ "这项奖励一共多少" about a grant notice's own total: the calculator would only say
    未找到…条款, while the lookup reads the notice."""
    question = "示范市2031年度信用管理示范企业这项奖励一共多少,市财政承担多少?"
    assert looks_like_calculation(question)
    with invented_plans_service(tmp_path, REWARDS) as service:
        assert service.route(question).route is Route.LOOKUP


def test_a_grant_notices_row_is_no_price_for_the_calculator(tmp_path: Path) -> None:
    """A notice granting 共计58万元 to firms recognised last year states no rule's sum: asked
    "…这项财政奖励共计多少", the lookup answers with the notice's row, not a 至少0元 total."""
    notice = city_plan(
        "一、2031年度市本级6家企业首次被认定为省级信用管理示范企业、8家企业首次被认定为"
        "省级亮化达标食品企业,财政奖励共计58万元,其中市财政承担49万元。\n"
    )
    question = "示范市2031年度信用管理示范企业和亮化达标食品企业这项财政奖励共计多少?"
    with invented_plans_service(tmp_path, notice) as service:
        routed = service.route(question).route
        reply = ask(service, question)
    assert routed is Route.LOOKUP
    assert "58万元" in reply, reply
