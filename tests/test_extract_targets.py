"""Target rules on synthetic plan text: deadlines, per-year duties, districts, exclusions, units."""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import TargetRecord, extract_text

HEAD = """青川市人民政府办公室关于印发青川市质量品牌提升行动计划(2019—2021年)的通知
青川市人民政府办公室
2019年3月8日
"""


def _targets(body: str) -> list[TargetRecord]:
    return extract_text(HEAD + body, "synthetic.txt").targets


def _one(body: str) -> TargetRecord:
    targets = _targets(body)
    assert len(targets) == 1, targets
    return targets[0]


def test_deadline_phrase_governs_every_number_after_it_in_the_sentence() -> None:
    targets = _targets("到2020年,新增省级名牌产品12个,培育示范企业8家、标杆企业3家。\n")
    assert [(t.value, t.unit, t.deadline) for t in targets] == [
        (12, "个", date(2020, 12, 31)),
        (8, "家", date(2020, 12, 31)),
        (3, "家", date(2020, 12, 31)),
    ]
    assert targets[0].deadline_text == "到2020年"


def test_number_without_deadline_takes_the_plan_end() -> None:
    target = _one("建设质量检测公共服务平台4个。\n")
    assert target.deadline == date(2021, 12, 31)


def test_half_year_and_month_end_deadlines() -> None:
    targets = _targets("确保2019年中建成服务站6个,2020年9月底前培训企业200家。\n")
    assert [t.deadline for t in targets] == [date(2019, 6, 30), date(2020, 9, 30)]


def test_each_year_in_a_range_is_a_per_year_target_due_at_the_range_end() -> None:
    target = _one("2019—2021年,每年组织质量培训50期以上。\n")
    assert target.per_year is True
    assert target.deadline == date(2021, 12, 31)
    assert target.qualifier is not None and "每年" in target.qualifier


def test_range_and_value_max() -> None:
    target = _one("重点打造6—8个区域公用品牌。\n")
    assert (target.value, target.value_max, target.unit) == (6, 8, "个")


def test_percentage_and_bare_number_after_a_verb_of_reaching() -> None:
    targets = _targets("到2021年,研发投入占比达到3.5%,每万人发明专利拥有量达到12。\n")
    assert [(t.value, t.unit) for t in targets] == [(3.5, "%"), (12, None)]


def test_baseline_numbers_are_not_targets() -> None:
    target = _one("在现有40项团体标准的基础上,新增团体标准20项。\n")
    assert target.value == 20


def test_numbers_left_undecided_are_not_targets() -> None:
    body = "2020年、2021年目标待省里明确后再定,暂按30家安排。\n到2019年,新增示范企业5家。\n"
    assert [t.value for t in _targets(body)] == [5]


def test_once_a_year_meeting_is_not_a_target() -> None:
    body = (
        "每年至少召开1次联席会议,研究品牌建设重大问题。\n二、主要任务\n到2021年,新增示范企业5家。\n"
    )
    targets = _targets(body)
    assert [t.value for t in targets] == [5]


def test_reward_amounts_are_not_targets() -> None:
    body = "三、主要目标\n到2021年,新增示范企业5家。\n四、政策\n对新获得省政府质量奖的企业,给予50万元奖励。\n"
    assert [t.value for t in _targets(body)] == [5]


def test_the_same_goal_stated_twice_is_one_target_with_merged_units() -> None:
    body = (
        "一、主要目标\n到2021年,新增省级知名品牌示范区4个。\n"
        "二、主要任务\n(一)区域品牌。到2021年,新增省级知名品牌示范区4个。(牵头单位:市市场监管局)\n"
    )
    target = _one(body)
    assert target.lead_units == ["市市场监管局"]


def test_different_goals_with_the_same_number_stay_separate() -> None:
    targets = _targets("到2021年,培育省级名牌企业20家,省著名商标企业20家。\n")
    assert len(targets) == 2


def test_units_of_the_task_note_are_attached_with_expanded_prefixes() -> None:
    body = (
        "1.标准提升。到2021年,主导制定行业标准15项。(牵头单位:市质监局、科技局;配合单位:市财政局)\n"
    )
    target = _one(body)
    assert target.lead_units == ["市质监局", "市科技局"]
    assert target.support_units == ["市财政局"]


def test_per_district_quota_list_is_one_target_per_district() -> None:
    body = "2019—2021年,各区每年新增规上企业数不少于:东溪12家、西岭8家、南湖区5家。\n"
    targets = _targets(body)
    assert [(t.district, t.value) for t in targets] == [
        ("东溪区", 12),
        ("西岭区", 8),
        ("南湖区", 5),
    ]
    assert all(t.per_year for t in targets)
    assert all("企业数" in t.subject for t in targets)


def test_district_suffix_comes_from_the_text_when_it_names_a_county() -> None:
    body = "石门县、桃源镇等地积极参与。\n各县每年培育示范企业不少于:石门3家、临江2家。\n"
    districts = [t.district for t in _targets(body)]
    assert districts == ["石门县", "临江县"]


def test_span_offsets_point_at_the_quote_in_the_normalised_text() -> None:
    extraction = extract_text(HEAD + "二、主要目标\n到2020年,新增示范企业7家。\n", "x.txt")
    [target] = extraction.targets
    quoted = extraction.text[target.span.start : target.span.end]
    assert target.quote in quoted or quoted in target.quote
    assert "7家" in quoted
    assert target.span.section == "二、主要目标"


