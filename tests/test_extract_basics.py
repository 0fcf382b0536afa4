"""Rules for time expressions, quantities, units and document metadata, on small snippets."""

from __future__ import annotations

from datetime import date

import pytest

from policybot.knowledge.extract.dates import find_time_mentions, parse_date
from policybot.knowledge.extract.metadata import extract_metadata, region_of
from policybot.knowledge.extract.numbers import find_money, find_quantities
from policybot.knowledge.extract.units import parse_unit_note, split_unit_list, trailing_note


@pytest.mark.parametrize(
    ("text", "kind", "first", "last"),
    [
        ("到2021年", "point", None, date(2021, 12, 31)),
        ("2022年底", "point", None, date(2022, 12, 31)),
        ("2019年中", "point", None, date(2019, 6, 30)),
        ("2020年上半年", "point", None, date(2020, 6, 30)),
        ("2018年3月底前", "point", None, date(2018, 3, 31)),
        ("2016年2月底前", "point", None, date(2016, 2, 29)),
        ("2019年10月15日", "point", None, date(2019, 10, 15)),
        ("2020年以后", "start", date(2020, 1, 1), None),
        ("从2019年起", "start", date(2019, 1, 1), None),
        ("2018—2020年", "range", date(2018, 1, 1), date(2020, 12, 31)),
        ("2018-2020年", "range", date(2018, 1, 1), date(2020, 12, 31)),
        ("2019年4月—2019年9月", "range", date(2019, 4, 1), date(2019, 9, 30)),
    ],
)
def test_time_expressions_follow_the_schema_conventions(
    text: str, kind: str, first: date | None, last: date | None
) -> None:
    mentions = find_time_mentions(text)
    assert len(mentions) == 1
    assert (mentions[0].kind, mentions[0].first, mentions[0].last) == (kind, first, last)


def test_parse_date_reads_chinese_and_web_dates() -> None:
    assert parse_date("2018年11月5日") == date(2018, 11, 5)
    assert parse_date("发文时间: 2019-2-8") == date(2019, 2, 8)
    assert parse_date("没有日期") is None


@pytest.mark.parametrize(
    ("text", "value", "value_max", "unit"),
    [
        ("新增示范企业40家", 40, None, "家"),
        ("培训12000人次", 12000, None, "人次"),
        ("比例达到75%", 75, None, "%"),
        ("打造6—8个特色小镇", 6, 8, "个"),
        ("产值超过2.5亿元", 2.5, None, "亿元"),
        ("密度达到0.8", 0.8, None, None),
    ],
)
def test_quantities_are_read_with_their_measure_word(
    text: str, value: float, value_max: float | None, unit: str | None
) -> None:
    [quantity] = find_quantities(text)
    assert (quantity.value, quantity.value_max, quantity.unit) == (value, value_max, unit)


@pytest.mark.parametrize(
    "text",
    [
        "2019年",
        "某政发〔2018〕12号",
        "第3名",
        "“3+X”产业",
        "3·15活动",
        "十三五规划",
        "七项重点工程",
    ],
)
def test_dates_codes_ordinals_and_chinese_numerals_are_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_money_is_converted_to_yuan() -> None:
    assert [amount for _, amount in find_money("分别给予80万元、5000元、1.5亿元")] == [
        800000,
        5000,
        150000000,
    ]


def test_labelled_unit_note_splits_lead_and_support() -> None:
    note = parse_unit_note("牵头单位:县商务局,各乡镇人民政府;配合单位:县财政局、统计局")
    assert note is not None
    assert note.lead == ["县商务局", "各乡镇人民政府"]
    assert note.support == ["县财政局", "县统计局"]


def test_shared_prefix_only_runs_through_a_list_joined_by_dunhao() -> None:
    assert split_unit_list("市农业局、林业局,省气象台驻市工作站") == [
        "市农业局",
        "市林业局",
        "省气象台驻市工作站",
    ]


def test_shared_suffix_is_given_back_to_short_place_names() -> None:
    assert split_unit_list("东溪、西岭区人民政府") == ["东溪区人民政府", "西岭区人民政府"]


def test_unlabelled_trailing_note_is_read_as_lead_units() -> None:
    note = trailing_note("加强质量监管,提升抽检合格率。(县市场监管局,各乡镇人民政府)")
    assert note is not None
    assert note.lead == ["县市场监管局", "各乡镇人民政府"]


