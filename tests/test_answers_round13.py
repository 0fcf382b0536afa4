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


ROW = city_plan(
    """一、主要目标
(一)品牌培育。到2033年,全市培育细分行业龙头企业300家以上;各区每年培育细分行业龙头企业数不少于:东湖区30家、西岭区25家、南塘区25家、北山区12家、中洲区12家。(牵头单位:市经信局)
"""
)


def test_every_place_of_a_row_is_answered_and_listed(tmp_path: Path) -> None:
    """各区…不少于: five districts, two pairs sharing a figure. A question about 各区 lists every
    district (it was cut at three near ties, with no word that two were missing), and the
    lists keep two districts given one figure apart (they were folded into one line)."""
    with invented_plans_service(tmp_path, ROW) as service:
        reply = render_plain(service.ask("示范市各区2033年龙头企业要培育多少家?"))
        for district, figure in (
            ("东湖区", "30家"),
            ("西岭区", "25家"),
            ("南塘区", "25家"),
            ("北山区", "12家"),
            ("中洲区", "12家"),
        ):
            assert any(district in line and figure in line for line in reply.splitlines()), reply
        listing = render_plain(service.targets("示范市", "龙头企业"))
        assert all(district in listing for district in ("西岭区", "南塘区", "北山区", "中洲区"))
