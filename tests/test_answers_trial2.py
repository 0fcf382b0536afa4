"""Trial 2 answering defects: a count asked in a measure word, the asker's own place and year,
a figure the plans never state, a unit's tasks across cities. The store holds invented plans."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, invented_plans_service

STEPS = city_plan(
    """一、重点工作
(一)推进试点培育工作。制定我市“样板制造”品牌培育发展计划。2032年在3家企业开展试点培育,2033年开始实施常态培育推进。(责任单位:市经信局、市科技局)
二、实施步骤
(一)宣传发动(2031年9月底前)。各相关单位开展企业的调查摸底工作。组织企业参加全省第一期“样板制造”品牌培育训练营活动。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("trial2")
    with invented_plans_service(folder, STEPS) as service:
        yield service


def test_an_ordinal_is_no_count(service: QueryService) -> None:
    """多少家 asks a count of firms: 第一期 (one of a series) says none. The reply is the
    sentence with 家 in it, or says it is not found, never the ordinal's sentence."""
    reply = ask(service, "示范市样板制造品牌培育企业要多少家")
    assert "训练营" not in reply
    assert "3家" in reply or "未找到" in reply


YEARLY = """示范市东区人民政府办公室关于印发东区品牌工作要点的通知
示东政办发〔2032〕3号
示范市东区品牌工作要点
一、工作目标
到2032年,全区新增省名牌产品12个,培育细分行业龙头企业40家,新增马德里注册商标6件。
二、重点工作
(一)高标准完成各项创建任务。按照工作方案的部署推进各项工作落实,集中力量解决重点、难点任务,确保各项工作有序推进。(责任单位:区质量强区办)
"""


@pytest.fixture(scope="module")
def yearly(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("trial2yearly")
    with invented_plans_service(folder, STEPS, YEARLY) as service:
        yield service


@pytest.mark.parametrize(
    "question",
    [
        "我们公司在示范东区,今年要完成什么",
        "我们公司在示范市东区,今年要完成什么",
        "我们在东区,今年要完成哪些",
    ],
)
def test_what_the_asker_must_finish_this_year_is_the_list(
    yearly: QueryService, question: str
) -> None:
    """我们公司在X,今年要完成什么 asks for X's targets of the year, all of them, not one duty;
    the city written before its district (示范东区) only says where the district is."""
    reply = ask(yearly, question)
    assert "12个" in reply and "40家" in reply and "6件" in reply
    assert "集中力量" not in reply


TRADE_LED = city_plan(
    """一、主要目标
到2032年,全市新增驰名商标5件。(牵头单位:市工商局)
"""
)

TASKS_ONLY = """样板市人民政府办公室关于印发样板市品牌建设行动计划的通知
样政办发〔2031〕9号
样板市品牌建设行动计划(2031—2033年)
一、重点行动计划
(一)品牌走出去计划
积极引导品牌企业“走出去”,推进商标海外注册,鼓励企业到海外投资设厂。(责任单位:市商务局、市工商局)
(二)知名品牌培育计划
遴选一批潜力企业,帮助企业完善计量、标准及质量保证能力。(责任单位:市工商局、市质监局)
"""


@pytest.fixture(scope="module")
def two_cities(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("trial2units")
    with invented_plans_service(folder, TRADE_LED, TASKS_ONLY) as service:
        yield service


def test_a_units_tasks_of_each_city_are_listed(two_cities: QueryService) -> None:
    """/units 市工商局 names both cities' offices: each one's tasks are listed, also those of
    the city whose plan gives it tasks under headings only, with no stored item."""
    reply = render_plain(two_cities.units("市工商局"))
    assert "驰名商标" in reply and "商标海外注册" in reply


@pytest.mark.parametrize("name", ["样板 市工商局", "样板市工商局"])
def test_a_unit_leading_only_tasks_is_found(two_cities: QueryService, name: str) -> None:
    reply = render_plain(two_cities.units(name))
    assert "未找到" not in reply
    assert "商标海外注册" in reply and "完善计量" in reply and "驰名商标" not in reply


def test_the_count_of_a_unit_leading_only_tasks_is_of_its_tasks(two_cities: QueryService) -> None:
    """样板市工商局负责什么: the count says it answers for the two tasks it lists, not 牵头 0
    项; their notes name it only as one of two 责任单位, so it is 共同负责, never 牵头 (role39)."""
    reply = ask(two_cities, "样板市工商局负责什么")
    assert "牵头 0 项" not in reply and "共同负责 2 项" in reply and "牵头 2 项" not in reply


MEETING = city_plan(
    """本计划已经市政府第12次常务会议审议通过。
一、主要目标
到2032年,全市新增省名牌产品12个。
"""
)


def test_an_ordinal_asked_is_answered(tmp_path: Path) -> None:
    """第几次 asks an ordinal: 第12次 is the answer, which a count question never takes."""
    with invented_plans_service(tmp_path, MEETING) as service:
        reply = ask(service, "示范市品牌提升行动计划是市政府第几次常务会议通过的?")
    assert "第12次" in reply and "未找到" not in reply


FARMS = city_plan(
    """一、总体目标
到2033年,全市培育200个地方性品牌。
二、重点行动计划
(一)知名品牌培育计划
以蔬菜种植、水产养殖、农产品加工等为重点,着力打造一批综合性现代都市农业示范园区,其中在我国中部地区领先、全国一流的现代都市农业示范园区3个以上。(责任单位:市农委)
"""
)

GROWTH = """样板市人民政府关于下达2032年经济社会发展主要指标的通知
样政发〔2032〕2号
2032年全市经济社会发展主要指标为:地区生产总值增长7%左右;城镇新增就业3万人。
样板市人民政府
2032年1月5日
"""


def test_gdp_is_one_measure_not_a_region(tmp_path: Path) -> None:
    """GDP (地区生产总值) is one measure: a sentence that says 中部地区 and no 生产总值 does
    not answer it, not even in part."""
    with invented_plans_service(tmp_path, FARMS, GROWTH) as service:
        reply = ask(service, "示范市2032年GDP目标多少")
        elsewhere = ask(service, "样板市2032年GDP目标多少")
    assert "未找到" in reply and "仅供参考" not in reply and "示范园区" not in reply
    assert "7%" in elsewhere and "未找到" not in elsewhere


def test_the_count_over_two_cities_includes_the_task_only_office(two_cities: QueryService) -> None:
    """/units 市工商局 lists the task-only office's tasks in 样板市 beside the other city's
    item, and its header counts them too (it gave 牵头 1 项 for three 牵头 lines listed). The
    样板市 tasks name it only as one of two 责任单位: 共同负责, not 牵头 (role39)."""
    answer = two_cities.units("市工商局")
    reply = render_plain(answer)
    assert "商标海外注册" in reply and "完善计量" in reply and "驰名商标" in reply
    listed = [line.note or "" for line in answer.facts]
    led = sum("牵头" in note for note in listed)
    joint = sum("共同负责" in note for note in listed)
    # A zero count is left out (配合 0 项 read as if it supported nothing anywhere).
    assert led == 1 and f"牵头 {led} 项" in (answer.headline or "")
    assert joint == 2 and f"共同负责 {joint} 项" in (answer.headline or "")
    assert "配合 0 项" not in (answer.headline or "")
