"""A document stored without a title (an excerpt starting at its 主要目标) is asked about by the
name its readers give it (十四五节能减排方案里…): the words of that name its text says, and the
word for its kind (方案), name the document as a title's words do, so the sentence saying the
rest answers in full. A period before what is issued in each (季度统计公报制度) says how often."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# Invented: no title, no issuer, no number; it starts at a chapter.
UNTITLED = """(二)主要目标。到2033年,全市万元地区生产总值能耗下降到0.52吨标准煤,比2030年降低17%;“十四五”期间全市节能减排工作取得明显成效。
(三)强化节能减排考核。各县(市)区、高新区“十四五”节能指标见附表,主要污染物排放总量控制指标另行下达。
(四)完善节能减排统计体系。建立地区生产总值能耗指标季度统计公报制度,强化用能单位能耗计量工作。
"""

PLAIN = city_plan(
    "一、主要目标\n到2033年,新增示范标准40项。(牵头单位:市示范标准局)\n各县(区)制定实施方案。\n"
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("untitled_named")
    with invented_plans_service(folder, PLAIN, UNTITLED) as service:
        yield service


def _answer_part(service: QueryService, question: str) -> str:
    answer = service.ask(question)
    out = render_plain(answer)
    assert answer.found and not answer.hedged, out
    return out.split("出处")[0]


def test_the_name_asked_names_an_untitled_document(service: QueryService) -> None:
    said = _answer_part(service, "十四五节能减排方案里各县(市)区、高新区的节能指标在哪里?")
    assert "见附表" in said, said


def test_a_quarterly_bulletin_says_how_often(service: QueryService) -> None:
    said = _answer_part(service, "十四五节能减排方案里地区生产总值能耗指标多久发一次统计公报?")
    assert "季度统计公报" in said, said


def test_a_target_of_the_untitled_document_is_answered_by_that_name(
    service: QueryService,
) -> None:
    """The target read from the sentence is as sure as the sentence its name completes."""
    said = _answer_part(service, "十四五节能减排方案里到2033年全市万元地区生产总值能耗要降到多少?")
    assert "0.52吨标准煤" in said, said
