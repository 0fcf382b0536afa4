"""The calculator on short claims a firm writes: a second role of the same achievement written
as a role and a count only ("主导制定了3项国家标准、参与1项"), a short form staff use (国标),
and a count written as no number ("国标 abc"). The plan is invented for these tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from policybot.knowledge.calculator import RewardCalculator
from tests.invented_plans import invented_plans_service

W = 10_000  # 万元

PLAN = """远山区人民政府办公室关于印发远山区标准化奖励办法的通知
远政办发〔2030〕5号
远山区人民政府办公室
2030年2月1日
一、奖励措施
(一)主导制定国家标准的,给予40万元奖励;参与制定的给予8万元奖励。
(二)新获得省级品牌产品的,奖励15万元。
同一企业年度奖励总额不超过200万元。
"""


@pytest.fixture(scope="module")
def calculator(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RewardCalculator]:
    folder = Path(tmp_path_factory.mktemp("short_claims"))
    with invented_plans_service(folder, PLAN) as service:
        yield service.calculator()


def test_a_role_and_count_alone_is_the_achievement_written_before(
    calculator: RewardCalculator,
) -> None:
    """参与1项 names no achievement: it is the 国家标准 of the clause before, not dropped."""
    _, calculation = calculator.from_text(
        "我们今年主导制定了3项国家标准、参与1项,远山能拿多少?", command=True
    )
    priced = [(line.claim.role, line.claim.count, line.unit_amount) for line in calculation.lines]
    assert priced == [("主导", 3, 40 * W), ("参与", 1, 8 * W)]
    assert calculation.certain_total == 128 * W


def test_a_short_form_is_priced_and_a_count_in_letters_refused(
    calculator: RewardCalculator,
) -> None:
    _, short = calculator.from_text("远山区 国标 参与 2", command=True)
    assert [(line.claim.count, line.unit_amount) for line in short.lines] == [(2, 8 * W)]
    _, lettered = calculator.from_text("远山区 国标 abc", command=True)
    assert not lettered.lines
    assert lettered.sheet.refusal is not None and "abc" in lettered.sheet.refusal
