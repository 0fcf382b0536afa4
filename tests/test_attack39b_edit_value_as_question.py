"""attack39b: an /edit value that is a plan's statement, not a question, is refused as a question
(``knowledge/editing.looks_like_question``: a start 是否/如何 or an end 多少/谁 is enough):
a 说明 "如何认定以市质量办解释为准" or "是否享受以市质量办认定为准" cannot be saved."""

from __future__ import annotations

import pytest

from policybot.knowledge.editing import looks_like_question


@pytest.mark.xfail(
    strict=True,
    reason="attack39b: looks_like_question takes a statement starting 如何/是否 for a question",
)
@pytest.mark.parametrize("value", ["如何认定以市质量办解释为准", "是否享受以市质量办认定为准"])
def test_a_statement_beginning_like_a_question_is_a_value(value: str) -> None:
    assert not looks_like_question(value)
