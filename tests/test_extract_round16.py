"""Round 16: forms common in local-government plans, accepted in their variants (issue 11,
corpus/unseen/FAILURES.md "Round 16").

Every text here is a short synthetic text written for the rule (invented places, bodies and
numbers), not an excerpt of a corpus document.
"""

from __future__ import annotations

from datetime import date

import pytest

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.units import looks_like_unit, parse_unit_note

_HEADER = (
    "青禾县人民政府办公室关于印发青禾县全民健身工作方案的通知\n"
    "各乡镇人民政府,县直各单位:\n现将方案印发给你们,请认真贯彻执行。\n"
    "青禾县人民政府办公室\n2031年3月5日\n"
)


def _tasks(text: str) -> set[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return {
        (task.title, tuple(task.lead_units), tuple(task.support_units))
        for task in extract_text(text, "x.txt").tasks
    }


# --- units and tasks ---------------------------------------------------------------------------


def test_a_division_of_labour_item_labelled_by_its_body_is_a_task() -> None:
    text = _HEADER + (
        "一、职责分工\n"
        "(一)县体育局:负责全民健身工作的统筹协调和组织实施。\n"
        "(二)县财政局:牵头负责落实全民健身工作经费。\n"
        "3.县教育局:负责推进学校体育设施向社会开放。\n"
    )
    assert _tasks(text) == {
        ("全民健身工作的统筹协调和组织实施", ("县体育局",), ()),
        ("落实全民健身工作经费", ("县财政局",), ()),
        ("推进学校体育设施向社会开放", ("县教育局",), ()),
    }


@pytest.mark.parametrize(
    "body",
    [
        "责任部门:县甲局、县乙局,列第一位的为牵头单位",
        "责任单位:县甲局、县乙局。排在首位的为牵头单位",
        "责任单位:县甲局、县乙局(排名第一的为牵头单位)",
        "责任单位:县甲局、县乙局,其中县甲局为牵头单位",
        "县乙局、县甲局,县甲局牵头",
        "县甲局为牵头单位,县乙局为配合单位",
        "牵头单位为县甲局,配合单位为县乙局",
        "县甲局(牵头)、县乙局",
        "县甲局、县乙局(配合)",
        "县甲局(牵头),县乙局(配合)",
    ],
)
def test_a_note_says_who_of_its_list_leads_in_any_wording(body: str) -> None:
    note = parse_unit_note(body)
    assert note is not None
    assert (note.lead, note.support) == (["县甲局"], ["县乙局"])


def test_a_lead_remark_inside_a_note_is_no_unit() -> None:
    text = (
        _HEADER + "一、主要任务\n1.规范中介服务。(责任部门:县丙局、县丁局,列第一位的为牵头单位)\n"
    )
    result = extract_text(text, "x.txt")
    assert _tasks(text) == {("规范中介服务", ("县丙局",), ("县丁局",))}
    assert not [unit for unit in result.units if "第一" in unit]


def test_a_task_cell_that_builds_a_centre_is_no_unit_of_a_flattened_table() -> None:
    text = _HEADER + (
        "附件\n重点工作任务分解表\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
        "1\n推进城区污水管网改造\n县甲局\n县乙局、县丙局\n2031年10月底\n"
        "2\n建设县级物流配送中心\n县丁局\n县戊局\n2031年9月\n"
    )
    result = extract_text(text, "x.txt")
    assert "建设县级物流配送中心" not in result.units
    assert {
        (m.title, m.due.isoformat() if m.due else None, tuple(m.lead_units))
        for m in result.milestones
    } == {
        ("推进城区污水管网改造", "2031-10-31", ("县甲局",)),
        ("建设县级物流配送中心", "2031-09-30", ("县丁局",)),
    }


@pytest.mark.parametrize(
    "name", ["建设县级物流配送中心", "组建青禾县检测中心", "推进城区服务站建设"]
)
def test_a_work_on_a_body_is_no_body(name: str) -> None:
    assert not looks_like_unit(name)


@pytest.mark.parametrize("name", ["县建设局", "建设银行青禾支行", "青禾县住房和城乡建设局"])
def test_bodies_named_with_a_verb_stay_bodies(name: str) -> None:
    assert looks_like_unit(name)


# --- rewards -----------------------------------------------------------------------------------

_RULES = "青禾县促进产业发展奖励办法\n第一条 为促进产业发展,制定本办法。\n"
_SIGNED = "青禾县人民政府\n2031年5月1日\n"


def _rewards(text: str) -> set[tuple[str, float | None]]:
    return {(r.achievement, r.amount_yuan) for r in extract_text(text, "x.txt").rewards}


def test_a_bare_grade_takes_the_award_named_with_its_grades() -> None:
    text = _RULES + (
        "第五条 县甲乙创新奖分为一等奖、二等奖。一等奖奖励6万元,二等奖奖励3万元。\n"
        "第六条 青禾县丙丁成果奖设一等奖、二等奖。对获得一等奖的项目,奖励8万元;"
        "获得二等奖的项目,奖励4万元。\n" + _SIGNED
    )
    assert _rewards(text) == {
        ("县甲乙创新奖一等奖", 60000),
        ("县甲乙创新奖二等奖", 30000),
        ("青禾县丙丁成果奖一等奖", 80000),
        ("青禾县丙丁成果奖二等奖", 40000),
    }


def test_a_per_item_achievement_takes_the_clause_before_it() -> None:
    text = _RULES + "第二条 对列入省级以上重点项目的,每个项目奖励3万元。\n" + _SIGNED
    assert _rewards(text) == {("列入省级以上重点项目", 30000)}


def test_tiers_after_a_lead_with_a_colon_replace_its_general_word() -> None:
    text = _RULES + (
        "第二条 对新评定的星级农家乐给予奖励:五星级的,奖励7万元;四星级的,奖励4万元。\n" + _SIGNED
    )
    assert _rewards(text) == {("新评定的五星级农家乐", 70000), ("新评定的四星级农家乐", 40000)}


def test_a_tier_with_its_own_verb_keeps_it_and_takes_the_noun_before() -> None:
    text = _RULES + (
        "第二条 新获得国家AAAA级旅游景区的,奖励30万元;新获得AAA级的,奖励15万元。\n" + _SIGNED
    )
    assert _rewards(text) == {
        ("新获得国家AAAA级旅游景区", 300000),
        ("新获得AAA级旅游景区", 150000),
    }


# --- conditions and the numbers of a reward rule ------------------------------------------------


def test_shares_paid_out_and_sanction_spans_are_no_goals() -> None:
    text = _RULES + (
        "第二条 对首次上规的工业企业,奖励9万元。\n"
        "第三条 奖励资金分两年兑付,第一年兑付70%,第二年兑付30%。\n"
        "第四条 单个企业每年享受本办法奖励总额不超过其当年对县级财政贡献的45%。\n"
        "第五条 对弄虚作假骗取奖励资金的,收回奖励资金,三年内取消申报资格。\n" + _SIGNED
    )
    result = extract_text(text, "x.txt")
    assert result.targets == []
    assert result.milestones == []
    kinds = {c.kind for c in result.conditions}
    assert {"other", "overall_cap"} <= kinds


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("同一企业获得多项奖励的,不重复计算。", "no_stacking"),
        ("已享受上级奖励的,不再另行奖励。", "no_stacking"),
        ("同一事项符合多项政策的,按较高标准执行。", "no_stacking"),
        ("同一项目符合多个奖励条件的,取最高一项奖励。", "no_stacking"),
        ("市级奖励与县级奖励不可兼得。", "no_stacking"),
        ("同一企业符合多项条件的,择一享受。", "no_stacking"),
        ("与其他政策重叠的,按照“就高不就低”原则执行。", "no_stacking"),
        ("企业年度获得的各项奖励总和不超过其当年实缴税收县级留成部分。", "overall_cap"),
        ("奖励资金分三次拨付。", "other"),
    ],
)
def test_conditions_in_their_other_wordings(sentence: str, kind: str) -> None:
    text = _RULES + "第二条 对首次上规的工业企业,奖励9万元。\n第三条 " + sentence + "\n" + _SIGNED
    assert kind in {c.kind for c in extract_text(text, "x.txt").conditions}


