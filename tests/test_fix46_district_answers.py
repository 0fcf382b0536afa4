"""Trial 42, a city plan with a per-district task table and a step naming two districts:
a district's row label keeps the document's words (各区县… is not 县…), the pointer to the
city's items due soon counts what its command lists, and a district no plan has is said to
have no figures of its own before the city's list. Invented plan (碧川市, 2031—2033)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from invented_plans import ask, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge import commands
from policybot.knowledge.service import QueryService
from test_fix46_cooperating_units import PLAN

WEEK_BEFORE_THE_STEP = datetime(2032, 6, 23, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("fix46")
    with invented_plans_service(folder, PLAN, now=WEEK_BEFORE_THE_STEP) as service:
        yield service


def command(service: QueryService, text: str) -> str:
    split = commands.split_command(text)
    assert split is not None, text
    planned = commands.plan(*split)
    assert not isinstance(planned, commands.Usage), planned
    return render_plain(planned(service))


@pytest.mark.parametrize(
    "asked", ["/targets 南汀区", "/deadlines 南汀区", "南汀区国家标准目标是多少"]
)
def test_a_district_rows_label_keeps_the_documents_words(service: QueryService, asked: str) -> None:
    reply = command(service, asked) if asked.startswith("/") else ask(service, asked)
    assert "新增主导制定国家标准数量" in reply, reply
    assert not re.search(r"(?<!区)县新增", reply), reply  # 各区县 cut at 各区


@pytest.mark.parametrize("district", ["西湾区", "南汀区"])
def test_the_pointer_to_the_citys_items_counts_what_its_command_lists(
    service: QueryService, district: str
) -> None:
    """西湾区: nothing of its own is due soon; 南汀区: the city's step naming it is."""
    reply = ask(service, f"{district}快到期的有啥")
    pointer = re.search(
        r"(?:另有\S+?的|在这期间共)(\d+)项\(\S+?\),发 (/deadlines[^\n]*?) 查看", reply
    )
    assert pointer, reply
    listed = command(service, pointer.group(2))
    shown = re.search(r"共 (\d+) 项", listed)
    count = int(shown.group(1)) if shown else len(re.findall(r"^\d+\) ", listed, re.M))
    assert int(pointer.group(1)) == count, (reply, listed)


def test_a_district_no_plan_has_is_said_before_the_citys_list(service: QueryService) -> None:
    """碧川东港区: the store holds 碧川市's plan and no word of 东港区; the city's list used to
    come as the answer with no word of the district asked."""
    reply = ask(service, "碧川东港区2032年目标有哪些")
    assert "东港区" in reply and "未找到" in reply, reply
    assert "/targets 碧川市" in reply or "14项" in reply, reply


def test_a_district_the_plan_names_keeps_its_own_answer(service: QueryService) -> None:
    reply = command(service, "/targets 南汀区")
    assert "不少于6项" in reply and "14项" not in reply, reply


def test_a_citys_step_naming_a_district_is_among_its_deadlines(service: QueryService) -> None:
    step = "建成南汀区、北屿县两个质量提升示范区"
    assert step in command(service, "/deadlines 南汀区")
    assert step in command(service, "/deadlines 北屿县")
    assert step not in command(service, "/deadlines 西湾区")
    assert step in ask(service, "南汀区快到期的有啥")
