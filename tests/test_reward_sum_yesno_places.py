"""A yes/no on a reward's sum, checked as every plan that pays it writes it, on invented plans.

- attack53 H9: 驰名商标是不是奖励80万元, no place named, where 示范市 pays 50万元 and 样例市 80万元:
  each city's verdict, never the first city's 不是 for both; one place named keeps its own.
- A yes/no naming no reward (发钱是不是超过30万) weighs a ceiling (最高50万元) as the named
  reward's check does since attack53 H10: 不一定, never 是 as if 50万元 were paid.
- attack53 M1: 是不是1千万 is 10,000,000元 (千 and 万 both), not 1,000元."""

from __future__ import annotations

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, city_plan, plans_fixture

_SAMPLE = """样例市人民政府办公室关于印发样例市品牌提升行动计划(2031—2033年)的通知
样政办发〔2031〕5号
各县(区)人民政府,市政府各部门:
现将《样例市品牌提升行动计划(2031—2033年)》印发给你们,请认真贯彻执行。
样例市人民政府办公室
2031年4月2日
样例市品牌提升行动计划(2031—2033年)
二、奖励政策
对新获得中国驰名商标的企业,一次性奖励80万元。
"""
_CITY = """二、奖励政策
(一)对新获得中国驰名商标的企业,一次性奖励50万元。
(二)对新获得省级质量奖的企业,最高奖励40万元。
(三)对新获得市长质量奖的企业,一次性奖励20万元。
"""

# A plan that names no place of its own: its sum counts, named by its title.
_NO_PLACE = """品牌奖励办法
一、对获得中国驰名商标的企业,给予一次性奖励60万元。
"""

two_cities = plans_fixture("reward_yesno_two_cities", city_plan(_CITY), _SAMPLE)
with_unplaced = plans_fixture("reward_yesno_unplaced", city_plan(_CITY), _SAMPLE, _NO_PLACE)


def _headline(reply: str) -> str:
    return next(line for line in reply.splitlines() if line.startswith("答:"))


def test_each_city_gets_its_own_verdict(two_cities: QueryService) -> None:
    headline = _headline(ask(two_cities, "驰名商标是不是奖励80万元"))
    assert "示范市 不是,50万元" in headline and "样例市 是,80万元" in headline, headline
    headline = _headline(ask(two_cities, "是不是驰名商标奖50万"))
    assert "示范市 是,50万元" in headline and "样例市 不是,80万元" in headline, headline


def test_one_verdict_for_all_still_names_each_citys_sum(two_cities: QueryService) -> None:
    headline = _headline(ask(two_cities, "驰名商标奖励是否超过40万"))
    assert headline.startswith("答: 是,"), headline
    assert "示范市 50万元" in headline and "样例市 80万元" in headline, headline


def test_a_place_named_is_checked_alone(two_cities: QueryService) -> None:
    assert _headline(ask(two_cities, "示范市驰名商标是不是奖励80万元")) == "答: 不是,50万元"
    assert _headline(ask(two_cities, "样例市驰名商标是不是奖励80万元")) == "答: 是,80万元"


def test_no_reward_named_weighs_a_ceiling_as_a_ceiling(two_cities: QueryService) -> None:
    headline = _headline(ask(two_cities, "示范市发钱是不是超过45万"))
    # 50万元 of 驰名商标 pays more than 45万 for certain: 是, by that rule
    assert headline.startswith("答: 是,50万元"), headline
    headline = _headline(ask(two_cities, "示范市发钱是不是30万"))
    # 最高40万元 may or may not be 30万; no rule pays exactly 30万 for certain
    assert headline.startswith("答: 不一定,最高40万元"), headline
    headline = _headline(ask(two_cities, "示范市发钱是不是超过60万"))
    assert headline.startswith("答: 不是,"), headline


def test_qian_wan_is_ten_million(two_cities: QueryService) -> None:
    headline = _headline(ask(two_cities, "示范市驰名商标奖励是否超过1千万"))
    assert headline == "答: 不是,50万元", headline
    headline = _headline(ask(two_cities, "示范市驰名商标奖励是否超过一千万"))
    assert headline == "答: 不是,50万元", headline
    headline = _headline(ask(two_cities, "示范市驰名商标奖励是不是不到1百万"))
    assert headline == "答: 是,50万元", headline


def test_a_plan_of_no_place_is_checked_too(with_unplaced: QueryService) -> None:
    reply = ask(with_unplaced, "驰名商标是不是奖励60万元")
    headline = _headline(reply)
    assert "是,60万元" in headline and "示范市 不是,50万元" in headline, reply
