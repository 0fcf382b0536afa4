"""A 是不是“…” hint under a 未找到 about one region suggests only what that region's documents
say: a slip in a question about 样例市 was put right with a term only 示范市's plan uses, which
样例市's list would not hold either (found in a trial)."""

from __future__ import annotations

from pathlib import Path

from invented_plans import city_plan, invented_plans_service
from policybot.knowledge.hints import WHERE_TO_LOOK

BRAND_PLAN = city_plan(
    """一、主要目标
到2033年,全市新增驰名商标10件,新增省级品牌企业30家。
"""
)
OTHER_CITY_PLAN = """样例市人民政府关于印发样例市标准化提升行动方案(2031—2033年)的通知
样政发〔2031〕12号
样例市标准化提升行动方案(2031—2033年)
一、主要目标
到2033年,全市主导制定国家标准8项,新增省级品牌企业20家。
"""


def test_a_slip_about_one_city_is_not_put_right_with_another_citys_term(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, BRAND_PLAN, OTHER_CITY_PLAN) as service:
        other = service.targets("样例市", "驰明商标")
        own = service.targets("示范市", "驰明商标")
        anywhere = service.targets(None, "驰明商标")
    assert not other.found and other.suggestions == (WHERE_TO_LOOK,), other.suggestions
    # The city whose plan writes 驰名商标 has the slip put right, as a question has it
    # (test_lookup_keyword_slips): found, no hint needed; so has every region's list.
    assert own.found and own.facts, own.headline
    assert anywhere.found and anywhere.facts, anywhere.headline
