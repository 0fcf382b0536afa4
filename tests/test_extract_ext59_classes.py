"""General forms of helper ext59 (issue 11: hold on plans nobody has seen): units named as the
body in charge or working by its remit, a ceiling over a recipient named more closely, the year of
a document sharing out a government work report, and an item's label cut from a reward's
achievement.

Every text here is a short synthetic text written for the rule in the style of county plans and
reward rules of other provinces and sectors, not an excerpt of a corpus document; place names and
bodies are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.gazetteer import gazetteer
from policybot.knowledge.extract.metadata import extract_metadata
from policybot.knowledge.extract.records import Extraction
from policybot.knowledge.extract.units import units_in_prose

_HEAD = (
    "云岫县人民政府办公室关于印发云岫县林下经济奖补办法的通知\n"
    "各乡镇人民政府,县直各部门:\n"
    "一、对新发展林下种植100亩以上的经营主体,每亩奖补200元。\n"
)
_TAIL = "云岫县人民政府办公室\n2031年5月6日\n"


def _extract(body: str) -> Extraction:
    return extract_text(_HEAD + body + _TAIL, "x.txt")


# --- units -----------------------------------------------------------------------------------


def test_a_body_named_the_department_in_charge_of_the_rules_is_a_unit() -> None:
    """ "县林业局为本办法的主管部门": the body in charge of the rules."""
    assert "县林业局" in _extract("二、县林业局为本办法的主管部门,负责奖补资金的审核。\n").units


def test_a_body_named_the_one_carrying_the_work_out_is_a_unit() -> None:
    """ "第五条 县林草服务中心是项目的实施主体"."""
    units = _extract("第五条 县林草服务中心是林下经济示范项目的实施主体。\n").units
    assert "县林草服务中心" in units


def test_departments_working_by_their_remits_are_units() -> None:
    """ "县甲局、县乙局按照职责分工做好…": both departments do the work."""
    units = _extract("二、县乡村振兴局、县财政局按照职责分工做好奖补资金监管工作。\n").units
    assert {"县乡村振兴局", "县财政局"} <= set(units)


def test_bodies_of_every_kind_working_by_their_remits_name_no_unit() -> None:
    """Guard: "各乡镇、各有关部门要按照职责…" names no body by name."""
    units = _extract("二、各乡镇、各有关部门要按照职责分工抓好落实。\n").units
    assert not any(unit.startswith("各") for unit in units)


# --- conditions ------------------------------------------------------------------------------


def _conditions(body: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in _extract(body).conditions]


def test_a_ceiling_over_a_recipient_named_more_closely_is_an_overall_cap() -> None:
    """ "每个经营主体每年享受奖补总额最高不超过…", "单户农户累计…不超过…"."""
    assert _conditions("二、每个经营主体每年享受奖补总额最高不超过40万元。\n") == [
        ("overall_cap", "每个经营主体每年享受奖补总额最高不超过40万元")
    ]
    assert _conditions("二、单户农户累计获得奖补不超过1万元。\n") == [
        ("overall_cap", "单户农户累计获得奖补不超过1万元")
    ]


def test_a_rate_per_recipient_without_a_ceiling_is_no_cap() -> None:
    """Guard: "每户农户补助2000元" is a rate, not a ceiling."""
    kinds = [kind for kind, _ in _conditions("二、对改造庭院的农户,每户农户补助2000元。\n")]
    assert "overall_cap" not in kinds


# --- plan period -----------------------------------------------------------------------------

_WORK_REPORT = (
    "青梧市人民政府\n"
    "关于落实《政府工作报告》重点工作\n"
    "部门分工的意见\n"
    "青府发〔2031〕6号\n"
    "市政府各部门:\n"
    "为做好今年政府工作,现就《政府工作报告》确定的重点工作提出部门分工意见如下。\n"
    "一、全市地区生产总值增长6%左右。(市发展改革委牵头)\n"
    "青梧市人民政府\n"
    "2031年3月17日\n"
)


def test_a_work_report_shared_out_is_its_signing_years_plan() -> None:
    """The title, broken over two lines, names a government work report's work shared out; the
    year is the signing year's."""
    meta = extract_metadata("x.txt", _WORK_REPORT)
    assert meta.issued == date(2031, 3, 17)
    assert meta.period == (2031, 2031)


def test_a_work_report_shared_out_without_a_signing_date_takes_the_page_date() -> None:
    text = (
        "青梧市人民政府关于落实《政府工作报告》重点工作部门分工的意见\n"
        "发布时间: 2031-02-20 09:30\n"
        "市政府各部门:\n"
        "现就《政府工作报告》确定的重点工作提出部门分工意见如下。\n"
        "一、全市地区生产总值增长6%左右。(市发展改革委牵头)\n"
    )
    assert extract_metadata("x.txt", text).period == (2031, 2031)


