"""Failure classes found on the unseen corpus (corpus/unseen/FAILURES.md), one synthetic text each.

Every text here is written for the test (invented places and numbers), never copied from a
corpus document: a rule must hold on the pattern, not on the document it was found in.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from policybot.knowledge.extract import ExtractionError, extract_text
from policybot.knowledge.extract.metadata import extract_metadata
from policybot.knowledge.extract.normalise import normalise_text
from policybot.knowledge.extract.units import split_unit_list

# --- C1: short-line layout survives normalisation -----------------------------------------------


def test_table_rows_and_the_signature_are_not_joined_as_hard_wrapped_prose() -> None:
    raw = (
        "某省农业厅关于下达2016年植树任务的通知\n"
        "各有关市、县(市、区)农业局,省直有关单位,各国有林场管理局:\n"
        "现下达2016年植树任务,请各地认真组织,按时完成,并于年底前上报完成情况。\n"
        "附件:2016年植树任务分配表\n"
        "某省农业厅\n"
        "2016年3月2日\n"
        "单 位 | 植树 | 备注 |\n"
        "甲市 | 2.0 | |\n"
        "乙县 | 1.5 | |\n"
    )
    lines = normalise_text(raw).splitlines()
    assert "某省农业厅" in lines and "2016年3月2日" in lines
    assert "单位 | 植树 | 备注 |" in lines  # a header row of cells is not a site menu
    assert "甲市 | 2.0 | |" in lines


def test_a_space_between_two_full_unit_names_is_kept_and_splits_them() -> None:
    assert normalise_text("市公安局 市交通运输局\n") == "市公安局 市交通运输局\n"
    assert split_unit_list("市公安局 市交通运输局") == ["市公安局", "市交通运输局"]


# --- G2: a refused document still tells what it is -----------------------------------------------


def test_a_notice_without_facts_is_refused_with_its_metadata() -> None:
    text = (
        "某市人民政府办公室关于印发工作方案的通知\n"
        "某府办函〔2021〕7号\n"
        "各县(市、区)人民政府,市级各部门:\n"
        "《工作方案》已经市政府同意,现印发给你们,请认真贯彻落实。\n"
        "某市人民政府办公室\n"
        "2021年3月9日\n"
    )
    with pytest.raises(ExtractionError) as refused:
        extract_text(text, "notice.txt")
    document = refused.value.document
    assert document is not None
    assert (document.doc_number, document.issued) == ("某府办函〔2021〕7号", date(2021, 3, 9))


# --- D1: an annual notice gives its year to every undated goal ----------------------------------

ANNUAL_HEAD = """某省林业厅关于下达2016年植树造林补充计划的通知
各有关市、县林业局:
现下达2016年植树造林补充计划,请认真组织实施。
某省林业厅
2016年3月2日
"""


def test_a_notice_handing_down_one_years_quota_dates_its_goals_to_that_year() -> None:
    extraction = extract_text(ANNUAL_HEAD + "全省新增造林面积12万亩。\n", "annual.txt")
    assert extraction.document.period == (2016, 2016)
    assert [(t.value, t.deadline) for t in extraction.targets] == [(12, date(2016, 12, 31))]


def test_a_notice_of_results_is_not_an_annual_plan_and_sets_no_goals() -> None:
    text = (
        "关于2017年植树工作考评结果的通报\n"
        "各市人民政府:\n"
        "现将2017年植树工作考评结果通报如下:甲市完成造林面积12万亩,超额完成任务。\n"
    )
    extraction = extract_text(text + "对甲市发给奖金10万元。\n", "results.txt")
    assert extraction.document.period is None
    assert extraction.targets == [] and extraction.milestones == []
    assert [reward.amount_yuan for reward in extraction.rewards] == [100000]


# --- M1-M4, Q1: dates of events ------------------------------------------------------------------


def _milestones(body: str) -> list[tuple[str, date | None]]:
    # A goal line keeps a text without milestones from being refused as "no plan".
    extraction = extract_text(ANNUAL_HEAD + body + "全省新增造林面积12万亩。\n", "annual.txt")
    return [(m.title, m.due) for m in extraction.milestones]


def test_dates_listed_before_one_event_are_one_milestone_each() -> None:
    dues = [
        due
        for _, due in _milestones(
            "各单位于2016年6月5日和12月5日前将半年及年度完成情况书面报告省林业厅。\n"
        )
    ]
    assert dues == [date(2016, 6, 5), date(2016, 12, 5)]


def test_listed_exact_dates_of_a_quarterly_report_are_milestones_not_a_duty() -> None:
    extraction = extract_text(
        ANNUAL_HEAD + "各单位于2016年3月25日、6月25日、9月25日前报告每季度进展情况。\n", "q.txt"
    )
    assert [m.due for m in extraction.milestones] == [
        date(2016, 3, 25),
        date(2016, 6, 25),
        date(2016, 9, 25),
    ]
    assert extraction.recurring == []


def test_months_without_days_doing_a_thing_once_each_stay_a_duty() -> None:
    assert _milestones("各地应于7月初和12月初分别组织一次自查活动。\n") == []


def test_a_year_naming_the_plan_handed_over_is_not_a_deadline() -> None:
    body = (
        "现将2016年造林生产计划下达给你们。2016年造林计划所确定的任务是考核的依据。"
        "省政府确定了全省2016年的奋斗目标。在综合考虑2016年造林安排计划的基础上,做好分解工作。\n"
    )
    assert _milestones(body) == []


def test_a_month_day_before_the_signing_date_is_past() -> None:
    assert _milestones("3月1日上午9时,召开动员会议,部署造林工作。\n") == []


def test_dekads_and_year_end_words_of_an_annual_plan() -> None:
    dues = _milestones("请于12月中旬前上报完成数据。年终组织有关部门逐级进行考评。\n")
    assert [due for _, due in dues] == [date(2016, 12, 20), date(2016, 12, 31)]


def test_a_report_regime_is_one_recurring_duty_per_period() -> None:
    extraction = extract_text(ANNUAL_HEAD + "加强监督检查,实行半年报告和年度报告制度。\n", "r.txt")
    assert [(r.title, r.every) for r in extraction.recurring] == [
        ("半年报告", "half-year"),
        ("年度报告", "year"),
    ]


def test_a_plan_promising_praise_for_good_work_is_not_a_commendation() -> None:
    body = "对完成任务好的予以表彰,对没完成任务的予以批评。年终组织有关部门进行考评。\n"
    assert [due for _, due in _milestones(body)] == [date(2016, 12, 31)]


# --- D2, M5: a dated goal heading governs its numbered items --------------------------------------

PLAN_HEAD = """某市人民政府关于开展质量兴市活动的意见
各区人民政府,市府各部门:
"""


def test_a_dated_goal_heading_dates_the_numbered_items_under_it() -> None:
    body = (
        "二、主要任务\n"
        "(一)第一期目标从2003年到2006年,全市产品质量总体水平明显提高。\n"
        "1、产品抽查合格率达到91%;\n"
        "2、全部中小学校建成标准化食堂;\n"
        "3、不出现新的无证生产;\n"
        "(二)第二期目标到2011年,产品质量总体水平进入全省前列。\n"
        "1、产品抽查合格率达到96%;\n"
    )
    extraction = extract_text(PLAN_HEAD + body, "phases.txt")
    assert [(t.value, t.deadline) for t in extraction.targets] == [
        (91, date(2006, 12, 31)),
        (96, date(2011, 12, 31)),
    ]
    phases = [(m.start, m.due) for m in extraction.milestones if m.start is not None]
    assert phases == [(date(2003, 1, 1), date(2006, 12, 31))]
    goals = [(m.title, m.due) for m in extraction.milestones if m.start is None]
    assert ("全部中小学校建成标准化食堂", date(2006, 12, 31)) in goals
    assert not any("无证" in title for title, _ in goals)  # no verb of achievement: no event


# --- C3: an indicator table flattened one cell per line, each cell closed by a bar ----------------


def test_indicator_table_with_barred_cells_one_per_line() -> None:
    cells = [
        "序号", "指标名称", "单位", "2020年", "2021年", "2023年", "牵头单位",
        "1", "人均寿命", "岁", "76.5", "≥77", "≥78", "市卫健局",
        "2", "溺亡率", "/10万", "-", "≤0.8", "≤0.7", "市教育局",
        "3", "健康素养水平", "%", "20", "每年提升1%左右", "每年提升1%左右", "市卫健局",
        "4", "省级示范区", "个", "0", "建成", "建成", "市卫健局",
        "5", "婴儿死亡率", "‰", "2.1", "持续改善", "持续改善", "市卫健局",
        "6", "死亡率", "/10万", "7.2", "较2020年下降2%", "较2021年下降3%", "市公安局 市交通运输局",
    ]  # fmt: skip
    text = (
        "某政办函〔2021〕3号\n各镇人民政府:\n现印发给你们,请认真组织实施。\n"
        "某市人民政府办公室\n2021年2月1日\n某市健康行动计划(2021-2023年)主要目标\n"
        + "".join(f"{cell} |\n" for cell in cells)
    )
    extraction = extract_text(text, "indicators.txt")
    found = {
        (t.subject, t.value, t.unit, t.deadline.year, tuple(t.lead_units))
        for t in extraction.targets
    }  # type: ignore[union-attr]
    assert ("人均寿命", 77, "岁", 2021, ("市卫健局",)) in found
    assert ("溺亡率", 0.7, "/10万", 2023, ("市教育局",)) in found
    assert ("死亡率下降", 2, "%", 2021, ("市公安局", "市交通运输局")) in found
    per_year = [t for t in extraction.targets if t.per_year]
    assert [(t.value, t.deadline) for t in per_year] == [(1, date(2023, 12, 31))]
    assert len(extraction.targets) == 7  # "持续改善" and the 2020 baseline are not goals
    assert [(m.title, m.due.year) for m in extraction.milestones] == [  # type: ignore[union-attr]
        ("建成省级示范区", 2021),
        ("建成省级示范区", 2023),
    ]
    assert {"市卫健局", "市教育局", "市公安局", "市交通运输局"} <= set(extraction.units)


# --- C2: a table splitting a quota among places, in bar rows --------------------------------------


def test_a_bar_table_gives_one_target_per_place_row_and_the_total_is_the_bodys_figure() -> None:
    text = (
        ANNUAL_HEAD.replace(
            "现下达2016年植树造林补充计划", "现下达2016年植树造林补充计划,其造林任务10万亩"
        )
        + "附件 | ||\n2016年植树造林补充计划表 | ||\n单位:万亩 | ||\n"
        "单 位 | 植树造林 | 备注 |\n总 计 | 10.0 | |\n一、甲州市 | 4.0 | |\n乙县 | 4.0 | |\n"
        "二、丙州市 | 6.0 | |\n省直属单位 | 2.0 | |\n"
    )
    extraction = extract_text(text, "split.txt")
    rows = [(t.district, t.value, t.unit, t.deadline) for t in extraction.targets]
    assert rows == [
        (None, 10, "万亩", date(2016, 12, 31)),
        ("甲州市", 4, "万亩", date(2016, 12, 31)),
        ("乙县", 4, "万亩", date(2016, 12, 31)),
        ("丙州市", 6, "万亩", date(2016, 12, 31)),
        ("省直属单位", 2, "万亩", date(2016, 12, 31)),
    ]


def test_short_row_labels_take_the_suffix_the_addressees_imply() -> None:
    text = (
        "某市人民政府办公室关于分解下达2019年度能耗目标的通知\n"
        "各镇人民政府,某市高新区管委会:\n现将2019年度能耗目标分解下达给你们。\n"
        "某市人民政府办公室\n2019年8月1日\n"
        "地区 | 单位工业增加值能耗降幅目标(%) |\n全市 | 3.1 |\n高新区 (含南 塘) | 3.2 |\n"
        "城 北 | 3.3 |\n"
    )
    rows = [(t.district, t.value, t.unit) for t in extract_text(text, "towns.txt").targets]
    assert (None, 3.1, "%") in rows
    assert ("城北镇", 3.3, "%") in rows
    assert any(district and district.endswith("(含南塘镇)") for district, _, _ in rows)


def test_one_measure_under_two_names_is_one_target() -> None:
    body = "2016年单位GDP能耗降幅目标为3.4%。各地要确保完成单位地区生产总值能耗降低3.4%的目标。\n"
    targets = extract_text(ANNUAL_HEAD + body, "synonyms.txt").targets
    assert [(t.value, t.unit) for t in targets] == [(3.4, "%")]


def test_tonnes_of_standard_coal_is_one_unit() -> None:
    targets = extract_text(
        ANNUAL_HEAD + "能源消费增量控制在28万吨标准煤以内。\n", "tce.txt"
    ).targets
    assert [(t.value, t.unit) for t in targets] == [(28, "万吨标准煤")]


# --- R1-R3: places ------------------------------------------------------------------------------


def test_a_noun_ending_in_district_after_the_city_in_a_title_is_not_a_county() -> None:
    text = "杭州市城市社区养老设施建设实施方案\n到2025年,建成社区养老服务中心120个。\n"
    assert extract_text(text, "title.txt").document.region == "杭州市"


def test_one_number_shared_by_a_list_of_named_districts_is_one_target_each() -> None:
    text = (
        "杭州市人民政府关于推进社区建设的实施意见\n"
        "到2027年,确保上城区、拱墅区、西湖区60%的城市社区建成综合服务中心。\n"
    )
    targets = extract_text(text, "shared.txt").targets
    assert [(t.district, t.value, t.unit) for t in targets] == [
        ("上城区", 60, "%"),
        ("拱墅区", 60, "%"),
        ("西湖区", 60, "%"),
    ]


def test_kinds_of_sites_ending_in_district_are_not_districts() -> None:
    text = (
        "杭州市人民政府关于加快旅游品牌建设的意见\n"
        "到2027年,新增省级以上风景名胜区3个;国家湿地公园1个;省级旅游度假区2家,其中生态度假区1家。\n"
    )
    targets = extract_text(text, "sites.txt").targets
    assert {t.district for t in targets} == {None}
    assert sorted(t.value for t in targets) == [1, 1, 2, 3]


# --- R4, R5: measures per person; an issuer named only by the page ------------------------------


def test_a_measure_per_person_is_one_unit() -> None:
    targets = extract_text(
        PLAN_HEAD + "到2025年,全员劳动生产率达到25万元/人。\n", "per.txt"
    ).targets
    assert [(t.value, t.unit) for t in targets] == [(25, "万元/人")]


def test_the_page_source_names_the_issuer_when_nothing_else_does() -> None:
    text = (
        "县卫健委2021年重点工作任务分解\n"
        "文章来源:嘉善县卫生健康委员会 浏览量: 发表时间:2021-05-07 10:49\n"
        "1.创建国家卫生县城。\n牵头责任单位:县卫健委\n主要协作单位:各镇人民政府、县政府有关部门\n"
    )
    extraction = extract_text(text, "page.txt")
    assert extraction.document.issuer == "嘉善县卫生健康委员会"
    assert extraction.document.region == "嘉善县"
    assert [(k.title, k.lead_units, k.support_units) for k in extraction.tasks] == [
        ("创建国家卫生县城", ["县卫健委"], ["各镇人民政府", "县政府有关部门"])
    ]


# --- U1: units that share the work "按职责分工负责" ------------------------------------------------


def test_units_sharing_the_work_by_their_duties() -> None:
    body = (
        "一、扩大消费\n"
        "1.改善消费条件,创新消费场景。(省商务厅、财政厅、江苏银保监局等相关部门按职责分工负责)\n"
        "2.落实好稳经济20条措施。(省发展改革委牵头,省商务厅、财政厅等相关部门按职责分工负责)\n"
    )
    extraction = extract_text("江苏省人民政府关于2023年重点工作的通知\n" + body, "duties.txt")
    tasks = [(k.lead_units, k.support_units) for k in extraction.tasks]
    assert tasks == [
        (["省商务厅", "省财政厅", "江苏银保监局"], []),
        (["省发展改革委"], ["省商务厅", "省财政厅"]),
    ]
    assert extraction.targets == []  # "20条措施" names a package of measures


def test_a_task_paragraph_with_a_number_later_is_a_task_and_a_target() -> None:
    body = (
        "1.推广家庭医生签约服务。加快建设县妇幼保健院,实施12个卫生院改扩建项目。\n"
        "牵头责任单位:县卫健委\n"
    )
    extraction = extract_text("嘉善县2021年重点工作任务分解\n" + body, "mixed.txt")
    assert [t.value for t in extraction.targets] == [12]
    assert [k.title for k in extraction.tasks] == ["推广家庭医生签约服务"]


def test_a_county_department_names_its_county() -> None:
    from policybot.knowledge.extract.jurisdiction import region_of

    assert region_of("长兴县市场监督管理局") == "长兴县"
    assert region_of("经济开发区管委会") is None


# --- X1-X3: document number and signing date -----------------------------------------------------


def test_the_number_after_a_notice_title_is_its_own_even_when_the_title_says_luoshi() -> None:
    text = (
        "江西省政府关于印发2009年工作目标任务分解落实方案的通知(赣政发〔2009〕6号)\n"
        "各市、县人民政府:\n现将方案印发给你们。\n到2009年底,新增就业40万人。\n"
    )
    assert extract_text(text, "n.txt").document.doc_number == "赣政发〔2009〕6号"


def test_title_characters_glued_before_the_number_are_not_its_prefix() -> None:
    text = (
        "江西省人民政府 关于明确2023年重点工作责任单位的通知赣政〔2023〕5号 现将重点工作任务予以分解。"
        "到2023年底,新增就业40万人。\n"
    )
    assert extract_text(text, "g.txt").document.doc_number == "赣政〔2023〕5号"


def test_a_filing_number_is_not_the_documents_number() -> None:
    text = (
        "文件编号:赣文备〔2016〕29号\n某县人民政府\n关于印发某县品牌奖励办法的通知\n"
        "某府发〔2015〕23号\n各乡镇人民政府:\n对获得中国驰名商标的企业,奖励50万元。\n"
    )
    assert extract_text(text, "f.txt").document.doc_number == "某府发〔2015〕23号"


def test_a_date_in_brackets_under_a_joint_documents_title_is_its_signing_date() -> None:
    text = (
        "中共某省委 某省人民政府\n关于加快建设质量强省的实施意见\n(2022年12月31日)\n"
        "到2025年,制造业质量竞争力指数达到92以上。\n"
    )
    assert extract_text(text, "j.txt").document.issued == date(2022, 12, 31)


# --- W1, W2, K1: rewards and their conditions -----------------------------------------------------

REWARD_RULE = """某县获得名牌产品企业奖励办法
第二条 在本县行政区域内登记注册的企业,均适用本办法。
第三条 对获得“中国名牌产品”、“浙江名牌产品”和“浙江知名商号”称号的企业由县政府予以表彰奖励。
(一)获得“中国名牌产品”称号的企业,一次性奖励现金30万元;
(二)获得“浙江名牌产品”和“浙江知名商号”称号的企业,一次性奖励现金6万元。
第四条 企业称号有效期满后,经申报并重新获得认定,同样给予奖励。
第五条 对纳税大户奖励每家奖金8万元,企业领导班子成员获得奖金总额的60%。对纳税增长大户每家奖金3万元。企业领导班子成员获得奖金总额的60%。
"""


def test_sub_items_give_the_sums_of_the_rule_that_announces_them() -> None:
    rewards = extract_text(REWARD_RULE, "rule.txt").rewards
    named = [(r.achievement, r.amount_yuan) for r in rewards if "称号" in r.achievement]
    assert named == [
        ("获得“中国名牌产品”称号", 300000),
        ("获得“浙江名牌产品”称号", 60000),
        ("获得“浙江知名商号”称号", 60000),
    ]


def test_scope_re_award_and_bonus_split_are_conditions_said_once() -> None:
    conditions = extract_text(REWARD_RULE, "rule.txt").conditions
    kinds = [(c.kind, c.text) for c in conditions]
    assert ("scope", "在本县行政区域内登记注册的企业,均适用本办法") in kinds
    assert any(kind == "other" and "重新获得认定" in text for kind, text in kinds)
    assert [text for kind, text in kinds if "奖金总额" in text] == [
        "企业领导班子成员获得奖金总额的60%"
    ]


def test_granting_a_title_is_not_a_scope() -> None:
    text = REWARD_RULE + "一、颁发奖牌:分别授予获奖企业“纳税大户企业”荣誉称号,并颁发奖牌。\n"
    conditions = extract_text(text, "rule.txt").conditions
    assert not any("授予" in c.text for c in conditions)


# --- C4: a box-drawn table with a header spanning columns -----------------------------------------


def test_a_box_drawn_table_with_spanning_headers_and_collapsed_spaces() -> None:
    text = (
        "广州市人民政府\n2001年3月1日\n附件:2001年广州市蔬菜生产考评指标表\n单位:折合鲜菜·万吨\n"
        "┏━━━━━┯━━┯━━━━━━━━━━┯━━━┓\n"
        "┃ │种植│ 总量平衡 │ ┃\n"
        "┃ │面积├───┬──────┤ 储备 ┃\n"
        "┃区 │(万│总销售│ 收支缺口 │ 规模 ┃\n"
        "┃ │亩)│ │ │ ┃\n"
        "┠─────┼──┼───┼──────┼───┨\n"
        "┃全市合计 │120 │300 │45 │8 ┃\n"
        "┠─────┼──┼───┼──────┼───┨\n"
        "┃ 黄埔 │ │12 │3 │1 ┃\n"
        "┠─────┼──┼───┼──────┼───┨\n"
        "┃ 白云 │40 │90 │ │2 ┃\n"
        "┗━━━━━┷━━┷━━━┷━━━━━━┷━━━┛\n"
    )
    targets = extract_text(text, "box.txt").targets
    found = {(t.district, t.subject, t.value, t.unit, t.deadline) for t in targets}  # type: ignore[misc]
    end = date(2001, 12, 31)
    assert found == {
        (None, "种植面积", 120, "万亩", end),
        (None, "总量平衡总销售", 300, "万吨", end),
        (None, "总量平衡收支缺口", 45, "万吨", end),
        (None, "储备规模", 8, "万吨", end),
        ("黄埔区", "总量平衡总销售", 12, "万吨", end),
        ("黄埔区", "总量平衡收支缺口", 3, "万吨", end),
        ("黄埔区", "储备规模", 1, "万吨", end),
        ("白云区", "种植面积", 40, "万亩", end),
        ("白云区", "总量平衡总销售", 90, "万吨", end),
        ("白云区", "储备规模", 2, "万吨", end),
    }


def test_one_duty_at_two_points_half_a_year_apart_is_half_yearly() -> None:
    extraction = extract_text(
        ANNUAL_HEAD + "各地、各部门应于6月初和12月初分别组织一次督查活动。\n", "twice.txt"
    )
    assert [(r.title, r.every) for r in extraction.recurring] == [("督查活动", "half-year")]
    assert extraction.milestones == []


def test_the_years_state_of_completion_is_no_deadline_and_pairs_count() -> None:
    body = "2016年造林完成情况,作为考核的重要内容。为2万对夫妇提供免费健康检查。\n"
    extraction = extract_text(ANNUAL_HEAD + body, "state.txt")
    assert extraction.milestones == []
    assert [(t.value, t.unit) for t in extraction.targets] == [(2, "万对")]


def test_a_lead_year_dates_a_goal_of_popularising_after_a_number() -> None:
    body = "2010年,每个乡镇都建有1所公办中心幼儿园,全面普及学前三年教育。\n"
    extraction = extract_text(PLAN_HEAD + body, "popular.txt")
    assert [(m.title, m.due) for m in extraction.milestones] == [
        ("普及学前三年教育", date(2010, 12, 31))
    ]


def test_an_indicator_table_in_bar_rows_is_not_a_split_among_places() -> None:
    text = (
        ANNUAL_HEAD
        + "全省新增造林面积12万亩。\n"
        + "指标名称 | 单位 | 目标值 |\nGDP增速 | % | 7.5 |\n城镇居民人均可支配收入增长 | % | 8 |\n"
    )
    assert all(t.district is None for t in extract_text(text, "ind.txt").targets)


def test_a_dated_start_before_a_recurring_cue_keeps_the_duty() -> None:
    body = "自2016年4月1日起,每季度开展一次造林质量督查。\n"
    recurring = extract_text(ANNUAL_HEAD + body + "全省新增造林面积12万亩。\n", "q.txt").recurring
    assert [(r.title, r.every) for r in recurring] == [("造林质量督查", "quarter")]


SPLIT_HEAD = """某市人民政府办公室关于分解下达高标准农田建设任务的通知
各县(市、区)人民政府:
现将高标准农田建设任务分解下达给你们。
某市人民政府办公室
2021年3月1日
附件:高标准农田建设任务分解表
单位:万亩
"""


def test_a_place_table_with_a_serial_column_and_year_columns() -> None:
    table = (
        "序号 | 县(市、区) | 2020年完成 | 2021年目标 | 2022年目标 |\n"
        "1 | 合计 | 9.0 | 10.0 | 12.0 |\n2 | 甲县 | 4.0 | 4.5 | 5.0 |\n3 | 乙区 | 5.0 | 5.5 | 7.0 |\n"
    )
    targets = extract_text(SPLIT_HEAD + table, "years.txt").targets
    found = sorted((t.district or "", t.value, t.unit, t.deadline.year) for t in targets)  # type: ignore[union-attr]
    assert found == [
        ("", 10, "万亩", 2021),
        ("", 12, "万亩", 2022),
        ("乙区", 5.5, "万亩", 2021),
        ("乙区", 7, "万亩", 2022),
        ("甲县", 4.5, "万亩", 2021),
        ("甲县", 5, "万亩", 2022),
    ]  # the 2020 column reports the past


def test_a_place_table_flattened_one_cell_per_line_stops_where_a_cell_was_lost() -> None:
    cells = ["序号", "县(市、区)", "2021年目标", "2022年目标", "1", "甲县", "4.5", "5.0", "2", "乙区", "5.5",
             "7.0", "3", "丙县", "6.0", "4", "丁县", "3.0", "3.5"]  # fmt: skip
    targets = extract_text(SPLIT_HEAD + "\n".join(cells) + "\n", "flat.txt").targets
    found = sorted((t.district, t.value, t.deadline.year) for t in targets)  # type: ignore[union-attr]
    assert found == [("乙区", 5.5, 2021), ("乙区", 7, 2022), ("甲县", 4.5, 2021), ("甲县", 5, 2022)]


def test_the_office_answering_for_the_document_is_a_unit() -> None:
    text = PLAN_HEAD + "到2015年,新增名牌产品5个。执行中遇到的问题,请径向市质监局反映。\n"
    assert "市质监局" in extract_text(text, "contact.txt").units


def test_a_monthly_report_day_is_not_part_of_the_duty_title() -> None:
    body = "各市于每月5日前报送进展情况。\n全省新增造林面积12万亩。\n"
    recurring = extract_text(ANNUAL_HEAD + body, "monthly.txt").recurring
    assert [(r.title, r.every) for r in recurring] == [("报送进展情况", "month")]


# --- Round 4 (batch 4) ---------------------------------------------------------------------------


def test_a_task_column_beside_a_capacity_column_and_a_measure_named_unit_line() -> None:
    raw = (
        "某县人民政府办公室关于下达2031年油菜种植任务的通知\n"
        "各乡镇人民政府:\n"
        "现将2031年油菜种植任务分解表印发给你们,请认真落实。\n"
        "某县人民政府办公室\n"
        "2030年11月2日\n"
        "附件:2031年某县油菜种植任务分解表 | |||\n"
        "面积:万亩 | |||\n"
        "乡镇 | 可种植面积 | 2031年油菜任务面积 | 备注 |\n"
        "甲乡 | 9.12 | 1.25 | |\n"
        "乙镇 | 20.40 | 2.75 | |\n"
        "合计 | 29.52 | 4.00 | |\n"
    )
    targets = extract_text(raw, "t.txt").targets
    assert sorted((t.district or "", t.value, t.unit) for t in targets) == [
        ("", 4.0, "万亩"),
        ("乙镇", 2.75, "万亩"),
        ("甲乡", 1.25, "万亩"),
    ]


def test_a_unit_note_carrying_its_own_first_unit_leads_remark() -> None:
    raw = (
        "某县人民政府办公室关于印发2031年重点工作责任分解的通知\n"
        "各镇人民政府,县政府各部门:\n"
        "现将2031年重点工作责任分解印发给你们,请认真贯彻执行。\n"
        "某县人民政府办公室\n"
        "2031年3月9日\n"
        "1.全县地区生产总值增长6.5%左右。\n"
        "责任单位:县经信局(首位单位为牵头单位,下同)、县财政局、县统计局\n"
        "2.城镇新增就业3200人。\n"
        "责任单位:县\n"
    )
    extraction = extract_text(raw, "t.txt")
    growth = next(t for t in extraction.targets if t.value == 6.5)
    assert growth.lead_units == ["县经信局"]
    assert growth.support_units == ["县财政局", "县统计局"]
    assert "县" not in extraction.units and not any("下同" in u for u in extraction.units)


def test_the_signing_date_and_years_naming_work_or_reports_are_not_milestones() -> None:
    raw = (
        "某县人民政府办公室关于印发2032年重点工作责任分解的通知\n"
        "各镇人民政府,县政府各部门:\n"
        "2032年《政府工作报告》已经县人大会议审议通过,现将重点工作责任分解印发给你们。\n"
        "各单位要切实抓好2032年全县农业工作,对照2032年县《政府工作报告》确定的目标任务,制订工作方案,"
        "并于2032年3月20日前报县政府办公室。\n"
        "某县人民政府办公室 2032年2月8日 (此件公开发布) 政府工作报告2032年重点工作责任分解\n"
        "1.全县地区生产总值增长6%。\n"
        "责任单位:县发改局\n"
    )
    milestones = extract_text(raw, "t.txt").milestones
    assert [(m.due, "县政府办公室" in m.title) for m in milestones] == [(date(2032, 3, 20), True)]


def test_whole_prefecture_is_not_the_county_of_that_short_name() -> None:
    raw = (
        "为抓好2031年全县茶叶工作,特提出如下意见:\n"
        "2031年,全县种植茶叶3.2万亩,收购茶叶120万公斤,一级茶比例60%以上,合格率达到全州平均水平。\n"
        "各乡镇人民政府要贯彻落实好《宁洱县人民政府办公室关于加强茶园保护的通知》要求,县人民政府将实行考核。\n"
    )
    extraction = extract_text(raw, "t.txt")
    # the county by its official name (an autonomous county: round 24, region_forms)
    assert extraction.document.region == "宁洱哈尼族彝族自治县"
    assert {(t.value, t.unit) for t in extraction.targets} >= {(3.2, "万亩"), (120, "万公斤")}


def test_a_doc_number_field_whose_label_has_no_colon() -> None:
    raw = (
        "区人民政府办公室关于印发2031年主要目标任务责任分解方案的通知\n"
        "索 引 号 MB0000000/2031-00001 发文日期 2031-01-04\n"
        "发布机构 区人民政府办公室 文    号 甲政办〔2031〕2号\n"
        "各街道办事处,区人民政府各部门:\n"
        "(一)地区生产总值增长6%以上\n"
        "责任单位:区发展和改革局\n"
    )
    assert extract_text(raw, "t.txt").document.doc_number == "甲政办〔2031〕2号"


def test_a_date_field_without_a_colon_gives_the_signing_date() -> None:
    raw = (
        "[ 发文字号 ] 甲府办发〔2031〕4号\n"
        "[ 成文日期 ] 2031-02-23 [ 发布日期 ] 2031-02-27\n"
        "某区人民政府办公室关于做好2031年全区民生实事工作的通知\n"
        "各街道办事处,区政府各部门:\n"
        "民生实事办理工作实行月报告。全年新建口袋公园12个。\n"
    )
    assert extract_text(raw, "t.txt").document.issued == date(2031, 2, 23)


def test_a_place_table_whose_rows_open_with_a_bar() -> None:
    raw = (
        "某市人民政府办公室关于下达2031年造林任务的通知\n"
        "各县(市、区)人民政府:\n"
        "现将2031年造林任务下达给你们,请认真组织实施。\n"
        "某市人民政府办公室\n"
        "2031年3月5日\n"
        "单位:万亩、万株\n"
        "| 地区 | 成片造林 | 四旁植树 |\n"
        "| 甲县 | 1.5 | 100 |\n"
        "| 乙县 | 2.0 | 120 |\n"
    )
    targets = extract_text(raw, "t.txt").targets
    assert sorted((t.district, t.value, t.unit) for t in targets) == [
        ("乙县", 2.0, "万亩"),
        ("乙县", 120, "万株"),
        ("甲县", 1.5, "万亩"),
        ("甲县", 100, "万株"),
    ]


def test_a_chinese_numeral_year_typed_with_the_letter_o() -> None:
    assert normalise_text("二OO九年三月五日\n") == "2009年3月5日\n"
    assert normalise_text("二oo八年五月\n") == "2008年5月\n"


def test_a_box_drawn_place_table_without_rules() -> None:
    raw = (
        "某市人民政府办公室\n2031年3月5日\n2031年全市造林任务分配表\n单位:万亩\n"
        "┃ 地区 │成片造林│农田林网┃\n"
        "┃甲县│1.5│ ┃\n"
        "┃乙县│2.0│1.0┃\n"
    )
    targets = extract_text(raw, "t.txt").targets
    assert sorted((t.district, t.value) for t in targets) == [
        ("乙县", 1.0),
        ("乙县", 2.0),
        ("甲县", 1.5),
    ]


@pytest.mark.parametrize("verb", ["提升至", "提高至", "稳定在", "下降至"])
def test_a_bare_index_value_after_more_verbs_of_reaching(verb: str) -> None:
    raw = (
        "某市人民政府关于印发某市质量提升行动方案(2031-2033年)的通知\n"
        "某市人民政府\n2031年2月1日\n一、主要目标\n"
        f"到2033年,全市质量竞争力指数{verb}86以上。\n"
    )
    assert [(t.value, t.unit) for t in extract_text(raw, "t.txt").targets] == [(86, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "甲泉、乙河分别完成500公里、420公里。",
        "甲泉市、乙河市各完成500公里。",
    ],
)
def test_places_given_figures_through_fenbie_or_ge(sentence: str, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from policybot.knowledge.extract import districts

    class _Places:
        def knows(self, name: str) -> bool:
            return name.rstrip("市") in ("甲泉", "乙河")

        def lookup(self, name: str) -> list:  # type: ignore[type-arg]
            return []

    monkeypatch.setattr(districts, "gazetteer", lambda: _Places())
    raw = (
        "某省人民政府办公厅关于下达2031年农村公路建设任务的通知\n各市人民政府:\n"
        "某省人民政府办公厅\n2031年2月1日\n" + sentence + "\n"
    )
    districts_found = {t.district for t in extract_text(raw, "t.txt").targets}
    assert len(districts_found) == 2 and None not in districts_found


@pytest.mark.parametrize(
    ("when", "due"),
    [
        ("上半年", date(2031, 6, 30)),
        ("一季度", date(2031, 3, 31)),
        ("三季度末前", date(2031, 9, 30)),
        ("第二季度", date(2031, 6, 30)),
        ("下半年", date(2031, 12, 31)),
    ],
)
def test_a_half_year_or_quarter_without_a_year_in_an_annual_plan(when: str, due: date) -> None:
    raw = (
        "某县人民政府办公室关于印发2031年重点工作责任分解的通知\n各镇人民政府:\n"
        "某县人民政府办公室\n2031年2月1日\n"
        f"1.{when}完成县城污水处理厂提标改造。(责任单位:县住建局)\n"
    )
    assert [m.due for m in extract_text(raw, "t.txt").milestones] == [due]


def test_a_quarterly_duty_is_not_dated_by_its_quarter_word() -> None:
    raw = (
        "某县人民政府办公室关于印发2031年重点工作责任分解的通知\n某县人民政府办公室\n2031年2月1日\n"
        "各责任单位每季度报送工作进展情况。全年新增就业3000人。\n"
    )
    assert extract_text(raw, "t.txt").milestones == []


@pytest.mark.parametrize(
    ("sentence", "every"),
    [
        ("各牵头单位要在每个季度第1个月的15日前,将工作进展报县政府办公室。", "quarter"),
        ("实事办理工作实行月报告、季通报制度。", "month"),
        ("各地要按季度报送工作进展情况。", "quarter"),
        ("建立月调度机制。", "month"),
    ],
)
def test_recurring_duties_in_more_forms(sentence: str, every: str) -> None:
    raw = (
        "某县人民政府办公室关于印发2031年目标任务责任分解方案的通知\n某县人民政府办公室\n2031年2月1日\n"
        + sentence
        + "\n"
    )
    duties = extract_text(raw, "t.txt").recurring
    assert duties and duties[0].every == every and len(duties[0].title) >= 3
    assert not re.fullmatch(r"第\d个月的\d+日前", duties[0].title)


def test_a_unit_note_cut_off_by_the_end_of_an_excerpt() -> None:
    raw = (
        "某市人民政府关于印发某市治水行动方案的通知\n某市人民政府\n2031年2月1日\n"
        "1.整治黑臭水体。2031年9月底前,基本完成全市整治任务。"
        "(市生态环境局、水利局牵头督导,市公安局、城市管理局、农业农村局、应急"
    )
    extraction = extract_text(raw, "t.txt")
    assert {"市生态环境局", "市水利局", "市公安局", "市城市管理局", "市农业农村局"} <= set(
        extraction.units
    )
    assert not any(unit.startswith("应急") for unit in extraction.units)


def test_generic_bodies_are_no_units_and_ji_joins_two_names() -> None:
    assert split_unit_list("市级各有关部门及各县市区政府") == ["各县市区政府"]
    assert split_unit_list("市财政局及市税务局") == ["市财政局", "市税务局"]


def test_a_second_kind_of_recipient_with_its_own_sum() -> None:
    raw = (
        "某市人民政府关于印发某市质量奖励办法的通知\n某市人民政府\n2031年2月1日\n"
        "获得市长质量奖的组织奖励30万元,个人奖励6万元。\n"
    )
    rewards = extract_text(raw, "t.txt").rewards
    assert sorted(r.amount_yuan for r in rewards) == [60000, 300000]


def test_firms_left_out_of_a_rule_are_a_scope_condition() -> None:
    raw = (
        "某镇推动产业升级实施办法\n第二条 受到重大行政处罚的企业,均不得享受本办法的扶持政策。\n"
        "第五条 对首次获得高新技术企业认定的企业,给予一次性奖励5万元。\n"
    )
    kinds = [c.kind for c in extract_text(raw, "t.txt").conditions]
    assert kinds == ["scope"]


def test_a_revised_quota_table_keeps_only_the_revised_column() -> None:
    raw = (
        "各地级以上市人民政府:\n现将调整后的2031年耕地任务下达。\n2031年耕地任务调整表\n单位:万亩\n"
        "地区 | 原任务 | 调整数 | 调整后任务 |\n"
        "甲市 | 10.00 | 1.00 | 11.00 |\n"
        "乙市 | 8.00 | 0.50 | 8.50 |\n"
    )
    targets = extract_text(raw, "t.txt").targets
    assert sorted((t.district, t.value) for t in targets) == [("乙市", 8.5), ("甲市", 11.0)]


@pytest.mark.parametrize(
    ("note", "lead", "support"),
    [
        ("(市科技局会同市财政局负责)", ["市科技局"], ["市财政局"]),
        ("(牵头部门:市生态环境局;协同部门:市水务局)", ["市生态环境局"], ["市水务局"]),
        ("(市文广旅局、市体育局分别牵头)", ["市文广旅局", "市体育局"], []),
    ],
)
def test_unit_notes_in_more_forms(note: str, lead: list[str], support: list[str]) -> None:
    raw = (
        "某市人民政府办公室关于印发2031年重点工作分工方案的通知\n某市人民政府办公室\n2031年2月1日\n"
        f"1.全市新增就业3000人。{note}\n"
    )
    target = extract_text(raw, "t.txt").targets[0]
    assert (target.lead_units, target.support_units) == (lead, support)


def test_a_province_named_only_by_its_short_name() -> None:
    raw = (
        "深入推进质量强省建设,打造“甘肃质量”品牌。到2031年,全省制造业产品质量合格率达到94%以上,"
        "培育品牌企业30家。\n"
    )
    extraction = extract_text(raw, "t.txt")
    assert extraction.document.region == "甘肃省"
    assert {t.region for t in extraction.targets} == {"甘肃省"}


def test_a_city_short_name_said_once_is_not_trusted() -> None:
    raw = "推进质量强市建设,打造“绵阳质量”品牌。到2031年,全市制造业产品质量合格率达到94%以上。\n"
    assert extract_text(raw, "t.txt").document.region is None


def test_a_place_table_whose_first_column_is_headed_by_a_generic_word() -> None:
    raw = (
        "某省人民政府办公厅关于下达2031年造林任务的通知\n2031年造林任务分配表\n单位:万亩\n"
        "项 目 | 成片造林 | 农田林网 |\n"
        "杭州市 | 1.5 | 0.5 |\n"
        "宁波市 | 2.0 | 1.0 |\n"
    )
    targets = extract_text(raw, "t.txt").targets
    assert {t.district for t in targets} == {"杭州市", "宁波市"} and len(targets) == 4


def test_an_indicator_table_headed_by_xiangmu_is_not_a_place_table() -> None:
    raw = (
        "某市2031年主要指标\n"
        "项目 | 2030年 | 2031年目标 |\n"
        "城镇新增就业(万人) | 1.0 | 1.2 |\n"
        "农村公路(公里) | 300 | 350 |\n"
    )
    assert all(t.district is None for t in extract_text(raw, "t.txt").targets)


def test_a_shared_sum_after_geiyu_biaozhang_names_the_recipients() -> None:
    raw = (
        "某自治区人民政府关于表彰奖励获得名牌产品企业的决定\n"
        "自治区人民政府决定对甲公司和乙公司给予表彰,并分别奖励30万元。\n"
    )
    rewards = extract_text(raw, "t.txt").rewards
    assert [(r.achievement, r.amount_yuan) for r in rewards] == [("甲公司和乙公司", 300000)]


def test_a_town_document_is_the_towns() -> None:
    raw = (
        "佛山市南海区狮山镇促进企业技术改造扶持办法\n"
        "第一条 为推动我镇产业升级,结合我镇实际,制定本办法。\n"
        "第二条 由镇政府负责审批。对首次获得高新技术企业认定的企业,给予一次性奖励5万元。\n"
    )
    assert extract_text(raw, "t.txt").document.region == "佛山市南海区狮山镇"


def test_a_city_document_naming_a_town_stays_the_citys() -> None:
    raw = (
        "某市人民政府关于印发全市产业升级方案的通知\n"
        "全市新增规上企业100家,其中佛山市南海区狮山镇新增20家。市政府将加强督查。\n"
    )
    assert extract_text(raw, "t.txt").document.region != "佛山市南海区狮山镇"


def test_an_indicator_table_without_serial_numbers_and_units_after_the_names() -> None:
    raw = (
        "某市人民政府关于印发某市质量强市行动方案(2031-2033年)的通知\n某市人民政府\n2031年2月1日\n"
        "主要指标\n"
        "指标 | 2031年 | 2032年 | 2033年 |\n"
        "品牌企业(家) | 10 | 15 | 20 |\n"
        "合格率(%) | 94以上 | 95以上 | 96以上 |\n"
    )
    targets = extract_text(raw, "t.txt").targets
    assert sorted((t.unit, t.value, t.deadline.year) for t in targets)[:2] == [
        ("%", 94, 2031),
        ("%", 95, 2032),
    ]
    assert len(targets) == 6


@pytest.mark.parametrize(
    ("sentence", "due"),
    [
        ("今年新增规上工业企业80家。", date(2031, 12, 31)),
        ("力争三年内培育省级品牌企业30家。", date(2033, 12, 31)),
    ],
)
def test_goals_dated_relative_to_the_documents_year(sentence: str, due: date) -> None:
    raw = "某市人民政府关于印发某市行动方案的通知\n某市人民政府\n2031年2月1日\n" + sentence + "\n"
    assert [t.deadline for t in extract_text(raw, "t.txt").targets] == [due]


def test_events_dated_relative_to_the_documents_year_but_not_a_years_work() -> None:
    raw = (
        "某市人民政府关于印发某市行动方案的通知\n某市人民政府\n2031年2月1日\n"
        "为抓好今年各项重点任务的落实,特制定本方案。明年6月底前完成全部改造。\n"
    )
    assert [m.due for m in extract_text(raw, "t.txt").milestones] == [date(2032, 6, 30)]


# --- Round 5 (batch 5) ---------------------------------------------------------------------------


def test_the_meeting_that_adopted_a_document_and_its_status_bracket_are_no_units() -> None:
    raw = (
        "某市人民政府关于印发某市产业扶持办法(试行)的通知\n"
        "《某市产业扶持办法(试行)》已经市政府常务会议审议通过,现印发给你们。\n"
        "到2035年,全市新增规上企业50家(市工信局负责)。\n"
        "市政府常务会议每年听取一次工作汇报。\n"
    )
    units = extract_text(raw, "t.txt").units
    assert "试行" not in units
    assert "市工信局" in units and "市政府常务会议" in units  # the meeting with a duty stays
    adopted_only = extract_text(raw.rsplit("市政府常务会议每年", 1)[0], "t.txt").units
    assert "市政府常务会议" not in adopted_only


def test_duties_stated_in_prose_are_tasks_of_the_body_named() -> None:
    raw = (
        "某县人民政府办公室关于印发2031年重点工作分解的通知\n"
        "各乡镇人民政府,县直各单位:\n"
        "县政府将对各项工作任务实施动态管理,具体工作由县发改局牵头负责。"
        "县政府督查室将常年跟踪,适时开展督查。"
        "各单位于每季度末报送进展情况,由县考评组汇总后向县政府报告。\n"
        "专项资金由县科技局负责审批,县财政局负责资金监督及拨付。\n"
        "某县人民政府办公室\n2031年1月5日\n"
    )
    tasks = {tuple(t.lead_units): t.title for t in extract_text(raw, "t.txt").tasks}
    assert "实施动态管理" in tasks[("县发改局",)]
    assert "督查" in tasks[("县政府督查室",)]
    assert tasks[("县科技局",)] == "审批" or "审批" in tasks[("县科技局",)]
    assert "拨付" in tasks[("县财政局",)]
    assert ("县政府",) not in tasks  # the issuer announcing its own work is no unit's task
    assert not any("各单位" in units for units in tasks)


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (
            "• 无障碍\n• 长辈版\n您现在所在的位置: 网站首页> 政府信息公开 > 通知\n浏览次数:12\n"
            "某县人民政府关于分解落实2031年重点工作的通知 文号: 某政〔2031〕1号\n",
            "某县人民政府关于分解落实2031年重点工作的通知",
        ),
        (
            "某市教育局关于申请奖励经费的请示2031\n某县人民政府:\n",
            "某市教育局关于申请奖励经费的请示",
        ),
        (
            "某地推进学前教育的主要做法\n- 格式:doc\n- 大小:33.00 KB\n"
            "某市人民政府关于加快学前教育发展的若干意见(试行)文章属性•【制定机关】某市人民政府\n",
            "某市人民政府关于加快学前教育发展的若干意见(试行)",
        ),
        (
            "发布时间:2031-02-11 来源:某网\n县卫健委2031年政府工作报告任务分解\n",
            "县卫健委2031年政府工作报告任务分解",
        ),
    ],
)
def test_the_title_is_read_below_the_pages_furniture(page: str, title: str) -> None:
    body = "各乡镇人民政府:\n现将有关事项通知如下。各乡镇要严格执行年度计划\n"
    assert extract_metadata("t.txt", normalise_text(page + body)).title == title


def test_a_body_sentence_is_never_taken_for_the_title() -> None:
    raw = "浏览次数:3\n各乡镇人民政府要严格执行县下达的种植计划\n全县新增种植面积2万亩。\n"
    assert extract_metadata("t.txt", normalise_text(raw)).title is None


def test_bracketed_glosses_are_not_the_names_of_events_and_duties() -> None:
    raw = (
        "某区人民政府关于分解2031年工作任务的通知\n"
        "一、各牵头单位要将实施方案于4月20日(星期五)前上报区督查组(办公室设在区政府办,联系电话:1234)。\n"
        "二、各部门各单位要在每季度末(分别在6月、9月和12月底),将完成任务的进展情况报区督查组。\n"
        "某区人民政府\n二〇三一年四月十三日\n"
    )
    extraction = extract_text(raw, "t.txt")
    assert [m.title for m in extraction.milestones] == ["上报区督查组"]
    assert [r.title for r in extraction.recurring] == ["完成任务的进展情况报区督查组"]


def test_list_sizes_and_thresholds_of_a_kind_are_not_goals() -> None:
    raw = (
        "某县人民政府关于分解落实2031年工作任务的通知\n"
        "现将2031年8个方面150项工作任务予以分解印发。\n"
        "到2035年,年纳税过5000万元的企业达12家,产值过100亿元的企业实现“破零”。\n"
        "某县人民政府\n2031年1月30日\n"
    )
    targets = extract_text(raw, "t.txt").targets
    assert [(t.value, t.unit) for t in targets] == [(12, "家")]


def test_w7_a_prize_granted_with_a_shared_sum_is_one_reward_named_by_the_prize() -> None:
    """W7 (round 6): "授予甲、乙…某奖,并分别给予人民币100万元的…资金" grants the sum for the prize."""
    text = (
        "某市人民政府关于表彰2020年度某市市长质量奖获奖企业的通报\n"
        "市政府决定授予甲机械有限公司、乙电子股份有限公司2020年度某市市长质量奖,"
        "并分别给予人民币50万元的质量工作资助资金。\n"
        "某市人民政府\n2021年1月5日\n"
    )
    rewards = extract_text(text, "x.txt").to_schema_dict()["rewards"]
    assert [r["amount_yuan"] for r in rewards] == [500000]
    assert "市长质量奖" in rewards[0]["achievement"]
    assert not rewards[0]["achievement"].startswith(("分别", "市政府决定"))


def _rewards_of(body: str) -> list[tuple[str, int | None]]:
    text = f"某市人民政府关于印发某市创新奖励办法的通知\n{body}\n某市人民政府\n2031年1月5日\n"
    return [(r.achievement, r.amount_yuan) for r in extract_text(text, "x.txt").rewards]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # sibling clauses, each with its own achievement and sum
            "荣获中国工业设计奖的奖励40万元,荣获省级工业设计奖奖励12万元,荣获市级工业设计奖奖励3万元。",
            [
                ("荣获中国工业设计奖", 400000),
                ("荣获省级工业设计奖", 120000),
                ("荣获市级工业设计奖", 30000),
            ],
        ),
        (  # later tiers name only their level: they take the first tier's honour
            "对新认定的国家级孵化基地奖励60万元;省级奖励25万元;市级的,奖励6万元。",
            [
                ("新认定的国家级孵化基地", 600000),
                ("新认定的省级孵化基地", 250000),
                ("新认定的市级孵化基地", 60000),
            ],
        ),
        (  # the honour named once, then its tiers
            "对认定的创客空间,其中国家级的奖励35万元,省级的奖励15万元。",
            [("认定的创客空间(国家级)", 350000), ("认定的创客空间(省级)", 150000)],
        ),
        (  # stars are tiers too
            "对被评为五星级的民宿,奖励8万元;四星级的,奖励4万元。",
            [("被评为五星级的民宿", 80000), ("被评为四星级的民宿", 40000)],
        ),
        (  # a second kind of recipient is not a sibling honour
            "对获得区长创新奖的单位奖励12万元,个人奖励3万元。",
            [("获得区长创新奖", 120000), ("获得区长创新奖(个人)", 30000)],
        ),
    ],
)
def test_w4_sibling_rewards_by_level_each_keep_their_sum(
    body: str, expected: list[tuple[str, int]]
) -> None:
    """W4 (round 7): tiers of one honour in one sentence are one reward each."""
    assert _rewards_of(body) == expected


def test_w4_a_band_tier_takes_the_subject_of_the_band_before() -> None:
    """W4 (round 7): "投资额在2亿元以上的,奖励60万元;8000万元至2亿元的,奖励25万元"."""
    assert _rewards_of(
        "对当年技改项目设备投资额在2亿元以上的,奖励60万元;8000万元至2亿元的,奖励25万元。"
    ) == [
        ("当年技改项目设备投资额在2亿元以上", 600000),
        ("当年技改项目设备投资额8000万元至2亿元", 250000),
    ]


@pytest.mark.parametrize(
    "cap",
    [
        "同一企业同一年度累计扶持金额不超过150万元。",
        "单个项目年度奖补总额最高不超过70万元。",
        "累计奖励不超过90万元。",
    ],
)
def test_x7_an_overall_cap_is_a_condition_and_never_a_target(cap: str) -> None:
    """X7 (round 7): a ceiling stated in a sentence of its own caps every rule above it."""
    text = (
        "某县人民政府关于印发某县品牌建设奖补办法的通知\n"
        f"对新获评省级品牌示范企业的,奖励15万元。{cap}\n某县人民政府\n2031年1月5日\n"
    )
    extraction = extract_text(text, "x.txt").to_schema_dict()
    assert extraction["targets"] == []
    assert [(c["kind"], c["text"]) for c in extraction["conditions"]] == [
        ("overall_cap", cap.rstrip("。"))
    ]


def test_t11_t9b_an_indicator_list_is_targets_by_indicator_and_its_size_is_no_target() -> None:
    """T11/T9b (round 7): "4项主要指标分别为:甲削减1.5%、乙0.8%…" names indicators, not places
    ("乙区" must never be invented), and "4项" is the size of the list."""
    text = (
        "某市人民政府关于下达2031年节水目标任务的通知\n"
        "2031年,我市4项主要节水指标分别为:工业用水量同比下降1.5%、地下水2.7%、"
        "管网漏损4.1%、灌溉用水0.9%。\n某市人民政府\n2031年2月3日\n"
    )
    targets = extract_text(text, "x.txt").targets
    assert [(t.district, t.value, t.unit) for t in targets] == [
        (None, 1.5, "%"),
        (None, 2.7, "%"),
        (None, 4.1, "%"),
        (None, 0.9, "%"),
    ]


def test_t11_short_place_names_in_a_list_still_split_by_place() -> None:
    """The guard keeps short names the document writes as places ("甲山镇" → "甲山12个")."""
    text = (
        "某县人民政府关于下达2031年示范村建设任务的通知\n"
        "甲山镇、乙水镇要加快建设。各镇示范村建设任务分别为:甲山12个、乙水8个。\n"
        "某县人民政府\n2031年2月3日\n"
    )
    targets = extract_text(text, "x.txt").targets
    assert {(t.district, t.value) for t in targets} == {("甲山镇", 12), ("乙水镇", 8)}


@pytest.mark.parametrize(
    "sentence",
    [
        "各部门要加强协作,确保2032年各项年度目标任务全面完成。",
        "本计划是指导全县2032年各项工作的重要依据。",
        "要紧紧围绕2032年政府工作报告重点工作任务,狠抓落实。",
        "对照区政府确定的2032年主要目标,逐项推进。",
    ],
)
def test_m7_the_years_work_named_generically_is_no_milestone(sentence: str) -> None:
    """M7 (round 7): a year before generic nouns of the whole year's work dates no event."""
    text = (
        "某县人民政府关于分解2032年重点工作的通知\n"
        f"{sentence}县交通局于2032年6月30日前建成甲乙公路。\n某县人民政府\n2032年1月9日\n"
    )
    titles = [m.title for m in extract_text(text, "x.txt").milestones]
    assert titles == ["建成甲乙公路"]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("二、对参加抢险救灾的志愿者给予临时性生活补助。", [("参加抢险救灾的志愿者", None)]),
        ("对新认定的省级以上研发平台给予一定的资金扶持。", [("新认定的省级以上研发平台", None)]),
        ("对获得国家专项资金支持的项目,县财政予以配套。", [("获得国家专项资金支持", None)]),
        ("各乡镇要加大对农户的资金扶持力度。鼓励银行对小微企业给予信贷支持。", []),
    ],
)
def test_w6_a_subsidy_promised_without_a_sum_is_a_reward_only_in_a_reward_rule(
    body: str, expected: list[tuple[str, None]]
) -> None:
    """W6 (round 7): "对<beneficiary>给予<subsidy>" without a sum is a reward with no amount; a
    directive to others or a loan is not."""
    text = f"某县人民政府关于印发某县惠企措施的通知\n{body}\n县内新增企业20家。\n某县人民政府\n2031年1月5日\n"
    assert [(r.achievement, r.amount_yuan) for r in extract_text(text, "x.txt").rewards] == expected


