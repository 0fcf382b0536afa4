"""未找到 for a region whose own plans do not answer, when a plan of a place inside it is stored:
the sentence names what was asked and the stored places inside the region."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import invented_plans_service

DISTRICT = """示范市青禾区人民政府办公室关于推进示范品牌建设的实施意见
青政办发〔2031〕4号
各镇人民政府,区政府各部门:
为推进示范品牌建设,现提出如下实施意见。
一、对新获得示范品牌认证的企业,给予一次性奖励10万元。(牵头单位:区示范局)
示范市青禾区人民政府办公室
2031年2月3日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    asked = datetime(2031, 5, 1, 1, tzinfo=UTC)
    with invented_plans_service(tmp_path_factory.mktemp("inside"), DISTRICT, now=asked) as service:
        yield service


def test_a_city_with_only_a_districts_plan_points_to_the_district(service: QueryService) -> None:
    answer = service.ask("示范市市区示范品牌奖励")
    assert not answer.found
    # What is missing is named (not 示范市没有的内容) and where the store does have it.
    assert "示范市没有“" in answer.headline and "没有的内容" not in answer.headline
    assert "示范市内收录了: 示范市青禾区" in answer.headline
