"""Extraction round 19 (issue 11): regions of national-level new areas, counts of a plan's own
items. Invented texts only."""

from __future__ import annotations

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.jurisdiction import level_of, region_from_title, region_of


def test_a_title_opening_with_a_new_area_is_that_area_of_its_city() -> None:
    """A national-level new area is no county in the table of divisions: a title that opens with
    its name gives the area under the city it lies in."""
    assert region_from_title("两江新区关于支持企业创新的若干措施") == "重庆市两江新区"
    assert region_from_title("长沙湘江新区质量提升行动方案") == "长沙市湘江新区"
    assert region_from_title("成都市天府新区品牌建设实施意见") == "成都市天府新区"
    assert level_of("重庆市两江新区") == "county"


def test_an_issuer_naming_a_new_area_gives_its_region() -> None:
    assert region_of("江北新区管理委员会") == "南京市江北新区"


def test_a_plan_in_traditional_characters_titled_by_a_new_area() -> None:
    """The document opens with a headline, then the title in traditional characters; the region
    is the new area under its city."""
    text = (
        "某地企業補貼政策一覽\n"
        "\n"
        "西咸新區促進質量品牌發展的扶持辦法(試行)\n"
        "\n"
        "第一條 為提升企業質量水平,結合我區實際,制定本辦法。\n"
        "第二條 對首次獲得省級品牌認定的企業,一次性獎勵10萬元。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.document.region == "西安市西咸新区"


def test_a_word_ending_in_new_area_that_is_no_listed_area_names_none() -> None:
    assert region_from_title("新区建设质量提升行动方案") is None


_GUIDING = (
    "示范市现代农业发展行动方案\n"
    "一、总体思路\n"
    "按照省委部署,全面启动8项重点任务、27项主要工作举措,实施96个重大建设项目,"
    "确保率先走出一条现代农业发展道路。\n"
    "二、主要目标\n"
    "到2030年,全市新建高标准农田60万亩,农产品加工产值突破300亿元。\n"
)


def test_counts_of_the_plans_own_tasks_and_projects_are_no_targets() -> None:
    extraction = extract_text(_GUIDING, "x.txt")
    values = sorted(target.value for target in extraction.targets)
    assert 96.0 not in values
    assert 8.0 not in values and 27.0 not in values
    # the goals of the same plan remain
    assert 60.0 in values and 300.0 in values


def test_a_plan_that_says_how_many_tasks_it_arranges_sets_no_target() -> None:
    text = (
        "示范市质量提升行动计划\n"
        "一、工作目标\n"
        "本计划共列出35个重点项目,到2030年,全市培育省级品牌企业40家。\n"
    )
    extraction = extract_text(text, "x.txt")
    values = [target.value for target in extraction.targets]
    assert 35.0 not in values
    assert 40.0 in values


def test_projects_to_carry_out_without_a_count_of_the_plans_tasks_stay_a_target() -> None:
    """A count of projects is a goal when nothing in its sentence counts the plan's own tasks."""
    text = "示范市制造业发展行动计划\n一、工作目标\n到2030年,全市实施重大技术改造项目150个。\n"
    extraction = extract_text(text, "x.txt")
    assert 150.0 in [target.value for target in extraction.targets]