def test_a_span_of_years_in_the_title_is_kept() -> None:
    """Guard: a title writing its years ("2031—2033年") is a plan of those years."""
    text = _WORK_REPORT.replace("部门分工的意见\n", "部门分工的意见(2031—2033年)\n", 1)
    assert extract_metadata("x.txt", text).period == (2031, 2033)


# --- rewards ---------------------------------------------------------------------------------


def _achievements(body: str) -> list[str]:
    return [reward.achievement for reward in _extract(body).rewards]


def test_an_items_heading_before_a_colon_is_no_part_of_the_achievement() -> None:
    """ "二、奖励标准:…的企业,奖励…": the item's heading is cut."""
    achievements = _achievements("二、奖励标准:林产品年销售额首次突破5000万元的企业,奖励8万元。\n")
    assert "林产品年销售额首次突破5000万元" in achievements


def test_a_rules_topic_before_a_colon_is_no_part_of_the_achievement() -> None:
    """ "二、支持品牌建设:获得…称号的,每个奖励…": the topic the item is filed under is cut."""
    achievements = _achievements("二、支持品牌建设:获得省级森林食品品牌称号的,每个奖励6万元。\n")
    assert "获得省级森林食品品牌称号" in achievements


# --- unit names and their verbs --------------------------------------------------------------


def test_items_run_together_keep_no_number_in_the_units_name() -> None:
    """ "(一)县甲局:负责…(二)县乙局:负责…" on one line: the numbers are no part of the names."""
    units = _extract(
        "二、(一)县发改局:负责示范项目立项审批。(二)县财政局:负责奖补资金拨付。\n"
    ).units
    assert {"县发改局", "县财政局"} <= set(units)
    assert not any(unit.startswith("(") for unit in units)


def test_a_persons_label_run_on_after_a_unit_is_cut() -> None:
    """ "(责任单位:县甲局 责任人:某某)" with its space lost."""
    units = _extract("二、推进林下道路改造。(责任单位:县交通运输局 责任人:王某)\n").units
    assert "县交通运输局" in units
    assert not any("责任人" in unit for unit in units)


def test_a_body_that_answers_specifically_for_its_work_leads_it() -> None:
    """ "县甲局具体负责…": the adverb before 负责 does not hide the body or enter the title."""
    extraction = _extract("二、县林业局具体负责林下经济示范基地的组织实施。\n")
    assert "县林业局" in extraction.units
    assert [(t.title, t.lead_units) for t in extraction.tasks] == [
        ("林下经济示范基地的组织实施", ["县林业局"])
    ]


def test_the_office_an_application_is_sent_to_for_review_after_another_report() -> None:
    """ "申报单位将材料报县甲局审核": the 报 of 申报 does not shadow the office after the second 报."""
    units = _extract("二、申报单位将材料报县林业局审核,审核结果在县政府网站公示。\n").units
    assert "县林业局" in units


# --- conditions of other kinds ---------------------------------------------------------------


def test_each_governments_share_of_the_money_by_sum_or_by_part() -> None:
    """ "市财政承担…,某某县财政承担…" (a payer named by its place), "省级财政补助60%,县级财政
    配套40%", "按省、县两级财政各承担50%的比例"."""
    assert _conditions("二、奖补资金市财政承担30万元,云岫县财政承担20万元。\n") == [
        ("other", "奖补资金市财政承担30万元,云岫县财政承担20万元")
    ]
    assert [k for k, _ in _conditions("二、所需资金由省级财政补助70%,县级财政配套30%。\n")] == [
        "other"
    ]
    assert [k for k, _ in _conditions("二、奖补资金按省、县两级财政各承担50%的比例筹集。\n")] == [
        "other"
    ]


def test_money_paid_once_the_work_passes_its_check() -> None:
    assert [k for k, _ in _conditions("二、示范项目经县林业局验收合格后拨付奖补资金。\n")] == [
        "other"
    ]


def test_how_many_one_nominator_may_put_forward_and_a_title_withdrawn_on_review() -> None:
    assert _conditions("二、每个乡镇每年推荐示范基地不超过2个。\n") == [
        ("other", "每个乡镇每年推荐示范基地不超过2个")
    ]
    assert [k for k, _ in _conditions("二、示范基地每三年复核一次,复核不合格的取消称号。\n")] == [
        "other"
    ]


