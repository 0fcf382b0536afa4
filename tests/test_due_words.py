"""A deadline written 2032年6月底前 is shown with its month (2032-06-30(2032年6月底前)), never
as 2032-06-30(2032年): the task-table row's time cell in its own words, and a year alone beside
an earlier date left out wherever a due date is formatted."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.answers import format_due
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    """一、任务分解表
序号 重点任务 牵头单位 配合单位 完成时限
1 建设示范检测公共服务平台 市示范局 市财政局 2032年6月底前
2 出台示范品牌培育扶持办法 市示范局 市财政局 2032年
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("due_words"), PLAN) as service:
        yield service


def test_task_row_deadline_keeps_its_month(service: QueryService) -> None:
    said = ask(service, "建设示范检测公共服务平台什么时候完成?")
    assert "2032年6月底前" in said and "(2032年)" not in said, said
    listed = ask(service, "示范市的工作期限有哪些?")
    platform = next(line for line in listed.splitlines() if "检测公共服务平台" in line)
    assert "2032-06-30(2032年6月底前)" in platform, listed
    assert "2032-12-31(2032年)" in listed, listed  # a whole year stays as written


@pytest.mark.parametrize(
    ("due", "words", "shown"),
    [
        (date(2026, 6, 30), "2026年", "2026-06-30"),
        (date(2026, 6, 30), "2026年6月底前", "2026-06-30(2026年6月底前)"),
        (date(2026, 12, 31), "2026年", "2026-12-31(2026年)"),
        (date(2026, 12, 31), "2026年底前", "2026-12-31(2026年底前)"),
    ],
)
def test_year_alone_beside_an_earlier_date_is_left_out(due: date, words: str, shown: str) -> None:
    assert format_due(due, words) == shown
