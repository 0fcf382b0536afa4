"""A goal sentence whose clauses each open with their own year, and a task table of yearly
figures (trial45, H1-H3). Invented plans of 示范市 (tests/invented_plans.py), not the trial's.

H1: "2031年,全市新增示范牌产品15个;2032年新增19个;2033年新增24个。" asked of 2032 answered 19个 with
    the caveat "文件写的是到2031年的数字": each clause's own year dates its figure.
H2: the later clauses ("2032年新增19个") kept only their verb as subject ("新增"); they count
    what the first clause counts ("新增示范牌产品").
H3: "序号 任务 2031年 2032年 2033年 牵头单位 配合单位" with the unit in the task cell ("建设计量示范站(个)")
    and bare figures under the years was read as goals without a subject and lost; so were the
    year cells of a table with a separate 单位 column under a 任务 (not 指标名称) header.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.extract.records import TargetRecord
from policybot.knowledge.passages import PassageText
from policybot.knowledge.service import QueryService
from policybot.knowledge.stated_dates import governing_date, own_date
from policybot.knowledge.unread_lines import unread_lines

SENTENCE = "2031年,全市新增示范牌产品15个;2032年新增19个;2033年新增24个。"

# the one table in the three layouts a copy gives it: single spaces, tabs, bars, one cell a line
_HEAD = ["序号", "任务", "2031年", "2032年", "2033年", "牵头单位", "配合单位"]
_ROWS = [
    ["1", "建设计量示范站(个)", "4", "6", "7", "市计量所", "市工信局、各县(区)人民政府"],
    ["2", "培育标准化示范企业(家)", "10", "12", "15", "市标准院", "市商务局"],
]


def _table(layout: str) -> str:
    rows = [_HEAD, *_ROWS]
    if layout == "spaces":
        return "\n".join(" ".join(row) for row in rows)
    if layout == "tabs":
        return "\n".join("\t".join(row) for row in rows)
    if layout == "bars":
        return "\n".join("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(cell for row in rows for cell in row)  # one cell per line


def _plan_with_table(table: str) -> str:
    return city_plan(
        "一、工作目标\n"
        "到2033年底,全市累计培育示范企业60家以上。\n"
        "二、重点任务分解表\n" + table + "\n"
        "三、保障措施\n"
        "(一)加强组织领导。市政府督查室每半年开展一次督查。\n"
    )


def _yearly(
    extraction_targets: list[TargetRecord], subject: str
) -> dict[date | None, tuple[float, str | None, list[str], list[str]]]:
    return {
        t.deadline: (t.value, t.unit, t.lead_units, t.support_units)
        for t in extraction_targets
        if t.subject == subject
    }


# --- H2: a later clause that repeats only the verb -----------------------------------------


def test_a_later_clause_repeating_only_the_verb_counts_what_the_first_counts() -> None:
    extraction = extract_text(city_plan("一、工作目标\n" + SENTENCE + "\n"), "plan.txt")
    found = {t.value: (t.subject, t.deadline) for t in extraction.targets}
    assert found[15] == ("全市新增示范牌产品", date(2031, 12, 31)), found
    assert found[19] == ("新增示范牌产品", date(2032, 12, 31)), found
    assert found[24] == ("新增示范牌产品", date(2033, 12, 31)), found


def test_a_bare_verb_of_another_measure_keeps_its_own_subject() -> None:
    # "建成" is no verb of the first clause: nothing is carried over
    text = city_plan("一、工作目标\n2031年,全市新增示范牌产品15个;2032年建成示范园3个。\n")
    subjects = {t.value: t.subject for t in extract_text(text, "plan.txt").targets}
    assert subjects[3] != "新增示范牌产品", subjects


# --- H1: each clause's own year dates its figure -------------------------------------------


def test_a_clause_opening_with_its_year_is_dated_by_it() -> None:
    assert own_date("2032年新增19个") is not None
    assert own_date("2032年新增19个").words == "2032年"  # type: ignore[union-attr]
    assert own_date("新增19个") is None
    assert own_date("比2031年增长10%") is None  # a base year, not the clause's date
    passage = PassageText(
        text=SENTENCE,
        section="工作目标",
        heading=None,
        lead_units=(),
        support_units=(),
        start=0,
        paragraph_start=0,
        years=frozenset({2031, 2032, 2033}),
    )
    stated = governing_date([passage], "2032年新增19个")
    assert stated is not None and stated.first == stated.last == 2032, stated
    # a clause without a date of its own still takes the last one before it
    semicolons = "到2033年底,新增示范牌产品30个;新增品牌示范园3个以上。"
    before = governing_date([replace(passage, text=semicolons)], "新增品牌示范园3个以上")
    assert before is not None and before.words == "到2033年底", before


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    plan = city_plan("一、工作目标\n" + SENTENCE + "\n")
    with invented_plans_service(tmp_path_factory.mktemp("yearly_clauses"), plan) as service:
        yield service


@pytest.mark.parametrize(("year", "figure"), [(2032, "19个"), (2033, "24个")])
def test_a_later_years_figure_is_answered_without_another_years_caveat(
    service: QueryService, year: int, figure: str
) -> None:
    out = ask(service, f"示范市{year}年新增示范牌产品多少个")
    assert figure in out, out
    assert "当年的" not in out, out
    assert "到2031年" not in out, out


# --- H3: a task table of yearly figures, its unit in the task cell --------------------------


@pytest.mark.parametrize("layout", ["spaces", "tabs", "bars", "cells"])
def test_a_task_table_of_yearly_figures_is_read_in_every_layout(layout: str) -> None:
    extraction = extract_text(_plan_with_table(_table(layout)), "plan.txt")
    stations = _yearly(extraction.targets, "建设计量示范站")
    assert stations == {
        date(2031, 12, 31): (4, "个", ["市计量所"], ["市工信局", "各县(区)人民政府"]),
        date(2032, 12, 31): (6, "个", ["市计量所"], ["市工信局", "各县(区)人民政府"]),
        date(2033, 12, 31): (7, "个", ["市计量所"], ["市工信局", "各县(区)人民政府"]),
    }, (layout, [(t.subject, t.value) for t in extraction.targets])
    firms = _yearly(extraction.targets, "培育标准化示范企业")
    assert {d: v[0] for d, v in firms.items()} == {
        date(2031, 12, 31): 10,
        date(2032, 12, 31): 12,
        date(2033, 12, 31): 15,
    }, layout
    assert all(v[1] == "家" and v[2] == ["市标准院"] for v in firms.values()), firms


def test_a_task_header_with_a_unit_column_keeps_its_year_cells() -> None:
    table = (
        "序号\t任务\t单位\t2031年\t2032年\t2033年\t牵头单位\t配合单位\n"
        "1\t建设计量示范站\t个\t4\t6\t7\t市计量所\t市工信局\n"
    )
    extraction = extract_text(_plan_with_table(table), "plan.txt")
    stations = _yearly(extraction.targets, "建设计量示范站")
    assert {d: (v[0], v[1], v[2]) for d, v in stations.items()} == {
        date(2031, 12, 31): (4, "个", ["市计量所"]),
        date(2032, 12, 31): (6, "个", ["市计量所"]),
        date(2033, 12, 31): (7, "个", ["市计量所"]),
    }, [(t.subject, t.value) for t in extraction.targets]


@pytest.mark.parametrize("name", ["项目", "工作内容", "名称", "指标"])
def test_other_names_of_the_name_column_are_read(name: str) -> None:
    table = f"序号\t{name}\t2031年\t2032年\t2033年\n1\t建设计量示范站(个)\t4\t6\t7\n"
    extraction = extract_text(_plan_with_table(table), "plan.txt")
    stations = _yearly(extraction.targets, "建设计量示范站")
    assert {d: v[0] for d, v in stations.items()} == {
        date(2031, 12, 31): 4,
        date(2032, 12, 31): 6,
        date(2033, 12, 31): 7,
    }, (name, [(t.subject, t.value) for t in extraction.targets])


def test_a_row_restating_a_body_figure_lends_it_its_units() -> None:
    # the body states 2031's figure; the table's row repeats it with its lead and support units
    body = "一、工作目标\n2031年,全市建设计量示范站4个;2032年建设6个。\n二、重点任务分解表\n"
    text = city_plan(body + _table("tabs") + "\n三、保障措施\n(一)加强组织领导。\n")
    extraction = extract_text(text, "plan.txt")
    first = [t for t in extraction.targets if t.value == 4 and t.unit == "个"]
    assert len(first) == 1, [(t.subject, t.quote) for t in first]
    assert first[0].lead_units == ["市计量所"], first[0]
    assert first[0].support_units == ["市工信局", "各县(区)人民政府"], first[0]


def test_a_task_table_of_yearly_goals_in_words_is_left_as_it_was() -> None:
    # cells in words are goals or steps of the task, not an indicator's figures
    table = (
        "序号\t任务\t2031年\t2032年\t牵头单位\t配合单位\n"
        "1\t建设计量平台\t完成平台建设方案\t平台上线运行\t市计量所\t市工信局\n"
    )
    extraction = extract_text(_plan_with_table(table), "plan.txt")
    assert not any(t.subject == "建设计量平台" for t in extraction.targets)
    titles = {m.title: m.due for m in extraction.milestones}
    assert any("平台上线运行" in title for title in titles), titles


def test_a_read_table_leaves_no_unread_line_in_the_preview() -> None:
    # its header (year columns) and a row restating a body figure were flagged as unread
    body = "一、工作目标\n2031年,全市建设计量示范站4个;2032年建设6个。\n二、重点任务分解表\n"
    text = city_plan(body + _table("tabs") + "\n三、保障措施\n(一)加强组织领导。\n")
    unread = [line.text for line in unread_lines(extract_text(text, "plan.txt"))]
    assert not any("2031年" in line and "牵头单位" in line for line in unread), unread
    assert not any("建设计量示范站" in line for line in unread), unread
