"""Answers round 27 (issue 12): a question naming what the candidate's document never writes is
not answered by a sentence that shares its other words — a quantity the plan never states
(总投资是多少 of a plan that never writes 投资), a kind the rule does not name (有机 before 产品,
where the rule pays 绿色食品认证). Every text is invented (made-up places, figures and
numbers). 几等奖 asks which tier, as 哪一等奖 does."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import city_plan, invented_plans_service

ASKED = datetime(2032, 6, 1, 1, tzinfo=UTC)
REFUSAL = "未找到"

# A county's rules paying for one kind of certificate, per certified product.
RULES = """青禾县人民政府办公室关于印发青禾县“青禾源”品牌扶持办法的通知
青政办发〔2032〕9号
各乡镇人民政府,县政府各部门:
第一条 对新获得绿色食品认证的主体,每个获证产品给予一次性奖励3万元。
第二条 对新注册“青禾源”集体商标的合作社,给予一次性奖励1万元。
青禾县人民政府办公室
2032年2月10日
"""

# Another city's plan that does speak of 有机 and 投资: the store knows both words.
OTHER = """远山市人民政府关于印发远山市生态农业三年行动计划的通知
远政发〔2032〕4号
各县(区)人民政府,市政府各部门:
一、到2033年,全市有机农产品基地达到12个。
二、到2033年,全市生态农业项目完成投资8亿元。
远山市人民政府
2032年3月5日
"""

# A city's commendation of its districts, by tier.
DECISION = """远山市人民政府关于表彰2031年度生态农业先进区县的决定
远政〔2032〕6号
各县(区)人民政府,市政府各部门:
经考核,决定对工作成绩突出的区县予以表彰。
一、生态农业先进区县
一等奖青石县兑现奖金80万元;二等奖白塔区、红岭区各兑现50万元;三等奖绿洲县兑现30万元。
远山市人民政府
2032年2月1日
"""

# A city's work items: a heading naming three bases, a line under it with a figure of another
# thing (tonnes), and no investment anywhere.
PLAN = city_plan(
    """一、重点工作
(一)加快建设东港、北岭、西湾三大装备产业基地。(牵头单位:市经信局)
抓好60万吨钢材深加工改扩建项目。(牵头单位:市发改委)
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round27")
    with invented_plans_service(Path(folder), RULES, OTHER, PLAN, DECISION, now=ASKED) as service:
        yield service


def test_a_quantity_the_plan_never_states_is_not_answered(service: QueryService) -> None:
    # the plan names the three bases but never an investment: 60万吨 is not what is asked
    reply = _ask(service, "示范市三大装备产业基地建设总投资是多少?")
    assert REFUSAL in reply, reply
    # what it does say under the heading is answered
    reply = _ask(service, "示范市钢材深加工改扩建项目由哪个单位牵头?")
    assert "市发改委" in reply and REFUSAL not in reply, reply


def test_a_kind_the_rule_does_not_name_is_not_answered(service: QueryService) -> None:
    # the rules pay 绿色食品认证 per product; 有机产品认证 is another certificate
    reply = _ask(service, "青禾对新获得有机产品认证的每个产品奖多少?")
    assert REFUSAL in reply, reply
    # the kind the rule names is answered
    reply = _ask(service, "青禾对新获得绿色食品认证的每个产品奖多少?")
    assert "3万元" in reply and REFUSAL not in reply, reply


def test_which_tier_asked_with_ji_is_answered(service: QueryService) -> None:
    # 几等 is no word of the documents: it asks which tier, as 哪一等奖 does
    for question in (
        "远山生态农业先进区县评比白塔区拿的几等奖?",
        "远山生态农业先进区县评比白塔区拿的奖是几等?",
    ):
        reply = _ask(service, question)
        assert "二等奖" in reply and REFUSAL not in reply and "仅供参考" not in reply, reply
