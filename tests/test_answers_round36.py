"""Answers round 36 (issue 12): a word of the question naming which kind is asked (团体标准,
中国名牌) is never dropped to list what falls due in a window; duties led by a unit in several
regions are grouped by region; a window's list puts what is due once first and folds the duties
every year or quarter into one line. Every text is invented (made-up places, figures)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import city_plan, invented_plans_service

REFUSAL = "未找到"
HEDGE = "部分相符"

# Targets falling due at the end of 2032 (the asking year): national and trade standards only.
STANDARDS = city_plan(
    """一、主要目标
到2032年底,全市企业主导或参与制定国家标准20项,企业主导或参与制定行业标准30项,培育示范市名牌企业40家,全市有效期内省名牌产品达到50个。
二、保障措施
(一)加强组织领导。由市质监局牵头,建立联席会议制度。
"""
)

# Another region's plan that writes the kind asked about (团体标准, 中国名牌), so the store
# knows those words: they name things of its own, not unknown typing.
ELSEWHERE = """样板县标准化工作要点
一、工作任务
1.鼓励企业制定团体标准,对获得中国名牌产品的企业给予支持。(县质监局牵头)
样板县人民政府
2031年5月6日
"""


# A county plan with a few items due once by the end of 2032 and many duties every year.
ROUTINE = """样板县质量提升行动计划(2031—2033年)
一、主要目标
到2032年底,全县新增省名牌产品5个,建成检验检测中心1个。
2032年6月底前,完成质量状况调查。
二、主要任务
1.每年组织质量培训班3期以上。
2.每年帮扶企业50家以上。
3.每年开展质量义诊企业10家以上。
4.每年新增质量管理体系认证企业20家以上。
5.每年组织产品质量分析会4期。
6.每年开展认证活动监督检查6次以上。
7.每年检查获证企业30家以上。
8.每年开展产品质量风险监测2次以上。
9.每季度对重点工业品质量状况进行分析研判。
样板县人民政府
2031年5月6日
"""


# A notice paying the tiers 一等奖 and 二等奖 only.
TIERS = """样板县人民政府关于表彰2031年度纳税大户企业的决定
一、对获得纳税大户一等奖的企业,每家奖励8万元。
二、对获得纳税大户二等奖的企业,每家奖励4万元。
样板县人民政府
2031年12月6日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round36")
    with invented_plans_service(Path(folder), STANDARDS, ELSEWHERE, ROUTINE, TIERS) as service:
        yield service


def test_a_kind_no_item_due_says_is_not_answered_by_the_others(service: QueryService) -> None:
    """今年底前…团体标准要多少项, where what falls due then counts 国家标准 and 行业标准: not a
    confident list of those two."""
    reply = _ask(service, "示范市今年底前企业参与制定团体标准要多少项?")
    assert REFUSAL in reply, reply


def test_a_title_level_no_item_due_says_is_not_answered(service: QueryService) -> None:
    reply = _ask(service, "示范市到今年底要培育多少中国名牌企业?")
    assert REFUSAL in reply, reply


def test_the_kind_an_item_due_says_is_answered(service: QueryService) -> None:
    reply = _ask(service, "示范市今年底前企业参与制定国家标准要多少项?")
    assert "20项" in reply and REFUSAL not in reply and HEDGE not in reply, reply


def test_a_partial_match_of_another_level_says_which_level_it_has(service: QueryService) -> None:
    """国家级名牌产品 asked, only a 省名牌产品 count held: the first line says 未找到 the level
    asked and that the documents have the 省级 one, not a bare 部分相符 over the figure."""
    reply = _ask(service, "示范市2032年国家级名牌产品要多少个?")
    head = reply.splitlines()[1]
    assert head.startswith(REFUSAL) and "国家级" in head and "省级" in head, reply


def test_a_windows_long_list_folds_the_routine_into_one_line(service: QueryService) -> None:
    """年底前样板县要完成什么: what is due once by then is listed; the duties of every year or
    quarter are one line counting them, so the reply fits a phone's page."""
    reply = _ask(service, "年底前样板县要完成什么?")
    assert "5个" in reply and "质量状况调查" in reply, reply
    assert "每年帮扶企业" not in reply and "分析研判" not in reply, reply
    assert "常规工作" in reply, reply
    assert len(reply.splitlines()) <= 15, reply


def test_a_few_tasks_of_a_unit_in_two_regions_are_listed_each_with_its_region(
    service: QueryService,
) -> None:
    """质监局牵头的任务有哪些, where a 质监局 of each of two regions leads one task: the two fit a
    page, so they are listed, each line saying its region (the ask-which reply is for lists longer
    than a page: tests/test_answers_round6.py asks it over the seeds' 80-odd tasks). Stop 38:
    each region's line under a heading of its own, the offices never merged in one list."""
    reply = _ask(service, "质监局牵头的任务有哪些?")
    lines = reply.splitlines()
    assert "请说明是哪个地区" not in reply, reply
    first = next(n for n, line in enumerate(lines) if line.startswith("1)"))
    second = next(n for n, line in enumerate(lines) if line.startswith("2)"))
    assert lines[first - 1] == "【示范市】" and lines[second - 1] == "【样板县】", reply
    assert len(lines) <= 15, reply


def test_a_tier_no_reward_names_is_not_answered_by_the_others(service: QueryService) -> None:
    """纳税大户特等奖奖金多少, of a notice paying 一等奖 and 二等奖: 未找到, not their list."""
    reply = _ask(service, "我们公司是样板县纳税大户特等奖,奖金多少?")
    assert REFUSAL in reply and "8万元" not in reply, reply
    assert "8万元" in _ask(service, "我们公司是样板县纳税大户一等奖,奖金多少?")


def test_a_windows_folded_list_counts_the_routine_in_its_lead(service: QueryService) -> None:
    """trial59 M3: the lead said 共 N 项 of the items due once only, read as all that is due;
    it counts the folded duties too."""
    reply = _ask(service, "年底前样板县要完成什么?")
    lead = reply.splitlines()[1]
    assert lead.startswith("答: 共 ") and ",另有常规工作 " in lead, reply
