"""Answers after the fresh batch qa47 (issue 12, helper qa54). Asked whether a guessed office
issued a document (清单是区发改局印发的吗?), the answer is who issued it, not the day it was
printed; asked how many years a plan takes to build something (计划用几年完成?), its sentence
stating the span with the work it names (力争通过4年创建) answers, not its title. Every text is
invented (示范市's shared notice from ``invented_plans``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    "一、工作目标\n力争通过4年创建,全市茶叶品牌影响力明显提升,品牌企业达到30家以上。\n"
    "二、主要任务\n加强品牌培育,开展品牌宣传。\n"
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("qa54")
    with invented_plans_service(folder, PLAN) as service:
        yield service


def test_a_guessed_issuer_is_answered_with_the_real_one(service: QueryService) -> None:
    reply = ask(service, "示范市品牌提升行动计划是市发改委印发的吗?")
    assert "示范市人民政府办公室" in reply.splitlines()[1], reply


def test_a_day_asked_by_yes_or_no_is_not_read_as_the_issuer(service: QueryService) -> None:
    reply = ask(service, "示范市品牌提升行动计划是哪天印发的?")
    assert "2031-03-02" in reply.splitlines()[1], reply


def test_years_to_build_are_answered_by_the_sentence_stating_them(
    service: QueryService,
) -> None:
    reply = ask(service, "示范市品牌提升行动计划用几年完成?")
    assert reply.splitlines()[1] == "答: 4年", reply
