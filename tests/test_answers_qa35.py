"""Answers after the fresh batch qa35 (issue 12). Words that only order the asking (接到任务以后,
首先要干啥; 除了…还) or count what is asked for in words (四个“大”是哪四个) are not held against
the sentence that answers. A page marking its document repealed ((此文件废止)…) answers whether
it still applies. A short aside inside a word (总路(段)长) does not hide the word from the
search. A sum asked of a rule naming none, or a number asked of things a sentence lists beside
figures for other things (人均收入、人均消费稳定增长,…增长6%), is said without its value. Two
figures asked are answered by the sentence stating both. 3月印发的…有哪些 asks which, not when.
A document whose text never names its place may be the place asked about when that place's own
documents do not answer, but only if it cites a 文号 opening with the place's first character
(青科发〔…〕 for 青海).
Every text is invented (made-up places, figures and names)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, invented_plans_service, task_table_plan
from policybot.knowledge.service import QueryService

CLEAN = """(此文件废止)青政办发〔2031〕12号青海市人民政府办公室关于印发青海市乡村清洁行动实施方案的通知
各县(区)人民政府,市政府各部门:
经市政府第8次常务会议研究同意,现将《青海市乡村清洁行动实施方案》印发给你们,请认真组织实施。
青海市人民政府办公室
2031年3月2日
青海市乡村清洁行动实施方案
一、工作目标
到2032年,加快推进120个美丽村庄、45个美丽乡镇建设。
保持经济持续发展,人均收入、人均消费稳定增长,实现村级集体收入增长6%,达到8.5亿元左右。
二、工作要求
各乡镇接到清洁任务以后,首先要组织编制清洁计划,报县农业农村局备案。
各乡镇要坚持开发大清洁、实施大绿化、推进大整治、建设大设施,全面改善村容村貌。
对参与制订乡村清洁地方标准的企业,按参与制订行业标准同等政策给予奖励。
各乡镇要落实属地责任,明确专人负责。
各乡镇要加强宣传引导,发动群众参与。
各乡镇要建立工作台账,按月报送进展。
各乡镇要加强督促检查,确保任务落实。
各乡镇要统筹安排资金,保障清洁经费。
各乡镇要完善长效机制,巩固清洁成果。
各乡镇要做好垃圾分类,推进源头减量。
各乡镇要整治乱堆乱放,清理河塘沟渠。
各乡镇要组织志愿服务,开展清洁评比。
各乡镇要配齐保洁人员,落实保洁制度。
各乡镇要及时总结经验,推广典型做法。
三、会议制度
第一条 市级总路(段)长会议由市级总路(段)长或副总路(段)长主持召开,市路长办公室负责会务。
"""


# A city bureau's rules whose text never names the city; the rules they follow are numbered
# 青科发, as 青海's science bureau numbers its papers.
UNPLACED = """各辖县、区科技局,市有关部门:
现将《科学技术奖励项目市配套奖励细则》印发给你们,请遵照执行。
市科学技术局
2031年7月9日
科学技术奖励项目市配套奖励细则
根据《关于支持科技创新的若干奖励办法》(青科发〔2029〕15号),现制定配套奖励细则如下:
一、对获得省科学技术奖的第一承担单位按所获奖金1:1的比例配套奖励。
二、对获得省科学技术奖的参与人(非参与单位)给予每位3万元的配套奖励。
三、市科技局、财政局对奖励项目和经费实行监督管理。
"""


# A page of a city's plan that lost its heading and 落款: it names no place and cites no 文号.
UNNUMBERED = """全文
为深入推进简政放权,持续优化营商环境,制定本工作要点。
一、推动审批全链条优化
1.全面实施证明事项清单管理。2031年11月底前编制并公布市、县两级证明事项清单,清单之外一律不得索要证明。(市政府办公室、市审改办牵头,各县区政府配合)
2.推进电子证照扩大应用。2032年6月底前实现高频电子证照全面共享互认。(市数据局牵头,市政府办公室配合)
"""

# A county's page, as unplaced: it speaks for 全县, no city's plan.
COUNTY_PAGE = """全文
今年全县经济社会发展主要预期目标是:全县地区生产总值增长7%左右,一般公共预算收入增长6%左右。
一、坚持工业强县
全县新增规模以上工业企业12家,县政府每季度调度一次。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("qa35"), CLEAN, UNPLACED, task_table_plan(), UNNUMBERED, COUNTY_PAGE
    ) as service:
        yield service