def test_a_short_district_name_takes_its_real_suffix_from_the_gazetteer() -> None:
    """A city's quota list written short (越城、柯桥、诸暨、新昌) and addressed to 各县(市、区):
    the suffix was guessed from 各县, making 柯桥县 and 诸暨县 — names no place has."""
    text = (
        "绍兴市人民政府办公室关于印发绍兴市品牌建设行动方案的通知\n"
        "绍政办发〔2019〕8号\n"
        "各县(市、区)人民政府,市政府各部门:\n"
        "到2021年,各县(市、区)新增省级品牌企业不少于:越城8家、柯桥12家、诸暨10家、新昌6家。"
        "(牵头单位:市市场监管局)\n"
        "绍兴市人民政府办公室\n2019年5月6日\n"
    )
    districts = {t.district for t in extract_text(text, "plan.txt").targets if t.district}
    assert districts == {"越城区", "柯桥区", "诸暨市", "新昌县"}


def test_two_counts_per_place_for_a_subject_joining_two_things_get_a_subject_each() -> None:
    """'取得甲认定和乙认证的企业数…:东区(6家、3家)' -- shown under one label, 6家 and 3家 read as
    two answers to one question."""
    text = (
        "样例市人民政府关于印发样例市质量提升方案的通知\n"
        "到2020年,各区每年取得绿色工厂认定和能源管理体系认证的企业数分别不少于:"
        "东城(6家、3家)、西城(5家、2家)。(牵头单位:市经信局)\n"
    )
    subjects = {(t.district, t.value): t.subject for t in extract_text(text, "p.txt").targets}
    east = {
        value: subject for (district, value), subject in subjects.items() if district == "东城区"
    }
    assert east == {
        6: "各区每年取得绿色工厂认定的企业数",
        3: "各区每年取得能源管理体系认证的企业数",
    }


