"""Questions round 17 (issue 12): general answering failures the seventh question batch (qa17)
showed. The store holds invented documents (样板市, made-up firms, names and figures)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from policybot.knowledge.passages import _YEAR
from policybot.knowledge.service import QueryService
from policybot.knowledge.shown_parts import shown_part
from policybot.knowledge.spelling import Speller
from policybot.knowledge.vocabulary import is_weak_word
from tests.invented_plans import ask, invented_plans_service

NOTICE = """关于2041年度样板市区国家高新技术企业
先期拟兑付奖励资金的公示
根据《样板市人民政府关于推动创新型城市建设的若干政策意见》(样政发〔2039〕5号)文件精神,经审核和局党组会议研究,拟下达2041年样板市国家高新技术企业奖励,总金额3170万元,其中市财政资金1210.5万元,区财政资金1959.5万元。
以上资金接受社会监督,公示期为自公示之日起7个工作日。任何单位和个人有异议的,应当在公示期内书面向市科技局提出,个人应署实名。
联系人:王小明 李大成
联系电话:81234567
样板市科学技术局
2042年3月8日
"""

REPORT = """样板省人民政府关于分解下达2042年全省经济社会发展主要指标的通知
各市人民政府,省政府各部门:
为全面完成省十二届人大三次会议通过《政府工作报告》确定的各项目标任务,省政府决定将主要指标分解下达。
2042年全省经济社会发展主要指标分别为:生产总值增长6%左右;城镇新增就业35万人;居民消费价格指数涨幅控制在2.5%以内;全省县域食品安全满意度达到86%以上。
省政府各牵头部门要于1月底前完成各项目标任务的细化分解,2月底前逐项制定具体工作措施,并报省政府备案。
样板省人民政府
2042年2月1日
"""

QUARTER = """关于2042年一季度样板市扩产增效政策奖励资金的公示
根据样板市有关政策,对2042年一季度产值较上年同期每增加1000万元的企业奖励2万元。
经审核,故确定对样板精工有限公司等6家企业实施一季度奖励,共计188万元。
其中样板精工有限公司奖励40万元,样板化纤有限公司奖励30万元。
公示时间:2042年4月6日—4月12日。对公示企业有异议的,请向样板市经济和信息化局反映,联系人:赵晓燕,联系电话:61234567。
样板市经济和信息化局
2042年4月6日
"""


SUBSIDY = """样板县科技创新扶持办法
对新认定的高企给予一次性奖励5万元。
样板县科学技术局
2042年1月5日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round17")
    with invented_plans_service(folder, NOTICE, REPORT, QUARTER, SUBSIDY) as service:
        yield service


def test_high_tech_firms_and_cpi_are_read_in_the_documents_words(service: QueryService) -> None:
    """高企 is how people say 高新技术企业, CPI the documents' 居民消费价格指数."""
    share = ask(service, "样板市高企奖励里市财政出多少钱?")
    assert "1210.5万元" in share and "未找到" not in share and "仅供参考" not in share
    prices = ask(service, "样板省2042年CPI涨幅控制在多少以内?")
    assert "2.5%" in prices and "未找到" not in prices and "仅供参考" not in prices


def test_a_slip_never_breaks_a_word_the_documents_write() -> None:
    """县食品: 县食 is written nowhere and 县市 sounds like it, but 食品 is a word of the store
    and 市品 none, so the question is left as typed; 给 (先给几成) is the asking, never 机 of
    先机. A real slip is still corrected (县市品牌 → 市品 is a pair, yet 驰明 → 驰名)."""
    speller = Speller(
        {"食品": 9, "县市": 4, "安全": 8, "先机": 3, "驰名": 5, "商标": 7},
        ["县市食品安全", "抢占先机", "驰名商标", "城市品牌"],
    )
    assert speller.correct("县食品安全满意度") == "县食品安全满意度"
    assert speller.correct("先给几成") == "先给几成"
    assert speller.correct("驰明商标") == "驰名商标"


def test_food_safety_asked_after_a_county_is_answered(service: QueryService) -> None:
    reply = ask(service, "样板省县域食品安全满意度目标多少?")
    assert "86%" in reply and "未找到" not in reply and "仅供参考" not in reply


