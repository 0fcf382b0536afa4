"""General forms of helper ext60 (issue 11: hold on plans nobody has seen). X60-1 (a one-year
plan's heading that is nothing but a part of the year, "一、第一季度", dating the steps under it)
was reverted: it dated a 全年 item by its quarter (attack60b H22, H27); its guards stay.

Every text here is a short synthetic text written for the rule in the style of annual work plans
of districts and counties of other provinces and sectors, not an excerpt of a corpus document;
place names and bodies are invented.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.records import Extraction

_HEAD = "岚山区2032年质量提升工作计划\n"
_TAIL = "岚山区人民政府办公室\n2032年1月5日\n"


def _extract(body: str, head: str = _HEAD) -> Extraction:
    return extract_text(head + body + _TAIL, "x.txt")


def _dues(body: str, head: str = _HEAD) -> dict[str, date | None]:
    return {m.title: m.due for m in _extract(body, head).milestones}


def test_a_time_heading_of_a_plan_of_several_years_dates_nothing() -> None:
    """Guard: in a three-year plan "第一季度" does not say which year."""
    head = "松禾市标准化发展三年行动计划(2031—2033年)\n"
    body = "到2033年,全市主导制定国家标准20项。\n一、第一季度\n1.制定全市标准化工作方案。\n"
    assert _extract(body, head).milestones == []


def test_an_item_with_its_own_time_keeps_it() -> None:
    """Guard: "5月底前完成…" under "(二)第二季度" is due by its own date, once."""
    dues = _dues("(二)第二季度\n1.5月底前完成品牌培育企业申报工作。\n")
    assert list(dues.values()) == [date(2032, 5, 31)]


def test_a_direction_under_a_time_heading_is_no_step() -> None:
    """Guard: "加强…宣传" names no step that is done by the quarter's end."""
    body = "全区新增省级名牌产品3个。\n一、第一季度\n1.加强质量强区宣传引导。\n"
    assert _extract(body).milestones == []


# --- X60-2: who pays, then no stacking, in one sentence ----------------------------------------

_RULES_HEAD = (
    "青石县人民政府办公室关于印发青石县农产品品牌建设奖励办法的通知\n"
    "一、对新获得中国驰名商标的企业,一次性奖励20万元。\n"
)
_RULES_TAIL = "青石县人民政府办公室\n2031年7月1日\n"


def _rules(body: str) -> Extraction:
    return extract_text(_RULES_HEAD + body + _RULES_TAIL, "x.txt")


def test_a_payer_clause_and_a_no_stacking_clause_are_two_conditions() -> None:
    """ "奖励资金由县财政统筹安排,同一企业…按最高额度奖励,不重复享受": the rule against stacking
    is a condition of its own (main read the whole sentence as one "other")."""
    found = [
        (c.kind, c.text)
        for c in _rules(
            "二、奖励资金由县财政统筹安排,同一企业同一年度获得多项奖励的,按最高额度奖励,不重复享受。\n"
        ).conditions
    ]
    assert found == [
        ("other", "奖励资金由县财政统筹安排"),
        ("no_stacking", "同一企业同一年度获得多项奖励的,按最高额度奖励,不重复享受"),
    ]


def test_a_payer_clause_alone_stays_one_other_condition() -> None:
    """Guard: "奖励资金由县财政统筹安排,列入年度预算" is one clause of kind other."""
    found = [
        (c.kind, c.text) for c in _rules("二、奖励资金由县财政统筹安排,列入年度预算。\n").conditions
    ]
    assert [kind for kind, _ in found] == ["other"]


# --- X60-3: bodies that check or pay ----------------------------------------------------------


def test_bodies_of_a_chain_of_checks_are_units() -> None:
    """ "经县商务局初审、县财政局复核后": both check the claim (main read neither)."""
    units = _rules("二、申报材料经县商务局初审、县财政局复核后,报县政府批准。\n").units
    assert {"县商务局", "县财政局"} <= set(units)


def test_a_body_paying_directly_is_a_unit() -> None:
    """ "奖励资金由县财政局直接拨付到企业": the adverb before the verb (main read no unit)."""
    assert "县财政局" in _rules("二、奖励资金由县财政局直接拨付到企业。\n").units


# --- X60-4: the year of rules for one year's programme ----------------------------------------


def test_rules_named_after_one_years_programme_are_that_years() -> None:
    """ "某县2032年农村电商平台项目补贴奖励细则(试行)": period 2032 (main: none)."""
    text = (
        "云岫县2032年农村电商平台项目补贴奖励细则(试行)\n"
        "一、对年网络销售额首次突破500万元的企业,一次性奖励3万元。\n"
        "云岫县电子商务工作领导小组办公室\n2032年9月7日\n"
    )
    assert extract_text(text, "x.txt").document.period == (2032, 2032)


def test_a_commendation_of_a_years_work_takes_no_period_from_its_title() -> None:
    """Guard: "某县2031年度…表彰…办法" looks back on the year; the title gives no period."""
    text = (
        "云岫县2031年度质量工作先进单位表彰奖励办法\n"
        "一、对获评质量工作先进单位的企业,每家奖励2万元。\n"
        "云岫县人民政府\n2032年2月7日\n"
    )
    assert extract_text(text, "x.txt").document.period != (2031, 2031)


# --- X60-6: a notice's window for applying or holding an activity ------------------------------

_CALL_HEAD = (
    "松禾市市场监督管理局关于开展2032年度松禾市质量标杆企业评选工作的通知\n"
    "各县(市、区)市场监管局:\n对评为质量标杆的企业,市政府给予每家20万元奖励。\n"
)
_CALL_TAIL = "松禾市市场监督管理局\n2032年3月1日\n"


def _windows(body: str) -> list[tuple[str, date | None, date | None]]:
    found = extract_text(_CALL_HEAD + body + _CALL_TAIL, "x.txt").milestones
    return [(m.title, m.start, m.due) for m in found]


def test_an_application_window_is_a_phase_from_its_first_to_its_last_day() -> None:
    """ "报名时间为2032年3月1日至3月31日" (main: nothing in a sentence), "活动时间为2032年4月至6月"."""
    assert _windows("请于规定时间内报名,报名时间为2032年3月1日至3月31日。\n") == [
        ("报名", date(2032, 3, 1), date(2032, 3, 31))
    ]
    assert _windows("二、活动时间为2032年4月至6月。\n") == [
        ("活动", date(2032, 4, 1), date(2032, 6, 30))
    ]


def test_a_heading_window_whose_last_day_leaves_its_year_ends_on_that_day() -> None:
    """ "一、报名时间:2032年3月1日至3月31日": main read it due on 1 March."""
    assert _windows("一、报名时间:2032年3月1日至3月31日。\n") == [
        ("报名时间", date(2032, 3, 1), date(2032, 3, 31))
    ]


def test_the_last_day_of_an_application_window_is_its_close() -> None:
    """ "申报截止日期为2032年5月20日", "申报时间:即日起至2032年5月20日止" (main: nothing)."""
    assert _windows("二、申报截止日期为2032年5月20日。\n") == [
        ("申报截止", None, date(2032, 5, 20))
    ]
    assert _windows("各地要高度重视,申报时间:即日起至2032年5月20日止。\n") == [
        ("申报截止", None, date(2032, 5, 20))
    ]


def test_a_window_word_before_a_date_without_a_span_or_close_dates_nothing_new() -> None:
    """Guard: "评审工作于2032年10月完成" is the step it was (no window read)."""
    assert _windows("二、评审工作于2032年10月完成。\n") == [
        ("评审工作完成", None, date(2032, 10, 31))
    ]
