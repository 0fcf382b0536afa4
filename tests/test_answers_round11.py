"""Questions round 11 (issue 12): general answering failures the sixth question batch (phone)
showed. The store holds invented documents (样板市 and its towns, made-up figures)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge import answering
from policybot.knowledge.glossary import BUILT_IN
from policybot.knowledge.passages import _YEAR
from policybot.knowledge.service import QueryService
from policybot.knowledge.spelling import Speller
from tests.invented_plans import ask, city_plan, invented_plans_service

ENERGY = """样板市人民政府办公室关于分解下达2042年度能源消耗强度目标的通知
各镇人民政府,市各有关部门:
我市2042年单位GDP能耗降幅目标为3.1%,增量进度控制目标为27万吨标准煤。现将2042年度能源消耗强度目标分解下达给你们。
附件:样板市2042年度能源消耗强度目标分解表
样板市人民政府办公室
2042年8月2日
样板市2042年度能源消耗强度目标分解表
地区 | 单位规上工业增加值能耗降幅目标(%) |
全市 | 3.1 |
甲山镇 | 3.3 |
乙河镇 | 2.9 |
"""

DISTRICTS = """样板市人民政府办公室关于印发样板市质量提升三年行动计划(2041—2043年)的通知
样府办〔2041〕9号
各区人民政府,市政府各部门:
现将《样板市质量提升三年行动计划(2041—2043年)》印发给你们,请认真贯彻执行。
样板市人民政府办公室
2041年5月6日
一、主要目标
(一)品牌培育。到2043年,各区有效期内省名牌产品数量不少于:东湖区40个、西岭区55个。(牵头单位:市质监局;配合单位:市工商局)
(二)标准建设。到2043年,全市主导制定国家标准12项。(牵头单位:市标准化院)
"""

WORK = """样板市人民政府关于印发2042年政府工作报告任务分解表的通知
样府发〔2042〕3号
各镇人民政府,市政府各部门:
现将2042年政府工作报告任务分解表印发给你们,请认真贯彻执行。
市委督查室要结合任务分解建立督查台账,每月开展一次督查督办。
全市地区生产总值增长6.5%,固定资产投资增长12.5%。
开办企业1个工作日内完成。
样板市人民政府
2042年2月9日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("round11"), ENERGY, DISTRICTS) as service:
        yield service


def test_a_towns_figure_is_not_its_citys_total(service: QueryService) -> None:
    """The city sets 27万吨 for itself and a 降幅 per town: a town asked for the city's own
    kind of figure has none of its own, and the reply says whose the 27万吨 is."""
    reply = ask(service, "样板市甲山镇2042年增量进度控制目标是多少万吨标准煤?")
    assert reply.startswith("样板市甲山镇") and "未找到" in reply.splitlines()[1]
    assert "甲山镇单列的数字" in reply and "27万吨标准煤" in reply and "全市" in reply
    # The city itself, and the town's own figure, are answered as before.
    assert "答: 27万吨标准煤" in ask(service, "样板市2042年增量进度控制目标是多少?")
    own = ask(service, "样板市甲山镇规上工业增加值能耗降幅目标是多少?")
    assert "答: 3.3%" in own and "未找到" not in own


def test_a_districts_lead_units_are_the_citys_units_leading_its_items(
    service: QueryService,
) -> None:
    """西岭区's items stand in its city's plan, led by the city's 市质监局: they are the
    district's lead units, counted with the district's items only; a unit leading none of
    the district's items (市标准化院, a city-wide goal) is not one."""
    reply = ask(service, "西岭区的牵头单位是谁")
    assert "未找到" not in reply
    assert "市质监局 — 牵头 1 项" in reply and "市标准化院" not in reply
    city = ask(service, "样板市的牵头单位是谁")
    assert "市质监局" in city and "市标准化院" in city


YEARLY = """样板市人民政府办公室关于印发样板市标准提升行动计划(2041—2043年)的通知
样府办〔2041〕12号
各区人民政府,市政府各部门:
现将《样板市标准提升行动计划(2041—2043年)》印发给你们,请认真贯彻执行。
样板市人民政府办公室
2041年6月8日
一、主要目标
(一)团体标准。各区每年制定实施的团体标准数量不少于:东湖区3个、西岭区4个。(牵头单位:市质监局)
(二)平台建设。2042年底前完成市级标准信息服务平台建设。(牵头单位:市标准化院)
"""


