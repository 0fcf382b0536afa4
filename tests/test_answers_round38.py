"""Answers round 38 (issue 12): a glossary meaning the parser would cut into loose pieces stays
one word (規上企業 → 规模以上企业, never 规模); a question about a cap leads with the cap clause.
Every text is invented (made-up places, figures and numbers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge.question import parse_question
from policybot.knowledge.service import QueryService
from tests.invented_plans import invented_plans_service

ASKED = datetime(2031, 6, 3, 1, tzinfo=UTC)
REFUSAL = "未找到"

# A plan with a task of 规模以上 firms and another sentence about a firm's 生产规模.
FIRMS = """样板市制造业数字化三年行动计划(2031-2033年)
一、主要任务
(一)推动80家规模以上企业开展数字化车间改造。
(二)对生产规模不大、但前景广阔的企业,督促其加快设备更新。
样板市人民政府
2031年3月6日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round38")
    with invented_plans_service(Path(folder), FIRMS, now=ASKED) as service:
        yield service


def _ask(service: QueryService, question: str) -> str:
    return render_plain(service.ask(question))


def test_an_abbreviation_expands_to_its_whole_term(service: QueryService) -> None:
    """規上企業 (traditional) is 规模以上企业: one word, not 规模 with 以上 dropped as asking."""
    index = service._answers().index
    words = parse_question("規上企業要做什么", index, date(2031, 6, 3)).words
    assert "规模以上" in words and "规模" not in words
    reply = _ask(service, "規上企業要做什么")
    assert "数字化车间改造" in reply
    assert "生产规模不大" not in reply