def test_trailing_bracket_that_is_not_a_unit_list_is_ignored() -> None:
    assert trailing_note("推广先进质量管理方法(含卓越绩效模式)") is None


@pytest.mark.parametrize(
    ("issuer", "region"),
    [
        ("青川市人民政府办公室", "青川市"),
        ("青川市云溪区人民政府办公室", "青川市云溪区"),
        ("杭州市质量技术监督局", "杭州市"),
        ("安平县人民政府", "安平县"),
    ],
)
def test_region_is_the_jurisdiction_in_the_issuer_name(issuer: str, region: str) -> None:
    assert region_of(issuer) == region


NOTICE = """青川市人民政府办公室关于印发青川市品牌建设三年行动计划(2018—2020年)的通知
青政办发〔2018〕45号
各县(市、区)人民政府,市政府各部门:
《青川市品牌建设三年行动计划(2018—2020年)》已经市政府同意,现印发给你们,请认真组织实施。
青川市人民政府办公室
2018年5月9日
青川市品牌建设三年行动计划(2018—2020年)
一、主要目标
到2020年,全市新增省级品牌企业30家。
本计划自2018年6月1日起施行。《青川市品牌建设实施意见》(青政发〔2012〕8号)同时废止。
"""


def test_metadata_of_a_notice_that_wraps_a_plan() -> None:
    meta = extract_metadata("notice.txt", NOTICE)
    assert meta.title == "青川市品牌建设三年行动计划(2018—2020年)"
    assert meta.doc_number == "青政办发〔2018〕45号"
    assert meta.issuer == "青川市人民政府办公室"
    assert meta.region == "青川市"
    assert meta.issued == date(2018, 5, 9)
    assert meta.effective == date(2018, 6, 1)
    assert meta.period == (2018, 2020)
    assert meta.supersedes == ["《青川市品牌建设实施意见》(青政发〔2012〕8号)"]


def test_doc_number_in_square_brackets_from_a_labelled_web_page() -> None:
    text = "发文标题:某市关于印发质量提升方案的通知\n发文文号:某政办[2019]7号\n"
    assert extract_metadata("web.txt", text).doc_number == "某政办[2019]7号"


def test_cited_document_numbers_are_not_the_documents_own() -> None:
    text = (
        "为贯彻《省质量纲要》(省政发〔2014〕3号)精神,提出如下意见。\n某市人民政府\n2017年3月1日\n"
    )
    assert extract_metadata("opinion.txt", text).doc_number is None


def test_period_without_a_title_range_runs_from_signing_to_the_last_deadline() -> None:
    text = "某县人民政府办公室关于推进品牌建设的实施意见\n到2022年,建成示范基地3个。\n某县人民政府办公室\n2019年4月2日\n"
    assert extract_metadata("x.txt", text).period == (2019, 2022)


def test_small_quotas_in_chinese_numerals_after_a_verb_of_building() -> None:
    assert [(q.value, q.unit) for q in find_quantities("新建两个检测中心,培育五家示范企业")] == [
        (2, "个"),
        (5, "家"),
    ]


@pytest.mark.parametrize(
    "text", ["实施“四个一批”", "培育一批龙头企业", "建立三项机制", "打造两个体系"]
)
def test_chinese_numerals_naming_programmes_are_not_quotas(text: str) -> None:
    assert find_quantities(text) == []


def test_plan_title_continued_by_its_period_line_and_region_from_the_title() -> None:
    meta = extract_metadata(
        "plan.txt", "云溪县质量提升行动方案\n(2019—2021年)\n到2021年,新增3家。\n"
    )
    assert meta.title == "云溪县质量提升行动方案(2019—2021年)"
    assert meta.region == "云溪县"
    assert meta.period == (2019, 2021)


@pytest.mark.parametrize(
    ("issuer", "region"),
    [
        ("中共青川市委青川市人民政府", "青川市"),
        ("中共安平县委办公室", "安平县"),
        ("江南省市场监督管理局", "江南省"),
    ],
)
def test_region_of_joint_party_and_provincial_issuers(issuer: str, region: str) -> None:
    assert region_of(issuer) == region


def test_signature_date_that_lost_its_characters() -> None:
    text = "青川市人民政府关于印发质量工作方案的通知\n青川市人民政府\n2019314\n到2021年,建成平台3个。\n"
    meta = extract_metadata("x.txt", text)
    assert meta.issued == date(2019, 3, 14)
    assert meta.period == (2019, 2021)


