"""Questions round 18 (issue 12): general answering failures the eighth question batch (qa18)
showed. The store holds invented documents (样板县, 样板市, made-up units and figures)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask, invented_plans_service

ASKED = datetime(2042, 3, 20, 1, tzinfo=UTC)

COUNTY_LIST = """样板县人民政府关于公布2042年民生实事项目的公告
根据《样板县民生实事项目管理办法》(样市监综〔2041〕3号),样板县第三届人民代表大会第一次会议,于2042年2月18日投票表决确定2042年样板县人民政府民生实事项目为5项,分别是:
一、实施城乡道路畅通工程,新建改造道路12条,新增公共停车位400个。
二、推进学前教育发展,新增普惠性幼儿园16所以上。
三、切实加强食品安全监管,全年改造提升菜市场17家,改造面积2万平方米。
四、大力推进养老事业发展,新增农村居家养老服务照料中心21家。
五、创建60个安全生产示范村居。
现予公告。
样板县人民政府
2042年2月18日
"""

SUPERVISION_POINTS = """样板省市场监督管理局办公室关于印发2042年全省市场监管工作要点的通知
各市、州市场监管局:
《2042年全省市场监管工作要点》已经省局局长办公会审议通过,现印发给你们,请认真贯彻落实。
样板省市场监督管理局办公室
2042年1月28日
2042年全省市场监管工作要点
一、推进党建引领
1.深入开展诚信文化创建,培育诚信经营理念。(机关纪委牵头,各处室分工负责)
2.加强计量基础建设,完善计量标准体系。(计量处牵头)
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round18")
    with invented_plans_service(folder, COUNTY_LIST, SUPERVISION_POINTS, now=ASKED) as service:
        yield service


def test_the_whole_county_is_said_by_each_sentence_of_a_countys_list(
    service: QueryService,
) -> None:
    """全县 asked of a county's list: its items (全年改造提升菜市场17家) speak for the whole
    county without saying so, so the item is the answer, not a partial match."""
    reply = ask(service, "样板县今年全县要改造提升几家菜市场?")
    assert "17家" in reply and "仅供参考" not in reply and "未找到" not in reply


def test_shi_jian_is_read_as_market_supervision(service: QueryService) -> None:
    """市监 is how staff say 市场监管: a task of the market-supervision work points is
    answered with its lead unit, not as a partial match for want of the word 市监."""
    reply = ask(service, "样板省市监诚信文化创建谁牵头?")
    assert "机关纪委" in reply and "仅供参考" not in reply and "未找到" not in reply


PROVINCE_POINTS = """青海省市场监督管理局办公室关于印发2042年全省市场监管工作要点的通知
各市、州市场监管局:
《2042年全省市场监管工作要点》已经省局局长办公会审议通过,现印发给你们。
青海省市场监督管理局办公室
2042年1月28日
2042年全省市场监管工作要点
一、加强计量基础建设,完善计量标准体系。(计量处牵头)
"""

CITY_DIVISION = """西宁市人民政府办公厅关于印发2043年政府工作报告重点工作责任分解方案的通知
各区人民政府,市政府各部门:
现将《2043年政府工作报告重点工作责任分解方案》印发给你们,请认真抓好落实。
西宁市人民政府办公厅
2043年2月9日
一、新增城镇就业3万人。(市人社局牵头)
"""


