"""Trial 2 answering defects: a count asked in a measure word, the asker's own place and year,
a figure the plans never state, a unit's tasks across cities. The store holds invented plans."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService
from tests.invented_plans import city_plan, invented_plans_service

STEPS = city_plan(
    """一、重点工作
(一)推进试点培育工作。制定我市“样板制造”品牌培育发展计划。2032年在3家企业开展试点培育,2033年开始实施常态培育推进。(责任单位:市经信局、市科技局)
二、实施步骤
(一)宣传发动(2031年9月底前)。各相关单位开展企业的调查摸底工作。组织企业参加全省第一期“样板制造”品牌培育训练营活动。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("trial2")
    with invented_plans_service(folder, STEPS) as service:
        yield service


def ask(service: QueryService, question: str) -> str:
    return render_plain(service.ask(question))


def test_an_ordinal_is_no_count(service: QueryService) -> None:
    """多少家 asks a count of firms: 第一期 (one of a series) says none. The reply is the
    sentence with 家 in it, or says it is not found, never the ordinal's sentence."""
    reply = ask(service, "示范市样板制造品牌培育企业要多少家")
    assert "训练营" not in reply
    assert "3家" in reply or "未找到" in reply