# --- Round 8 ------------------------------------------------------------------------------------

# P8a: a framed box table whose rules stand only at the top (or only under the header), its rows
# without rules between them: the columns cannot be measured on the rules, so the rows are read as
# bar rows (before, the table was dropped and a page holding only it was refused).
_BOX_ROWS = (
    "┃单 位│合 计│成片造林│农田林网┃\n"
    "┃合 计│6.3│4.1│2.2┃\n"
    "┃甲 岭 县│2.5│1.7│0.8┃\n"
    "┃乙 湾 县│1.9│ │1.9┃\n"
    "┃丙 川 区│1.1│0.7│0.4┃\n"
)
_BOX_HEAD = "某某市人民政府办公室\n2011年4月6日\n附件:\n2011年度某某市造林任务分解表\n单位:万亩\n"


@pytest.mark.parametrize(
    "table",
    [
        "┏━━━━━┯━━━━┯━━━━┯━━━━┓\n" + _BOX_ROWS + "┗━━━━━┷━━━━┷━━━━┷━━━━┛\n",
        _BOX_ROWS.replace("\n", "\n┠─────┼────┼────┼────┨\n", 1),
    ],
    ids=["top-and-bottom-rules", "header-rule-only"],
)
def test_a_box_table_with_few_rules_is_read_as_bar_rows(table: str) -> None:
    targets = extract_text(_BOX_HEAD + table, "attachment.txt").targets
    found = {(t.district, t.subject, t.value) for t in targets}
    assert ("甲岭县", "成片造林", 1.7) in found
    assert ("丙川区", "农田林网", 0.4) in found
    assert not any(t.district == "乙湾县" and t.subject == "成片造林" for t in targets)
    assert all(t.unit == "万亩" and t.deadline == date(2011, 12, 31) for t in targets)


