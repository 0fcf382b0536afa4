"""General forms of helper ext60 (issue 11: hold on plans nobody has seen): in a one-year work
plan, a heading that is nothing but a part of the year ("一、第一季度", "(二)下半年", "三、4—6月",
"(一)3月份") dates the steps listed under it (X60-1).

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


def test_items_under_a_quarter_heading_are_due_at_the_quarter_end() -> None:
    """ "一、第一季度" / "1.制定…": due 31 March, with the item's unit note."""
    found = _extract(
        "一、第一季度\n1.制定全区质量提升工作方案,印发实施。(区市场监管局)\n"
        "二、第二季度\n2.组织开展质量管理体系认证培训。(区工信局)\n"
    ).milestones
    dues = {m.title: (m.due, m.lead_units) for m in found}
    assert dues["制定全区质量提升工作方案,印发实施"] == (date(2032, 3, 31), ["区市场监管局"])
    assert dues["组织开展质量管理体系认证培训"] == (date(2032, 6, 30), ["区工信局"])


def test_items_under_a_half_year_heading_are_due_at_its_end() -> None:
    """ "(一)上半年" / "(二)下半年": 30 June and 31 December."""
    dues = _dues(
        "一、工作安排\n(一)上半年\n1.完成全区农产品品牌目录编制。\n"
        "(二)下半年\n2.举办农产品品牌推介会。\n"
    )
    assert dues["完成全区农产品品牌目录编制"] == date(2032, 6, 30)
    assert dues["举办农产品品牌推介会"] == date(2032, 12, 31)


def test_paragraphs_under_a_month_range_or_month_heading_are_due_at_its_last_month() -> None:
    """ "一、1—3月" over numbered items, "(一)9月份" over a plain paragraph."""
    assert _dues("一、1—3月\n1.召开全区质量工作会议,部署全年工作。\n")[
        "召开全区质量工作会议,部署全年工作"
    ] == (date(2032, 3, 31))
    assert _dues("(一)9月份\n组织开展质量月系列活动。\n")["组织开展质量月系列活动"] == date(
        2032, 9, 30
    )


def test_a_time_heading_ends_at_the_next_heading_of_its_level() -> None:
    """Guard: items under "三、保障措施" after the quarter's section take no quarter's date."""
    found = _extract(
        "一、第一季度\n1.制定全区质量提升工作方案。\n二、保障措施\n1.组织开展督查考核。\n"
    ).milestones
    assert [m.title for m in found] == ["制定全区质量提升工作方案"]


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