def test_build_first_named_as_a_way_of_building_is_no_condition() -> None:
    """Guard: "推行先建后补等建设机制" says how works are built, not when rewards are paid."""
    assert _conditions("二、积极推行“先建后补”等建设机制,确保项目及早开工。\n") == []


# --- milestones ------------------------------------------------------------------------------


def test_the_year_of_the_meeting_that_adopted_the_rules_is_no_step() -> None:
    """ "…已经县人民政府2031年第5次常务会议通过": the year dates the meeting, nothing falls due."""
    text = (
        "云岫县林下经济奖补办法\n"
        "《云岫县林下经济奖补办法》已经县人民政府2031年第5次常务会议通过,现予印发。\n"
        "一、对新发展林下种植100亩以上的经营主体,每亩奖补200元。\n"
    )
    assert extract_text(text, "x.txt").milestones == []


# --- a body named with its city's or county's full name ----------------------------------------
# (the places are real entries of the gazetteer, as any document of that county would name them;
# the texts are invented)


@pytest.mark.skipif(not gazetteer(), reason="jionlp's gazetteer data is not installed")
def test_a_body_named_with_a_city_of_the_regions_province_is_a_unit() -> None:
    """A county's rules naming its city's bureau in full: "经湖州市财政局审核后拨付"."""
    prefixes = ["安吉县", "安吉", "县"]
    text = "二、奖补资金经湖州市财政局审核后拨付。"
    assert units_in_prose(text, prefixes, "安吉县") == ["湖州市财政局"]


@pytest.mark.skipif(not gazetteer(), reason="jionlp's gazetteer data is not installed")
def test_a_provinces_body_or_another_provinces_city_is_not() -> None:
    """Guard: the province's office certifying a title, a city of another province."""
    prefixes = ["安吉县", "安吉", "县"]
    text = "二、经浙江省市场监督管理局认定后给予奖励。\n三、外地项目经广州市商务局审核后拨付。\n"
    assert units_in_prose(text, prefixes, "安吉县") == []


def test_a_day_named_with_zhiqian_is_a_deadline_as_with_qian() -> None:
    """ "于4月15日之前报送", "6月底以前完成": 之前/以前 are 前."""
    text = (
        "云岫县林业局关于做好2031年林下经济统计工作的通知\n"
        "各乡镇人民政府:\n"
        "一、全县林下经济产值达到5亿元以上。\n"
        "二、各乡镇须在4月15日之前报送林下种植面积。\n"
        "三、各乡镇要在6月底以前完成示范基地建档。\n"
        "云岫县林业局\n2031年3月2日\n"
    )
    dues = {(m.title, m.due) for m in extract_text(text, "x.txt").milestones}
    assert ("报送林下种植面积", date(2031, 4, 15)) in dues
    assert ("完成示范基地建档", date(2031, 6, 30)) in dues


def test_a_rules_terms_are_read_though_no_sum_is() -> None:
    """ "一、扶持对象 / 本办法适用于…": a rule saying whom its support reaches has conditions even
    when its sums are left to a later standard (no reward read)."""
    text = (
        "云岫县人民政府关于发展林下经济的意见\n"
        "各乡镇人民政府,县直各部门:\n"
        "一、扶持对象\n"
        "本意见适用于在本县登记注册、从事林下种植养殖的合作社和家庭农场。\n"
        "二、扶持内容\n"
        "重点扶持林下中药材种植、林下养蜂等项目,具体标准另行制定。\n"
        "云岫县人民政府\n2031年3月2日\n"
    )
    extraction = extract_text(text, "x.txt")
    assert extraction.rewards == []
    assert [(c.kind, c.text) for c in extraction.conditions] == [
        ("scope", "本意见适用于在本县登记注册、从事林下种植养殖的合作社和家庭农场")
    ]


def test_departments_opening_a_clause_with_a_step_they_carry_out() -> None:
    """ "县科技局组织专家评审", "县财政局及时拨付…", "县发改局牵头,县财政局、县科技局配合"."""
    units = _extract(
        "二、县林业局组织专家对申报项目进行评审。\n"
        "三、县财政局及时拨付奖补资金。\n"
        "四、县发改局牵头,县统计局、县科技局配合。\n"
    ).units
    assert {"县林业局", "县财政局", "县发改局", "县统计局", "县科技局"} <= set(units)


def test_the_issuing_government_or_a_person_in_charge_is_no_unit() -> None:
    """Guard: "县政府组织…" (the issuer itself), "县林业局负责同志…" (a person)."""
    units = _extract(
        "二、县政府组织开展林下经济示范创建。\n三、会议由县林业局负责同志主持,县林业局负责人汇报。\n"
    ).units
    assert "县政府" not in units
    assert "县林业局" not in units
