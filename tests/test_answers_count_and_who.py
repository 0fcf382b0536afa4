"""多少个,谁负责 asks two things: the count leads, the units follow on the same line, and the
units are not repeated under the item (trial39: the units led, the count came second, and the
牵头 line was shown twice)."""

from __future__ import annotations

from pathlib import Path

from invented_plans import ask, city_plan, invented_plans_service

PLAN = city_plan(
    """二、主要目标
到2032年,新增省级名牌产品20个。(牵头单位:市市场监管局;配合单位:市商务局)
"""
)


def test_a_count_asked_with_who_leads_with_the_count(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PLAN) as service:
        reply = ask(service, "示范市2032年新增省级名牌产品多少个,谁负责")
    lead = reply.splitlines()[1]
    assert lead.startswith("答: 20个;牵头: 市市场监管局"), reply
    assert reply.count("牵头: 市市场监管局") == 1, reply


def test_who_alone_is_answered_by_the_units(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PLAN) as service:
        reply = ask(service, "示范市新增省级名牌产品谁负责")
    assert reply.splitlines()[1].startswith("答: 牵头: 市市场监管局"), reply
    assert reply.count("牵头: 市市场监管局") == 1, reply
