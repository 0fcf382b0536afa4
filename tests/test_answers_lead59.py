"""lead59: ways of asking found by question batch qa58's misses and the stop-59 trial.
增长几个点 asks a percentage (percentage points): its 几个 was read as a count in 个, so a
sentence saying 增长0.4% could not answer and the reply was 未找到."""

from __future__ import annotations

from invented_plans import ask, plans_fixture
from policybot.knowledge.service import QueryService

REPORT = """样板省人民政府办公厅关于2030年度粮食生产目标考核结果的通报
样办函〔2031〕20号
各市(州)人民政府,省政府各部门:
2030年,各地认真落实强农惠农政策,全省粮食总产达到3120.6万吨,比2029年增加12.3万吨、增长0.6%。
按照《样板省粮食生产奖励评选办法》,省政府决定授予青禾县等10个县人民政府2030年度粮食生产先进县。
样板省人民政府办公厅
2031年3月2日
"""

service = plans_fixture("lead59", REPORT)


def test_how_many_points_asks_a_percentage(service: QueryService) -> None:
    reply = ask(service, "样板省2030年粮食总产比2029年多了多少,增长几个点?")
    assert "12.3万吨" in reply and "0.6%" in reply, reply
    assert "未找到" not in reply, reply


def test_how_many_percentage_points_too(service: QueryService) -> None:
    reply = ask(service, "样板省2030年粮食总产增长了多少个百分点")
    assert "0.6%" in reply and "未找到" not in reply, reply
