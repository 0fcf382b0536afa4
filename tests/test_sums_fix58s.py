"""fix58s: sums and differences over places and years (attack56 M1–M4, M6–M8, M10, L2; attack55
M1, M4) beyond what the attack tests assert: a ceiling is no floor, a range keeps the table's
row, a city's figure holds its district's. Plans are the attack tests' invented ones."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.follow_ups import Conversation
from policybot.knowledge.service import QueryService
from policybot.knowledge.year_sums import bound_of
from test_attack55 import ASKED, DONGHU, QINGSHI
from test_attack56 import HUAIYANG, LINPU, SONGHE, YANPING


def test_a_ceiling_is_no_floor() -> None:
    # (不超过 holds 超过, 不低于 holds 低于: the longer word is the bound)
    assert bound_of("不超过2项") == "upper"
    assert bound_of("不低于3个") == "lower"
    assert bound_of("超过5家") == "lower"
    assert bound_of("低于5%") == "upper"


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("fix58s"), LINPU, SONGHE, HUAIYANG, YANPING, now=ASKED
    ) as service:
        yield service


def test_a_district_ceiling_is_shown_once_and_not_summed(plans: QueryService) -> None:
    reply = ask(plans, "城关区和开发区市级标准化试点一共多少项")
    # 城关区3项,开发区不超过2项: the value was 不超过超过2项 and the sum 至少5项.
    assert "不超过2项" in reply and "超过超过" not in reply, reply
    assert "至少5项" not in reply, reply


def test_a_range_sum_says_the_cumulative_goal_beside_it(plans: QueryService) -> None:
    reply = ask(plans, "林浦2027至2029年国家标准一共多少项")
    assert "答: 12项" in reply, reply
    assert "累计主导制定国家标准20项" in reply, reply  # (the goal said, not summed)


def test_a_total_of_the_years_asked_is_not_the_rows_sum(plans: QueryService) -> None:
    reply = ask(plans, "林浦三年累计主导制定国家标准一共多少项")
    assert "答: 12项" not in reply, reply


def test_a_city_typed_short_beside_its_district(plans: QueryService) -> None:
    reply = ask(plans, "松禾和河东区品字标认证企业加起来多少家")
    assert "30家" in reply and "42家" not in reply and "答: 12家" not in reply, reply


def test_each_years_sum_of_named_districts_says_each_year(plans: QueryService) -> None:
    reply = ask(plans, "北关区和南关区省级名牌一共多少个")
    headline = next(line for line in reply.splitlines() if line.startswith("答"))
    assert "每年5个" in headline, reply


@pytest.fixture(scope="module")
def qingshi(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("fix58s_qingshi"), QINGSHI, DONGHU, now=ASKED
    ) as service:
        yield service


def test_adding_a_place_after_a_sum_of_years_is_not_a_place_sum(qingshi: QueryService) -> None:
    chat = Conversation({})
    answer_text(qingshi, "青石三年一共要建成几个国家级质检中心", conversation=chat)
    reply = answer_text(qingshi, "加上南塘区呢", conversation=chat)[0]
    # (the sum before named one place, 青石: 南塘区 added beside it is no sum of two places'
    # figures to make up; whatever is said, never the 6个 of the three years as 南塘区's)
    assert "南塘区 6个" not in reply, reply
