"""后面附了哪些表 asks for a document's attachments, and each numbered line after 附件:1.…
is one of them (2.…分解表, 3.…). 这次除了…还… keeps its 除了: never a slip for 数了."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.question import question_vocabulary
from policybot.knowledge.service import QueryService
from policybot.knowledge.spelling import Speller

PLAN = city_plan(
    """一、主要目标
到2033年,新增示范标准40项。(牵头单位:市示范标准局)
附件:1.2031年示范标准任务分解表
2.2031年品牌实事任务分解表
3.示范市2031年为民办实事任务分解表
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("attachments"), PLAN) as service:
        yield service


def test_every_listed_attachment_is_answered(service: QueryService) -> None:
    answer = service.ask("示范市通知后面附了哪些任务分解表?")
    said = render_plain(answer).split("出处")[0]
    assert answer.found, said
    assert "品牌实事任务分解表" in said and "为民办实事任务分解表" in said, said


def test_chu_le_is_read_as_typed() -> None:
    """A store writing 次数 made 此次除了 read 此次数了; 除了 is a word of asking."""
    texts = ["检查次数", "任务分解表", "印发"]
    frequency = {"次数": 10, "任务": 5, "分解表": 3}
    speller = Speller(frequency, texts, extra_words=question_vocabulary())
    assert speller.correct("此次除了任务分解表还一起印发了哪些表") == (
        "此次除了任务分解表还一起印发了哪些表"
    )
