"""General rules for the milestone classes that cost the validation split most at stop 49
(benchmarks.extraction_misses and aggregate counts; corpus/unseen/FAILURES.md "Stop 49: milestone
generality"): a bare year whose event names things and no step ("predicted, no gold
counterpart", M49-1), and month-only steps left undated in a text whose period was not read
("no predicted record with its anchor", M49-2).

Every text here is a short synthetic text written for the rule, not an excerpt of a corpus
document; places, years and figures are invented.
"""

from __future__ import annotations

from datetime import date

from policybot.knowledge.extract.pipeline import extract_text


def _milestones(sentence: str) -> list[tuple[str, date | None]]:
    text = f"青禾县2031年重点工作安排\n{sentence}\n全县新增高标准农田5000亩。\n"
    return [(record.title, record.due) for record in extract_text(text, "x.txt").milestones]


def test_a_bare_year_before_things_named_is_no_step() -> None:
    """M49-1: "2031年,县城北区的污水管网和泵站" names works, no verb says what is due by then."""
    assert _milestones("2031年,县城北区的污水管网和泵站。") == []
    assert _milestones("全县2031年,甲镇和乙镇的农贸市场。") == []


def test_a_bare_year_before_a_step_is_still_due() -> None:
    """M49-1 guards: a verb of doing, of reaching, or of putting into service keeps the step."""
    assert _milestones("2031年,县城污水处理厂二期投入运营。") == [
        ("县城污水处理厂二期投入运营", date(2031, 12, 31))
    ]
    assert _milestones("2031年,县城北区建成污水管网和泵站。") == [
        ("县城北区建成污水管网和泵站", date(2031, 12, 31))
    ]
    # attack51 M2: closing a plan's work is a step too
    assert _milestones("2033年:全面总结评估。") == [("总结评估", date(2033, 12, 31))]


def _campaign(opening: str) -> list[tuple[str, date | None]]:
    text = (
        f"青禾县环保专项行动工作方案\n{opening}\n"
        "各乡镇要于6月底前将自查情况报送县环保局,并于10月底前完成整改。\n"
        "全县新增污水管网40公里。\n"
    )
    return [(record.title, record.due) for record in extract_text(text, "x.txt").milestones]


def test_a_text_writing_one_year_dates_its_month_steps() -> None:
    """M49-2: no period, no 落款: the one year the text writes is the year of "6月底前"."""
    assert _campaign("为做好2031年环保专项行动,制定本方案。") == [
        ("自查情况报送县环保局", date(2031, 6, 30)),
        ("完成整改", date(2031, 10, 31)),
    ]


def test_a_text_writing_two_years_leaves_its_months_undated() -> None:
    """M49-2 guard: with two years written the months' year is unknown."""
    assert _campaign("在2030年工作的基础上,做好2031年环保专项行动。") == []
