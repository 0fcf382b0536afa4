"""Answering round 16: what a new user's trial found, each on invented plans (示范市 and its
districts; made-up numbers). Two places listed in one question are both answered; a count is
never answered by a sum of money; 计划到哪年 is the plan's end year; a plan whose making sentence
names no document has no basis document; 每半年 says when; a city's total leads its districts'
quotas; /deadlines of a region whose plan was retired says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge.editing import retire_document
from policybot.knowledge.extract.metadata import extract_metadata
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, invented_plans_service

PLAN = city_plan(
    """为全面提升我市品牌水平,结合我市实际,制定本计划。
一、主要目标
到2033年,全市新增省名牌产品60个以上。
全区通过示范认证的企业年营业收入总额超过3亿元。
二、重点工作
1.完成创建任务。按照《示范市创建质量强市工作方案》的部署推进各项工作落实。
三、保障措施
加强督促指导,定期通报工作推进和完成情况,每半年进行一次工作督查。
四、任务分解表
2033年各区有效期内省名牌产品数量不少于:东城区65个、西城区249个、南城区39个、北城区39个。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("round16"), PLAN) as service:
        yield service


def test_two_places_listed_in_one_question_are_both_answered(service: QueryService) -> None:
    """东城区、西城区…各多少个: each district's own value, not the first district's alone."""
    reply = ask(service, "东城区、西城区2033年省名牌产品各多少个")
    assert "65个" in reply and "249个" in reply, reply
    assert "示范市南城区" not in reply, reply  # a district not asked about
    same = ask(service, "东城和西城2033年省名牌产品分别要多少个")
    assert "65个" in same and "249个" in same, same
    # Two places with the same value: the lead says it is each one's.
    equal = ask(service, "南城区、北城区2033年省名牌产品各多少个")
    lead = next(line for line in equal.splitlines() if line.startswith("答"))
    assert "南城区 不少于39个" in lead and "北城区 不少于39个" in lead, equal


def test_a_count_question_is_not_answered_by_a_sum_of_money(service: QueryService) -> None:
    """有几家企业要通过认证: the plan gives the certified firms' turnover (3亿元), not how many
    they are; the reply says the number is not written rather than answer 3亿元."""
    reply = ask(service, "示范市有几家企业要通过示范认证")
    assert "3亿元" not in reply and "未找到" in reply, reply
    money = ask(service, "通过示范认证的企业年营业收入总额要超过多少")
    assert "3亿元" in money, money


def test_until_which_year_a_plan_runs_is_its_end_year(service: QueryService) -> None:
    """计划到哪年 after words of the plan's title is the plan's period, led by its end year;
    其期限 is the whole period."""
    reply = ask(service, "示范市行动计划到哪年")
    assert "答: 2033年" in reply and "2031-2033年" in reply, reply
    period = ask(service, "示范市计划的期限是多久")
    assert "答: 2031-2033年" in period, period


def test_a_plan_made_on_no_document_names_no_basis(service: QueryService) -> None:
    """依据什么文件: the plan's making sentence (结合我市实际,制定本计划) names no document, so
    the 按照《…工作方案》 of one of its tasks is not its basis: 未找到, not that task."""
    reply = ask(service, "示范市的计划依据什么文件制定")
    assert "未找到" in reply and "创建质量强市工作方案" not in reply, reply


def test_a_when_question_is_answered_by_a_recurring_time(service: QueryService) -> None:
    """啥时候工作督查: 每半年进行一次工作督查 says when, though it names no date."""
    reply = ask(service, "示范市啥时候工作督查")
    assert "每半年" in reply and "未找到" not in reply, reply


def test_a_citys_total_leads_its_districts_quotas(service: QueryService) -> None:
    """The city's own total (60个以上) leads the reply, not 各地不同 alone."""
    reply = ask(service, "示范市2033年省名牌产品要多少个")
    lead = next(line for line in reply.splitlines() if line.startswith("答"))
    assert "示范市 60个以上" in lead and "各地不同" in lead, reply


def test_deadlines_of_a_retired_plans_region_say_it_is_retired(tmp_path: Path) -> None:
    """/deadlines 示范市 after /retire of its plan says the plan is retired, by its title."""
    with invented_plans_service(tmp_path, PLAN) as service:
        assert service.deadlines("示范市").found
        retire_document(service.engine, 1, "示政办发〔2031〕41号")
        service.invalidate()
        for place in ("示范市", "东城区"):
            answer = service.deadlines(place)
            assert not answer.found, render_plain(answer)
            said = render_plain(answer)
            assert "已停用" in said and "示范市品牌提升行动计划" in said, said


NOTICE = """关于2032年度质量奖配套奖励申报的公告
根据《示范市关于促进实体经济高质量发展的实施办法》(示规〔2031〕4号)文件规定,我局将对2032年度获得省、市质量奖的企业实施配套奖励,现将有关事项公告如下。
一、申报条件
(一)注册地和统计关系均在示范市。
(二)申报主体属于企业的,达到规模以上条件的应依法纳入示范市统计局“四上”企业库。
二、奖励标准
获得省政府质量奖的,给予300万元奖励。
示范市市场监督管理局
2032年2月6日
"""

REPORT = """示范市人民政府办公室关于印发2032年政府工作报告重点工作任务分解表的通知
示政办〔2032〕5号
2031年12月30日,市长在市人民代表大会第四次会议所作的《政府工作报告》安排部署了今年经济社会发展的主要工作任务。为推动落实,现将任务分解如下。
一、扩大有效投资,全年完成固定资产投资增长10%。(牵头单位:市发展改革委)
示范市人民政府办公室
2032年1月10日
"""


