"""/units of one district lists the units of its items, among them its city's; a row of the
city's task table led by every district's government together (市市场监管局、东澜区人民政府、西岭区
人民政府) counts for each district, but under 东澜区 the other district's government is no unit
of it (trial43: /units 南海区 listed 禅城区、三水区、高明区人民政府)."""

from __future__ import annotations

from pathlib import Path

from invented_plans import city_plan, invented_plans_service
from policybot.bot.cli import answer_text

# Invented: district quotas and a shared row led by the city bureau and both districts.
PLAN = city_plan(
    """一、主要目标
到2033年,各区新增省级品牌企业数量不少于:东澜区10家、西岭区8家。
二、任务分解表
序号 任务 牵头单位 配合单位 完成时限
1 建成品牌示范区 市市场监管局、东澜区人民政府、西岭区人民政府 市经信局 2032年12月31日
"""
)


def test_a_districts_units_leave_out_the_other_districts_government(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PLAN) as service:
        east = answer_text(service, "/units 东澜区")[0]
        west = answer_text(service, "/units 西岭区")[0]
    assert "东澜区人民政府" in east and "西岭区人民政府" not in east, east
    assert "西岭区人民政府" in west and "东澜区人民政府" not in west, west
    assert "市市场监管局" in east and "市市场监管局" in west, (east, west)


# Invented: every district's government leads the quotas; one district named by itself too.
SHARED_PLAN = city_plan(
    """一、主要目标
到2033年,各区新增省级品牌企业数量不少于:东澜区10家、西岭区8家。(牵头单位:各区人民政府)
二、任务分解表
序号 任务 牵头单位 配合单位 完成时限
1 建成品牌示范区 东澜区人民政府 市经信局 2032年12月31日
2 建成质量强区 西岭区人民政府 市经信局 2032年12月31日
"""
)


def test_units_of_a_districts_government_are_the_districts(tmp_path: Path) -> None:
    """/units 东澜区人民政府 answers as 东澜区人民政府负责哪些任务 does: the
    district's work, not every 人民政府 of the city (trial61: 8 pages of 佛山's)."""
    with invented_plans_service(tmp_path, SHARED_PLAN) as service:
        asked = answer_text(service, "东澜区人民政府负责哪些任务")[0]
        for command in ("/units 东澜区人民政府",):
            reply = answer_text(service, command)[0]
            assert "建成品牌示范区" in reply and "建成质量强区" not in reply, reply
            assert reply == asked