def test_the_year_of_a_cited_document_number_is_not_the_sentences_year(
    service: QueryService,
) -> None:
    """样政发〔2039〕5号 dates the policy the notice cites: asked about 2039 the notice has no
    figure, and asked about its own year it still answers."""
    assert _YEAR.findall("根据(样政发〔2039〕5号)文件,拟下达2041年奖励") == ["2041"]
    assert _YEAR.findall("武政办[2016]189号,计划[2017—2020年]") == ["2017", "2020"]
    other = ask(service, "2039年度样板市国家高新技术企业奖励总金额是多少?")
    assert "未找到" in other and "3170万元" not in other
    own = ask(service, "2041年度样板市国家高新技术企业奖励总金额是多少?")
    assert "3170万元" in own and "未找到" not in own


def test_a_contact_person_is_named_from_the_documents_contact_line(
    service: QueryService,
) -> None:
    """联系人是谁: the names the 联系人 line gives, however they are spaced, and not the phone
    line glued after them."""
    quarter = ask(service, "样板市一季度扩产增效奖励公示的联系人是谁?")
    assert "答: 赵晓燕" in quarter
    high_tech = ask(service, "样板市高新技术企业奖励公示找哪个联系人?")
    assert (
        "王小明" in high_tech
        and "李大成" in high_tech
        and "81234567" not in high_tech.split("\n")[1]
    )


def test_a_word_the_document_writes_another_way_is_not_missing_from_it(
    service: QueryService,
) -> None:
    """Another document writes 高企 itself; the notice writes 高新技术企业: its sentences are
    still about 高企 (said by its title), not about something else, so the one saying the
    公示期 is answered without a hedge."""
    reply = ask(service, "样板市高企奖励资金公示期多长?")
    assert "7个工作日" in reply and "仅供参考" not in reply and "未找到" not in reply


def test_a_provinces_congress_written_with_its_session_between(service: QueryService) -> None:
    """省人大 is the documents' 省十二届人大 (its session written in between)."""
    reply = ask(service, "样板省2042年政府工作报告是省人大哪次会议通过的?")
    assert "十二届人大三次会议" in reply and "仅供参考" not in reply and "未找到" not in reply


def test_who_handles_objections_to_a_reward_notice(service: QueryService) -> None:
    """有意见 about a 公示 is its 有异议; a reward notice is about rewards in each of its
    sentences, so the one saying where objections go answers who."""
    reply = ask(service, "对样板市高企奖励公示有意见找哪个部门?")
    assert "市科技局" in reply and "仅供参考" not in reply and "未找到" not in reply


BRAND_PLAN = """样板市人民政府办公室关于印发样板市“样板精品”品牌建设三年行动计划的通知
样府办发〔2041〕12号
各县区人民政府,市政府各部门:
《样板市“样板精品”品牌建设三年行动计划》已经市政府同意,现印发给你们,请认真贯彻实施。
样板市“样板精品”品牌建设三年行动计划
一、主要任务
1.深化“样板精品”质量升级行动,推动“样板精品”品牌企业导入卓越绩效管理。
2.深化“样板精品”标准升级行动,支持“样板精品”品牌企业制定“样板精品”标准。
3.深化“样板精品”品牌升级行动,提高“样板精品”品牌美誉度。
4.开展“样板精品”品牌宣传,推广“样板精品”三年行动计划的好经验。
5.组织“样板精品”品牌企业学习考察,拓展“样板精品”三年行动视野。
6.加大对“样板精品”三年行动计划的宣传推广,营造“样板精品”行动氛围。
7.“样板精品”三年行动计划品牌培育企业名单实行动态管理,“样板精品”行动滚动推进。
8.各县区制订“样板精品”三年行动计划实施方案,落实“样板精品”行动举措。
9.各部门制定“样板精品”三年行动配套政策,形成“样板精品”行动合力。
10.鼓励行业协会参与“样板精品”三年行动,发挥“样板精品”行动桥梁作用。
11.推动“样板精品”三年行动计划品牌企业与电商对接,拓展“样板精品”行动市场。
12.总结推广“样板精品”三年行动计划试点经验,发挥“样板精品”行动示范作用。
13.建立“样板精品”三年行动计划信息报送制度,及时掌握“样板精品”行动进展。
二、保障措施
(一)加强督查考核。将“样板精品”三年行动计划纳入市对县区的质量工作考核。加强督促指导,定期通报工作推进情况,每季度进行一次工作督查。
样板市人民政府办公室
2041年7月18日
"""


def test_how_often_is_found_below_the_sentences_repeating_the_title(tmp_path: Path) -> None:
    """Every sentence of the plan repeats its title's words; the one saying how often it is
    inspected (每季度进行一次工作督查) ranks far down, yet a frequency question finds it."""
    with invented_plans_service(tmp_path, BRAND_PLAN) as service:
        reply = ask(service, "样板市样板精品三年行动计划多久督查一次?")
    assert "每季度进行一次工作督查" in reply and "未找到" not in reply


