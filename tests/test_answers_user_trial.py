"""What a new user's trial found (offline chat): a confident 答: from a sentence about something
else, 不少于 in a question, an expired year put first, 浙制, a doc number typed loosely. The store
holds invented plans (示范市, 样板区; made-up numbers)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import ask, city_plan, invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

PLAN = city_plan(
    """为全面提升我市品牌形象,加快推进“全国品牌示范城市”建设,根据《示范市质量发展规划(2030—2035年)》精神,特制订本计划。
一、主要目标
在经济新常态下,以品牌建设为抓手,实现从产业链中低端迈向中高端的发展目标。
到2033年,新增示范标准40项,培育示范品牌企业25家。(牵头单位:市示范标准局)
到2033年,主导制定“浙江制造”标准12项。
二、年度指标
(一)绿色工厂。2031年底绿色工厂不少于20家,2032年底绿色工厂不少于24家,2033年底绿色工厂不少于28家。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("user_trial"), PLAN) as service:
        yield service


def test_a_when_question_with_its_date_is_still_answered(service: QueryService) -> None:
    out = ask(service, "示范市示范标准什么时候完成?")
    assert "答:" in out and "2033" in out


@pytest.mark.parametrize("bound", ["不少于", "不低于", "至少", "要达到"])
def test_a_bound_word_in_a_question_is_asking(service: QueryService, bound: str) -> None:
    """不少于/不低于/至少/达到 are how the documents bound a target and how people ask for it:
    not words of the topic (a stray 不少 found raw table rows instead of the fact)."""
    parsed = service.parse(f"示范市示范标准{bound}多少项?")
    assert parsed.words == service.parse("示范市示范标准多少项?").words
    out = ask(service, f"示范市示范标准{bound}多少项?")
    assert "答:" in out and "40项" in out


@pytest.mark.parametrize(
    ("question", "first"),
    [("示范市绿色工厂要多少家", "24家"), ("示范市绿色工厂什么时候到期", "2032-12-31")],
)
def test_without_a_year_the_current_or_next_year_leads(
    service: QueryService, question: str, first: str
) -> None:
    """Asked on 2032-03-01 with no year: 2032's figure leads, 2031's (past) follows."""
    answer = service.ask(question)
    assert answer.found and not answer.hedged
    assert first in answer.headline
    assert answer.facts[-1].due is not None and answer.facts[-1].due.year == 2031


def test_soon_due_with_nothing_due_soon_gives_the_next_due_date(service: QueryService) -> None:
    answer = service.ask("示范市绿色工厂快到期了吗")
    assert answer.found and "2032-12-31" in answer.headline
    assert any("下一个是2032-12-31" in note for note in answer.notes)


def test_a_glossary_term_is_not_spell_corrected_away(service: QueryService) -> None:
    """浙制 (the glossary's 浙江制造) before 标准 is no slip for 指标."""
    parsed = service.parse("示范市浙制标准多少项")
    assert "浙江制造" in parsed.words
    out = ask(service, "示范市浙制标准多少项")
    assert "答:" in out and "12项" in out


@pytest.mark.parametrize(
    "question", ["示范市政办发2031年41号还有效吗?", "示政办发2031第41号还有效吗"]
)
def test_a_doc_number_typed_without_brackets_finds_its_document(
    service: QueryService, question: str
) -> None:
    """政办发2031年41号 is 示政办发〔2031〕41号 typed loosely, with or without the city's name;
    the header names the document, not leftover pieces of the number."""
    parsed = service.parse(question)
    assert parsed.doc_number is not None and "〔2031〕41号" in parsed.doc_number
    answer = service.ask(question)
    assert answer.found
    assert "品牌提升行动计划" in answer.title and "号" not in answer.title
    out = render_plain(answer)
    assert "答:" in out
