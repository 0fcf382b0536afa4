"""Questions round 12: general answering failures a new-user trial showed on the bundled plans.
The store holds invented documents (made-up figures; a real city where a province's titles
matter, since only the gazetteer knows which province a city lies in)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge import fits
from policybot.knowledge.glossary import Glossary
from policybot.knowledge.question import question_vocabulary
from policybot.knowledge.service import QueryService
from policybot.knowledge.spelling import Speller
from tests.invented_plans import ask, invented_plans_service

# An invented plan of a real city of 江西省: its rewards name the province's titles in full.
PROVINCE_TITLES = """赣州市人民政府办公室关于印发赣州市品牌强市行动计划(2041—2043年)的通知
赣市府办〔2041〕17号
各县(市、区)人民政府,市政府各部门:
现将《赣州市品牌强市行动计划(2041—2043年)》印发给你们,请认真贯彻执行。
赣州市人民政府办公室
2041年4月3日
为落实江西省质量强省工作部署,制定本计划。
一、主要目标
(一)品牌培育。到2042年,各区有效期内省名牌产品数量不少于:章贡区47个、南康区58个。(牵头单位:市质监局)
(二)品牌宣传。组织企业申报江西省名牌产品。(牵头单位:市工商局)
二、奖励政策
对新获得江西名牌产品的企业,给予13万元的奖励。
"""

DISTRICTS = """样板市人民政府办公室关于印发样板市质量提升三年行动计划(2041—2043年)的通知
样府办〔2041〕9号
各区人民政府,市政府各部门:
现将《样板市质量提升三年行动计划(2041—2043年)》印发给你们,请认真贯彻执行。
样板市人民政府办公室
2041年5月6日
一、主要目标
(一)品牌培育。到2043年,各区有效期内省名牌产品数量不少于:东湖区40个、西岭区55个。(牵头单位:市质监局)
(二)服务全程。为企业提供全程质量服务。(牵头单位:市标准化院)
"""

ASKED_AT = datetime(2042, 3, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("round12"), PROVINCE_TITLES, DISTRICTS, now=ASKED_AT
    ) as service:
        yield service


def test_a_title_asked_by_its_level_is_the_home_provinces_title(service: QueryService) -> None:
    """省名牌 in a plan of a city of 江西省 is its 江西名牌产品: the reward for it is found (the
    other way round, 江西省名牌 read as the plan's 省名牌, already held)."""
    reply = ask(service, "赣州省名牌奖励多少")
    assert "13万元" in reply and "未找到" not in reply


def test_a_title_named_with_its_province_finds_a_districts_figure(service: QueryService) -> None:
    """要多少个江西省名牌 of a district: the district's own figure, as 省名牌产品 gives it, not
    the sentence listing every district."""
    reply = ask(service, "赣州市南康区2042年要多少个江西省名牌")
    assert "答: 不少于58个" in reply
    assert "答: 不少于58个" in ask(service, "赣州市南康区2042年省名牌产品要多少个")


def test_the_name_of_a_plan_asked_as_its_full_name_is_no_slip(service: QueryService) -> None:
    """全称 is a word of asking (a plan's full name), never the documents' 全程 mistyped."""
    assert "全称" in question_vocabulary()
    speller = Speller({"全程": 5}, ["为企业提供全程质量服务"], extra_words=question_vocabulary())
    assert speller.correct("那个计划的全称") == "那个计划的全称"
    reply = ask(service, "样板市那个计划的全称")
    assert "样板市质量提升三年行动计划" in reply and "全程" not in reply


def test_deadlines_title_a_district_by_its_full_name(service: QueryService) -> None:
    """/deadlines 西岭 2050 is titled 样板市西岭区, as /targets titles it, not as typed."""
    reply = render_plain(service.deadlines("西岭 2050"))
    first = reply.splitlines()[0]
    assert first.startswith("样板市西岭区") and "2050年" in first
    targets = render_plain(service.targets("西岭", "2050")).splitlines()[0]
    assert targets.split(" · ")[0] == first.split(" · ")[0]


PHASES = """样板市人民政府办公室关于印发样板市品牌提升行动计划(2041—2044年)的通知
样府办〔2041〕21号
各区人民政府,市政府各部门:
现将《样板市品牌提升行动计划(2041—2044年)》印发给你们,请认真贯彻执行。
样板市人民政府办公室
2041年2月3日
一、主要目标
到2044年,全市主导制定国际标准9项以上,参与制定国家标准70项以上。
支持260家小微企业全面提升质量保证能力。(牵头单位:市质监局)
二、实施步骤
(一)启动阶段(2041年1月—2041年5月)。明确目标任务,全面部署提升行动。
(二)推进阶段(2041年6月—2044年8月)。各责任单位全面推进落实行动计划。
(三)总结阶段(2044年9月—2044年12月)。总结评估各项工作目标的完成情况。
三、品牌认证
鼓励企业通过“样板精品”品牌认证,使高质量的本土制造成为“样板精品”品牌的重要组成部分。
(一)认证推广。强化“样板精品”认证相关标准的宣传贯彻。(牵头单位:市市场监管局、市经信局)
"""


@pytest.fixture(scope="module")
def plan(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(
        tmp_path_factory.mktemp("round12plan"), PHASES, now=ASKED_AT
    ) as service:
        yield service


def test_a_measure_the_plans_never_name_is_not_found(plan: QueryService) -> None:
    """竞争力指数: 指 opens the word 指数, the measure asked for (not the 指 of 是指什么); no
    sentence names it, so the 9项/70项 goals are no partial answer."""
    reply = ask(plan, "样板市2044年制造业质量竞争力指数要达到多少")
    assert "未找到" in reply and "9项" not in reply and "70项" not in reply
    assert "指数" in plan.parse("制造业质量竞争力指数要达到多少").words


def test_the_stages_of_a_plan_named_by_its_title(plan: QueryService) -> None:
    """样板市品牌提升行动计划分几个阶段: the plan's stages with their periods, not a goal of
    the plan whose words its title shares."""
    reply = ask(plan, "样板市品牌提升行动计划分几个阶段")
    assert "启动阶段" in reply and "推进阶段" in reply and "总结阶段" in reply
    assert "260家" not in reply
    assert reply.index("启动阶段") < reply.index("推进阶段") < reply.index("总结阶段")


def test_a_plan_until_which_year_is_its_period(plan: QueryService) -> None:
    """样板市计划到哪年, nothing else asked: the plan's period, not its list of items."""
    reply = ask(plan, "样板市计划到哪年")
    assert "2041-2044年" in reply or "2041—2044年" in reply
    assert "共" not in reply.splitlines()[1]


def test_who_is_answered_by_a_sentence_naming_a_unit(plan: QueryService) -> None:
    """谁负责…认证工作: the sentence whose lead units are given; 重要组成部分 names no unit."""
    reply = ask(plan, "谁负责样板精品认证工作")
    assert "市市场监管局" in reply.splitlines()[1]
    assert not fits.UNIT_NAME.search("使本土制造成为品牌的重要组成部分")
    assert not fits.UNIT_NAME.search("制定管理办法,办理认证")
    assert fits.UNIT_NAME.search("由市经信局负责")


def test_rewards_of_a_plan_that_rewards_nothing_are_not_found(
    plan: QueryService, service: QueryService
) -> None:
    """样板市的品牌提升行动计划有什么奖励, of a plan without a reward rule: 未找到, saying what
    /rewards 样板市 says, not a sentence sharing the plan's words; a plan with rules lists them."""
    reply = ask(plan, "样板市的品牌提升行动计划有什么奖励")
    assert "未找到" in reply and "样板市没有奖励" in reply
    assert "样板市没有奖励" in render_plain(plan.rewards("样板市"))
    assert "13万元" in ask(service, "赣州市的品牌强市行动计划有什么奖励")


COUNTIES = """示范市人民政府办公室关于印发示范市标准化行动计划(2041—2043年)的通知
示政办发〔2041〕8号
各县区人民政府,市政府各部门:
现将《示范市标准化行动计划(2041—2043年)》印发给你们,请认真贯彻执行。
示范市人民政府办公室
2041年3月9日
一、工作措施
各县区要建立相应的标准化协调推进机制。
将标准化工作纳入市对县区的年度考核。
"""


def test_counties_asked_as_qu_xian_are_the_documents_xian_qu(tmp_path: Path) -> None:
    """区县 and 县区 name the same levels: 区县哪些有任务 finds what 各县区 must do."""
    assert "县区" in Glossary().alternatives("区县")
    assert "区县" in Glossary().alternatives("县区")
    with invented_plans_service(tmp_path, COUNTIES, now=ASKED_AT) as service:
        reply = ask(service, "示范市区县哪些有任务")
    assert "未找到" not in reply and "县区" in reply.splitlines()[1]
