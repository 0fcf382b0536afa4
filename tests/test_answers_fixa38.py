"""Questions a fresh-clone trial asked of one invented district plan (a plan of rewards with
its stacking rule, its window for applying, and its period) whose answer the plan states:
the stacking rule said without naming a reward (按就高不重复原则执行), 今年还要完成什么 (还 is the
asking's), when applications are taken, whether the plan has run out."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, invented_plans_service

# Invented: a district plan of rewards (2031—2032) asked on 2032-03-01.
PLAN = """云川市碧溪区人民政府办公室关于印发碧溪区质量强区实施方案的通知
碧政办发〔2031〕12号
各镇人民政府、街道办事处,区政府各部门:
现将《碧溪区质量强区实施方案》印发给你们,请认真组织实施。
云川市碧溪区人民政府办公室
2031年2月20日
碧溪区质量强区实施方案
一、主要目标
到2032年,全区新增省级名牌产品20个,培育区长质量奖企业10家。
二、奖励措施
(一)获得中国质量奖的企业,给予100万元奖励。
(二)获得省政府质量奖的企业,给予50万元奖励。
(三)新认定为中国驰名商标的企业,给予80万元奖励。
(四)主导制定国家标准的,给予20万元奖励。
(五)新获得省级名牌产品的,给予5万元奖励。
同一企业符合本方案多项政策的,按就高不重复原则执行。单个企业年度奖励总额最高不超过100万元。
三、申报程序
每年3月31日前受理上年度奖励申请,由区市场监管局会同区财政局审核后兑现。
四、实施期限
本方案自2031年3月1日起施行,有效期至2032年12月31日。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(Path(tmp_path_factory.mktemp("fixa38")), PLAN) as service:
        yield service


@pytest.mark.parametrize("question", ["碧溪区奖励是不是就高不重复", "碧溪区的奖励可以重复享受吗"])
def test_a_stacking_rule_naming_no_reward_answers_whether_rewards_add_up(
    service: QueryService, question: str
) -> None:
    reply = ask(service, question)
    assert "未找到" not in reply, reply
    assert "按就高不重复原则执行" in reply.splitlines()[1], reply


@pytest.mark.parametrize(
    "question", ["我们是碧溪区的,今年还要完成什么", "碧溪区今年还需完成哪些目标"]
)
def test_still_is_a_word_of_the_asking(service: QueryService, question: str) -> None:
    reply = ask(service, question)
    assert "未找到" not in reply, reply
    assert "20个" in reply and "10家" in reply, reply


@pytest.mark.parametrize(
    "question", ["碧溪区奖励申请什么时候受理", "碧溪区奖励申请截止时间", "什么时候申报碧溪区的奖励"]
)
def test_when_reward_claims_are_taken_is_the_plans_sentence(
    service: QueryService, question: str
) -> None:
    reply = ask(service, question)
    assert reply.splitlines()[1].startswith("答: 每年3月31日前受理上年度奖励申请"), reply


@pytest.mark.parametrize("question", ["碧溪区的计划过期了吗", "碧溪区的方案是否过期"])
def test_whether_a_plan_has_run_out_is_its_stated_term_against_today(
    service: QueryService, question: str
) -> None:
    reply = ask(service, question)
    assert reply.splitlines()[1] == "答: 有效期至2032年12月31日,现仍有效", reply


def test_a_plan_past_its_stated_term_has_run_out(tmp_path: Path) -> None:
    later = datetime(2033, 1, 5, 1, tzinfo=UTC)
    with invented_plans_service(tmp_path, PLAN, now=later) as service:
        reply = ask(service, "碧溪区的计划过期了吗")
    assert reply.splitlines()[1] == "答: 有效期至2032年12月31日,已于2032-12-31到期", reply


def test_a_plan_without_a_stated_term_is_weighed_by_its_period(tmp_path: Path) -> None:
    plan = city_plan("一、主要目标\n到2032年,全市新增示范牌产品30个。\n")
    with invented_plans_service(tmp_path, plan) as service:
        reply = ask(service, "示范市的计划过期了吗")
    assert "规划期2031—2033年" in reply and "仍在规划期内" in reply, reply


# Invented: a city plan whose target lists kinds of firm (…品牌企业、东海名牌企业等) beside the
# targets of each kind, all due in one year.
BRAND_PLAN = city_plan(
    "一、主要任务\n"
    "4.品牌培育计划。加大示范企业的品牌培育力度。到2033年,培育东海名牌企业30家,省著名商标企业20家,"
    "“示范制造”品牌企业10家。(牵头单位:市市场监管局)\n"
    "积极开展品牌产品网上营销。通过三年的努力,推动“示范制造”品牌企业、东海名牌企业等100家品牌企业"
    "在电商平台开设官方旗舰店。(牵头单位:市商务局)\n"
)


