"""A document's region from its clues when no title names it: the doc-number prefix only when it
is unambiguous or another clue (the body, the 落款) agrees, the issuer line as written, and the
level the text speaks at, which a list of other governments it names must not change.

The texts are invented (invented companies and figures); the places are real entries of the
gazetteer, as any document would name them.  A region guessed wrongly is worse than none: an
ambiguous prefix without another clue stays unresolved.
"""

from __future__ import annotations

import pytest

from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.extract.jurisdiction import speaking_level
from policybot.knowledge.extract.metadata import extract_metadata
from policybot.knowledge.extract.normalise import normalise_text
from policybot.knowledge.extract.records import DocumentMeta

pytestmark = pytest.mark.skipif(not gazetteer(), reason="jionlp's gazetteer data is not installed")

_CITY_NOTICE = (
    "各县(市、区)人民政府,市人民政府各部门:\n"
    "为推动全市质量工作,经市政府同意,现将有关事项通知如下。\n"
    "一、全市新增品牌企业10家,由市市场监管局牵头。\n"
)

# A city's decision awarding the governments of its counties: they are named, one to a line.
_AWARDS = (
    "经综合检查评定,市政府决定对以下单位进行表彰。\n"
    "新野县人民政府\n卧龙区人民政府\n西峡县人民政府\n唐河县人民政府\n"
    "希望受表彰单位再接再厉,为全市发展作出新贡献。\n"
)


def _meta(text: str) -> DocumentMeta:
    return extract_metadata("notice.txt", normalise_text(text))


def test_named_county_governments_do_not_make_a_city_text_speak_as_a_county() -> None:
    assert speaking_level(normalise_text(_AWARDS)) == "prefecture"


def test_a_classical_prefix_of_a_city_awarding_its_counties_names_the_city() -> None:
    # "宛" also begins a district's name; the text speaks as a city (市政府, 全市)
    meta = _meta("宛政〔2031〕7号\n" + _AWARDS)
    assert meta.region == "南阳市"
    assert meta.level == "prefecture"


def test_an_awarded_government_listed_below_the_body_is_not_the_issuer() -> None:
    meta = _meta("宛政〔2031〕7号\n" + _AWARDS)
    assert meta.issuer is None


def test_an_ambiguous_prefix_alone_is_not_guessed() -> None:
    # "平" abbreviates several cities that have counties below them
    assert len([p for p in gazetteer().with_alias_prefix("平") if p.level == "prefecture"]) > 1
    meta = _meta("平政办〔2031〕11号\n" + _CITY_NOTICE)
    assert meta.region is None and meta.level is None


def test_an_ambiguous_prefix_and_a_body_naming_one_of_its_cities_agree() -> None:
    text = "平政办〔2031〕11号\n" + _CITY_NOTICE + "二、支持平顶山市星河科技公司扩大产能。\n"
    assert _meta(text).region == "平顶山市"


def test_an_ambiguous_prefix_takes_the_city_of_the_signature() -> None:
    text = "平政办〔2031〕11号\n" + _CITY_NOTICE + "平凉市人民政府办公室\n2031年2月1日\n"
    meta = _meta(text)
    assert meta.region == "平凉市" and meta.issuer == "平凉市人民政府办公室"


def test_a_district_signature_is_its_region_without_guessing_its_city() -> None:
    # two cities have a district of this name: the region is the district as written
    assert len(gazetteer().lookup("宝山区")) == 2
    text = (
        "宝府办〔2031〕5号\n各镇人民政府,各街道办事处,区政府各委、办、局:\n"
        "经区政府第9次常务会议研究同意,现将全区重点工作分解如下。\n"
        "一、全区新增企业20家。\n宝山区人民政府办公室\n2031年3月1日\n"
    )
    meta = _meta(text)
    assert meta.region == "宝山区" and meta.level == "county"


def test_an_ambiguous_district_prefix_without_any_other_clue_stays_unresolved() -> None:
    text = (
        "宝府办〔2031〕5号\n各镇人民政府,各街道办事处,区政府各委、办、局:\n"
        "经区政府第9次常务会议研究同意,现将全区重点工作分解如下。\n"
        "一、全区新增企业20家。\n"
    )
    assert _meta(text).region is None
