"""Answers ans61 (issue 12, everyday questions): 推荐上来 and 平时 are the asker's words, never
searched (the answering sentence was hedged for lacking them); a document's 抄送 line answers
…抄送给了哪些单位 (a report a plan says is to be 抄送 stays a task); 那天发布的 is a slip for 哪天;
a page header written as a row of field names over a row of values is read by column
(test_attack60b H14, M15); 打造哪三个高地 keeps the count, which a plan may name the set by
(打造…“三个高地”); 从 is never a slip (市政府从哪年 read 市政府办哪年); 以啥为基本定为 is
定位; 才奖 is the condition of a reward; 季度督查 says how often; 意件 is 意见; how often a
reward is judged is asked of the sentence saying so. Every text is invented (made-up places, figures)."""

from __future__ import annotations

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, plans_fixture

REFUSAL = "未找到"
HEDGE = "部分相符"

# A city's three-year plan whose notice is copied to offices below its 落款, whose measures say
# how the work is checked as a rule, and which asks for a report to be copied to an office.
PLAN = """枫渚市人民政府办公室关于印发枫渚市品牌强市三年行动计划(2031—2033年)的通知
枫政办发〔2031〕12号
各县(市、区)人民政府,市政府各部门:
现将《枫渚市品牌强市三年行动计划(2031—2033年)》印发给你们,请认真贯彻执行。
枫渚市人民政府办公室
2031年5月6日
枫渚市品牌强市三年行动计划(2031—2033年)
一、主要目标
到2033年,全市新增省级品牌示范企业12家。
二、保障措施
各县(市、区)要通过季度督查、年终考核等形式推进品牌示范企业培育工作。
各县(市、区)每年12月底前将品牌示范企业培育情况报市政府,同时抄送市市场监管局。
市政府督查室要加大对品牌建设目标任务落实情况的督查督办力度,实行季度督查通报、年终考评汇总。
市人民政府将从2032年开始,每年组织开展对各县(市、区)品牌工作考核,考核工作由市政府办牵头。
对2031年7月1日后被认定的品牌示范企业,市政府给予10万元奖励。
品牌示范企业引荐人奖励申报评审工作每年进行一次。
抄送:市委各部门,枫渚军分区,市中级法院,市检察院。
枫渚市人民政府办公室 2031年5月6日印发
"""

# A county bureau's notice of the firms its towns put forward for a reward.
NOTICE = """檀溪县经济和信息化局关于2031年首次进入规模以上工业企业奖励资金的公示
经各乡镇(街道)经信办审核推荐,我局对企业申报材料进行复核,提出奖励资金预安排情况,现予以公示。
檀溪县经济和信息化局
2031年9月3日
"""

# A city's plan naming a set by its count in its guiding sentence, and other lines of the same
# word (人才高地) in its actions.
COUNTED = """栎阳市品牌发展三年行动计划(2031—2033年)
一、指导思想
坚持新发展理念,发挥品牌引领作用,推进供给侧结构性改革,加快栎阳品牌培育,全面提升我市企业核心竞争力,以品质发展为基本定位,打造产业、城市、生态“三个高地”,促进经济社会高质量发展。每年9月定为栎阳品牌月。
二、重点行动
(一)人才高地建设行动
1.支持有条件的企业建设人才高地,引进高层次人才。
2.打造区域人才高地,完善人才引进政策。
三、主要目标
到2033年,全市新增品牌示范企业10家。
栎阳市人民政府
2031年6月1日
"""

# A city's 意见 that states the day it takes effect.
OPINION = """枫渚市人民政府关于加快农产品品牌建设的意见
枫政发〔2031〕20号
一、主要目标
到2033年,全市培育农产品区域公用品牌5个。
二、附则
本意见自2031年8月1日起施行。
枫渚市人民政府
2031年7月2日
"""

service = plans_fixture("ans61", PLAN, NOTICE, COUNTED, OPINION)


def test_put_forward_up_is_no_word_searched(service: QueryService) -> None:
    """推荐上来的: 上来 (up to the office) is the asker's; the sentence answers, unhedged."""
    reply = ask(service, "檀溪县首进规奖励是谁审核推荐上来的?")
    assert "经信办" in reply and HEDGE not in reply, reply


def test_as_a_rule_is_no_word_searched(service: QueryService) -> None:
    """平时是怎么督查的: how it is done as a rule; the routine's sentence answers, unhedged."""
    reply = ask(service, "枫渚市品牌示范企业培育平时是怎么督查考核的?")
    assert "季度督查" in reply and HEDGE not in reply, reply


def test_the_documents_copy_line_answers_whom_it_was_copied_to(service: QueryService) -> None:
    reply = ask(service, "枫渚市品牌强市三年行动计划抄送给了哪些单位?")
    assert "枫渚军分区" in reply and "市中级法院" in reply, reply
    assert REFUSAL not in reply and "各县(市、区)人民政府" not in reply, reply


def test_a_report_to_be_copied_is_a_task_not_the_copy_line(service: QueryService) -> None:
    """A plan's report to be 抄送 somewhere is asked of the sentence saying so."""
    reply = ask(service, "枫渚市品牌示范企业培育情况要抄送哪个部门?")
    assert "市市场监管局" in reply and "枫渚军分区" not in reply, reply


