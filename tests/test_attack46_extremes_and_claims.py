"""attack46: defects of stop 46's 哪个区最多 (place_extremes) and /calc 同一项目 (reward_claims).
Every text is invented (made-up places and figures)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

# Two items split over the same three districts, one of them in two years; one district's
# figure written in 万.
SPLIT_PLAN = city_plan(
    "一、目标分解\n"
    "2031年,各区新增就业人数不少于:棠梨区1.2万人、溪口区900人、枫林区500人。\n"
    "2031年,各区新增省名牌产品不少于:棠梨区12个、溪口区30个、枫林区7个。\n"
    "2032年,各区新增省名牌产品不少于:棠梨区40个、溪口区5个、枫林区6个。\n"
)


@pytest.fixture(scope="module")
def split_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("attack46_split")
    with invented_plans_service(folder, SPLIT_PLAN) as service:
        yield service


def test_a_figure_in_wan_is_weighed_at_its_scale(split_service: QueryService) -> None:
    """1.2万人 was read as 1.2 and led 最少 (and lost 最多 to 900人)."""
    most = ask(split_service, "示范市2031年哪个区新增就业最多?").splitlines()[1]
    least = ask(split_service, "示范市2031年哪个区新增就业最少?").splitlines()[1]
    assert "棠梨区" in most and "1.2万人" in most, most
    assert "枫林区" in least and "500人" in least, least


def test_only_the_item_asked_is_weighed(tmp_path: Path) -> None:
    """The lines of another item the answer also lists (省名牌产品 7个) were weighed with the
    item asked, and the smallest of any led."""
    text = SPLIT_PLAN.replace("1.2万人", "700人")
    with invented_plans_service(tmp_path, text) as service:
        least = ask(service, "示范市2031年哪个区新增就业最少?").splitlines()[1]
    assert "个" not in least and "枫林区" in least and "500人" in least, least


def test_one_year_is_weighed_and_said(split_service: QueryService) -> None:
    """Two years of one item were weighed together (a district named twice); one year is, and
    the headline says which."""
    reply = ask(split_service, "示范市哪个区新增省名牌产品最多?")
    lead = reply.splitlines()[1]
    assert "年)" in lead and "棠梨区" in lead, reply
    assert lead.count("棠梨区") == 1, reply
