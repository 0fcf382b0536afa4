"""A district's figure from a row stating every district's (各区每年培育…:东湖区30家、西岭区20家)
is listed as that district's: its label does not say 各区 (trial 34, /targets 南海)."""

from __future__ import annotations

from pathlib import Path

from invented_plans import city_plan, invented_plans_service
from policybot.knowledge.lines import own_label

PLAN = city_plan("一、主要目标\n2032年,各区每年培育星光龙头企业数不少于:东湖区30家、西岭区20家。\n")


def test_a_districts_line_of_an_each_district_row_does_not_say_each(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PLAN) as service:
        answer = service.targets("示范市")
    rows = [line for line in answer.facts if "星光龙头企业" in line.label]
    # The bound is written with its number (不少于30家, trialfix34).
    assert {line.value for line in rows} == {"不少于30家", "不少于20家"}, answer.facts
    assert all(not line.label.startswith("各") for line in rows), answer.facts


def test_only_a_districts_own_row_loses_the_each() -> None:
    assert own_label("各区每年培育企业数", "示范市东湖区") == "每年培育企业数"
    assert own_label("各县(区)新增企业数", "示范市东湖区") == "新增企业数"
    assert own_label("各区每年培育企业数", None) == "各区每年培育企业数"
    assert own_label("各项指标完成率", "示范市东湖区") == "各项指标完成率"
