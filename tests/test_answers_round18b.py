"""Answers round 18 (issue 12): general causes of the dev misses left after round 17. The store
holds invented documents (样例县, made-up figures)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService
from tests.invented_plans import invented_plans_service

TECH = """样例县科技创新奖励办法
第一条 对首次认定的高企给予一次性奖励8万元。
第二条 对重新认定的高企给予一次性奖励3万元。
样例县科学技术局
2042年1月5日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round18b")
    with invented_plans_service(folder, TECH) as service:
        yield service


def ask(service: QueryService, question: str) -> str:
    return render_plain(service.ask(question))


def test_a_firm_moving_in_is_not_answered_by_a_rule_for_firms_already_there(
    service: QueryService,
) -> None:
    """搬到样例县的高企: the rules reward firms recognised there, none moving in; the question
    is out of the store. Asked without the move, the rule answers."""
    moved = ask(service, "搬到样例县的高企能奖多少?")
    assert "未找到" in moved and "3万元" not in moved
    renewed = ask(service, "样例县重新认定的高企奖多少?")
    assert "3万元" in renewed and "未找到" not in renewed
