"""attack40b: 季报 (the everyday word for 季度报告). "示范市季报啥时候交" is answered "答: 共 1 项"
with the plan's 2033 target (25项 团体标准), a sure answer to a question it does not answer;
"季报什么时候交" is 未找到 and "年报什么时候交" too, though the plan's duties say when (每季度首月
5日前, 每年12月20日前), as 季度报告 and 年度总结 are answered. Invented plan (trial40's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invented_plans import ask, invented_plans_service
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
