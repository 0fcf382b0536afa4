"""Answers round 39 (issue 12): questions about a document in the words people use — 哪个文件不
执行了 (the documents it stops), 责任分工还有效吗 (a portal's 有效性失效 line), what its basis was
passed by when its own title quotes that basis, the attachment of a notice stored without a
title, and 还没车间的乡镇 (the towns without one, not a word 未车间).
Every text is invented (made-up places, figures and numbers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from policybot.knowledge.question import Field, ParsedQuestion, parse_question
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2031, 10, 10, 1, tzinfo=UTC)
REFUSAL = "未找到"

# A county's opinions, stopping an older document of its own.
STOPPING = """样板县人民政府关于加快推进品牌示范建设的若干意见
样政发〔2031〕12号
各乡镇人民政府,县政府各部门:
一、奖励政策
(一)新获得省名牌产品的企业,奖励30万元。
(二)新获得中国驰名商标的企业,奖励90万元。
二、附则
本意见自印发之日起施行,《样板县人民政府关于品牌培育的若干意见》(样政发〔2024〕33号)同时停止执行。
样板县人民政府
2031年3月6日
"""

# A portal page: its header block lost its separators (有效性失效 on a line of its own).
EXPIRED = """当前位置:首页
发布机构样板县人民政府
成文日期2031-02-12
有效性失效
样县发〔2031〕2号关于印发2031年样板县政府重点工作事项责任分工的通知
各乡镇人民政府,县政府各部门:
现将《2031年样板县政府重点工作事项责任分工》印发给你们,请认真抓好落实。
样板县人民政府
2031年2月12日
2031年样板县政府重点工作事项责任分工
一、新建村级光伏电站8座,2031年底前完成。(牵头单位:县农业局)
"""

# A province's opinions on the report its own title quotes, passed by a session it names.
BASIS = """样板省人民政府关于落实《政府工作报告》重点工作部门分工的意见
样政发〔2031〕1号
省直有关单位:
为认真做好2031年政府工作,现就省九届人大三次会议通过的《政府工作报告》确定的重点工作提出部门分工意见如下:
一、新增高新技术企业600家。(省科技厅牵头)
二、新建标准厂房90万平方米。(省工业和信息化厅牵头)
样板省人民政府
2031年1月20日
"""

# A county's covering notice stored without a title: its attachment names what it hands out.
UNTITLED = """各乡镇人民政府,县政府各部门,县属驻县各单位:
县九届人大三次会议审议通过的《政府工作报告》,安排部署了2031年奋斗目标和工作任务。为了全面推进工作任务落实,请各乡镇、县直各单位紧扣各项目标任务,立足各自实际和职能,细化目标任务,靠实工作责任,全力抓好落实。各牵头单位要积极履行牵头抓总职责,加强组织协调,把握工作进展和质量。各协作单位要积极主动与牵头单位衔接联系,形成工作合力。现将各项目标任务分解下达。
附件:2031年县政府重点工作任务分解表
1.全县新增规模以上工业企业30家,2031年12月底前完成。(牵头单位:县工信局)
"""

# A county's plan for workshops in the towns that have none yet.
WORKSHOPS = """样板县巩固提升就业帮扶车间专项行动实施方案
一、主要任务
(一)还没有就业帮扶车间的乡镇原则上到2031年底要创建两个以上帮扶车间。
(二)已建成帮扶车间的乡镇,2031年底前吸纳就业人数增加20%。
样板县人民政府
2031年4月6日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round39")
    plans = (STOPPING, EXPIRED, BASIS, UNTITLED, WORKSHOPS)
    with invented_plans_service(Path(folder), *plans, now=ASKED) as service:
        yield service


def _parsed(service: QueryService, question: str) -> ParsedQuestion:
    return parse_question(question, service._answers().index, date(2031, 10, 10))


def test_not_executed_any_more_asks_for_the_document_it_stops(service: QueryService) -> None:
    question = "样板县品牌示范意见出来后,哪个文件不执行了?"
    assert _parsed(service, question).field == Field.SUPERSEDES
    reply = _ask(service, question)
    assert "样政发〔2024〕33号" in reply, reply


def test_validity_label_run_together_with_its_value(service: QueryService) -> None:
    question = "样板县2031年那个工作事项责任分工现在还有效吗?"
    assert _parsed(service, question).field == Field.VALIDITY
    reply = _ask(service, question)
    assert "失效" in reply.split("\n", 3)[1], reply
    assert "没有写明" not in reply, reply


def test_basis_its_own_title_quotes_is_another_document(service: QueryService) -> None:
    reply = _ask(service, "样板省部门分工意见依据的政府工作报告是哪次会议通过的?")
    assert "省九届人大三次会议" in reply, reply
    assert REFUSAL not in reply, reply


def test_untitled_notice_named_by_its_attachment(service: QueryService) -> None:
    reply = _ask(service, "县里2031年重点工作任务分解附件是啥?")
    assert "重点工作任务分解表" in reply, reply
    assert REFUSAL not in reply, reply


def test_negation_no_document_writes_is_its_word(service: QueryService) -> None:
    question = "我们样板县这边今年底前还没车间的乡镇得建几个?"
    words = _parsed(service, question).words
    assert "车间" in words and "未车间" not in words, words
    reply = _ask(service, question)
    assert "两个以上" in reply or "2个以上" in reply, reply
