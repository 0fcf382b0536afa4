"""A district no gazetteer knows, named in a question, is the same place however jieba cuts it.

jieba is one tokenizer per process, and every store teaches it names: after a store with a
document of 南岭区 (the name taught whole) or of a city 东坪市 (东坪 taught), a later store's
question "东岭区和南岭区…" or "那东坪区呢" was cut differently, and the answer changed with the
order the tests ran in (the full run failed where each file alone passed). The parser now reads
such a district from the question's characters against the documents' text. Invented plans;
the words are taught inside ``store_words_set_aside`` so no other test sees them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.bot.cli import answer_text
from policybot.knowledge import vocabulary
from policybot.knowledge.follow_ups import Conversation
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, invented_plans_service

PLAN = city_plan(
    """一、主要目标
到2033年,全市新增品牌企业30家,其中南岭区8家。
二、奖励措施
(一)对主导制定国家标准的企业,给予每项50万元奖励。
(二)本办法不适用于东岭区、西岭区。
(三)奖励政策适用于示范市本级、东坪区(不含省属企业)。
"""
)

# Names another store would teach: a district whole, a city's short name, an invented one.
TAUGHT = ([], ["南岭区"], ["东坪"], ["东岭", "南岭"])


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("cut_apart"), PLAN) as service:
        yield service


def _replies(service: QueryService, taught: list[str], *questions: str) -> list[str]:
    with vocabulary.store_words_set_aside():
        vocabulary.add_words(taught)
        return [ask(service, question) for question in questions]


@pytest.mark.parametrize("taught", TAUGHT)
def test_a_district_the_rules_reach_beside_an_excluded_one_keeps_its_answer(
    service: QueryService, taught: list[str]
) -> None:
    (reply,) = _replies(service, taught, "东岭区和南岭区主导制定国家标准奖励多少?")
    assert "50万元" in reply and "未找到" not in reply, reply
    assert "不适用于东岭区、西岭区" in reply, reply


@pytest.mark.parametrize("taught", TAUGHT)
def test_the_excluded_district_alone_is_not_answered(
    service: QueryService, taught: list[str]
) -> None:
    (reply,) = _replies(service, taught, "东岭区主导制定国家标准奖励多少?")
    assert "未找到" in reply and "不含东岭区" in reply, reply


@pytest.mark.parametrize("taught", TAUGHT)
def test_a_district_s_quota_is_its_row(service: QueryService, taught: list[str]) -> None:
    (reply,) = _replies(service, taught, "南岭区新增品牌企业多少家?")
    assert "8家" in reply.split("\n", 2)[1], reply


@pytest.mark.parametrize("taught", TAUGHT)
def test_a_follow_up_naming_the_district_asks_the_same_as_a_direct_question(
    service: QueryService, taught: list[str]
) -> None:
    with vocabulary.store_words_set_aside():
        vocabulary.add_words(taught)
        chat = Conversation({})
        first = answer_text(service, "示范市主导制定国家标准奖励多少", conversation=chat)[0]
        follow = answer_text(service, "那东坪区呢", conversation=chat)[0]
        direct = answer_text(
            service, "东坪区主导制定国家标准奖励多少", conversation=Conversation({})
        )[0]
    assert "50万元" in first, first
    assert "50万元" in follow and follow == direct, (follow, direct)
