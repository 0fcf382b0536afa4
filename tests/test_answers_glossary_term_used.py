"""A glossary term some document writes itself is kept as typed by the question's reading, yet
another document writes it only in full: that document is still searched in its own words. The
store holds invented documents (范本省, 样例县, made-up figures)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService
from tests.invented_plans import invented_plans_service

GROWTH = """范本省科技创新三年行动方案
到2044年,高新技术企业营业收入达到900亿元,高新技术企业数量达到1500家。
范本省科学技术厅
2042年2月1日
"""

# Writes 营收 and 高企 itself, so the question's reading keeps them as typed.
SERVICES = """样例县服务业提质行动方案
到2043年,规上服务业营收达到120亿元,其他营利性服务业营收年均增长8%。
对新认定的高企给予奖励。
样例县发展和改革局
2042年3月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("glossary_term_used")
    with invented_plans_service(folder, GROWTH, SERVICES) as service:
        yield service


def ask(service: QueryService, question: str) -> str:
    return render_plain(service.ask(question))


def test_a_term_another_document_uses_still_finds_the_full_form(service: QueryService) -> None:
    """营收 asked of a plan writing 营业收入 while another document writes 营收: the plan's
    figure answers, not the sentence holding the count of firms beside it (the facts were searched
    for 营收 only)."""
    reply = ask(service, "范本省高企营收2044年要到多少?")
    assert "900亿元" in reply and "1500家" not in reply
    assert "未找到" not in reply and "仅供参考" not in reply
