"""Answers an attack on invented plans found wanting (stop 38): a number question answered by a
sentence leads with the number, a plan's eligibility thresholds answer 有什么要求."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

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


# Invented: reward rules whose second rule's sentence closes with the year's cap, and a
# no-stacking sentence that states a cap of its own.
CAP_PLAN = """示范市人民政府关于印发示范市标准奖励办法的通知
示政发〔2031〕28号
示范市人民政府
2031年4月1日
示范市标准奖励办法
一、奖励标准
1.对主导制定国际标准的单位,每项奖励40万元。
2.对主导制定国家标准的单位,每项奖励20万元,全年奖励资金总额不超过90万元。
"""
STACKING_PLAN = """乙川市人民政府关于印发乙川市品牌奖励办法的通知
乙政发〔2031〕29号
乙川市人民政府
2031年4月2日
乙川市品牌奖励办法
一、奖励标准
1.对新获得中国驰名商标的企业给予80万元奖励。
二、其他
同一企业同一年度获得多项奖励的,按就高不重复原则执行,单个企业年度奖励总额最高不超过120万元。
"""


def test_a_cap_closing_a_rule_is_answered_by_its_clause_cited_as_the_documents(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with invented_plans_service(tmp_path_factory.mktemp("cap38"), CAP_PLAN) as service:
        answer = service.ask("奖励有没有上限")
    reply = render_plain(answer, quotes=True)
    assert reply.splitlines()[1] == "答: 全年奖励资金总额不超过90万元", reply
    (line,) = answer.facts
    assert line.citation.quote == "全年奖励资金总额不超过90万元", line
    assert line.citation.section == "一、奖励标准", line  # not the rule's item (一、奖励标准 / 2)
    assert reply.count("不超过90万元") == 2, reply  # the answer and its 出处, not a 注 again


def test_the_no_stacking_reply_states_its_cap_once(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with invented_plans_service(tmp_path_factory.mktemp("stack38"), STACKING_PLAN) as service:
        reply = ask(service, "奖励能叠加吗")
    assert "就高不重复" in reply.splitlines()[1], reply
    assert reply.count("不超过120万元") == 1, reply


def test_the_preview_counts_the_units_the_store_keeps() -> None:
    """A unit named short (以下简称“市质量办”) on a deadline only, and a 配合 unit of a duty: the
    preview's 责任单位 are those confirming stores (3 were shown where 4 were kept)."""
    text = city_plan(
        "一、主要目标\n到2033年,全市产品抽检合格率达到95%以上。"
        "成立示范市质量工作领导小组(以下简称“市质量办”)。\n二、重点工作\n"
        "(一)质量抽检。每季度开展一次重点产品质量抽检。(牵头单位:市质检院;配合单位:市质量办、各街道)\n"
        "(二)人员培训。2032年6月底前完成全市质量管理人员培训。(牵头单位:市质量办;配合单位:各街道)\n"
    )
    extraction = extract_text(text, "units.txt")
    named = {
        name
        for record in extraction.fact_records()
        for name in (*record.lead_units, *getattr(record, "support_units", []))
    }
    assert named <= set(extraction.units), (named, extraction.units)
    assert "市质量办" not in extraction.units, extraction.units


# Invented: a city's plan with a quarterly duty and a later deadline, and its district's plan.
CITY_DUTIES = city_plan(
    "一、重点任务\n(一)推进品牌建设。每季度召开一次品牌建设推进会。(牵头单位:市市场监管局)\n"
    "(二)完成品牌调查。2032年9月底前完成全市品牌资源调查。(牵头单位:市统计局)\n"
)
DISTRICT_PLAN = """示范市南岭区人民政府关于印发南岭区质量工作方案的通知
南府发〔2031〕9号
示范市南岭区人民政府
2031年4月2日
南岭区质量工作方案
一、工作任务
(一)加强质量监管。2032年6月底前完成区内重点产品抽检。(牵头单位:区经济促进局)
"""


@pytest.fixture(scope="module")
def city_and_district(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("district38")
    with invented_plans_service(folder, CITY_DUTIES, DISTRICT_PLAN) as service:
        yield service


def test_a_districts_question_does_not_put_its_citys_task_under_its_name(
    city_and_district: QueryService,
) -> None:
    reply = ask(city_and_district, "南岭区品牌建设由谁牵头")
    title = reply.splitlines()[0]
    assert not title.startswith("示范市南岭区"), reply
    assert title.startswith("示范市"), reply
    assert "南岭区自己的文件没有写" in reply, reply


def test_a_windows_one_duty_leads_with_the_duty_due_not_its_frequency(
    city_and_district: QueryService,
) -> None:
    reply = ask(city_and_district, "今年有哪些工作要在3月底前完成")
    assert reply.splitlines()[1] == "答: 2032-03-31 召开品牌建设推进会(每季度)", reply


# A notice whose decision runs past what a reply shows, its no-repeat clause in brackets at
# the end of it.
LONG_NOTICE = """丙川市人民政府关于表彰2031年度工业稳增长先进单位和企业的通报
丙政发〔2032〕3号
各县(区)人民政府,市政府各工作部门:
2031年,全市工业经济克服原材料价格上涨、订单减少等诸多困难,保持了平稳较快增长。为了表彰先进,\
激励各单位和全市工业企业继续做好工业经济发展的各项工作,促进全市工业经济平稳较快增长,确保完成\
2032年工业经济目标任务,根据《丙川市人民政府关于进一步做好工业稳增长工作的实施意见》精神,市政府\
决定:对2031年工业增加值指标完成较好、新增规模以上企业户数较多且贡献较大的12个单位,以及工业\
总产值增速较快、总量较大的15户工业企业予以通报表彰,受表彰的工业企业可给每位职工增发一个月工资\
作为奖励(凡省政府表彰奖励过的不再重复奖励)。
丙川市人民政府
2032年2月20日
"""


def test_a_no_repeat_clause_cut_from_a_long_shown_sentence_is_kept_as_its_note(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """The note was dropped as "already said" by the rule's sentence, which the reply shows cut
    to its first 200 characters, without the clause."""
    with invented_plans_service(tmp_path_factory.mktemp("long38"), LONG_NOTICE) as service:
        reply = ask(service, "丙川工业稳增长表彰,省政府已经奖励过的还重复奖励吗?")
    assert "凡省政府表彰奖励过的不再重复奖励" in reply, reply


# Invented: a city plan whose task table names a district that has no plan of its own.
CITY_WITH_DISTRICT_ROWS = city_plan(
    "一、重点任务\n(一)推进品牌建设。每季度召开一次品牌建设推进会。(牵头单位:市市场监管局)\n"
    "二、各区目标\n到2032年,各区新增省级品牌企业数量不少于:南岭区10家、北岗区8家。\n"
)


def test_a_district_without_a_plan_is_not_said_to_have_files_that_omit_it(
    tmp_path: Path,
) -> None:
    with invented_plans_service(tmp_path, CITY_WITH_DISTRICT_ROWS) as service:
        reply = ask(service, "南岭区品牌建设由谁牵头")
    assert "自己的文件没有写" not in reply, reply
    assert "没有单独收录文件;以上是示范市的文件所写" in reply, reply