def test_words_ordering_the_asking_are_not_held_against_the_answer(
    service: QueryService,
) -> None:
    reply = ask(service, "青海乡村清洁方案,各乡镇接到清洁任务以后首先要干啥?")
    assert "编制清洁计划" in reply and "部分相符" not in reply, reply


def test_a_count_in_words_of_what_is_asked_is_asking(service: QueryService) -> None:
    reply = ask(service, "青海乡村清洁方案说的四个“大”是哪四个?")
    assert "大绿化" in reply and "部分相符" not in reply, reply


def test_a_page_marking_its_document_repealed_answers_its_validity(
    service: QueryService,
) -> None:
    reply = ask(service, "青海乡村清洁行动实施方案现在还管用吗?")
    assert "废止" in reply and "未找到" not in reply, reply


def test_an_aside_inside_a_word_does_not_hide_it_from_the_search(service: QueryService) -> None:
    reply = ask(service, "青海市级总路长会议谁来主持?")
    assert "副总路(段)长" in reply and "部分相符" not in reply, reply


def test_a_word_an_aside_interrupts_finds_its_sentence(service: QueryService) -> None:
    hits = service.index.current().passages.search(["总路长"], limit=3)
    assert hits and "副总路(段)长" in hits[0].passage.text, hits


def test_a_sum_asked_of_a_rule_naming_none_is_not_found(service: QueryService) -> None:
    reply = ask(service, "青海参与制订乡村清洁地方标准奖多少钱?")
    assert "未找到" in reply, reply


def test_a_number_asked_of_listed_things_given_no_figure_is_not_found(
    service: QueryService,
) -> None:
    reply = ask(service, "青海2032年人均消费要达到多少?")
    assert "未找到" in reply and "8.5亿元" not in reply, reply


def test_two_figures_asked_are_answered_by_the_sentence_stating_both(
    service: QueryService,
) -> None:
    reply = ask(service, "青海到2032年要加快推进多少个美丽村庄、多少个美丽乡镇?")
    assert "120个" in reply and "45个" in reply and "未找到" not in reply, reply


def test_printed_describing_the_documents_asked_about_asks_no_date(
    service: QueryService,
) -> None:
    reply = ask(service, "青海2031年3月印发的乡村清洁方案有哪些工作目标?")
    assert "印发日期" not in reply and "未找到" not in reply, reply
    assert "乡村清洁行动实施方案" in reply, reply
    reply = ask(service, "青海乡村清洁方案是哪天印发的?")
    assert "2031-03-02" in reply, reply


def test_an_unplaced_document_numbering_as_the_place_asked_may_answer(
    service: QueryService,
) -> None:
    reply = ask(service, "青海科技奖参与人配套多少钱?")
    assert "3万元" in reply and "没有写明地区" in reply, reply


def test_an_unplaced_document_numbering_otherwise_does_not(service: QueryService) -> None:
    reply = ask(service, "样例市科技奖参与人配套多少钱?")
    assert "未找到" in reply and "3万元" not in reply, reply


def test_an_unplaced_document_citing_no_number_may_answer(service: QueryService) -> None:
    """样例市 is held (its plan says nothing of 证明事项清单); the page that names no place and
    cites no 文号 numbers as no other place either: it answers, said to be unplaced."""
    reply = ask(service, "样例市什么时候前要公布证明事项清单?")
    assert "2031-11-30" in reply and "没有写明地区" in reply, reply
    reply = ask(service, "样例市证明事项清单管理由哪些单位牵头?")
    assert "市审改办" in reply and "没有写明地区" in reply, reply


def test_an_unplaced_page_of_another_level_does_not(service: QueryService) -> None:
    """样例市 is a city; a page speaking for 全县 is a county's, whatever words it shares."""
    reply = ask(service, "样例市地区生产总值增长多少?")
    assert "7%" not in reply and "未找到" in reply, reply
    reply = ask(service, "样例市新增规模以上工业企业多少家?")
    assert "12家" not in reply and "未找到" in reply, reply
