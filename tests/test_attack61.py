"""attack61: attacks on stop 61's answering changes (git log main..lvl61 -- policybot/knowledge):
_WHO_PAYS (奖励谁来兑现 asks the purse), _IN_THE_TABLE (任务分解表里某区有哪些), unit_duties'
_of_the_year / _clip_item (an office's work of one year), answering's _every_part_lines (two
things asked 分别). A strict xfail per defect found (its reason names it, High/Medium/Low), a
passing test per attack that held. Every text is invented (made-up places and figures)."""

from __future__ import annotations

import pytest

from invented_plans import ask, plans_fixture, task_table_plan
from policybot.knowledge.service import QueryService

PURSE = """蓼湾县人民政府办公室关于印发蓼湾县品牌建设奖励办法的通知
蓼政办发〔2031〕8号
各乡镇人民政府,县直各部门:
现将《蓼湾县品牌建设奖励办法》印发给你们,请认真贯彻执行。
蓼湾县人民政府办公室
2031年6月3日
蓼湾县品牌建设奖励办法
一、对新获得省名牌产品的企业,一次性奖励10万元。
二、奖励由县市场监管局会同县财政局审核认定。
三、上述奖金由县财政支出,每年一季度兑现上年度奖励。
"""

TABLE = """栖梧市人民政府办公室关于印发栖梧市质量提升行动计划(2031—2033年)的通知
栖政办发〔2031〕15号
各区、县人民政府,市政府各部门:
现将《栖梧市质量提升行动计划(2031—2033年)》印发给你们,请认真贯彻执行。
栖梧市人民政府办公室
2031年3月9日
栖梧市质量提升行动计划(2031—2033年)
一、主要目标
到2033年,全市质量管理水平明显提升。
二、保障措施
各区、县每季度结束后10日内将统计报表上报市质量强市工作领导小组办公室。
附件:栖梧市质量提升行动计划(2031—2033年)任务分解表
栖梧市质量提升行动计划(2031—2033年)任务分解表
2031年,各区县新增省名牌产品数量不少于:霁川区12个、沁岭区9个、中汀县5个
2031年,各区县新增质量管理体系认证企业数不少于:霁川区40家、沁岭区25家、中汀县18家
"""

TABLE2 = """苇城市人民政府办公室关于印发苇城市质量提升行动计划(2031—2033年)的通知
苇政办发〔2031〕16号
各区人民政府,市政府各部门:
现将《苇城市质量提升行动计划(2031—2033年)》印发给你们,请认真贯彻执行。
苇城市人民政府办公室
2031年3月9日
苇城市质量提升行动计划(2031—2033年)
一、主要目标
到2033年,全市质量管理水平明显提升。
附件:苇城市质量提升行动计划(2031—2033年)任务分解表
苇城市质量提升行动计划(2031—2033年)任务分解表
2031年,各区新增省名牌产品数量不少于:中澄区12个、北澄区9个
2031年,各区新增质量管理体系认证企业数不少于:中澄区40家、北澄区25家
"""

YEARS = """芷阳市人民政府办公室关于印发芷阳市品牌建设行动计划(2031—2033年)的通知
芷政办发〔2031〕7号
芷阳市人民政府办公室
2031年4月1日
一、主要目标
到2033年,全市新增省名牌产品累计达到40个。
二、重点任务
(一)建立品牌培育库。2031年6月底前建立全市品牌培育企业库。(牵头单位:市市场监管局)
(二)开展品牌宣传。持续开展品牌宣传活动。(牵头单位:市市场监管局)
(三)出台扶持政策。2032年底前出台品牌建设扶持政策。(牵头单位:市市场监管局、市财政局)
(四)开展质量提升行动。2033年底前完成质量提升行动评估。(牵头单位:市经信局)
附件
任务分解表
序号 指标 2031年 2032年 2033年 牵头单位
1 新增省名牌产品数 10个 12个 14个 市市场监管局
2 新增质量管理体系认证企业数 40家 50家 60家 市市场监管局
3 规上工业企业研发投入增长 8% 9% 10% 市经信局
"""

YEARS2 = """榴溪市人民政府办公室关于印发榴溪市品牌建设行动计划(2031—2033年)的通知
榴政办发〔2031〕9号
榴溪市人民政府办公室
2031年4月1日
一、主要目标
(一)到2033年,新增省名牌产品数累计达到36个。(牵头单位:市市场监管局)
附件
任务分解表
序号 指标 2031年 2032年 2033年 牵头单位
1 新增省名牌产品数 10个 12个 14个 市市场监管局
"""

