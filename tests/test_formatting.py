"""Answer → Telegram HTML pages and plain text: escaping, page size and length limits."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from policybot.bot.emulator import parse_html
from policybot.handlers.formatting import (
    TELEGRAM_LIMIT,
    render_pages,
    render_plain,
    source_text,
    telegram_length,
)
from policybot.knowledge.answers import (
    Answer,
    Citation,
    FactLine,
    Progress,
    format_amount,
    format_due,
    format_yuan,
)


def fact(number: int, quote: str = "到2018年,新增产品标准25项", **overrides: object) -> FactLine:
    values: dict[str, object] = {
        "kind": "target",
        "fact_id": number,
        "label": f"新增产品标准{number}",
        "value": "25项",
        "region": "湖州市",
        "due": date(2018, 12, 31),
        "due_text": "到2018年",
        "lead_units": ("市质量技监局",),
        "citation": Citation(1, "湖州市行动计划", quote, section="二、主要目标"),
    }
    values.update(overrides)
    return FactLine(**values)  # type: ignore[arg-type]


def answer(facts: list[FactLine], **overrides: object) -> Answer:
    values: dict[str, object] = {
        "found": True,
        "kind": "targets",
        "title": "湖州市 · 目标",
        "headline": "共 3 项",
        "facts": tuple(facts),
        "total": len(facts),
    }
    values.update(overrides)
    return Answer(**values)  # type: ignore[arg-type]


def test_numbers_dates_and_money_read_as_written() -> None:
    assert format_amount(25.0, "项") == "25项"
    assert format_amount(65, "%") == "65%"
    assert format_amount(8, "个", 10) == "8-10个"
    assert format_amount(2.5, "亿元") == "2.5亿元"
    assert format_yuan(500000) == "50万元"
    assert format_yuan(1_000_000, is_cap=True) == "最高100万元"
    assert format_yuan(200_000_000) == "2亿元"
    assert format_yuan(8000) == "8000元"
    assert format_due(date(2017, 6, 30), "2017年中") == "2017-06-30(2017年中)"
    assert format_due(date(2017, 6, 30), None) == "2017-06-30"


def test_document_text_is_escaped_and_parses_as_telegram_html() -> None:
    quote = "对获得<政府质量奖>&提名的企业给予最高20万元"
    single = answer(
        [fact(1, quote, label="获得<政府质量奖>&提名", lead_units=("各街道<乡镇>",))],
        headline="最高20万元",
    )
    (page,) = render_pages(single)
    assert "&lt;政府质量奖&gt;&amp;" in page and "各街道&lt;乡镇&gt;" in page
    assert "获得<政府质量奖>&提名" in parse_html(page).text
    sources = source_text(single, single.facts)
    assert "&lt;政府质量奖&gt;&amp;" in sources and quote in parse_html(sources).text


def test_a_single_answer_leads_with_the_value_and_names_its_source_once() -> None:
    (page,) = render_pages(answer([fact(1)], headline="25项"))
    lines = page.split("\n")
    assert lines[1] == "答: <b>25项</b>"
    assert page.count("25项") == 1  # the value is not repeated below the headline
    assert page.count("《湖州市行动计划》") == 1 and "》 主要目标" in page  # list number off
    assert "到2018年,新增产品标准25项" not in page  # the quote opens from 出处
    assert "#target#1" not in page  # ids are for admins, in the 出处 view


def test_a_list_is_one_line_per_item_with_the_source_once() -> None:
    (page,) = render_pages(answer([fact(n) for n in range(1, 4)], listing=True))
    items = [line for line in page.split("\n") if line[:2] in ("1)", "2)", "3)")]
    assert len(items) == 3 and all("新增产品标准" in line for line in items)
    assert page.count("出处: 《湖州市行动计划》") == 1


def test_the_sources_view_shows_quotes_and_ids_only_to_admins() -> None:
    listed = answer([fact(n) for n in range(1, 3)], listing=True)
    staff = source_text(listed, listed.facts)
    admin = source_text(listed, listed.facts, show_ids=True)
    assert "到2018年,新增产品标准25项" in staff and "二、主要目标" in staff
    assert "#target#1" not in staff and "#target#1" in admin and "#target#2" in admin


def test_the_sources_of_a_page_fit_a_phone_one_line_a_sentence() -> None:
    """The 出处 of 8 items was 4 lines each (~35 lines): the document once, one line a
    sentence, and a sentence another item quotes a part of shown once for both."""
    whole = "到2018年,新增产品标准25项,国家标准20项"
    facts = [fact(1, "到2018年,新增产品标准25项"), fact(2, whole)]
    facts += [
        fact(n, citation=Citation(1, "湖州市行动计划", f"第{n}句,新增示范企业{n}家"))
        for n in range(3, 9)
    ]
    listed = answer(facts, listing=True)
    text = source_text(listed, listed.facts)
    lines = text.split("\n")
    assert len(lines) <= 15 and text.count("湖州市行动计划") == 1
    assert lines[2] == f"1、2. 二、主要目标: <i>“{whole}”</i>"
    assert lines[3] == "3. <i>“第3句,新增示范企业3家”</i>"


def test_pages_hold_page_size_facts_and_count_themselves() -> None:
    pages = render_pages(answer([fact(n) for n in range(1, 6)]), page_size=2)
    assert len(pages) == 3
    assert "第 1/3 页" in pages[0] and "第 3/3 页" in pages[2]
    assert all(page.startswith("<b>湖州市 · 目标</b>") for page in pages)


def test_suggestions_and_notes_come_on_the_last_page() -> None:
    pages = render_pages(
        answer([fact(n) for n in range(1, 4)], notes=("共 300 项,只列出前 3 项",)),
        page_size=2,
    )
    assert "只列出前" not in pages[0] and "只列出前" in pages[-1]


def test_not_found_answers_show_the_suggestions() -> None:
    missing = Answer(
        found=False,
        kind="rewards",
        title="火星 · 奖励",
        headline="未找到“火星”的相关内容",
        suggestions=("可查询的地区: 湖州市、衢州市",),
    )
    (page,) = render_pages(missing)
    assert "未找到" in page and "可查询的地区: 湖州市、衢州市" in page


def test_progress_is_shown_with_its_share() -> None:
    progress = Progress(value="10项", reported_on=date(2017, 12, 1), share_percent=40)
    text = render_plain(answer([fact(1, progress=progress)]))
    assert "进展: 10项(2017-12-01报,完成 40%)" in text


def test_plain_text_has_no_markup_and_no_paging() -> None:
    listed = answer([fact(n, "a<b & c") for n in range(1, 20)], listing=True)
    text = render_plain(listed)
    assert "<b>" not in text and "页" not in text and "19) 25项 新增产品标准19" in text
    assert "a<b & c" not in text  # quotes only with quotes=True (policybot ask --quotes)
    assert "a<b & c" in render_plain(listed, quotes=True)


@settings(max_examples=40, deadline=None)
@given(
    quotes=st.lists(st.text(min_size=0, max_size=900), min_size=1, max_size=30),
    page_size=st.integers(min_value=1, max_value=40),
)
def test_any_quotes_make_valid_pages_within_the_limit(quotes: list[str], page_size: int) -> None:
    facts = [fact(n, quote or "空") for n, quote in enumerate(quotes, 1)]
    listed = answer(facts, suggestions=("可查询的地区: " + "湖州市、" * 50,), listing=True)
    pages = render_pages(listed, page_size=page_size)
    sources = [
        source_text(listed, listed.facts[i : i + page_size]) for i in range(0, 30, page_size)
    ]
    for page in pages + sources:
        assert telegram_length(page) <= TELEGRAM_LIMIT
        parse_html(page)  # raises on anything Telegram would refuse


# -- new-user trial: the one-line format -------------------------------------------------------


def test_a_section_is_cited_without_its_list_numbers() -> None:
    item = fact(
        1, citation=Citation(1, "湖州市行动计划", "q", section="二、重点工作 / (一)创建 / 3.验收")
    )
    out = render_plain(answer([item], headline="25项"))
    assert "出处: 《湖州市行动计划》 重点工作 / 创建 / 验收" in out
    numbers_only = fact(1, citation=Citation(1, "湖州市行动计划", "q", section="一、(二)3."))
    assert (
        "出处: 《湖州市行动计划》\n" in render_plain(answer([numbers_only], headline="25项")) + "\n"
    )


def test_a_milestone_date_is_said_once() -> None:
    milestone = fact(
        1, kind="milestone", label="2017年底前完成创建", value=None, due=date(2017, 12, 31),
        due_text="2017年底前",
    )  # fmt: skip
    listed = render_plain(answer([milestone, fact(2)], headline="共 2 项"))
    assert "1) 2017-12-31 2017年底前完成创建\n" in listed
    asked = fact(
        1, kind="milestone", label="通过验收", value="2017-06-30(2017年中)",
        due=date(2017, 6, 30), due_text="2017年中", overdue=True,
    )  # fmt: skip
    single = render_plain(answer([asked], headline="2017-06-30(2017年中) (已过期)"))
    assert single.count("2017-06-30") == 1 and single.count("已过期") == 1
    assert "\n通过验收(湖州市)" in single


def test_a_qualifier_the_label_says_is_not_repeated_but_the_per_year_tag_always_shows() -> None:
    """每年 dates the line (this year's occurrence), so it follows the date of every per-year
    item, first; the other qualifiers the label says are not said again."""
    yearly = fact(1, label="每年力争帮扶企业", note="力争,每年")
    plain = fact(2, label="帮扶企业", note="每年,力争")
    listed = render_plain(answer([yearly, plain, fact(3)]))
    assert "1) 25项 每年力争帮扶企业 · 2018-12-31 · 每年\n" in listed
    assert "2) 25项 帮扶企业 · 2018-12-31 · 每年,力争\n" in listed
    assert "3) 25项 新增产品标准3 · 2018-12-31\n" in listed
