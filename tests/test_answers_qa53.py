"""Answers after the fresh batch qa46 (issue 12, helper qa53). A page whose header states the
day the document lapses (失效日期:2031-12-31) answers 还有效吗 with that day, said against
today; a how-many question counting firms or people (每年评几家) is not answered by sentences
about the award that count none of them. Every text is invented (made-up places, figures and
names); the places are this module's own (棠梨). Asked which district or town is given the
most (哪个区任务最多), the answer leads with the place whose figure is largest (or smallest), every
place of the row weighed, also past the twelve an answer otherwise lists. Asked how many years a
plan takes (用几年时间), its sentence saying so (用4年左右的时间) answers, not its title."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

LAPSING_RULE = """索引号:99990000/2031-0001主题词:茶叶文号:棠政办发〔2031〕7号
信息类别:法规文件发文日期:2031-03-02发布机构:法制办
统一登记号:TLDR-2031-00007失效日期:2031-12-31公开方式:主动公开

棠梨市2031年茶产业发展扶持办法

棠梨市人民政府办公室
关于印发《棠梨市2031年茶产业发展扶持办法》的通知
各乡镇人民政府、街道办事处,市直机关各有关单位:
《棠梨市2031年茶产业发展扶持办法》已经市人民政府同意,现予印发,请认真遵照执行。
棠梨市人民政府办公室
2031年3月2日

棠梨市2031年茶产业发展扶持办法
一、对新认定的市级龙头企业,一次性奖励5万元。
"""

AWARD_RULE = """棠梨县人民政府2031年5月27日(此件公开发布)
棠梨县县长质量奖管理办法
第一条为鼓励各类组织提升质量,制定本办法。
第七条棠梨县质量发展委员会负责棠梨县县长质量奖评审工作。
第十一条县质量办每年发布本年度棠梨县县长质量奖的申报通知,申报组织在内部公示不少于7个工作日。
第十二条县政府向获奖组织颁发奖牌。
第十三条棠梨县县长质量奖每年评选不超过3家组织。
"""


TOWNS = ("甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸", "子", "丑", "寅", "卯")
# Fourteen districts, the largest quota the last (past the twelve a row shows).
SPLIT_PLAN = city_plan(
    "一、目标分解\n2031年,各区新增就业人数不少于:"
    + "、".join(f"{town}坪区{10 + n}人" for n, town in enumerate(TOWNS[:-1]))
    + f"、{TOWNS[-1]}坪区90人。\n"
    + "2031年,各区新增省名牌产品不少于:棠梨区12个、溪口区30个、枫林区7个。\n"
    + "二、总体目标\n用4年左右的时间,使全市茶叶品牌影响力明显提升。\n"
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("qa53")
    with invented_plans_service(folder, LAPSING_RULE) as service:
        yield service


@pytest.fixture(scope="module")
def award_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("qa53_award")
    with invented_plans_service(folder, AWARD_RULE) as service:
        yield service


def test_a_header_lapse_date_answers_whether_the_rule_still_applies(
    service: QueryService,
) -> None:
    reply = ask(service, "棠梨那个2031年茶产业扶持办法现在还有效吗?")
    assert "2031-12-31" in reply and "未找到" not in reply, reply


def test_a_count_of_winners_is_not_answered_by_sentences_counting_none(
    tmp_path: Path,
) -> None:
    text = AWARD_RULE.replace("第十三条棠梨县县长质量奖每年评选不超过3家组织。\n", "")
    with invented_plans_service(tmp_path, text) as service:
        reply = ask(service, "棠梨县长质量奖每年评几家?")
    assert "未找到" in reply, reply


def test_a_count_of_winners_written_is_answered(award_service: QueryService) -> None:
    reply = ask(award_service, "棠梨县长质量奖每年评几家?")
    assert "3家" in reply and "未找到" not in reply, reply


@pytest.fixture(scope="module")
def split_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("qa53_split")
    with invented_plans_service(folder, SPLIT_PLAN) as service:
        yield service


def test_which_district_has_the_most_leads_with_the_largest(split_service: QueryService) -> None:
    reply = ask(split_service, "示范市2031年哪个区新增省名牌产品最多?")
    assert reply.splitlines()[1].startswith("答: 最多") and "溪口区" in reply.splitlines()[1], reply


def test_which_district_has_the_least_leads_with_the_smallest(
    split_service: QueryService,
) -> None:
    reply = ask(split_service, "示范市2031年新增省名牌产品哪个区最少?")
    assert reply.splitlines()[1].startswith("答: 最少") and "枫林区" in reply.splitlines()[1], reply


def test_the_largest_is_found_past_the_twelve_places_a_row_shows(
    split_service: QueryService,
) -> None:
    reply = ask(split_service, "示范市2031年新增就业哪个区任务最多?")
    lead = reply.splitlines()[1]
    assert lead.startswith("答: 最多") and "卯坪区" in lead and "90人" in lead, reply


def test_how_many_years_is_answered_by_the_sentence_saying_so(split_service: QueryService) -> None:
    reply = ask(split_service, "示范市品牌提升行动计划打算用几年时间?")
    assert "4年" in reply.splitlines()[1] and "未找到" not in reply, reply
