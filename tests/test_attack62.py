"""Attacks on stop 62's answering changes (branch lvl62: 开始执行 asks 实施日期; 奖励办法 of a
region's one reward-stating document; a plan's or a section's targets asked by its theme or
heading). Every text is invented: made-up places, numbers and figures. Defects found are strict
xfails with their severity; attacks the code withstands are plain tests."""

from __future__ import annotations

import pytest

from invented_plans import ask, plans_fixture
from policybot.knowledge.service import QueryService

# 澄浦: one 意见 stating rewards. 鹤汀: a 行动计划 without rewards and a 若干意见 with a reward
# and a target. 砚台: a plan whose targets stand under programme headings. 云岭: a plan with a
# task starting on its own day.
CHENGPU = """澄浦市人民政府关于进一步加强质量强市和品牌建设工作的意见
澄政发〔2031〕5号
各县(市、区)人民政府,市政府各部门:
五、完善奖励政策
16.对通过行政途径新获得中国驰名商标的企业,给予80万元的奖励。
17.对主导制修订国际标准、国家标准的单位,分别给予60万元、30万元的奖励。
18.本意见自2031年6月1日起实施。《澄浦市人民政府关于加快推进品牌建设的若干意见》(澄政发〔2021〕17号)同时停止执行。
澄浦市人民政府
2031年5月8日
"""

HETING_PLAN = """鹤汀市人民政府办公室关于印发鹤汀市质量提升行动计划(2031—2033年)的通知
鹤政办发〔2031〕12号
各区人民政府,市政府各部门:
现将《鹤汀市质量提升行动计划(2031—2033年)》印发给你们,请认真贯彻执行。
鹤汀市人民政府办公室
2031年3月9日
一、主要目标
到2033年,全市新增省名牌产品30个,导入卓越绩效管理的企业达到200家,质量提升示范企业达到25家。
二、保障措施
各部门要加强协作,共同执行本计划。
本计划自2031年4月1日起施行。
"""

HETING_OPINION = """鹤汀市人民政府关于加快品牌建设的若干意见
鹤政发〔2031〕20号
各区人民政府,市政府各部门:
一、发展目标
到2033年,全市驰名商标达到10件。
二、奖励措施
对新获得中国质量奖的企业,给予100万元的奖励。
三、本意见自2031年7月1日起实施。
鹤汀市人民政府
2031年6月10日
"""

YANTAI = """砚台市人民政府办公室关于印发砚台市品牌建设三年行动计划(2031—2033年)的通知
砚政办发〔2031〕7号
各县(市、区)人民政府,市政府各部门:
砚台市人民政府办公室
2031年4月1日
一、主要目标
到2033年,品牌建设示范区达到5个,全市品牌培育企业库入库企业达到100家。
二、主要任务
(一)实施三项重点计划
1.标准提档计划。鼓励企业参与标准制定。到2033年,新增主导制定团体标准15项。
2.品牌培育计划。加大龙头企业品牌培育力度。到2033年,新增省级名牌企业12家、著名商标企业8家。
3.质量攻关计划。到2033年,完成质量攻关项目40项。
(二)加强企业质量管理和品牌培育
到2032年,规模以上工业企业质量管理体系认证率达到90%。
三、保障措施
本计划自2031年5月1日起施行。
"""

YUNLING = """云岭市人民政府办公室关于印发云岭市城市环境提升行动方案的通知
云政办发〔2031〕9号
各区人民政府,市政府各部门:
云岭市人民政府办公室
2031年4月20日
一、主要任务
(一)推行垃圾分类。自2032年1月1日起,全市公共机构开始实行生活垃圾强制分类。
(二)新建污水管网120公里,2032年底前完成。
二、组织实施
本方案自2031年5月1日起实施,由市城管局牵头执行。
"""


# 石桥: a plan titled by a brand of its own (“匠心优品”) that half of its targets name.
SHIQIAO = """石桥市人民政府办公室关于印发石桥市“匠心优品”品牌建设三年行动计划(2031—2033年)的通知
石政办发〔2031〕3号
各县(市、区)人民政府,市政府各部门:
石桥市人民政府办公室
2031年2月1日
一、主要目标
到2033年,通过“匠心优品”认证的企业达到40家,新增“匠心优品”团体标准20项,新增省级名牌产品15个,规模以上工业企业新增导入卓越绩效管理企业60家。
"""