def test_the_clause_shown_is_the_rules_not_the_cited_titles(service: QueryService) -> None:
    """A long sentence opening with the title of the rule it applies (《…“扩产增效奖励”…通知》)
    shows the clause that answers (单个企业奖励最高不超过…), not the cited title that repeats
    the question's words."""
    sentence = (
        "根据《样板市人民政府办公厅关于进一步做好“稳增长、促转型”工业经济十条举措有关工作的通知》和"
        "《样板市经信局关于印发2042年一季度“加大制造业扩产增效奖励力度”政策实施细则的通知》"
        "文件要求,政策内容为:对2042年一季度工业产值超过1亿元(含)的规模以上制造业企业,"
        "[不含样板省属、样板市属及各区、县(市)属国有企业],"
        "一季度产值同比增长5%以上且增速超过上年的或者一季度产值同比增长15%以上的,"
        "一季度产值较上年同期每增加1000万元奖励2万元,单个企业奖励最高不超过800万元"
    )
    parsed = service.parse("样板市加大制造业扩产增效奖励力度政策单个企业最高奖多少?")
    assert len(sentence) > 200
    shown = shown_part(sentence, parsed)
    assert shown.endswith("单个企业奖励最高不超过800万元")


HONOURS = """关于对2041年度样板市农村公路畅通杯竞赛活动进行表彰的决定
经综合检查评定,市政府决定对甲山县人民政府等2041年度农村公路“畅通杯”竞赛活动中涌现的先进单位进行表彰。为激励先进,对获得“畅通杯”金、银杯的单位分别给予一定的物质奖励。
一、“畅通杯”金杯单位
甲山县人民政府
乙河区人民政府
丙湖区人民政府
二、“畅通杯”银杯单位
丁岭县人民政府
戊溪县人民政府
样板市人民政府
2042年2月23日
"""


def test_which_ones_asks_for_the_list_under_a_heading(tmp_path: Path) -> None:
    """金杯单位是哪几个 asks which ones (a list), not how many; the lines under the heading match
    alike, and each is an item of the list."""
    with invented_plans_service(tmp_path, HONOURS) as service:
        assert service.parse("样板市畅通杯金杯单位是哪几个?").asks == "list"
        assert service.parse("样板市畅通杯金杯单位有几个?").asks == "number"
        reply = ask(service, "样板市畅通杯金杯单位是哪几个?")
    assert all(name in reply for name in ("甲山县人民政府", "乙河区人民政府", "丙湖区人民政府"))
    assert "丁岭县" not in reply and "仅供参考" not in reply


def test_when_a_decision_was_made_is_its_date(tmp_path: Path) -> None:
    """表彰决定是什么时候作出的: a 决定 is made (作出) on the day it is dated."""
    with invented_plans_service(tmp_path, HONOURS) as service:
        reply = ask(service, "畅通杯表彰决定是什么时候作出的?")
    assert "2042-02-23" in reply and "未找到" not in reply


def test_how_a_thing_comes_about_weighs_as_a_verb(service: QueryService) -> None:
    """分解下来后, 怎么产生的: 下来 and 产生 say how, as verbs do (jieba tags them a time and a
    noun), so the sentence saying the rest is answered without a hedge."""
    assert is_weak_word("下来") and is_weak_word("产生") and not is_weak_word("备案表")
    reply = ask(service, "样板省2042年指标分解下来后,具体工作措施啥时候前要报省政府备案?")
    assert "2月底前" in reply and "仅供参考" not in reply and "未找到" not in reply


def test_the_askers_firm_named_by_a_notice_is_what_is_asked(service: QueryService) -> None:
    """我们是XX公司: the asker's own firm is no search word, unless a notice names it (its list
    of winners): then what the notice gives that firm is the answer."""
    reply = ask(service, "我们是样板精工有限公司,一季度扩产增效奖励有多少?")
    assert "40万元" in reply and "30万元" not in reply.splitlines()[1]


def test_a_total_asked_is_the_sum_the_notice_states(service: QueryService) -> None:
    """一共奖了多少钱: the notice's 共计188万元 answers, not the rule of how much each 1000万元
    of growth earns."""
    reply = ask(service, "样板市2042年一季度扩产增效奖励一共奖了多少钱?")
    assert "188万元" in reply.splitlines()[1]
    rule = ask(service, "样板市2042年一季度产值每增加1000万元奖励多少?")
    assert "2万元" in rule.splitlines()[1]
