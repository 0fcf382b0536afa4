"""fix41: a duty done at its period's end ("每季度末", "每月底前") was shown as "每季度": the
day is the period's end, which the calendar already assumes, so no words were kept. Replies show
the document's own words, as they do for a stated day (每月5日前). Invented plans."""

from __future__ import annotations

from pathlib import Path

import pytest

from policybot.knowledge.extract import extract_text
from tests.invented_plans import ask, city_plan, invented_plans_service

PLAN = city_plan(
    """一、工作要求
(一)各责任单位要在每季度末向市品牌办报送工作进展情况。
(二)市品牌办每半年组织一次工作督查。
"""
)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("各责任单位要在每季度末向市品牌办报送工作进展情况。", "每季度末"),
        ("各县(区)于每月底前报送品牌培育情况。", "每月底前"),
        ("各部门每季度末(分别在6月、9月和12月底)将进展情况报市督查组。", "每季度末"),
    ],
)
def test_the_period_end_is_kept_in_the_documents_words(sentence: str, words: str) -> None:
    raw = f"示范市人民政府关于分解2031年工作任务的通知\n一、{sentence}\n示范市人民政府\n2031年4月13日\n"
    (duty,) = extract_text(raw, "t.txt").recurring
    assert duty.due_text == words
    assert duty.due_month is None and duty.due_day is None  # the period's end, as before


def test_a_duty_with_no_day_keeps_the_period_alone() -> None:
    raw = "示范市人民政府关于分解2031年工作任务的通知\n一、市品牌办每半年组织一次工作督查。\n示范市人民政府\n2031年4月13日\n"
    (duty,) = extract_text(raw, "t.txt").recurring
    assert duty.due_text is None


@pytest.mark.parametrize("question", ["每季度要做哪些事", "进展情况多久报送一次"])
def test_the_reply_says_the_period_end(tmp_path: Path, question: str) -> None:
    with invented_plans_service(tmp_path, PLAN) as service:
        reply = ask(service, question)
    assert "每季度末" in reply.split("原文")[0], reply
