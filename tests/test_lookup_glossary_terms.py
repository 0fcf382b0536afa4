"""A lookup's word is read through the glossary as a question is: /targets 规上 finds the
plans' 规模以上 as well as the 规上 another plan writes (it said 未找到 on the five bundled
plans). The store holds invented documents (范本省, 样例县, made-up figures)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService
from tests.invented_plans import invented_plans_service

FULL = """范本省工业提质行动方案
到2044年,全省规模以上工业企业数量达到3100家。
范本省经济和信息化厅
2042年2月1日
"""

# Writes the short form itself.
SHORT = """样例县工业提质行动方案
到2043年,规上工业增加值达到120亿元。
样例县经济和信息化局
2042年3月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("lookup_glossary")
    with invented_plans_service(folder, FULL, SHORT) as service:
        yield service


@pytest.mark.parametrize("typed", ["规上", "規上"])
def test_targets_of_an_abbreviation_list_the_full_form_and_the_short(
    service: QueryService, typed: str
) -> None:
    reply = render_plain(service.targets(typed))
    assert "未找到" not in reply
    assert "3100家" in reply and "120亿元" in reply


@pytest.mark.parametrize("question", ["规上是啥意思", "規上是什麼意思?", "“规上”指什么"])
def test_the_meaning_of_a_term_is_said_first_and_cited(
    service: QueryService, question: str
) -> None:
    """浙制是啥意思 listed two sentences using 浙江制造 without saying what 浙制 means."""
    answer = service.ask(question)
    assert answer.found and answer.headline.startswith("“规上”即“规模以上”")
    assert answer.facts and "规模以上工业企业" in answer.facts[0].citation.quote
    assert "范本省工业提质行动方案" in render_plain(answer)


def test_a_wording_that_is_no_glossary_term_is_asked_as_a_question(
    service: QueryService,
) -> None:
    assert "即“" not in service.ask("增加值是什么意思").headline
