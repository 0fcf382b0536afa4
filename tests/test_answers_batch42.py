"""Answering rules of helper qa51's round (question batch 42, ``qa51``), each on invented plans:
a place name a glossary term begins is read whole; a decree's number (某某人民政府令第7号) is its
document's 文号, asked as 政府令第几号; 照着哪个文件定的 asks a document's basis; 有问题找谁 is answered
by the sentence saying where problems go, else by the notice's 联系人 line."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from policybot.knowledge.question import _corrected_around_terms
from policybot.knowledge.service import QueryService
from policybot.knowledge.spelling import Speller
from tests.invented_plans import CITY_NOTICE, ask, city_plan, invented_plans_service, plans_fixture

# -- a place a glossary term begins ----------------------------------------------------------


def _reader(place: str, term: str) -> SimpleNamespace:
    """What ``_corrected_around_terms`` reads of an index: a glossary holding ``term`` and a
    speller over invented sentences that write 库的 (so 古的, cut off, would read as a slip)
    and know ``place`` as a place name."""
    speller = Speller(
        {"库的": 1, "村庄": 3, "规划": 3, "建设": 3},
        ["仓库的村庄规划", "库的村庄建设", "村庄规划建设"],
        names_starting=lambda text: [place] if text.startswith(place) else [],
    )
    entries = [SimpleNamespace(term=term)]
    return SimpleNamespace(glossary=SimpleNamespace(entries=entries), speller=speller)


def test_a_place_a_glossary_term_begins_is_read_whole() -> None:
    """蓝山 is a term of the glossary and 蓝山古 a place: the place's last character, cut off
    from the term, is no slip of a store word (古的 is never 库的)."""
    reader = _reader("蓝山古", "蓝山")
    assert _corrected_around_terms("蓝山古的村庄规划建设谁负责", reader) == (
        "蓝山古的村庄规划建设谁负责"
    )


def test_a_slip_after_a_glossary_term_outside_a_place_is_still_corrected() -> None:
    reader = _reader("蓝山古", "绿水")
    assert _corrected_around_terms("绿水古的村庄规划", reader) == "绿水库的村庄规划"


# -- a decree's number -----------------------------------------------------------------------

DECREE = """示范市城市绿地养护管理办法
示范市人民政府令
第7号
《示范市城市绿地养护管理办法》已经市人民政府第十二次常务会议通过,现予发布施行。
市长 王某
2031年5月6日
第一条 为了加强城市绿地养护管理,根据有关规定,制定本办法。
第二条 本市行政区域内城市绿地的养护管理适用本办法。
第三条 市园林部门负责全市城市绿地养护管理工作,每年组织一次养护质量检查。
"""
# A plan quoting another city's decree in a sentence: that number is no number of its own.
QUOTING = city_plan(
    "一、主要任务\n"
    "依照《样例市城市绿地保护条例实施办法》(样例市人民政府令第3号),到2032年,全市新增城市绿地"
    "50公顷。\n"
)

decree_service = plans_fixture("decree", DECREE, QUOTING)


def test_a_decree_asked_by_its_number_is_answered_with_the_decree_line(
    decree_service: QueryService,
) -> None:
    reply = ask(decree_service, "示范市城市绿地养护管理办法是市政府令第几号?")
    assert "示范市人民政府令第7号" in reply.splitlines()[1], reply


def test_a_decree_quoted_in_a_sentence_is_no_number_of_the_plan(
    decree_service: QueryService,
) -> None:
    reply = ask(decree_service, "示范市品牌提升行动计划的文号是多少?")
    assert "示政办发〔2031〕41号" in reply, reply
    assert "令第3号" not in reply.splitlines()[1], reply


# -- 照着哪个文件定的 ---------------------------------------------------------------------------

BASED = city_plan(
    "为贯彻落实《样例省品牌建设促进条例》和《示范市品牌发展规划》(示政发〔2030〕5号)精神,"
    "结合我市实际,制定本计划。\n一、主要目标\n到2033年,全市培育区域品牌20个。\n"
)


def test_照着_which_document_asks_the_basis(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, BASED) as service:
        reply = ask(service, "示范市品牌提升行动计划是照着上面哪个文件定的?")
    assert "示政发〔2030〕5号" in reply, reply
    assert "部分相符" not in reply, reply


# -- 有问题找谁 -----------------------------------------------------------------------------------

WITH_CHANNEL = city_plan(
    "一、主要任务\n"
    "(一)示范市品牌企业培育。到2033年,全市培育品牌企业30家。\n"
    "二、保障措施\n"
    "各区要加强组织领导。执行中遇到的问题,请径向市品牌促进局反映。\n"
)
# Another plan of the city, whose sentences speak of 品牌 as often, with its own channel.
OTHER_PLAN = """示范市人民政府办公室关于印发示范市商贸流通发展实施意见的通知
示政办发〔2031〕52号
各县(区)人民政府,市政府各部门:
现将《示范市商贸流通发展实施意见》印发给你们,请认真贯彻执行。
示范市人民政府办公室
2031年6月8日
示范市商贸流通发展实施意见
一、主要任务
支持商贸品牌企业做大做强,到2033年培育商贸品牌企业10家、品牌企业示范街区3个。
二、保障措施
实施过程中遇到的问题,请及时向市商务促进局反映。
"""
CONTACT_ONLY = """关于下达2031年示范市绿色工厂奖励资金项目计划的通知
各区工业和信息化主管部门:
经市人民政府同意,示范新材料公司等4个项目纳入2031年绿色工厂奖励资金项目计划,奖励资金合计800万元。
请尽早将资金拨付至企业。
示范市工业和信息化局
2031年2月2日
(联系人:赵某,联系方式:0123-4567890)
"""

channel_service = plans_fixture("channel", WITH_CHANNEL, OTHER_PLAN, CONTACT_ONLY)


def test_where_problems_go_answers_a_question_of_whom_to_ask(
    channel_service: QueryService,
) -> None:
    reply = ask(channel_service, "示范市品牌提升行动计划执行中有问题找哪个部门?")
    assert "市品牌促进局" in reply.splitlines()[1], reply
    assert "部分相符" not in reply, reply


def test_the_plan_the_title_names_is_the_one_whose_channel_answers(
    channel_service: QueryService,
) -> None:
    reply = ask(channel_service, "示范市商贸流通发展实施意见遇到问题找谁反映?")
    assert "市商务促进局" in reply.splitlines()[1], reply


def test_a_notice_that_names_no_channel_is_answered_by_its_contact_line(
    channel_service: QueryService,
) -> None:
    reply = ask(channel_service, "示范市绿色工厂奖励资金项目计划有问题找谁?")
    assert "赵某" in reply.splitlines()[1], reply


def test_the_notice_and_title_are_the_shared_invented_ones() -> None:
    assert CITY_NOTICE.startswith("示范市人民政府办公室")


PROJECTS = """示范省市场监督管理局关于下达2031年省级绿色工厂试点项目的通知
各市市场监督管理局:
经评审,确定示范新材料公司绿色工厂建设等12个项目为2031年省级绿色工厂试点项目。
作为项目建设的各管理和指导单位要加强对试点项目的日常管理和服务等工作,及时帮助解决项目建设中的困难和问题。
项目实施过程中如有问题,请及时与我局节能处联系。
示范省市场监督管理局
2031年4月9日
"""


def test_where_problems_go_answers_though_another_sentence_shares_more_words(
    tmp_path: Path,
) -> None:
    """The sentence naming the 处 shares few of the question's words; one about solving the
    projects' 问题 shares more, and alone would leave the reply a hedge."""
    with invented_plans_service(tmp_path, PROJECTS) as service:
        reply = ask(service, "示范省绿色工厂试点项目实施中有问题找省局哪个处?")
    assert "节能处" in reply.splitlines()[1], reply
    assert "部分相符" not in reply, reply


