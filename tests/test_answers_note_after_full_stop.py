"""A task paragraph whose sentences each close with their unit note after the full stop
(…跟踪评价。(市卫生健康委负责)严格贯彻…。(市农业农村局负责)): the note is the sentence's before it,
as the extractor's tasks read it. The sentence index gave every sentence the paragraph's last
note instead, so "谁负责" of the first task named the last one's unit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

# Invented: three tasks in one paragraph, each note after its full stop.
PLAN = city_plan(
    """一、年度重点任务
1.实施标准贯宣专项行动。完善食品安全标准管理制度,加强食品安全国家标准宣贯培训、跟踪评价。(市卫生健康委负责)严格贯彻落实农药残留限量新标准,结合本市实际出台贯彻实施意见。(市农业农村局负责)加强粮油标准的贯彻落实。(市发展改革委负责)
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("note_after_stop"), PLAN) as service:
        yield service


@pytest.mark.parametrize(
    ("question", "unit"),
    [
        ("示范市食品安全国家标准宣贯培训归哪个部门管?", "市卫生健康委"),
        ("示范市农药残留限量新标准的贯彻实施意见由谁来出?", "市农业农村局"),
        ("示范市粮油标准的贯彻落实是哪个单位负责?", "市发展改革委"),
    ],
)
def test_each_task_is_led_by_the_note_closing_it(
    service: QueryService, question: str, unit: str
) -> None:
    reply = ask(service, question)
    assert reply.splitlines()[1] == f"答: 牵头: {unit}", reply
    assert "负责)" not in reply, reply  # no note left at the head of the next sentence
