"""General rules for the failure classes first seen on batch 8 (corpus/unseen/FAILURES.md, round 11).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document.
"""

from __future__ import annotations

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.jurisdiction import level_of, region_from_body, region_of
from policybot.knowledge.extract.metadata import extract_metadata

# --- region evidence ---------------------------------------------------------------------------


def test_a_zone_word_in_an_addressee_list_is_no_region() -> None:
    text = (
        "各委办局、各街镇和工业园区:\n"
        "区政府决定,全区今年新增就业岗位3000个。区政府将按季度督查,各街镇和工业园区要落实。\n"
    )
    assert region_from_body(text) is None
    assert extract_metadata("x.txt", text).region is None


def test_a_zone_named_by_its_generic_word_alone_is_no_place() -> None:
    text = (
        "各县(市、区)人民政府,市人民政府各部门:\n现将市政府重点工作分解如下。\n"
        "责任单位:市工信局、新城区管委会\n责任单位:市发改委、新城区管委会\n"
    )
    assert region_from_body(text) is None


def test_an_attachment_list_item_is_no_title() -> None:
    text = (
        "区政府各部门,各街道办事处:\n为确保完成年度各项目标任务,现将目标任务分解。\n"
        "附件:1. 2031年目标任务分解表\n2. 2031年民生实事项目目标任务分解表\n"
        "某市某区人民政府办公室\n2031年2月1日\n"
    )
    assert extract_metadata("x.txt", text).title is None