def test_a_districts_pending_items_are_its_own_as_deadlines_lists_them(tmp_path: Path) -> None:
    """西岭区今年还有哪些没到期 lists what /deadlines 西岭区 lists for the same window — the
    district's own items, a per-year target by this year's occurrence — and points to its
    city's items (the city's platform) instead of listing them as the district's."""
    asked_at = datetime(2042, 6, 1, 1, tzinfo=UTC)
    with invented_plans_service(tmp_path, YEARLY, now=asked_at) as service:
        reply = ask(service, "西岭区今年还有哪些没到期")
        listed = render_plain(service.deadlines("西岭区 今年还有哪些没到期"))
    assert "4个" in reply and "2042-12-31" in reply
    assert "标准信息服务平台" not in reply
    # The pointer's count is its command's (trial 42): /deadlines 样板市 lists the city's
    # platform and both districts' quotas, 西岭区's shown here among them (was 另有样板市的1项).
    assert "样板市在这期间共3项(含本区县的)" in reply and "/deadlines 样板市" in reply
    assert "4个" in listed and "标准信息服务平台" not in listed


def test_spoken_who_abbreviated_investment_and_done(tmp_path: Path) -> None:
    """由谁来 asks who as 谁 does (never a word to find); 固投 is 固定资产投资; 办完 is 完成;
    什么企业才有份 asks who a rule is for."""
    with invented_plans_service(tmp_path, WORK) as service:
        _spoken_who_abbreviated_investment_and_done(service)


def _spoken_who_abbreviated_investment_and_done(service: QueryService) -> None:
    who = ask(service, "样板市政府工作报告的任务由谁来督查督办?")
    assert "市委督查室" in who and "未找到" not in who
    investment = ask(service, "样板市2042年固投增长多少?")
    assert "固定资产投资增长12.5%" in investment and "未找到" not in investment
    done = ask(service, "样板市开办企业几个工作日内办完?")
    assert "1个工作日" in done and "未找到" not in done
    assert service.parse("什么样的企业才有份?").eligibility


def test_where_words_are_not_slips_and_write_clearly_is_specify() -> None:
    """方案里 (in the plan) is never "corrected" to a word of the store that sounds alike
    (方案例, 案例 being a word); 写清楚 is how people say the documents' 明确."""
    speller = Speller({"方案": 9, "案例": 4, "明确": 6}, ["细化方案明确工作目标", "典型案例"])
    assert speller.correct("细化方案里要写清楚哪些") == "细化方案里要写清楚哪些"
    assert ("写清楚", "明确") in BUILT_IN


HEADED = """[ 发布机构 ] 样板县政府办 [ 发文字号 ] 样府发〔2042〕14号
[ 标 题 ] 样板县人民政府关于印发《样板县质量强县建设实施方案》的通知
[ 成文日期 ] 2042-04-19 [ 发布日期 ] 2042-05-06
样板县人民政府关于印发《样板县质量强县建设实施方案》的通知
各乡镇人民政府,县政府各部门:
《样板县质量强县建设实施方案》已经县政府同意,现印发给你们,请认真贯彻落实。
一、到2045年,全县主导制定国家标准5项以上。
"""

HANDED_DOWN = """样板市工业和信息化局关于下达2042年二季度扩产增效奖励项目的通知
各有关单位:
2042年二季度扩产增效奖励项目已经完成审核,现下达奖励计划,对样板精工有限公司等31个项目安排1200万元予以奖励。
样板市工业和信息化局
2042年11月14日
"""


def test_a_bracketed_publication_date_and_a_notice_handed_down(tmp_path: Path) -> None:
    """[ 发布日期 ] 2042-05-06 in a page header is when the document was published (not its
    signing, 04-19); a notice 下达 (handed down) on a day is a notice issued that day."""
    with invented_plans_service(tmp_path, HEADED, HANDED_DOWN) as service:
        published = ask(service, "样板县质量强县方案啥时候发布的?")
        handed = ask(service, "样板市二季度扩产增效奖励项目的通知是哪天下达的?")
    assert "答: 2042-05-06" in published
    assert "答: 2042-11-14" in handed


def test_a_year_the_plan_sets_no_figure_for_is_not_given_its_last_years(tmp_path: Path) -> None:
    """A 2031—2033 plan sets 320 days for 2033 only: 2032年优良天数目标是多少 has no figure
    of its own (未找到, saying the 2033 one); 2033 is answered, and a per-year figure
    (每年) is one of 2032 too."""
    plan = city_plan(
        "一、到2033年,全市优良天数达到320天。\n二、每年新增主导制定国家标准不少于3项。\n"
    )
    with invented_plans_service(tmp_path, plan) as service:
        between = ask(service, "示范市2032年优良天数目标是多少天?")
        last = ask(service, "示范市2033年优良天数目标是多少天?")
        yearly = ask(service, "示范市2032年新增主导制定国家标准要多少项?")
    assert "未找到" in between and "没有2032年的数字" in between and "320天(到2033年)" in between
    assert "答: 320天" in last
    assert "3项" in yearly and "未找到" not in yearly


