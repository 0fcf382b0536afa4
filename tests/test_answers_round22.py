"""Answers round 22 (issue 12): general answering failures the dev questions still showed. The
store holds invented documents (样板县, 样板市, made-up figures and offices)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2032, 6, 1, 1, tzinfo=UTC)
HEDGE = "部分相符"

# A 责任分解 whose page opens on its addressees: its tasks name lead and partner offices, which
# are not who issued it.
DECOMPOSITION = """各乡镇人民政府,县政府各部门:
现将《样板县2031年重点工作责任分解》印发给你们,请认真贯彻执行。
样板县人民政府办公室
2031年3月2日
样板县2031年重点工作责任分解
一、坚定不移推动产业升级
1.新建标准厂房30万平方米,培育规模以上工业企业12家。
牵头单位:县经信局;责任单位:县财政局、县自然资源局
2.新建改造农村公路80公里,完成危桥改造5座。
牵头单位:县交通运输局;责任单位:县财政局
"""

# A 实施方案 a bureau made, and a notice rewarding firms that won a title for the first time.
SCHEME = """样板湾现代农业发展实施方案
样农〔2031〕12号
为推动落实样板湾现代农业发展规划,特制定本方案。
到2033年,样板湾现代农业示范区建设面积达到12万亩,农业总产值突破90亿元。
样板市农业局
2031年5月6日
"""

REWARDS = """样板市人民政府关于对2031年获得样板名牌产品企业进行表彰奖励的通报
样政〔2031〕21号
各县(市、区)人民政府,市政府各部门:
为鼓励企业争创名牌,市政府决定:对2031年首次荣获“样板名牌产品”的样板甲乙食品有限公司奖励37万元;对再次荣获“样板名牌产品”的企业各奖励6万元。
对2031年获得兵团科学技术奖的项目配套奖励:一等奖17万元/项,二等奖9万元/项。
样板市人民政府
2031年12月20日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round22")
    with invented_plans_service(Path(folder), DECOMPOSITION, SCHEME, REWARDS, now=ASKED) as service:
        yield service


def test_who_issued_a_decomposition_is_its_issuer_not_its_task_units(
    service: QueryService,
) -> None:
    # 责任分解 is a document as 通知 is: 是谁发的 asks its issuer, not the offices of its tasks
    reply = _ask(service, "样板县那个2031年重点工作责任分解是谁发的?")
    assert "样板县人民政府办公室" in reply
    assert "县经信局" not in reply and "县交通运输局" not in reply


def test_which_office_made_a_scheme_is_its_issuer(service: QueryService) -> None:
    # 是哪个单位制定的: whoever made a document issued it
    reply = _ask(service, "样板湾现代农业发展实施方案是哪个单位制定的?")
    assert "样板市农业局" in reply and HEDGE not in reply


def test_touyihui_is_the_documents_shouci(service: QueryService) -> None:
    # 头一回 is how people say 首次: the first-time reward, not the repeat one, and no hedge
    reply = _ask(service, "样板市2031年头一回评上样板名牌产品的企业奖多少钱?")
    assert "37万元" in reply and HEDGE not in reply


def test_kejijiang_is_the_documents_kexue_jishu_jiang(service: QueryService) -> None:
    # 科技奖 is the 科学技术奖 written short: its 一等奖 sum is answered without a hedge
    reply = _ask(service, "样板市对拿了兵团科技奖一等奖的项目配套奖多少?")
    assert "17万元" in reply and HEDGE not in reply


# A page of a government site: its header states the 发文单位 (the office), 公开日期 and 更新时间;
# the notice's title names the government it speaks for.
PORTAL_PAGE = """样板区人民政府
政府信息公开
样板区人民政府关于分解落实2031年区政府工作目标任务的通知
发文单位
区人民政府办公室
发文字号
样政发〔2031〕5号
公开日期: 2031年02月13日
更新时间:2031-02-20 10:53:20
各乡镇人民政府,区政府各部门:
现将2031年区政府工作目标任务分解如下,请认真抓好落实。
1.全区地区生产总值增长6.5%。牵头单位:区发改局
样板区人民政府
2031年1月30日
"""

