"""attack54: answers stated as fact that the plan does not say (invented plans only)."""

from __future__ import annotations

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, plans_fixture

# An invented plan: the city states no 2028 figure of its own, only its three districts do
# (in the task table); a fourth district is never named.
DISTRICT_TABLE_PLAN = """黛山市人民政府办公室关于印发黛山市质量品牌跃升行动计划(2027—2029年)的通知
黛政办发〔2027〕19号
各区人民政府,市政府各部门:
现将《黛山市质量品牌跃升行动计划(2027—2029年)》印发给你们,请认真贯彻执行。
黛山市人民政府办公室
2027年3月10日

一、主要目标
到2029年,全市新增省级名牌产品120个,主导制定国家标准18项,规模以上工业企业质量管理体系认证率达到92%。
二、重点任务
(一)品牌培育。2027年6月底前出台品牌培育专项资金管理办法。2028年9月底前完成首批“黛山优品”认证。(牵头单位:市市场监管局)
(二)标准引领。每季度报送标准化工作进展情况。(牵头单位:市市场监管局)
三、奖励政策
对主导制定国际标准的企业,给予80万元奖励;对主导制定国家标准的企业,给予40万元奖励;对新获得省级名牌产品的企业,给予15万元奖励。同一企业同一年度累计奖励最高不超过200万元。
附件:任务分解表
任务 | 单位 | 2027年 | 2028年 | 2029年 | 牵头单位
新增省级名牌产品(枫溪区) | 个 | 12 | 14 | 16 | 枫溪区人民政府
新增省级名牌产品(柳岸区) | 个 | 8 | 9 | 11 | 柳岸区人民政府
新增省级名牌产品(石湾区) | 个 | 5 | 6 | 7 | 石湾区人民政府
"""

service = plans_fixture("attack54_districts", DISTRICT_TABLE_PLAN)


def _headline(reply: str) -> str:
    return next(line for line in reply.splitlines() if line.startswith(("答", "未找到")))


def test_district_question_answers_its_own_row(service: QueryService) -> None:
    # Guard (passes): the named district gets its own figure.
    assert "14个" in _headline(ask(service, "枫溪区2028年省级名牌产品要几个"))


def test_city_question_does_not_headline_one_districts_figure(service: QueryService) -> None:
    # The city states no 2028 figure; the reply must not state one district's 14个 as the answer.
    headline = _headline(ask(service, "黛山2028年省级名牌要几个"))
    assert headline != "答: 14个", headline


def test_unnamed_district_is_not_given_another_districts_figure(service: QueryService) -> None:
    reply = ask(service, "黛山桃源区2028年省级名牌要几个")
    assert "14个" not in _headline(reply), reply


def test_city_question_names_each_districts_figure(service: QueryService) -> None:
    # Only the districts' rows state 2028: each is said as its district's.
    headline = _headline(ask(service, "黛山2028年省级名牌要几个"))
    for said in ("枫溪区 14个", "柳岸区 9个", "石湾区 6个"):
        assert said in headline, headline
    # 2029: the city's own figure leads, its districts' rows below.
    assert (
        _headline(ask(service, "黛山2029年省级名牌要几个")) == "答: 黛山市 120个;下辖各地不同,见下"
    )


def test_unnamed_or_mistyped_district_is_refused_naming_it(service: QueryService) -> None:
    for question, place in (
        ("黛山桃源区2028年省级名牌要几个", "桃源区"),
        ("黛山枫西区2028年省级名牌要几个", "枫西区"),  # a typo of 枫溪区
    ):
        headline = _headline(ask(service, question))
        assert headline.startswith("未找到") and place in headline, headline
        assert "14个" not in headline and "枫溪区、柳岸区、石湾区" in headline, headline


def test_difference_of_two_rewards(service: QueryService) -> None:
    # 多多少钱 asks money as 多奖多少 does (fix103): 80万元 - 40万元
    reply = ask(service, "黛山主导国际标准比主导国家标准多多少钱")
    assert "40万元" in _headline(reply), reply


def test_sum_of_two_years_targets_is_not_a_reward_total(service: QueryService) -> None:
    # The chat and `policybot ask` route a question first (QueryService.route): this one, about
    # how many 省级名牌产品 two years' targets add up to, must not go to the reward calculator.
    routed = service.route("黛山枫溪区2027年和2028年省级名牌一共多少个")
    assert routed.calculation is None, routed.calculation


def test_difference_between_two_districts(service: QueryService) -> None:
    # Districts only the table's rows name (fix103): each row weighed as its district's, the
    # item the one whose rows name both
    reply = ask(service, "黛山枫溪区比柳岸区2029年多几个")
    assert "5个" in _headline(reply), reply


def test_wrong_date_yes_no_says_no(service: QueryService) -> None:
    reply = ask(service, "黛山品牌培育专项资金管理办法是2027年12月底前出台吗")
    assert _headline(reply).startswith("答: 不是"), reply


def test_right_figure_confirmed_with_dui_ma(service: QueryService) -> None:
    reply = ask(service, "黛山枫溪区2028年省级名牌不少于14个对吗")
    assert _headline(reply).startswith("答: 是"), reply


def test_which_of_two_table_districts_has_more(service: QueryService) -> None:
    """Found at the merge of stop 52: answered with one district's label and no figure, the
    rows of the districts all filed under the city and found one at a time."""
    headline = _headline(ask(service, "枫溪区和柳岸区2029年省级名牌哪个多"))
    assert headline == "答: 黛山市枫溪区更多: 16个;黛山市柳岸区 11个", headline
    headline = _headline(ask(service, "柳岸区和石湾区2028年新增省级名牌产品哪个少"))
    assert headline == "答: 黛山市石湾区更少: 6个;黛山市柳岸区 9个", headline
