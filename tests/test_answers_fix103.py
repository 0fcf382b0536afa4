"""fix103: differences and sums the answer computes and a named rule's most (invented plans only;
attack54 M1, M8 and the sum of two years' targets)."""

from __future__ import annotations

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, plans_fixture
from tests.test_attack54 import DISTRICT_TABLE_PLAN

# An invented plan whose rewards pay two trademarks, a mayor's prize and its nomination, and a
# standard rule with its own yearly cap, all under a cap on a firm's rewards in a year.
REWARDS_PLAN = """青岚市人民政府办公室关于印发青岚市品牌强市建设实施方案(2031—2033年)的通知
青政办发〔2031〕7号
各县(区)人民政府,市政府各部门:
现将《青岚市品牌强市建设实施方案(2031—2033年)》印发给你们,请认真贯彻执行。
青岚市人民政府办公室
2031年2月20日

一、工作目标
到2033年,全市新增中国驰名商标10件,新增省著名商标40件。
二、扶持政策
(一)对新获得中国驰名商标的企业,给予100万元奖励;对新认定省著名商标的企业,给予20万元奖励。
(二)对获得市长质量奖的组织,给予50万元奖励;获得市长质量奖提名奖的,给予10万元奖励。
(三)对参与制定国家标准的企业,每项奖励10万元,同一企业年度奖励最高不超过30万元。
(四)企业年度累计获得本方案各项奖励总额最高不超过300万元。
"""

districts = plans_fixture("fix103_districts", DISTRICT_TABLE_PLAN)
rewards = plans_fixture("fix103_rewards", REWARDS_PLAN)


def _headline(reply: str) -> str:
    return next(line for line in reply.splitlines() if line.startswith(("答", "未找到")))


# -- two rewards of one plan ------------------------------------------------------------------


def test_gap_of_two_rewards_asked_with_he(rewards: QueryService) -> None:
    """甲和乙奖励差多少: the gap of the two sums, both said; 省 of 省著名商标 is no place (it was
    said 没有找到两地可以相减的数字)."""
    for question in (
        "驰名商标和省著名商标奖励差多少",
        "青岚市驰名商标和省著名商标奖励差多少",
        "青岚省著名商标和驰名商标的奖金相差几万元",
    ):
        headline = _headline(ask(rewards, question))
        assert headline.startswith("答: 相差80万元("), (question, headline)
        assert "100万元" in headline and "20万元" in headline, headline
        assert "两地" not in headline


def test_difference_of_two_rewards_asked_as_money(rewards: QueryService) -> None:
    headline = _headline(ask(rewards, "青岚驰名商标比省著名商标多多少钱"))
    assert headline.startswith("答: 多80万元("), headline
    headline = _headline(ask(rewards, "青岚省著名商标比驰名商标多几万元"))
    assert headline.startswith("答: 不是多,少80万元("), headline


def test_two_years_asked_as_money_is_no_reward_difference(districts: QueryService) -> None:
    # (two years of one item are no two rewards: 多多少钱 with years on each side)
    reply = ask(districts, "黛山2029年比2028年多多少钱")
    assert "奖励之差" not in reply, reply


# -- two districts of a task table ------------------------------------------------------------


def test_difference_of_two_table_districts(districts: QueryService) -> None:
    headline = _headline(ask(districts, "黛山枫溪区比柳岸区2029年多几个"))
    assert headline == "答: 多5个(黛山市枫溪区 16个,黛山市柳岸区 11个,2029年)", headline
    headline = _headline(ask(districts, "柳岸区比枫溪区2028年少几个"))
    assert headline == "答: 少5个(黛山市柳岸区 9个,黛山市枫溪区 14个,2028年)", headline
    headline = _headline(ask(districts, "枫溪区比石湾区2027年新增省级名牌产品多几个"))
    assert headline.startswith("答: 多7个("), headline


def test_unnamed_district_difference_is_no_figure(districts: QueryService) -> None:
    # 桃源区 no row names: no difference is made up
    reply = ask(districts, "黛山枫溪区比桃源区2029年多几个")
    assert not _headline(reply).startswith("答: 多"), reply


# -- the sum of several years' figures --------------------------------------------------------


def test_sum_of_two_years_adds_each_years_figure(districts: QueryService) -> None:
    reply = ask(districts, "黛山枫溪区2027年和2028年省级名牌一共多少个")
    assert _headline(reply) == "答: 26个(2027年 12个 + 2028年 14个)", reply
    assert "出处" in reply and "部分相符" not in reply, reply
    headline = _headline(ask(districts, "柳岸区2027、2028和2029年新增省级名牌产品加起来几个"))
    assert headline == "答: 28个(2027年 8个 + 2028年 9个 + 2029年 11个)", headline


def test_sum_of_a_total_by_its_year_is_not_made(districts: QueryService) -> None:
    # The city's 120个 is all there is by 2029 (到2029年…): added to no other year's figure.
    reply = ask(districts, "黛山2028年和2029年主导制定国家标准一共多少项")
    assert not _headline(reply).startswith("答: 1"), reply


# -- the most one named rule pays -------------------------------------------------------------


def test_named_rules_most_is_its_own_sum(districts: QueryService, rewards: QueryService) -> None:
    """attack54 M8: 主导国际标准最高奖多少 was answered with the yearly cap on all rewards
    (累计奖励最高不超过200万元), another clause's."""
    reply = ask(districts, "黛山主导国际标准最高奖多少")
    assert _headline(reply) == "答: 80万元", reply
    # (a partial match as typed stays one: the route only replaces another clause's cap)
    assert "300万元" not in _headline(ask(rewards, "青岚市长质量奖最高奖多少"))


def test_named_rules_own_cap_answers_its_most(rewards: QueryService) -> None:
    # (the rule's own sentence, as typed, writes its cap: it stands)
    headline = _headline(ask(rewards, "青岚参与制定国家标准最高奖多少"))
    assert "参与制定国家标准" in headline and "最高不超过30万元" in headline, headline
    assert "300万元" not in headline, headline


def test_most_of_all_rewards_is_still_the_cap(districts: QueryService) -> None:
    # No rule named: the cap on them all answers, as before.
    assert "200万元" in _headline(ask(districts, "黛山最高奖多少"))


def test_place_out_of_the_store_is_not_given_another_places_rule(rewards: QueryService) -> None:
    # (dev q0831 of the same form: refused before the route, answered by it at first)
    for question in (
        "汉江市驰名商标单个企业最高奖多少",
        "汉江市驰名商标和省著名商标奖励差多少",
        "汉江市2032年和2033年驰名商标一共多少件",
    ):
        headline = _headline(ask(rewards, question))
        assert headline.startswith("未找到"), (question, headline)
