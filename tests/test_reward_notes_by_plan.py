"""A reward asked of no region, answered from two plans: each condition note names whose it is,
and a cap is never folded into "另有…条奖励条件,见原文" (both plans invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.invented_plans import ask, invented_plans_service

EAST = """东岭区人民政府办公室关于印发东岭区标准奖励办法的通知
东政办发〔2031〕2号
东岭区人民政府办公室
2031年3月1日
一、奖励措施
主导制定国家标准的,给予40万元奖励。
同一事项符合多项奖励条件的,按就高原则给予奖励,不重复享受。同一企业年度奖励总额不超过90万元。
"""
WEST = """西岭县人民政府关于印发西岭县标准奖励办法的通知
西政发〔2031〕4号
西岭县人民政府
2031年3月2日
一、奖励措施
主导制定国家标准的企业,给予30万元奖励。
本办法奖励政策适用于西岭县本级(不含省属企业)。
上述涉企奖励资金总额不超过企业当期纳税总额地方留存部分。
"""


def test_each_note_names_its_plan_and_no_cap_is_hidden(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    with invented_plans_service(Path(tmp_path_factory.mktemp("notes")), EAST, WEST) as service:
        reply = ask(service, "主导制定国家标准奖励多少")
    notes = [line for line in reply.splitlines() if line.startswith("注(")]
    assert "见原文" not in reply, reply
    assert any("东岭区" in note and "90万元" in note for note in notes), reply
    assert any("西岭县" in note and "纳税" in note for note in notes), reply
    assert all("东岭区" in note or "西岭县" in note for note in notes), reply