def test_unit_notes_in_more_punctuations() -> None:
    text = _HEADER + (
        "一、主要任务\n"
        "1.深化甲项改革。(责任单位:县甲局/县乙局)\n"
        "2.推进乙项改革。【牵头单位】县丙局【配合单位】县丁局\n"
        "3.加强丙项保护,责任单位:县戊局;推进丁项转化,责任单位:县己局。\n"
        "4.加快推进戊项建设(牵头单位:县庚局,配合单位:县辛局),确保见到实效。\n"
    )
    assert _tasks(text) == {
        ("深化甲项改革", ("县甲局", "县乙局"), ()),
        ("推进乙项改革", ("县丙局",), ("县丁局",)),
        ("加强丙项保护", ("县戊局",), ()),
        ("推进丁项转化", ("县己局",), ()),
        ("加快推进戊项建设", ("县庚局",), ("县辛局",)),
    }


# --- targets -----------------------------------------------------------------------------------


def test_a_rate_written_without_its_percent_sign_is_a_percentage() -> None:
    text = "沛县现代农业发展规划(2031-2035年)\n一、到2035年,全县农业科技进步贡献率达到67,农民合作社达到900家。\n"
    found = {(t.value, t.unit) for t in extract_text(text, "x.txt").targets}
    assert found == {(67, "%"), (900, "家")}


