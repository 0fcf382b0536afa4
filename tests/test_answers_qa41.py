"""Answers after the fresh batch qa38 (issue 12). A question naming a five-year period (十四五)
is not answered by the store's plan of another period (“十三五”规划) of the same name; a
document that states no number of its own is not given the number of the plan it quotes when
the question names the document itself (…规划责任分解通知的文号), while the quoted plan asked by
its own name (…规划本身的文号) is; 本身 and 这块 are the asker's pointing, no search word; a page
marking a document 失效 answers 还有效吗,为啥 with its 废止依据 too; a term listed under its label
((一)X:指…) is defined there, asked with 指哪些 or 指的是谁; a plan that names no year of its own
(12月底前…, no period, no date), named by the question, answers 年底前 in the year the clock gives.
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


REPEALED = """名 称 :南林县人民政府关于印发南林县2031年国民经济和社会发展计划的通知
发 文 字 号 :南政发〔2031〕3号
有 效 性 :失效
废 止 依 据 :阶段性工作已结束
南林县人民政府关于印发南林县2031年国民经济和社会发展计划的通知
各镇人民政府、街道办事处:
现将《南林县2031年国民经济和社会发展计划》印发给你们,请认真贯彻落实。
南林县人民政府
2031年1月20日
南林县2031年国民经济和社会发展计划
一、主要目标
全县地区生产总值增长8%。
"""


def test_a_repealed_page_says_why_beside_its_validity(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, REPEALED) as service:
        reply = ask(service, "南林县2031年国民经济和社会发展计划现在还有效吗?为啥?")
    assert "失效" in reply and "阶段性工作已结束" in reply


LISTED_TERMS = """南林县招商引资奖励办法
第一条 奖励对象
凡引资人引荐县外投资者来南林投资兴办项目,单个项目固定资产投入800万元以上的,对引资者给予奖励。按引资者划分,分为机关引资者和民间引资者:
(一)机关引资者:指在职公务员及参照公务员法管理的机关中除工勤人员以外的工作人员。
(二)民间引资者:指除机关引资者以外的自然人,社会法人,团体等引进外来资金者。
第二条 奖励原则
对机关引资者以精神奖励为主,对民间引资者以物质奖励为主。
南林县人民政府
2031年4月1日
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("南林县招商引资奖励办法里,机关引资者指哪些人?", "在职公务员"),
        ("南林縣招商引資獎勵說的民間引資者指的是誰?", "社会法人"),
    ],
)
def test_a_listed_term_under_its_label_is_defined(
    tmp_path: Path, question: str, expected: str
) -> None:
    with invented_plans_service(tmp_path, LISTED_TERMS) as service:
        reply = ask(service, question)
    assert expected in reply and "部分相符" not in reply


UNDATED = """宜居街区创建行动方案
为提升城市品质,现制定如下行动方案。
一、开展老旧小区整治专项行动
1.加快老旧小区整治改造。继续推进既有住宅增设电梯,12月底前开工建设30部。
2.开展背街小巷整治。6月底前对背街小巷突出问题进行梳理,建立工作台账。
"""


def test_a_plan_dated_nowhere_answers_the_year_the_clock_gives(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, UNDATED) as service:
        reply = ask(service, "宜居街区创建行动方案里年底前既有住宅增设电梯开工建设多少部?")
    assert "30部" in reply and "部分相符" not in reply and "未找到" not in reply