EACH = """棠湖市人民政府关于加强品牌建设工作的意见
棠政发〔2031〕5号
各县(市、区)人民政府,市政府各部门:
五、完善奖励政策
16.对新获得中国驰名商标的企业,给予80万元的奖励;对新获得棠湖名牌产品、棠湖著名商标和首次通过“棠湖精品”认证的企业,给予20万元的奖励。
17.对主导制定国际标准、国家标准的单位,分别给予60万元、30万元的奖励。
18.对新获得省质量奖、市质量奖的企业,各给予50万元的奖励。
19.到2033年,全市新增驰名商标和著名商标20件。
棠湖市人民政府
2031年5月8日
"""

EACH2 = """芩溪市人民政府关于加强质量工作的意见
芩政发〔2031〕6号
各县(市、区)人民政府,市政府各部门:
三、完善奖励政策
8.对获得芩溪市市长质量奖的组织给予50万元奖励,个人给予10万元奖励。
9.对新获得省著名商标和省名牌产品的企业,给予15万元的奖励;对新获得省精品认证的企业,给予5万元的奖励。
10.对新获得中国驰名商标的企业,给予60万元的奖励。
芩溪市人民政府
2031年5月8日
"""

# Two districts' quotas of two years under one numbered task the office leads.
REGIONS = """杏屿市人民政府办公室关于印发杏屿市品牌建设行动计划(2031—2033年)的通知
杏政办发〔2031〕3号
杏屿市人民政府办公室
2031年4月1日
一、重点任务
(一)新增省名牌产品数。2031年,各区新增省名牌产品数不少于:槐溪区12个、芦湾区9个;2032年,各区新增省名牌产品数不少于:槐溪区14个、芦湾区10个。(牵头单位:市市场监管局)
"""

OLD_TABLE = task_table_plan("槐安市", "槐安")

service = plans_fixture(
    "attack61", PURSE, TABLE, TABLE2, YEARS, YEARS2, EACH, EACH2, REGIONS, OLD_TABLE
)


def _answer(reply: str) -> str:
    """The reply's 答 line (what the bot leads with)."""
    return next((line for line in reply.splitlines() if line.startswith("答")), "")


# -- 1. _WHO_PAYS: which purse pays, and questions that only look like it ---------------------


def test_who_pays_out_the_reward_is_the_purse(service: QueryService) -> None:
    reply = ask(service, "蓼湾县省名牌产品的奖励谁来兑现?")
    assert "由县财政支出" in _answer(reply), reply


@pytest.mark.parametrize("question", ["蓼湾县的奖励谁来认定?", "蓼湾县奖励由谁审核?"])
def test_who_judges_the_reward_is_no_purse(service: QueryService, question: str) -> None:
    reply = ask(service, question)
    assert "审核认定" in _answer(reply) and "由县财政支出" not in _answer(reply), reply


def test_when_the_reward_is_paid_says_when(service: QueryService) -> None:
    reply = ask(service, "蓼湾县奖励什么时候兑现?")
    assert "每年一季度" in reply, reply


def test_who_issued_the_rules_is_no_purse(service: QueryService) -> None:
    reply = ask(service, "蓼湾县品牌建设奖励办法是谁发的文?")
    assert "蓼湾县人民政府办公室" in _answer(reply), reply


def test_who_sends_the_notice_of_a_reward_is_the_issuer(service: QueryService) -> None:
    reply = ask(service, "蓼湾县奖励由谁发通知?")
    assert "蓼湾县人民政府办公室" in reply and "由县财政支出" not in _answer(reply), reply


def test_who_issued_the_document_of_a_reward_is_the_issuer(service: QueryService) -> None:
    reply = ask(service, "蓼湾县品牌建设奖励是谁发的文?")
    assert "蓼湾县人民政府办公室" in reply and "由县财政支出" not in _answer(reply), reply


def test_who_a_reward_is_paid_to_is_no_purse(service: QueryService) -> None:
    reply = ask(service, "蓼湾县奖励发给谁?")
    assert "由县财政支出" not in _answer(reply), reply


