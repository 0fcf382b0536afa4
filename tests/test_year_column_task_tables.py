"""Task tables of figures and steps under year columns, uploaded alone (trial47). Invented plans
of 样岭市 and 样川县, not the trial's.

H1: a tab table whose plan states no period: asked of a year its columns set a figure for, the
    bot said the county had nothing of that year (the year was nowhere in its sentences).
M2: a row of steps under the year columns, one of which counts what it builds ("建成1个"),
    gave no milestone in any layout (the count sent the row to the figure readers, which read
    none); asked of the middle year, the bot listed the last year's step as well.
H1: the one-cell-a-line table's 规上企业采标率 asked of a year: the question was read in the
    glossary's long words (采用国际标准…比率), which the row's label does not write, so no fact.
L3: a tab table whose first line is its title showed 标题:未识别, and a plan of year columns
    规划期:未识别 though its columns run from the first year to the last.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from invented_plans import ask, invented_plans_service
from policybot.knowledge.extract.pipeline import extract_text

_NOTICE = (
    "样岭市人民政府办公室关于印发样岭市计量工作任务分解表的通知\n"
    "样政办发〔2031〕7号\n样岭市人民政府办公室\n2031年4月8日\n样岭市计量工作任务分解表\n"
)
_HEADER = ["序号", "任务", "单位", "2031年", "2032年", "2033年", "牵头单位", "配合单位"]
_TASK = "建设计量测试中心"
_STEPS = {
    date(2031, 12, 31): "完成选址论证",
    date(2032, 12, 31): "建成1个",
    date(2033, 12, 31): "通过省级考核",
}
_ROWS = [
    ["1", "新增社会公用计量标准", "项", "4", "6", "9", "市市场监管局", "市科技局"],
    ["2", _TASK, "个", *_STEPS.values(), "市发改委", "市市场监管局"],
]


def _city_plan(layout: str) -> str:
    rows = [_HEADER, *_ROWS]
    if layout == "line":
        return _NOTICE + "\n".join(cell for row in rows for cell in row) + "\n"
    separator = {"tab": "\t", "spaces": "  "}[layout]
    return _NOTICE + "\n".join(separator.join(row) for row in rows) + "\n"


_COUNTY_PLAN = (
    "样川县品质提升年度任务表\n样川政办〔2031〕5号\n样川县人民政府办公室 2031年6月2日\n"
    "序号\t指标\t计量单位\t2031年\t2032年\t牵头单位\t配合单位\n"
    "1\t新增示范计量器具\t台\t7\t11\t县市场监管局\t县经信局\n"
    "2\t新增计量服务站\t个\t2\t4\t县市场监管局\t县科技局\n"
    "3\t规上企业采标率\t%\t55\t65\t县经信局\t县市场监管局\n"
)


@pytest.mark.parametrize("layout", ["tab", "spaces", "line"])
def test_words_under_year_columns_are_each_years_step_in_every_layout(layout: str) -> None:
    extraction = extract_text(_city_plan(layout), "plan.txt")
    steps = {m.due: m for m in extraction.milestones if _TASK in m.title}
    assert {due: m.title for due, m in steps.items()} == {
        due: f"{_TASK}:{step}" for due, step in _STEPS.items()
    }
    assert all(m.lead_units == ["市发改委"] for m in steps.values())
    # the count in a step is what it builds, no goal of a bare verb (建成 1个)
    assert not [t for t in extraction.targets if t.subject == "建成"]
    assert {t.value for t in extraction.targets if "计量标准" in t.subject} == {4, 6, 9}


@pytest.mark.parametrize("layout", ["tab", "line"])
def test_year_columns_give_the_period_of_a_plan_stating_none(layout: str) -> None:
    assert extract_text(_city_plan(layout), "plan.txt").document.period == (2031, 2033)


def test_a_task_tables_first_line_is_its_title() -> None:
    extraction = extract_text(_COUNTY_PLAN, "plan.txt")
    assert extraction.document.title == "样川县品质提升年度任务表"
    assert extraction.document.period == (2031, 2032)
    assert not any("标题" in warning or "规划期限" in warning for warning in extraction.warnings)


def test_a_year_its_columns_set_a_figure_for_is_answered(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, _COUNTY_PLAN) as service:
        reply = ask(service, "样川县2032年新增示范计量器具多少台")
    assert "答: 11台" in reply, reply
    assert "没有2032年" not in reply


def test_a_middle_years_step_is_that_years_only(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, _city_plan("line")) as service:
        reply = ask(service, "样岭计量测试中心2032年要干啥")
    assert "建成1个" in reply, reply
    assert "通过省级考核" not in reply and "完成选址论证" not in reply


def test_a_glossary_term_a_rows_label_writes_is_asked_as_written(tmp_path: Path) -> None:
    with invented_plans_service(tmp_path, _COUNTY_PLAN) as service:
        reply = ask(service, "样川县2032年规上企业采标率要多少")
    assert "答: 65%" in reply, reply
