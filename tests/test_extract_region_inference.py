"""A document's region inferred from the towns it names and its doc-number prefix, when its
issuer, title and 落款 name none; abstaining when the evidence is thin or conflicts.

The texts are invented (invented companies, roads and figures); the towns are real entries of
the gazetteer, as any document of their county would name them.
"""

from __future__ import annotations

import pytest

from policybot.knowledge.extract.gazetteer import gazetteer, towns
from policybot.knowledge.extract.jurisdiction import region_from_towns, towns_named
from policybot.knowledge.extract.metadata import extract_metadata

pytestmark = pytest.mark.skipif(not towns(), reason="jionlp's gazetteer data is not installed")

_DISTRICT_TASKS = """新府办〔2031〕9号
各镇人民政府,各街道办事处,区政府各部门:
经区政府第12次常务会议研究同意,现将全区2031年重点工作任务分解如下。
一、双水镇完成星河路改造,崖门镇建成蓝鲸渔具产业园。
二、全区新增规模以上企业30家。
"""


def test_towns_of_one_district_and_an_agreeing_prefix_name_the_district() -> None:
    # "新" abbreviates dozens of districts; the two towns lie in one of them only
    meta = extract_metadata("tasks.txt", _DISTRICT_TASKS)
    assert meta.region == "新会区"
    assert meta.level == "county"


def test_towns_of_one_district_without_a_doc_number() -> None:
    text = _DISTRICT_TASKS.split("\n", 1)[1]
    assert region_from_towns(text) == "新会区"


def test_a_prefix_that_cannot_abbreviate_the_district_vetoes_it() -> None:
    text = _DISTRICT_TASKS.split("\n", 1)[1]
    assert region_from_towns(text, "甬府办〔2031〕9号") is None


def test_one_town_is_too_thin() -> None:
    text = "经区政府常务会议研究,全区推进双水镇星河路改造。\n全区新增企业30家。"
    assert region_from_towns(text) is None


def test_towns_of_two_districts_conflict_and_abstain() -> None:
    text = (
        "经区政府常务会议研究,全区重点工作如下:\n"
        "双水镇、崖门镇完成道路改造;安亭镇、马陆镇建成产业园。"
    )
    assert region_from_towns(text) is None


def test_a_city_speaking_text_takes_the_prefecture_of_its_towns() -> None:
    text = (
        "市政府各部门:全市2031年重点工作如下。\n安亭镇、马陆镇、徐行镇、外冈镇各建成一个邻里中心。"
    )
    assert region_from_towns(text) == "上海市"


def test_a_word_ending_in_a_town_name_counts_once_at_most() -> None:
    # "各街镇" and "块上街镇": 上街镇 is a town somewhere, but one hit proves nothing
    text = "区政府各部门、各街镇:条线部门要服务于块上街镇的工作。全区推进。"
    assert "上街镇" in towns_named(text)
    assert region_from_towns(text) is None


def test_the_district_wording_keeps_districts_among_the_prefix_candidates() -> None:
    text = "德府办〔2031〕3号\n经区政府常务会议研究同意,全区推进星河路改造。"
    # 德 abbreviates one district and several counties (德庆县, 德昌县 …): 区政府 leaves the district
    assert any(place.name == "德庆县" for place in gazetteer().lookup("德庆县"))
    assert extract_metadata("zone.txt", text).region == "德城区"
    county = text.replace("区政府", "县政府").replace("全区", "全县")
    assert extract_metadata("zone.txt", county).region is None  # several counties: abstain


def test_one_town_does_not_pick_among_the_prefix_candidates() -> None:
    text = "新府办〔2031〕9号\n经区政府常务会议研究,全区推进双水镇星河路改造。"
    assert extract_metadata("tasks.txt", text).region is None


_CITY_MEASURES = """为贯彻落实省委、省政府决策部署,让企业在白山发展安心,制定本措施。
1.组织开展“白山好物”推介行动,对新获得省级名牌的企业给予2万元补助。(市工信局)
2.对新增规模以上工业企业给予5万元奖励。(市财政局、工信局)
3.支持企业开展跨境电商业务。(市商务局)
"""


def test_responsible_units_in_brackets_say_the_level_the_text_speaks_at() -> None:
    # one "省政府" of the province's deployment against three "(市…局)" units: a city's measures,
    # and the city is the one whose short name recurs
    meta = extract_metadata("measures.txt", _CITY_MEASURES)
    assert meta.region == "白山市"


# An invented province-level rule whose title's topic ends in 镇 right after the region's name,
# and whose body speaks of 乡镇人民政府 more than of the region.
_REGION_RULE = """西藏自治区小城镇风貌管理办法
西藏自治区人民政府
2031年5月6日
第一条 为了加强小城镇风貌管理,制定本办法。
第二条 乡镇人民政府负责本行政区域内小城镇风貌的日常管理。
第三条 镇人民政府应当每年公布风貌整治项目。
"""


def test_a_topic_ending_in_town_after_a_province_is_no_town_of_it() -> None:
    # a town is named under its county or city, never directly under its province: the
    # region is the place alone, not the place and the title's topic
    meta = extract_metadata("rule.txt", _REGION_RULE)
    assert meta.region == "西藏自治区"
    assert meta.level == "province"
