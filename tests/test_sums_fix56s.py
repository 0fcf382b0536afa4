"""Sums of years and of places after attack56 (H4, H6, H7, H8, H9): a sum with no years typed is
the sum of the item's yearly figures; a level of each year, a rise in percentage points and a
sum leaving out districts the plan writes of together (其他区各…) are never stated as a sum; a
follow-up of a sum of years keeps asking the sum. Invented plans of tests/test_attack56.py."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.follow_ups import Conversation
from policybot.knowledge.service import QueryService
from test_attack55 import ASKED, DONGHU, QINGSHI
from test_attack56 import LINPU, MEISHAN, SONGHE, TAOYUAN, YANPING, ZHUXI


@pytest.fixture(scope="module")
def plans(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("fix56s"), QINGSHI, DONGHU, SONGHE, LINPU, now=ASKED
    ) as service:
        yield service


def _headline(reply: str) -> str:
    return next(line for line in reply.splitlines() if line.startswith("答"))


def test_a_total_with_no_years_typed_sums_each_years_additions(plans: QueryService) -> None:
    headline = _headline(ask(plans, "青石国家级质检中心一共多少个"))
    assert headline == "答: 6个(2027年 1个 + 2028年 2个 + 2029年 3个)", headline
    headline = _headline(ask(plans, "林浦培育省级名牌产品一共多少个"))
    assert headline == "答: 24个(2027年 6个 + 2028年 8个 + 2029年 10个)", headline


def test_a_total_with_one_year_typed_is_that_years(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with invented_plans_service(
        tmp_path_factory.mktemp("fix56s_taoyuan"), TAOYUAN, now=ASKED
    ) as service:
        assert _headline(ask(service, "桃源2028年省级名牌一共多少个")) == "答: 12个"
        headline = _headline(ask(service, "桃源国家标准一共多少项"))
        assert headline == "答: 12项(2027年 3项 + 2028年 4项 + 2029年 5项)", headline


def test_a_level_of_each_year_is_shown_not_summed(plans: QueryService) -> None:
    reply = ask(plans, "松禾规模以上工业企业一共多少家")
    assert "1650家" not in reply, reply
    assert "不能按年相加" in _headline(reply), reply
    assert all(figure in reply for figure in ("500家", "550家", "600家")), reply


def test_a_follow_up_of_a_range_keeps_its_years(plans: QueryService) -> None:
    chat = Conversation({})
    answer_text(plans, "青石2027至2028年国家级质检中心一共多少个", conversation=chat)
    reply = answer_text(plans, "省级名牌呢", conversation=chat)[0]
    assert _headline(reply) == "答: 22个(2027年 10个 + 2028年 12个)", reply


def test_a_follow_up_naming_its_own_year_asks_that_year(plans: QueryService) -> None:
    chat = Conversation({})
    answer_text(plans, "青石三年一共要建成几个国家级质检中心", conversation=chat)
    reply = answer_text(plans, "那2028年的省级名牌呢", conversation=chat)[0]
    assert _headline(reply) == "答: 12个", reply


@pytest.fixture(scope="module")
def districts(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("fix56s_districts"), MEISHAN, ZHUXI, YANPING, now=ASKED
    ) as service:
        yield service


def test_all_districts_with_others_unnamed_say_the_sum_is_the_named(
    districts: QueryService,
) -> None:
    headline = _headline(ask(districts, "梅山所有区品字标认证企业一共多少家"))
    assert "其他区各不少于2家" in headline and "东城区、西城区合计14家" in headline, headline
    # (the districts named: their sum is what is asked)
    headline = _headline(ask(districts, "东城区和西城区品字标认证企业一共多少家"))
    assert headline == "答: 14家(东城区 8家 + 西城区 6家)", headline
    # (no district asked: the city's yearly figures)
    headline = _headline(ask(districts, "梅山品字标认证企业一共多少家"))
    assert headline == "答: 45家(2027年 10家 + 2028年 15家 + 2029年 20家)", headline


def test_rises_in_percentage_points_are_each_shown(districts: QueryService) -> None:
    reply = ask(districts, "延平各区合格率一共提高多少")
    assert "3.5" not in reply and "不能相加" in _headline(reply), reply
    assert "2个百分点" in reply and "1.5个百分点" in reply, reply
    # (money of districts does add)
    headline = _headline(ask(districts, "延平各区质量提升专项资金一共多少"))
    assert headline.startswith("答: 1.05亿元("), headline
