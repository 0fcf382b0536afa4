"""Uploaded text carrying HTML markup (a chat message's <b> and <a href>, an editor's &lt;):
trial round, a plan whose first line was ``<b>…</b><a href=…>…</a>&lt;…&gt;`` and its title
was read with 标题 未识别. Tags are dropped and entities read before extraction, when the text
looks marked up; a plan's own "<" is left alone. The plan below is invented."""

from __future__ import annotations

import pytest

from policybot.knowledge.extract import extract_text
from policybot.knowledge.extract.normalise import html_to_text, normalise_text

TITLE = "青川市质量提升行动计划(2018-2020年)"
NUMBER = "青府办函〔2018〕57号"
BODY = f"""

{NUMBER}

各区人民政府,市有关单位:
为推动质量提升,制定本计划。

一、主要目标
到2020年,全市新增省名牌产品20个。

二、工作任务
(一)市质监局负责,2019年6月底前完成品牌培育评估。
"""


def _read(first_line: str) -> tuple[str | None, str | None]:
    meta = extract_text(first_line + BODY, "t.txt").document
    return meta.title, meta.doc_number


@pytest.mark.parametrize(
    "marked, plain",
    [
        (f"<b>{TITLE}</b>", TITLE),
        (f"<a href='tg://x'>{TITLE}</a>", TITLE),
        (f"<p>{TITLE}</p>", TITLE),
        (f"<b>青川</b><a href='tg://x'>点</a>&lt;测试&gt;{TITLE}", f"青川点<测试>{TITLE}"),
        (f"&lt;测试&gt;{TITLE}", f"<测试>{TITLE}"),
    ],
)
def test_a_marked_up_title_is_read_as_the_same_text_without_markup(marked: str, plain: str) -> None:
    assert normalise_text(marked + BODY) == normalise_text(plain + BODY)
    assert _read(marked) == _read(plain)
    title, number = _read(marked)
    assert title is not None and TITLE in title and "<b>" not in title and "&" not in title
    assert number == NUMBER


def test_the_reported_first_line_no_longer_hides_the_title() -> None:
    title, number = _read(f"<b>青川</b><a href='tg://x'>点</a>&lt;测试&gt;{TITLE}")
    assert title is not None and title.endswith(TITLE) and number == NUMBER


@pytest.mark.parametrize(
    "text, kept",
    [
        ("全市PM2.5年均浓度<35微克/立方米,办结时限<=3天。\n", ["<35", "<=3"]),
        ("指标a<b且c>d。\n", ["a<b且c>d"]),  # a lone "<b" with no closing tag is not markup
        ("A&B公司、R&D投入强度达到2.5%。\n", ["A&B", "R&D"]),
    ],
)
def test_plain_text_with_angle_brackets_or_ampersands_is_left_alone(
    text: str, kept: list[str]
) -> None:
    assert html_to_text(text) == text
    assert all(part in normalise_text(text) for part in kept)
