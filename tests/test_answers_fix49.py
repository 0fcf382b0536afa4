"""Answer defects fixed at stop 43 (fix49). A topic that is a column of a district table
(质量义诊有哪些) was answered by the table's header row; a table row's 原文 showed its bare cells
(东澜区 | 30); a 职责分工 paragraph opening with its units (市经信局、市商务局:负责……) gave
them no duties; a reward 同等政策奖励 of another tier asked as a sum was 未找到; 要多少家 of a
sentence counting several things led with the whole sentence. The plans are invented (示范市,
every figure made up)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import test_answers_fix48 as fix48
from invented_plans import ask, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService


@pytest.fixture(scope="module")
def district_table(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    """fix48's plan: a 各区质量义诊活动任务分解表 of five districts, two figure columns."""
    folder: Path = tmp_path_factory.mktemp("fix49_table")
    with invented_plans_service(folder, fix48.PLAN, now=fix48.ASKED) as service:
        yield service


def test_a_column_of_a_district_table_asked_lists_its_rows_not_the_header(
    district_table: QueryService,
) -> None:
    """质量义诊有哪些 read 答: 地区 | 质量义诊(次) | 示范优品企业(家) |, then the caption."""
    reply = ask(district_table, "质量义诊有哪些")
    assert "地区\t" not in reply and "|" not in reply, reply
    assert "分解表" not in reply.split("\n")[1], reply
    for district, figure in (("东澜区", "30次"), ("西岭区", "25次"), ("中川区", "20次")):
        assert any(district in row and figure in row for row in reply.split("\n")), reply


def test_a_table_rows_quote_names_its_figure_by_its_column(district_table: QueryService) -> None:
    """原文: 东澜区 | 30 (and 东澜区 | 30 | 12 for the second column: the first's figure shown
    as if it were the answer's) — now the figure with what it counts, in 原文 and 出处 alike."""
    said = render_plain(district_table.ask("东澜区质量义诊多少次"), quotes=True)
    assert "原文: 东澜区:质量义诊30次" in said, said
    assert "“东澜区:质量义诊30次”" in said, said
    assert "东澜区 | 30" not in said, said
    second = render_plain(district_table.ask("东澜区示范优品企业多少家"), quotes=True)
    assert "原文: 东澜区:示范优品企业12家" in second, second
    assert "30" not in second.split("原文:")[1].split("\n")[0], second
    listed = render_plain(district_table.ask("质量义诊有哪些"), quotes=True)
    assert "“西岭区:质量义诊25次”" in listed, listed
