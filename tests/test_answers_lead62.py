"""Answers to questions a lead's chat trial asked the bundled plans in the words staff use
(stop 62): when a document starts being carried out (从什么时候开始执行, 从哪天起执行); a
reward document called 奖励办法 by people whatever its kind (an 意见 with a reward chapter);
a plan's targets asked by its theme (品牌建设的目标是什么, of a 品牌建设 plan), and a
section's by the programme heading it (品牌培育的目标有哪些, of 品牌培育计划).
Every text is invented (made-up places and figures); each question has a twin that must still
be refused or read as before."""

from __future__ import annotations

from invented_plans import ask, plans_fixture
from policybot.knowledge.service import QueryService

REWARD_OPINION = """澄浦市人民政府关于进一步加强质量强市和品牌建设工作的意见
澄政发〔2031〕5号
各县(市、区)人民政府,市政府各部门:
五、完善奖励政策
16.对通过行政途径新获得中国驰名商标的企业,给予80万元的奖励。
17.对主导制修订国际标准、国家标准的单位,分别给予60万元、30万元的奖励。
18.本意见自2031年6月1日起实施。《澄浦市人民政府关于加快推进品牌建设的若干意见》(澄政发〔2021〕17号)同时停止执行。
澄浦市人民政府
2031年5月8日
"""

# A plan of another city holding no reward: 奖励办法 asked of it is no document it holds.
ACTION_PLAN = """鹤汀市人民政府办公室关于印发鹤汀市质量提升行动计划(2031—2033年)的通知
鹤政办发〔2031〕12号
各区人民政府,市政府各部门:
现将《鹤汀市质量提升行动计划(2031—2033年)》印发给你们,请认真贯彻执行。
鹤汀市人民政府办公室
2031年3月9日
一、主要目标
到2033年,全市新增省名牌产品30个,导入卓越绩效管理的企业达到200家。
二、保障措施
本计划自2031年4月1日起施行。
"""

# A plan whose targets stand in sections headed by a programme's name (品牌培育计划).
SECTIONED_PLAN = """砚台市人民政府办公室关于印发砚台市品牌建设三年行动计划(2031—2033年)的通知
砚政办发〔2031〕7号
各县(市、区)人民政府,市政府各部门:
砚台市人民政府办公室
2031年4月1日
一、主要任务
(一)实施三项重点计划
1.标准提档计划。鼓励企业参与标准制定。到2033年,新增主导制定团体标准15项。
2.品牌培育计划。加大龙头企业品牌培育力度。到2033年,新增省级名牌企业12家、著名商标企业8家。
3.质量攻关计划。到2033年,完成质量攻关项目40项。
"""

# A reward rule by its title whose text (cut before its sums) states no reward.
TITLED_RULE = """柳岸市名牌产品奖励办法(试行)
柳政办发〔2031〕21号
第一条 为鼓励企业争创名牌,制定本办法。
第二条 本办法由市市场监管局负责解释。
柳岸市人民政府办公室
2031年2月3日
"""

service = plans_fixture("lead62", REWARD_OPINION, ACTION_PLAN, SECTIONED_PLAN, TITLED_RULE)


def test_starting_to_be_carried_out_is_when_it_takes_effect(service: QueryService) -> None:
    """从什么时候开始执行 asks the day it takes effect, never the older document it stops
    (the sentence saying 停止执行 was quoted as the answer)."""
    for question in ("澄浦的意见从什么时候开始执行", "澄浦的意见从哪天起执行"):
        reply = ask(service, question)
        assert "2031-06-01" in reply, question
        assert "实施日期" in reply, question
        assert "停止执行" not in reply, question


def test_what_a_document_stops_is_still_asked_so(service: QueryService) -> None:
    """The twin: 停止执行了哪个文件 still names the older document."""
    reply = ask(service, "澄浦的意见停止执行了哪个文件")
    assert "澄政发〔2021〕17号" in reply


