"""快到期的有哪些 lists what falls due next, soonest first: with one item due in the next three
months it answered that one item alone. Invented plan (示范市, made-up figures and dates)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService
from tests.invented_plans import city_plan, invented_plans_service

PLAN = city_plan(
    """一、主要任务
(一)2032年3月底前,制定品牌培育工作方案。(牵头单位:市质监局)
(二)2032年底前,新增品牌示范企业30家。(牵头单位:市经信局)
(三)2032年底前,新建检测公共服务平台4个。(牵头单位:市科技局)
(四)2033年6月底前,完成品牌评价标准12项。(牵头单位:市质监局)
(五)2033年底前,培育区域品牌8个。(牵头单位:市商务局)
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("soon_due"), PLAN) as service:
        yield service


@pytest.mark.parametrize("question", ["快到期的有哪些", "快到期的示范市任务"])
def test_soon_lists_the_next_items_due_soonest_first(service: QueryService, question: str) -> None:
    reply = render_plain(service.ask(question))
    order = [reply.find(said) for said in ("工作方案", "30家", "4个", "12项")]
    assert all(place >= 0 for place in order), reply
    assert order[0] < order[1] and order[0] < order[2] and max(order[1:3]) < order[3]
    assert "三个月内到期的只有 1 项" in reply


YEARLY = city_plan(
    """一、主要任务
(一)每季度对全市品牌工作情况进行分析研判。(牵头单位:市质监局)
(二)2032年底前,新增品牌示范企业30家。(牵头单位:市经信局)
(三)2032年9月底前,新建检测公共服务平台4个。(牵头单位:市科技局)
"""
)


def test_by_year_end_the_items_due_once_come_before_the_quarterly_duty(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """年底前佛山要完成什么 opened with a quarterly analysis duty before the year's dated items."""
    folder = tmp_path_factory.mktemp("year_end")
    with invented_plans_service(folder, YEARLY) as service:
        reply = render_plain(service.ask("年底前示范市要完成什么"))
    order = [reply.find(said) for said in ("4个", "30家", "分析研判")]
    assert all(place >= 0 for place in order), reply
    assert order[0] < order[1] < order[2], reply
