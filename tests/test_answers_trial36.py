"""What a new user's trial found (stop 36). The calculator priced a 参与 claim by the 主导 rule and
missed a firm's 省名牌跟省著名商标 asked from a district the city's rules apply in (invented
rules of a real province's city, so the gazetteer knows the province and its districts). The
answers let a near-miss subject (测量管理体系) outrank the one asked (质量管理体系), took 全市
for a word of the topic, answered a district's two things with the city's sentence, the
national tier for 省…奖, 多久到期 as a frequency, the districts' row before the city's own
figure, and a count the plan gives as 一批 by another sentence's numbers (an invented 示范市
plan). Every figure and sentence is made up."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.service import QueryService

ASKED = datetime(2045, 3, 20, 1, tzinfo=UTC)
W = 10_000

CITY_RULES = """岳阳市人民政府关于加快品牌标准建设的若干意见
岳政发〔2045〕6号
各县市区人民政府,市政府各部门:
为加快品牌标准建设,现提出如下意见。
一、对新获得湖南名牌产品的企业,给予25万元的奖励。
二、对新获得湖南省著名商标的企业,给予20万元的奖励。
三、对主导制修订国际标准、国家标准的单位,分别给予70万元、40万元的奖励。
四、奖励政策适用于岳阳市级、岳阳楼区(不含省属企业)。
岳阳市人民政府
2045年2月1日
"""


ASKED_IN_PLAN = datetime(2031, 12, 20, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("trial36")
    with invented_plans_service(folder, CITY_RULES, now=ASKED) as service:
        yield service


def test_a_role_written_apart_is_kept_not_dropped(service: QueryService) -> None:
    """/calc 岳阳 国家标准 参与 1: the document rewards only 主导; 参与 is not priced as 主导
    (the words were once re-read as a list of three achievements, 参与 and 1 none)."""
    _, calculation = service.calculator().from_text("岳阳 国家标准 参与 1", command=True)
    assert not calculation.lines and calculation.certain_total == 0
    _, led = service.calculator().from_text("岳阳 国家标准 主导 1", command=True)
    assert led.certain_total == 40 * W


def test_a_firms_titles_by_level_joined_by_跟_from_a_district_the_rules_apply_in(
    service: QueryService,
) -> None:
    """省名牌 is the province's 湖南名牌产品 in a plan of a city of 湖南省; 跟 joins two
    achievements as 和 does; 岳阳楼区 has no plan, the city's rules say they apply there."""
    for place in ("岳阳", "岳阳楼区"):
        question = f"我们公司在{place},拿了省名牌跟省著名商标,一共能奖多少"
        _, calculation = service.calculator().from_text(question)
        assert calculation.certain_total == 45 * W, (place, calculation)


# An invented city plan with its districts' rows (示范市, 2031—2033; made-up figures).
DISTRICT_PLAN = city_plan(
    """一、主要目标
到2033年底,新增省名牌产品40个以上,确保数量居全省前列。全市新增各级政府质量奖12个以上。到2032年底,新增中国驰名商标6个以上、省著名商标20个以上。
二、重点工作
(一)夯实质量基础。2031—2033年,每年组织100家以上企业参加省首席质量官任职培训。每年组织实施一批质量提升示范项目。(牵头单位:市示范局)
(二)强化标准引领。对获得中国标准创新贡献奖、省标准创新贡献奖的单位,分别给予最高20万元、8万元的奖励。
三、任务分解表
2031—2033年,各区每年新增的获质量管理体系认证的企业数不少于:东城区50家、西城区30家、南城区20家。
2031—2033年,各区每年通过二级计量保证体系确认和测量管理体系认证的企业数分别不少于:东城区(3家、1家)、西城区(2家、1家)、南城区(2家、1家)。
2031—2033年,各区每年组织参加省首席质量官任职网络培训的企业数不少于:东城区15家、西城区10家、南城区10家。
2031年各区有效期内省名牌产品数量不少于:东城区50个、西城区30个、南城区20个。
2032年各区有效期内省名牌产品数量不少于:东城区55个、西城区33个、南城区22个。
2031年各区有效期内中国驰名商标不少于:东城区12件、西城区8件、南城区5件。
"""
)


@pytest.fixture(scope="module")
def district_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("trial36districts")
    with invented_plans_service(folder, DISTRICT_PLAN, now=ASKED_IN_PLAN) as service:
        yield service


