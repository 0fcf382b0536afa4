"""attack39b: an /edit value that is a plan's statement, not a question, is refused as a question
(``knowledge/editing.looks_like_question``: a start 是否/如何 or an end 多少/谁 is enough):
a 说明 "如何认定以市质量办解释为准" or "是否享受以市质量办认定为准" cannot be saved."""

from __future__ import annotations

import pytest

from policybot.knowledge.editing import looks_like_question


@pytest.mark.parametrize("value", ["如何认定以市质量办解释为准", "是否享受以市质量办认定为准"])
def test_a_statement_beginning_like_a_question_is_a_value(value: str) -> None:
    assert not looks_like_question(value)


@pytest.mark.parametrize(
    "value",
    [
        "试点市每月要报送什么?",
        "这个期限是对的吗",
        "请问截止日期",
        "补贴金额是多少",
        "牵头单位是谁",
        "为什么改了日期",
        "是否要报送?",
    ],
)
def test_a_question_is_still_a_question(value: str) -> None:
    assert looks_like_question(value)


def test_a_long_statement_ending_in_an_interrogative_word_is_a_value() -> None:
    assert not looks_like_question("认定结果以市质量办复核后公布的名单为准不论是谁")
