"""attack40: a city's reward rule whose scope is stated as an exclusion ("本意见不适用于醴陵市、
攸县"). ``reward_conditions.scope_leaves_out``/``scope_leaving_out`` read every scope note's
counties as the ones the rule applies to: the counties it excludes are answered with its sums as
sure, and a county it does not exclude gets 未找到 "…不含天元区" quoting the exclusion. Invented
plans of a real province and city (the gazetteer knows the counties); figures made up."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, invented_plans_service

ASKED = datetime(2043, 3, 20, 1, tzinfo=UTC)

PROVINCE_PLAN = """湖南省人民政府办公厅关于印发湖南省质量提升行动方案(2043—2045年)的通知
湘政办发〔2043〕77号
各市州人民政府,省政府各厅委、各直属机构:
现将《湖南省质量提升行动方案(2043—2045年)》印发给你们,请认真贯彻执行。
到2045年,全省制造业产品质量合格率达到95%以上。
湖南省人民政府办公厅
2043年1月5日
"""

CITY_RULES = """株洲市人民政府关于加快品牌建设的若干意见
株政发〔2043〕8号
各县市区人民政府,市政府各部门:
为加快品牌建设,现提出如下意见。
一、对新获得湖南名牌产品的企业,给予25万元的奖励。
二、对新获得中国驰名商标的企业,给予90万元的奖励。
三、本意见不适用于醴陵市、攸县。
株洲市人民政府
2043年2月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("attack40scope")
    with invented_plans_service(folder, PROVINCE_PLAN, CITY_RULES, now=ASKED) as service:
        yield service


def _answer(reply: str) -> str:
    return reply.split("\n", 1)[1][:60]


@pytest.mark.parametrize(
    ("question", "sum_"),
    [
        ("醴陵市新获湖南名牌产品奖励多少?", "25万元"),
        ("攸县企业获得中国驰名商标奖励多少?", "90万元"),
    ],
)
def test_a_county_the_rule_excludes_is_not_answered_with_its_sum(
    service: QueryService, question: str, sum_: str
) -> None:
    reply = ask(service, question)
    assert "未找到" in reply and sum_ not in _answer(reply), reply


def test_a_county_the_rule_does_not_exclude_is_answered(service: QueryService) -> None:
    reply = ask(service, "天元区新获湖南名牌产品奖励多少?")
    assert "25万元" in reply and "不含天元区" not in reply, reply


def test_a_county_excepted_with_chuwai_is_not_answered(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The same rule with its scope as "适用于株洲市级及各区,醴陵市、攸县除外": 醴陵市 is answered
    with the city's 25万元 as sure."""
    rules = CITY_RULES.replace(
        "三、本意见不适用于醴陵市、攸县。", "三、本意见适用于株洲市级及各区,醴陵市、攸县除外。"
    )
    folder = tmp_path_factory.mktemp("attack40chuwai")
    with invented_plans_service(folder, PROVINCE_PLAN, rules, now=ASKED) as service:
        reply = ask(service, "醴陵市新获湖南名牌产品奖励多少?")
    assert "未找到" in reply and "25万元" not in _answer(reply), reply


def test_two_counties_asked_together_keep_the_one_the_scope_lists(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Scope "适用于株洲市级、天元区、芦淞区": 天元区 and 攸县 asked together get one 未找到 "不含攸县";
    天元区's 25万元, which the scope lists, is lost with it (Low: safe, but unanswered)."""
    rules = CITY_RULES.replace(
        "三、本意见不适用于醴陵市、攸县。", "三、奖励政策适用于株洲市级、天元区、芦淞区。"
    )
    folder = tmp_path_factory.mktemp("attack40two")
    with invented_plans_service(folder, PROVINCE_PLAN, rules, now=ASKED) as service:
        reply = ask(service, "天元区和攸县新获湖南名牌产品奖励多少?")
    assert "25万元" in reply, reply


def test_a_kind_of_enterprise_the_scope_excludes_is_told_so(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """Scope "适用于株洲市级、天元区、芦淞区(不含省属企业)": asked for 天元区's 省属企业, the reply
    offers the 25万元 as 部分相符 and drops the scope note, the one sentence that answers the
    question (省属企业 are excluded). The note should be shown (or the answer be 未找到 with it)."""
    rules = CITY_RULES.replace(
        "三、本意见不适用于醴陵市、攸县。",
        "三、奖励政策适用于株洲市级、天元区、芦淞区(不含省属企业)。",
    )
    folder = tmp_path_factory.mktemp("attack40soe")
    with invented_plans_service(folder, PROVINCE_PLAN, rules, now=ASKED) as service:
        reply = ask(service, "天元区的省属企业新获湖南名牌产品奖励多少?")
    assert "不含省属企业" in reply, reply


def test_the_rewards_of_a_county_the_rule_excludes_are_not_listed(service: QueryService) -> None:
    """stop 40: /rewards 攸县 listed the city's rules as "适用株洲市的政策", read from the very
    sentence that excludes 攸县; 天元区, which it does not exclude, is not affected."""
    listed = service.rewards("攸县")
    assert not any(fact.value in ("25万元", "90万元") for fact in listed.facts), listed
