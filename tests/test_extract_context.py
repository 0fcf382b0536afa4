"""General rules that read a document's context: jurisdiction, signing date, doc number, deadlines.

Every text here is a short synthetic sentence written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from datetime import date

import pytest

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.dates import find_time_mentions
from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.extract.jurisdiction import (
    level_of,
    region_from_body,
    region_from_doc_number,
    speaking_level,
)
from policybot.knowledge.extract.metadata import extract_metadata
from policybot.knowledge.extract.normalise import normalise_text


def test_gazetteer_knows_full_short_and_renamed_names() -> None:
    places = gazetteer()
    assert [place.name for place in places.lookup("凉山州")] == ["凉山彝族自治州"]
    assert places.lookup("张家港")[0].name == "张家港市"
    assert places.lookup("襄樊市")[0].name == "襄阳市"  # renamed in 2010
    assert places.lookup("县") == []


def test_level_of_a_region_as_written() -> None:
    assert level_of("甘肃省") == "province"
    assert level_of("凉山州") == "prefecture"
    assert level_of("徐州市沛县") == "county"
    assert level_of(None) is None


def test_doc_number_prefix_with_a_prefecture_cue_names_the_prefecture() -> None:
    text = "各县、市人民政府,州政府各部门:\n经州人民政府同意,现将有关事项通知如下。凉山的企业……"
    assert region_from_doc_number("凉府办发〔2009〕3号", text) == "凉山彝族自治州"


def test_doc_number_province_abbreviation_with_province_cues() -> None:
    text = "各市、州人民政府,省政府各部门:\n为推进全省质量工作,经省人民政府同意……"
    assert region_from_doc_number("甘政发〔2012〕5号", text) == "甘肃省"


def test_ambiguous_doc_number_prefix_names_no_region() -> None:
    text = "各县(市、区)人民政府,市人民政府各部门:\n现将全市重点工作分解如下。"
    assert region_from_doc_number("平政办〔2014〕2号", text) is None


def test_region_from_the_body_is_the_province_of_the_cities_it_names() -> None:
    text = "我省各地:到2016年,武汉市、宜昌市、襄阳市的排放总量下降5%,全省空气质量改善。"
    assert speaking_level(text) == "province"
    assert region_from_body(text) == "湖北省"


def test_signing_date_with_arabic_zeros_among_chinese_numerals() -> None:
    assert "2011年3月23日" in normalise_text("二0一一年三月二十三日\n")
    assert "2008年2月29日" in normalise_text("二○○八年二月二十九日\n")


def test_doc_number_in_brackets_after_the_title() -> None:
    text = "青川市人民政府关于表彰先进企业的决定\n(青政〔2013〕7号)\n各县、区人民政府:\n"
    assert extract_metadata("x.txt", text).doc_number == "青政〔2013〕7号"


def test_doc_number_in_a_web_pages_field_row() -> None:
    text = "索引号 : 0001/2020-1 文 号 : 安政办发〔2020〕4号\n发文单位: 安平县人民政府办公室\n"
    meta = extract_metadata("x.txt", text)
    assert meta.doc_number == "安政办发〔2020〕4号"
    assert meta.region == "安平县"


def test_doc_number_cited_in_the_body_is_not_the_documents_own() -> None:
    text = "各镇人民政府:\n根据青委〔2008〕6号精神,特对下列企业予以通报表彰,各奖励10万元。\n"
    assert extract_metadata("x.txt", text).doc_number is None


def test_issuer_cited_in_a_book_title_is_not_the_issuer() -> None:
    text = (
        "云溪县质量提升工作方案\n根据《江南省人民政府关于质量工作的意见》精神,制定本方案。\n"
        "到2020年,全县新增名牌产品5个。\n"
    )
    assert extract_metadata("x.txt", text).region == "云溪县"


def test_signing_date_closing_the_last_paragraph() -> None:
    text = "青川市人民政府关于表彰的决定\n望再接再厉,做出新的更大贡献! 2008年2月29日 |\n"
    assert extract_metadata("x.txt", text).issued == date(2008, 2, 29)


def test_signing_date_that_lost_month_and_day_characters_after_the_year() -> None:
    text = "青川市人民政府关于下达任务的通知\n青川市人民政府\n2018年210\n"
    assert extract_metadata("x.txt", text).issued == date(2018, 2, 10)


def test_a_comparison_year_is_a_baseline_not_a_deadline() -> None:
    kinds = [mention.kind for mention in find_time_mentions("到2020年,排放总量比2015年下降15%")]
    assert kinds == ["point", "baseline"]
    kinds = [mention.kind for mention in find_time_mentions("在2005年基础上翻一番")]
    assert kinds == ["baseline"]


def test_a_span_counted_from_a_start_year() -> None:
    (mention,) = find_time_mentions("2012年起5年内完成改造")
    assert (mention.first, mention.last) == (date(2012, 1, 1), date(2016, 12, 31))


PLAN = "青川市人民政府关于印发2013年重点工作任务的通知\n{body}\n青川市人民政府\n2013年3月1日\n"


def test_an_annual_plan_gives_its_year_to_undated_goals() -> None:
    extraction = extract_text(PLAN.format(body="全市工业增加值增长12%左右。"), "x.txt")
    (target,) = extraction.targets
    assert target.deadline == date(2013, 12, 31)
    assert extraction.document.period == (2013, 2013)


def test_the_lead_phrase_deadline_ignores_the_baseline_year() -> None:
    text = "青川市蓝天行动方案(2019-2020年)\n到2020年,全市排放总量比2015年分别下降15%、10%。\n"
    targets = extract_text(text, "x.txt").targets
    assert [(t.value, t.deadline) for t in targets] == [
        (15, date(2020, 12, 31)),
        (10, date(2020, 12, 31)),
    ]


def test_a_commendation_notice_sets_no_targets() -> None:
    text = (
        "青川市人民政府关于表彰纳税大户的决定\n2012年,全市45户企业上缴税收达93亿元。"
        "对上缴税收3亿元以上的企业各奖励10万元。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.targets == []


@pytest.mark.parametrize(
    "sentence",
    [
        "对投资1000万元以上的项目,按投资额的10%给予补贴。",
        "明确133项具体任务,涉及34个牵头单位。",
        "重点抓好某公司25万吨己二酸等项目建设。",
    ],
)
def test_numbers_that_are_criteria_or_list_sizes_are_not_targets(sentence: str) -> None:
    text = f"青川市质量提升方案(2019-2020年)\n{sentence}\n到2020年,新增名牌产品5个。\n"
    targets = extract_text(text, "x.txt").targets
    assert [(t.value, t.unit) for t in targets] == [(5, "个")]


def test_a_decimal_point_read_as_a_full_stop() -> None:
    assert "0.5万元" in normalise_text("每家奖励0。5万元。\n")


def test_a_provincial_quota_is_one_target_per_city() -> None:
    text = (
        "江南省人民政府关于品牌建设的通知\n江南省人民政府\n2016年3月1日\n"
        "到2018年,全省新增省级示范企业100个,其中东城市22个、西城市20个。\n"
    )
    targets = extract_text(text, "x.txt").targets
    assert [(t.district, t.value) for t in targets] == [(None, 100), ("东城市", 22), ("西城市", 20)]
    # the city's figure counts the total's object, not the province's whole (round 28)
    assert targets[1].subject == "新增省级示范企业"


def test_one_number_shared_by_two_subjects_is_two_targets() -> None:
    extraction = extract_text(PLAN.format(body="城镇居民收入、农民收入均增长12%以上。"), "x.txt")
    assert [t.subject for t in extraction.targets] == ["城镇居民收入增长", "农民收入增长"]


SPLIT_TABLE = """金华市人民政府关于下达2018年目标任务的通知
金华市人民政府
2018年2月10日
附件1
2018年主要指标分解表
序号
指标名称
单位
金华市
义乌
东阳
1
地区生产总值
增幅(%)
7左右
7以上
6.5
2
固定资产投资
亿元
与上年持平
同口径
增长5%
与上年
持平
"""


def test_an_indicator_table_split_among_places_with_cells_broken_over_lines() -> None:
    targets = extract_text(SPLIT_TABLE, "x.txt").targets
    assert [(t.district, t.value, t.unit) for t in targets] == [
        (None, 7, "%"),
        ("义乌市", 7, "%"),
        ("东阳市", 6.5, "%"),
        ("义乌市", 5, "%"),
    ]
    assert {t.deadline for t in targets} == {date(2018, 12, 31)}


def test_three_subjects_sharing_one_number() -> None:
    text = PLAN.format(body="其中甲类、乙类、丙类品牌占比均不低于5%。")
    subjects = [t.subject for t in extract_text(text, "x.txt").targets]
    assert subjects == ["甲类", "乙类", "丙类品牌占比"]  # the last item keeps the shared noun


def test_years_listed_one_by_one_give_one_target_each() -> None:
    text = "青川市质量工作方案(2017-2019年)\n2017年和2019年,各区每年推荐申报的企业数不少于3家。\n"
    targets = extract_text(text, "x.txt").targets
    assert [(t.deadline, t.per_year) for t in targets] == [
        (date(2017, 12, 31), False),
        (date(2019, 12, 31), False),
    ]


TASK_TABLE = """青川市质量提升三年行动计划(2017—2019年)
序号
任务名称
牵头单位
配合单位
工作目标
2017
2018
2019
1
建设质检平台
市质监局
各区人民政府
完成省纺织品质检站验收工作。
新建质检中心2个。
2019年待省明确指标后再定。
"""


def test_a_table_cell_without_numbers_under_a_year_is_a_milestone() -> None:
    extraction = extract_text(TASK_TABLE, "x.txt")
    (milestone,) = extraction.milestones
    assert (milestone.title, milestone.due, milestone.lead_units) == (
        "完成省纺织品质检站验收工作",
        date(2017, 12, 31),
        ["市质监局"],
    )
    assert [(t.value, t.deadline) for t in extraction.targets] == [(2, date(2018, 12, 31))]
