"""The sentence a reply leads with as 答: is about what was asked (a user trial found replies
led by an unrelated sentence). A when-question is answered by a sentence that names a time
itself, not one whose only years are those of a title or doc number it cites; a common word the
tagger reads as a place (海洋) is a word of the topic, which the answer must say. The invented
store holds 示范市's plan (made-up numbers); the seeds hold the two cases users met."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.clock import FakeClock
from policybot.handlers.formatting import render_plain
from policybot.knowledge.database import make_engine
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    """为全面提升我市品牌形象,加快推进“全国品牌示范城市”建设,根据《示范市质量发展规划(2030—2035年)》及《关于推进品牌强省建设的若干意见》(示政发〔2030〕7号)精神,特制订本计划。
一、主要目标
在经济新常态下,以品牌建设为抓手,实现从产业链中低端迈向中高端的发展目标。
到2033年,新增示范标准40项,培育示范品牌企业25家。(牵头单位:市示范标准局)
二、工作步骤
质量提升示范区建设于2032年6月底前完成验收。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("lead_sentence"), PLAN) as service:
        yield service


@pytest.fixture(scope="module")
def seeds(seeded_url: str) -> Iterator[QueryService]:
    engine = make_engine(seeded_url)
    yield QueryService(engine, clock=FakeClock(datetime(2018, 6, 1, 1, tzinfo=UTC)))
    engine.dispose()


def test_years_of_a_cited_title_or_doc_number_do_not_answer_when(service: QueryService) -> None:
    """The preamble names the campaign, and years only inside 《…(2030—2035年)》 and
    示政发〔2030〕7号: nothing says when it is inspected."""
    answer = service.ask("示范市品牌示范城市什么时候验收?")
    assert not answer.found
    assert "答:" not in render_plain(answer)
    assert not any("特制订本计划" in fact.label for fact in answer.facts)


def test_a_when_question_is_answered_by_its_dated_sentence(service: QueryService) -> None:
    answer = service.ask("示范市质量提升示范区什么时候验收?")
    assert answer.found and not answer.hedged
    assert "2032" in answer.headline
    assert "质量提升示范区" in render_plain(answer)


def test_a_common_word_read_as_a_place_is_a_word_of_the_topic(service: QueryService) -> None:
    """海洋 is tagged a place, but no division is called so: beside 示范市 it says what is
    asked about, and no sentence of the plan says it."""
    parsed = service.parse("示范市海洋经济发展目标")
    assert "海洋" in parsed.words
    assert "海洋" not in parsed.weak and "海洋" not in parsed.unknown_places
    answer = service.ask("示范市海洋经济发展目标")
    assert not answer.found
    assert "答:" not in render_plain(answer)


def test_without_the_word_the_same_sentence_answers(service: QueryService) -> None:
    """The sentence on 经济发展 is still the answer when 经济发展 is what is asked about."""
    out = ask(service, "示范市经济发展目标")
    assert "答:" in out and "经济新常态" in out


def test_seeds_a_when_question_the_store_cannot_answer_is_not_found(seeds: QueryService) -> None:
    """The Wuhan plan names its 示范城市 campaign only in its preamble; nothing on 验收."""
    answer = seeds.ask("武汉质量强市示范城市什么时候验收?")
    assert not answer.found
    out = render_plain(answer)
    assert "答:" not in out and "未找到" in out
    assert "特制订本计划" not in out


def test_seeds_a_topic_no_plan_speaks_of_is_no_confident_answer(seeds: QueryService) -> None:
    """No seed speaks of 海洋: the Dongtou sentence on 经济发展 is at best a partial match."""
    answer = seeds.ask("洞头区海洋经济发展目标")
    assert not answer.found
    out = render_plain(answer)
    assert "答:" not in out and "未找到" in out
