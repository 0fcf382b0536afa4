"""attack40b: 完成了多少 (what was achieved) answered by the aim as sure when the aim's sentence
holds a word ``achieved._STATES_RESULT`` takes for a result: 累计 (到2033年累计新增…), 截至
(截至2032年底…不少于…) and 达到了 are how plans write aims, yet the aim is given under 答: as what
was done. A casual 现在有多少个了 / 搞了多少项了 is not read as asking what was achieved at all.
Invented plan; no unit reported progress, so every answer should be 未找到 naming the aim only."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, invented_plans_service

ASKED = datetime(2032, 6, 1, 1, tzinfo=UTC)

PLAN = city_plan(
    """一、主要目标
到2033年,全市累计新增“浙江精造”团体标准25项。
截至2032年底,全市有效期内省级名优产品数量不少于120个。
到2033年,全市培育品质提升示范企业达到了40家。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("attack40b_achieved")
    with invented_plans_service(folder, PLAN, now=ASKED) as service:
        yield service


@pytest.mark.parametrize(
    ("question", "aim"),
    [
        ("示范市浙江精造团体标准完成了多少项", "25项"),  # 累计 in the aim
        ("示范市省级名优产品完成了多少个", "120个"),  # 截至 in the aim
        ("示范市品质提升示范企业已经完成多少家了", "40家"),  # 达到了 in the aim
    ],
)
def test_an_aim_worded_with_a_result_word_is_not_what_was_achieved(
    service: QueryService, question: str, aim: str
) -> None:
    reply = ask(service, question)
    assert "未找到" in reply and "答:" not in reply, reply
    assert aim not in reply.split("\n")[1], reply


@pytest.mark.parametrize(
    ("question", "aim"),
    [
        ("示范市名优产品现在有多少个了", "120个"),
        ("示范市团体标准搞了多少项了", "25项"),
    ],
)
def test_a_casual_so_far_question_is_not_answered_by_the_aim(
    service: QueryService, question: str, aim: str
) -> None:
    reply = ask(service, question)
    assert "答:" not in reply or aim not in reply.split("\n")[1], reply