def test_period_falls_back_to_the_year_of_the_document_number() -> None:
    text = (
        "某市人民政府关于深化质量强市建设的实施意见\n某府发〔2022〕9号\n到2025年,质量水平提升。\n"
    )
    assert extract_metadata("x.txt", text).period == (2022, 2025)


def test_note_written_with_verbs_lead_and_support() -> None:
    note = trailing_note("开展质量比对。(市质监局牵头,市发改委、财政局配合)")
    assert note is not None
    assert (note.lead, note.support) == (["市质监局"], ["市发改委", "市财政局"])


def test_labelled_note_without_brackets_at_the_end_of_a_task() -> None:
    note = trailing_note("对新引进的研发团队,给予20万元资助。责任单位:市科技局、人社局。")
    assert note is not None
    assert note.lead == ["市科技局", "市人社局"]
    assert note.start == len("对新引进的研发团队,给予20万元资助。")


@pytest.mark.parametrize(
    ("text", "due"),
    [("2019年第一季度", date(2019, 3, 31)), ("2020年三季度末", date(2020, 9, 30))],
)
def test_quarters_end_on_the_last_day_of_their_third_month(text: str, due: date) -> None:
    assert find_time_mentions(text)[0].last == due


WRAPPED_NOTICE = """江南省市场监管局等5部门关于印发《江南省产品、
工程和服务质量提升行动方案
(2023-2025年)》的通知
各市人民政府:
为贯彻《国家部委关于印发<质量行动方案(2022-2025年)>的通知》精神,现印发给你们。
江南省市场监督管理局
江南省工业和信息化厅
江南省工商业联合会
2023年3月30日
江南省产品、工程和服务质量提升行动方案(2023—2025年)
"""


def test_wrapped_notice_title_and_the_first_of_several_signing_issuers() -> None:
    meta = extract_metadata("x.txt", WRAPPED_NOTICE)
    assert meta.title == "江南省产品、工程和服务质量提升行动方案(2023-2025年)"
    assert meta.issuer == "江南省市场监督管理局"
    assert meta.region == "江南省"
    assert meta.issued == date(2023, 3, 30)


def test_provincial_department_prefix_is_shared_in_a_list() -> None:
    assert split_unit_list("自治区市场监管局、工业和信息化厅") == [
        "自治区市场监管局",
        "自治区工业和信息化厅",
    ]


def test_brackets_inside_a_unit_name_do_not_split_it() -> None:
    note = trailing_note("推进品牌建设。(责任单位:市质监局、经信委,各县(市、区)政府)")
    assert note is not None
    assert note.lead == ["市质监局", "市经信委", "各县(市、区)政府"]


def test_in_force_from_the_day_of_issue() -> None:
    text = "某县人民政府关于质量奖励的办法\n到2020年,设立奖励。本办法自印发之日起施行。\n某县人民政府\n2019年5月6日\n"
    assert extract_metadata("x.txt", text).effective == date(2019, 5, 6)


def test_five_year_plan_titles_give_their_period() -> None:
    assert extract_metadata("x.txt", "某市质量发展“十四五”规划\n到2025年,新增3家。\n").period == (
        2021,
        2025,
    )


def test_notice_opening_on_its_addressees_takes_the_works_it_issues_as_title() -> None:
    text = (
        "各县区人民政府,市政府各部门:\n"
        "《2031年重点工作任务清单》和《八项惠民实事清单》已经市政府同意,现印发给你们,"
        "请认真贯彻执行。\n"
        "附件:1.2031年重点工作任务清单\n"
        "青川市人民政府办公室\n2031年3月5日\n"
    )
    meta = extract_metadata("x", text)
    assert meta.title == "2031年重点工作任务清单和八项惠民实事清单"
    assert meta.issuer == "青川市人民政府办公室"


def test_a_work_cited_before_the_issuing_verb_is_not_the_notices_title() -> None:
    text = (
        "各县区人民政府,市政府各部门:\n"
        "根据《青川市质量发展纲要》,市政府制定了配套措施,现印发给你们,请认真贯彻执行。\n"
        "青川市人民政府办公室\n2031年3月5日\n"
    )
    assert extract_metadata("x", text).title is None
