"""Answering round 13 (issue 12): failures the integrator found in the dev questions' longest
replies. The store holds an invented plan (示范市, made-up stages and figures)."""

from __future__ import annotations

from pathlib import Path

from policybot.handlers.formatting import render_plain
from tests.invented_plans import city_plan, invented_plans_service

STAGES = city_plan(
    """一、主要目标
到2033年,全市新增品牌示范企业40家。(责任单位:市市场监管局)
二、工作步骤
(一)动员阶段(2031年3月—2031年6月)
明确目标任务,落实工作责任。
(二)推进阶段(2031年7月—2032年12月)
各责任单位全面推进落实行动计划。
(三)总结阶段(2033年1月—2033年3月)
总结评估行动计划各项工作目标的完成情况。
"""
)


def test_a_verb_naming_a_stage_asks_for_that_stage(tmp_path: Path) -> None:
    """推进 alone is a verb of doing that names no task; 推进阶段 is a stage of the plan, and
    "推进阶段什么时候结束" asks its end, not a listing of every date of the city."""
    with invented_plans_service(tmp_path, STAGES) as service:
        for question in ("示范市推进阶段要到什么时候结束?", "示范市的推进阶段到什么时候"):
            reply = render_plain(service.ask(question))
            head = reply.splitlines()[:3]
            assert any("2032-12-31" in line for line in head), reply
            assert "共" not in reply.splitlines()[1], reply
            assert "推进阶段" in reply, reply
