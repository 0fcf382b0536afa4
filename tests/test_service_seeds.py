"""The query service over the five bundled seed plans, as extracted by the real extractor.

These assert behaviour (the right plan is cited, the number given is in the cited sentence,
traditional and simplified questions agree), never a particular extracted value.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.engine import Engine

from policybot.clock import FakeClock
from policybot.knowledge.hints import WHERE_TO_LOOK
from policybot.knowledge.service import QueryService

QUESTIONS = (
    "南海区2018年省名牌产品要多少个?",
    "驰名商标奖励多少钱",
    "湖州浙江制造产品标准多少项",
    "衢州浙江名牌产品奖励多少",
    "洞头区浙江制造认证企业营业收入多少",
    "卓越绩效",
)


@pytest.fixture(scope="module")
def service(seeded: Engine) -> QueryService:
    return QueryService(seeded, clock=FakeClock(datetime(2018, 6, 1, tzinfo=UTC)))


def test_huzhou_targets_cite_the_huzhou_plan(service: QueryService) -> None:
    answer = service.targets("湖州")
    assert answer.found and answer.total > 0
    assert all("湖州" in fact.citation.document for fact in answer.facts)
    assert all(fact.region == "湖州市" for fact in answer.facts)


@pytest.mark.parametrize("question", QUESTIONS)
def test_every_direct_number_is_in_the_cited_sentence(service: QueryService, question: str) -> None:
    answer = service.ask(question)
    assert answer.found, answer.headline
    # A bound is written with its number (不少于239个, 超过3亿元): both are the sentence's own.
    # A reward found in one region's rules only names it first ("衢州市 100万元").
    headline = answer.headline.removeprefix(f"{answer.facts[0].region} ")
    number = re.match(r"(?:最高)?(\D{0,4}?)(\d+(?:\.\d+)?)", headline)
    assert number, answer.headline
    bound, figure = number.groups()
    assert figure in answer.facts[0].citation.quote
    assert bound in answer.facts[0].citation.quote


def test_a_district_question_answers_for_that_district(service: QueryService) -> None:
    answer = service.ask("南海区2018年省名牌产品要多少个?")
    assert answer.facts[0].region == "佛山市南海区"
    assert answer.facts[0].due is not None and answer.facts[0].due.year == 2018


def test_traditional_and_simplified_questions_agree(service: QueryService) -> None:
    simplified = service.ask("湖州市质监局负责哪些目标")
    traditional = service.ask("湖州市質監局負責哪些目標")
    assert simplified.found and simplified.facts == traditional.facts
    assert all(fact.region == "湖州市" for fact in simplified.facts)


def test_quzhou_rewards_come_from_the_quzhou_opinion(service: QueryService) -> None:
    answer = service.rewards("衢州")
    assert answer.found and all(fact.region == "衢州市" for fact in answer.facts)
    assert any(fact.value and fact.value.endswith("万元") for fact in answer.facts)


def test_something_no_plan_mentions_is_not_found(service: QueryService) -> None:
    answer = service.ask("火星探测器奖励多少钱")
    assert not answer.found and "未找到" in answer.headline
    assert answer.suggestions == (WHERE_TO_LOOK,)


def test_every_seed_region_has_a_document(service: QueryService) -> None:
    for region in ("湖州", "衢州", "洞头", "武汉", "佛山"):
        assert service.document(region).found, region


def test_a_yearly_quota_is_dated_as_targets_dates_it(service: QueryService) -> None:
    """A per-year quota ("各区每年…不少于") of a 2017—2019 plan, asked in June 2018, is due at
    the end of 2018 — the date /targets and the reminders give it — not at the plan's end."""
    asked = service.ask("顺德区每年培育细分行业龙头企业多少家")
    assert asked.found and asked.facts, asked.headline
    assert asked.facts[0].due == date(2018, 12, 31)
    listed = [f for f in service.targets("顺德").facts if f.fact_id == asked.facts[0].fact_id]
    assert [f.due for f in listed] == [date(2018, 12, 31)]


def test_a_yearly_quota_asked_for_a_later_year_is_due_then(service: QueryService) -> None:
    asked = service.ask("顺德区2019年培育细分行业龙头企业多少家")
    assert asked.found and asked.facts, asked.headline
    assert asked.facts[0].due == date(2019, 12, 31)
