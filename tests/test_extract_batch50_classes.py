"""General rules for the failure classes first seen on batch 50's dev part (corpus/unseen/SOURCES.md,
"Batch 50"; FAILURES.md "Batch 50"): a plan whose work takes N years ("计划通过3年时间的努力") and
that writes no year of its span but is signed left without a period (B50-1); the title such a plan
says the place is to win in a later ;-part of the same sentence ("…;…,成功创建省级…示范县") not
dated (B50-2); a county bureau's sections and culture institutions ("文化宣传股", "文化馆") in a task
table's unit cells not read as units (B50-3).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; place names are invented.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.units import looks_like_unit

_DURATION_PLAN = (
    "各乡镇人民政府,县政府直属各单位:\n"
    "现将《青禾县建设“四美青禾”乡村行动实施方案》印发给你们,请认真组织实施。\n"
    "青禾县人民政府\n"
    "2031年2月10日\n"
    "青禾县建设“四美青禾”乡村行动实施方案\n"
    "一、工作目标\n"
    "围绕建设目标,坚持政府主导、各方参与,计划通过3年时间的努力,全面整治村庄周边环境,完善基础"
    "设施建设;大力开展美丽庭院建设,成功创建省级生态文明建设示范县。\n"
)


def test_a_signed_plan_of_n_years_runs_them_from_its_year() -> None:
    """B50-1: "计划通过3年时间" under a 2031 落款, no year of the span written: 2031–2033."""
    assert extract_text(_DURATION_PLAN, "x.txt").document.period == (2031, 2033)


def test_a_plan_writing_its_span_keeps_it() -> None:
    """B50-1 guard: a horizon the plan writes ("到2032年底") ends its period, not the N years."""
    text = _DURATION_PLAN.replace("计划通过3年时间的努力", "到2032年底,计划通过3年时间的努力")
    assert extract_text(text, "x.txt").document.period == (2031, 2032)


def test_the_title_a_later_part_wins_is_due_at_the_span_end() -> None:
    """B50-2: "…;…,成功创建省级…示范县" after "通过3年时间": a milestone due 2033-12-31."""
    milestones = extract_text(_DURATION_PLAN, "x.txt").milestones
    won = [m for m in milestones if "示范县" in m.title]
    assert len(won) == 1
    assert won[0].title == "成功创建省级生态文明建设示范县"
    assert won[0].due == date(2033, 12, 31)


def test_a_later_part_without_a_title_to_win_gives_no_milestone() -> None:
    """B50-2 guard: a later part that only works ("大力开展美丽庭院建设") is no milestone."""
    text = _DURATION_PLAN.replace(",成功创建省级生态文明建设示范县", "")
    assert not extract_text(text, "x.txt").milestones


def test_bureau_sections_and_culture_institutions_are_units() -> None:
    """B50-3: "文化宣传股", "旅游股", "文化馆", "图书馆" name bodies a county table charges."""
    for name in ("文化宣传股", "旅游股", "文化馆", "县图书馆"):
        assert looks_like_unit(name), name


def test_work_on_an_institution_is_no_unit() -> None:
    """B50-3 guard: building or upgrading a library is work, not a body."""
    assert not looks_like_unit("建设县级公共图书馆")
    assert not looks_like_unit("改扩建城区文化馆")
