"""General rules for the failure classes first seen on batch 33's dev part (corpus/unseen/SOURCES.md,
"Batch 33"): a numbered item of a one-year plan split by several unit notes ("1.某专项行动。完善…(区卫
健委负责)严格…(区农业农村局负责)"), whose first duty was titled by the item's heading (B33-1); an
empty page field ("成文日期: 发布日期: …") that took the next field's date (B33-2); and a 州 speaking
as "我州", "全州", "州直各部门", read as the province whose regulation it cites (B33-3).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.errors import ExtractionError
from policybot.knowledge.extract.jurisdiction import speaking_level

SPLIT_ITEM_PLAN = (
    "甲县2031年安全生产重点工作安排\n"
    "甲安办〔2031〕2号\n"
    "一、年度重点任务\n"
    "1.开展隐患排查专项行动。完善企业隐患排查制度,组织排查人员集中培训。(县应急局负责)"
    "落实危险化学品运输车辆登记管理,推进车辆定位系统安装。(县交通运输局负责)"
    "督促燃气经营单位开展自查自纠。(县住建局负责)\n"
    "2.加强应急救援队伍建设。(县消防救援大队负责)\n"
)


def test_each_note_of_a_split_item_closes_its_own_duty() -> None:
    """B33-1: an item split by three notes holds three duties; the first is the sentence its note
    closes ("完善企业隐患排查制度…"), not the item's heading, which names them all."""
    extraction = extract_text(SPLIT_ITEM_PLAN, "x.txt")
    titles = {task.lead_units[0]: task.title for task in extraction.tasks}
    assert titles["县应急局"].startswith("完善企业隐患排查制度")
    assert titles["县交通运输局"].startswith("落实危险化学品运输车辆登记管理")
    assert titles["县住建局"].startswith("督促燃气经营单位")


def test_an_item_with_one_note_keeps_its_heading_as_title() -> None:
    """B33-1 guard: an item closed by one note is one duty, named by its heading."""
    extraction = extract_text(SPLIT_ITEM_PLAN, "x.txt")
    titles = {task.lead_units[0]: task.title for task in extraction.tasks}
    assert titles["县消防救援大队"] == "加强应急救援队伍建设"


EMPTY_FIELD_PAGE = (
    "索引号: 0000/2031-00001 组配分类: 政策文件\n"
    "名称: 乙区2031年食品安全重点工作安排 文号:\n"
    "成文日期: 发布日期: 2031-06-04\n"
    "生效日期: 废止日期:\n"
    "乙区2031年食品安全重点工作安排\n"
    "一、年度重点任务\n"
    "1.完善食品安全标准管理制度,加强标准宣贯培训。(区卫生健康委负责)\n"
)


def test_an_empty_page_field_does_not_take_the_next_fields_value() -> None:
    """B33-2: "成文日期: 发布日期: 2031-06-04" — the signing-date field is empty; the date is the
    page's publication date, which is no signing date."""
    extraction = extract_text(EMPTY_FIELD_PAGE, "x.txt")
    assert extraction.document.issued is None


def test_a_filled_signing_field_still_gives_the_date() -> None:
    """B33-2 guard: "成文日期: 2031-06-01 发布日期: 2031-06-04" gives the signing date."""
    text = EMPTY_FIELD_PAGE.replace("成文日期: 发布日期", "成文日期: 2031-06-01 发布日期")
    extraction = extract_text(text, "x.txt")
    assert str(extraction.document.issued) == "2031-06-01"


PREFECTURE_BODY = (
    "各县(市)人民政府,州直各部门:\n"
    "为贯彻落实《贵州省乡村旅游促进条例》,经州人民政府同意,结合我州实际,提出以下方案。\n"
    "一、指导思想\n"
    "深入落实省委省政府黔东南现场会精神,推动黔东南乡村旅游提质增效,建设美丽新黔东南。\n"
    "二、目标要求\n"
    "全州各级各部门要把乡村旅游工作落实到经济社会建设各方面,推动黔东南旅游高质量发展。\n"
)


def test_an_autonomous_prefecture_speaks_as_its_zhou() -> None:
    """B33-3: "我州", "全州", "州直各部门", "经州人民政府同意" are the cues of a 州 speaking; with
    its short name recurring, the region is the 州, not the province whose regulation it cites
    (the text has no plan facts and is refused; the refusal keeps what was read)."""
    try:
        document = extract_text(PREFECTURE_BODY, "x.txt").document
    except ExtractionError as refused:
        assert refused.document is not None
        document = refused.document
    assert document.region == "黔东南苗族侗族自治州"


def test_quanzhou_county_is_no_zhou_cue() -> None:
    """B33-3 guard: "全州县" is a county's name, not "the whole 州"."""
    assert (
        speaking_level("全州县人民政府办公室通知:全县各乡镇要抓好落实,县直各部门配合。") == "county"
    )


def test_a_city_name_before_zhishu_is_no_zhou_cue() -> None:
    """B33-3 guard: "广州直属机构" names a city's bodies; it is no "州直" cue of a 州."""
    assert speaking_level("支持广州直属机构、杭州直属单位与全县企业合作。") == "county"