# -- 是不是这个月发的 -----------------------------------------------------------------------------


def test_whether_a_document_came_out_within_a_time_is_answered_by_its_day(
    tmp_path: Path,
) -> None:
    """Asked 2032-03-01 of a plan signed 2031-03-02: 去年发的 is answered with that day."""
    plan = city_plan("一、主要目标\n到2033年,全市培育区域品牌20个。\n")
    with invented_plans_service(tmp_path, plan) as service:
        reply = ask(service, "示范市品牌提升行动计划是不是去年发的?")
    assert "2031-03-02" in reply.splitlines()[1], reply


# -- a page's header stamp -----------------------------------------------------------------

STAMPED_PAGE = """示范市人民政府关于印发《2031年市政府主要目标任务分解表》的通知
示范市政府门户网站      2031-02-02 08:20:00  来源: 示范市人民政府
示府〔2031〕10号
各镇人民政府(街道办事处),市府直属各单位:
为全面落实好2031年《政府工作报告》确定的各项重点工作,市政府制定了《2031年市政府主要目标任务分解表》,现印发给你们,请结合以下要求,抓好工作落实。
一、全面动员,狠抓落实
全市各级各部门必须严格按照分解表确定的目标要求和时间进度,到2031年底全市新增市场主体5000户。
"""


def test_a_page_stating_no_date_but_its_posting_stamp_came_out_that_day(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, STAMPED_PAGE) as service:
        reply = ask(service, "示范市2031年目标任务分解表哪天发的?")
    assert "2031-02-02" in reply.splitlines()[1], reply
    assert "页面发布时间" in reply, reply
