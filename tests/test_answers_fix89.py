"""fix89: a reward's two levels written in two sentences are paired by their item (attack51 H5,
M7); a target's two years subtracted (trial49 M3); a reply of several sums leads with all of
them (trial49 M7). Invented plans only."""

from __future__ import annotations

from pathlib import Path

from tests.invented_plans import ask, city_plan, invented_plans_service

# Another item's ceiling in the first rule; the quality award's two levels in two sentences.
_TWO_SENTENCES = """一、主要目标
到2032年,全市新增省级以上名牌产品10个。
二、奖励政策
(一)对新认定的国家级标准化示范项目,最高奖励20万元;对新获得国家级质量奖的企业,一次性奖励30万元。
(二)对新获得省级质量奖的企业,一次性奖励10万元。
"""
# A standard's two levels in two sentences (国家标准, 省地方标准), beside other items.
_STANDARDS = """一、主要目标
到2032年,全市主导制修订标准20项。
二、奖励政策
(一)对主导制定国际标准的单位,最高奖励50万元;对主导制定国家标准的单位,每项奖励30万元。
(二)对主导制定省地方标准的单位,每项奖励10万元;对参与制定国家标准的单位,最高奖励20万元。
"""
# No item rewarded at both levels: the two rewards found are two items.
_TWO_ITEMS = """一、主要目标
到2032年,全市新增省级以上名牌产品10个。
二、奖励政策
(一)对新认定的国家级标准化示范项目,最高奖励20万元。
(二)对新获得省级质量奖的企业,一次性奖励10万元。
"""


def test_levels_in_two_sentences_pair_the_same_item(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(_TWO_SENTENCES)) as levels:
        for question in ("示范市国家级比省级多奖多少", "示范市国家级质量奖比省级质量奖多奖多少"):
            reply = ask(levels, question)
            headline = reply.splitlines()[1]
            assert headline.startswith("答: 多20万元("), reply
            assert "30万元" in headline and "10万元" in headline, reply
            assert "最多" not in reply and "标准化示范项目" not in headline, reply


def test_standard_levels_in_two_sentences_are_subtracted_with_both_cited(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(_STANDARDS)) as levels:
        reply = ask(levels, "示范市国家级比省级多奖多少")
        answer = levels.ask("示范市国家级比省级多奖多少")
    assert "未找到" not in reply
    assert reply.splitlines()[1].startswith("答: 多20万元("), reply
    assert "主导制定国家标准" in reply and "主导制定省地方标准" in reply
    quotes = [line.citation.quote for line in answer.facts]
    assert any("国家标准的单位,每项奖励30万元" in quote for quote in quotes), quotes
    assert any("省地方标准的单位,每项奖励10万元" in quote for quote in quotes), quotes


def test_two_levels_of_two_items_are_not_subtracted(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(_TWO_ITEMS)) as levels:
        reply = ask(levels, "示范市国家级比省级多奖多少")
    assert "最多多10万元" not in reply and "多10万元" not in reply.splitlines()[1], reply
    assert "20万元" in reply and "10万元" in reply


# One target's figures of two years in one sentence each (trial49 M3).
_YEARS = """一、主要目标
2032年,全市新增省级名牌产品5个,安排品牌建设专项资金200万元;2033年,全市新增省级名牌产品8个,安排品牌建设专项资金260万元。
二、保障措施
加强组织领导。
"""


def test_two_years_of_a_target_are_subtracted_with_both_figures(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(_YEARS)) as years:
        short = ask(years, "示范市省级名牌产品33年比32年多几个")
        typed = ask(years, "示范市2033年新增省级名牌产品比2032年多多少")
        gap = ask(years, "示范市省级名牌产品2032年和2033年差多少")
        money = ask(years, "示范市品牌建设专项资金33年比32年多几万")
        answer = years.ask("示范市省级名牌产品33年比32年多几个")
    assert short.splitlines()[1] == "答: 多3个(2033年 8个,2032年 5个)", short
    assert typed.splitlines()[1] == "答: 多3个(2033年 8个,2032年 5个)", typed
    assert gap.splitlines()[1] == "答: 相差3个(2032年 5个,2033年 8个)", gap
    assert money.splitlines()[1] == "答: 多60万元(2033年 260万元,2032年 200万元)", money
    quotes = [line.citation.quote for line in answer.facts]
    assert any("2033年" in quote and "8个" in quote for quote in quotes), quotes
    assert any("2032年" in quote and "5个" in quote for quote in quotes), quotes


# One rule paying three sums (trial49 M7).
_THREE_SUMS = """一、主要目标
到2032年,全市主导制修订标准20项。
二、奖励政策
对主导制定国际标准、国家标准、行业标准的单位,每项分别奖励40万元、20万元、10万元。
"""


def test_three_sums_of_one_rule_all_lead(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, city_plan(_THREE_SUMS)) as sums:
        reply = ask(sums, "示范市主导制定标准奖励多少")
        one = ask(sums, "示范市主导制定国家标准奖励多少")
    headline = reply.splitlines()[1]
    for sum_ in ("40万元", "20万元", "10万元"):
        assert sum_ in headline, reply
    assert one.splitlines()[1] == "答: 20万元", one