@pytest.fixture(scope="module")
def notices(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("notices"), NOTICE, REPORT) as service:
        yield service


def test_the_issuer_speaking_of_itself_answers_who(notices: QueryService) -> None:
    """去哪个部门申报, answered by 我局将对…实施配套奖励: 我局 is the notice's issuer, which
    leads the reply (the sentence never names it)."""
    reply = ask(notices, "示范市质量奖配套奖励去哪个部门申报?")
    lead = next(line for line in reply.splitlines() if line.startswith("答"))
    assert "示范市市场监督管理局" in lead, reply


def test_a_sentence_under_a_rewards_conditions_answers_about_that_reward(
    notices: QueryService,
) -> None:
    """A condition of the reward (纳入统计局“四上”企业库) sits under 申报条件 and does not say
    奖; asked about the reward, it still answers."""
    reply = ask(notices, "示范市企业申报质量奖配套,要纳入统计局什么企业库?")
    assert "四上" in reply and "未找到" not in reply and "部分相符" not in reply, reply


def test_a_day_asked_of_a_years_document_may_fall_the_year_before(notices: QueryService) -> None:
    """2032年的政府工作报告是哪天作的: the 2032 document says it was made on 2031年12月30日."""
    reply = ask(notices, "示范市2032年的政府工作报告是哪天作的?")
    assert "2031年12月30日" in reply and "部分相符" not in reply, reply


def test_a_body_sentence_quoting_a_notice_is_not_the_title() -> None:
    """A draft opinion put out for comment: its title line (关于…的实施意见) above a line saying
    (征求意见稿), then a body sentence quoting 《…关于印发<…>的通知》. The title is the
    opinion's, not the body's opening clause."""
    text = """为贯彻落实《示范省质量强省建设纲要》,我局牵头起草了实施意见(征求意见稿),现公开征求意见。
示范市市场监督管理局
2033年9月26日
关于深入贯彻落实《示范省质量强省建设纲要》的实施意见
(征求意见稿)
为深入贯彻质量强国建设的重要论述精神,落实《中共示范省委、示范省人民政府关于印发<示范省质量强省建设纲要>的通知》部署要求,结合实际,制定本实施意见。
一、总体要求
"""
    title = extract_metadata("draft.txt", text).title
    assert title == "关于深入贯彻落实《示范省质量强省建设纲要》的实施意见", title


DRAFT = """关于征求《示范市质量强市实施意见(征求意见稿)》意见的公告
为加快推进质量强市建设,我局起草了《示范市质量强市实施意见(征求意见稿)》,现公开征求社会各界意见。欢迎积极参与,有关意见请于2033年10月26日前以邮寄、电子邮件等方式书面反馈我局。
示范市市场监督管理局
2033年9月26日
"""


def test_asked_whether_one_may_still_comment_the_comment_deadline_answers(
    tmp_path: Path,
) -> None:
    """还能提意见吗?截止到哪天: the documents ask for 意见 (反馈意见), never 提意见; the
    deadline for comments answers, without 部分相符."""
    with invented_plans_service(tmp_path, DRAFT) as service:
        reply = ask(service, "示范市质量强市意见稿还能提意见吗?截止到哪天?")
        assert "2033年10月26日" in reply and "部分相符" not in reply, reply


SUPPORT = city_plan(
    """一、政策扶持
加大财政资金和政策支持力度,对获得“示范制造”品牌认证的企业,给予“国家级品牌”同等政策奖励。强化金融支持,对通过“示范制造”认证的企业,在融资上给予倾斜,优先列入上市后备企业。
"""
)


def test_what_policies_one_enjoys_lists_each_treatment(tmp_path: Path) -> None:
    """通过认证能享受什么政策: both treatments the rule gives the certified firm (融资倾斜 and
    国家级品牌同等政策), not only the one whose words match best."""
    with invented_plans_service(tmp_path, SUPPORT) as service:
        reply = ask(service, "示范市企业通过“示范制造”认证能享受什么政策?")
        assert "国家级品牌" in reply and "融资" in reply, reply


AIR = city_plan(
    """一、工作目标
到2033年,全市优良天数达到315天,PM2.5浓度为42微克/立方米,PM10浓度明显下降,重污染天数明显减少。
"""
)


def test_a_number_asked_is_not_another_things_number(tmp_path: Path) -> None:
    """PM10要降到多少微克: the sentence gives PM2.5's figure and says PM10 only 明显下降, so
    未找到 (not 42, PM2.5's); PM2.5 asked, 42 answers."""
    with invented_plans_service(tmp_path, AIR) as service:
        reply = ask(service, "示范市PM10到2033年要降到多少微克?")
        assert "未找到" in reply and "42" not in reply, reply
        other = ask(service, "示范市PM2.5到2033年要降到多少微克?")
        assert "42微克" in other and "未找到" not in other, other


def test_a_district_of_a_retired_city_plan_says_so_in_every_lookup(tmp_path: Path) -> None:
    """Second trial: after /retire of the city's plan, /targets and /rewards of a district and
    a free question about it gave a bare 未找到 (only /deadlines and the city itself said
    the plan was retired)."""
    with invented_plans_service(tmp_path, PLAN) as service:
        retire_document(service.engine, 1, "示政办发〔2031〕41号")
        service.invalidate()
        for answer in (
            service.targets("东城区"),
            service.rewards("东城区"),
            service.ask("东城区省名牌产品要多少个"),
        ):
            said = render_plain(answer)
            assert not answer.found and "已停用" in said, said
            assert "示范市品牌提升行动计划" in said, said
