"""Answers to questions a lead's chat trial asked the bundled plans in the words staff use
(stop 61): a place's rows asked by the table they stand in (任务分解表里顺德区有哪些); an
office's work of one year, its table rows said by figure and year; two rewards asked 分别,
one of them written in a sentence listing several things at one sum; a plan's 发布日期 named
with no asking word after it; a figure to be held (要保持多少件). Every
text is invented (made-up places and figures); each question has a twin that must still read
the table's own title."""

from __future__ import annotations

from invented_plans import ask, city_plan, plans_fixture
from policybot.knowledge.service import QueryService

TABLE_PLAN = """鹤汀市人民政府办公室关于印发鹤汀市质量提升行动计划(2031—2033年)的通知
鹤政办发〔2031〕12号
各区人民政府,市政府各部门:
现将《鹤汀市质量提升行动计划(2031—2033年)》印发给你们,请认真贯彻执行。
鹤汀市人民政府办公室
2031年3月9日
鹤汀市质量提升行动计划(2031—2033年)
一、主要目标
到2033年,全市质量管理水平明显提升。
二、保障措施
市质量强市工作领导小组办公室按季度通报各区任务完成情况。
附件:鹤汀市质量提升行动计划(2031—2033年)任务分解表
鹤汀市质量提升行动计划(2031—2033年)任务分解表
2031年,各区新增省名牌产品数量不少于:砚溪区12个、枫浦区9个
2031年,各区新增质量管理体系认证企业数不少于:砚溪区40家、枫浦区25家
2031年,各区有效期内中国驰名商标不少于:砚溪区16件、枫浦区7件
2032年,各区有效期内中国驰名商标不少于:砚溪区18件、枫浦区8件
"""

# A table with a column per year and the office leading each row.
YEAR_COLUMNS_PLAN = """砚台市人民政府办公室关于印发砚台市品牌建设行动计划(2031—2033年)的通知
砚政办发〔2031〕7号
砚台市人民政府办公室
2031年4月1日
一、主要目标
到2033年,全市品牌建设水平明显提升。
附件
任务分解表
序号 指标 2031年 2032年 牵头单位
1 新增省名牌产品数 10个 12个 市市场监管局
2 新增质量管理体系认证企业数 40家 50家 市市场监管局
"""

REWARD_RULE = """澄浦市人民政府关于进一步加强质量强市和品牌建设工作的意见
澄政发〔2031〕5号
各县(市、区)人民政府,市政府各部门:
五、完善奖励政策
16.对通过行政途径新获得中国驰名商标,的给予80万元的奖励;对新获得江岚名牌产品(含江岚区域名牌)、江岚省著名商标和首次通过“江岚制造”品牌认证的企业,给予20万元的奖励。
17.对主导制修订国际标准、国家标准的单位,分别给予60万元、30万元的奖励。
澄浦市人民政府
2031年5月8日
"""

# A sentence giving several sums, two of them asked 各 (one is also its own target).
FUNDS_PLAN = """澄浦市人民政府关于印发澄浦市推动经济高质量发展若干政策的通知
澄政发〔2031〕9号
各区人民政府,市政府各部门:
现将《澄浦市推动经济高质量发展的若干政策》印发给你们,请认真贯彻执行。
澄浦市人民政府
2031年2月8日
一、强化有效投资财政资金保障
2031年安排财政资金58亿元,其中教育设施12亿元,公共服务设施7亿元,安置房建设17亿元。
"""

DEMO_PLAN = city_plan("一、主要目标\n到2033年,全市新增省名牌产品30个。\n")

service = plans_fixture("lead61", TABLE_PLAN, YEAR_COLUMNS_PLAN, REWARD_RULE, DEMO_PLAN, FUNDS_PLAN)


def test_a_places_rows_asked_by_the_table_they_stand_in(service: QueryService) -> None:
    reply = ask(service, "任务分解表里枫浦区有哪些指标?")
    assert "9个" in reply and "25家" in reply
    assert "12个" not in reply and "40家" not in reply


def test_a_figure_asked_in_the_table_of_a_city_is_the_rows(service: QueryService) -> None:
    reply = ask(service, "鹤汀的分解表中砚溪区2031年省名牌产品要多少个?")
    assert "12个" in reply and "未找到" not in reply and "9个" not in reply


def test_the_table_asked_with_no_place_is_its_title(service: QueryService) -> None:
    reply = ask(service, "鹤汀有没有任务分解表?")
    assert "任务分解表" in reply and "未找到" not in reply


def test_an_offices_rows_say_each_years_figure_once(service: QueryService) -> None:
    """Each row under its own name said by figure and year (was: 10个 ; 12个 新增省名牌产品数,
    the name twice and no year)."""
    reply = ask(service, "砚台市市场监管局负责哪些任务?")
    assert "2031年 10个; 2032年 12个" in reply
    assert reply.count("新增省名牌产品数") == 1


def test_an_offices_work_of_one_year_is_that_years(service: QueryService) -> None:
    reply = ask(service, "砚台市市场监管局2031年要干啥?")
    assert "10个" in reply and "40家" in reply
    assert "12个" not in reply and "50家" not in reply


def test_two_rewards_asked_each_lead_with_their_own_sums(service: QueryService) -> None:
    """(was: 共 2 项,见下, the 20万元 sentence listed whole beside the 80万元 reward)"""
    reply = ask(service, "澄浦驰名商标和著名商标分别奖多少?")
    assert "驰名商标 80万元;著名商标 20万元" in reply


def test_a_plans_issue_date_named_as_a_noun_is_its_date(service: QueryService) -> None:
    """(was: 未找到“发布”)"""
    for question in ("示范市品牌提升行动计划的发布日期", "示范市行动计划出台时间"):
        assert "2031-03-02" in ask(service, question)


def test_a_figure_to_be_held_is_asked_as_one_to_reach(service: QueryService) -> None:
    """(was: 保持 searched as a word, two rows' sentences joined by →, no figure)"""
    reply = ask(service, "枫浦区2032年驰名商标要保持多少件?")
    assert "答: 不少于8件" in reply and "→" not in reply


def test_a_sentence_answering_another_part_stays(service: QueryService) -> None:
    """Two sums asked 各 of one sentence: the sentence, which says the second, is kept beside
    the first's own line (it was dropped as a restatement of 12亿元 教育设施)."""
    reply = ask(service, "澄浦那58亿财政资金里,教育设施和安置房各安排多少?")
    assert "12亿元" in reply and "17亿元" in reply
