"""A cap said in one reward rule's own sentence caps that rule, not the document (attack36 H4).

"对主导制定地方标准的单位分别按每项8万元给予奖励,同一单位年度奖励总额不超过40万元" was read as a cap
over every reward of its document, and at the smallest sum of the sentence (8万元): a 100万元
reward for 驰名商标 came to 8万元, and every answer of the city quoted the clause.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import invented_plans_service
from policybot.bot.cli import answer_text
from policybot.handlers.calc_format import total_text
from policybot.knowledge.calculator import RewardCalculator
from policybot.knowledge.reward_terms import cap_sum, rule_of_cap
from policybot.knowledge.service import QueryService

W = 10_000  # 万元

# Invented: a reward document whose second item caps its own yearly total.
PLAN = """示范市人民政府关于印发示范市标准化奖励办法的通知
示政发〔2031〕7号
示范市人民政府
2031年3月1日
示范市标准化奖励办法
一、奖励标准
1.对新获得中国驰名商标的企业给予100万元奖励。
2.对主导制定国家标准的单位分别按每项30万元给予奖励,同一单位年度奖励总额不超过80万元。
3.对主导制定行业标准的单位给予10万元奖励。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("rule_caps"), PLAN) as service:
        yield service


def _total(service: QueryService, request: str) -> tuple[float, float | None]:
    calculator = RewardCalculator(service.index.current, service.engine)
    calculation = calculator.from_text(request)[1]
    assert calculation.found, calculation.message
    return calculation.certain_total, calculation.upper_total


def test_the_cap_of_a_rule_reads_its_own_sum() -> None:
    quote = "2.对主导制定国家标准的单位分别按每项30万元给予奖励,同一单位年度奖励总额不超过80万元"
    assert cap_sum(quote) == 80 * W
    assert rule_of_cap(quote) == "对主导制定国家标准的单位分别按每项30万元给予奖励"
    # a cap said on its own is over every reward
    assert rule_of_cap("每家企业每年获得的奖励资金总额最高不超过60万元") is None


def test_what_one_unit_gets_of_a_rule_in_all_is_that_rules_cap() -> None:
    """attack53 M2: 累计 of one unit's items under the rule sums that rule, as 年度奖励总额 does;
    a whole total named (全年, 上述) is still the document's."""
    quote = "(三)对主导制定国家标准的单位,每项奖励20万元,同一单位每年累计不超过100万元"
    assert rule_of_cap(quote) == "对主导制定国家标准的单位,每项奖励20万元"
    assert (
        rule_of_cap("对主导制定国家标准的单位,每项奖励20万元,全年奖励资金总额不超过90万元") is None
    )
    assert (
        rule_of_cap("对新获评省级品牌示范企业的,给予10万元奖励,上述奖励累计不超过150万元") is None
    )


def test_a_rule_cap_leaves_the_other_rewards_whole(service: QueryService) -> None:
    assert _total(service, "示范市 驰名商标 1") == (100 * W, 100 * W)
    assert _total(service, "示范市 行业标准 主导 2") == (20 * W, 20 * W)


def test_a_rule_cap_caps_its_rule_at_its_own_sum(service: QueryService) -> None:
    assert _total(service, "示范市 国家标准 主导 2") == (60 * W, 60 * W)
    assert _total(service, "示范市 国家标准 主导 4") == (80 * W, 80 * W)
    assert _total(service, "示范市 国家标准 主导 4; 驰名商标 1") == (180 * W, 180 * W)


def test_a_rule_cap_is_noted_only_under_its_rule(service: QueryService) -> None:
    other = answer_text(service, "示范市驰名商标奖励多少")[0]
    assert "100万元" in other and "注(奖励上限)" not in other, other
    own = answer_text(service, "示范市国家标准奖励多少")[0]
    assert "注(奖励上限)" in own and "80万元" in own, own


# trial36b: the same rule stating its sum per item with no verb of granting ("每项8万元") was
# read as a task, and its cap capped every reward of the plan.
BARE_PLAN = PLAN.replace("示政发〔2031〕7号", "示政发〔2031〕8号").replace(
    "2.对主导制定国家标准的单位分别按每项30万元给予奖励,",
    "2.对主导制定国家标准的单位,每项30万元,",
)


def test_a_per_item_sum_without_a_verb_is_a_rule_with_its_own_cap(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    assert rule_of_cap(
        "2.对主导制定国家标准的单位,每项30万元,同一单位年度奖励总额不超过80万元"
    ) == ("对主导制定国家标准的单位,每项30万元")
    with invented_plans_service(tmp_path_factory.mktemp("bare_caps"), BARE_PLAN) as service:
        assert _total(service, "示范市 驰名商标 1") == (100 * W, 100 * W)
        assert _total(service, "示范市 国家标准 主导 4") == (80 * W, 80 * W)


# attack36b: a rule with no role whose sentence says more of 参与 than was read
ROLE_PLAN = PLAN.replace("示政发〔2031〕7号", "示政发〔2031〕9号").replace(
    "3.对主导制定行业标准的单位给予10万元奖励。",
    "3.对获得中国质量奖的企业,给予一次性奖励100万元;参与获奖项目的合作单位,减半奖励。",
)


def test_a_role_the_rule_says_more_of_is_not_priced_at_the_full_sum(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with invented_plans_service(tmp_path_factory.mktemp("role_caps"), ROLE_PLAN) as service:
        calculator = RewardCalculator(service.index.current, service.engine)
        calculation = calculator.from_text("示范市 中国质量奖 参与 1")[1]
        assert calculation.certain_total == 0 and calculation.undecided, calculation
        assert "另有说法" in calculation.undecided[0].reason
        assert _total(service, "示范市 中国质量奖 1") == (100 * W, 100 * W)


def test_a_total_no_item_fixes_is_never_a_bare_0元(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """attack36b: "合计: 0元" above items all undecided, "0元 至 80万元" for a ceiling."""
    plan = ROLE_PLAN.replace("示政发〔2031〕9号", "示政发〔2031〕10号").replace(
        "1.对新获得中国驰名商标的企业给予100万元奖励。",
        "1.对获得市长质量奖的企业给予最高80万元奖励。",
    )
    with invented_plans_service(tmp_path_factory.mktemp("totals"), plan) as service:
        calculator = RewardCalculator(service.index.current, service.engine)
        assert total_text(calculator.from_text("示范市 中国质量奖 参与 1")[1]) == "无法确定(见下)"
        assert total_text(calculator.from_text("示范市 市长质量奖 1")[1]) == "最高80万元"
        assert total_text(calculator.from_text("示范市 中国质量奖 1")[1]) == "100万元"
