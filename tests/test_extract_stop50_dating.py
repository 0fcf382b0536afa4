"""Stop 50's dating convention (corpus/unseen/FAILURES.md "Stop 50 — dating convention", D50), on
invented text: a figure or a month-only step that states no time of its own takes the plan's period
end, else the document's own year (its signing date or its own doc number's year; SCHEMA.md
"Where no deadline is written, the deadline is the plan's end year"); it stays undated only when
the document gives no year of its own (attack51 M5: stage headings "(7月底前)" of a plan whose only
year is its signing year were left undated).

Every text is a short synthetic text written for the rule; places, years and figures are invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from policybot.knowledge.extract.pipeline import extract_text

_SIGNED = "青禾县人民政府办公室\n2031年6月2日\n"


def _deadlines(text: str) -> dict[float, date | None]:
    return {record.value: record.deadline for record in extract_text(text, "x.txt").targets}


def _milestones(text: str) -> list[tuple[str, date | None, date | None]]:
    return [
        (record.title, record.start, record.due)
        for record in extract_text(text, "x.txt").milestones
    ]


def test_an_opinion_signed_in_a_year_dates_its_undated_figures_at_that_years_end() -> None:
    """D50-3: a 若干意见 with no period and no other year of its own plans for its signing year."""
    text = (
        "青禾县人民政府办公室关于推进蔬菜保供工作的若干意见\n"
        "青府办发〔2031〕12号\n"
        "一、总体目标\n"
        "全县蔬菜生产总量达到300万吨,农产品抽检合格率保持在98%以上。\n"
        "二、主要措施\n"
        "新建标准化蔬菜基地20个。(责任单位:县农业局)\n" + _SIGNED
    )
    assert _deadlines(text) == {
        300: date(2031, 12, 31),
        98: date(2031, 12, 31),
        20: date(2031, 12, 31),
    }


def test_a_notice_dated_only_by_its_own_doc_number() -> None:
    """D50-3: no 落款 date, the document's own number 〔2031〕 gives its year."""
    text = (
        "青禾市人民政府办公室关于推进蔬菜保供工作的若干意见\n"
        "青府办发〔2031〕12号\n"
        "一、总体目标\n"
        "全市蔬菜生产总量达到300万吨。\n"
    )
    result = extract_text(text, "x.txt")
    assert [record.deadline for record in result.targets] == [date(2031, 12, 31)]
    assert any("2031年" in warning and "年底" in warning for warning in result.warnings)


@pytest.mark.parametrize(
    "text",
    [
        # no year at all
        "青禾县关于推进品牌建设的意见\n一、目标\n培育知名品牌12个。\n",
        # a page's publication date is chrome, not the document's year
        "青禾市品牌培育行动计划\n日期:2031-03-06\n培育12个具有国际影响力的品牌。\n",
        # the year of a document it cites is that document's
        "为贯彻落实《省人民政府办公厅关于打造特色品牌的实施意见》(青府办函〔2031〕55号),"
        "制定本方案。\n一、总体目标\n打造12个左右特色品牌精品。\n",
    ],
)
def test_a_document_with_no_year_of_its_own_leaves_its_figures_undated(text: str) -> None:
    """D50-4 guards: no own year, no deadline."""
    assert _deadlines(text) == {12: None}


def test_a_past_year_does_not_date_a_plan() -> None:
    """D50-4 guard: "对2030年已达标的…" looks back; the plan's month-only step stays undated."""
    text = (
        "青禾市文明城市创建行动方案\n"
        "对2030年已达标的街镇进行提档升级,提档升级街镇比例达到50%以上。6月底前制定整治方案。\n"
    )
    result = extract_text(text, "x.txt")
    assert [record.deadline for record in result.targets] == [None]
    assert result.milestones == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the period's end comes before the signing year
        ("青禾县质量提升三年行动方案(2031—2033年)\n全县新建农村公路100公里。\n" + _SIGNED, 2033),
        # so does the horizon the goals are stated for
        (
            "青禾县农村公路建设方案\n到2033年,全县新建农村公路150公里。全县改造危桥100座。\n"
            + _SIGNED,
            2033,
        ),
    ],
)
def test_a_stated_end_comes_before_the_signing_year(text: str, expected: int) -> None:
    assert set(_deadlines(text).values()) == {date(expected, 12, 31)}


def test_stage_headings_with_months_only_are_dated_in_the_signing_year() -> None:
    """attack51 M5: a plan whose only year is its signing year, stage headings "(7月底前)"."""
    text = (
        "青禾县农村人居环境整治攻坚行动方案\n"
        "为改善农村人居环境,制定本方案。\n"
        "一、工作步骤\n"
        "(一)动员部署阶段(7月底前)。各乡镇制定实施方案,召开动员大会。\n"
        "(二)集中整治阶段(9月底前)。各乡镇完成村庄垃圾清理。\n"
        "(三)验收总结阶段(11月底前)。县整治办组织验收。\n" + _SIGNED
    )
    dues = [(start, due) for _, start, due in _milestones(text)]
    assert dues == [
        (None, date(2031, 7, 31)),
        (None, date(2031, 9, 30)),
        (None, date(2031, 11, 30)),
    ]


def test_a_month_range_stage_heading_in_a_signed_plan() -> None:
    """D50-3: "(8月—10月)" in a plan signed in 2031 naming no other year is a phase of 2031."""
    text = (
        "青禾县秸秆禁烧专项行动方案\n"
        "一、工作步骤\n"
        "(一)集中整治阶段(8月—10月)。各乡镇开展巡查。\n" + _SIGNED
    )
    assert [(start, due) for _, start, due in _milestones(text)] == [
        (date(2031, 8, 1), date(2031, 10, 31))
    ]


def test_a_month_only_step_and_figure_in_a_signed_plan() -> None:
    """attack51 M5: "9月底前完成…" is a milestone of the signing year; a figure its part opens
    with a month ("8月底前新建公厕30座") is due that month, another at the year's end."""
    text = (
        "青禾县农村人居环境整治方案\n"
        "一、主要任务\n"
        "9月底前完成村庄垃圾清理。8月底前新建公厕30座。全县改造农户厕所500户。\n" + _SIGNED
    )
    assert (date(2031, 9, 30)) in [due for _, _, due in _milestones(text)]
    assert _deadlines(text) == {30: date(2031, 8, 31), 500: date(2031, 12, 31)}


def test_a_plan_of_several_years_leaves_a_month_alone_undated() -> None:
    """Guard: "(7月底前)" in a plan of 2031—2033 names no year; no phase is guessed."""
    text = (
        "青禾县质量提升三年行动方案(2031—2033年)\n"
        "全县新建农村公路100公里。\n"
        "一、工作步骤\n"
        "(一)动员部署阶段(7月底前)。各乡镇制定实施方案。\n" + _SIGNED
    )
    assert not any(title.startswith("动员部署阶段") for title, _, _ in _milestones(text))