def test_a_year_column_before_a_five_year_plan_is_its_baseline() -> None:
    text = (
        "沛县“十五五”现代农业发展规划\n一、主要指标\n"
        "| 序号 | 指标名称 | 单位 | 2025年 | 2030年 |\n"
        "| 1 | 粮食总产量 | 万吨 | 61 | 66 |\n"
        "| 2 | 农业机械化水平 | % | 83 | 91 |\n"
    )
    result = extract_text(text, "x.txt")
    assert result.document.period == (2026, 2030)
    assert {
        (t.value, t.unit, t.deadline.isoformat() if t.deadline else None) for t in result.targets
    } == {
        (66, "万吨", "2030-12-31"),
        (91, "%", "2030-12-31"),
    }


def test_a_measure_in_brackets_after_the_indicator_and_score_points() -> None:
    text = (
        "沛县生态建设规划(2031-2035年)\n"
        "一、到2035年,人均公园绿地面积(平方米)达到17,森林覆盖率(%)达到47,"
        "PM2.5年均浓度(微克/立方米)降至29,群众满意度达到93分。\n"
    )
    found = {(t.value, t.unit) for t in extract_text(text, "x.txt").targets}
    assert found == {(17, "平方米"), (47, "%"), (29, "微克/立方米"), (93, "分")}


@pytest.mark.parametrize("text", ["分别增长7%", "每5分钟", "3分类", "全县30分局"])
def test_fen_is_a_measure_only_where_the_word_ends(text: str) -> None:
    from policybot.knowledge.extract.numbers import find_quantities

    assert all(q.unit != "分" for q in find_quantities(text))


def test_a_sum_whose_yuan_was_left_out_is_still_a_reward() -> None:
    text = _RULES + "第二条 对首次上规的工业企业,奖励12万。\n第三条 每家补助4万;\n" + _SIGNED
    result = extract_text(text, "x.txt")
    assert ("首次上规", 120000) in _rewards(text)
    assert result.targets == []


def test_allowances_for_people_name_the_person_and_the_sum() -> None:
    text = (
        "青禾县引进高层次人才若干措施\n"
        "一、全职引进的硕士研究生,每人每月发放生活补贴1200元,连续发放3年。\n"
        "二、企业引进的高级技师,由县财政给予一次性补贴3万元。\n"
        "三、对全职引进的博士研究生,给予每人6万元安家补贴。\n"
    )
    assert _rewards(text) == {
        ("全职引进的硕士研究生", 1200),
        ("企业引进的高级技师", 30000),
        ("全职引进的博士研究生", 60000),
    }


# --- metadata ----------------------------------------------------------------------------------


def test_the_issuer_of_a_forwarded_document_is_not_the_forwarding_ones() -> None:
    from policybot.knowledge.extract.metadata import extract_metadata

    text = (
        "关于转发江苏省农业农村厅关于做好春耕生产工作的通知\n各镇人民政府,县直各单位:\n"
        "现将有关文件转发给你们,请结合我县实际,认真贯彻落实。\n"
    )
    meta = extract_metadata("x.txt", text)
    assert meta.issuer is None or "关于" not in meta.issuer
    assert meta.region is None or "关于" not in meta.region