@pytest.mark.xfail(
    strict=True,
    reason="Low (also on main): 奖励发给谁 answers the notice's 印发给你们 (发给 read as a word to "
    "find), not who is rewarded (新获得省名牌产品的企业)",
)
def test_who_a_reward_is_paid_to_is_the_rewarded(service: QueryService) -> None:
    reply = ask(service, "蓼湾县奖励发给谁?")
    assert "省名牌产品" in _answer(reply) and "印发给你们" not in reply, reply


@pytest.mark.parametrize(
    "question", ["蓼湾县奖金从哪里来?", "蓼湾县奖励资金来自哪里?", "蓼湾县奖励资金的来源是什么?"]
)
def test_where_the_money_comes_from_is_the_purse(service: QueryService, question: str) -> None:
    reply = ask(service, question)
    assert "由县财政支出" in _answer(reply), reply


# -- 2. _IN_THE_TABLE: a place's rows asked by the table ---------------------------------------


def test_a_county_whose_name_opens_with_zhong_after_biao_li(service: QueryService) -> None:
    reply = ask(service, "任务分解表里中汀县有哪些指标?")
    assert "5个" in reply and "18家" in reply and "12个" not in reply, reply


def test_the_tables_places_asked_by_the_table(service: QueryService) -> None:
    reply = ask(service, "栖梧的附表里有哪些区县?")
    assert all(f in reply for f in ("12个", "9个", "5个")), reply


def test_the_table_alone_is_still_its_title(service: QueryService) -> None:
    reply = ask(service, "栖梧有没有任务分解表?")
    assert "任务分解表" in reply and "未找到" not in reply, reply


def test_reports_sent_up_to_the_city_are_the_sentence(service: QueryService) -> None:
    reply = ask(service, "栖梧市统计报表上报市里的时间是什么?")
    assert "10日内" in _answer(reply), reply


@pytest.mark.parametrize(
    "question", ["苇城市任务分解表里北澄区有哪些指标?", "苇城市的附表中北澄区有哪些指标?"]
)
def test_a_districts_rows_asked_with_the_city_before_the_table(
    service: QueryService, question: str
) -> None:
    reply = ask(service, question)
    assert "9个" in reply and "25家" in reply, reply
    assert "12个" not in reply and "40家" not in reply, reply


def test_reports_sent_up_keep_their_words(service: QueryService) -> None:
    reply = ask(service, "栖梧统计报表上报市质量强市办的时限?")
    assert "10日内" in _answer(reply) and "部分相符" not in reply, reply


def test_a_district_whose_name_opens_with_zhong_after_biao(service: QueryService) -> None:
    reply = ask(service, "任务分解表中澄区有哪些指标?")
    assert "12个" in reply and "40家" in reply, reply
    assert "9个" not in reply and "25家" not in reply, reply


@pytest.mark.parametrize(
    "question", ["栖梧附表内容涉及哪些区县?", "栖梧附表里涉及哪些区县?", "栖梧分解表包括哪些区县?"]
)
def test_the_tables_content_asked(service: QueryService, question: str) -> None:
    reply = ask(service, question)
    assert "未找到" not in reply and "9个" in reply, reply


@pytest.mark.parametrize(
    "question", ["芷阳任务分解表里有哪些市直部门?", "芷阳任务分解表涉及哪些部门?"]
)
def test_the_offices_a_table_names(service: QueryService, question: str) -> None:
    reply = ask(service, question)
    assert "市经信局" in reply and "市市场监管局" in reply, reply


def test_a_districts_rows_asked_by_a_numbered_table(service: QueryService) -> None:
    reply = ask(service, "栖梧附表1中霁川区有哪些指标?")
    assert "12个" in reply and "40家" in reply and "9个" not in reply, reply


# -- 3. unit_duties: an office's work of one year ------------------------------------------------


def test_an_offices_rows_said_by_figure_and_year(service: QueryService) -> None:
    reply = ask(service, "芷阳市市场监管局负责哪些任务?")
    assert "2031年 10个; 2032年 12个; 2033年 14个" in reply, reply
    assert reply.count("新增省名牌产品数") == 1, reply


