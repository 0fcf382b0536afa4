"""先按啥标准兑付: once the asking (啥) is cut out, 先按 is left, an adverb and a preposition run
together that no document writes. It says how the asker talks, not what is asked about, so it
costs the sentence saying the 标准 and the 兑付 nothing (it left that sentence hedged)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge import vocabulary
from policybot.knowledge.service import QueryService

# Invented: a city's notice paying a reward in part first.
NOTICE = city_plan(
    """一、首台套产品奖励
经审核,拟下达2031年示范市首台套产品奖励(拟按B类标准先期兑付70%,待评价结果公布后再次兑付剩余资金),总金额850万元。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("residue"), NOTICE) as service:
        yield service


def test_residue_of_asking_costs_nothing(service: QueryService) -> None:
    answer = service.ask("示范市首台套奖励这次先按啥标准兑付?")
    out = render_plain(answer)
    assert answer.found and not answer.hedged, out
    assert "B类标准" in out, out


def test_only_particles() -> None:
    assert vocabulary.only_particles("先按")
    assert not vocabulary.only_particles("搞项")  # a verb and a noun: a slip, maybe a topic