@pytest.fixture(scope="module")
def provincial(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round18_province")
    with invented_plans_service(folder, PROVINCE_POINTS, CITY_DIVISION, now=ASKED) as service:
        yield service


def test_a_provinces_document_is_never_a_citys_document_of_that_year(
    provincial: QueryService,
) -> None:
    """2043年青海全省市场监管工作要点: the store holds the province's points of 2042 and a city's
    2043 notice, which is another document: its date is no answer (未找到). The province's own
    points are still found for their year."""
    other = ask(provincial, "2043年青海全省市场监管工作要点是哪天印发的?")
    assert "未找到" in other and "2043-02-09" not in other
    own = ask(provincial, "2042年青海全省市场监管工作要点是哪天印发的?")
    assert "2042-01-28" in own and "未找到" not in own


TOWN_PLAN = """样板县人民政府办公室关于印发样板县促进特色镇高质量发展实施方案的通知
样县政办发〔2042〕3号
各乡(镇)人民政府,县直各有关单位:
《样板县促进特色镇高质量发展实施方案》已经县人民政府同意,现印发给你们,请认真组织实施。
样板县人民政府办公室
2042年2月6日
样板县促进特色镇高质量发展实施方案
为促进全县特色镇高质量发展,根据《样板市人民政府办公室关于印发样板市促进特色镇发展三年行动计划的通知》(样市政办发〔2041〕8号)和《样板市特色镇扶持政策实施细则》(样市监综〔2041〕5号)精神,结合我县实际,制定本实施方案。
一、到2043年,全县培育特色镇4个。
"""


@pytest.fixture(scope="module")
def town(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round18_town")
    with invented_plans_service(folder, TOWN_PLAN, now=ASKED) as service:
        yield service


def test_the_number_of_the_document_a_plan_was_made_under(town: QueryService) -> None:
    """根据的样板市文件文号: the number the plan quotes beside the city's notice it was made
    under, not the plan's own; the number's code names its issuer (样市监综: 市监) as the
    title does."""
    city = ask(town, "样板县特色镇实施方案根据的样板市行动计划文号是多少?")
    assert "样市政办发〔2041〕8号" in city.split("\n")[1] and "样县政办发" not in city
    rules = ask(town, "样板县特色镇实施方案根据的市监细则是哪个文号?")
    assert "样市监综〔2041〕5号" in rules.split("\n")[1]
    own = ask(town, "样板县特色镇实施方案文号是多少?")
    assert "样县政办发〔2042〕3号" in own.split("\n")[1]


ANNOUNCEMENT = """泰顺县第九届人民代表大会第三次会议公告(第6号)
泰顺县第九届人民代表大会第三次会议,于2042年2月19日投票表决确定2042年县政府民生实事项目为4项,分别是:
一、推进城乡公交一体化,新增公交车辆18辆、公交站点26个。
二、新建口袋公园12个,新增绿道15公里。
三、完善养老服务补贴制度,实现全县不少于3.5%的老年人享有养老服务补贴。
四、改造提升农贸市场9家。
现予公告。
泰顺县第九届人民代表大会第三次会议主席团
2042年2月19日
"""


@pytest.fixture(scope="module")
def announced(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round18_announcement")
    with invented_plans_service(folder, ANNOUNCEMENT, now=ASKED) as service:
        yield service


def test_an_announcements_opening_says_what_each_of_its_items_is(
    announced: QueryService,
) -> None:
    """A notice without a title that opens 确定…民生实事项目为4项,分别是: its items are 民生实事
    each, though none says so, as a title would have said it."""
    buses = ask(announced, "泰顺民生实事要新增多少辆公交车?")
    assert "18辆" in buses and "仅供参考" not in buses and "未找到" not in buses
    care = ask(announced, "泰顺民生实事里养老服务补贴要覆盖多少比例的老年人?")
    assert "3.5%" in care and "仅供参考" not in care and "未找到" not in care


AWARD_NOTICE = """样板市人民政府关于表彰2041年度样板市市长质量奖获奖单位的通报
(样政字〔2041〕77号)
各县(区)人民政府,市政府各部门:
近年来,全市各级、各部门深入实施质量强市战略,质量工作取得显著成效。
为激励全市各行各业提高质量,经企业自愿申报、资格审查、现场评审和社会公示,市政府研究决定,授予样板精工有限公司等2家企业“2041年度样板市市长质量奖”。
希望获奖单位珍惜荣誉,再接再厉。
附件:2041年度样板市市长质量奖获奖单位名单
样板市人民政府
2041年12月20日
"""


def test_the_procedure_of_an_award_is_the_steps_its_notice_lists(
    tmp_path: Path,
) -> None:
    """经过哪些程序: the sentence listing the steps (申报、资格审查、现场评审和社会公示) answers,
    though it never writes 程序; the notice's title and annex name the award as well but no
    step."""
    with invented_plans_service(tmp_path, AWARD_NOTICE, now=ASKED) as service:
        reply = ask(service, "样板市市长质量奖要经过哪些程序?")
    assert "资格审查" in reply and "仅供参考" not in reply and "未找到" not in reply


AWARD_RULES = """样板市人民政府关于印发《样板市市长质量奖管理办法》的通知
样府发〔2041〕12号
各县(区)人民政府,市政府各部门:
《样板市市长质量奖管理办法》已经市政府常务会议讨论同意,现印发给你们,请认真贯彻实施。
样板市人民政府
2041年5月20日
样板市市长质量奖管理办法
第一条 为推进质量强市战略,制定本办法。
第二条 样板市市长质量奖是市政府设立的最高质量奖项,由样板市市长质量奖评审委员会组织评审,由市政府和市长审定批准、表彰和奖励。
第三条 市长质量奖每两年评审一次。
"""


def test_last_in_a_question_only_says_how(tmp_path: Path) -> None:
    """最后 (最后谁来审定): the order of the steps, not a word the rule must write."""
    with invented_plans_service(tmp_path, AWARD_RULES, now=ASKED) as service:
        reply = ask(service, "样板市市长质量奖最后谁来审定批准?")
    assert "市政府和市长" in reply and "仅供参考" not in reply and "未找到" not in reply


JOINT_NOTICE = """样板市发展和改革委员会 中共样板市委社会工作部 样板市住房和城乡建设局 关于印发样板市社区服务设施建设实施方案的通知
各区(市)县政府,市级有关部门:
经市领导同意,现将《样板市社区服务设施建设实施方案》印发给你们,请结合实际认真贯彻落实。
一、主要目标
到2043年底前,全市首批60个社区服务设施示范社区全面建成。
"""


def test_a_joint_notice_is_issued_by_the_organs_its_title_opens_with(tmp_path: Path) -> None:
    """哪些部门印发的: a joint notice signed nowhere names its issuers before 关于印发, each
    one whole (中共样板市委社会工作部 is one organ, not 市委 and another)."""
    with invented_plans_service(tmp_path, JOINT_NOTICE, now=ASKED) as service:
        reply = ask(service, "样板市社区服务设施建设实施方案是哪些部门印发的?")
    answer = reply.split("\n")[1]
    assert "样板市发展和改革委员会、中共样板市委社会工作部、样板市住房和城乡建设局" in answer


DATED_PAGE = """样板市品牌建设“育苗”行动计划
日期:2042-03-06
针对制造业品牌、服务业品牌及区域品牌建设,建立完善品牌培育库,打造品牌建设梯队。
培育12个全国市场排名领先的高端制造品牌。
培育8个与国内外知名品牌同标准同质量的日用消费品品牌。
"""


def test_a_plan_is_of_the_day_its_page_states(tmp_path: Path) -> None:
    """行动计划是哪天的: the day of the document, which its page states on a bare 日期: line
    under the title."""
    with invented_plans_service(tmp_path, DATED_PAGE, now=ASKED) as service:
        reply = ask(service, "样板市品牌建设育苗行动计划是哪天的?")
    assert "2042-03-06" in reply and "未找到" not in reply
