"""Answers after the fresh batch qa38 (issue 12). A question naming a five-year period (十四五)
is not answered by the store's plan of another period (“十三五”规划) of the same name; a
document that states no number of its own is not given the number of the plan it quotes when
the question names the document itself (…规划责任分解通知的文号), while the quoted plan asked by
its own name (…规划本身的文号) is; 本身 and 这块 are the asker's pointing, no search word.
Every text is invented (made-up places, figures and names)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, invented_plans_service
from policybot.knowledge.service import QueryService

SPLIT_UP = """北原市人民政府办公厅关于印发北原市突发事件应急管理体系建设“十三五”规划责任分解的通知
各县(市、区)人民政府,市直各有关单位:
经市人民政府同意,现将《北原市突发事件应急管理体系建设“十三五”规划》责任分解印发给你们,请认真组织实施。
北原市人民政府办公厅
2017年5月8日
北原市突发事件应急管理体系建设“十三五”规划责任分解
为提高应对突发事件能力,根据《北原市突发事件应急管理体系建设“十三五”规划》(北政办发〔2016〕12号)精神,现将《规划》中明确提出的6项具体建设任务进行责任分解。
一、应急预案体系建设
1.完善应急预案体系
(1)加强应急预案演练,推进“双盲”演练。
(2)促进基层应急预案编制全覆盖。
(责任单位:市直各有关单位、各县(市、区)人民政府)
"""

# Other documents that split tasks up (责任分解 is a common title word in a real store).
OTHERS = [
    f"""{place}人民政府办公室关于印发{place}{year}年重点工作任务责任分解的通知
{place}人民政府办公室
{year}年2月1日
{place}{year}年重点工作任务责任分解
一、任务分解
1.推进园区建设,实现工业总产值增长10%。(责任单位:{place}发改局)
"""
    for place, year in (("南林县", 2019), ("西岭县", 2020), ("东湖区", 2021))
]


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("qa41")
    with invented_plans_service(folder, SPLIT_UP, *OTHERS) as service:
        yield service


def test_another_five_year_period_is_another_plan(service: QueryService) -> None:
    reply = ask(service, "北原市突发事件应急管理体系建设十四五规划是哪天印发的?")
    assert "未找到" in reply and "2017" not in reply
    assert "2017-05-08" in ask(
        service, "北原市突发事件应急管理体系建设十三五规划责任分解是哪天印发的?"
    )


def test_the_document_itself_asked_gets_no_quoted_number(service: QueryService) -> None:
    reply = ask(service, "北原市突发事件应急管理体系建设十三五规划责任分解通知的文号是多少?")
    assert "未找到" in reply and "北政办发" not in reply


def test_the_quoted_plan_itself_asked_gets_its_number(service: QueryService) -> None:
    reply = ask(service, "北原市突发事件应急管理体系建设十三五规划本身的文号是多少?")
    assert "北政办发〔2016〕12号" in reply and "未找到" not in reply


def test_this_matter_pointed_at_is_no_search_word(service: QueryService) -> None:
    reply = ask(service, "我们是北原的一个县,应急预案体系这块我们是不是责任单位?")
    assert "各县(市、区)人民政府" in reply and "这块" not in reply
