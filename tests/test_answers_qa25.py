"""Questions round 25 (issue 12): a line of a plan pointed at (实际利用外资那条是谁负责) is not
searched for 那条; a sum a target reaches (人均纯收入要达到多少钱) is not a reward; a page that
states no signing date answers 啥时候发布的 with its 公开日期, and 公开日期是哪天 asks it; a
period's name or a count of visits is not run into the next word (十四五个人, 人次要); 一个县奖几万
asks what each place of a tier gets, in 万; 区政府工作报告 names a document, not an office
whose name begins 区政府. Every text is invented (made-up
places and figures)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2032, 3, 1, 1, tzinfo=UTC)

TASKS = """样板市人民政府关于印发2031年市政府工作主要任务责任分解的通知
样政发〔2031〕7号
各县(市)、区人民政府,市政府各部门:
经市政府同意,《2031年市政府工作主要任务》已作分解和细化,现予印发。
样板市人民政府
2031年5月9日
2031年市政府工作主要任务责任分解
一、主要目标
1.实际利用外资9亿美元,外贸进出口总额增长7%。(市商务局)
2.城乡居民收入增长6%。
城镇居民人均可支配收入达到48000元。农民人均纯收入比上年增加1300元,达到26000元。(市农业农村局)
3.港口货物吞吐量达到1.5亿吨。(市交通局)
"""

PAGE = """索引号:000111222/2031-000042 公开方式:主动公开
发布机构:示范县政府办公室 公开日期:2031-02-09
主题分类:宏观经济 发文字号:示政发〔2031〕2号
有效性:有效

示范县人民政府关于下达2031年示范县国民经济和社会发展计划的通知

各乡镇人民政府,县政府各部门:
2031年示范县国民经济和社会发展计划已经县五届人大三次会议审议批准,现印发给你们,请认真贯彻落实。
一、主要目标
全县地区生产总值增长6.5%左右,一般公共预算收入增长5%。
二、重点任务
(一)构建创新体系。全年新增高新技术企业40家以上。
"""

PERIOD_PLAN = """示范省电动汽车充电设施“十四五”发展规划
各市发展改革委,有关企业:
现将《示范省电动汽车充电设施“十四五”发展规划》印发给你们,请认真贯彻实施。
规划期限为2031年-2035年。
一、发展目标
到2035年,公共充电设施达到3万台以上,个人充电设施达到7万台以上。
到2035年,全省乡村旅游接游人次超过900万,旅游综合收入突破40亿元。
示范省发展和改革委员会
2031年6月8日
"""

AWARDS = """样板市人民政府关于表彰2031年度外贸出口先进县(市、区)的通报
各县、市、区人民政府:
经研究,决定对2031年度获得外贸出口一等奖的东山县奖励人民币8万元;获得二等奖的西河区、南岭县分别奖励人民币6万元;获得三等奖的北湖县、清水县分别奖励人民币4万元。
样板市人民政府
2032年1月20日
"""

REPORT = """示范区人民政府办公室关于印发2031年区政府工作报告目标任务分解方案的通知
示范府办发〔2031〕5号
各乡镇人民政府、街道办事处,区级各部门:
《2031年区政府工作报告目标任务分解方案》已经区政府同意,现印发给你们。
一、高度重视。各责任单位要主动作为,全力以赴完成区政府工作报告各项目标任务。
二、压实责任。对区政府工作报告涉及的具体工作要逐项梳理,将98项目标任务抓早抓实,责任明确到岗到人。
三、严格督查。区政府督查办要采取明察暗访相结合的方式,加强督促检查,每季度通报结果。
示范区人民政府办公室
2031年3月4日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("qa25")
    with invented_plans_service(
        Path(folder), TASKS, PAGE, PERIOD_PLAN, AWARDS, REPORT, now=ASKED
    ) as service:
        yield service


def test_the_line_pointed_at_is_no_search_word(service: QueryService) -> None:
    reply = _ask(service, "样板市2031年实际利用外资那条是哪个部门负责?")
    assert "市商务局" in reply and "未找到" not in reply and "那条" not in reply, reply
    reply = _ask(service, "样板市港口货物吞吐量这项谁负责?")
    assert "市交通局" in reply and "未找到" not in reply, reply


def test_a_sum_a_target_reaches_is_no_reward(service: QueryService) -> None:
    reply = _ask(service, "样板市2031年农民人均纯收入要达到多少钱?")
    assert "26000元" in reply and "奖励" not in reply and "未找到" not in reply, reply


def test_a_page_without_a_signing_date_was_published_on_its_public_date(
    service: QueryService,
) -> None:
    reply = _ask(service, "示范县国民经济和社会发展计划啥时候发布的?")
    assert "2031-02-09" in reply and "未找到" not in reply, reply


def test_the_pages_public_date_asked_by_its_name(service: QueryService) -> None:
    reply = _ask(service, "示范县国民经济和社会发展计划公开日期是哪天?")
    assert "答: 2031-02-09" in reply and "发布机构" not in reply, reply


def test_a_periods_name_is_not_run_into_the_next_word(service: QueryService) -> None:
    reply = _ask(service, "示范省十四五个人充电设施要到多少万台?")
    assert "7万台" in reply and "仅供参考" not in reply and "未找到" not in reply, reply
    reply = _ask(service, "示范省乡村旅游接游人次要超过多少?")
    assert "900万" in reply and "次要" not in reply and "仅供参考" not in reply, reply


def test_what_each_place_of_a_tier_gets_in_ten_thousands(service: QueryService) -> None:
    reply = _ask(service, "样板市外贸出口三等奖一个县奖几万?")
    assert "4万元" in reply and "仅供参考" not in reply and "未找到" not in reply, reply
    reply = _ask(service, "样板市外贸出口二等奖一个区能拿多少?")
    assert "6万元" in reply and "仅供参考" not in reply and "未找到" not in reply, reply


def test_the_governments_report_names_no_office(service: QueryService) -> None:
    reply = _ask(service, "示范区政府工作报告目标任务由哪个部门督查?")
    assert "区政府督查办" in reply and "仅供参考" not in reply, reply
    assert "答: 示范区人民政府办公室" not in reply, reply
