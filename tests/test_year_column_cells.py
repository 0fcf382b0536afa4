"""A task table's cell in the year column asked answers for its row that year, even when it
holds no number (2032年、2033年目标待省明确…): not the row's task cell, which names no year,
nor another year's figure of the row offered as if it answered. The plan is invented (示范市,
made-up units and figures), its table flattened one cell a line as a web copy leaves it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, invented_plans_service

TABLE_PLAN = city_plan(
    """一、重点工作
(一)提升制造业发展水平。2031年,全市推动800家规模以上企业实施技术改造。(牵头单位:市工业和信息化局)
附件:示范市品牌提升行动计划(2031—2033年)任务分解表
序号
任务名称
工作内容
牵头单位
配合单位
2031年
2032年
2033年
1
提升制造业发展水平
推动企业实施技术改造。
市工业和信息化局
各县(区)人民政府
推动800家规模以上企业实施技术改造。
2032年、2033年目标待省明确相关指标数后再定。
2
提高制造过程智能化水平。
市工业和信息化局
市发展和改革局、市科学技术局
形成智能化改造、升级示范生产线40条。
形成示范生产线90条。
70%以上规模以上制造业企业开展实施机器人及智能装备应用。
3
强化科技创新引领
推进科技创新载体建设。
市科学技术局
各县(区)人民政府
全市孵化器数量增长8%。
全市孵化器数量增长8%。
全市孵化器数量增长8%。
"""
)


# A one-year plan's progress table: each row's 内容与要求 cell stands in the year's column,
# its 进展情况 cell after it says how far the row got.
PROGRESS = """示范县人民政府办公室关于2031年重点工作一季度进展情况的通报
示范县2031年重点工作一季度进展情况表
序号
内容与要求
进展情况
责任单位
1
聚焦重点领域培育发展新兴产业,力争规上工业中新兴产业增加值占比提升至41%。
1-2月,新兴产业增加值占规上工业增加值比重为39.5%。
县发改局
2
持续推进重大项目攻坚,确保有效投资增长8%以上。
1-2月,全县固定资产投资同比增长3.2%。
县发改局
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("year_cells")
    with invented_plans_service(folder, TABLE_PLAN, PROGRESS) as service:
        yield service


def test_the_year_cell_answers_though_it_holds_no_number(service: QueryService) -> None:
    """示范市2032年技改企业目标: the 2032 column's cell (目标待省明确…), not 推动企业实施技术改造."""
    reply = ask(service, "示范市2032年技改企业目标")
    assert "答: 2032年、2033年目标待省明确相关指标数后再定" in reply, reply
    assert "未找到" not in reply and "部分相符" not in reply


def test_a_number_asked_of_a_year_whose_goal_is_not_set(service: QueryService) -> None:
    """示范市2032年技改企业多少家: no number is set for 2032 yet, which its cell says; not the
    2031 figure (800家) as a partial match."""
    reply = ask(service, "示范市2032年技改企业多少家")
    assert "2032年、2033年目标待省明确相关指标数后再定" in reply, reply
    assert "部分相符" not in reply and "800家" not in reply, reply


def test_a_year_the_row_counts_nothing_for_is_said(service: QueryService) -> None:
    """示范市2033年示范生产线多少条: the row's 2033 cell counts no 生产线; never 40条 (2031's)
    offered as a partial match."""
    reply = ask(service, "示范市2033年智能化改造示范生产线多少条")
    assert "未找到" in reply and "2033年" in reply, reply
    assert "部分相符" not in reply and "40条" not in reply.split("\n")[1]


def test_the_year_with_a_figure_still_answers(service: QueryService) -> None:
    reply = ask(service, "示范市2032年示范生产线多少条")
    assert "答: 90条" in reply, reply


def test_a_progress_cell_after_the_year_cell_still_answers(service: QueryService) -> None:
    """示范县2031年…1-2月新兴产业增加值占比: the 进展情况 cell (after the year's cell) says it;
    the row's goal for the year (41%) is not what is asked."""
    reply = ask(
        service, "示范县2031年重点工作一季度进展,1-2月新兴产业增加值占规上工业增加值比重是多少?"
    )
    assert "39.5%" in reply.split("\n")[1], reply
