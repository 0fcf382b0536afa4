"""attack40b: two units asked together (A和B分别负责什么), one of them with its city's name
(示范市商务局, which alone is answered as 市商务局): the reply is 未找到“市经信局”, though the plan
names 市经信局 and states its task; asked as 市经信局和市商务局 both are answered. Invented plan."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.invented_plans import ask, city_plan, invented_plans_service

PLAN = city_plan(
    """一、重点任务
(一)市市场监管局、市商务局每月10日前报送品牌培育工作进展。
(二)市经信局负责组织企业开展质量管理体系认证,2032年6月30日前完成。
"""
)


def test_a_unit_beside_one_named_with_its_city_is_found(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PLAN, now=datetime(2032, 3, 1, 1, tzinfo=UTC)) as service:
        assert "未找到" not in ask(service, "市经信局和市商务局分别负责什么")
        reply = ask(service, "市经信局和示范市商务局分别负责什么")
    assert "未找到" not in reply, reply
    assert "质量管理体系认证" in reply and "品牌培育工作进展" in reply, reply


def test_a_unit_no_plan_names_beside_one_it_names_keeps_the_named_ones_tasks(
    tmp_path: Path,
) -> None:
    """市商务局和市统计局分别负责什么: the reply is only 未找到“统计局”; 市商务局's monthly duty,
    which the plan states, is lost with it (Low: safe, but unanswered)."""
    with invented_plans_service(tmp_path, PLAN, now=datetime(2032, 3, 1, 1, tzinfo=UTC)) as service:
        reply = ask(service, "市商务局和市统计局分别负责什么")
    assert "品牌培育工作进展" in reply, reply
