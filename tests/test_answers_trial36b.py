"""Trial 36b: the asker's own description (我们是规上企业) is no word an answer must say; a
suggestion writes the store's name it puts right, never its characters strewn among the typed
ones. Texts are invented."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.hints import NearNames
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    """一、主要目标
到2033年,全市新增驰名商标8件。(牵头单位:市示范市场监管局)
到2033年,全市规模以上企业研发经费支出占营业收入比重达到2.1%。
二、奖励政策
对主导制修订国家标准、行业标准、团体标准的单位,分别给予60万元、30万元、9万元的奖励。
对获得“示范精品”品牌认证的企业,给予“省级品牌”同等政策奖励。
对通过“示范精品”认证的企业,在融资上给予倾斜,优先列入上市后备企业。
三、重点行动计划
(一)战略性新兴产业品牌成长计划
围绕海洋装备、数字创意、精密仪器等战略性新兴产业领域,提升科技创新综合实力,建设一批公共研发平台。
从全面质量管理、质量检验等方面开展全员质量培训。建立“小微企业质量服务信息平台”,为小微企业提供在线查询服务。支持200家科技型小微企业全面提升质量保证能力。
(二)品牌宣传计划
每年开展一次“示范精品”产品评选活动。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("trial36b"), PLAN) as service:
        yield service


def test_the_askers_own_description_is_no_required_word(service: QueryService) -> None:
    """规上 describes who asks: a rule not writing 规模以上 still answers the reward (the plan
    writes 规模以上企业 elsewhere, so the words are no firm's name to drop)."""
    answer = service.ask("我们是规上企业,在示范市主导制定了团体标准,能拿多少")
    said = render_plain(answer)
    assert answer.found and "9万元" in said, said
    assert "没有写" not in said, said


def test_a_reward_asked_leads_with_the_rule_rewarding_it(service: QueryService) -> None:
    """有什么奖励, of a rule granting support only (融资倾斜) that matches word for word, and a
    rule rewarding it (同等政策奖励) under 获得 for 通过: the reward leads, the support follows."""
    answer = service.ask("示范市通过示范精品认证有什么奖励")
    said = render_plain(answer)
    assert answer.found and "同等政策奖励" in answer.headline, said
    assert said.index("同等政策奖励") < said.index("融资"), said


def test_a_list_drops_sentences_writing_no_word_of_the_topic(service: QueryService) -> None:
    """The sentence naming the industries answers; the section's other sentences (质量培训,
    信息平台), matched by their heading alone, are no items of it."""
    said = render_plain(service.ask("示范市战略性新兴产业有哪些"))
    assert "海洋装备" in said, said
    assert "质量培训" not in said and "信息平台" not in said and "200家" not in said, said


def test_a_suggestion_writes_the_name_it_puts_right() -> None:
    names = NearNames(["驰名商标", "著名商标", "卓越绩效"])
    assert names.suggestion("新获驰名商标") is None
    assert names.suggestion("卓越绩校管理") == "卓越绩效管理"
    assert names.suggestion("驰名商檩") == "驰名商标"
