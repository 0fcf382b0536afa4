"""是不是示范市驰名商标奖100万, 示范市驰名商标奖100万吗: a yes/no on a reward's sum whose yes/no
word stands first or last, the sum right after the reward's verb, is answered 是 or 不是 beside the
plan's sum, as 示范市驰名商标奖励是不是100万 is (trial49 L8)."""

from __future__ import annotations

from tests.invented_plans import ask, city_plan, plans_fixture

_BODY = """一、主要目标
到2032年,全市新增中国驰名商标6件。
二、奖励政策
对新获得中国驰名商标的企业,给予100万元的奖励;对主导制定国家标准的单位,给予30万元的奖励。
"""

service = plans_fixture("reward_sum_yesno_first", city_plan(_BODY))


def test_yes_no_word_first_with_the_right_sum_is_yes(service) -> None:
    assert "答: 是,100万元" in ask(service, "是不是示范市驰名商标奖100万")


def test_yes_no_word_first_with_a_wrong_sum_is_no(service) -> None:
    reply = ask(service, "是不是示范市驰名商标奖50万")
    assert "答: 不是,100万元" in reply
    assert "部分相符" not in reply


def test_ma_at_the_end_is_a_yes_no_on_the_sum(service) -> None:
    assert "答: 是,100万元" in ask(service, "示范市驰名商标奖100万吗")
    assert "答: 不是,100万元" in ask(service, "示范市驰名商标奖励30万元吗")


def test_the_form_already_read_still_answers(service) -> None:
    assert "答: 是,100万元" in ask(service, "示范市驰名商标奖励是不是100万")
