"""Years as staff type them on a phone (18年, 一八年, 二〇一八年) are the year they mean: the
question gets that year's answer, not the partial-match list of every year. The plan is
invented (示范市, 2031—2033)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from policybot.handlers.formatting import render_plain
from policybot.knowledge.lookup_answers import shown_topic
from policybot.knowledge.question import parse_question, parse_year
from policybot.knowledge.service import QueryService
from policybot.knowledge.typed_years import expand_typed_years
from tests.invented_plans import city_plan, invented_plans_service

YEARLY_QUOTAS = city_plan(
    """一、主要目标
到2032年,全市新增省名牌产品12个;到2033年,全市新增省名牌产品15个。
"""
)


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("typed_years")
    with invented_plans_service(folder, YEARLY_QUOTAS) as service:
        yield service


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("南海18年省名牌要几个", "南海2018年省名牌要几个"),
        ("一八年的目标", "2018年的目标"),
        ("二〇一九年省名牌", "2019年省名牌"),
        ("二零二零年", "2020年"),
        ("18年底前要交什么", "2018年底前要交什么"),
        ("18年度", "2018年度"),
    ],
)
def test_a_short_or_chinese_year_is_written_in_full(typed: str, meant: str) -> None:
    assert expand_typed_years(typed) == meant


@pytest.mark.parametrize(
    "text",
    [
        "2018年",
        "连续10年",
        "近18年",
        "18年以上",
        "18年来",
        "18年内",
        "企业成立18年",
        "一两年",
        "三四年",
        "3年",
        "有效期10年",
        "为期20年",
        "期限10年",
        "期限为20年的项目",
        "30年代",
    ],
)
def test_a_length_of_time_or_a_full_year_is_left_alone(text: str) -> None:
    assert expand_typed_years(text) == text


@pytest.mark.parametrize(
    ("text", "length"),
    [("有效期10年的政策", "10年"), ("连续10年获得的企业", "10年"), ("期限为20年的项目", "20年")],
)
def test_a_question_reads_a_length_of_time_as_written(
    service: QueryService, text: str, length: str
) -> None:
    """The question's reading (after slips and colloquial words) keeps a length of time too."""
    parsed = parse_question(f"示范市{text}有哪些", service._answers().index, date(2032, 3, 1))
    assert length in parsed.reading
    assert "20" + length not in parsed.reading


def test_a_command_year_may_be_typed_short() -> None:
    """/targets 湖州 18年: the year argument, as a full year."""
    assert parse_year("18年") == 2018
    assert parse_year("二〇一八年") == 2018
    assert parse_year("18") is None  # a bare number stays a keyword


@pytest.mark.parametrize("year", ["32年", "二〇三二年", "二零三二年"])
def test_a_question_with_a_short_year_gets_that_years_answer(
    service: QueryService, year: str
) -> None:
    reply = render_plain(service.ask(f"示范市{year}省名牌产品要多少个"))
    assert "答: 12个" in reply
    assert "15个" not in reply
    assert "未找到完全相符" not in reply


def test_the_next_year_typed_short_gets_its_own_answer(service: QueryService) -> None:
    reply = render_plain(service.ask("示范市33年省名牌产品要多少个"))
    assert "答: 15个" in reply
    assert "12个" not in reply


def test_the_title_names_a_widened_word_once(service: QueryService) -> None:
    """省名牌, which the glossary widens to 省名牌产品 too, is named once in the answer's title,
    not “省名牌 省名牌产品” (the same word twice on a phone's one line)."""
    reply = render_plain(service.ask("示范市32年省名牌要多少个"))
    assert "答: 12个" in reply
    assert "· “省名牌产品”" in reply.splitlines()[0]
    assert "省名牌 省名牌产品" not in reply


@pytest.mark.parametrize(
    ("topic", "shown"),
    [
        ("省名牌 省名牌产品", "省名牌产品"),
        ("卓越绩效", "卓越绩效"),
        ("标准 品牌 标准", "标准 品牌"),
    ],
)
def test_shown_topic_drops_a_word_another_contains(topic: str, shown: str) -> None:
    assert shown_topic(topic) == shown
