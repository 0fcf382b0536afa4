"""Answering round 15: sentence choice among the passages, each on invented plans.

A question asking by how much something grows each year (研发经费每年要增长多少) is answered
by the sentence that gives the yearly rate, which a plan writes 年均增长, not by another
sentence that happens to say 每年 of a different sum (每年给予…经费补助)."""

from __future__ import annotations

from pathlib import Path

from policybot.handlers.formatting import render_plain
from tests.invented_plans import city_plan, invented_plans_service

YEARLY_RATE = city_plan(
    """一、主要目标
到2033年,全市研发经费投入强度达到2.7%,实现研发经费年均增长17%。
二、支持研发机构建设
对新认定的市级研发中心,建设期内每年给予80万元科研经费补助。
"""
)


def test_a_yearly_growth_is_read_from_the_sentence_saying_its_yearly_rate(
    tmp_path: Path,
) -> None:
    """每年 asked of a growth is the plan's 年均: the sentence with 年均增长 answers, with its
    rate; the sentence saying 每年 of a subsidy says nothing of growth."""
    with invented_plans_service(tmp_path, YEARLY_RATE) as service:
        reply = render_plain(service.ask("示范市研发经费每年要增长多少?"))
        assert "17%" in reply and "80万元" not in reply, reply
        subsidy = render_plain(service.ask("示范市研发中心每年给多少科研经费补助?"))
        assert "80万元" in subsidy, subsidy
