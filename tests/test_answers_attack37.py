"""Replies and /calc over forms an attack on invented uploads found misread (stop 37): a range of
sums states both its ends, a participant's share of the item before is priced, and a cap on the
year's total caps the document, not the rule it follows."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import invented_plans_service
from policybot.bot.cli import answer_text
from policybot.handlers.calc_format import render_calculation_plain, total_text
from policybot.knowledge.calculator import RewardCalculator
from policybot.knowledge.service import QueryService

W = 10_000  # 万元

# Invented: a reward document stating a range of sums for one honour.
PLAN = """示范市人民政府关于印发示范市品牌奖励办法的通知
示政发〔2031〕17号
示范市人民政府
2031年3月1日
示范市品牌奖励办法
一、奖励标准
1.对新获评省级品牌示范企业的,给予40万元至60万元奖励。
2.对新获得中国驰名商标的企业给予100万元奖励。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("attack37"), PLAN) as service:
        yield service


def test_a_range_is_priced_from_its_lower_to_its_upper_end(service: QueryService) -> None:
    calculator = RewardCalculator(service.index.current, service.engine)
    calculation = calculator.from_text("示范市 省级品牌示范企业 2")[1]
    assert (calculation.certain_total, calculation.upper_total) == (80 * W, 120 * W)
    assert total_text(calculation) == "80万元 至 120万元"
    assert "每项40万元至60万元" in render_calculation_plain(calculation)


def test_a_range_is_stated_in_the_reply(service: QueryService) -> None:
    reply = answer_text(service, "示范市省级品牌示范企业奖励多少")[0]
    assert "40万元至60万元" in reply and "最高60万元" not in reply, reply


CAPPED_PLAN = """示范市人民政府关于印发示范市标准奖励办法的通知
示政发〔2031〕18号
示范市人民政府
2031年4月1日
示范市标准奖励办法
一、奖励标准
1.对主导制定国际标准的单位,每项奖励40万元。
2.对主导制定国家标准的单位,每项奖励20万元,全年奖励资金总额不超过90万元。
"""


def test_a_cap_on_the_years_total_caps_every_rule(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with invented_plans_service(tmp_path_factory.mktemp("year_cap"), CAPPED_PLAN) as service:
        calculator = RewardCalculator(service.index.current, service.engine)
        calculation = calculator.from_text("示范市 主导国际标准 2; 主导国家标准 2")[1]
        assert (calculation.certain_total, calculation.upper_total) == (90 * W, 90 * W)
        alone = calculator.from_text("示范市 主导国际标准 3")[1]
        assert (alone.certain_total, alone.upper_total) == (90 * W, 90 * W)
        reply = answer_text(service, "示范市国际标准奖励多少")[0]
        assert "全年奖励资金总额不超过90万元" in reply, reply


SHARE_PLAN = CAPPED_PLAN.replace("示政发〔2031〕18号", "示政发〔2031〕19号").replace(
    ",全年奖励资金总额不超过90万元。", "。\n3.参与制定的单位,按主导单位标准的30%给予奖励。"
)


def test_a_participants_share_of_the_items_before_is_priced(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with invented_plans_service(tmp_path_factory.mktemp("shares"), SHARE_PLAN) as service:
        calculator = RewardCalculator(service.index.current, service.engine)
        calculation = calculator.from_text("示范市 国家标准 参与 2")[1]
        assert (calculation.certain_total, calculation.upper_total) == (12 * W, 12 * W)
