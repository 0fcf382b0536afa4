"""A goal of one place written for several years, asked with no year ("松禾省级名牌产品多少个"):
the lead gives each year's figure. It gave the first year's (答: 30个), which reads as the plan's
goal when the plan runs to 50个. Asked with a year, that year's figure still leads alone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.service import QueryService
from test_attack55 import ASKED
from test_attack56 import SONGHE


@pytest.fixture(scope="module")
def songhe(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("year_series59")
    with invented_plans_service(folder, SONGHE, now=ASKED) as service:
        yield service


def _lead(service: QueryService, question: str) -> str:
    reply = answer_text(service, question)[0]
    return next(line for line in reply.splitlines() if line.startswith("答: "))


def test_a_running_total_asked_with_no_year_gives_each_year(songhe: QueryService) -> None:
    assert _lead(songhe, "松禾省级名牌产品多少个") == "答: 2027年 30个;2028年 40个;2029年 50个"


def test_a_table_row_asked_with_no_year_gives_each_year(songhe: QueryService) -> None:
    assert _lead(songhe, "松禾新产品产值率要达到多少") == "答: 2027年 20%;2028年 25%;2029年 30%"


def test_a_year_asked_leads_with_that_years_figure(songhe: QueryService) -> None:
    assert _lead(songhe, "松禾2028年省级名牌产品多少个") == "答: 40个"