def test_bare_departments_take_the_level_word_of_the_governments_own_name() -> None:
    text = (
        "各街镇:\n经区政府常务会议研究,现将区政府今年的工作任务分解如下。\n"
        "1、做好招商引资工作。(牵头单位:商务委、财政局)\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.document.region is None
    assert set(extraction.units) == {"区商务委", "区财政局"}


def test_the_production_and_construction_corps_is_its_own_region() -> None:
    text = "新兵办发〔2030〕7号\n兵团各师:\n兵团决定,对获奖的团场各奖励10万元。\n"
    meta = extract_metadata("x.txt", text)
    assert meta.region == "新疆生产建设兵团"
    assert meta.level == "province"
    assert region_of("新疆生产建设兵团办公厅") == "新疆生产建设兵团"
    assert level_of("新疆生产建设兵团") == "province"


def test_a_city_bureaus_branch_named_after_a_district_serves_that_district() -> None:
    assert region_of("杭州市公安局西湖分局") == "杭州市西湖区"
    assert region_of("深圳市市场监督管理局南山监管局") == "深圳市南山区"
    assert region_of("杭州市公安局") == "杭州市"


def test_a_notice_signed_by_an_organ_on_its_last_line_names_its_issuer() -> None:
    text = (
        "各有关企业:\n对获得省政府质量奖的企业,给予50万元奖励。\n"
        "二、受理部门\n地址:某路1号。\n咨询电话:12345678。\n"
        "杭州市市场监督管理局西湖监管局\n"
    )
    meta = extract_metadata("x.txt", text)
    assert meta.issuer == "杭州市市场监督管理局西湖监管局"
    assert meta.region == "杭州市西湖区"


def test_a_province_inside_a_prize_name_does_not_make_the_text_provincial() -> None:
    text = (
        "对获得广东省政府质量奖的企业,给予奖励;获得省政府质量奖提名的,给予奖励。"
        "申报企业注册地应在南山区。\n"
    )
    assert region_from_body(text) != "广东省"


# --- prize sums without a reward verb -------------------------------------------------------------


def test_prize_sums_without_a_verb_are_rewards_and_their_quotas_no_targets() -> None:
    text = (
        "市科技局:\n经市政府同意,现函复如下:\n"
        "市杰出人才奖50万元/人,每三年评选一次,每次不超过5人;市青年人才奖8万元/人,每次不超过10人。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.targets == []
    assert {(r.achievement, r.amount_yuan, r.treatment) for r in extraction.rewards} == {
        ("市杰出人才奖", 500000, "每人"),
        ("市青年人才奖", 80000, "每人"),
    }


def test_grades_after_a_list_of_prizes_are_one_reward_per_prize_and_grade() -> None:
    text = (
        "市科技局:\n现函复如下:\n"
        "发明奖、进步奖两类奖项奖金标准为:一等奖15万元/项,二等奖6万元/项。\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.targets == []
    assert {(r.achievement, r.amount_yuan) for r in extraction.rewards} == {
        ("发明奖一等奖", 150000),
        ("发明奖二等奖", 60000),
        ("进步奖一等奖", 150000),
        ("进步奖二等奖", 60000),
    }


def test_a_reward_paid_by_case_by_case_decision_has_no_sum() -> None:
    text = "市科技局:\n现函复如下:\n对获国家级大奖的团队,通过专题研究另行安排经费进行奖励。\n"
    rewards = extract_text(text, "x.txt").rewards
    assert [(r.achievement, r.amount_yuan) for r in rewards] == [("获国家级大奖", None)]


# --- list sizes and recurring duties -------------------------------------------------------------


def test_the_size_of_a_task_list_split_into_areas_is_no_target() -> None:
    text = (
        "各街镇:\n今年县政府主要工作任务分解为5大方面、60项。\n"
        "一、发展经济。\n1、地区生产总值增长8%。(牵头单位:县发改委)\n"
    )
    extraction = extract_text(text, "x.txt")
    assert [(t.value, t.unit) for t in extraction.targets] == [(8, "%")]


def test_a_month_by_month_step_of_a_checking_slogan_is_a_monthly_duty() -> None:
    text = "各单位:\n县政府督查室将按照“年初定账、逐月对账、年底结账”的办法,跟踪督查各项任务。\n"
    recurring = extract_text(text, "x.txt").recurring
    assert [(r.title, r.every, r.lead_units) for r in recurring] == [
        ("逐月对账", "month", ["县政府督查室"])
    ]


def test_a_trend_month_by_month_is_no_duty() -> None:
    text = "各单位:\n全县用电量逐月增加,各单位要做好保障。全县新增就业1000人。\n"
    assert extract_text(text, "x.txt").recurring == []


def test_a_period_that_divides_a_quantity_to_be_set_is_no_duty() -> None:
    text = "各单位:\n各单位要细化全年任务,明确每季度应完成的工作量。全县新增就业1000人。\n"
    assert extract_text(text, "x.txt").recurring == []


# --- bar tables with letter-spaced header labels -------------------------------------------------


def test_a_bar_table_with_letter_spaced_headers_splits_its_rows_into_cells() -> None:
    text = (
        "某县人民政府办公室关于印发2031年目标任务分解的通知\n"
        "各乡镇:\n现将2031年目标任务分解表印发给你们。\n"
        "序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 | 目 标 类 型 |\n"
        "1 | 城镇新增就业 | 增长3%(上级下达) | 县人社局 | 县财政局、县统计局 | A类 |\n"
        "2 | 农村居民收入 | 增长7% | 县农业局 | 县统计局 | B类 |\n"
    )
    extraction = extract_text(text, "x.txt")
    found = {
        (t.subject, t.value, t.unit, t.qualifier, tuple(t.lead_units), tuple(t.support_units))
        for t in extraction.targets
    }
    assert found == {
        ("城镇新增就业增长", 3, "%", "上级下达", ("县人社局",), ("县财政局", "县统计局")),
        ("农村居民收入增长", 7, "%", None, ("县农业局",), ("县统计局",)),
    }
    assert {"县人社局", "县财政局", "县统计局", "县农业局"} <= set(extraction.units)


# --- reward notices: eligibility lists and the office receiving applications ---------------------


_REWARD_NOTICE = (
    "各有关企业:\n现将有关事项公告如下:\n"
    "一、申报条件\n申请本区2031年度品牌配套奖励应同时具备以下条件:\n"
    "(一)注册地和纳税关系均在西湖区;\n"
    "(二)申报主体应依法纳入统计部门的规模以上企业库;\n"
    "(三)2031年度获得省政府质量奖。\n"
    "二、奖励标准\n对获得省政府质量奖的,给予50万元奖励。\n"
    "三、受理部门及方式\n杭州市市场监督管理局西湖监管局\n咨询电话:12345678。\n"
)


def test_an_eligibility_list_of_a_reward_notice_gives_conditions() -> None:
    conditions = extract_text(_REWARD_NOTICE, "x.txt").conditions
    assert [(c.kind, c.text) for c in conditions] == [
        ("scope", "注册地和纳税关系均在西湖区"),
        ("other", "申报主体应依法纳入统计部门的规模以上企业库"),
    ]


def test_a_list_defining_who_counts_is_no_eligibility_list() -> None:
    text = (
        "各有关单位:\n符合下列条件之一的,视为主导制定单位:\n(一)标准的唯一起草单位;\n"
        "(二)标准文本中排名第一的起草单位。\n对主导制定国家标准的,给予20万元奖励。\n"
    )
    assert extract_text(text, "x.txt").conditions == []


def test_the_office_under_a_receiving_heading_is_a_unit_with_a_task() -> None:
    extraction = extract_text(_REWARD_NOTICE, "x.txt")
    assert [(k.title, k.lead_units, k.section) for k in extraction.tasks] == [
        (
            "受理本区2031年度品牌配套奖励申报",
            ["杭州市市场监督管理局西湖监管局"],
            "三、受理部门及方式",
        )
    ]
    assert "杭州市市场监督管理局西湖监管局" in extraction.units


def test_bare_grades_after_a_graded_prize_take_the_prizes_name() -> None:
    text = "各企业:\n对获得县长质量奖金奖、银奖、铜奖的,分别给予50万元、30万元、10万元奖励。\n"
    rewards = extract_text(text, "x.txt").rewards
    assert [(r.achievement, r.amount_yuan) for r in rewards] == [
        ("获得县长质量奖金奖", 500000),
        ("获得县长质量奖银奖", 300000),
        ("获得县长质量奖铜奖", 100000),
    ]


def test_a_bullet_opening_a_goal_line_is_no_part_of_its_subject() -> None:
    text = "各街镇:\n一、经济发展\n▲工业产值增长9%左右。(牵头单位:区经委)\n"
    targets = extract_text(text, "x.txt").targets
    assert [(t.subject, t.value) for t in targets] == [("工业产值", 9)]
