"""Answers round 29 (issue 12): a province-level region named by its customary short name (西藏
for 西藏自治区, 廣西 for 广西壮族自治区) is that region, as 湖州 is 湖州市: the question is scoped
to it, and answered without hedging. The short name comes from the national gazetteer, since no
suffix rule derives it (西藏自治区 names no people before 自治). The places are real regions;
every text, figure and county in it is invented. Everyday phrasings of the asking are no words
of the topic: 两个奖能一起拿吗 asks whether rewards add up (不累计), 我们合作社 is who asks. A pair the documents write with its
second word in an aside (各镇(街), 该市(县、区)) is said when typed joined (镇街, 市县)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.regions import region_aliases
from policybot.knowledge.service import QueryService
from tests.invented_plans import ask as _ask
from tests.invented_plans import invented_plans_service

ASKED = datetime(2032, 6, 1, 1, tzinfo=UTC)
HEDGE = "部分相符"
REFUSAL = "未找到"

# An autonomous region's rewards of its counties, by tier.
TIBET = """西藏自治区人民政府办公厅关于2031年度美丽乡村建设以奖代补资金安排的通知
藏政办发〔2032〕3号
各地区行署,自治区政府各部门:
经考核,现将2031年度美丽乡村建设以奖代补资金安排如下:
一等奖(2个):青禾县、白塔县,各奖励95万元。
二等奖(3个):红岭县、绿洲县、石门县,各奖励65万元。
西藏自治区人民政府办公厅
2032年3月1日
"""

# Another autonomous region's rewards of the same kind, with other figures.
GUANGXI = """广西壮族自治区人民政府办公厅关于2031年度美丽乡村建设以奖代补资金安排的通知
桂政办发〔2032〕7号
各市、县人民政府,自治区人民政府各组成部门:
经考核,现将2031年度美丽乡村建设以奖代补资金安排如下:
一等奖(2个):东港县、北岭县,各奖励85万元。
二等奖(3个):西湾县、南山县、远山县,各奖励55万元。
广西壮族自治区人民政府办公厅
2032年4月1日
"""

# A made-up county's brand rewards, which do not add up.
BRANDS = """青禾县人民政府关于实施品牌战略的意见
青政发〔2032〕5号
各乡镇人民政府,县政府各部门:
一、对新获得中国驰名商标的企业,奖励20万元;对新获得省著名商标的企业,奖励5万元。同时获得上述两项以上奖励的按最高级别予以奖励,不累计奖励。
二、对以集体商标形式成功注册地理标志的组织一次性奖励2万元。
青禾县人民政府
2032年2月1日
"""

# A made-up city's notice: who reports what when the work ends, written with an aside.
NOTICE = """示范市农业局关于做好2032年植保统防统治工作的通知
示农发〔2032〕2号
各镇(街)农办:
一、2032年全市完成水稻病虫害统防统治面积8万亩,其中示范区1.5万亩。
二、各镇(街)要在2032年5月31日前落实防治服务组织,每月报送一次防治进度。
三、项目实施结束后各镇(街)要做好面积统计并及时将全年实施工作总结上报我局。
示范市农业局
2032年3月1日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("round29")
    with invented_plans_service(Path(folder), TIBET, GUANGXI, BRANDS, NOTICE, now=ASKED) as service:
        yield service


def test_short_names_of_autonomous_regions_are_their_aliases() -> None:
    assert "西藏" in region_aliases("西藏自治区")
    assert "内蒙古" in region_aliases("内蒙古自治区")
    assert "宁夏" in region_aliases("宁夏回族自治区")
    # (the suffix rules stay: 湖州市 → 湖州)
    assert "湖州" in region_aliases("湖州市")


def test_a_region_named_short_scopes_the_question(service: QueryService) -> None:
    reply = _ask(service, "西藏美丽乡村以奖代补,一等奖一个县奖多少钱?")
    assert "95万元" in reply and "85万元" not in reply, reply
    assert HEDGE not in reply and REFUSAL not in reply, reply


def test_a_region_named_short_in_traditional_characters(service: QueryService) -> None:
    reply = _ask(service, "廣西美麗鄉村二等獎每個縣獎勵多少?")
    assert "55万元" in reply and "65万元" not in reply, reply
    assert HEDGE not in reply and REFUSAL not in reply, reply


def test_whether_two_rewards_add_up_is_answered(service: QueryService) -> None:
    reply = _ask(service, "青禾县同时拿了驰名商标和著名商标,两个奖能一起拿吗")
    assert "不累计奖励" in reply, reply
    assert HEDGE not in reply and REFUSAL not in reply, reply


def test_the_askers_cooperative_is_no_word_of_the_topic(service: QueryService) -> None:
    reply = _ask(service, "我们合作社用集体商标注册了地理标志,青禾县奖多少")
    assert "2万元" in reply, reply
    assert HEDGE not in reply and REFUSAL not in reply, reply


def test_a_pair_written_with_an_aside_is_said(service: QueryService) -> None:
    reply = _ask(service, "示范市植保统防统治项目结束后镇街要报啥")
    assert "全年实施工作总结" in reply, reply
    assert HEDGE not in reply and REFUSAL not in reply, reply
