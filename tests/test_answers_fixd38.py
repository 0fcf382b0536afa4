"""Answers an attack and a trial on invented uploads found wrong (stop 38): one district name in
two cities' plans (东湖区), a place's office asked by its short name (东湖区市场监管局), a firm's
achievements joined by 又/还 or listed under one role, and a scope clause rewarding only firms
registered in the region. Every plan here is invented."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.reward_claims import looks_like_calculation, read_claims
from policybot.knowledge.service import QueryService
from policybot.scheduler.topics import resolve

# Invented (the attack's 青川 and 白沙): two cities, each with a district called 东湖区.
QINGCHUAN = """青川市人民政府办公室关于印发青川市质量品牌提升三年行动实施方案的通知
青府办〔2027〕12号

各区人民政府，市政府各部门：
《青川市质量品牌提升三年行动实施方案（2027—2029年）》已经市政府同意，现印发给你们，请认真贯彻执行。

青川市人民政府办公室
2027年2月20日

青川市质量品牌提升三年行动实施方案（2027—2029年）

一、总体目标
到2029年底，全市新增省级名牌产品30个，新增国家标准制修订10项。
东湖区每年新增规模以上工业企业质量管理体系认证不少于20家。

二、实施步骤
（一）实施阶段（2027年7月—2028年12月）。东湖区市场监督管理局每月5日前报送上月工作进展情况。

三、重点任务
序号
任务内容
牵头单位
完成时限
1
培育东湖区省级名牌产品8个
东湖区市场监督管理局
2028年12月底前
2
建设质量基础设施一站式服务站3个
市市场监管局
2027年12月31日前

四、奖励办法
（一）企业主导制定国际标准的，每项给予100万元奖励；主导制定国家标准的，每项给予50万元奖励。
（二）新获得省级名牌产品的，给予20万元奖励。
（三）同一企业同一项目符合本办法多项奖励条件的，按就高原则给予奖励，不重复奖励。本办法适用于在青川市行政区域内注册并依法纳税的企业。

五、保障措施
东湖区市场监督管理局负责具体组织实施。
"""

BAISHA = """白沙市人民政府办公室关于印发白沙市品牌建设行动方案的通知
白府办〔2027〕3号

各区人民政府：
现将《白沙市品牌建设行动方案》印发给你们，请遵照执行。

白沙市人民政府办公室
2027年3月1日

白沙市品牌建设行动方案

