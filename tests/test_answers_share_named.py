"""A share named and nothing more asked (农业品牌占比) asks its figure, as 比例 and 比重 do:
the reply leads with 不低于5%, not with the whole sentence it stands in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

# Invented: one sentence giving three shares of the brands certified.
PLAN = city_plan(
    """一、主要目标
到2033年,通过“示范市知名品牌”认证的品牌达到100个,其中农业品牌、服务业品牌、工程领域品牌占比均不低于5%。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("share_named"), PLAN) as service:
        yield service


def test_a_share_named_alone_is_answered_with_its_figure(service: QueryService) -> None:
    reply = ask(service, "示范市农业品牌占比")
    assert reply.splitlines()[1] == "答: 不低于5%", reply
