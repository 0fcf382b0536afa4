"""Hostile uploads (an attacker's, at the last stop) are refused early with a reason, or read
right. The inputs are the benchmark's own generators (``benchmarks.hostile_uploads``) at sizes
that run in a fraction of a second; the full-size timings are the benchmark's, not a test's.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

from benchmarks.hostile_uploads import (
    DEADLINE,
    FIGURE,
    GOAL,
    NAME,
    RESPECTIVE,
    bar_table,
    digit_lines,
    nested_brackets,
    repeated_lines,
    repeated_on_few_lines,
    repeated_phrase_lines,
)
from policybot.knowledge import reading
from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.errors import NO_PLAN, TooManyFacts
from policybot.knowledge.readers import ReadError, read_upload
from policybot.knowledge.reading import read_plan
from test_admin_samples import PLAN_V1


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (digit_lines(), "文字过多(1999997 字,上限 500000 字),不像一份规划,请只上传规划正文。"),
        (
            repeated_on_few_lines(),
            "文字过多(1200059 字,上限 500000 字),不像一份规划,请只上传规划正文。",
        ),
        (
            repeated_lines(10_001),
            "文本行数过多(10001 行,上限 10000 行),不像一份规划,请只上传规划正文。",
        ),
    ],
)
def test_texts_beyond_a_plans_size_are_refused_before_they_are_read(text: str, reason: str) -> None:
    with pytest.raises(ReadError) as refused:
        read_upload(text.encode(), "hostile.txt")
    assert str(refused.value) == reason


def test_blank_lines_do_not_count_against_the_line_limit() -> None:
    text = "\n\n".join([PLAN_V1, *[DEADLINE] * 9_000])
    assert read_upload(text.encode(), "spaced.txt").text == text


def test_a_counted_list_stops_being_read_at_twice_the_fact_limit() -> None:
    """One count a line ("…项"): reading stops at the first fact past twice the limit."""
    text = PLAN_V1 + "\n" + digit_lines(size=300 * 42)
    with pytest.raises(TooManyFacts) as refused:
        extract_text(text, "list.txt", max_facts=50)
    assert refused.value.found == 101
    assert refused.value.document is not None and refused.value.document.region == "示范市"


def test_condition_clauses_count_toward_the_limit_as_they_are_read() -> None:
    """Caps on lines of their own are conditions, read after the body; they are counted as the
    body is read, so 9,000 of them stop at 3,000 instead of all being read (97 s) and then
    refused."""
    caps = (f"每家企业第{i}项年度奖励累计不超过{i % 90 + 10}万元。" for i in range(300))
    text = "对获得中国驰名商标的企业,奖励50万元。\n" + "\n".join(caps)
    assert len(extract_text(text, "caps.txt").conditions) == 300
    with pytest.raises(TooManyFacts) as refused:
        extract_text(text, "caps.txt", max_facts=50)
    assert refused.value.found == 101


def test_the_admin_is_told_why_in_the_words_of_the_other_limits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(reading, "MAX_FACTS", 50)
    with pytest.raises(ReadError) as refused:
        read_plan(digit_lines(size=300 * 42).encode(), "list.txt")
    assert str(refused.value) == (
        "读到一半已读出 101 条事项,超过一份规划的上限(50 条),"
        "不像一份规划文件;如确是规划,请拆分后分别上传。"
    )


def test_a_table_of_too_many_place_rows_is_refused_before_the_prose_is_read(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(reading, "MAX_FACTS", 50)
    with pytest.raises(ReadError, match="读到一半已读出 150 条事项,超过一份规划的上限"):
        read_plan((PLAN_V1 + "\n" + bar_table(150)).encode(), "table.txt")


def test_each_row_of_a_bar_table_is_its_places_target() -> None:
    extraction = read_plan((PLAN_V1 + "\n" + bar_table(300)).encode(), "table.txt").extraction
    rows = [target for target in extraction.targets if target.district]
    assert [(t.district, t.value) for t in rows] == [
        (f"第{n + 1}区", n % 90 + 10) for n in range(300)
    ]
    assert {t.subject for t in rows} == {"示范市品牌企业培育"}
    assert {t.deadline for t in rows} == {date(2026, 12, 31)}  # the plan's last year
    assert all(t.quote == f"{t.district} | {t.value:g}" for t in rows)
    assert len(extraction.targets) == 302  # and the plan's own two goals


@pytest.mark.parametrize("rule", ["| --- | --- |", "|:---|---:|", "| :---: | --- |"])
def test_a_markdown_delimiter_row_is_layout_not_a_header(rule: str) -> None:
    """Under "| 区 | 指标 |", "| --- | --- |" was read as the header's lower row, so "---" named
    the value column and became every row's subject."""
    table = bar_table(3).replace("| 区 | 指标 |", "| 区 | 指标 |\n" + rule)
    extraction = read_plan((PLAN_V1 + "\n" + table).encode(), "table.txt").extraction
    rows = [(t.subject, t.district, t.value) for t in extraction.targets if t.district]
    assert rows == [("示范市品牌企业培育", f"第{n + 1}区", n + 10) for n in range(3)]
    assert all("-" not in t.subject for t in extraction.targets)


