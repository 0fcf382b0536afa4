"""A province the store holds no plan of, asked about: the store's cities in it answer (the
gazetteer says which province a city lies in), and the reply names the cities. Invented plans
of real cities, so that the gazetteer knows where they are."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from invented_plans import invented_plans_service
from policybot.knowledge.provinces import gazetteer_parents
from policybot.knowledge.service import QueryService

CITY = """嘉兴市人民政府关于印发嘉兴市示范品牌三年行动计划(2030—2032年)的通知
嘉政发〔2030〕5号
各县(市、区)人民政府,市政府各部门:
现将《嘉兴市示范品牌三年行动计划(2030—2032年)》印发给你们,请认真贯彻执行。
一、主要目标
到2031年,全市新增示范品牌企业12家。
二、政策措施
对新获得示范品牌认证的企业,给予一次性奖励20万元。(牵头单位:市示范局)
嘉兴市人民政府
2030年3月1日
"""
DISTRICT = """绍兴市柯桥区人民政府办公室关于推进示范品牌建设的实施意见
柯政办发〔2030〕9号
各镇人民政府、街道办事处,区政府各部门:
为推进示范品牌建设,现提出如下实施意见。
一、到2031年,全区新增示范品牌企业5家。(牵头单位:区示范局)
二、2031年6月底前完成示范品牌企业名单认定。
绍兴市柯桥区人民政府办公室
2030年4月2日
"""
OTHER_PROVINCE = """佛山市人民政府关于示范品牌建设的意见
佛府〔2030〕2号
到2031年,全市新增示范品牌企业30家。
佛山市人民政府
2030年5月6日
"""


ASKED = datetime(2031, 3, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("provinces")
    with invented_plans_service(folder, CITY, DISTRICT, OTHER_PROVINCE, now=ASKED) as service:
        yield service


def test_a_question_naming_the_province_is_answered_by_its_cities_and_names_them(
    service: QueryService,
) -> None:
    """User trial: 浙江省… got 未找到 (收录的文件没有浙江省的内容) with two of its cities stored."""
    answer = service.ask("浙江省2031年要新增多少家示范品牌企业?")
    assert answer.found
    assert {(fact.value, fact.region) for fact in answer.facts} == {
        ("12家", "嘉兴市"),
        ("5家", "绍兴市柯桥区"),
    }
    assert answer.title.startswith("浙江省内的嘉兴市、绍兴市柯桥区")
    assert "佛山" not in answer.title  # a city of another province is not in it
    (note,) = [note for note in answer.notes if "浙江省" in note]
    assert "没有浙江省本级的规划" in note and "嘉兴市" in note and "绍兴市柯桥区" in note


def test_the_note_names_only_the_cities_the_answer_comes_from(service: QueryService) -> None:
    answer = service.ask("浙江省示范品牌认证奖励多少?")
    assert answer.found and answer.headline == "20万元"
    assert "以上来自嘉兴市的文件" in answer.notes[-1] and "柯桥" not in answer.notes[-1]


def test_the_lookup_commands_read_a_province_the_same_way(service: QueryService) -> None:
    listed = service.targets("浙江省")
    assert listed.found and listed.title == "浙江省内的嘉兴市、绍兴市柯桥区 · 目标"
    assert sorted(fact.value or "" for fact in listed.facts) == ["12家", "5家"]
    due = service.deadlines("浙江")
    assert due.found and due.title.startswith("浙江省内的")
    assert {fact.region for fact in due.facts} == {"嘉兴市", "绍兴市柯桥区"}


def test_a_province_none_of_whose_cities_is_stored_is_still_not_found(
    service: QueryService,
) -> None:
    answer = service.ask("江苏省2031年要新增多少家示范品牌企业?")
    assert not answer.found and "江苏省" in answer.headline
    assert not service.targets("江苏省").found


def test_a_city_out_of_the_store_is_not_answered_by_its_provinces_other_cities(
    service: QueryService,
) -> None:
    """杭州市…浙江省…: the question is about 杭州, which 嘉兴's rule does not answer."""
    answer = service.ask("杭州市对获得浙江省示范品牌的企业奖励多少?")
    assert not answer.found and "杭州市" in answer.headline


def test_a_name_two_divisions_bear_names_neither_city() -> None:
    """青山区 is a district of 包头市 and of 武汉市: an unknown 青山县 (the gazetteer reads it
    as 青山 + a suffix) is placed under neither, while a name one division bears keeps its
    parents."""
    assert gazetteer_parents("青山县") == frozenset()
    assert "佛山市" in gazetteer_parents("南海区")


PROVINCE_RULE = """浙江省人民政府办公厅关于印发浙江省示范品牌奖励办法的通知
浙政办发〔2030〕3号
各市、县(市、区)人民政府:
对首次获得省示范品牌称号的企业,省财政给予一次性奖励50万元。
浙江省人民政府办公厅
2030年2月1日
"""


@pytest.fixture(scope="module")
def with_province_rule(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    """The same plans, and a rule of the province itself (its own document: a reward only)."""
    folder: Path = tmp_path_factory.mktemp("province-held")
    with invented_plans_service(folder, CITY, DISTRICT, PROVINCE_RULE, now=ASKED) as service:
        yield service


def test_a_held_provinces_own_rule_answers_first(with_province_rule: QueryService) -> None:
    answer = with_province_rule.ask("浙江省示范品牌奖励多少?")
    assert answer.found and answer.headline == "50万元"
    assert not any("以上来自" in note for note in answer.notes)


def test_a_held_province_silent_on_a_question_is_answered_by_its_cities(
    with_province_rule: QueryService,
) -> None:
    """Attacker trial: once a plan of 广东省 itself was stored, 广东省有哪些目标 said 未找到
    although its cities' plans hold targets."""
    answer = with_province_rule.ask("浙江省有哪些目标?")
    assert answer.found
    assert sorted(fact.value or "" for fact in answer.facts) == ["12家", "5家"]
    (note,) = [note for note in answer.notes if "以上来自" in note]
    assert "浙江省本级的文件没有相关内容" in note and "嘉兴市" in note
    listed = with_province_rule.targets("浙江省")
    assert listed.found and sorted(f.value or "" for f in listed.facts) == ["12家", "5家"]


def test_a_held_province_and_its_cities_still_refuse_what_none_says(
    with_province_rule: QueryService,
) -> None:
    assert not with_province_rule.ask("浙江省2031年地区生产总值要达到多少?").found


def test_every_lookup_reads_a_province_as_its_cities(service: QueryService) -> None:
    """/rewards 浙江省 had searched for the word 浙江省, /doc 浙江省 found no file, and the
    overview for a bare 浙江省 linked /targets 嘉兴市 under the province's counts."""
    rewards = service.rewards("浙江省")
    assert rewards.found and rewards.title.startswith("浙江省内的")
    assert [fact.value for fact in rewards.facts] == ["20万元"]
    documents = service.document("浙江省")
    assert documents.found and documents.total == 2
    overview = service.ask("浙江省")
    assert overview.title == "浙江省内的嘉兴市、绍兴市柯桥区"
    assert "目标 2 项: /targets 浙江省" in overview.suggestions


def test_a_held_provinces_overview_counts_its_cities(with_province_rule: QueryService) -> None:
    overview = with_province_rule.ask("浙江省")
    assert "目标 2 项: /targets 浙江省" in overview.suggestions
    assert "奖励 2 项: /rewards 浙江省" in overview.suggestions
    assert "文件 3 份: /doc 浙江省" in overview.suggestions