@pytest.mark.parametrize(
    ("question", "kept", "dropped"),
    [
        ("芷阳市市场监管局2031年要干啥?", ("10个", "40家", "持续开展品牌宣传"), ("12个", "14个")),
        ("芷阳市市场监管局今年要干啥?", ("12个", "50家", "出台品牌建设扶持政策"), ("10个", "14个")),
        ("芷阳市市场监管局明年要干啥?", ("14个", "60家", "持续开展品牌宣传"), ("10个", "12个")),
        ("芷阳市经信局2032年要干啥?", ("9%", "质量提升行动评估"), ("8%", "10%", "12个")),
        ("芷阳市市场监管局和市经信局2032年要干啥?", ("12个", "50家", "9%"), ("10个", "8%")),
    ],
)
def test_an_offices_work_of_one_year(
    service: QueryService, question: str, kept: tuple[str, ...], dropped: tuple[str, ...]
) -> None:
    reply = ask(service, question)
    assert all(k in reply for k in kept), reply
    assert not any(d in reply for d in dropped), reply


@pytest.mark.parametrize("year", [2031, 2032])
def test_a_goal_due_later_stays_in_an_earlier_years_work(service: QueryService, year: int) -> None:
    reply = ask(service, f"榴溪市市场监管局{year}年要干啥?")
    assert "36个" in reply and ("10个" if year == 2031 else "12个") in reply, reply


@pytest.mark.parametrize(
    ("question", "past"),
    [
        ("芷阳市市场监管局2032年要干啥?", "2031年6月底前"),
        ("芷阳市市场监管局2033年要干啥?", "2032年底前"),
    ],
)
def test_an_item_due_before_the_year_asked_is_no_work_of_it(
    service: QueryService, question: str, past: str
) -> None:
    reply = ask(service, question)
    assert past not in reply, reply


def test_a_table_row_due_before_the_year_asked_is_no_work_of_it(service: QueryService) -> None:
    reply = ask(service, "槐安市市场监管局2019年要干啥?")
    assert "2019-06-30" in reply and "2018-12-31" not in reply, reply


def test_how_many_an_office_leads_in_a_year_counts_that_year(service: QueryService) -> None:
    reply = ask(service, "芷阳市市场监管局2032年牵头多少项任务?")
    assert "牵头 8 项" not in reply, reply


def test_a_numbered_tasks_items_said_by_figure(service: QueryService) -> None:
    reply = ask(service, "杏屿市市场监管局负责哪些任务?")
    assert reply.count("新增省名牌产品数") == 1 and "2032年" in reply, reply


def test_districts_quotas_under_an_offices_task_name_the_district(service: QueryService) -> None:
    reply = ask(service, "杏屿市市场监管局2032年要干啥?")
    assert "槐溪区" in reply and "芦湾区" in reply, reply


# -- 4. _every_part_lines: two things asked 分别 -------------------------------------------------


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("棠湖驰名商标和著名商标分别奖多少?", "驰名商标 80万元;著名商标 20万元"),
        ("棠湖国际标准和国家标准分别奖多少?", "国际标准 60万元;国家标准 30万元"),
        ("芩溪驰名商标和著名商标分别奖多少?", "驰名商标 60万元;著名商标 15万元"),
    ],
)
def test_two_rewards_asked_each_their_sum(service: QueryService, question: str, said: str) -> None:
    assert said in ask(service, question)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # the same sum for both: the sentence saying so stays
        ("棠湖名牌产品和著名商标分别奖多少?", "给予20万元的奖励"),
        ("棠湖省质量奖和市质量奖分别奖多少?", "各给予50万元的奖励"),
        # a target, not a reward: the one sentence is all the plan says
        ("棠湖驰名商标和著名商标分别要新增多少?", "新增驰名商标和著名商标20件"),
        # one sentence giving each its sum
        ("芩溪市长质量奖组织和个人分别奖多少?", "个人给予10万元奖励"),
    ],
)
def test_the_sentence_is_the_answer(service: QueryService, question: str, sentence: str) -> None:
    reply = ask(service, question)
    assert sentence in reply and "未找到" not in reply, reply


def test_three_rewards_asked_each_their_sum(service: QueryService) -> None:
    reply = ask(service, "棠湖驰名商标、著名商标和名牌产品分别奖多少?")
    assert "80万元" in reply and "20万元" in reply, reply


def test_two_rewards_one_named_in_two_words(service: QueryService) -> None:
    reply = ask(service, "芩溪精品认证和著名商标分别奖多少?")
    assert "15万元" in reply and reply.count("新获得省精品认证") <= 1, reply


def test_two_rewards_the_first_named_in_two_words(service: QueryService) -> None:
    reply = ask(service, "棠湖精品认证和驰名商标分别奖多少?")
    assert "80万元" in reply and "部分相符" not in reply, reply
