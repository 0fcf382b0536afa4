"""A sum a notice splits by the purse of each level (其中市财政资金…,区财政资金…) is asked by
that level: 市财政出多少. The level stays with its 财政 (one word, 市财政), and 出 (who pays) is
no slip the speller may turn into 局 (市财政局 is a word the sentence's 市财政资金 does not say,
so the right sentence was only offered as a partial match). 省财政 asked of that notice is not
answered by 市财政's share; nor is the share of one district the notice names (丰台区…区财政)
answered by the districts' share together."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# Invented: a city's notice paying a reward, split between the city's and the districts' purses.
NOTICE = city_plan(
    """一、首台套产品奖励
丰台区经信局、开发区经信局:
经审核,拟下达2031年示范市区首台套产品奖励,总金额850万元,其中市财政资金340万元,区财政资金510万元。奖励资金由市财政局负责拨付。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("purse"), NOTICE) as service:
        yield service


def test_city_share_is_answered(service: QueryService) -> None:
    answer = service.ask("示范市区首台套奖励里市财政出多少钱?")
    out = render_plain(answer)
    assert answer.found and not answer.hedged, out
    assert "340万元" in out, out
    assert "市财政局" not in out.split("\n")[0], out


def test_another_level_is_not_answered_by_it(service: QueryService) -> None:
    answer = service.ask("示范市首台套奖励省财政出多少?")
    out = render_plain(answer)
    assert not answer.found or answer.hedged, out


def test_one_district_is_not_answered_by_all_of_them(service: QueryService) -> None:
    answer = service.ask("示范市丰台区首台套奖励区财政出多少?")
    out = render_plain(answer)
    assert not answer.found or answer.hedged, out
