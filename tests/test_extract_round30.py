"""Round 30 (issue 11): repeated duties, due dates and conditions as annual work plans and reward
rules commonly write them, each on a short INVENTED text (real place names, invented bodies, firms
and numbers; no excerpt of a corpus document).

- A cadence said as "一月一调度、一季一通报", "按月发布…", "实行季度点评制度" is a repeated duty;
  "按季度通报…" is one duty, not two.
- Reports listed by quarter ("将第一、第二、第三季度及全年…情况报送…") are a quarterly duty.
- "…进行督查,每季度通报一次": the duty reported takes what the clause before it names.
- A feast as a due date ("春节前完成…", "国庆节前…") in an annual plan is that year's feast.
- "同一企业仅可享受一次" is a rule against stacking rewards.
"""

from __future__ import annotations

from datetime import date

import pytest

from policybot.knowledge.extract import extract_text

ANNUAL_HEAD = "甲市2031年质量工作要点\n甲市人民政府办公室\n五、重点工作\n"
ANNUAL_TAIL = "\n甲市人民政府办公室\n2031年2月1日\n"


def _annual(body: str):  # type: ignore[no-untyped-def]
    return extract_text(ANNUAL_HEAD + body + ANNUAL_TAIL, "x.txt")


def test_one_per_period_cadences_are_repeated_duties() -> None:
    """ "一月一调度、一季一通报": each item is a duty repeated at its period."""
    duties = _annual("(六)坚持一月一调度、一季一通报,确保各项任务按期完成。").recurring
    assert sorted((d.every, d.title) for d in duties) == [
        ("month", "一月一调度"),
        ("quarter", "一季一通报"),
    ], duties


def test_one_per_period_needs_a_duty_word() -> None:
    """ "一年一个台阶" is a pace of progress, not a duty."""
    extraction = _annual("(六)坚持一年一个台阶,2031年底前完成全部验收工作。")
    assert not extraction.recurring, extraction.recurring


@pytest.mark.parametrize(
    ("body", "every", "words"),
    [
        ("(七)市统计局按月发布工业经济运行情况。", "month", "发布工业经济运行情况"),
        ("(七)市质量办按季度公布各县(区)质量工作考核结果。", "quarter", "公布"),
        ("(七)实行季度点评制度,确保任务落实。", "quarter", "季度点评"),
        ("(七)各县(区)按半年报送工作进展情况。", "half-year", "报送工作进展情况"),
    ],
)
def test_a_cadence_pacing_a_publication_or_a_review_is_a_repeated_duty(
    body: str, every: str, words: str
) -> None:
    (duty,) = _annual(body).recurring
    assert duty.every == every and words in duty.title, duty


def test_a_paced_report_is_one_duty_not_two() -> None:
    """ "按季度通报…" was read once with its body and once as the label "季度通报"."""
    duties = _annual("(十)按季度通报各县(区)工作进展情况。").recurring
    assert [(d.every, d.title) for d in duties] == [("quarter", "通报各县工作进展情况")], duties


def test_reports_listed_by_quarter_are_a_quarterly_duty() -> None:
    extraction = _annual(
        "(十)各牵头单位要于4月10日、7月10日、10月10日及次年1月10日前,将第一、第二、第三季度"
        "及全年工作完成情况报送市政府督查室。"
    )
    quarterly = [d for d in extraction.recurring if d.every == "quarter"]
    assert len(quarterly) == 1 and "工作完成情况" in quarterly[0].title, extraction.recurring
    assert "报送" in quarterly[0].title


def test_quarters_listed_date_nothing_by_themselves() -> None:
    """ "第一、第二、第三季度…情况" names the periods reported on: "第三季度" is no due date."""
    extraction = _annual(
        "(十)将第一、第二、第三季度及全年工作完成情况于次月5日前报送市政府督查室。"
    )
    assert not [m for m in extraction.milestones if m.due == date(2031, 9, 30)], (
        extraction.milestones
    )


def test_a_count_after_a_review_clause_names_what_is_reported() -> None:
    """ "市质监局负责定期对…进行督查,每季度通报一次": the quarterly duty is 通报 of what was
    reviewed."""
    duties = _annual("(十九)市质监局负责定期对各项工作进展情况进行督查,每季度通报一次。").recurring
    assert [(d.every, d.title) for d in duties] == [("quarter", "通报各项工作进展情况")], duties


