"""Answers after the fresh batch qa32 (issue 12): a year a figure is measured against (比2030年下降
多少) is the plan's baseline, not the year asked about; COD is how staff say 化学需氧量; a figure
of one member of a list (青稞) does not answer for another the paragraph lists beside it (枸杞);
a share written before what it is of (60%以上的水泥产能完成改造) answers 多少水泥产能完成改造;
多久评一回 is answered by the article's next sentence saying how often (每两年一届), not by a
grant of another year's award; 交钱 asks about a fee, which the rules write 费用. Every text is
invented (made-up figures and names)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2036, 5, 1, 1, tzinfo=UTC)
HEDGE = "部分相符"
REFUSAL = "未找到"

# A five-year plan whose goals are cuts measured against its base year.
CUTS = """青海省“十五五”节能减排综合工作实施方案
一、主要目标
到2035年,全省单位地区生产总值能源消耗比2030年下降13%,化学需氧量、氨氮、氮氧化物排放总量比2030年分别下降7%、6%、9%以上。
"""
# A reprint opening with a reporter's lead that states one more goal before the plan's title.
LEAD = """5月8日,甘肃省人民政府网站发布了关于印发《甘肃省“十五五”工业绿色发展实施方案》(以下简称《方案》)的通知。《方案》提出,推进水泥、焦化行业超低排放改造,到2035年,全省60%以上的水泥产能完成超低排放改造。
甘肃省“十五五”工业绿色发展实施方案
一、总体要求
坚持绿色低碳发展,推动工业领域节能降碳。
"""

# A paragraph listing products, then giving the figure of one of them only.
LISTED = """青海省高原特色农业发展若干意见
一、主要目标
重点抓好青稞、油菜、牦牛和枸杞的生产及供应,特色农产品的自给水平保持稳定并逐步提升;基本建成农产品追溯体系,农产品质量安全平均合格率保持在98%以上。全省青稞生产总量120万吨,牦牛存栏500万头。
"""

# An award's rule, whose article says how often in a sentence that does not name the award.
AWARD_RULE = """样板市人民政府关于印发样板市市长质量奖管理办法的通知
样政〔2031〕12号
各县(市、区)人民政府,市人民政府各部门:
《样板市市长质量奖管理办法》已经市政府第20次常务会议审议通过,现予以印发。
2031年6月15日
样板市市长质量奖管理办法
第一章总则
第三条市长质量奖的评审坚持科学、公开、公平、公正的原则,实行专家评审、社会公示、政府决策的程序,自愿申请,不收取任何费用。
第四条市长质量奖分为市长质量奖和市长质量提名奖两个奖项。每两年一届,每届受表彰的单位不超过5家。其中,市长质量奖不超过2家。
"""
# The same city's notice granting that award for two years.
AWARD_GRANT = """样板市人民政府关于表彰2029—2030年度样板市市长质量奖获奖企业的决定
样政〔2031〕3号
各县(市、区)人民政府,市人民政府各部门:
根据《样板市市长质量奖管理办法》规定,经市长质量奖评审委员会评审、市政府常务会议研究、社会公示,市政府决定授予样板电源有限公司等2家企业“2029—2030年度样板市市长质量奖”,各奖励100万元。
样板市人民政府
2031年2月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("qa32")
    with invented_plans_service(
        Path(folder), CUTS, LISTED, LEAD, AWARD_RULE, AWARD_GRANT, now=ASKED
    ) as service:
        yield service


def test_a_year_measured_against_is_the_baseline_not_the_year_asked(
    service: QueryService,
) -> None:
    reply = _ask(service, "青海省氮氧化物排放总量比2030年要降多少?")
    assert "9%" in reply
    assert REFUSAL not in reply and HEDGE not in reply


def test_cod_is_read_as_chemical_oxygen_demand(service: QueryService) -> None:
    reply = _ask(service, "青海省十五五COD排放总量降多少?")
    assert "7%" in reply
    assert REFUSAL not in reply


def test_a_figure_of_another_member_of_a_list_does_not_answer(service: QueryService) -> None:
    reply = _ask(service, "青海省枸杞生产总量目标是多少?")
    assert "答:" not in reply
    assert HEDGE in reply or REFUSAL in reply


def test_the_member_the_figure_is_about_is_still_answered(service: QueryService) -> None:
    reply = _ask(service, "青海省青稞生产总量目标是多少?")
    assert "120万吨" in reply
    assert HEDGE not in reply and REFUSAL not in reply


def test_a_share_before_what_it_is_of_answers_how_much_of_it(service: QueryService) -> None:
    reply = _ask(service, "甘肃省要有多少水泥产能完成超低排放改造?")
    assert "60%以上" in reply
    assert HEDGE not in reply and REFUSAL not in reply


def test_how_often_an_award_is_given_is_the_article_s_next_sentence(
    service: QueryService,
) -> None:
    reply = _ask(service, "样板市长质量奖多久评一回?")
    assert "每两年一届" in reply
    assert HEDGE not in reply and REFUSAL not in reply


def test_jiaoqian_asks_about_a_fee(service: QueryService) -> None:
    reply = _ask(service, "我们公司想报样板市长质量奖,要交钱不?")
    assert "不收取任何费用" in reply
    assert HEDGE not in reply and REFUSAL not in reply
