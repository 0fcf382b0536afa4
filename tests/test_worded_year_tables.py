"""A task table whose year columns hold words, and task tables with single spaces between cells
(trial46, H1 and M2). Invented plans of 示范市 (tests/invented_plans.py), not the trial's.

H1: "任务 | 单位 | 2031年 | 2032年 | 2033年 | 牵头单位 | 配合单位" with a row of steps in words
    ("建设某平台 | — | 启动建设 | 完成主体工程 | 通过省级验收"): the 单位 column's "—" shifted the
    steps a year, 2032's step was lost, and asked of 2032 the bot answered 2031's step.
M2: the same table with single spaces between cells was not read, and its header row, its spaces
    dropped, became a milestone "2033年牵头单位配合单位" in /deadlines.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.service import QueryService

_TASK = "建设计量检测公共服务平台"
_STEPS = {
    date(2031, 12, 31): "启动建设",
    date(2032, 12, 31): "完成主体工程",
    date(2033, 12, 31): "通过省级验收",
}


def _rows(measure: str = "单位") -> list[list[str]]:
    return [
        ["任务", measure, "2031年", "2032年", "2033年", "牵头单位", "配合单位"],
        ["新增示范牌产品", "个", "12", "14", "15", "市计量所", "市工信局"],
        ["培育示范企业", "家", "8", "10", "12", "市标准院", "市商务局"],
        [_TASK, "—", *_STEPS.values(), "市计量所", "市发改委"],
    ]


def _plan(separator: str, measure: str = "单位", rows: list[list[str]] | None = None) -> str:
    table = "\n".join(separator.join(row) for row in (rows or _rows(measure)))
    return city_plan(
        "一、工作目标\n"
        "到2033年底,全市累计培育示范企业60家以上。\n"
        "二、任务分解表\n" + table + "\n"
        "三、保障措施\n"
        "(一)加强组织领导。市政府督查室每半年开展一次督查。\n"
    )


_LAYOUTS = [("\t", "单位"), (" ", "单位"), (" ", "计量单位"), ("\t", "计量单位"), (" | ", "单位")]


@pytest.mark.parametrize(("separator", "measure"), _LAYOUTS)
def test_words_under_year_columns_are_each_years_step_of_the_task(
    separator: str, measure: str
) -> None:
    extraction = extract_text(_plan(separator, measure), "plan.txt")
    steps = {m.due: m for m in extraction.milestones if _TASK in m.title}
    assert {due: m.title for due, m in steps.items()} == {
        due: f"{_TASK}:{step}" for due, step in _STEPS.items()
    }, [(m.title, m.due) for m in extraction.milestones]
    assert all(m.lead_units == ["市计量所"] for m in steps.values()), steps
    assert all(m.support_units == ["市发改委"] for m in steps.values()), steps


@pytest.mark.parametrize(("separator", "measure"), _LAYOUTS)
def test_a_header_row_is_never_a_fact(separator: str, measure: str) -> None:
    extraction = extract_text(_plan(separator, measure), "plan.txt")
    titles = [m.title for m in extraction.milestones] + [t.subject for t in extraction.targets]
    assert not any("牵头单位" in title or "配合单位" in title for title in titles), titles


@pytest.mark.parametrize(("separator", "measure"), _LAYOUTS)
def test_figures_of_a_single_spaced_table_are_read(separator: str, measure: str) -> None:
    extraction = extract_text(_plan(separator, measure), "plan.txt")
    products = {
        t.deadline: (t.value, t.unit, t.lead_units, t.support_units)
        for t in extraction.targets
        if t.subject == "新增示范牌产品"
    }
    assert products == {
        date(2031, 12, 31): (12, "个", ["市计量所"], ["市工信局"]),
        date(2032, 12, 31): (14, "个", ["市计量所"], ["市工信局"]),
        date(2033, 12, 31): (15, "个", ["市计量所"], ["市工信局"]),
    }, [(t.subject, t.value, t.deadline) for t in extraction.targets]


@pytest.mark.parametrize("separator", ["\t", " "])
def test_a_header_row_without_rows_states_nothing(separator: str) -> None:
    header = ["任务", "计量单位", "2031年", "2032年", "2033年", "牵头单位", "配合单位"]
    extraction = extract_text(_plan(separator, rows=[header]), "plan.txt")
    assert not extraction.milestones, [(m.title, m.due) for m in extraction.milestones]
    assert [t.value for t in extraction.targets] == [60], extraction.targets


def test_a_row_of_another_width_ends_a_single_spaced_table() -> None:
    # the line after the rows is prose with spaces in it: not a row, read as it was
    rows = [*_rows(), ["注:", "2032年底前", "完成", "全市", "示范站", "建设验收"]]
    extraction = extract_text(_plan(" ", rows=rows), "plan.txt")
    assert any(m.due == date(2032, 12, 31) and _TASK in m.title for m in extraction.milestones), (
        extraction.milestones
    )


def test_a_row_with_figures_and_words_under_the_years_is_no_step_row() -> None:
    # a figure under a year: the row is not read as steps of its task (left to the other readers)
    rows = [_rows()[0], ["建设示范站", "个", "启动建设", "3", "5", "市计量所", "市工信局"]]
    extraction = extract_text(_plan("\t", rows=rows), "plan.txt")
    assert not any(m.title.startswith("建设示范站:") for m in extraction.milestones)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("worded_years")
    with invented_plans_service(folder, _plan("\t")) as built:
        yield built


@pytest.mark.parametrize(("year", "step"), [(2031, "启动建设"), (2032, "完成主体工程")])
def test_a_year_of_the_task_is_answered_with_that_years_step(
    service: QueryService, year: int, step: str
) -> None:
    out = ask(service, f"示范市计量检测公共服务平台{year}年要做到什么?")
    answer = out.split("\n\n")[0]
    assert step in answer, out
    others = [other for other in _STEPS.values() if other != step]
    assert not any(other in answer for other in others), out


def test_a_name_and_year_header_without_a_serial_column_is_a_table() -> None:
    # "项目 | 2030年 | 2031年目标": read as prose, the header row was a milestone "| 2031年目标 |";
    # the unmarked year beside a marked goal column is where the goals start from
    text = city_plan(
        "一、主要指标\n"
        "项目 | 2030年 | 2031年目标 |\n"
        "新增示范站(个) | 10 | 12 |\n"
        "培育示范企业(家) | 30 | 35 |\n"
        "二、保障措施\n(一)加强组织领导。\n"
    )
    extraction = extract_text(text, "plan.txt")
    assert not extraction.milestones, [m.title for m in extraction.milestones]
    found = {(t.subject, t.value, t.deadline) for t in extraction.targets}
    assert found == {
        ("新增示范站", 12, date(2031, 12, 31)),
        ("培育示范企业", 35, date(2031, 12, 31)),
    }, found


def test_a_row_with_an_empty_cell_does_not_end_a_single_spaced_table() -> None:
    # fix65's leftover: the middle year of 培育示范企业 left blank (two spaces) ended the table,
    # and the rows after it were lost; the table now reads as the same table with tabs does
    rows = _rows()
    rows[2] = ["培育示范企业", "家", "8", "", "12", "市标准院", "市商务局"]
    spaced = extract_text(_plan(" ", rows=rows), "plan.txt")
    tabbed = extract_text(_plan("\t", rows=rows), "plan.txt")
    steps = {m.due: m.title for m in spaced.milestones if _TASK in m.title}
    assert steps == {due: f"{_TASK}:{step}" for due, step in _STEPS.items()}, steps
    assert [(t.subject, t.value, t.deadline) for t in spaced.targets] == [
        (t.subject, t.value, t.deadline) for t in tabbed.targets
    ]