# A joint notice of two offices; the first of them signs first.
JOINT = """纪录小康工程
中共样板区委办公室样板区人民政府办公室关于印发《样板区城区建设三年行动计划(2031―2033年)》的通知
各街道党工委、办事处,区属各单位:
《样板区城区建设三年行动计划(2031―2033年)》已经区委、区政府同意,现印发给你们,请认真贯彻执行。
中共样板区委办公室
样板区人民政府办公室
2031年4月16日
样板区城区建设三年行动计划(2031―2033年)
到2033年,样板区城区建成区面积达到3.5平方公里,常住人口达到2.2万人。
"""


@pytest.fixture(scope="module")
def page_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round22-pages")
    with invented_plans_service(Path(folder), PORTAL_PAGE, JOINT, now=ASKED) as service:
        yield service


def test_when_made_public_is_the_pages_gongkai_date(page_service: QueryService) -> None:
    reply = _ask(page_service, "样板区2031年目标任务分解的通知什么时候公开的?")
    assert "2031-02-13" in reply and "公开日期" in reply


def test_when_updated_is_the_pages_gengxin_time(page_service: QueryService) -> None:
    reply = _ask(page_service, "样板区2031年目标任务分解的通知是什么时候更新的?")
    assert "2031-02-20" in reply and "更新时间" in reply


def test_the_issuing_office_a_page_labels_is_the_fawen_danwei(page_service: QueryService) -> None:
    # 发文单位 asked by that label: the office the page names under it, not the government
    reply = _ask(page_service, "样板区这份目标任务分解通知的发文单位是谁?")
    assert "答: 区人民政府办公室" in reply


def test_a_joint_notice_has_every_issuer(page_service: QueryService) -> None:
    reply = _ask(page_service, "样板区城区建设三年行动计划是哪些单位印发的?")
    assert "中共样板区委办公室" in reply and "样板区人民政府办公室" in reply


# A reward in tiers under a lead-in sentence: the items say the thresholds and sums, the lead-in
# says whom the reward is for (首次认定的高企) and what it is called (效益奖励).
TIERS = """样板新区进一步推动高新技术企业发展的扶持办法
第一条 【适用范围】注册地、税收缴纳地在样板新区范围内的企业适用本办法。
第二条 【认定奖励】对首次通过国家高新技术企业认定的企业给予一次性35万元奖励。
第三条 【效益奖励】对首次通过国家高新技术企业认定的企业,根据其当年在样板新区的区级财力贡献总额进行奖励:
(一)企业当年形成的区级财力贡献总额合计不低于40万元人民币,给予一次性7万元奖励;
(二)企业当年形成的区级财力贡献总额合计不低于150万元人民币,给予一次性23万元奖励;
(三)企业当年形成的区级财力贡献总额合计不低于400万元人民币,给予一次性66万元奖励。
第四条 【附则】本办法自2031年1月1日起施行。
"""


@pytest.fixture(scope="module")
def tier_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round22-tiers")
    with invented_plans_service(Path(folder), TIERS, now=ASKED) as service:
        yield service


def test_the_tier_an_amount_reaches_answers_under_its_lead_in(
    tier_service: QueryService,
) -> None:
    # 贡献有180万: the 150万 tier (23万元) — not the first tier, not a hedge; the words only the
    # lead-in says (首次认定, 高企, 效益奖励) are said for its items
    reply = _ask(
        tier_service, "我们公司在样板新区首次认定高企,当年区级财力贡献有180万,效益奖励能拿多少?"
    )
    assert "23万元" in reply and HEDGE not in reply
    assert "7万元" not in reply and "66万元" not in reply


# A deadline whose clause ends a sentence saying what is due.
DUE = """样板县人民政府办公室关于做好2032年政府工作任务分解落实的通知
各乡镇人民政府,县政府各部门:
一、各牵头单位要按照《2032年样板县政府工作主要任务分解表》的要求,将属于本部门落实的工作目标做好细化推进台账,并明确联系人、联系电话,于6月20日(星期五)前上报县督查组(办公室设在县府办督查室)。
样板县人民政府办公室
2032年3月2日
"""


@pytest.fixture(scope="module")
def due_service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round22-due")
    with invented_plans_service(Path(folder), DUE, now=ASKED) as service:
        yield service


def test_what_is_due_is_said_by_the_sentence_of_the_deadline(due_service: QueryService) -> None:
    # 本月底要报什么: the deadline's clause (于6月20日前上报县督查组) says when and to whom;
    # its sentence says what (细化推进台账)
    reply = _ask(due_service, "本月底样板县要报什么?")
    assert "推进台账" in reply
