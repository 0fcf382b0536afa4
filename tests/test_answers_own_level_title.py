"""A place's own title glued to its name (株洲市著名商标) is that place's programme: a reward of
another level's title (湖南省著名商标) does not answer it, while a city that has its own does.
Invented plans of real cities, so the gazetteer knows them; figures and titles are made up."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, invented_plans_service

ASKED = datetime(2043, 3, 20, 1, tzinfo=UTC)

PROVINCIAL_REWARD = """株洲市人民政府关于加快品牌建设的若干意见
株政发〔2043〕8号
各县市区人民政府,市政府各部门:
为加快品牌建设,现提出如下意见。
一、对新获得湖南省著名商标的企业,给予37万元的奖励。
二、对新获得中国驰名商标的企业,给予90万元的奖励。
株洲市人民政府
2043年2月1日
"""

CITY_REWARD = """湘潭市人民政府关于实施商标品牌战略的意见
潭政发〔2043〕5号
各县市区人民政府,市政府各部门:
为实施商标品牌战略,现提出如下意见。
一、对新认定的湘潭市著名商标,给予4万元的奖励。
湘潭市人民政府
2043年2月10日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("ownleveltitle")
    with invented_plans_service(folder, PROVINCIAL_REWARD, CITY_REWARD, now=ASKED) as service:
        yield service


def test_the_city_title_keeps_its_level(service: QueryService) -> None:
    """株洲市著名商标 is read as the city's title (市著名商标), not as 株洲 and 著名商标."""
    parsed = service.parse("株洲对新获得株洲市著名商标的企业奖励多少?")
    assert parsed.region_text is not None
    assert "市著名商标" in parsed.words and "著名商标" not in parsed.words


def test_a_province_title_reward_does_not_answer_the_city_title(service: QueryService) -> None:
    """株洲 rewards only 湖南省著名商标: its 37万元 is no reward of a 株洲市著名商标."""
    reply = ask(service, "株洲对新获得株洲市著名商标的企业奖励多少?")
    assert "37万元" not in reply.split("\n", 2)[1]


def test_a_city_with_its_own_title_is_answered(service: QueryService) -> None:
    reply = ask(service, "湘潭市著名商标有什么奖励")
    assert "4万元" in reply and "未找到" not in reply


def test_the_province_title_asked_is_still_answered(service: QueryService) -> None:
    reply = ask(service, "株洲企业新获得湖南省著名商标奖励多少?")
    assert "37万元" in reply and "未找到" not in reply
