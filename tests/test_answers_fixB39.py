"""Answers a fresh-clone trial found wrong (stop 39): a field's targets asked (X的标准化目标)
answered by a task sentence repeated as item 1; 谁负责 answered by tasks naming no unit; a city
asked whose only plan is a district's; 计划什么时候截止 answered by a target's due; a count of
achievements beside a reward question; filler (我想知道) searched. Every plan here is invented."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.bot.cli import answer_text
from policybot.knowledge.service import QueryService

# Invented: 示范市's plan (2031—2033) with 标准化 targets, a long 标准化 task, a 认证 duty
# laid on no unit, and a reward per standard.
PLAN = city_plan(
    """一、主要目标
到2033年,全市新增主导制定国家标准8项、行业标准12项;新增省名牌产品30个。
2031年底前,新增导入卓越绩效管理企业90家。

二、主要任务
(一)深化标准化行动。推动示范市标准化研究基地和企业标准化创新基地建设,促进科技创新成果转化为标准,建立标准化与产业发展协同推进机制,强化技术标准研制与科技计划执行的互动。
(二)推进品字标认证。引导达标企业积极参加“品字标”产品认证,使用“品字标”标识。(责任单位:市市场监管局、市经信局)
(三)加强宣传。强化“品字标”认证相关标准和知识的宣传贯彻。

三、奖励政策
对主导制定国际标准、国家标准、行业标准的企业,分别给予60万元、30万元、10万元的奖励。
"""
)

# Invented: a district's plan of a city (云岭市) the store holds no plan of.
DISTRICT = """云岭市翠湖区人民政府办公室关于印发翠湖区品牌提升行动方案(2032—2033年)的通知
翠政办发〔2032〕7号

各街道办事处,区政府各部门:
现将《翠湖区品牌提升行动方案(2032—2033年)》印发给你们,请认真贯彻执行。

云岭市翠湖区人民政府办公室
2032年1月10日

翠湖区品牌提升行动方案(2032—2033年)

一、主要目标
到2033年,全区新增省名牌产品14个;培育区级质量标杆企业20家。

二、主要任务
鼓励企业开展“品字标”认证,推广使用“品字标”标识。(责任单位:区商务局)
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("fixB39"), PLAN, DISTRICT) as service:
        yield service


def _lead(reply: str) -> str:
    return next(line for line in reply.splitlines() if line.startswith("答:"))


def test_a_fields_targets_are_listed_not_a_task(service: QueryService) -> None:
    reply = ask(service, "示范市的标准化目标")
    assert "8项" in reply and "12项" in reply, reply
    assert "科技计划执行" not in _lead(reply), reply


def test_a_lead_line_never_repeats_item_one(service: QueryService) -> None:
    reply = ask(service, "示范市的标准化目标")
    lines = reply.splitlines()
    lead = _lead(reply).removeprefix("答:").strip()
    first = next((line for line in lines if line.startswith("1)")), "")
    assert not first or lead != first.removeprefix("1)").strip(), reply


@pytest.mark.parametrize("filler", ["我想知道", "麻烦问一下", "请教"])
def test_filler_is_never_searched(service: QueryService, filler: str) -> None:
    reply = ask(service, f"{filler}示范市2033省名牌要几个")
    title = reply.splitlines()[0]
    assert "知道" not in title and "麻烦" not in title and "请教" not in title, reply
    assert "“省名牌产品”" in title and "30个" in reply, reply


@pytest.mark.parametrize("ending", ["截止", "截至"])
def test_when_a_named_plan_ends_is_its_period(service: QueryService, ending: str) -> None:
    reply = ask(service, f"示范市的品牌提升计划什么时候{ending}")
    assert _lead(reply).startswith("答: 2033年"), reply
    assert "2031" in _lead(reply), reply


def test_sentences_answering_lead_with_no_copy_of_item_one(service: QueryService) -> None:
    reply = ask(service, "示范市标准化要做什么")
    assert "科技计划执行" not in _lead(reply), reply
    assert "1) 推动示范市标准化研究基地" in reply, reply


def test_who_of_several_regions_names_each_regions_units(service: QueryService) -> None:
    lead = _lead(ask(service, "谁负责品字标认证"))
    assert "区商务局" in lead and "市市场监管局" in lead, lead
    assert "各地不同" not in lead, lead


@pytest.mark.parametrize(
    "question",
    [
        "示范市主导制定国家标准奖多少钱?我们公司去年做了2项",
        "示范市主导制定国家标准奖多少?我们拿了2个",
    ],
)
def test_a_count_after_a_reward_question_is_summed(service: QueryService, question: str) -> None:
    reply = answer_text(service, question)[0]
    assert "60万元" in reply and "30万元" in reply, reply
    assert "去年" not in reply.splitlines()[0] and "部分相符" not in reply, reply


def test_a_city_with_only_its_districts_plan_answers_with_the_districts(
    service: QueryService,
) -> None:
    reply = ask(service, "云岭市2033年新增省名牌产品目标")
    assert "未找到" not in reply and "14个" in _lead(reply), reply
    assert "翠湖区" in reply.splitlines()[0], reply
    assert "云岭市本级没有" in reply, reply
