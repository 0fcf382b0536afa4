"""Answers round 24 (issue 12): 由 in 由哪个单位负责 is the asking, never a slip for 游 of 上游;
a document whose title names one year is no other year's annual document (2029年重点工作分解方案
asked where the store holds 2028年's, whatever span its period holds); a one-year document whose
title names no year stays no other year's (a control). Every text is invented (made-up places,
figures and numbers)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2032, 6, 1, 1, tzinfo=UTC)
HEDGE = "部分相符"
REFUSAL = "未找到"

# A district's targets, each with its 责任单位; another document writes 上游.
TARGETS = """样板区2031年区《政府工作报告》确定的主要目标任务责任分解方案
各街道办事处,区政府各部门:
一、主要预期目标
(一)地区生产总值增长7%以上。责任单位:区发改局
(二)规上工业增加值增长12%以上。责任单位:区科技和经信局
(三)固定资产投资增长10%。责任单位:区发改局
样板区人民政府办公室
2031年2月20日
"""

RIVER = """示例市人民政府关于加强河道上游保护的通知
示政发〔2031〕8号
各县(市、区)人民政府,市政府各部门:
一、加强上游水源涵养,上游河段新建生态护岸20公里。
二、上游乡镇污水处理率达到90%以上。
示例市人民政府
2031年4月1日
"""

# An annual notice whose title names no year: its year is in its opening.
UNTITLED_YEAR = """示例县人民政府办公室关于印发重点工作任务分解方案的通知
示县办发〔2031〕12号
各乡镇人民政府,县政府各部门:
为确保2031年县政府工作报告确定的各项目标任务全面完成,现将2031年重点工作任务分解如下,请认真抓好落实。
一、全县生产总值增长8%。(牵头单位:县发改局)
二、新建农村公路300公里。(牵头单位:县交通局)
示例县人民政府办公室
2031年3月2日
"""

# A title naming one year and a five-year span: its period is the span.
SPAN_TITLE = """样板市2028年是“十五五”规划实施关键之年
样政发〔2028〕5号
各县(市、区)人民政府,市政府各部门:
“十五五”规划实施期限为2026—2030年,现将重点工作分解方案印发给你们,请认真贯彻执行。
一、全市生产总值增长7%。(牵头单位:市发改委)
二、到2030年新建城市公园12个。(牵头单位:市住建局)
样板市人民政府
2028年3月8日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round24")
    with invented_plans_service(
        Path(folder), TARGETS, RIVER, UNTITLED_YEAR, SPAN_TITLE, now=ASKED
    ) as service:
        yield service


def test_you_in_who_is_responsible_is_asking_not_a_slip(service: QueryService) -> None:
    reply = _ask(service, "样板区规上工业增加值增长12%以上由哪个单位负责?")
    assert "上游" not in reply, reply
    assert "区科技和经信局" in reply and HEDGE not in reply, reply


def test_a_one_year_document_is_no_other_years(service: QueryService) -> None:
    # (a control, right before the round too) the title names no year; the opening says the
    # plan is 2031's
    reply = _ask(service, "示例县2033年重点工作任务分解方案是谁印发的?")
    assert REFUSAL in reply and "示例县人民政府办公室" not in reply, reply
    reply = _ask(service, "示例县2031年重点工作任务分解方案是谁印发的?")
    assert "示例县人民政府办公室" in reply and REFUSAL not in reply, reply


def test_a_years_annual_document_is_not_one_titled_another_year(service: QueryService) -> None:
    # the period (2026—2030) holds 2029, but the title names 2028 alone: 2029年's 重点工作分解方案
    # is another document
    reply = _ask(service, "样板市2029年重点工作分解方案是谁印发的?")
    assert REFUSAL in reply and "样板市人民政府" not in reply.split("\n", 1)[-1], reply
    reply = _ask(service, "样板市2028年重点工作分解方案是谁印发的?")
    assert "样板市人民政府" in reply and REFUSAL not in reply, reply