@pytest.mark.parametrize(
    ("question", "value"),
    [
        ("示范市2033年培育东海名牌企业多少家", "30家"),
        ("示范市到2033年培育东海名牌企业多少家", "30家"),
        ("示范市培育东海名牌企业多少家", "30家"),
        ("示范市到2033年“示范制造”品牌企业培育多少家", "10家"),
    ],
)
def test_a_year_asked_filters_and_never_outweighs_the_kind_named(
    tmp_path: Path, question: str, value: str
) -> None:
    with invented_plans_service(tmp_path, BRAND_PLAN) as service:
        reply = ask(service, question)
    assert reply.splitlines()[1] == f"答: {value}", reply


def test_a_slip_beside_a_glossary_term_is_corrected_outside_the_term(tmp_path: Path) -> None:
    plan = city_plan("一、主要目标\n到2032年,全市有效期内中国驰名商标不少于40件。\n")
    with invented_plans_service(tmp_path, plan) as service:
        reply = ask(service, "示范市驰名商票2032年多少件")
    assert reply.splitlines()[1] == "答: 不少于40件", reply


def test_a_years_cap_asked_as_one_year_is_answered_not_hedged(service: QueryService) -> None:
    reply = ask(service, "碧溪区单个企业一年最多奖多少")
    assert "部分相符" not in reply, reply
    assert "单个企业年度奖励总额最高不超过100万元" in reply.splitlines()[1], reply


# Invented: a plan whose body names an award in a paragraph whose figures count other things,
# and whose task table states the award's count in the row under it.
AWARD_TABLE_PLAN = """示范市人民政府办公室关于印发示范市产品质量提升三年行动计划(2031—2033年)的通知
示府办函〔2031〕88号
各区人民政府,市政府各部门:
现将《示范市产品质量提升三年行动计划(2031—2033年)》印发给你们,请认真贯彻执行。
示范市人民政府办公室
2031年5月6日
示范市产品质量提升三年行动计划(2031—2033年)
一、重点工作
(一)推进品牌带动战略
1.加强企业品牌培育工作。引导大中型企业制订品牌战略规划。大力推荐我市优势产品纳入省名牌产品目录。推动骨干企业争创省政府质量奖,做好市长质量奖评选工作,树立一批标杆企业。2031—2033年,新增省名牌产品40个以上,新增各级政府质量奖获奖企业12个以上,新增中国驰名商标5个以上。(牵头单位:市市场监管局,各区人民政府)
附件:示范市产品质量提升三年行动计划(2031—2033年)任务分解表
示范市产品质量提升三年行动计划
(2031—2033年)任务分解表
序号
任务名称
工作内容
工作措施
牵头单位
配合单位
工作目标
1
推进品牌带动战略
推动骨干企业争创省政府质量奖。
市市场监管局
各区人民政府
2031年和2033年,各区每年组织推动辖区内1家以上的骨干企业申报省政府质量奖。
2
组织开展市长质量奖评选活动。
市市场监管局
2031年和2033年,各区每年组织推荐申报的企业数不少于4家。
3
完善区级政府质量奖评选机制。
市市场监管局
各区人民政府
2031—2033年,尚未设立区政府质量奖的区要尽快建立评选机制。
"""


@pytest.mark.parametrize(
    "question", ["示范市市长质量奖要推荐几家", "示范市市长质量奖2033年要推荐几家"]
)
def test_an_awards_count_is_the_task_rows_under_that_award(tmp_path: Path, question: str) -> None:
    with invented_plans_service(tmp_path, AWARD_TABLE_PLAN) as service:
        reply = ask(service, question)
    first = reply.splitlines()[1]
    assert first.startswith("答:") and "不少于4家" in first, reply
    assert "各区每年组织推荐申报的企业数不少于4家" in reply, reply


def test_a_rewarding_plan_without_a_claims_window_is_not_said_to_have_no_rewards(
    tmp_path: Path,
) -> None:
    plan = PLAN.replace(
        "每年3月31日前受理上年度奖励申请,由区市场监管局会同区财政局审核后兑现。\n", ""
    )
    with invented_plans_service(tmp_path, plan) as service:
        reply = ask(service, "碧溪区奖励申请什么时候受理")
    assert "没有奖励" not in reply and "奖励规定没有写明时间" in reply, reply
