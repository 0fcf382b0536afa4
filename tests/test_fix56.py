"""Fix 56 (trial 44) on invented plans: /doc by a number a stored document stops or cites (L1);
a unit asked what it leads in a plan that names only 责任单位 (M8)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ASKED_AT, ask, city_plan, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.service import QueryService

# Invented: a plan made under an older 纲要 (cited by its number) that stops an older 意见; its
# task chapter names only 责任单位 (A、B), never a lead.
PLAN = city_plan(
    "根据《示范市质量发展纲要》(示政发〔2029〕5号)精神,制定本计划。\n"
    "一、重点任务\n"
    "(一)品牌培育计划\n每年培育示范品牌10个。(责任单位:市市场监管局、市商务局)\n"
    "(二)标准领跑计划\n每年制定先进标准20项。(责任单位:市市场监管局、市工信局)\n"
    "(三)人才培养计划\n每年培训首席质量官200名。(责任单位:市人社局)\n"
    "二、附则\n本计划自2031年3月2日起实施。《示范市人民政府关于加快推进示范产业发展的若干意见》"
    "(示政发〔2020〕12号)同时停止执行。\n"
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("fix56"), PLAN) as service:
        yield service


def test_doc_finds_the_document_stopping_a_number(service: QueryService) -> None:
    reply, _ = answer_text(service, "/doc 示政发〔2020〕12号")
    assert "未找到" not in reply, reply
    assert "示范市品牌提升行动计划" in reply and "停止执行" in reply, reply


def test_doc_finds_the_document_citing_a_number(service: QueryService) -> None:
    reply, _ = answer_text(service, "/doc 示政发〔2029〕5号")
    assert "未找到" not in reply, reply
    assert "示范市品牌提升行动计划" in reply and "引用" in reply, reply


def test_doc_of_a_number_nobody_names_is_not_found(service: QueryService) -> None:
    reply, _ = answer_text(service, "/doc 示政发〔2011〕99号")
    assert "未找到" in reply, reply


def test_a_unit_asked_what_it_leads_where_the_plan_names_only_responsible_units(
    service: QueryService,
) -> None:
    reply = ask(service, "示范市市场监管局牵头哪些任务")
    assert "责任单位" in reply, reply
    assert "按任务列出" not in reply, reply  # one count, not two
    assert "品牌培育计划" in reply and "标准领跑计划" in reply, reply
    assert "人才培养计划" not in reply, reply


# Invented: a task of two paragraphs, each closed by its own 牵头单位 trailer, the second naming
# one of the first's units only.
TWO_TRAILERS_PLAN = city_plan(
    "一、重点计划\n"
    "1.对外交流计划。组织企业参加国内外品牌展会,学习先进企业的品牌建设经验。"
    "(牵头单位:市市场监管局、市商务局、市工信局)\n"
    "支持品牌企业通过海外并购、建立营销网络等形式开拓国际市场。(牵头单位:市商务局)\n"
    "2.人才培养计划。每年培训首席质量官200名。(牵头单位:市人社局)\n"
)


def test_who_leads_a_task_of_two_paragraphs_names_every_lead(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with invented_plans_service(tmp_path_factory.mktemp("m7"), TWO_TRAILERS_PLAN) as service:
        reply = ask(service, "示范市对外交流计划牵头单位")
    headline = reply.splitlines()[1]
    for unit in ("市市场监管局", "市商务局", "市工信局"):
        assert unit in headline, reply
    assert "市人社局" not in headline, reply


def test_deadlines_of_a_district_list_the_city_duties_its_reminders_reach(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    """fix52 left /deadlines <district> at milestones: a city duty its government supports, or
    naming it past the 60-character clip of its title, reached its subscribers but was no
    deadline of the district. Both are listed now; duties citing or leaving it out are not."""
    from test_district_reach_duties import DUTY_PLAN, LONG_WORK, SUPPORTED
    from test_district_reach_duties import LEFT_OUT as DUTY_LEFT_OUT

    long_duty = f"6.定期调度。每季度召开一次{LONG_WORK}建设调度会。(牵头单位:市市场监管局)\n"
    plan = DUTY_PLAN.replace("3.共建服务平台。", long_duty + "3.共建服务平台。")
    folder = tmp_path_factory.mktemp("deadlines")
    with invented_plans_service(folder, plan, now=ASKED_AT.replace(year=2032)) as service:
        southern, _ = answer_text(service, "/deadlines 南汀区")
        western, _ = answer_text(service, "/deadlines 西湾区")
    assert SUPPORTED in southern, southern
    assert DUTY_LEFT_OUT not in southern, southern
    assert "召开集计量检测" in western, western  # (its title, clipped; 西湾区 named after)
    assert SUPPORTED not in western, western


# Invented: a goal written as prose (one sentence of several measures), its share at the end.
SHARE_PLAN = city_plan(
    "一、总体要求\n(一)工作目标\n1.企业质量意识大幅提升。到2032年底,全市规模以上企业采用卓越绩效、"
    "六西格玛等先进管理模式,通过质量管理体系认证的数量占比达到90%以上。\n"
)


@pytest.mark.parametrize(
    "question", ["示范市規上企業質量管理體系認證佔比", "示范市规上企业质量管理体系认证占比"]
)
def test_a_share_asked_without_duoshao_leads_with_its_figure(
    tmp_path_factory: pytest.TempPathFactory, question: str
) -> None:
    with invented_plans_service(tmp_path_factory.mktemp("share"), SHARE_PLAN) as service:
        reply = ask(service, question)
    headline = reply.splitlines()[1]
    assert "90%以上" in headline and "卓越绩效" not in headline, reply
