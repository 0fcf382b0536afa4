"""Answers round 7 (issue 12): what a fresh batch of questions asked the way people talk found —
asking words the documents do not write (上限, 门槛, 这次), a 市长 award read as a city, a year
written 年度, …. The store holds one invented notice (示范市, made-up firms and sums)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from policybot.knowledge import confidence
from policybot.knowledge.answering import QuestionAnswerer
from policybot.knowledge.passage_candidates import passage_candidates
from policybot.knowledge.question import Asks, Field
from policybot.knowledge.question_scope import Scope, find_scope
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, invented_plans_service

NOTICE = """示范市人民政府关于表彰2030年度示范市市长质量奖获奖企业的通报
示政〔2031〕7号
各县(区)人民政府,市人民政府各部门:
为深入实施质量强市战略,根据《示范市市长质量奖管理办法》规定,经专家评审、市政府常务会议审定,\
决定授予甲乙精工科技有限公司、丙丁绿谷食品有限公司2家企业2030年度“示范市市长质量奖”荣誉称号,\
并分别给予30万元奖金。
同时,对年纳税额8000万元以上的企业授予“示范市纳税贡献企业”称号,每家奖励6万元。
同一企业同一年度累计奖励金额不超过80万元。
此次共表彰企业12家,合计奖励金额96万元。
示范市人民政府
2031年4月8日
"""
RULES = """示范市人民政府关于印发《示范市市长质量奖管理办法》的通知
示府发〔2029〕3号
各县(区)人民政府,市人民政府各部门:
现将《示范市市长质量奖管理办法》印发给你们,请认真贯彻执行。
示范市人民政府
2029年2月6日
示范市市长质量奖管理办法
第一条为推进质量强市战略,制定本办法。
第二条本办法所称示范市市长质量奖是市政府设立的最高质量奖项,由评审委员会组织评审。\
授予为我市质量建设做出卓越贡献的组织。
第三条市长质量奖每两年评审一次,每次获奖组织不超过5个,每个奖励40万元。
"""

TASKS = """示范市人民政府办公室关于印发2031年重点工作任务分解方案的通知
示府办〔2031〕2号
各县(区)人民政府,市政府各部门:
《2031年重点工作任务分解方案》已经市政府同意,现印发给你们,并就有关事项通知如下:
现将2031年重点工作任务分解为36项目标任务。
一、各责任单位要制订工作方案,明确责任,并于2031年1月20日前将工作方案报市人民政府办公室。
二、各责任单位要在每季度最后一个月的25日前将进展情况报市人民政府办公室。
示范市人民政府办公室
2031年1月6日
"""

PLAN = """示范市人民政府关于印发示范市品牌建设三年行动计划(2031—2033年)的通知
示府发〔2031〕5号
各县(区)人民政府,市政府各部门:
现将《示范市品牌建设三年行动计划(2031—2033年)》印发给你们,请认真贯彻执行。
示范市人民政府
2031年3月2日
示范市品牌建设三年行动计划(2031—2033年)
2030年,全市品牌建设取得积极进展,示范标准体系初步建立。
一、主要目标
到2033年,新增示范标准40项,培育示范品牌企业25家。(牵头单位:市示范标准局)
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round7")
    asked = datetime(2031, 5, 1, 1, tzinfo=UTC)
    with invented_plans_service(folder, NOTICE, RULES, TASKS, PLAN, now=asked) as service:
        yield service


def test_asking_words_the_documents_do_not_write_are_never_spell_corrected(
    service: QueryService,
) -> None:
    """上限 sounds like 上线, 门槛 is written nowhere: they are how people ask, not slips."""
    speller = service.index.current().speller
    for word in ("上限", "门槛", "封顶", "这次"):
        assert speller.correct(f"奖励{word}是多少") == f"奖励{word}是多少"


def test_a_cap_is_asked_as_a_limit_and_written_as_not_more_than(service: QueryService) -> None:
    out = ask(service, "示范市同一企业一年奖励上限是多少?")
    assert "不超过80万元" in out and "未找到" not in out


def test_a_threshold_is_read_in_the_sentence_that_says_above(service: QueryService) -> None:
    out = ask(service, "示范市纳税贡献企业的门槛是多少?")
    assert "8000万元以上" in out and "部分相符" not in out


def test_this_time_is_the_documents_this_time(service: QueryService) -> None:
    parsed = service.parse("示范市这次表彰了几家企业?")
    assert "此次" in parsed.reading and "此次" in parsed.categories
    assert "12家" in ask(service, "示范市这次表彰了几家企业?")


