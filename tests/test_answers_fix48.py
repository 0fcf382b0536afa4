"""What a new user's trial found (stop 42), fixed at stop 43 (fix48). /search over five districts'
rows of one table led with the first district's figure as if it were the answer; a count asked
without a measure word (多少, not 多少项) listed a figure of the same sentence counting another
thing (家 beside 项); /deadlines <区> 快到期 said a bare 未找到 where the question pointed to the
city's items; /calc numbered its conditions on from the priced lines (4. after 1.–3.).
The plan is invented (示范市 and its districts, every figure made up)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.handlers.calc_format import calculation_sources, render_calculation
from policybot.handlers.formatting import PLAIN, render_plain
from policybot.knowledge.commands import plan, split_command
from policybot.knowledge.service import QueryService

ASKED = datetime(2032, 3, 10, 1, tzinfo=UTC)

PLAN = city_plan(
    """一、主要目标
到2033年,新增“示范制造”标准40项,新增中小企业采标900家。
二、重点任务
(一)标准提档工程。到2032年,新增主导制定“示范制造”产品标准30项,新增中小企业采标600家。(牵头单位:市市场监管局、市经信局)
(二)品牌培育工程。2032年3月31日前完成首批“示范优品”认证。
三、各区目标任务分解
附表 各区质量义诊活动任务分解表
地区 | 质量义诊(次) | 示范优品企业(家) |
东澜区 | 30 | 12 |
西岭区 | 25 | 10 |
南湖区 | 20 | 8 |
北山区 | 25 | 9 |
中川区 | 20 | 7 |
四、奖励政策
1.对主导制定“示范制造”标准的企业,每项奖励20万元。
2.对新获得“示范优品”认证的企业,给予10万元奖励。
3.同一企业同一年度最多享受1项奖励。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("fix48")
    with invented_plans_service(folder, PLAN, now=ASKED) as service:
        yield service


def command(service: QueryService, typed: str) -> str:
    """The reply to a lookup command as the chat reads and answers it."""
    read = split_command(typed)
    assert read is not None
    lookup = plan(*read)
    assert callable(lookup), lookup
    return render_plain(lookup(service))


def test_a_search_over_districts_rows_leads_with_the_list_not_one_row(
    service: QueryService,
) -> None:
    """/search 质量义诊 read 答: 30次 (东澜区's) above the five districts' rows."""
    answer = service.search("质量义诊")
    out = render_plain(answer)
    assert answer.found and answer.total == 5, out
    assert answer.headline == "共 5 项", out
    for district in ("东澜区", "西岭区", "南湖区", "北山区", "中川区"):
        assert district in out, out


def test_a_count_without_a_measure_word_lists_no_other_measure_of_its_sentence(
    service: QueryService,
) -> None:
    """今年 reads as the year typed; neither lists 600家 新增中小企业采标 beside 30项 of
    the standards asked (多少项 never did)."""
    for question in (
        "示范市今年要新增多少示范制造标准",
        "示范市2032年要新增多少示范制造标准",
        "示范市2032年要新增多少项示范制造标准",
    ):
        reply = ask(service, question)
        assert "30项" in reply.split("\n")[1], reply
        assert "600家" not in reply, reply


def test_deadlines_of_a_district_soon_points_to_its_citys_items_as_the_question_does(
    service: QueryService,
) -> None:
    said = ask(service, "东澜区快到期的有哪些")
    assert "另有示范市的1项" in said and "/deadlines 示范市 快到期" in said, said
    typed = command(service, "/deadlines 东澜区 快到期")
    assert "未找到" in typed, typed
    assert "另有示范市的1项" in typed and "/deadlines 示范市 快到期" in typed, typed
    listed = command(service, "/deadlines 示范市 快到期")
    assert "共 1 项" in listed and "示范优品" in listed, listed


def test_calc_conditions_are_numbered_apart_from_the_priced_lines(service: QueryService) -> None:
    """/calc 1. 2. the claims, then 3. a condition: read as a third claim. The conditions are
    条件1, 条件2…, in the message and behind 出处 alike."""
    _, calculation = service.calculator().from_text(
        "示范市 示范制造标准 主导 1; 示范优品 1", command=True
    )
    assert len(calculation.lines) == 2 and calculation.conditions, calculation
    message = render_calculation(calculation, PLAIN)
    rows = message.splitlines()
    assert any(row.startswith("条件1. 数量上限") for row in rows), message
    assert not any(row.startswith("3.") for row in rows), message
    sources = calculation_sources(calculation, PLAIN)
    assert any(row.startswith("条件1") for row in sources.splitlines()), sources


def test_one_header_form_the_stores_name_of_the_place(service: QueryService) -> None:
    """东澜区快到期的有哪些 was headed 东澜区 (as typed) and /deadlines 东澜区 快到期 示范市东澜区
    · 快到期 · 期限; 示范有哪些文件 示范 · 文件 beside 示范市 · 目标. Every header names the
    place as the store does."""
    said = ask(service, "东澜区快到期的有哪些")
    assert said.split("\n")[0] == "示范市东澜区 · 快到期", said
    typed = command(service, "/deadlines 东澜区 快到期")
    assert typed.split("\n")[0].startswith("示范市东澜区 · 快到期"), typed
    assert command(service, "/doc 示范").split("\n")[0] == "示范市 · 文件"
    assert ask(service, "示范有哪些文件").split("\n")[0] == "示范市 · 文件"


def test_a_question_over_a_tables_district_rows_shows_every_district(
    service: QueryService,
) -> None:
    """各区质量义诊多少次 showed three of the five rows, led by the three's figures, with no word
    of the other two: each table row was cited by a section ending in its own district, so the
    rows were not read as one row of places."""
    reply = ask(service, "各区质量义诊多少次")
    for district in ("东澜区", "西岭区", "南湖区", "北山区", "中川区"):
        assert district in reply, reply
    assert reply.split("\n")[1] == "答: 各地不同,见下", reply
