"""fix104 (attack55 M6, H7, L7): whether a step is overdue is answered yes or no by its date;
a year's work lists its dated steps. The plan is invented (示范市, every figure made up)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

ASKED = datetime(2032, 4, 1, 1, tzinfo=UTC)

PLAN = city_plan(
    """一、主要目标
到2033年,全市新增示范企业30家。
2032年3月15日前完成全市计量器具摸底。
2032年8月31日前建成示范市质量大数据平台。
二、保障措施
各区每季度报送工作进展。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("fix104")
    with invented_plans_service(folder, PLAN, now=ASKED) as service:
        yield service


def test_is_it_overdue_of_a_step_past_its_date_says_yes(service: QueryService) -> None:
    reply = ask(service, "示范市的计量器具摸底是不是已经过期了")
    assert "答: 是" in reply and "2032-03-15" in reply, reply


def test_is_it_overdue_of_a_step_still_ahead_says_no(service: QueryService) -> None:
    reply = ask(service, "示范市的质量大数据平台是否已经逾期")
    assert "答: 不是" in reply and "2032-08-31" in reply, reply


def test_before_mid_year_lists_from_today_to_the_end_of_june(service: QueryService) -> None:
    window = service.parse("示范市年中前要完成啥").window
    assert window is not None and str(window.start) == "2032-04-01", window
    assert str(window.end) == "2032-06-30", window
