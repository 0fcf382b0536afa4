"""Answers an attack on invented plans found wanting (stop 38): a number question answered by a
sentence leads with the number, a plan's eligibility thresholds answer 有什么要求."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.service import QueryService

# Invented: a plan of a 培育库 whose goal sentence counts it and whose own chapter says who
# may enter; it grants no reward.
POOL_PLAN = city_plan(
    "一、工作目标\n建立示范市品牌培育库,到2032年底,培育入库企业80家。\n"
    "二、入库条件\n入库企业须具有独立法人资格,年主营业务收入3000万元以上。\n"
    "三、工作任务\n(一)组织申报。市市场监管局每年组织企业申报入库。\n"
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("fix38"), POOL_PLAN) as service:
        yield service


def test_a_number_question_answered_by_a_sentence_leads_with_the_number(
    service: QueryService,
) -> None:
    reply = ask(service, "培育库要入库多少家")
    assert reply.splitlines()[1] == "答: 80家", reply
    assert "培育入库企业80家" in reply, reply


def test_a_plans_eligibility_threshold_is_stored_as_its_condition() -> None:
    extraction = extract_text(POOL_PLAN, "pool.txt")
    assert [(c.kind, c.text) for c in extraction.conditions] == [
        ("eligibility", "入库企业须具有独立法人资格,年主营业务收入3000万元以上")
    ]
    assert [t.value for t in extraction.targets] == [80]


@pytest.mark.parametrize("question", ["进入培育库有什么要求", "入库条件是什么", "入库门槛是多少"])
def test_requirements_are_answered_by_who_qualifies(service: QueryService, question: str) -> None:
    reply = ask(service, question)
    assert reply.splitlines()[1] == "答: 入库企业须具有独立法人资格,年主营业务收入3000万元以上", (
        reply
    )


def test_a_requirement_of_something_else_is_not_answered_by_the_threshold(
    service: QueryService,
) -> None:
    reply = ask(service, "示范区创建有什么要求")
    assert "3000万元以上" not in reply.splitlines()[1], reply


def _region_plan(city: str, prefix: str, task: str) -> str:
    """An invented plan of ``city`` whose one task 市市场监管局 leads."""
    return (
        f"{city}人民政府关于印发{city}品牌建设方案的通知\n{prefix}政发〔2031〕8号\n"
        f"{city}人民政府\n2031年5月6日\n{city}品牌建设方案\n一、工作任务\n"
        f"(一){task}。2032年6月底前完成{task}工作。(牵头单位:市市场监管局)\n"
    )


def test_units_of_one_name_in_two_regions_stay_apart(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    plans = (_region_plan("甲岭市", "甲", "品牌调查"), _region_plan("乙川市", "乙", "标准评估"))
    with invented_plans_service(tmp_path_factory.mktemp("units38"), *plans) as service:
        reply = render_plain(service.units("市市场监管局"))
    lines = reply.splitlines()
    assert "甲岭市、乙川市" not in lines[0], reply
    assert lines[1] == "答: 目标/事项: 牵头 2 项;2个地区分列: 甲岭市 1 条;乙川市 1 条", reply
    first, second = lines.index("【甲岭市】"), lines.index("【乙川市】")
    assert "品牌调查" in lines[first + 1] and "标准评估" in lines[second + 1], reply
    assert "标准评估" not in "\n".join(lines[first:second]), reply