service = plans_fixture("attack62", CHENGPU, HETING_PLAN, HETING_OPINION, YANTAI, YUNLING, SHIQIAO)


# --- 1. 开始执行 / 起执行 / 开始实行 as 实施日期 ---


@pytest.mark.parametrize(
    "question",
    [
        "鹤汀的计划由哪些部门一起执行",
        "鹤汀的计划由哪些部门一起实行",
        "鹤汀质量提升行动计划要各部门一起执行吗",
    ],
)
def test_carried_out_together_is_no_effective_date(service: QueryService, question: str) -> None:
    reply = ask(service, question)
    assert "实施日期" not in reply
    assert "2031-04-01" not in reply


def test_an_opinion_titled_several_opinions_starts_on_its_day(service: QueryService) -> None:
    reply = ask(service, "鹤汀的意见从什么时候开始执行")
    assert "2031-07-01" in reply or "2031年7月1日" in reply


def test_reward_policy_start_is_the_reward_documents(service: QueryService) -> None:
    reply = ask(service, "鹤汀的奖励政策从什么时候开始执行")
    assert "2031-04-01" not in reply
    assert "2031-07-01" in reply


def test_reward_policy_start_of_a_city_rewarding_nothing(service: QueryService) -> None:
    reply = ask(service, "云岭的奖励政策从什么时候开始执行")
    assert "2031-05-01" not in reply
    assert "没有奖励" in reply


@pytest.mark.xfail(
    strict=True,
    reason="Medium: 澄浦加快推进品牌建设的若干意见从什么时候开始执行, the older document the "
    "held 意见 stops (not held itself): answered with the held 意见's 实施日期, the day the "
    "asked one stopped (main quoted its 同时停止执行 sentence)",
)
def test_a_stopped_document_not_held_has_no_start_day_of_the_other(
    service: QueryService,
) -> None:
    reply = ask(service, "澄浦加快推进品牌建设的若干意见从什么时候开始执行")
    assert "实施日期" not in reply or "停止执行" in reply


@pytest.mark.xfail(
    strict=True,
    reason="Medium (still fails, as main): 鹤汀质量提升行动什么时候开始执行, the plan named by "
    "its theme: a partial match (its notice line), not its 实施日期 2031-04-01",
)
def test_a_plan_named_by_its_theme_starts_on_its_day(service: QueryService) -> None:
    assert "2031-04-01" in ask(service, "鹤汀质量提升行动什么时候开始执行")


def test_a_task_starting_on_its_own_day_is_its_day(service: QueryService) -> None:
    """开始执行 said of a task (垃圾分类), not of the document: the task's day."""
    reply = ask(service, "云岭生活垃圾强制分类从什么时候开始执行")
    assert "2032年1月1日" in reply
    assert "实施日期" not in reply


def test_a_document_starts_on_its_effective_day(service: QueryService) -> None:
    for question in ("云岭的方案从什么时候开始执行", "云岭的方案自哪天起执行"):
        assert "2031-05-01" in ask(service, question), question


def test_what_it_stops_is_still_what_it_stops(service: QueryService) -> None:
    assert "澄政发〔2021〕17号" in ask(service, "澄浦的旧意见从什么时候停止执行")


# --- 2. 奖励办法 / 奖励政策 of a region's one reward-stating document ---


def test_reward_rules_asked_in_traditional_characters(service: QueryService) -> None:
    assert "2031-06-01" in ask(service, "澄浦獎勵辦法從什麼時候開始執行")


@pytest.mark.parametrize(
    "question",
    [
        "澄浦科技奖励办法什么时候开始实行",
        "澄浦的管理办法从什么时候开始执行",
        "澄浦的条例从什么时候开始执行",
        "青石市的奖励办法从什么时候开始执行",
    ],
)
def test_reward_rules_not_held_are_refused(service: QueryService, question: str) -> None:
    reply = ask(service, question)
    assert "未找到" in reply
    assert "2031-06-01" not in reply


def test_a_reward_policy_of_a_subject_not_rewarded_is_not_held(service: QueryService) -> None:
    reply = ask(service, "澄浦人才奖励政策从什么时候开始执行")
    assert "2031-06-01" not in reply
    assert "未找到" in reply


def test_a_districts_reward_rules_say_whose_they_are(service: QueryService) -> None:
    assert "东湖区" in ask(service, "澄浦東湖區奖励办法从什么时候开始执行")


