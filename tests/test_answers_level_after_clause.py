"""A bare level opening a clause (…配套细则里,市科技进步奖一等奖奖多少钱) is the level of the
thing asked, as after 获得 or 制定: a rule matching 国家、省 prizes only (国家科学技术进步奖, the
glossary's long form of 科技进步奖) does not answer the 市 prize, and says so; the levels it
does pay are still answered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

# Invented: a city's matching rule for national and provincial science prizes (no city prize).
RULE = city_plan(
    """一、配套奖励
(一)获得国家科学技术奖(包括国家自然科学奖、国家技术发明奖、国家科学技术进步奖等)的,按所获奖金1:1的比例配套奖励。
(二)获得省科学技术奖(包括省科学技术进步奖、省技术发明奖等)的,按所获奖金1:0.5的比例配套奖励。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("clause_level"), RULE) as service:
        yield service


def test_a_level_after_a_comma_asks_a_prize_the_rule_never_pays(service: QueryService) -> None:
    reply = ask(service, "示范市科技奖配套奖励里,市科技进步奖一等奖奖多少钱?")
    assert "未找到" in reply, reply
    assert "没有市科技进步奖" in reply, reply
    assert "1:1" not in reply, reply


def test_the_levels_the_rule_pays_are_still_answered(service: QueryService) -> None:
    reply = ask(service, "示范市配套奖励里,国家科技进步奖奖多少?")
    assert "1:1" in reply and "未找到" not in reply, reply