# P8b: a per-place list whose lead names only who the figures go to ("各设区市分别为:") counts
# what the total just before it counts (its subject without 全省), in the same sentence or the one
# before.
@pytest.mark.parametrize(
    "sentence",
    [
        "到2024年,全省新建农村公路4600公里。各设区市分别为:甲岭市1300公里,乙湾市1100公里,丙川市900公里。",
        "到2024年,全省新建农村公路4600公里,各设区市分别为:甲岭市1300公里、乙湾市1100公里、丙川市900公里。",
        "到2024年,全省新建农村公路4600公里,其中甲岭市1300公里、乙湾市1100公里、丙川市900公里。",
    ],
    ids=["next-sentence", "same-sentence", "qizhong"],
)
def test_a_per_place_list_without_its_own_subject_takes_the_totals(sentence: str) -> None:
    text = (
        "某某省人民政府关于印发某某省农村公路建设方案的通知\n某政发〔2022〕5号\n"
        f"各设区市人民政府:\n一、工作目标\n{sentence}\n某某省人民政府\n2022年3月1日\n"
    )
    targets = extract_text(text, "plan.txt").targets
    by_place = {t.district: (t.subject, t.value, t.unit) for t in targets}
    assert by_place[None] == ("全省新建农村公路", 4600, "公里")
    # the place's own figure counts the total's object, without the 全省 that names the whole
    # (round 28, quota_splits: a city's line read "全省新建农村公路 1100公里(乙湾市)")
    assert by_place["乙湾市"] == ("新建农村公路", 1100, "公里")
    assert len(targets) == 4