@pytest.mark.xfail(
    strict=True,
    reason="Medium (still fails, as main): 奖励办法 of a city holding two documents, one "
    "stating rewards: 没有找到这份办法, 收录的是 the other (the reward 意见 is never named)",
)
@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("鹤汀奖励办法什么时候实施", "2031-07-01"),
        ("鹤汀的奖励办法是哪个文件", "加快品牌建设的若干意见"),
    ],
)
def test_reward_rules_of_a_city_holding_several_documents(
    service: QueryService, question: str, expected: str
) -> None:
    assert expected in ask(service, question)


@pytest.mark.xfail(
    strict=True,
    reason="Medium (still fails, as main): 澄浦奖励办法有哪些 is 未找到“办法”, though "
    "澄浦奖励政策有哪些 lists the three rewards",
)
def test_reward_rules_listed_when_called_banfa(service: QueryService) -> None:
    reply = ask(service, "澄浦奖励办法有哪些")
    assert "80万元" in reply


def test_reward_policies_listed(service: QueryService) -> None:
    reply = ask(service, "澄浦奖励政策有哪些")
    assert "共 3 项" in reply and "80万元" in reply


# --- 3. a plan's targets by its theme, a section's by its heading ---


@pytest.mark.parametrize(
    "question",
    ["鹤汀品牌建设的目标是什么", "鹤汀加快品牌建设的目标是什么", "鹤汀若干意见的目标是什么"],
)
def test_a_theme_lists_the_titled_documents_targets_only(
    service: QueryService, question: str
) -> None:
    reply = ask(service, question)
    assert "10件" in reply
    assert "30个" not in reply and "200家" not in reply


@pytest.mark.xfail(
    strict=True,
    reason="Medium: 鹤汀质量提升的目标有哪些 lists the 若干意见's 驰名商标10件 among the "
    "质量提升 plan's targets (the whole listing is the region's, not the titled plan's)",
)
def test_a_theme_leaves_out_another_documents_targets(service: QueryService) -> None:
    reply = ask(service, "鹤汀质量提升的目标有哪些")
    assert "30个" in reply
    assert "10件" not in reply


def test_how_much_of_a_theme_that_is_a_targets_subject(service: QueryService) -> None:
    """品牌建设目标是多少, the title's theme being one target's subject: that target's figure."""
    reply = ask(service, "砚台品牌建设目标是多少")
    assert "5个" in reply
    assert "共 7 项" not in reply


def test_a_targets_words_beyond_the_title_still_name_it(service: QueryService) -> None:
    reply = ask(service, "砚台品牌建设示范区的目标是多少")
    assert "5个" in reply and "共 7 项" not in reply


def test_a_mixed_heading_adds_no_target_of_its_other_half(service: QueryService) -> None:
    reply = ask(service, "砚台品牌培育的目标有哪些")
    assert "12家" in reply and "8家" in reply
    assert "90%" not in reply


@pytest.mark.parametrize(
    ("question", "expected"),
    [("砚台品牌培育的目标是什么", "12家"), ("砚台标准提档的目标是什么", "15项")],
)
def test_a_sections_targets_asked_what(service: QueryService, question: str, expected: str) -> None:
    reply = ask(service, question)
    answer = next(line for line in reply.splitlines() if line.startswith("答"))
    assert expected in answer or "共" in answer
    assert expected in reply


def test_a_sections_targets_in_traditional_and_by_year(service: QueryService) -> None:
    assert "12家" in ask(service, "硯臺品牌培育的目標有哪些")
    reply = ask(service, "砚台2032年品牌建设的目标是什么")
    assert "90%" in reply and "40项" not in reply


def test_a_district_not_held_is_refused_for_a_sections_targets(service: QueryService) -> None:
    reply = ask(service, "砚台东湖区品牌培育的目标有哪些")
    assert "未找到" in reply and "东湖区" in reply


@pytest.mark.xfail(
    strict=True,
    reason="Low: 石桥匠心优品的目标有哪些, the plan's title naming a brand half its targets "
    "name: all four targets, 名牌产品 and 卓越绩效 ones too (main did so for this two-word "
    "brand already; lvl62 extends it to one-word brands and to 是什么)",
)
@pytest.mark.parametrize("question", ["石桥匠心优品的目标有哪些", "石桥的匠心优品目标是什么"])
def test_a_brand_in_the_title_lists_the_brands_targets(
    service: QueryService, question: str
) -> None:
    reply = ask(service, question)
    assert "40家" in reply and "20项" in reply
    assert "15个" not in reply and "60家" not in reply
