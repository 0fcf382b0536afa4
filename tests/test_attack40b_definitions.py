"""attack40b: "品牌企业的定义" (the plainest way to ask what a term means) gets 部分相符 with the
target 45家 (with a second plan defining it too: 未找到“品牌”“企业”“定义”), though the plan defines
it (本计划所称品牌企业,是指…) and 品牌企业是指什么 is answered. Invented plan."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.invented_plans import ask, city_plan, invented_plans_service

PLAN = city_plan(
    "一、主要目标\n到2033年,全市品牌企业达到45家。\n"
    "二、附则\n本计划所称品牌企业,是指获得省级以上品牌称号的企业。\n"
)


def test_a_terms_definition_asked_as_de_dingyi(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PLAN, now=datetime(2032, 6, 1, 1, tzinfo=UTC)) as service:
        assert "省级以上品牌称号" in ask(service, "品牌企业是指什么")
        reply = ask(service, "品牌企业的定义")
    assert "省级以上品牌称号" in reply, reply
