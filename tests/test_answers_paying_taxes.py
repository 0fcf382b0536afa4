"""交税 is how people say paying taxes, which the rules write 纳税 or 上缴税金. Typed, it was
taken for a slip of a homophone the store happened to write (交水 of a water project's 交水
验收), and the question then asked about water."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

# Invented: a reward by taxes paid, and a water project whose sentence writes 交水.
RULE = city_plan(
    """一、纳税奖励
凡当年纳税总额达到100万元及以上的企业,由市人民政府颁发“纳税大户”奖牌,并一次性奖励1万元。
二、重点工程
2032年6月底前完成东湖引水工程交水验收。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("taxes"), RULE) as service:
        yield service


def test_paying_taxes_typed_colloquially_asks_the_tax_reward(service: QueryService) -> None:
    reply = ask(service, "示范市交税达到100万元发什么奖牌?")
    assert "纳税大户" in reply and "未找到" not in reply, reply
    assert "交水验收" not in reply, reply