@pytest.mark.parametrize(
    ("title", "region"),
    [
        ("沛县2031年工作计划", "沛县"),
        ("徐州市2031年重点工作", "徐州市"),
        ("睢宁县2031年度民生实事", "睢宁县"),
    ],
)
def test_a_title_opening_with_its_place_then_a_year_names_the_place(
    title: str, region: str
) -> None:
    from policybot.knowledge.extract.jurisdiction import region_from_title

    assert region_from_title(title) == region


@pytest.mark.parametrize(
    "date_line",
    ["2031.3.5", "2031-03-05", "2031/3/5", "2031年3月5日(此件公开发布)", "2031年3月5日星期三"],
)
def test_a_signing_date_in_other_forms_under_the_issuer(date_line: str) -> None:
    text = (
        "沛县人民政府办公室关于做好春耕生产工作的通知\n各镇人民政府,县直各单位:\n"
        "一、到2031年底,全县新增高标准农田5万亩。\n沛县人民政府办公室\n" + date_line + "\n"
    )
    assert extract_text(text, "x.txt").document.issued == date(2031, 3, 5)


def test_a_doc_number_with_di_before_its_serial() -> None:
    text = (
        "沛县人民政府办公室关于做好春耕生产工作的通知\n沛政办发〔2031〕第7号\n各镇人民政府,县直各单位:\n"
        "一、到2031年底,全县新增高标准农田5万亩。\n沛县人民政府办公室\n2031年3月5日\n"
    )
    assert extract_text(text, "x.txt").document.doc_number == "沛政办发〔2031〕第7号"


def test_a_division_of_labour_headed_by_each_body() -> None:
    text = _HEADER + (
        "四、职责分工\n(一)县甲局\n负责全民健身工作的统筹协调和组织实施。\n"
        "(二)县乙局\n负责落实全民健身工作经费。\n(三)各镇人民政府\n负责本辖区全民健身工作。\n"
    )
    assert _tasks(text) == {
        ("全民健身工作的统筹协调和组织实施", ("县甲局",), ()),
        ("落实全民健身工作经费", ("县乙局",), ()),
        ("本辖区全民健身工作", ("各镇人民政府",), ()),
    }


def test_the_issuers_own_government_heading_a_part_is_no_duty_list() -> None:
    text = (
        _HEADER
        + "一、到2032年,全县经常参加体育锻炼人数比例达到41%。\n五、县政府\n统筹推进全民健身工作。\n"
    )
    assert _tasks(text) == set()


def test_sums_per_class_after_qizhong_are_one_reward_each() -> None:
    text = _RULES + (
        "第二条 对高层次人才购买首套住房的,给予购房补贴,其中A类人才40万元、B类人才25万元。\n"
        + _SIGNED
    )
    assert _rewards(text) == {
        ("高层次人才购买首套住房的A类人才", 400000),
        ("高层次人才购买首套住房的B类人才", 250000),
    }


def test_a_change_on_last_year_is_a_goal_and_last_years_figure_is_not() -> None:
    text = (
        "沛县2031年工作计划\n一、固定资产投资较上年增长11%,单位GDP能耗比上年下降4%。\n"
        "二、去年全县地区生产总值比上年增长6%,今年力争增长8%。\n"
    )
    found = {(t.value, t.unit) for t in extract_text(text, "x.txt").targets}
    assert found == {(11, "%"), (4, "%"), (8, "%")}


def test_a_lead_then_a_comma_then_its_duty() -> None:
    text = _HEADER + (
        "三、由县壬局牵头,做好项目申报工作。\n四、由县癸局牵头,县子局、县丑局配合,开展专项整治。\n"
    )
    assert _tasks(text) == {
        ("做好项目申报工作", ("县壬局",), ()),
        ("开展专项整治", ("县癸局",), ("县子局", "县丑局")),
    }


@pytest.mark.parametrize("number", ["第十二条 ", "(二)", "2)", "二、", "2.", "3、"])
def test_a_per_item_achievement_drops_every_item_number_a_rule_drops(number: str) -> None:
    """The clause before 每个项目 loses its item number in each form _RULE's achievement does
    (one pattern for both)."""
    text = _RULES + f"{number}对列入省级以上重点项目的,每个项目奖励3万元。\n" + _SIGNED
    assert _rewards(text) == {("列入省级以上重点项目", 30000)}
