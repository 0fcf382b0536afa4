"""The 是不是“…” hint under a 未找到 reached from a plain question, not only from the lookup
commands (tests/test_hints*.py ask /targets). The question path puts most slips right itself
(驰明商标 is answered as 驰名商标), so the hint shows only where what was typed is no slip the
speller mends: 驰名商品, whose every character pair the store writes. The hint read
是不是“驰名 商标品”?, the space that joins the question's topic words echoed to the user."""

from __future__ import annotations

from pathlib import Path

from invented_plans import city_plan, invented_plans_service

PLAN = city_plan(
    """一、主要目标
到2033年,全市新增驰名商标10件,新增省级品牌企业30家。
"""
)


def test_a_question_s_near_miss_gets_the_store_s_term(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, PLAN) as service:
        answer = service.ask("驰名商品奖励多少?")
        mended = service.ask("驰明商标奖励多少?")
    assert not answer.found
    (hint,) = answer.suggestions
    assert hint.startswith("是不是“驰名商标") and " " not in hint, hint
    # a slip the speller mends needs no hint: the question is read as 驰名商标
    assert "驰名商标" in mended.headline and not any("是不是" in s for s in mended.suggestions)