# P8c: a table copied with spaces or tabs between its cells and its labels spaced out one character
# at a time ("甲 岭 县 2500 1700"): the labels are joined before the spaces between Chinese and a
# figure are dropped; a tab keeps an empty cell's column, while a row that lost an empty cell
# between spaces is skipped (its columns are unknown) and the rows after it are still read.
_SPACED_ROWS = [
    ("单 位", "合 计", "成片造林", "农田林网"),
    ("合 计", "6300", "4100", "2200"),
    ("甲 岭 县", "2500", "1700", "800"),
    ("乙 湾 县", "1900", "", "1900"),
    ("丙 川 区", "1100", "700", "400"),
]


@pytest.mark.parametrize(
    "separator", [" ", "  ", "\t", "\u3000"], ids=["space", "two", "tab", "ideo"]
)
def test_a_spaced_table_with_spaced_labels_is_read(separator: str) -> None:
    rows = "".join(
        separator.join(cell for cell in row if cell or separator == "\t") + "\n"
        for row in _SPACED_ROWS
    )
    text = "某某市人民政府办公室\n2011年4月6日\n附件:\n某某市2011年造林任务分解表\n单位:亩\n" + rows
    found = {(t.district, t.subject, t.value) for t in extract_text(text, "attachment.txt").targets}
    assert ("甲岭县", "成片造林", 1700) in found
    assert ("丙川区", "农田林网", 400) in found
    assert (None, "成片造林", 4100) in found
    assert (("乙湾县", "农田林网", 1900) in found) == (separator == "\t")
    assert not any(district == "乙湾县" and subject == "成片造林" for district, subject, _ in found)


# P8d: tables drawn with double lines (╔═╦═╗ ║…║) or in ASCII (+----+ between "|" rows) read as
# the single-line and bar tables they are.
@pytest.mark.parametrize("style", ["double", "ascii"])
def test_a_table_drawn_with_double_lines_or_ascii_is_read(style: str) -> None:
    rows = [("单位", "成片造林", "农田林网"), ("甲岭县", "1700", "800"), ("丙川区", "700", "400")]
    if style == "double":
        rule, bar = "╠══════╬════╬════╣", "║"
        top, bottom = "╔══════╦════╦════╗", "╚══════╩════╩════╝"
    else:
        rule, bar = "+------+----+----+", "|"
        top = bottom = rule
    lines = [top]
    for row in rows:
        lines += [bar + bar.join(row) + bar, rule]
    lines[-1] = bottom
    text = "某某市人民政府办公室\n2011年4月6日\n附件:\n2011年某某市造林任务分解表\n单位:亩\n"
    found = {
        (t.district, t.subject, t.value)
        for t in extract_text(text + "\n".join(lines) + "\n", "attachment.txt").targets
    }
    assert found == {
        ("甲岭县", "成片造林", 1700),
        ("甲岭县", "农田林网", 800),
        ("丙川区", "成片造林", 700),
        ("丙川区", "农田林网", 400),
    }


# P8e: a plan without its signing date is still dated by its doc number's year: "到2015年底,基本
# 建立…" in a 〔2016〕 document is background, not a milestone (every year counted as future).
def test_without_a_signing_date_the_doc_numbers_year_dates_the_background() -> None:
    text = (
        "某某省人民政府关于加快质量强省建设的实施意见\n某政发〔2016〕20号\n"
        "各市、州人民政府,省政府各部门:\n"
        "近年来,全省质量工作取得积极成效。到2015年底,基本建立质量诚信体系。\n"
        "一、总体要求\n到2020年,全省质量总体水平显著提升。\n"
    )
    milestones = extract_text(text, "plan.txt").milestones
    assert [(m.title, m.due) for m in milestones] == [
        ("全省质量总体水平显著提升", date(2020, 12, 31))
    ]


# P8f: a year followed by what guides that year's work ("2014年,全市质量工作以提高效益为中心",
# "坚持…", "围绕…", "深入实施…战略") is no milestone; an event after the year still is.
@pytest.mark.parametrize(
    "guide",
    [
        "全市质量工作以提高发展效益为中心,深入实施质量兴县战略",
        "坚持稳中求进工作总基调",
        "围绕品牌兴县目标统筹推进各项工作",
        "深入实施标准化提升工程",
    ],
)
def test_what_guides_a_years_work_is_no_milestone(guide: str) -> None:
    text = (
        "某某县人民政府办公室关于印发2019年某某县质量工作要点的通知\n某政办发〔2019〕7号\n"
        f"一、总体目标\n2019年,{guide}。\n二、重点工作\n年内完成县级检验检测中心建设。\n"
        "某某县人民政府办公室\n2019年2月12日\n"
    )
    milestones = extract_text(text, "plan.txt").milestones
    assert [m.title for m in milestones] == ["完成县级检验检测中心建设"]


# P8g: a bare year before a lead-in ("主要任务是:", "重点抓好以下工作:", "作为攻坚年") or before
# work that goes on ("加快推进…", "继续开展…", "要把…摆上…") dates no event; a completion after the
# same year, or a stated end, still does.
@pytest.mark.parametrize(
    ("sentence", "titles"),
    [
        ("2017年质量工作的主要任务是:抓好质量提升。", []),
        ("2017年,重点抓好以下工作:", []),
        ("2017年作为质量攻坚年,全面推进各项工作。", []),
        ("2017年,加快推进标准化建设。", []),
        ("2017年,继续开展质量强乡创建活动。", []),
        ("2017年,各乡镇要把质量工作摆上重要议事日程。", []),
        ("2017年,力争创建成省级质量强县示范县。", ["创建成省级质量强县示范县"]),
        ("2017年底前,加快推进计量站搬迁。", ["加快推进计量站搬迁"]),
    ],
)
def test_a_bare_year_before_a_lead_in_or_ongoing_work_dates_no_event(
    sentence: str, titles: list[str]
) -> None:
    text = (
        "某某县人民政府办公室关于印发2017年某某县质量工作要点的通知\n某政办发〔2017〕4号\n"
        f"一、工作目标\n{sentence}\n年内完成县级检验检测中心建设。\n"
        "某某县人民政府办公室\n2017年2月10日\n"
    )
    milestones = extract_text(text, "plan.txt").milestones
    assert [m.title for m in milestones] == [*titles, "完成县级检验检测中心建设"]


