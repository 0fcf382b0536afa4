"""有意见 about a 公示 is read as the documents' 有异议; a notice asks for objections as 意见
(请…在…前提出意见), so that sentence answers by when they are raised, without a hedge."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# Invented: a city's notice putting firms up for objection.
NOTICE = city_plan(
    """一、上规模企业奖励
对2030年新发展上规模的工业企业,每家奖励10万元。现将符合条件的12家企业进行公示,请有关单位和各界人士在2031年4月14日前通过以下方式提出意见。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("objection"), NOTICE) as service:
        yield service


def test_objections_are_raised_as_opinions(service: QueryService) -> None:
    answer = service.ask("示范市上规模奖励公示有意见要在哪天前提出?")
    out = render_plain(answer)
    assert answer.found and not answer.hedged, out
    assert "4月14日" in out.split("出处")[0] or "2031-04-14" in out.split("出处")[0], out