def test_goals_between_thousands_of_brackets_are_read() -> None:
    extraction = read_plan(nested_brackets(depth=3000).encode(), "brackets.txt").extraction
    goals = {(t.subject, t.value) for t in extraction.targets}
    assert goals == {("全市新增省级品牌企业", 20), ("培育区域品牌", 5)}
    assert all(GOAL.startswith(t.quote) for t in extraction.targets)


def test_a_deadline_repeated_on_long_lines_holds_no_plan() -> None:
    """Deadline words 4,000 times on two lines: a date, and nothing that is due."""
    with pytest.raises(ReadError, match=re.escape(NO_PLAN)):
        read_plan(repeated_on_few_lines(times=4000, lines=2).encode(), "deadline.txt")


def test_a_line_of_unit_names_ending_in_a_figure_is_one_figure() -> None:
    """Names listed with 、 for a whole line, then 分别 and one figure: no place list (the names
    are no places), one target; the benchmark times it at full size (24 s for four lines, when
    the 分别 list was searched from every name and every 、 split the text before it)."""
    text = repeated_phrase_lines(NAME, 2, 3000, RESPECTIVE)
    targets = read_plan(text.encode(), "names.txt").extraction.targets
    assert [(t.value, t.unit, t.district) for t in targets] == [(10, "个", None)]


def test_figures_on_long_lines_stop_at_twice_the_limit() -> None:
    """One figure after another on long lines: each is a target of its line (one sentence, so
    none merged; the lines restate each other), and the reading stops after the first line,
    past twice the limit."""
    text = repeated_phrase_lines(FIGURE, 3, 700, "。")
    assert len(extract_text(text, "figures.txt").targets) == text.count(FIGURE) // 3
    with pytest.raises(TooManyFacts) as refused:
        extract_text(text, "figures.txt", max_facts=40)
    assert refused.value.found == text.count(FIGURE) // 3


def test_respective_lists_are_the_patterns_own_matches() -> None:
    """Only starts within reach of a 分别 are tried, and the matches are those of searching the
    whole text (random lists of names, joiners and 分别 clauses)."""
    from random import Random

    from policybot.knowledge.extract.districts import _RESPECTIVE_LIST, _respective_lists

    rng = Random(2)
    words = ["甲市", "乙县", "丙区", "市场监管局", "发展和改革委员会", "和平区", "及时"]
    marks = ["、", "和", "及", "与", "分别完成1个,", "要分别", "。", ""]
    for _ in range(500):
        text = "".join(rng.choice(words) + rng.choice(marks) for _ in range(rng.randint(1, 60)))
        found = [(m.start(), m.end()) for m in _respective_lists(text)]
        assert found == [(m.start(), m.end()) for m in _RESPECTIVE_LIST.finditer(text)]