一、目标任务
到2028年底，东湖区新增省级名牌产品5个。
东湖区市场监督管理局每月10日前报送上月品牌建设进展。
"""

# Invented: a district's own plan whose office is written 区市场监管局 (no place before it).
XIKOU = """海州市溪口区人民政府办公室关于印发溪口区品牌建设实施意见的通知
溪政办〔2027〕5号
海州市溪口区人民政府办公室
2027年4月1日
溪口区品牌建设实施意见
一、主要任务
（一）推进试点培育工作。区市场监管局牵头，2027年底前在企业开展试点培育2家。
"""

# Invented: a reward document with a scope clause listing its districts (城关区 a real name the
# gazetteer knows, so that 在示范市城关区 is read as the firm's place).
REWARDS = """示范市人民政府关于印发示范市品牌奖励办法的通知
示政发〔2031〕21号
示范市人民政府
2031年3月1日
示范市品牌奖励办法
一、奖励标准
1.对通过行政途径新获得中国驰名商标的企业,给予100万元的奖励。
2.对新获得浙江名牌产品的企业,给予30万元的奖励。
3.对主导(即第一起草单位)制修订国际标准、国家标准的单位,分别给予100万元、50万元的奖励;参与制修订国际标准、国家标准的单位,分别给予30万元、10万元的奖励。
4.对获得区长质量奖的企业,给予20万元奖励。
二、其他
奖励政策适用于示范市本级、城关区。
"""
W = 10_000


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    from datetime import UTC, datetime

    folder = tmp_path_factory.mktemp("fixd38")
    now = datetime(2027, 11, 10, 2, tzinfo=UTC)
    with invented_plans_service(folder, QINGCHUAN, BAISHA, XIKOU, REWARDS, now=now) as service:
        yield service


# -- 5. one district name in two cities ----------------------------------------------------------


def test_a_district_of_two_cities_is_answered_for_each_city(service: QueryService) -> None:
    reply = ask(service, "东湖区2028年要新增几个省级名牌")
    assert "白沙市 5个" in reply and "青川市 8个" in reply, reply


def test_a_city_wide_target_is_not_the_districts(service: QueryService) -> None:
    reply = ask(service, "东湖区的目标有哪些")
    assert "全市新增省级名牌产品" not in reply and "新增国家标准制修订" not in reply, reply
    assert "培育东湖区省级名牌产品" in reply and "东湖区新增省级名牌产品" in reply, reply
    assert "(青川市)" in reply and "(白沙市)" in reply, reply
    own = ask(service, "青川东湖区的目标有哪些")
    assert "全市新增省级名牌产品" not in own and "培育东湖区省级名牌产品" in own, own
    assert "5个" not in own, own


# -- 6. a place's office by its short name ---------------------------------------------------------


@pytest.mark.parametrize("question", ["东湖区市场监管局要干啥", "东湖区市场监管局要做什么"])
def test_a_districts_office_is_never_another_districts(
    service: QueryService, question: str
) -> None:
    reply = ask(service, question)
    assert "溪口" not in reply and "试点培育" not in reply, reply
    assert "东湖区市场监督管理局" in reply, reply
    assert "培育东湖区省级名牌产品" in reply and "每月10日前" in reply, reply
    assert (
        reply.splitlines()[0]
        == answer_text(service, "/units 东湖区市场监督管理局")[0].splitlines()[0]
    )


def test_an_office_of_a_place_no_plan_names_is_none(service: QueryService) -> None:
    reply = ask(service, "西湖区市场监管局要做什么")
    assert "试点培育" not in reply, reply


def test_the_districts_own_office_is_still_found(service: QueryService) -> None:
    reply = ask(service, "溪口区市场监管局要做什么")
    assert "试点培育" in reply, reply


# -- 8. commands resolve such a place as questions do -----------------------------------------------


def test_targets_and_deadlines_of_a_district_no_plan_holds_as_a_region(
    service: QueryService,
) -> None:
    targets = answer_text(service, "/targets 东湖区")[0]
    assert "未找到" not in targets, targets
    assert "培育东湖区省级名牌产品" in targets and "东湖区新增省级名牌产品" in targets, targets
    assert "全市新增省级名牌产品" not in targets, targets
    deadlines = answer_text(service, "/deadlines 东湖区")[0]
    assert "每月10日前" in deadlines and "每月5日前" in deadlines, deadlines


def test_subscribe_offers_the_places_offices(service: QueryService) -> None:
    resolution = resolve(service.engine, "东湖区")
    assert resolution.uncovered_place is None, resolution
    labels = [topic.label for topic in resolution.candidates]
    assert labels == ["白沙市 东湖区市场监督管理局", "青川市 东湖区市场监督管理局"], labels


# -- 7. a firm's achievements ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "我们公司在示范市新获得中国驰名商标,又获得浙江名牌,能拿多少",
        "我们公司在示范市拿了驰名商标又拿了浙江名牌,能拿多少",
        "我们公司在示范市新获得中国驰名商标1件、浙江名牌1个,能拿多少",
    ],
)
def test_two_achievements_joined_by_you_are_one_each(service: QueryService, question: str) -> None:
    assert looks_like_calculation(question)
    reply = answer_text(service, question)[0]
    assert "合计: 130万元" in reply, reply


def test_a_role_written_once_covers_its_list() -> None:
    sheet = read_claims("我们公司主导制定了2项国家标准、1项国际标准,还获得区长质量奖")
    roles = {claim.words: claim.role for claim in sheet.claims}
    assert roles["国家标准"] == "主导" and roles["国际标准"] == "主导", sheet
    assert roles["区长质量奖"] is None, sheet
    mixed = read_claims("主导制定了3项国家标准、参与1项")
    assert [(c.words, c.role, c.count) for c in mixed.claims] == [
        ("国家标准", "主导", 3),
        ("国家标准", "参与", 1),
    ]


def test_a_role_over_a_list_is_priced(service: QueryService) -> None:
    question = "我们公司主导制定了2项国家标准、1项国际标准,还获得区长质量奖,在示范市能拿多少?"
    reply = answer_text(service, question)[0]
    assert "合计: 220万元" in reply and "无法确定" not in reply, reply


@pytest.mark.parametrize("where", ["在示范市城关区", "在示范市"])
def test_first_drafting_unit_is_the_leader(service: QueryService, where: str) -> None:
    question = f"我们公司是第一起草单位制定了国际标准,{where}能拿多少"
    reply = answer_text(service, question)[0]
    assert "合计: 100万元" in reply and "无法确定" not in reply, reply
    if "城关区" in where:
        assert "城关区在原文所列范围内" in reply, reply


# -- 9. registered elsewhere ----------------------------------------------------------------------


def test_a_firm_registered_elsewhere_is_told_the_scope(service: QueryService) -> None:
    reply = ask(service, "青川的奖励适用于外地注册的企业吗")
    assert "不适用" in reply and "本办法适用于在青川市行政区域内注册并依法纳税的企业" in reply
    priced = answer_text(service, "我们公司在青川,外地注册的,主导制定国际标准能拿多少")[0]
    assert "合计: 0元" in priced and "不适用" in priced, priced
    assert "外地注册的: 未找到" not in priced, priced


def test_a_local_firm_is_priced_as_before(service: QueryService) -> None:
    priced = answer_text(service, "我们公司在青川,主导制定国际标准能拿多少")[0]
    assert "合计: 100万元" in priced, priced
