"""A plan's yearly cap over all its rewards and its count limit per firm, on an invented plan.

"同一企业同一年度获得上述各项奖励累计最高不超过300万元" said in one sentence with a 不重复 clause was read
as 不重复奖励 only and never applied; "同一企业最多奖励3个产品" was never read, so 5 products were paid
5 × 15万元. Totals are worked out by hand from the sentences below.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from policybot.handlers.calc_format import render_calculation_plain
from policybot.knowledge.calculation import LineStatus
from policybot.knowledge.calculator import COUNT_LIMIT
from policybot.knowledge.reward_terms import ConditionKind, conditions_in_text, count_limits
from tests.invented_plans import ask, city_plan, invented_plans_service

W = 10_000  # 万元

RULES = """一、奖励标准
(一)对新获得“品字标”认证的产品,每个产品奖励15万元,同一企业最多奖励3个产品。
(二)对新认定为中国驰名商标的企业,一次性奖励100万元。
(三)对获得中国质量奖的企业,奖励200万元。
(四)对主导制定国家标准的企业,每项奖励50万元。
二、奖励规则
"""
CAPS = (
    "同一产品获得多项认证的不重复奖励,同一企业同一年度获得上述各项奖励累计最高不超过300万元。",
    "同一企业同一年度获得上述各项奖励累计最高不超过300万元,不重复奖励。",
    "上述各项奖励最高不超过300万元。",
    "以上奖励同一企业每年最高不超过300万元,不重复奖励的按就高原则执行。",
)
EVERYTHING = "示范市 品字标 5; 驰名商标 1; 中国质量奖 1; 国家标准 主导 3"


@pytest.mark.parametrize("cap", CAPS)
def test_yearly_cap_beside_no_stacking_clamps_the_total(tmp_path: Path, cap: str) -> None:
    with invented_plans_service(tmp_path, city_plan(RULES + cap + "\n")) as service:
        _, result = service.calculator().from_text(EVERYTHING, command=True)
        assert result.found, result.message
        # 3 × 15 + 100 + 200 + 3 × 50 = 495万 → the 300万 cap
        assert [line.count for line in result.lines] == [3, 1, 1, 3]
        assert all(line.status == LineStatus.FIXED for line in result.lines)
        assert result.certain_total == pytest.approx(300 * W)
        caps = [o for o in result.conditions if o.kind == ConditionKind.OVERALL_CAP]
        assert [o.cap_yuan for o in caps] == [300 * W]
        assert "300万元" in caps[0].quote and "不重复" not in caps[0].quote
        text = render_calculation_plain(result)
        assert "奖励上限(已应用)" in text


def test_count_limit_per_firm_limits_the_claimed_count(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(RULES + CAPS[0] + "\n")) as service:
        _, five = service.calculator().from_text("示范市 品字标 5", command=True)
        assert [line.count for line in five.lines] == [3]
        assert five.certain_total == pytest.approx(45 * W)
        limits = [o for o in five.conditions if o.kind == COUNT_LIMIT]
        assert len(limits) == 1 and limits[0].applied
        text = render_calculation_plain(five)
        assert "数量上限(已应用)" in text and "同一企业最多奖励3个产品" in text
        assert "每个产品15万元" in text  # what the rule pays per, not 每项
        _, two = service.calculator().from_text("示范市 品字标 2", command=True)
        assert two.certain_total == pytest.approx(30 * W)
        assert [o.applied for o in two.conditions if o.kind == COUNT_LIMIT] == [False]
        # the limit is that rule's: other rules' counts are not limited by it
        _, standards = service.calculator().from_text("示范市 国家标准 主导 5", command=True)
        assert standards.certain_total == pytest.approx(250 * W)
        assert not [o for o in standards.conditions if o.kind == COUNT_LIMIT]


def test_rewards_list_keeps_the_item_a_sum_is_paid_for(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(RULES + CAPS[0] + "\n")) as service:
        reply = ask(service, "示范市有哪些奖励")
        assert "每个产品15万元" in reply, reply
        assert "每项50万元" in reply
        assert "每个产品100万元" not in reply and "200万元" in reply
        assert "同一企业最多奖励3个产品" in reply  # the limit noted under the list
        # the cap is noted as a cap, not inside a 不重复奖励 note
        assert "注(奖励上限):同一企业同一年度获得上述各项奖励累计最高不超过300万元" in reply, reply


def test_sentence_terms_split_a_cap_from_no_stacking() -> None:
    terms = conditions_in_text(CAPS[0], 1)
    assert [term.kind for term in terms] == [ConditionKind.NO_STACKING, ConditionKind.OVERALL_CAP]
    assert terms[1].cap_yuan == pytest.approx(300 * W)
    (limit,) = count_limits("每家企业最多支持2项。对主导制定行业标准的企业,每项奖励8万元。")
    assert (limit.limit, limit.grant, limit.noun) == (2, None, None)
