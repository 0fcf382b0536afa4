"""未找到 says what is missing: when the plans speak of the topic but not of what was asked
(a sum, a date), the reply says so instead of claiming the store knows nothing of the topic.
The store holds an invented plan (示范市; made-up numbers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.clock import FakeClock
from policybot.handlers.formatting import render_plain
from policybot.knowledge.database import make_engine
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    """一、主要目标
到2033年,新增示范标准40项,培育示范品牌企业25家。(牵头单位:市示范标准局)
二、主要措施
推广卓越绩效管理模式,引导企业导入先进质量管理方法。
三、奖励政策
对新获得中国驰名商标的企业,给予一次性奖励80万元。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("missing_value"), PLAN) as service:
        yield service


def test_a_topic_without_a_sum_says_the_sum_is_missing(service: QueryService) -> None:
    """The plan speaks of 卓越绩效 but rewards nothing for it."""
    answer = service.ask("卓越绩效奖奖励多少")
    assert not answer.found
    assert answer.headline == "未找到:收录的文件提到“卓越绩效”,但没有写明奖励金额"
    out = render_plain(answer)
    assert "/search 卓越绩效" in out
    # trial45 L5: what the plan does say about it is quoted under the 未找到
    assert "原文:推广卓越绩效管理模式,引导企业导入先进质量管理方法" in out, out


def test_with_a_region_the_region_is_named(service: QueryService) -> None:
    answer = service.ask("示范市卓越绩效奖励多少钱?")
    assert answer.headline == "未找到:示范市的文件提到“卓越绩效”,但没有写明奖励金额"


def test_a_topic_no_sentence_says_whole_is_not_claimed(service: QueryService) -> None:
    """No sentence says 质量奖: the store is not said to speak of it."""
    answer = service.ask("市长质量奖奖励多少")
    assert not answer.found
    assert "提到" not in answer.headline


def test_a_topic_with_its_sum_is_still_answered(service: QueryService) -> None:
    out = render_plain(service.ask("驰名商标奖励多少钱"))
    # Asked of no place, one region's rule says whose it is (test_answers_reward_scope).
    assert "答: 示范市 80万元" in out


def test_seeds_a_reward_question_on_a_topic_without_a_reward(seeded_url: str) -> None:
    """The user trial's case: the seeds speak of 卓越绩效 (a management model to adopt) and
    reward nothing for it."""
    engine = make_engine(seeded_url)
    try:
        service = QueryService(engine, clock=FakeClock(datetime(2018, 6, 1, 1, tzinfo=UTC)))
        answer = service.ask("卓越绩效奖奖励多少")
    finally:
        engine.dispose()
    assert not answer.found
    assert answer.headline == "未找到:收录的文件提到“卓越绩效”,但没有写明奖励金额"


DISTRICT_PLAN = """示范市东区人民政府办公室关于印发东区质量工作要点的通知
示东政办发〔2031〕7号
示范市东区质量工作要点
一、工作目标
到2032年,全区新增规模以上工业企业20家。(牵头单位:区经济局)
"""


def test_the_documents_that_say_it_are_named_not_the_region_asked(tmp_path: Path) -> None:
    """Asked about a district, the sentence is in its city's plan: 未找到 names the city's
    documents, not the district's (which say nothing of 卓越绩效)."""
    with invented_plans_service(tmp_path, PLAN, DISTRICT_PLAN) as service:
        answer = service.ask("示范市东区卓越绩效奖励多少钱?")
    assert answer.headline == "未找到:示范市的文件提到“卓越绩效”,但没有写明奖励金额"