# P8h (B2): a reprint whose only place is the organ it names as its source ("——摘自某区科技局官网")
# takes its region from there; a source that is no organ of a place gives none.
@pytest.mark.parametrize(
    ("source_line", "region"),
    [
        ("——摘自鹿城区科技局官网(www.example.cn/art/1.html)", "鹿城区"),
        ("转自龙湾区人民政府网站", "龙湾区"),
        ("——摘自某某创业服务网", None),
    ],
)
def test_a_reprints_source_line_gives_the_region(source_line: str, region: str | None) -> None:
    text = (
        "3.支持企业技术改造。对新认定的省级企业技术中心,每家给予一次性补助30万元。\n"
        f"{source_line}\n"
    )
    assert extract_metadata("page.txt", normalise_text(text)).region == region


# P8i (W8): a reward to "the winners" (每个获奖组织, 对获奖单位, 提名奖每个) is for the award named
# before it in the paragraph, else in the document's title; a plaque handed over before the sum
# ("由县政府颁发奖牌和证书,并给予…") is no achievement.
@pytest.mark.parametrize(
    ("rule", "achievements"),
    [
        (
            "第三条 某某县县长质量奖每两年评选一次,每个获奖组织奖励人民币40万元。",
            {(400000, "获得某某县县长质量奖")},
        ),
        (
            "某某县县长质量奖设奖励资金,每个获奖单位奖励30万元,提名奖每个奖励8万元。",
            {(300000, "获得某某县县长质量奖"), (80000, "获得某某县县长质量奖提名奖")},
        ),
        ("对获奖组织给予25万元奖励。", {(250000, "获得某某县县长质量奖")}),
        (
            "对获得县长质量奖的企业,由县政府颁发奖牌和证书,并给予45万元奖励。",
            {(450000, "获得县长质量奖")},
        ),
    ],
)
def test_a_reward_to_the_winners_is_for_the_award_named_before(
    rule: str, achievements: set[tuple[int, str]]
) -> None:
    text = (
        "某某县人民政府关于印发某某县县长质量奖管理办法的通知\n某政发〔2021〕3号\n"
        f"{rule}\n某某县人民政府\n2021年2月3日\n"
    )
    rewards = extract_text(text, "rule.txt").rewards
    assert {(r.amount_yuan, r.achievement) for r in rewards} == achievements


# P8j (W9): rewards worded apart from the rule patterns: the paying government between achievement
# and sum ("…的企业,市政府一次性奖励…"), a sibling clause opened by 新获, and an award with its
# lesser prizes paid 分别 ("获得某奖及提名奖的,分别奖励…").
@pytest.mark.parametrize(
    ("rule", "achievements"),
    [
        (
            "被评为“中国驰名商标”的企业,市政府一次性奖励40万元;被评为“省著名商标”的企业,"
            "市政府一次性奖励6万元。",
            {(400000, "被评为“中国驰名商标”"), (60000, "被评为“省著名商标”")},
        ),
        (
            "新获中国驰名商标的企业一次性奖励人民币40万元,新获省著名商标的一次性奖励人民币8万元。",
            {(400000, "新获中国驰名商标"), (80000, "新获省著名商标")},
        ),
        (
            "获得中国质量奖及提名奖的,分别奖励90万元、40万元。",
            {(900000, "获得中国质量奖"), (400000, "获得中国质量奖提名奖")},
        ),
    ],
)
def test_rewards_worded_apart_from_the_rule_patterns(
    rule: str, achievements: set[tuple[int, str]]
) -> None:
    text = (
        "某某市人民政府关于印发某某市品牌奖励办法的通知\n某政发〔2012〕9号\n"
        f"{rule}\n某某市人民政府\n2012年5月3日\n"
    )
    rewards = extract_text(text, "rule.txt").rewards
    assert {(r.amount_yuan, r.achievement) for r in rewards} == achievements


# P8k (W10): recipients named by reference ("对以上两家企业…分别奖励", "…称号,每人奖励") take the
# honour quoted before the sum.
@pytest.mark.parametrize(
    ("body", "achievements"),
    [
        (
            "2011年,甲乙乳业有限公司、丙丁化工有限公司的产品荣获“中国名牌产品”称号。为鼓励先进,"
            "决定对以上两家企业予以通报表彰,并分别奖励40万元。",
            {(400000, "中国名牌产品")},
        ),
        (
            "决定授予张三等12名同志“质量工作先进个人”称号,每人奖励1500元。",
            {(1500, "质量工作先进个人")},
        ),
    ],
)
def test_recipients_named_by_reference_take_the_quoted_honour(
    body: str, achievements: set[tuple[int, str]]
) -> None:
    text = (
        "某某市人民政府关于表彰质量工作先进的通报\n某政发〔2012〕4号\n"
        f"{body}\n某某市人民政府\n2012年3月1日\n"
    )
    rewards = extract_text(text, "notice.txt").rewards
    assert {(r.amount_yuan, r.achievement) for r in rewards} == achievements


# P8l (class 1 of round 8): a per-place bar table copied onto one line ("|单位|合计|…|甲岭县|2500|…")
# is read cell by cell: a page holding only it was refused ("未找到规划内容").  Empty cells keep
# their column ("—"), the doubled bar between rows is one more empty cell, the last row is padded,
# and labels spaced out one character at a time are joined.
_ONE_LINE_ROWS = [
    ("单 位", "合 计", "成片造林", "农田林网"),
    ("合 计", "6300", "4100", "2200"),
    ("甲 岭 县", "2500", "1700", "800"),
    ("乙 湾 县", "1900", "", "1900"),
    ("丙 川 区", "1100", "700", "400"),
]


@pytest.mark.parametrize("joined", [" ", ""], ids=["rows-apart", "rows-touching"])
def test_a_bar_table_copied_onto_one_line_is_read(joined: str) -> None:
    if joined:
        table = joined.join("| " + " | ".join(row) + " |" for row in _ONE_LINE_ROWS)
    else:
        table = "".join("|" + "|".join(row) for row in _ONE_LINE_ROWS) + "|"
    text = "某某市人民政府办公室 2011年4月6日 附件: 某某市2011年造林任务分解表 单位:亩 " + table
    found = {(t.district, t.subject, t.value) for t in extract_text(text, "page2.txt").targets}
    assert ("甲岭县", "成片造林", 1700) in found
    assert ("乙湾县", "农田林网", 1900) in found
    assert ("丙川区", "农田林网", 400) in found
    assert (None, "成片造林", 4100) in found
    assert not any(d == "乙湾县" and s == "成片造林" for d, s, _ in found)
    assert len(found) == 11


def test_a_flattened_table_that_lost_a_rows_empty_cell_reads_on_after_it() -> None:
    cells = ["地区", "成片造林", "农田林网", "甲岭县", "1700", "800", "乙湾县", "1900"]
    cells += ["丙川区", "700", "400"]
    text = "某某市人民政府办公室\n2011年4月6日\n2011年某某市造林任务分解表\n单位:亩\n"
    text += "\n".join(cells) + "\n"
    found = {(t.district, t.subject, t.value) for t in extract_text(text, "t.txt").targets}
    assert found == {
        ("甲岭县", "成片造林", 1700),
        ("甲岭县", "农田林网", 800),
        ("丙川区", "成片造林", 700),
        ("丙川区", "农田林网", 400),
    }


# P8m: a row label written as a full name ("甲岭市") stays as written when the gazetteer knows the
# place under a later name with another suffix ("甲岭区": a county-level city made a district);
# a short label is still made full.
def test_a_full_place_label_keeps_the_name_it_had_then(monkeypatch: pytest.MonkeyPatch) -> None:
    from policybot.knowledge.extract import place_names
    from policybot.knowledge.extract.context import DocContext
    from policybot.knowledge.extract.records import DocumentMeta

    later = {"甲岭市": "甲岭区", "甲岭": "甲岭区", "乙湾": "乙湾县"}
    monkeypatch.setattr(place_names, "place_column", lambda name, ctx: later.get(name, False))
    meta = DocumentMeta(source="t.txt")
    meta.region = "某某市"
    ctx = DocContext(text="某文本", meta=meta, paragraphs=[])
    assert place_names.full_place_name("甲岭市", ctx) == "甲岭市"
    assert place_names.full_place_name("甲 岭", ctx) == "甲岭区"
    assert place_names.full_place_name("乙湾", ctx) == "乙湾县"


# P8n: a flattened per-place table whose place column is named by its level ("地级以上市", "县(市)",
# "市县名称") and whose adjustment column holds negative figures ("-1.50") is read to its end.
@pytest.mark.parametrize("head", ["地级以上市", "县(市)", "市县名称"])
def test_a_place_column_named_by_its_level_and_negative_cells(head: str) -> None:
    cells = [head, "原规划目标", "调整数", "调整后"]
    cells += ["全省合计", "925.50", "-2.30", "923.20", "甲岭市", "321.20", "0.00", "321.20"]
    cells += ["乙湾市", "210.10", "-1.50", "208.60", "丙川市", "150.50", "0.00", "150.50"]
    text = "附件\n某某省耕地保有量调整表\n单位:万亩\n" + "".join(f"{cell} |\n" for cell in cells)
    found = {(t.district, t.value) for t in extract_text(text, "page4.txt").targets}
    assert found == {(None, 923.2), ("甲岭市", 321.2), ("乙湾市", 208.6), ("丙川市", 150.5)}


# P8o (W11): a prize table of several columns flattened one cell per line (rows opened by their
# number, cells with or without a closing bar) or written with spaces between its cells is one
# reward per row; an aside after 的 ("参与制定国家标准的(排名前三),每项奖励…") keeps the rule whole.
_PRIZES = [("1", "中国质量奖", "国家级", "90"), ("2", "省政府质量奖", "省级", "25")]


@pytest.mark.parametrize("layout", ["cells", "bar-cells", "spaced"])
def test_a_flattened_or_spaced_prize_table_is_one_reward_per_row(layout: str) -> None:
    rows = [("序号", "奖项名称", "级别", "奖励金额(万元)"), *_PRIZES]
    if layout == "spaced":
        table = "".join(" ".join(row) + "\n" for row in rows)
    else:
        end = " |" if layout == "bar-cells" else ""
        table = "".join(f"{cell}{end}\n" for row in rows for cell in row)
    text = (
        "某某县人民政府办公室关于印发某某县质量奖励办法的通知\n某政办发〔2024〕6号\n"
        f"二、奖励标准\n{table}某某县人民政府办公室\n2024年4月2日\n"
    )
    rewards = extract_text(text, "rule.txt").rewards
    assert {(r.amount_yuan, r.achievement) for r in rewards} == {
        (900000, "中国质量奖"),
        (250000, "省政府质量奖"),
    }


def test_an_aside_after_the_achievement_keeps_the_rule_whole() -> None:
    text = (
        "某某县人民政府关于印发某某县标准化奖励办法的通知\n某政发〔2022〕2号\n"
        "主导制定国家标准的,每项奖励18万元;参与制定国家标准的(排名前三),每项奖励4万元。\n"
        "某某县人民政府\n2022年1月5日\n"
    )
    rewards = extract_text(text, "rule.txt").rewards
    assert {(r.amount_yuan, r.achievement) for r in rewards} == {
        (180000, "主导制定国家标准"),
        (40000, "参与制定国家标准"),
    }


# --- Round 9 (batch-7 dev classes) --------------------------------------------------------------


def test_conditions_inside_a_reward_rule_cap_eligibility_purpose_and_split() -> None:
    # X8: a cap at the end of the reward's own sentence, an applicant's further requirement, a
    # fund's purpose in a sentence of its own and a split of the prize between recipients.
    text = (
        "某某县人民政府关于印发某某县工业企业奖励办法的通知\n某政发〔2023〕4号\n"
        "一、每年设立800万元工业发展专项资金。主要用于奖补产值同比实现较大增幅的工业企业。\n"
        "二、企业本年度产值同比净增额在6000万元以上的奖励3万元,净增额每递增500万元奖励增加0.2万元,"
        "单个企业最高奖励不超过40万元。申报此项奖励的企业当年度纳税额不得低于上一年度。\n"
        "以上奖金60%奖给企业主要负责人,另40%奖给企业。\n"
        "各单位的奖励资金应按照有关规定专项使用,杜绝挪用。\n"
        "某某县人民政府\n2023年2月8日\n"
    )
    conditions = extract_text(text, "rule.txt").conditions
    kinds = sorted((c.kind, c.text[:6]) for c in conditions)
    assert ("overall_cap", "企业本年度产") in kinds
    assert ("scope", "主要用于奖补") in kinds
    assert ("other", "申报此项奖励") in kinds
    assert ("other", "以上奖金60") in kinds
    assert ("other", "各单位的奖励") in kinds