@pytest.mark.parametrize(
    ("body", "due"),
    [
        # the plan is signed on 1 February 2031, after that year's feast: next winter's
        ("(一)春节前完成全市农民工工资清欠工作。", date(2032, 2, 10)),
        ("(一)国庆节前完成检验检测中心主体工程建设。", date(2031, 9, 30)),
        ("(一)五一前完成质量月活动方案制定。", date(2031, 4, 30)),
    ],
)
def test_a_feast_is_a_due_date_in_an_annual_plan(body: str, due: date) -> None:
    """The eve of the plan year's feast, or of the next year's if the plan was signed after it."""
    (milestone,) = _annual(body).milestones
    assert milestone.due == due and "完成" in milestone.title, milestone


def test_a_time_around_a_feast_is_no_due_date() -> None:
    """ "春节前后组织开展专项检查": around the feast, nothing falls due."""
    extraction = _annual("(十四)在春节前后组织开展安全生产专项检查,年底前完成整治。")
    assert [m.due for m in extraction.milestones] == [date(2031, 12, 31)], extraction.milestones


def test_a_feast_without_a_year_in_force_dates_nothing() -> None:
    """A plan of several years gives the feast no year."""
    extraction = extract_text(
        "甲市品牌建设三年行动计划(2031—2033年)\n甲市人民政府办公室\n五、重点工作\n"
        "(一)春节前完成全市质量工作会议筹备工作;到2033年,建成检验检测中心。" + ANNUAL_TAIL,
        "x.txt",
    )
    assert [m.due for m in extraction.milestones] == [date(2033, 12, 31)], extraction.milestones


RULES_HEAD = "甲市科技创新奖励办法\n第一条 对新认定的国家高新技术企业,奖励20万元。\n"
RULES_TAIL = "\n甲市人民政府\n2030年12月1日\n"


@pytest.mark.parametrize(
    "article",
    [
        "第二条 新纳入规上统计的企业,同一企业仅可享受一次。",
        "第二条 同一企业只能享受一次奖励。",
    ],
)
def test_only_once_per_firm_is_no_stacking(article: str) -> None:
    conditions = extract_text(RULES_HEAD + article + RULES_TAIL, "x.txt").conditions
    assert [c.kind for c in conditions] == ["no_stacking"], conditions


@pytest.mark.parametrize(
    ("heading", "start", "due"),
    [
        ("(二)集中整治阶段(5月至10月)", date(2031, 5, 1), date(2031, 10, 31)),
        ("一、动员部署阶段(3月上旬—4月底)", date(2031, 3, 1), date(2031, 4, 30)),
        ("(三)总结验收阶段(11月—12月中旬)", date(2031, 11, 1), date(2031, 12, 20)),
    ],
)
def test_a_phase_dated_by_months_in_an_annual_plan_is_a_milestone(
    heading: str, start: date, due: date
) -> None:
    extraction = _annual(f"{heading}\n全面开展质量安全隐患排查整治,建立问题清单。")
    phases = [(m.start, m.due) for m in extraction.milestones if "阶段" in m.title]
    assert phases == [(start, due)], extraction.milestones


def test_a_phase_dated_by_months_in_a_plan_of_several_years_dates_nothing() -> None:
    extraction = extract_text(
        "甲市品牌建设三年行动计划(2031—2033年)\n甲市人民政府办公室\n五、实施步骤\n"
        "(二)集中整治阶段(5月至10月)\n全面开展质量安全隐患排查整治;到2033年,建成检验检测中心。"
        + ANNUAL_TAIL,
        "x.txt",
    )
    assert [m.due for m in extraction.milestones] == [date(2033, 12, 31)], extraction.milestones


def test_a_report_handed_in_twice_a_year_is_a_half_yearly_duty() -> None:
    """ "于每年6月和12月底前分别报送半年和年度工作总结": half a year apart, every year."""
    duties = _annual("(十)各地于每年6月和12月底前分别报送半年和年度工作总结。").recurring
    assert [d.title for d in duties if d.every == "half-year"] == ["报送半年和年度工作总结"], duties


def test_two_dated_hand_ins_of_a_stated_year_are_no_repeated_duty() -> None:
    extraction = _annual("(十)各地于2031年6月和12月底前分别报送半年和年度工作总结。")
    assert not [d for d in extraction.recurring if d.every == "half-year"], extraction.recurring
