"""就高不重复吗 written beside the achievements asks about the document's condition: its words
are no achievement (never under 无法确定), and the reply answers it with the plan's sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from policybot.handlers.calc_format import render_calculation_plain
from policybot.knowledge.reward_claims import read_claims
from policybot.knowledge.reward_terms import ConditionKind
from tests.invented_plans import invented_plans_service
from tests.test_calculator_stacking_scope import ONE_ACHIEVEMENT_PLAN


@pytest.mark.parametrize(
    ("request_text", "asked"),
    [
        ("主导制定了1项国家标准,又获得了省级品牌产品,一共能拿多少?就高不重复吗?", "no_stacking"),
        ("国家标准 主导 1; 省级品牌产品 1; 能不能叠加", ConditionKind.NO_STACKING),
        ("国家标准 主导 1; 有没有上限", ConditionKind.OVERALL_CAP),
    ],
)
def test_question_about_a_condition_is_no_achievement(request_text: str, asked: str) -> None:
    sheet = read_claims(request_text)
    assert sheet.asked_conditions == (asked,)
    assert all(
        not any(word in claim.words for word in ("就高", "重复", "叠加", "上限"))
        for claim in sheet.claims
    ), sheet.claims


def test_no_stacking_question_is_answered_from_the_plans_condition(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, ONE_ACHIEVEMENT_PLAN) as service:
        _, calculation = service.calculator().from_text(
            "我们公司主导制定了1项国家标准,又获得了省级品牌产品,一共能拿多少?就高不重复吗?"
        )
    said = render_calculation_plain(calculation)
    assert calculation.found and not calculation.undecided, said
    assert "无法确定" not in said and "就高不重复吗" not in said, said
    asked = said.split("你问的条件", 1)[1].split("\n\n", 1)[0]
    assert "按就高原则给予奖励,不重复享受" in asked, said
