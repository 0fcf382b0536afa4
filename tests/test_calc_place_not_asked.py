"""A reward sum asked with no place (我们公司主导制定了一项国家标准,能拿多少奖励) is one place's
rules: the calculation says whose (只查到示范市的规定…, as a lookup's answer does), or, when
several places reward the achievement, gives each place's figure (trial 47). Invented plans."""

from __future__ import annotations

from pathlib import Path

from policybot.handlers.calc_format import render_calculation_plain
from policybot.knowledge.service import QueryService
from tests.invented_plans import CITY_NOTICE, city_plan, invented_plans_service

QUESTION = "我们公司主导制定了一项国家标准,能拿多少奖励"
RULES = """一、奖励措施
(一)对主导制修订并经批准发布实施的国家标准的企业,每项奖励50万元;参与制修订的,每项奖励10万元。
(二)对新获得中国驰名商标的企业,奖励100万元。
"""
OTHER_RULES = """一、奖励措施
(一)对主导制修订国家标准的企业,每项奖励30万元。
"""


def other_city_plan(body: str) -> str:
    """The same invented plan, of 北原市 (北政办发〔2031〕7号)."""
    notice = CITY_NOTICE.replace("示范市", "北原市").replace(
        "示政办发〔2031〕41号", "北政办发〔2031〕7号"
    )
    return notice + body


def calculated(service: QueryService, question: str) -> str:
    route = service.route(question)
    assert route.calculation is not None, route
    _, calculation = route.calculation
    assert calculation.found, calculation.message
    return render_calculation_plain(calculation)


def test_one_places_rules_are_said_to_be_that_places(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(RULES)) as service:
        reply = calculated(service, QUESTION)
        assert "合计: 50万元" in reply
        assert "只查到示范市的规定;其他地区请在问题里加上地区名" in reply, reply
        asked = calculated(service, "我们公司主导制定了一项国家标准,在示范市能拿多少奖励")
        assert "只查到" not in asked, asked  # the place was asked: nothing to say


def test_several_places_rules_each_give_their_figure(tmp_path: Path) -> None:
    with invented_plans_service(
        tmp_path, city_plan(RULES), other_city_plan(OTHER_RULES)
    ) as service:
        reply = calculated(service, QUESTION)
        assert "其他地区见下" in reply and "只查到" not in reply, reply
        assert ("北原市: 30万元" in reply) != ("示范市: 50万元" in reply), reply
        assert "未合并计算" not in reply, reply  # the other place's document is named once
