"""Attack 44 on the year cells of task tables (fix53): a progress table's year cell stating no
figure (目标待定) stands in its column, so a question of that year is answered by it and not by
the row's progress cell (已培育…5家 was answered 5家 for 2033); and a column of two years
together (2031—2032年) is due at its last year, not dated with the next column's year (both of
its row's figures were 2033's: 2033年…多少项 answered 25项). Invented plans only."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, invented_plans_service

PROGRESS_TABLE = city_plan(
    """一、重点工作
附件:示范市质量强市工作任务表
序号
工作任务
责任单位
2031年目标
2032年
2033年
进展情况
1
培育质量标杆企业
市市场监管局
新培育质量标杆企业12家。
新培育质量标杆企业15家。
目标待定。
已培育质量标杆企业5家,完成率42%。
2
推进标准化建设
市市场监管局
主导制定地方标准20项。
较2031年增长10%。
主导制定地方标准30项。
截至6月底已制定地方标准7项。
"""
)

RANGE_TABLE = """样例市人民政府办公室关于印发样例市计量提升行动计划(2031—2033年)的通知
样政办发〔2031〕7号
样例市人民政府办公室
2031年3月5日
样例市计量提升行动计划(2031—2033年)
附件:样例市计量提升任务表
序号
任务
责任单位
2031—2032年
2033年
1
新建社会公用计量标准
市市场监管局
新建社会公用计量标准25项。
新建社会公用计量标准40项。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("attack44_years")
    with invented_plans_service(folder, PROGRESS_TABLE, RANGE_TABLE) as service:
        yield service


def test_a_pending_year_cell_of_a_progress_table_answers_not_the_progress(
    service: QueryService,
) -> None:
    for question in ("示范市2033年新培育质量标杆企业多少家", "示范市2033年质量标杆企业目标"):
        reply = ask(service, question)
        first = reply.split("\n")[1]
        assert "目标待定" in first and "5家" not in first, reply
    reply = ask(service, "示范市2032年新培育质量标杆企业多少家")
    assert "答: 15家" in reply, reply


def test_a_column_of_two_years_is_due_at_its_last(service: QueryService) -> None:
    reply = ask(service, "样例市2033年新建社会公用计量标准多少项")
    assert "答: 40项" in reply and "25项" not in reply, reply
    reply = ask(service, "样例市2032年新建社会公用计量标准多少项")
    assert "答: 25项" in reply and "40项" not in reply, reply


def test_the_progress_column_is_no_years_figure(service: QueryService) -> None:
    """示范市2032年主导制定地方标准多少项 was answered 到2031年 7项 from the progress cell; the
    row's 2032 cell (较2031年增长10%) is said instead, with no figure taken for that year's."""
    reply = ask(service, "示范市2032年主导制定地方标准多少项")
    assert "较2031年增长10%" in reply and "7项" not in reply, reply
    assert "答:" not in reply, reply
    reply = ask(service, "示范市2033年主导制定地方标准多少项")
    assert "答: 30项" in reply, reply
