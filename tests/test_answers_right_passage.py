"""The right document's answering sentence, not another passage of it: a year the sentence
calls 今年, an item asked for by its place in a list (第一条), the lines
listed under a heading before a lone sentence repeating the question's words, the sentence
writing a numbered name asked about (五公开)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# A notice of 2033 with no year in its title, whose opening cites the year before (2032年工作
# 部署) and says what 今年's work holds to.
DIVISION = """示范市人民政府关于落实《政府工作报告》重点工作部门分工的意见
示政发〔2033〕8号 2033年3月17日
市政府各部门、各直属机构:
根据市委2032年工作部署和市人民代表大会通过的《政府工作报告》,今年市政府工作的总体要求是:坚持“一稳、两进、三提升”的基本思路,把握“稳中求进”的工作基调。
为做好今年政府工作,现就《政府工作报告》明确的重点工作提出部门分工意见如下。
一、努力扩大内需
认真落实积极的财政政策。(市财政局牵头)
"""

# Principles numbered under their heading, each a heading of its own with its sentence after.
PRINCIPLES = city_plan(
    """一、总体要求
(一)基本原则
1.坚持示范引领。推动示范标准从数量向质量转变,构建示范标准体系。
2.坚持创新发展。坚持企业示范主体地位,促进示范标准与创新深度融合。
3.坚持开放合作。深入实施示范开放战略,推进区域示范交流、资源共享。
(二)主要目标
到2033年,新增示范标准40项。(牵头单位:市示范标准局)
"""
)

# A commendation listing the units under each heading, and a rule that pays them, saying the
# heading's words itself.
COMMENDED = """示范市人民政府关于表彰2032年全市植树护绿工作先进单位的通报
示范市人民政府关于表彰2032年全市植树护绿工作先进单位的通报
(示政字〔2033〕15号)
各县区人民政府,市林业局:
2032年的全市植树护绿工作,各县区政府和林业部门密切配合,圆满地完成了植树任务,取得了显著成绩。经市政府研究决定,对在2032年全市植树护绿工作做出优异成绩的地区和单位给予表彰奖励。
一、先进乡镇:
东湖镇人民政府
西岭乡人民政府
二、先进护林站:
北山护林站
南坡护林站
先进乡镇政府、护林站奖励奖金2万元,先进护林员奖励奖金
"""

# An opinion whose every sentence says its title's words, one of them naming the 五公开 it counts.
OPENNESS = """示范市人民政府办公室关于全面推进政务公开工作的实施意见
示政办发〔2032〕9号
一、把握总体要求
(一)总体要求
坚持以公开为常态、不公开为例外,推进行政决策、执行、管理、服务和结果“五公开”,进一步激发市场活力。
(二)工作目标
到2033年,全市政务公开工作总体水平迈上新台阶,信息公开、政策解读、回应关切、公众参与等统筹推进。
二、推进政务公开平台建设
各部门要加强政务公开平台建设,全市政务公开工作纳入绩效考核。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("right_passage")
    with invented_plans_service(folder, DIVISION, PRINCIPLES, COMMENDED, OPENNESS) as service:
        yield service


def said(service: QueryService, question: str) -> str:
    answer = service.ask(question)
    text = render_plain(answer).split("出处")[0]
    assert answer.found and not answer.hedged, text
    return text


def test_this_year_is_the_year_the_document_was_issued(service: QueryService) -> None:
    """2033年…坚持的基本思路: the sentence saying 今年…坚持“…”的基本思路 in a notice issued in
    2033 is of 2033, though the only year it writes is the 2032 it goes by."""
    assert "一稳、两进、三提升" in said(service, "示范市2033年政府工作坚持的基本思路是啥")


def test_an_item_asked_by_its_place_in_the_list(service: QueryService) -> None:
    """基本原则第一条: the principle numbered 1, not whichever one says the plan's words most."""
    text = said(service, "示范市品牌提升行动计划基本原则第一条是什么?")
    assert "坚持示范引领" in text or "从数量向质量转变" in text, text
    assert "开放合作" not in text and "创新发展" not in text, text


def test_the_lines_under_a_heading_are_the_list_asked(service: QueryService) -> None:
    """评上先进乡镇的是哪两个: both units under 一、先进乡镇, not the reward rule that says
    先进乡镇 itself."""
    text = said(service, "示范市2032年植树护绿评上先进乡镇的是哪两个?")
    assert "东湖镇人民政府" in text and "西岭乡人民政府" in text, text


def test_the_sentence_writing_the_numbered_name_asked(service: QueryService) -> None:
    """五公开是哪五个: the sentence writing “五公开” sets out the five, though the question's
    search words keep only 公开 of it."""
    text = said(service, "示范市政务公开实施意见说的五公开是哪五个?")
    assert "决策、执行、管理、服务和结果" in text, text
