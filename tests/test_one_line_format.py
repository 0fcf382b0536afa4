"""The one-line format in answers from a stored plan (new-user trial): a recurring duty found by
/search is listed, not headed 答: 每季度 as though the frequency answered the search; a
milestone asked about gives its date once; a citation names the section without its list
numbers. The store holds an invented plan (示范市; made-up numbers)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

PLAN = """示范市品牌提升行动计划(2031—2033年)
一、主要目标
(一)总体目标
1.到2033年,新增示范标准40项。
二、重点工作
(一)强化质量监测
每季度对全市示范产品质量状况进行分析研判。(牵头单位:市示范标准局)
2031年底前,完成示范品牌评价办法制定。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("one_line"), PLAN) as service:
        yield service


def test_a_recurring_duty_found_by_search_is_no_answer(service: QueryService) -> None:
    out = render_plain(service.search("分析研判"))
    assert "答: 每季度" not in out and "答: 共 1 项" in out
    assert "每季度 对全市示范产品质量状况进行分析研判" in out


def test_a_milestone_gives_its_date_once_and_its_section_without_numbers(
    service: QueryService,
) -> None:
    out = render_plain(service.ask("示范品牌评价办法什么时候完成"))
    assert out.count("2031-12-31") == 1, out
    assert "》 重点工作 / 强化质量监测" in out and "二、" not in out and "(一)" not in out
