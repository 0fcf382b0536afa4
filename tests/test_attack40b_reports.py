"""attack40b: 季报 (the everyday word for 季度报告). "示范市季报啥时候交" is answered "答: 共 1 项"
with the plan's 2033 target (25项 团体标准), a sure answer to a question it does not answer;
"季报什么时候交" is 未找到 and "年报什么时候交" too, though the plan's duties say when (每季度首月
5日前, 每年12月20日前), as 季度报告 and 年度总结 are answered. Invented plan (trial40's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invented_plans import ask, city_plan, invented_plans_service
from tests.test_answers_trial40 import ASKED, QUARTERLY


@pytest.mark.parametrize(
    ("question", "when"),
    [
        ("示范市季报啥时候交", "每季度首月5日前"),
        ("季报什么时候交", "每季度首月5日前"),
        ("示范市年报什么时候交", "每年12月20日前"),
    ],
)
def test_a_short_name_of_a_report_is_answered_by_its_duty(
    tmp_path: Path, question: str, when: str
) -> None:
    with invented_plans_service(tmp_path, QUARTERLY, now=ASKED) as service:
        reply = ask(service, question)
    assert "25项" not in reply, reply
    assert f"答: {when}" in reply, reply


TWO_QUARTERLY = city_plan(
    """一、主要目标
到2033年,新增“浙江精造”团体标准25项。
二、保障措施
各县(区)每季度首月5日前向市品牌办报送上季度工作进展。
市品牌办每季度首月15日前向省品牌办报送全市工作进展。
"""
)


def test_two_quarterly_reports_are_both_said(tmp_path: Path) -> None:
    """The counties report to 市品牌办 by the 5th, 市品牌办 to the province by the 15th:
    "示范市季度报告什么时候交" is answered "答: 每季度首月5日前" as sure, the 15th dropped; asked for
    市品牌办's own, only the counties' 5th is shown (部分相符)."""
    with invented_plans_service(tmp_path, TWO_QUARTERLY, now=ASKED) as service:
        city = ask(service, "示范市季度报告什么时候交")
        office = ask(service, "市品牌办季度报告什么时候交")
    assert "15日前" in city, city
    assert "15日前" in office, office
