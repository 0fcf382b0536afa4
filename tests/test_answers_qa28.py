"""Batch qa28's misses, on invented plans.

- A city is not the county of the same name (邵阳市, 邵阳县): the store holding only the county,
  a question typed with the city's level names a place out of the store; typed short or with
  the county's level it is the county, and a level word after the name (县级, 市场) says nothing.
- An amount asked about (进资1500万, 2001到3000万元) is placed in the tier whose range holds it
  (1001--2000万元的奖励…), the later tiers writing only their range and sum; 2001 before 到…万元
  is the low end of a range, not a year.
- A group named by its count (七大专项行动) asked for its members (是哪七个): sentences that
  only name the group list none of them, 未找到; one that lists them (《…》《…》) answers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# A county whose city of the same name the store does not hold.
COUNTY = """南昌县人民政府关于印发南昌县示范车间提升行动方案的通知
南府发〔2031〕8号
各乡镇人民政府,县政府各部门:
到2033年,全县新增示范车间12个。(牵头单位:县人社局)
县级及以上示范车间每年复核一次。
南昌县人民政府
2031年4月19日
"""
# A plan of a group of actions named by their count, which it never lists.
GROUP = """青岭县人民政府关于印发青岭县示范园区等“六大专项行动”实施方案的通知
青府发〔2031〕3号
各乡镇人民政府,县政府各部门:
《青岭县示范园区等“六大专项行动”实施方案》已经县政府审定通过,现印发给你们。
到2033年,全县建成示范园区3个。(牵头单位:县发改局)
青岭县人民政府
2031年5月9日
"""
# A plan that lists its group's members by their titles.
LISTED = """青岭县人民政府关于印发青岭县三大提升行动方案的通知
各乡镇人民政府,县政府各部门:
县有关部门分别牵头制定了《青岭县集市提升行动方案》《青岭县码头提升行动方案》《青岭县驿站提升行动方案》。
到2033年,全县提升集市10个。(牵头单位:县商务局)
青岭县人民政府
2031年6月9日
"""

# A reward paid by tiers of ranges, the later ones only their range and sum.
TIERS = """青岭县人民政府关于印发青岭县引荐项目奖励办法的通知
各乡镇人民政府,县政府各部门:
一、引荐奖。由县财政按下列标准给予引荐人奖励:单个项目当年实际到位资金301--600万元的奖励2万元;601--1200万元的奖励4万元;1201--2400万元的奖励6万元;引进2401万元以上奖励9万元。
青岭县人民政府
2031年7月9日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("qa28")
    with invented_plans_service(folder, COUNTY, GROUP, LISTED, TIERS) as service:
        yield service


def test_the_city_of_a_countys_name_is_out_of_the_store(service: QueryService) -> None:
    answer = service.ask("南昌市示范车间提升行动方案文号?")
    assert not answer.found, answer.headline
    assert "南昌市" in answer.headline


@pytest.mark.parametrize(
    "question", ["南昌县示范车间提升行动方案文号?", "南昌示范车间提升行动方案文号?"]
)
def test_the_county_typed_short_or_in_full_answers(service: QueryService, question: str) -> None:
    answer = service.ask(question)
    assert answer.found, answer.headline
    assert "南府发〔2031〕8号" in answer.headline


def test_a_level_word_after_the_name_is_no_city(service: QueryService) -> None:
    answer = service.ask("南昌县级及以上示范车间多久复核一次?")
    assert answer.found, answer.headline
    assert service.parse("南昌县级以上示范车间多久复核").region_text == "南昌县"
    assert service.parse("南昌县级示范车间多久复核一次").region_text is not None


def test_a_group_only_named_is_no_list_of_its_members(service: QueryService) -> None:
    answer = service.ask("青岭那六大专项行动是哪六个?")
    assert not answer.found, answer.headline
    assert "六大专项行动" in answer.headline


def test_a_group_listed_by_titles_answers(service: QueryService) -> None:
    answer = service.ask("青岭三大提升行动是哪三个方案?")
    assert answer.found, answer.headline
    assert "码头提升行动方案" in render_plain(answer)


@pytest.mark.parametrize(
    ("question", "sum_"),
    [
        ("青岭引荐奖,单个项目实际到位资金900万奖多少?", "4万元"),
        ("青岭引荐奖,单个项目到位资金1201到2400万元奖多少?", "6万元"),
    ],
)
def test_an_amount_is_placed_in_its_ranges_tier(
    service: QueryService, question: str, sum_: str
) -> None:
    answer = service.ask(question)
    assert answer.found, answer.headline
    assert sum_ in answer.headline
    assert service.parse(question).year is None


def test_the_low_end_of_a_range_of_amounts_is_no_year(service: QueryService) -> None:
    assert service.parse("青岭引荐奖,单个项目到位资金2001到3000万元奖多少?").year is None
    assert service.parse("青岭2031年引荐奖,到位资金2001--3000万元奖多少?").year == 2031
