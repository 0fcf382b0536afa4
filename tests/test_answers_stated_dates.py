"""A figure asked for a year (今年要新增多少) that its plan states as a total due another year
(到2033年底,…;新增…5个以上): the reply puts the figure's own date up front and says it is not
the asked year's, instead of passing a multi-year total off as this year's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# Invented: a goal paragraph whose date opens it, its figures in clauses after a semicolon.
PLAN = city_plan(
    "一、主要目标\n"
    "到2033年底,新增示范牌产品30个以上,确保数量位居全省前列;"
    "新增全国驰誉商标5个以上、省优选商标12个以上;新增品牌示范园3个以上。\n"
    "二、年度安排\n"
    "2032年,新建计量示范站4个;新建标准化示范点6个以上。\n"
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("stated_dates"), PLAN) as service:
        yield service


def test_a_total_due_another_year_is_dated_up_front(service: QueryService) -> None:
    answer = service.ask("示范市今年要新增多少个驰誉商标")
    out = render_plain(answer)
    assert "5个" in out, out
    assert answer.headline.startswith("到2033年底"), out
    assert any("不是2032年当年的" in note for note in answer.notes), out
    # the sentence is said once: the answer line carries it whole, after its date
    assert out.count("新增全国驰誉商标5个以上") == 1, out


def test_a_figure_of_the_asked_year_is_left_as_it_is(service: QueryService) -> None:
    answer = service.ask("示范市今年要新建多少个标准化示范点")
    out = render_plain(answer)
    assert "6个" in out, out
    assert "不是2032年当年的" not in out, out