def test_a_units_line_after_the_task_belongs_to_that_task() -> None:
    body = "三、主要任务\n(一)标准化。到2021年,主导制定国家标准9项。\n责任单位:市质监局、科技局\n"
    target = _one(body)
    assert target.lead_units == ["市质监局", "市科技局"]


def test_a_heading_note_covers_the_tasks_under_it() -> None:
    body = "(二)品牌培育(牵头单位:市工商局)\n1.企业品牌。到2021年,新增著名商标14件。\n"
    assert _one(body).lead_units == ["市工商局"]


def test_results_of_past_years_are_not_targets() -> None:
    body = "2018年,全市新增省名牌产品11个。到2021年,新增省名牌产品30个。\n"
    assert [t.value for t in _targets(body)] == [30]


def test_numbers_in_a_background_section_are_not_targets() -> None:
    body = "一、发展现状\n全市拥有省级品牌示范区6个。\n二、发展目标\n到2021年,新增省级品牌示范区4个。\n"
    assert [t.value for t in _targets(body)] == [4]


def test_deadline_written_in_chinese_numerals() -> None:
    assert _one("到二〇二〇年底,建成检测平台3个。\n").deadline == date(2020, 12, 31)


INDICATORS = """二、发展目标
表1 主要指标
序号
指标名称
单位
2018年基数
2021年目标
1
制造业产品质量合格率
%
92.1
≥94
2
区域品牌数量
个
5
12以上
三、主要任务
"""


def test_indicator_table_gives_the_goal_column_not_the_baseline() -> None:
    targets = _targets(INDICATORS)
    assert [(t.subject, t.value, t.unit, t.deadline) for t in targets] == [
        ("制造业产品质量合格率", 94, "%", date(2021, 12, 31)),
        ("区域品牌数量", 12, "个", date(2021, 12, 31)),
    ]
    assert targets[0].qualifier == "不低于"


def test_tab_separated_task_table_with_a_time_limit_column() -> None:
    body = "序号\t任务\t牵头单位\t完成时限\n1\t建成质量检测中心3个\t市质监局\t2020年底前\n"
    [target] = _targets(body)
    assert (target.value, target.deadline, target.lead_units) == (
        3,
        date(2020, 12, 31),
        ["市质监局"],
    )


def test_counts_in_the_covering_notice_are_not_targets() -> None:
    text = (
        "某县人民政府关于印发2019年重点工作任务分解的通知\n"
        "现将2019年6个方面120项工作任务予以分解印发给你们,请认真落实。\n"
        "某县人民政府\n2019年2月1日\n"
        "一、主要目标\n到2019年底,新增规上企业15家。\n"
        + "二、措施\n加强组织领导,落实工作责任。\n"
        * 3
    )
    assert [t.value for t in extract_text(text, "x.txt").targets] == [15]


def test_the_starting_value_of_a_from_to_goal_is_not_a_target() -> None:
    targets = _targets("到2021年,产品质量合格率由92%提高到95%,品牌企业从30家增至50家。\n")
    assert [(t.value, t.unit) for t in targets] == [(95, "%"), (50, "家")]


def test_table_rows_copied_with_single_spaces_between_cells() -> None:
    body = "附件\n序号 任务 牵头单位 完成时限\n1 建成质量检测中心3个 市质监局 2020年底前\n"
    [target] = _targets(body)
    assert (target.value, target.deadline, target.lead_units) == (
        3,
        date(2020, 12, 31),
        ["市质监局"],
    )


def test_numbers_inside_quoted_names_are_not_targets() -> None:
    body = "围绕“1个总体愿景”“4个城市目标”,实施“5大行动”。到2020年,新增“专精特新”企业30家。\n"
    assert [(t.value, t.unit) for t in _targets(body)] == [(30, "家")]


def test_a_deadline_governs_every_semicolon_part_of_its_sentence() -> None:
    targets = _targets("到2020年,新增示范企业10家;培育标杆企业20家;建成平台3个。\n")
    assert [t.deadline for t in targets] == [date(2020, 12, 31)] * 3
    assert all(t.deadline_text == "到2020年" for t in targets)


def test_only_the_undecided_part_of_a_sentence_is_dropped() -> None:
    body = "到2020年,新增示范企业10家;2021年指标待省里明确后再定,暂按12家安排。\n"
    assert [t.value for t in _targets(body)] == [10]


def test_a_threshold_that_defines_what_is_counted_is_not_a_target() -> None:
    body = "到2020年,培育营业收入超10亿元的企业5家,对5%以上的获证企业开展检查。\n"
    assert [(t.value, t.unit) for t in _targets(body)] == [(5, "家"), (5, "%")]


def test_bare_list_items_take_the_counting_verb_of_the_item_before() -> None:
    targets = _targets("到2020年,新增省名牌产品12个、著名商标8件,装备数控化率达到45%。\n")
    assert [t.subject for t in targets] == ["新增省名牌产品", "新增著名商标", "装备数控化率"]


def test_district_lists_with_full_county_and_zone_names() -> None:
    body = "各县(市、区)每年新增品牌企业分别不少于:东溪区5家、石门县8家、开发区3家。全市30家。\n"
    assert [(t.district, t.value) for t in _targets(body)] == [
        ("东溪区", 5),
        ("石门县", 8),
        ("开发区", 3),
        (None, 30),
    ]


def test_two_items_of_one_sentence_with_the_same_number_are_both_kept() -> None:
    body = "到2020年,新增省级示范企业5家、市级示范企业5家。\n三、任务\n到2020年,新增省级示范企业5家。\n"
    assert [t.subject for t in _targets(body)] == ["新增省级示范企业", "新增市级示范企业"]
