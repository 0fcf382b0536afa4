"""Answers round 31 (issue 12): a place only a province's notice names, answered from a plan
whose text never names its place; replies that lead with the answer. Every text is invented
(made-up figures; real city names only as places)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import city_plan, invented_plans_service

ASKED = datetime(2032, 6, 1, 1, tzinfo=UTC)
HEDGE = "部分相符"
REFUSAL = "未找到"

# A city's work plan whose text never names its city (no title, no 文号, no 落款).
UNPLACED = """全文
一、坚持系统集成,推动审批全链条优化
1.全面实施证明事项清单管理。2032年10月底前编制并公布市、县两级证明事项清单,清单之外一律不得索要证明。(市政府办公室、市审批服务改革领导小组办公室牵头,各县市区政府按职责分工负责)
"""

# A province's notice naming its cities (so the city is a place the store mentions, filed
# under no region of its own).
PROVINCE = """陕西省人民政府关于表彰2031年度河道保洁先进单位的通报
陕政发〔2032〕5号
各设区市人民政府,省人民政府各工作部门:
经省政府同意,对考核等级为优秀的宝鸡市、铜川市各奖励100万元。
授予星海啤酒(示范江滨)股份有限公司“省长质量奖”,给予一次性奖励80万元。
陕西省人民政府
2032年2月1日
"""


# A city's plan: a rule's scope in a numbered paragraph, and duties laid on bodies in a sentence
# that names other work first.
PLAN = city_plan(
    """一、保障措施
(一)建立领导推进机制。由市领导小组统筹协调、指导推进品牌建设(包括制造业、农业和服务业)各项工作,其中,市经信局、市市场监管局负责制造业品牌建设,市农业农村局负责农业品牌建设。
(二)完善奖励政策。
21.奖励政策适用于示范市级、甲区、乙区(不含驻示部属企业)。
(三)绿色食品奖励。品牌授权产品生产主体取得绿色食品证书后,填报申报验收表。对新获得绿色食品认证的主体,每个获证产品给予一次性奖励3万元;通过绿色食品续展认证的,每个获证产品给予一次性奖励2万元。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round31")
    with invented_plans_service(Path(folder), UNPLACED, PROVINCE, PLAN, now=ASKED) as service:
        yield service


def test_a_place_only_another_regions_notice_names_is_answered_by_an_unplaced_plan(
    service: QueryService,
) -> None:
    # 宝鸡 is named by the province's notice only: that notice does not answer, the plan that
    # never names its place does, said to be unplaced
    reply = _ask(service, "宝鸡什么时候前要编制公布市县两级证明事项清单?")
    assert "2032年10月底" in reply and HEDGE not in reply and REFUSAL not in reply, reply
    assert "没有写明地区" in reply, reply
    reply = _ask(service, "宝鸡证明事项清单管理由哪些单位牵头?")
    assert "市审批服务改革领导小组办公室" in reply and HEDGE not in reply, reply


def test_a_place_only_another_regions_notice_names_is_not_guessed_for(
    service: QueryService,
) -> None:
    # nothing of the unplaced plan answers: still 未找到, not the unplaced plan's sentence
    reply = _ask(service, "宝鸡驰名商标奖励多少?")
    assert REFUSAL in reply or HEDGE in reply, reply
    assert "证明事项" not in reply, reply


def _answer_line(reply: str) -> str:
    return next((line for line in reply.splitlines() if line.startswith("答: ")), "")


def test_a_rules_scope_asked_as_适用范围_is_its_适用于_sentence_without_its_list_number(
    service: QueryService,
) -> None:
    reply = _ask(service, "示范市奖励政策的适用范围是什么?")
    assert "甲区" in reply and REFUSAL not in reply and HEDGE not in reply, reply
    assert _answer_line(reply).startswith("答: 奖励政策适用于"), reply


def test_who_is_answered_by_the_bodies_first_then_the_sentence(service: QueryService) -> None:
    reply = _ask(service, "示范市制造业品牌建设由谁负责?")
    assert _answer_line(reply) == "答: 市经信局、市市场监管局", reply
    assert "负责制造业品牌建设" in reply, reply


def test_给多少_asks_a_sum_and_这边_is_no_word_of_the_topic(service: QueryService) -> None:
    # 给 is how the rules pay (给予…奖励): the sentence with the sum answers, not the one
    # naming the certificate without one
    reply = _ask(service, "我们的绿色食品证书续展了,示范市这边每个产品给多少?")
    assert "2万元" in reply and HEDGE not in reply and REFUSAL not in reply, reply
    assert "这边" not in reply.splitlines()[0], reply


def test_a_firms_name_holding_a_regions_name_is_no_region_asked(service: QueryService) -> None:
    # 星海啤酒(示范江滨): 示范 is the firm's, as the notice writes it, not 示范市 asked about
    reply = _ask(service, "星海啤酒示范江滨拿的省长质量奖奖了多少钱?")
    assert "80万元" in reply and REFUSAL not in reply and HEDGE not in reply, reply
    # a region typed before a firm's ordinary words stays the region asked about
    assert "示范市" in _ask(service, "示范市绿色食品续展每个产品奖多少?").splitlines()[0]
