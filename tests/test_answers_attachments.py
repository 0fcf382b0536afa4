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


# A notice distributing several documents at once, named in its 现将《…》《…》印发 sentence
# (the first one's opening mark lost, as a web page can), its annexes headed 附件1 only.
TOGETHER = """样板县人民政府关于印发《2032年县政府工作报告任务分解一览表》的通知
样政发〔2032〕5号
各镇人民政府,县政府各部门:
为确保各项年度目标任务落到实处,现将2032年县政府工作报告任务分解一览表》《2032年十件暖心实事任务一览表》《样板县创建任务一览表》印发给你们,请认真贯彻执行。
样板县人民政府
2032年2月1日
附件1.2032年县政府
一、主要目标
到2032年底,新增样板标准12项。(牵头单位:县样板局)
"""


@pytest.fixture(scope="module")
def together(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("together"), TOGETHER) as service:
        yield service


def test_documents_distributed_together_are_what_was_issued_with_it(
    together: QueryService,
) -> None:
    """除了…还一起印发了哪些表: the titles its distributing sentence names, not an annex
    heading that only starts one of them (附件1.2032年县政府)."""
    answer = together.ask("样板县这次除了任务分解一览表还一起印发了哪些表?")
    said = render_plain(answer).split("出处")[0]
    assert answer.found, said
    assert "十件暖心实事任务一览表" in said and "创建任务一览表" in said, said