def _answer_line(reply: str) -> str:
    return next(line for line in reply.splitlines() if line.startswith(("答", "未找到")))


def test_a_near_miss_subject_does_not_outrank_the_one_asked(district_service: QueryService) -> None:
    """测量管理体系 shares 量管理 with 质量管理体系 (and the title writes 质量): the row that writes
    质量管理体系 (获…认证, only the verb 通过 unsaid) answers, not the 测量 one's 1家."""
    reply = ask(district_service, "东城区每年要通过质量管理体系认证的企业多少家")
    assert "50家" in _answer_line(reply), reply


def test_全市_is_the_citys_reach_not_a_word_of_the_topic(district_service: QueryService) -> None:
    """全市新增各级政府质量奖 shares 全市 with the question; the target asked is 省名牌产品."""
    reply = ask(district_service, "示范市全市新增省名牌产品目标是多少")
    assert "40个以上" in _answer_line(reply), reply


def test_two_things_of_a_district_are_each_answered_for_it(district_service: QueryService) -> None:
    """东城区 asked 省名牌 and 驰名商标: each by the district's own row, not the city's sentence
    (新增中国驰名商标6个以上…), and no hedge for a row matching half the question."""
    for question in ("东城区2031年省名牌和驰名商标分别要多少", "东城区省名牌和驰名商标分别要多少"):
        reply = ask(district_service, question)
        line = _answer_line(reply)
        assert "50个" in line and "12件" in line, reply
        assert "6个以上" not in reply, reply


def test_a_level_written_before_the_award_picks_its_tier(district_service: QueryService) -> None:
    """省标准创新贡献奖: of 中国…、省… 分别给予最高20万元、8万元, the provincial tier."""
    reply = ask(district_service, "示范市获得省标准创新贡献奖奖多少")
    assert "8万元" in _answer_line(reply), reply
    national = ask(district_service, "示范市获得中国标准创新贡献奖奖多少")
    assert "20万元" in _answer_line(national), national


def test_how_long_until_due_is_the_due_date_and_the_days_left(
    district_service: QueryService,
) -> None:
    """还有多久到期 asks the time left, not how often (未找到…没有写明频次)."""
    reply = ask(district_service, "东城区省名牌还有多久到期")
    line = _answer_line(reply)
    assert "2031-12-31" in line and "还有11天" in line, reply


def test_the_city_named_leads_with_its_own_figure(district_service: QueryService) -> None:
    """示范市 asked: its own 100家以上 first, the districts' row after it."""
    reply = ask(district_service, "示范市质量首席官培训每年多少家企业")
    assert "100家以上" in _answer_line(reply), reply


def test_a_count_the_plan_gives_as_一批_is_quoted(district_service: QueryService) -> None:
    """每年组织实施一批质量提升示范项目: no number, and not another sentence's 100家."""
    reply = ask(district_service, "示范市质量提升示范项目每年搞几个")
    line = _answer_line(reply)
    assert "一批" in line and "100" not in line, reply
    assert "文件只写了“一批”,没有写具体数量" in reply, reply


def test_a_district_the_scope_lists_is_confirmed_and_its_preposition_dropped(
    service: QueryService,
) -> None:
    """trial36b: 我们公司在柯城区新拿了驰名商标和省名牌 showed buttons "在驰名商标" and asked the
    firm to check a scope clause that names 柯城区; the city itself is never confirmed (市级
    leaves out its counties)."""
    calculator = service.calculator()
    _, calculation = calculator.from_text("我们公司在岳阳楼区新拿了省著名商标和省名牌,一共能奖多少")
    assert [claim.words for claim in calculation.sheet.claims] == ["省著名商标", "省名牌"]
    (scope,) = [o for o in calculation.conditions if "适用" in o.quote]
    assert scope.effect == "岳阳楼区在原文所列范围内", scope
    _, city = calculator.from_text("岳阳 国家标准 主导 1", command=True)
    (scope,) = [o for o in city.conditions if "适用" in o.quote]
    # fix42a: the scope's places are shown, no bare "请确认企业在适用范围内"; the sentence
    # itself is behind 出处
    assert scope.effect.startswith("范围:") and "请确认企业在范围内" in scope.effect, scope
    assert "岳阳楼区" in scope.effect and "奖励政策适用于" not in scope.effect, scope