@pytest.mark.parametrize(
    "question",
    ["2030年度示范市市长质量奖每家奖金多少?", "示范市長質量獎得獎企業每家給多少獎金?"],
)
def test_a_mayors_award_keeps_its_mayor_and_a_year_may_be_written_nian_du(
    service: QueryService, question: str
) -> None:
    """In 示范市长质量奖 the 市 is the mayor's (the city is 示范), and 2030年度 is the year 2030:
    neither leaves a stray 度长 in the topic. 得奖企业每家 is what the notice writes 授予…,
    并分别给予."""
    parsed = service.parse(question)
    assert "市长" in parsed.words and not any("度" in word for word in parsed.words)
    out = ask(service, question)
    assert "30万元" in out and "部分相符" not in out and "未找到" not in out


def test_a_city_before_a_word_that_is_no_office_is_still_the_city(service: QueryService) -> None:
    assert service.parse("示范市长期目标是什么?").region_text == "示范市"


def test_a_sentence_granting_an_award_in_other_words_answers_for_it(
    service: QueryService,
) -> None:
    """授予为…的组织 says who gets the 市长质量奖 its paragraph names, without the word 奖: it is
    about that award (not another one), and it measures as an answer."""
    index = service.index.current()
    parsed = service.parse("示范市市长质量奖授予什么样的组织?")
    answerer = QuestionAnswerer(index, service.tz, service.today())
    scope = find_scope(index, parsed)
    assert isinstance(scope, Scope)
    granting = [
        c
        for c in passage_candidates(answerer, parsed, scope)
        if c.line.label.startswith("授予为我市")
    ]
    assert granting and confidence.decide(granting[0].share) == confidence.Verdict.ANSWER


def test_an_award_written_out_is_the_award_asked_about_another_level_is_not() -> None:
    assert confidence.said_in_part("名牌商标", "示范市名牌名优产品和驰名著名知名商标奖励办法")
    assert not confidence.said_in_part("中国质量奖", "对获得省政府质量奖的企业")
    assert not confidence.said_in_part("中国名牌产品", "获得省名牌产品的企业")


def test_which_meeting_is_asking(service: QueryService) -> None:
    parsed = service.parse("示范市市长质量奖管理办法是第几次会议通过的?")
    assert not {"第几", "第几次", "哪次"} & set(parsed.words)
    parsed = service.parse("示范市市长质量奖管理办法是哪次会议通过的?")
    assert "哪次" not in parsed.words


def test_the_units_a_rule_speaks_to_are_not_what_is_asked_and_a_government_is_shortened(
    service: QueryService,
) -> None:
    """各责任单位…什么时候报 asks when, not who; 市政府办 is the 市人民政府办公室 it names."""
    question = "示范市各责任单位的工作方案什么时候前报市政府办?"
    assert service.parse(question).asks == Asks.DATE
    out = ask(service, question)
    assert "2031-01-20" in out and "部分相符" not in out


def test_a_goal_of_a_plan_that_begins_later_does_not_answer_for_an_earlier_year(
    service: QueryService,
) -> None:
    """到2033年 runs through 2032, but the 2031–2033 plan sets nothing for 2030 (a year its text
    mentions in passing): that is not found, not the 2033 goal."""
    assert "40项" in ask(service, "示范市2032年要新增多少项示范标准?")
    out = ask(service, "示范市2030年要新增多少项示范标准?")
    assert "未找到" in out and "40项" not in out


def test_split_into_is_read_as_the_documents_write_it(service: QueryService) -> None:
    assert "分解为" in service.parse("示范市2031年重点工作任务分解成多少项?").reading
    assert "完成多少" in service.parse("示范市2031年要完成多少项任务?").reading
    out = ask(service, "示范市2031年重点工作任务分解成多少项?")
    assert "36项" in out and "部分相符" not in out


def test_a_count_with_its_measure_word_is_not_answered_by_a_sum(service: QueryService) -> None:
    """几家企业获得…: a count of firms. The reward that names them (…2家企业…称号,并分别给予30万元)
    is a sum of money, never the answer's value."""
    out = ask(service, "示范市2030年度有几家企业获得市长质量奖?")
    assert "答: 30万元" not in out


@pytest.mark.parametrize(
    "question",
    ["示范市2031年重点工作任务分解表现在还有效吗?", "示范市政务公开工作要点还有效吗?"],
)
def test_a_document_called_a_table_or_points_is_a_document(
    service: QueryService, question: str
) -> None:
    assert service.parse(question).field == Field.VALIDITY