def test_a_years_list_gives_its_uncounted_finishing_clauses_as_milestones() -> None:
    # M8: the counted clauses are targets; those that say a thing will be finished are that
    # year's milestones; directions ("推进…", "加大…力度") are neither.
    text = (
        "某某县第九届人民代表大会第二次会议公告\n"
        "某某县第九届人民代表大会第二次会议,于2031年3月2日表决确定2031年县政府民生实事项目为"
        "3项,分别是:\n"
        "一、完成老旧小区雨污分流改造,新建口袋公园12个。\n"
        "二、全面消除城区黑臭水体,乡镇污水处理设施全面达到一级B排放标准。\n"
        "三、推进社区食堂建设,设立县级老年大学东城分校。\n"
        "现予公告。\n某某县第九届人民代表大会第二次会议主席团\n2031年3月2日\n"
    )
    extraction = extract_text(text, "notice.txt")
    milestones = {(m.title, m.due) for m in extraction.milestones}
    assert milestones == {
        ("完成老旧小区雨污分流改造", date(2031, 12, 31)),
        ("全面消除城区黑臭水体", date(2031, 12, 31)),
        ("乡镇污水处理设施全面达到一级B排放标准", date(2031, 12, 31)),
        ("设立县级老年大学东城分校", date(2031, 12, 31)),
    }
    assert [(t.value, t.unit) for t in extraction.targets] == [(12, "个")]


def test_a_split_of_a_reward_between_recipients_is_no_target() -> None:
    # T13: "以上奖金60%奖给…,另40%奖给企业" shares out a reward (an `other` condition, X8).
    text = (
        "某某县人民政府关于印发某某县纳税贡献奖励办法的通知\n某政发〔2023〕5号\n"
        "企业本年度纳税额同比净增在300万元以上的奖励2万元。\n"
        "以上奖金60%奖给企业主要负责人,另40%奖给企业。\n"
        "某某县人民政府\n2023年2月8日\n"
    )
    extraction = extract_text(text, "rule.txt")
    assert not [t for t in extraction.targets if t.unit == "%"]
    assert [c.kind for c in extraction.conditions] == ["other"]


def test_a_checking_unit_note_names_the_units_with_the_documents_level() -> None:
    # U8: "(牵头考核单位:…)" / "(数据采集单位:…)" are unit notes; bare department names there
    # take the county's level word; the checking task is named by the rule's heading.
    text = (
        "某某县工业企业发展奖励办法\n"
        "为促进全县工业企业发展,结合我县实际,特制定本办法。\n"
        "一、奖励办法\n"
        "(一)亩均效益奖\n"
        "企业本年度亩均税收在30万元以上的奖励4万元。(数据采集单位:县商务局)\n"
        "二、对当年设备投入800万元以上的企业奖补6万元。(牵头考核单位:统计局、审计局)\n"
        "三、本办法自发布之日起施行。\n"
        "某某县人民政府\n2023年2月8日\n"
    )
    extraction = extract_text(text, "rule.txt")
    assert set(extraction.units) == {"县商务局", "县统计局", "县审计局"}
    tasks = {(t.title, tuple(t.lead_units)) for t in extraction.tasks}
    assert ("亩均效益奖数据采集", ("县商务局",)) in tasks
    assert any(lead == ("县统计局", "县审计局") for _, lead in tasks)


def test_sibling_bands_with_the_verb_jiangbu_are_one_reward_each() -> None:
    # W12: tiers of one measure after commas, each "…X万元至Y万元的企业奖补N万元".
    text = (
        "某某县人民政府关于印发某某县设备更新奖励办法的通知\n某政发〔2022〕3号\n"
        "对当年设备更新投入6000万元以上的企业奖补12万元,设备更新投入2000万元至6000万元的企业"
        "奖补7万元,设备更新投入800万元至2000万元的企业奖补3万元。\n"
        "某某县人民政府\n2022年1月5日\n"
    )
    rewards = extract_text(text, "rule.txt").rewards
    assert {(r.amount_yuan, r.achievement) for r in rewards} == {
        (120000, "当年设备更新投入6000万元以上"),
        (70000, "设备更新投入2000万元至6000万元"),
        (30000, "设备更新投入800万元至2000万元"),
    }


def test_bands_sharing_one_rate_are_one_reward_and_tiers_complete_from_their_sibling() -> None:
    # W13: "…分别达到25%以上、12%以上的给予奖励,奖励额度为…的40%" is one reward with its rate;
    # the tiers of the next rule ("达150万元、400万元的企业分别奖励…") complete from each other.
    text = (
        "某某县人民政府关于印发某某县纳税奖励办法的通知\n某政发〔2022〕3号\n"
        "对上年度纳税100万元至300万元、300万元以上的企业,本年度纳税同比增幅分别达到25%以上、"
        "12%以上的给予奖励,奖励额度为新增县级留成部分的40%。对入规企业设立“跨越奖”,年内首次"
        "纳税达150万元、400万元的企业分别奖励3万元、6万元。\n"
        "某某县人民政府\n2022年1月5日\n"
    )
    rewards = extract_text(text, "rule.txt").rewards
    assert [(r.amount_yuan, r.achievement, r.treatment) for r in rewards] == [
        (
            None,
            "本年度纳税同比增幅分别达到25%以上、12%以上",
            "给予奖励,奖励额度为新增县级留成部分的40%",
        ),
        (30000, "年内首次纳税达150万元", None),
        (60000, "年内首次纳税达400万元", None),
    ]


def test_a_payment_notice_gives_its_per_unit_grant_and_no_reward_for_paying_out() -> None:
    # W14: directions on paying or using the money are no rewards; "按每净增1家拨给所在…经费N万元"
    # is a sum per unit to the bodies that achieved it.
    text = (
        "某某市工业和信息化局关于下达2029年度上规奖励资金计划的通知\n"
        "各县、区人民政府:\n"
        "一、2029年度新上规企业共40家,每家奖励6万元;按每净增1家拨给所在县、区人民政府工作经费"
        "3万元。\n"
        "二、请在收到奖励资金后,尽快按照附表中的补助金额如数将资金下拨到企业。"
        "各单位的补助资金应按照有关规定进行专项使用。\n"
        "某某市工业和信息化局\n2030年1月9日\n"
    )
    rewards = extract_text(text, "notice.txt").rewards
    assert {(r.amount_yuan, r.achievement) for r in rewards} == {
        (60000, "2029年度新上规企业共40家"),
        (30000, "县、区人民政府每净增1家"),
    }


def test_a_checking_date_keeps_the_year_its_event_names_and_an_indicator_heading_is_no_event() -> (
    None
):
    # M9: "将于2041年3月下旬对各地2040年度…进行督查" is due 03-31 (the year inside the event names
    # what is checked); "一、2040年全市…主要指标" heads the year's indicators and is no milestone.
    text = (
        "某某市人民政府办公室关于下达2040年就业工作目标的通知\n(某政办〔2040〕9号)\n"
        "各县人民政府:\n现就有关事项通知如下:\n"
        "一、2040年全市就业工作目标责任制主要指标\n"
        "1、全市城镇新增就业人数3.1万人以上。\n"
        "二、各县要于2041年3月中旬组织自查。市政府将于2041年3月下旬对各地2040年度就业工作"
        "落实情况进行督查。\n"
        "某某市人民政府办公室\n2040年5月4日\n"
    )
    milestones = {(m.title, m.due) for m in extract_text(text, "notice.txt").milestones}
    assert milestones == {
        ("组织自查", date(2041, 3, 20)),
        ("对各地2040年度就业工作落实情况进行督查", date(2041, 3, 31)),
    }


def test_a_grant_notice_keeps_the_hand_in_date_it_asks_for_after_its_signing() -> None:
    # M10: a notice granting the rewards of a past year asks for a hand-in "请于12月17日前": the
    # day falls after the signing (2031-12-09), not in the title's year.
    text = (
        "某某市工业和信息化局关于下达2030年度上规奖励资金计划的通知\n"
        "各县、区人民政府:\n"
        "一、2030年度新上规企业共40家,每家奖励6万元。\n"
        "二、请于12月17日前将银行账户信息报送市工信局。\n"
        "某某市工业和信息化局\n2031年12月9日\n"
    )
    milestones = [(m.due, m.title) for m in extract_text(text, "notice.txt").milestones]
    assert milestones == [(date(2031, 12, 17), "银行账户信息报送市工信局")]


def test_the_body_that_pays_the_money_out_is_a_task_and_a_unit() -> None:
    # U9: "奖励资金将由<unit>拨到<recipients>" in a grant notice: the paying body's task.
    text = (
        "某某市工业和信息化局关于下达2030年度上规奖励资金计划的通知\n"
        "各县、区人民政府:\n"
        "一、2030年度新上规企业共40家,每家奖励6万元。\n"
        "二、奖励资金将由市工业和信息化局拨到各县、区工业和信息化主管部门,请各地及时下拨。\n"
        "某某市工业和信息化局\n2031年12月9日\n"
    )
    extraction = extract_text(text, "notice.txt")
    assert [(t.title, t.lead_units) for t in extraction.tasks] == [
        ("将奖励资金拨到各县、区工业和信息化主管部门", ["市工业和信息化局"])
    ]
    assert extraction.units == ["市工业和信息化局"]


def test_an_increment_reward_keeps_its_achievement_across_a_bracketed_definition() -> None:
    # W15: the bracket defines the base (with commas in it); 绝对额 holds no 对 of a recipient;
    # the per-firm cap after the sum makes neither reward a ceiling.
    text = (
        "某某县人民政府关于印发某某县纳税奖励办法的通知\n某政发〔2023〕5号\n"
        "企业本年度纳税额同比(同比基数为前两年纳税额的平均值,不满两年的按实际计算)净增绝对额"
        "在20万元以上的奖励2万元,净增额每递增2万元奖励增加0.1万元,单个企业最高奖励不超过30万元。\n"
        "某某县人民政府\n2023年2月8日\n"
    )
    rewards = extract_text(text, "rule.txt").rewards
    assert [(r.achievement, r.amount_yuan, r.is_cap) for r in rewards] == [
        ("企业本年度纳税额同比净增绝对额在20万元以上", 20000, False)
    ]


def test_a_target_subject_drops_the_list_number_of_its_item() -> None:
    text = (
        "某某县2031年民生实事项目\n确定2031年县政府民生实事项目,分别是:\n"
        "一、创建40个平安示范村居。\n二、每年设立600万元养老服务专项资金。\n"
        "某某县人民政府\n2031年3月2日\n"
    )
    subjects = [t.subject for t in extract_text(text, "notice.txt").targets]
    assert subjects and not any(re.match(r"[一二三四五六七八九十]+、", s) for s in subjects)


def test_an_issuer_named_only_at_the_start_of_the_title() -> None:
    # "<市>人民政府办公室下达…的通知" without a 落款: the title's first words are the issuer.
    from policybot.knowledge.extract import metadata

    title = "甲乙市人民政府办公室下达2031年就业工作目标的通知"
    assert metadata._issuer_from_title_words(title) == "甲乙市人民政府办公室"
    assert metadata._issuer_from_title_words("关于下达2031年就业目标的通知") is None


# --- Round 10 -----------------------------------------------------------------------------------

_ANNUAL_NOTICE = (
    "某某市人民政府办公室关于印发2031年农业工作要点的通知\n某政办〔2031〕5号\n"
    "各县(市、区)人民政府:\n现将《2031年农业工作要点》印发给你们。\n"
    "某某市人民政府办公室\n2031年2月10日\n"
)


def test_a_bare_year_run_into_a_noun_phrase_names_the_thing_not_a_deadline() -> None:
    # M11: "2031年农村饮水安全工程建设,…" — the year qualifies the noun; no event is due.  A year
    # before a completion ("2031年底前完成…", "2031年全市基本完成…") still dates one.
    text = _ANNUAL_NOTICE + (
        "一、主要目标\n2031年农村饮水安全工程建设,按省里部署推进。"
        "2031年底前完成全市农村危房改造。2031年全市基本完成土地确权登记。\n"
    )
    milestones = [(m.title, m.due) for m in extract_text(text, "plan.txt").milestones]
    assert milestones == [
        ("完成全市农村危房改造", date(2031, 12, 31)),
        ("全市基本完成土地确权登记", date(2031, 12, 31)),
    ]


def test_a_further_aim_right_after_a_dated_aim_shares_its_date() -> None:
    # M12: "2032年底,…力争进入全省前列。力争…进入全省先进行列。": the second sentence adds an
    # aim to the first; a sentence that adds no achievement does not.
    text = _ANNUAL_NOTICE + (
        "二、目标任务\n2032年底,全市各项指标力争进入全省前列。"
        "力争全市营商环境总体水平进入全省先进行列。各地要加强领导。\n"
    )
    milestones = [(m.title, m.due) for m in extract_text(text, "plan.txt").milestones]
    assert milestones == [
        ("全市各项指标力争进入全省前列", date(2032, 12, 31)),
        ("全市营商环境总体水平进入全省先进行列", date(2032, 12, 31)),
    ]


_TASK_NOTICE = (
    "某某市人民政府办公室关于印发2031年重点工作任务分解的通知\n某政办〔2031〕6号\n"
    "各县(市、区)人民政府,市人民政府各部门:\n现将《2031年重点工作任务分解》印发给你们。\n"
    "某某市人民政府办公室\n2031年2月10日\n"
    "一、总体要求\n坚持稳中求进,全面完成年度各项目标任务。各地各部门要认真组织实施,确保落到实处。\n"
    "二、任务分解\n"
)


