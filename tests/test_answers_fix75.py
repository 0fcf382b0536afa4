"""Asked which township (乡镇/街道) or county has the most, the answer is at that level: the
townships' figures weighed when the plan gives them, and when it splits its figure only by
districts, a reply saying the plan gives no per-township figures (never a district named as the
township with the most). Every text is invented (made-up places and figures)."""

from __future__ import annotations

import pytest

from invented_plans import ask, city_plan, plans_fixture
from policybot.knowledge.service import QueryService

BY_DISTRICT = city_plan(
    "一、目标分解\n2031年,各区新增省名牌产品不少于:苇塘区12个、柘溪区30个、蒿坪区7个。\n"
)
BY_TOWN = city_plan(
    "一、目标分解\n2031年,各乡镇新增省名牌产品不少于:苇塘镇12个、柘溪乡30个、蒿坪街道7个。\n"
)


district_service = plans_fixture("fix75_district", BY_DISTRICT)
town_service = plans_fixture("fix75_town", BY_TOWN)


@pytest.mark.parametrize("kind", ["乡镇", "县"])
def test_a_township_asked_of_a_plan_split_by_districts_says_it_has_none(
    district_service: QueryService, kind: str
) -> None:
    reply = ask(district_service, f"示范市2031年哪个{kind}新增省名牌产品最多?")
    lead = reply.splitlines()[1]
    assert f"没有分{kind}的数字" in lead and "最多" not in lead, reply


def test_a_district_asked_of_a_plan_split_by_districts_is_still_named(
    district_service: QueryService,
) -> None:
    reply = ask(district_service, "示范市2031年哪个区新增省名牌产品最多?")
    lead = reply.splitlines()[1]
    assert lead.startswith("答: 最多") and "柘溪区" in lead, reply


def test_a_township_asked_of_a_plan_split_by_townships_is_named(
    town_service: QueryService,
) -> None:
    reply = ask(town_service, "示范市2031年哪个乡镇新增省名牌产品最多?")
    lead = reply.splitlines()[1]
    assert lead.startswith("答: 最多") and "柘溪乡" in lead, reply
    assert "没有分" not in reply, reply


def test_a_district_asked_of_a_plan_split_by_townships_says_it_has_none(
    town_service: QueryService,
) -> None:
    reply = ask(town_service, "示范市2031年哪个区新增省名牌产品最多?")
    assert "没有分区的数字" in reply.splitlines()[1], reply


def test_counties_with_their_bracketed_kinds_take_the_districts(
    district_service: QueryService,
) -> None:
    reply = ask(district_service, "示范市2031年哪个县(市、区)新增省名牌产品最多?")
    lead = reply.splitlines()[1]
    assert lead.startswith("答: 最多") and "柘溪区" in lead, reply
