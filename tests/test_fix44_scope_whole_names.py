"""fix44: a scope excluding a longer district name (本办法不适用于新东岭区) does not leave out the
district whose name it ends with (东岭区): excluded names are matched whole. Invented plan."""

from __future__ import annotations

from pathlib import Path

from tests.invented_plans import ask, city_plan, invented_plans_service

PLAN = city_plan(
    """一、主要目标
到2033年,全市新增品牌企业30家,其中东岭区8家。
二、奖励措施
(一)对主导制定国家标准的企业,给予每项50万元奖励。
(二)本办法不适用于新东岭区。
"""
)


def test_an_exclusion_of_a_longer_name_leaves_the_shorter_one_in(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PLAN) as service:
        reply = ask(service, "东岭区主导制定国家标准奖励多少?")
        refused = ask(service, "新东岭区主导制定国家标准奖励多少?")
    assert "50万元" in reply and "不含东岭区" not in reply, reply
    assert "不含新东岭区" in refused, refused
