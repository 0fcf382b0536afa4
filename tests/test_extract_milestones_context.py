"""Milestones and recurring duties read from context (synthetic sentences)."""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text

PLAN = "青川市蓝天行动方案(2019-2020年)\n青川市人民政府\n2019年3月1日\n{body}\n"


def _milestones(body: str, head: str = PLAN) -> list[tuple[str, date | None]]:
    return [(m.title, m.due) for m in extract_text(head.format(body=body), "x.txt").milestones]


def test_the_lead_phrase_dates_a_numberless_achievement_among_targets() -> None:
    body = "到2020年,优良天数比例达到94%,六项基本指标均达到国家二级标准。"
    assert _milestones(body) == [("六项基本指标均达到国家二级标准", date(2020, 12, 31))]


def test_a_condition_clause_is_not_the_event() -> None:
    body = "到2020年,在来水水质保持优良的情况下,库区水质总体达到优良。"
    assert _milestones(body) == [("库区水质总体达到优良", date(2020, 12, 31))]


def test_a_year_that_names_a_list_or_title_is_no_deadline() -> None:
    body = "按照2019年重点工作任务分解表,推进工作。2019年度“质量标杆”荣誉称号已经评出。到2020年全面完成整治。"
    assert _milestones(body) == [("完成整治", date(2020, 12, 31))]


def test_zhongguo_after_a_year_is_not_mid_year() -> None:
    assert _milestones("到2020年中国名牌产品企业通过复评。") == [
        ("中国名牌产品企业通过复评", date(2020, 12, 31))
    ]


def test_a_month_without_a_year_takes_the_annual_plans_year() -> None:
    head = "青川市2024年重点工作分解方案\n青川市人民政府\n2024年1月5日\n{body}\n"
    body = "各牵头单位于2月29日前将细化方案报送县政府督查室。"
    assert _milestones(body, head) == [("细化方案报送县政府督查室", date(2024, 2, 29))]


def test_an_event_cut_off_at_the_end_of_the_text_is_not_read() -> None:
    body = "到2020年,全市新增名牌产品5个。到2030年,城市水源地水质达到或优于"
    assert _milestones(body) == []


def test_monthly_and_quarterly_labels_are_recurring_duties() -> None:
    text = PLAN.format(body="实行“月度盘点+季度研判”动态监管,到2020年新增名牌产品5个。")
    recurring = extract_text(text, "x.txt").recurring
    assert [(r.title, r.every) for r in recurring] == [
        ("月度盘点", "month"),
        ("季度研判", "quarter"),
    ]


def test_a_first_clause_closed_by_its_reached_state_is_an_aim_before_the_figures() -> None:
    """ "到2020年,空气质量明显改善,优良天数比例达到94%": the first clause has its subject and the
    state it reaches, so it is an aim of its own; "到2020年,全市城区,优良天数比例达到94%" keeps
    its first clause as the figure's subject (no milestone)."""
    body = "到2020年,空气质量明显改善,优良天数比例达到94%,重污染天数减少10天。"
    assert _milestones(body) == [("空气质量明显改善", date(2020, 12, 31))]
    assert _milestones("到2020年,全市城区,优良天数比例达到94%。") == []
