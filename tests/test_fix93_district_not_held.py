"""Issue 12, out of store: a district the store holds no word of, whose city's plan it holds, is
asked for one figure (东港区2032年新增名牌产品多少个, 东港区…方案的文号): the city's figure is no
figure of the district. It used to be given as the answer with a note whose it was; it is
未找到 for the district, saying what the city's document writes. Invented plan (碧川市)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from invented_plans import ask, invented_plans_service
from policybot.knowledge.service import QueryService
from test_fix46_cooperating_units import PLAN

NOW = datetime(2031, 6, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("fix93")
    with invented_plans_service(folder, PLAN, now=NOW) as service:
        yield service


def test_a_district_not_held_gets_no_figure_of_its_city(service: QueryService) -> None:
    reply = ask(service, "碧川东港区2032年新增浙江名牌产品要多少个?")
    assert "未找到" in reply and "东港区" in reply, reply
    assert "碧川市的文件写的是" in reply, reply


def test_the_city_asked_keeps_its_figure(service: QueryService) -> None:
    reply = ask(service, "碧川市2032年新增浙江名牌产品要多少个?")
    assert "16个" in reply and "未找到" not in reply, reply


def test_a_district_the_table_names_keeps_its_row(service: QueryService) -> None:
    reply = ask(service, "南汀区新增主导制定国家标准多少项?")
    assert "6项" in reply and "未找到" not in reply, reply


def test_a_place_read_inside_other_words_is_no_district_of_the_city(service: QueryService) -> None:
    """碧川创农安县 (an abbreviation, 创建…安全县): the county the parser finds in it is not
    written under the city, so the city's answer is not refused as that county's."""
    reply = ask(service, "碧川创农安县2032年新增浙江名牌产品要多少个?")
    assert "未找到" not in reply and "答: 16个" in reply, reply
    reply = ask(service, "碧川市东港区2032年新增浙江名牌产品要多少个?")
    assert "未找到" in reply and "碧川市的文件写的是" in reply, reply