def test_that_day_published_is_which_day(service: QueryService) -> None:
    """办法那天发布的 (那 for 哪): the day asked, as 哪天发布的 is."""
    reply = ask(service, "枫渚市品牌强市三年行动计划那天发布的?")
    assert "2031-05-06" in reply and HEDGE not in reply, reply


def test_which_three_of_a_set_is_the_set_named_by_its_count(service: QueryService) -> None:
    """打造哪三个高地: the plan names the set 三个高地, the count a word a sentence may say
    (dev q4169: the 指导思想 sentence naming “三个升级版” was missed without it); 是哪三个 at
    the end counts a set named before, no word of its own."""
    assert "三个" in service.parse("栎阳市品牌发展三年行动计划要打造哪三个高地?").words
    assert "三个" not in service.parse("栎阳市品牌发展三年行动计划的高地是哪三个?").words
    reply = ask(service, "栎阳市品牌发展三年行动计划要打造哪三个高地?")
    assert "产业、城市、生态" in reply and HEDGE not in reply, reply


def test_a_count_written_nowhere_is_no_subject_of_a_refusal(service: QueryService) -> None:
    """哪两个: a count kept as a word (above) is no topic 未找到 names, nor a word it echoes
    as searched for."""
    reply = ask(service, "枫渚市哪两个商标通过了复审?")
    assert REFUSAL in reply and "两个" not in reply.replace("哪两个", ""), reply


def test_from_which_year_is_no_slip(service: QueryService) -> None:
    """市政府从哪年开始: 从 is a preposition, never a slip for 办 (市政府办 of the store)."""
    question = "枫渚市政府从哪年开始每年考核各县品牌工作?"
    assert "市政府从哪年" in service.parse(question).reading
    reply = ask(service, question)
    assert "2032" in reply and HEDGE not in reply, reply


def test_the_stance_after_taking_what_as_is_its_position(service: QueryService) -> None:
    """以啥为基本定为: after 以什么为, 定为 is a slip for 定位 (though the store writes 定为)."""
    reply = ask(service, "栎阳市品牌发展以啥为基本定为?")
    assert "品质发展" in reply and HEDGE not in reply, reply


def test_then_rewarded_is_the_rewards_condition(service: QueryService) -> None:
    """要哪天以后认定的才奖: 才奖 is the condition of the reward, no word searched."""
    question = "枫渚奖品牌示范企业,要哪天以后认定的才奖?"
    assert not any("才" in word for word in service.parse(question).words)
    reply = ask(service, question)
    assert "2031年7月1日" in reply and HEDGE not in reply, reply


def test_a_period_before_a_check_says_how_often(service: QueryService) -> None:
    """多久督查通报一次, of 实行季度督查通报: 季度督查 says how often (each quarter)."""
    reply = ask(service, "枫渚市品牌建设目标任务落实情况多久督查通报一次?")
    assert "季度督查通报" in reply and REFUSAL not in reply and HEDGE not in reply, reply


def test_an_opinion_typed_with_a_slip_is_the_opinion(service: QueryService) -> None:
    """农产品品牌建设意件啥时候开始施行: 意件 (jiàn) is 意见, the document named."""
    reply = ask(service, "枫渚农产品品牌建设意件啥时候开始施行?")
    assert "2031-08-01" in reply, reply


def test_how_often_a_reward_is_judged_is_no_question_of_rewards_at_all(
    service: QueryService,
) -> None:
    """引荐人奖励多久评一次 (引荐 its only word, a weak one): how often, which a sentence says;
    not 有奖励吗 of the city, answered 没有写明所问的内容 (dev q3211)."""
    reply = ask(service, "枫渚引荐人奖励多久评一次?")
    assert "每年进行一次" in reply and REFUSAL not in reply, reply


# --- defects found, not fixed ------------------------------------------------------------------

# A county bureau's publicity notice with its window, asked about on 2032-03-01 (ASKED_AT).
PUBLICITY = """檀溪县市场监督管理局关于2031年度檀溪县质量标杆企业拟表彰名单的公示
经企业申报、乡镇推荐、专家评审,拟对3家企业授予2031年度檀溪县质量标杆企业称号,每家奖励5万元,现予以公示。
公示时间为2032年2月28日至3月5日。
檀溪县市场监督管理局
2032年2月27日
"""

publicity = plans_fixture("ans61_publicity", NOTICE, PUBLICITY)


@pytest.mark.xfail(
    strict=True,
    reason="ans61: 谁审核推荐上来的 leads with the notice's own bureau (文中“我局”), the subject "
    "of the sentence's main clause; the 经…审核推荐 agent (经信办) is only in the quote",
)
def test_who_put_forward_leads_with_the_agent_of_putting_forward(
    publicity: QueryService,
) -> None:
    reply = ask(publicity, "檀溪县首进规奖励是谁审核推荐上来的?")
    assert "经信办" in reply.splitlines()[1], reply


@pytest.mark.xfail(
    strict=True,
    reason="ans61: 前天, 昨天, 明天 are no time words (dev q4192 是前天开始的吗, q3890 明天开始吗): "
    "searched as words, the 公示时间 window never read; hedged with the notice's title",
)
def test_the_day_before_yesterday_is_a_date(publicity: QueryService) -> None:
    reply = ask(publicity, "檀溪县质量标杆企业公示是前天开始的吗?")
    assert "2032-02-28" in reply or "2月28日" in reply, reply
    assert HEDGE not in reply, reply