@pytest.mark.parametrize(
    "table",
    [
        "序号 | 重点工作 | 牵头单位 | 配合单位 |\n1 | 推进数字乡村建设 | 市甲局 | 市乙局、市丙局 |\n"
        "2 | 优化政务服务环境 | 市丁局 | 市戊局 |\n",
        # the outer frame kept by the copy
        "| 序号 | 重点工作 | 牵头单位 | 配合单位 |\n| 1 | 推进数字乡村建设 | 市甲局 | 市乙局、市丙局 |\n"
        "| 2 | 优化政务服务环境 | 市丁局 | 市戊局 |\n",
        # one cell per line
        "序号\n重点工作\n牵头单位\n配合单位\n1\n推进数字乡村建设\n市甲局\n市乙局、市丙局\n"
        "2\n优化政务服务环境\n市丁局\n市戊局\n",
    ],
)
def test_a_task_table_row_without_goal_cells_is_a_task_of_its_units(table: str) -> None:
    # U10: a row with a task and its unit columns but no goal or time cell records who does it.
    extraction = extract_text(_TASK_NOTICE + table, "plan.txt")
    assert [(t.title, t.lead_units, t.support_units) for t in extraction.tasks] == [
        ("推进数字乡村建设", ["市甲局"], ["市乙局", "市丙局"]),
        ("优化政务服务环境", ["市丁局"], ["市戊局"]),
    ]
    assert extraction.units == ["市甲局", "市乙局", "市丙局", "市丁局", "市戊局"]


_RULES_NOTICE = (
    "某某市人民政府关于印发某某市品牌建设奖励办法的通知\n某政发〔2031〕5号\n"
    "各县(市、区)人民政府,市政府各部门:\n现将《某某市品牌建设奖励办法》印发给你们,请认真贯彻执行。\n"
    "某某市人民政府\n2031年2月10日\n第一条 对新获得中国驰名商标的企业,奖励50万元。\n"
)


def test_a_notice_issuing_reward_rules_is_no_commendation_and_keeps_its_duties() -> None:
    # G3: "关于印发…奖励办法的通知" issues rules (a plan of its own), it commends no one: the
    # duties its articles give are tasks; "第二条" is no part of the body's name; a duty that is
    # only a verb takes the topic before 由.
    text = _RULES_NOTICE + (
        "第二条 奖励资金由市甲局负责拨付。\n第三条 市乙局负责受理申报材料,会同市甲局进行审核。\n"
    )
    extraction = extract_text(text, "rules.txt")
    assert [(t.title, t.lead_units) for t in extraction.tasks] == [
        ("奖励资金拨付", ["市甲局"]),
        ("受理申报材料", ["市乙局"]),
    ]
    assert extraction.units == ["市甲局", "市乙局"]
    assert [r.amount_yuan for r in extraction.rewards] == [500000]
    assert extraction.targets == []  # a reward rule's sums are no goals


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        ("第二条 由市乙局牵头,市甲局、市丙局配合,组织实施本办法。\n", "组织实施本办法"),
        ("第二条 推进品牌培育工作,由市乙局牵头,市甲局、市丙局等部门配合。\n", "推进品牌培育工作"),
    ],
)
def test_a_sentence_naming_who_leads_and_who_supports_is_a_task(sentence: str, title: str) -> None:
    # U11: "由A牵头,B、C配合" in a sentence, the duty after or before it.
    extraction = extract_text(_RULES_NOTICE + sentence, "rules.txt")
    assert [(t.title, t.lead_units, t.support_units) for t in extraction.tasks] == [
        (title, ["市乙局"], ["市甲局", "市丙局"])
    ]


_MEASURES = (
    "某某市人民政府办公室关于印发某某市数字经济实施方案的通知\n某政办〔2031〕7号\n"
    "各县(市、区)人民政府:\n现将《实施方案》印发给你们。\n某某市人民政府办公室\n2031年2月10日\n"
    "一、总体要求\n坚持稳中求进,全面完成年度各项目标任务。\n二、保障措施\n"
)


@pytest.mark.parametrize(
    ("sentence", "tasks"),
    [
        # several bodies as one subject (U13)
        (
            "(一)加强组织领导。市甲局、市乙局负责制定实施细则。\n",
            [("制定实施细则", ["市甲局", "市乙局"], [])],
        ),
        # "A会同B、C…": A leads, B and C support (U14)
        (
            "(一)市甲局会同市乙局、市丙局制定配套政策。\n",
            [("制定配套政策", ["市甲局"], ["市乙局", "市丙局"])],
        ),
        # a labelled note inside the last sentence of the text (not a cut-off sentence)
        (
            "(一)加快推进数字乡村建设(牵头单位:市甲局,配合单位:市乙局),确保见到实效。\n",
            [("加快推进数字乡村建设", ["市甲局"], ["市乙局"])],
        ),
        # names ending in 部门 / 工作专班 (U15)
        (
            "(一)加强项目调度。(责任单位:市税务部门、市重点项目工作专班)\n",
            [("加强项目调度", ["市税务部门", "市重点项目工作专班"], [])],
        ),
    ],
)
def test_duties_whose_bodies_are_named_in_other_forms(
    sentence: str, tasks: list[tuple[str, list[str], list[str]]]
) -> None:
    extraction = extract_text(_MEASURES + sentence, "plan.txt")
    assert [(t.title, t.lead_units, t.support_units) for t in extraction.tasks] == tasks


def test_the_body_that_pays_out_with_a_word_between_it_and_the_verb() -> None:
    # U9b: "奖励资金由市甲局负责拨付", "所需资金由市甲局从…专项资金中列支" in a commendation.
    text = (
        "某某市人民政府关于表彰2030年度工业企业的决定\n某政发〔2031〕5号\n"
        "各县(市、区)人民政府:\n经研究,决定对某某甲公司等10家企业予以表彰,各奖励10万元。"
        "奖励资金由市甲局负责拨付。所需资金由市甲局从工业发展专项资金中列支。\n"
        "某某市人民政府\n2031年2月10日\n"
    )
    extraction = extract_text(text, "notice.txt")
    assert [(t.title, t.lead_units) for t in extraction.tasks] == [
        ("奖励资金拨付", ["市甲局"]),
        ("资金列支", ["市甲局"]),
    ]


def test_a_prefectures_classical_doc_number_abbreviation_names_it() -> None:
    # B1 (vocabulary): 甬 is 宁波, 穗 is 广州 in their doc numbers; no character of the short name.
    from policybot.knowledge.extract.jurisdiction import region_from_doc_number

    assert region_from_doc_number("甬政发〔2031〕5号", "我市各县(市、区)要加强领导。") == "宁波市"
    assert region_from_doc_number("穗府办〔2031〕5号", "全市各区要加强领导。") == "广州市"


def test_a_doc_number_prefix_of_an_issuer_with_counties_below_is_no_county_level_city() -> None:
    # B1: "宜" abbreviates several cities; a text naming only a county-level one (宜兴) picks it,
    # unless it speaks of the counties below it (各县(市、区)), which a county-level city has not.
    from policybot.knowledge.extract.jurisdiction import region_from_doc_number

    assert region_from_doc_number("宜政办〔2031〕1号", "我市要加强领导。宜兴宜兴") == "宜兴市"
    assert region_from_doc_number("宜政办〔2031〕1号", "我市各县(市、区)要加强领导。宜兴") is None


@pytest.mark.parametrize(
    ("clause", "kind"),
    [
        ("同一企业符合多项奖励条件的,就高执行。", "no_stacking"),
        ("同一项目同时符合多项奖励条件的,只能享受其中一项。", "no_stacking"),
        ("同一产品由省级晋升为国家级的,按差额给予奖励。", "no_stacking"),
        ("有下列情形之一的,不予奖励:发生重大安全事故或有严重违法行为的。", "scope"),
        ("当年发生重大环境污染事故的企业,取消奖励资格。", "scope"),
        ("凡在本市注册登记、具有独立法人资格的企业均可申报。", "scope"),
        ("对弄虚作假骗取奖励资金的,一经查实,追回奖励资金。", "other"),
        ("奖励资金从市级工业发展专项资金中列支。", "other"),
        ("获奖企业应将奖励资金用于技术创新和品牌建设。", "other"),
    ],
)
def test_conditions_in_more_words(clause: str, kind: str) -> None:
    # K2: further wordings of the four kinds (就高执行, 只能享受一项, 按差额; 不予奖励, 取消资格,
    # 注册…均可申报; 追回, 列支, 用于).
    text = (
        "某某市品牌奖励办法\n对新获得中国驰名商标的企业,奖励50万元。\n"
        f"{clause}\n某某市人民政府\n2031年3月1日\n"
    )
    conditions = extract_text(text, "rules.txt").conditions
    assert [(c.kind, c.text) for c in conditions] == [(kind, clause.rstrip("。"))]


@pytest.mark.parametrize(
    ("note", "lead", "support", "due"),
    [
        ("〔市甲局牵头〕", ["市甲局"], [], None),
        ("【牵头单位:市甲局】", ["市甲局"], [], None),
        ("[市甲局牵头]", ["市甲局"], [], None),
        ("——市甲局牵头", ["市甲局"], [], None),
        ("(牵头:市甲局;参与:市乙局)", ["市甲局"], ["市乙局"], None),
        ("(责任:市甲局)", ["市甲局"], [], None),
        ("(主责单位:市甲局)", ["市甲局"], [], None),
        ("(责任主体:市甲局)", ["市甲局"], [], None),
        ("(市甲局牵头落实)", ["市甲局"], [], None),
        ("(市甲局负总责)", ["市甲局"], [], None),
        ("(牵头领导:张某;牵头单位:市甲局)", ["市甲局"], [], None),
        ("(市甲局牵头;完成时限:2031年6月底)", ["市甲局"], [], date(2031, 6, 30)),
        ("(市甲局牵头,2031年6月底前完成)", ["市甲局"], [], date(2031, 6, 30)),
        ("(责任单位:市甲局 完成时限:2031年12月)", ["市甲局"], [], date(2031, 12, 31)),
    ],
)
def test_trailing_unit_notes_in_more_forms(
    note: str, lead: list[str], support: list[str], due: date | None
) -> None:
    # U16: brackets other than (), a dash, short role labels (牵头:, 责任:), 主责单位/责任主体,
    # 牵头落实/负总责; a leader's name and the note's time limit are no units (the limit dates it).
    text = _MEASURES + f"(一)加快推进数字乡村建设,完善基础设施。{note}\n"
    extraction = extract_text(text, "plan.txt")
    assert [(t.title, t.lead_units, t.support_units, t.due) for t in extraction.tasks] == [
        ("加快推进数字乡村建设,完善基础设施", lead, support, due)
    ]
    assert extraction.units == lead + support


@pytest.mark.parametrize(
    "table",
    [
        # no serial column
        "重点工作 | 牵头单位 | 配合单位\n推进数字乡村建设 | 市甲局 | 市乙局、市丙局\n"
        "优化政务服务环境 | 市丁局 | 市戊局\n",
        # serials written "1." / "一"
        "序号 | 重点工作 | 牵头单位 | 配合单位 |\n1. | 推进数字乡村建设 | 市甲局 | 市乙局、市丙局 |\n"
        "2. | 优化政务服务环境 | 市丁局 | 市戊局 |\n",
        "序号 | 重点工作 | 牵头单位 | 配合单位 |\n一 | 推进数字乡村建设 | 市甲局 | 市乙局、市丙局 |\n"
        "二 | 优化政务服务环境 | 市丁局 | 市戊局 |\n",
        # drawn with box characters
        "┌──┬────────┬────┬──────┐\n│序号│重点工作│牵头单位│配合单位│\n├──┼────────┼────┼──────┤\n"
        "│1│推进数字乡村建设│市甲局│市乙局、市丙局│\n├──┼────────┼────┼──────┤\n"
        "│2│优化政务服务环境│市丁局│市戊局│\n└──┴────────┴────┴──────┘\n",
    ],
)
def test_task_tables_in_more_layouts(table: str) -> None:
    # T14: a task table without a serial column, with serials "1." or "一", or box-drawn.
    extraction = extract_text(_TASK_NOTICE + table, "plan.txt")
    assert [(t.title, t.lead_units, t.support_units) for t in extraction.tasks] == [
        ("推进数字乡村建设", ["市甲局"], ["市乙局", "市丙局"]),
        ("优化政务服务环境", ["市丁局"], ["市戊局"]),
    ]


def test_serial_cells_in_their_written_forms() -> None:
    from policybot.knowledge.extract.tables import serial_number

    assert [
        serial_number(c) for c in ("3", "3.", "3、", "(3)", "三", "三、", "(十二)", "二十")
    ] == [3, 3, 3, 3, 3, 3, 12, 20]
    assert serial_number("市甲局") is None and serial_number("2031年") is None


@pytest.mark.parametrize(
    ("sentence", "tasks"),
    [
        (
            "(一)市甲局牵头建立联席会议制度,统筹推进各项工作。\n",
            [("建立联席会议制度", ["市甲局"])],
        ),
        ("(一)加强组织领导,市甲局要牵头建立协调机制,定期调度。\n", [("建立协调机制", ["市甲局"])]),
    ],
)
def test_a_body_that_leads_a_duty_in_its_sentence(
    sentence: str, tasks: list[tuple[str, list[str]]]
) -> None:
    # U17: "<unit>(要)牵头<duty>" at a sentence's start or after a comma; the words after
    # 牵头 are the duty, never part of a body's name ("市甲局牵头建立联席会议" is no unit).
    extraction = extract_text(_MEASURES + sentence, "plan.txt")
    assert [(t.title, t.lead_units) for t in extraction.tasks] == tasks
    assert extraction.units == ["市甲局"]


def test_a_long_line_without_end_marks_is_read_in_linear_time() -> None:
    # Speed: the readable-document check tried every split of a line without 。 around each
    # character (a 2,000-character line took 13 s, 8,000 would take minutes); now one pass.
    import time

    text = (
        "某市人民政府关于印发方案的通知\n一、任务\n" + "(推进建设〔2031〕【甲】[乙]——" * 400 + "\n"
    )
    started = time.perf_counter()
    with pytest.raises(ExtractionError):
        extract_text(text, "table.txt")
    assert time.perf_counter() - started < 10