def test_reward_rules_called_an_banfa_are_the_document_stating_them(
    service: QueryService,
) -> None:
    """奖励办法 of a city whose one document is an 意见 with a reward chapter: that document
    (it said 没有找到这份办法)."""
    for question in ("澄浦奖励办法从什么时候开始执行", "澄浦的奖励办法什么时候实施的"):
        reply = ask(service, question)
        assert "2031-06-01" in reply, question
        assert not reply.startswith("未找到"), question


def test_a_banfa_of_a_city_without_rewards_is_still_not_held(service: QueryService) -> None:
    """The twins: a city whose plan states no reward holds no 奖励办法, and a 管理办法 is a
    kind of document no casual name stands for."""
    assert "未找到" in ask(service, "鹤汀奖励办法什么时候实施")
    assert "未找到" in ask(service, "澄浦管理办法什么时候实施")
    assert "2031-04-01" in ask(service, "鹤汀的计划什么时候开始执行")


def test_a_plans_targets_asked_by_its_theme_are_all_its_targets(service: QueryService) -> None:
    """鹤汀质量提升的目标有哪些, of 鹤汀市质量提升行动计划, whose targets never write 质量提升:
    the plan's targets (it quoted sentences writing the words, or 未找到)."""
    for question in (
        "鹤汀质量提升的目标有哪些",
        "鹤汀质量提升的目标是什么",
        "鹤汀质量提升的主要目标",
    ):
        reply = ask(service, question)
        assert "共 2 项" in reply, question
        assert "30个" in reply and "200家" in reply, question


def test_a_property_of_the_targets_is_no_list_of_them(service: QueryService) -> None:
    """The twin: 指标是什么性质 asks about the targets, never for the list of them."""
    assert "共 2 项" not in ask(service, "鹤汀质量提升指标是什么性质")


def test_a_sections_targets_asked_by_its_heading(service: QueryService) -> None:
    """砚台品牌培育的目标有哪些, of a section headed 品牌培育计划 whose targets write neither
    word: that section's targets (it listed none of them), not its neighbours'."""
    reply = ask(service, "砚台品牌培育的目标有哪些")
    assert "共 2 项" in reply  # the targets, not the section's sentence of effort
    assert "12家" in reply and "8家" in reply
    assert "15项" not in reply and "40项" not in reply


def test_words_of_a_target_still_list_it_alone(service: QueryService) -> None:
    """The twin: 团体标准 names a target's own words, no section's heading."""
    reply = ask(service, "砚台团体标准的目标有哪些")
    assert "15项" in reply
    assert "12家" not in reply and "40项" not in reply


def test_a_reward_rule_by_its_title_is_one_though_no_sum_is_read(service: QueryService) -> None:
    """柳岸名牌奖励办法的文号, of a 奖励办法 whose text states no sum: it is the reward policy
    asked of (the choice among a region's documents by their rewards read none: dev q0694)."""
    assert "柳政办发〔2031〕21号" in ask(service, "柳岸名牌奖励办法的文号是多少")


def test_when_a_place_starts_carrying_out_is_its_plans_effective_day(
    service: QueryService,
) -> None:
    """鹤汀什么时候开始实施: nothing but a place and when its plan takes effect — the day, not
    the deadlines of its items (trial62 H3); 实施时间 names that day too."""
    for question in ("鹤汀什么时候开始实施", "鹤汀什么时候开始施行", "鹤汀计划的实施时间"):
        reply = ask(service, question)
        assert "实施日期" in reply and "2031-04-01" in reply, question


def test_a_plans_targets_named_with_nothing_asked_after(service: QueryService) -> None:
    """鹤汀质量提升的目标: the targets named, no asking word after them (trial62 M9)."""
    assert "共 2 项" in ask(service, "鹤汀质量提升的目标")


def test_a_theme_of_a_document_setting_no_target_has_none(service: QueryService) -> None:
    """澄浦质量强市的目标是什么, of an 意见 whose title says 质量强市 and which sets no target:
    未找到, naming it — not a sentence of its text (trial62 M9)."""
    reply = ask(service, "澄浦质量强市的目标是什么")
    assert reply.startswith("澄浦市\n未找到") or "未找到" in reply.split("\n")[1]
    assert "没有列出量化目标" in reply
