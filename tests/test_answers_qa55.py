"""Answers after the fresh batch qa48 (issue 12, helper qa55). Asked which upper document a plan
follows with 按 alone (是按省里哪个文件来的), the plan's own basis sentence answers; a rule that
writes a thing at one level in full and at the asked level by its last words only (市级项目 …
县区级技改项目) does write it at the asked level, so asking about 市级技改项目 is not refused as
another level's; a term defined with 所称的 (本计划所称的园区,是指…) is answered by that
definition. Every text is invented (示范市's shared notice from ``invented_plans``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    "为贯彻落实《示范省品牌建设三年行动意见》(示省发〔2030〕7号)精神,结合我市实际,制定本计划。\n"
    "第一章 总则\n"
    "第二条 本计划所称的园区,是指经市人民政府认定、集中布局品牌企业的工业集聚区。\n"
    "第三条 市直行业主管部门是市级项目的责任主体,县区政府和市行业主管部门是县区级技改项目的责任主体。\n"
    "第四条 品牌企业培育工作由市市场监管局统筹。\n"
    "第五条 园区、园区规划范围内的园区道路由园区管委会建设。\n"
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("qa55")
    with invented_plans_service(folder, PLAN) as service:
        yield service


def test_a_basis_asked_with_an_plain_an_is_the_plans_basis(service: QueryService) -> None:
    reply = ask(service, "示范市品牌提升行动计划是按省里哪个文件来的?")
    assert "未找到" not in reply, reply
    assert "示省发〔2030〕7号" in reply, reply


def test_a_level_written_by_its_last_words_is_written(service: QueryService) -> None:
    reply = ask(service, "示范市市级技改项目的责任主体是谁?")
    assert "未找到" not in reply, reply
    assert "市直行业主管部门" in reply, reply


def test_a_term_defined_with_suocheng_de_is_answered_by_its_definition(
    service: QueryService,
) -> None:
    reply = ask(service, "园区是指什么?")
    assert "工业集聚区" in reply.splitlines()[1], reply