DRAFT = """为加快推进质量强市建设,我局牵头起草了《关于深入实施质量强市战略的实施意见(征求意见稿)》,现公开征求社会各界意见。有关意见请于2042年10月26日前书面反馈我局。
样板市市场监督管理局
2042年9月26日
关于深入实施质量强市战略的实施意见(征求意见稿)
一、到2045年,全市主导制定国家标准8项以上。
"""

LISTED = """拟对我市2041年新上规模的工业企业每家奖励8万元。经审核,现将符合条件的16家企业进行公示,有意见请在2042年4月14日前提出。
样板市科工商务局
2042年4月8日
"""


def test_who_drafted_a_draft_and_who_put_out_a_list(tmp_path: Path) -> None:
    """哪个单位牵头起草的 asks a draft's issuer (我局 signs it at the foot); 公示 is a notice of
    its own, 哪个单位发的 asking its issuer."""
    with invented_plans_service(tmp_path, DRAFT, LISTED) as service:
        drafted = ask(service, "样板市那个质量强市意见稿是哪个单位牵头起草的?")
        listed = ask(service, "样板市上规模企业公示是哪个单位发的?")
    assert "答: 样板市市场监督管理局" in drafted
    assert "答: 样板市科工商务局" in listed


CONSULTED = """为加快推进标准化建设,我局牵头起草了《关于推进标准化强市建设的实施意见(征求意见稿)》,现公开征求意见。有关意见请于2042年10月26日前书面反馈我局。
联系电话:0999-6612345
电子邮箱:ybbzh@example.com
通过信函方式将意见寄至样板市东湖街道和平路8号(邮政编码999001)。
样板市标准化管理局
2042年9月20日
关于推进标准化强市建设的实施意见(征求意见稿)
一、到2045年,全市主导制定行业标准20项以上。
"""


def test_a_phone_an_email_and_a_postal_address_of_the_document_asked_about(
    tmp_path: Path,
) -> None:
    """打哪个电话, 邮箱, 寄到哪: the line giving it in the document the rest of the question
    is about — a line that shares no word with the question."""
    with invented_plans_service(tmp_path, CONSULTED, DRAFT) as service:
        phone = ask(service, "样板市标准化强市意见稿提意见打哪个电话?")
        mail = ask(service, "样板市标准化强市征求意见的邮箱?")
        post = ask(service, "对样板市标准化强市意见稿有意见,信寄到哪?")
    assert "答: 0999-6612345" in phone
    assert "答: ybbzh@example.com" in mail
    assert "答: 样板市东湖街道和平路8号" in post


def test_a_sum_of_two_thousand_is_no_year(tmp_path: Path) -> None:
    """2000亿元 is a sum, not the year 2000: a sentence saying it is still one of the year
    asked about (2033, a year its plan's title names), and answers it."""
    assert _YEAR.findall("确保年度投资达到2000亿元,2032年完成") == ["2032"]
    plan = city_plan("一、抓好300个市级重点产业项目,确保年度投资达到2000亿元。\n")
    with invented_plans_service(tmp_path, plan) as service:
        reply = ask(service, "示范市2033年重点产业项目年度投资要达到多少?")
        between = ask(service, "示范市2032年重点产业项目年度投资要达到多少?")
    assert "2000亿元" in reply and "未找到" not in reply
    # 2032 stands between the years the title names (2031—2033): the plan's year too.
    assert "2000亿元" in between and "未找到" not in between


def test_a_list_asked_is_answered_by_the_sentence_that_enumerates_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """哪三大品牌: the opening sentence only names them (打响样板“三大品牌”); a sentence
    nearly as good sets them out (样板制造、样板服务、样板文化), and joins the reply. (In a
    store of one short plan each word weighs much: the margin is widened to the share the
    second sentence loses here.)"""
    plan = city_plan(
        "为加强本市质量认证体系建设,打响样板“三大品牌”,制定本方案。\n"
        "一、坚持质量第一,加强质量认证体系建设,全力打响样板制造、样板服务、样板文化"
        "“三大品牌”。\n"
    )
    question = "示范市制定质量认证体系要打响的三大品牌是哪三个?"
    with invented_plans_service(tmp_path, plan) as service:
        monkeypatch.setattr(answering, "LIST_TIE", 0.0)
        alone = ask(service, question)
        monkeypatch.setattr(answering, "LIST_TIE", 0.25)
        reply = ask(service, question)
    assert "样板制造" not in alone
    assert "样板制造、样板服务、样板文化" in reply and "未找到" not in reply
