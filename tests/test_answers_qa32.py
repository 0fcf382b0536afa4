"""Answers after the fresh batch qa32 (issue 12): a year a figure is measured against (比2030年下降
多少) is the plan's baseline, not the year asked about; COD is how staff say 化学需氧量. Every
text is invented (made-up figures)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService
from tests.invented_plans import invented_plans_service

ASKED = datetime(2036, 5, 1, 1, tzinfo=UTC)
HEDGE = "部分相符"
REFUSAL = "未找到"

# A five-year plan whose goals are cuts measured against its base year.
CUTS = """青海省“十五五”节能减排综合工作实施方案
一、主要目标
到2035年,全省单位地区生产总值能源消耗比2030年下降13%,化学需氧量、氨氮、氮氧化物排放总量比2030年分别下降7%、6%、9%以上。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("qa32")
    with invented_plans_service(Path(folder), CUTS, now=ASKED) as service:
        yield service


def _ask(service: QueryService, question: str) -> str:
    return render_plain(service.ask(question))


def test_a_year_measured_against_is_the_baseline_not_the_year_asked(
    service: QueryService,
) -> None:
    reply = _ask(service, "青海省氮氧化物排放总量比2030年要降多少?")
    assert "9%" in reply
    assert REFUSAL not in reply and HEDGE not in reply


def test_cod_is_read_as_chemical_oxygen_demand(service: QueryService) -> None:
    reply = _ask(service, "青海省十五五COD排放总量降多少?")
    assert "7%" in reply
    assert REFUSAL not in reply
