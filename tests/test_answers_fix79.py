"""Asked which county, district or city has the most (attack49 H8, L1, L3), the answer is at the
level asked: a province plan's cities are no counties (a 市 under a province is a prefecture-level
city unless the gazetteer knows it as county-level), and the reply says the plan gives no figure
per county, as a partial match; when one place of the level asked is listed beside places of
other levels, it is named as the only one; 哪个市…最多 asks which city. Every text is invented
(made-up places and figures; the gazetteer entry one test gives is invented too).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, city_plan, plans_fixture
from policybot.knowledge import place_extremes
from policybot.knowledge.extract.gazetteer import Gazetteer, Place
from policybot.knowledge.place_extremes import asks_extreme_place
from policybot.knowledge.service import QueryService

PROVINCE = """示范省人民政府办公厅关于印发示范省品牌建设方案的通知
示政办发〔2031〕7号
示范省人民政府办公厅
2031年3月2日
一、目标分解
2031年,各市新增省名牌产品不少于:甲阳市12个、乙阴市30个、丙川市7个。
"""
MIXED = city_plan(
    "一、目标分解\n2031年,各县区新增省名牌产品不少于:苇塘县12个、柘溪区30个、蒿坪县7个。\n"
)
COUNTY_CITIES = city_plan(
    "一、目标分解\n2031年,各县(市)新增省名牌产品不少于:苇塘县12个、柘溪市30个、蒿坪县7个。\n"
)

province_service = plans_fixture("fix79_province", PROVINCE)
mixed_service = plans_fixture("fix79_mixed", MIXED)
county_city_service = plans_fixture("fix79_county_cities", COUNTY_CITIES)


@pytest.fixture
def knows_a_county_level_city(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A gazetteer that knows 甲阳市 as a county-level city of 示范省 (invented)."""
    places = [Place("甲阳市", "甲阳", "county", "990101", "示范省", None)]
    monkeypatch.setattr(place_extremes, "gazetteer", lambda: Gazetteer(places))
    yield


def _lead(reply: str) -> str:
    return reply.splitlines()[1]


def test_a_county_asked_of_a_province_plan_split_by_cities_says_it_has_none(
    province_service: QueryService,
) -> None:
    """H8: 甲阳市, 乙阴市, 丙川市 under a province are cities, not counties: no 最多: 乙阴市."""
    reply = ask(province_service, "示范省2031年哪个县新增省名牌产品最多")
    assert "没有分县的数字" in _lead(reply) and "最多" not in _lead(reply), reply
    assert "部分相符" in reply, reply


def test_a_city_the_gazetteer_knows_as_county_level_is_a_county(
    province_service: QueryService, knows_a_county_level_city: None
) -> None:
    """H8: the gazetteer's level wins over the province rule: 甲阳市 is the only county listed."""
    reply = ask(province_service, "示范省2031年哪个县新增省名牌产品最多")
    lead = _lead(reply)
    assert "甲阳市" in lead and "乙阴市" not in lead, reply


def test_a_city_asked_of_a_province_plan_names_the_city(province_service: QueryService) -> None:
    """L3: 哪个市…最多 asks which place, at the level of cities."""
    reply = ask(province_service, "示范省2031年哪个市新增省名牌产品最多")
    lead = _lead(reply)
    assert lead.startswith("答: 最多") and "乙阴市" in lead, reply


def test_a_county_level_city_under_a_city_plan_is_a_county(
    county_city_service: QueryService,
) -> None:
    """H8 guard: under a city's plan a 市 is a county-level city (各县(市)), weighed as a 县."""
    reply = ask(county_city_service, "示范市2031年哪个县新增省名牌产品最多")
    lead = _lead(reply)
    assert lead.startswith("答: 最多") and "柘溪市" in lead, reply


def test_the_only_district_among_counties_is_named(mixed_service: QueryService) -> None:
    """L1: 哪个区…最少 of 2 counties and 1 district: the district, said to be the only one."""
    reply = ask(mixed_service, "示范市2031年哪个区新增省名牌产品最少")
    lead = _lead(reply)
    assert "柘溪区" in lead and "只有" in lead, reply
    assert "苇塘县" not in lead and "共 3 项" not in lead, reply


def test_the_counties_among_a_district_are_weighed(mixed_service: QueryService) -> None:
    """L1 guard: 哪个县…最少 of the same plan: the two counties weighed, the district left out."""
    reply = ask(mixed_service, "示范市2031年哪个县新增省名牌产品最少")
    lead = _lead(reply)
    assert lead.startswith("答: 最少") and "蒿坪县" in lead and "柘溪区" not in lead, reply


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("示范省哪个市新增省名牌产品最多", True),
        ("新增省名牌产品最多的是哪个市", True),
        ("哪个市场主体培育任务最多", False),
        ("哪个市级部门牵头的任务最多", False),
    ],
)
def test_which_city_is_read_as_a_place_question(question: str, asks: bool) -> None:
    """L3: 哪个市 asks which place; 市场, 市级 do not name the level."""
    assert asks_extreme_place(question) is asks
