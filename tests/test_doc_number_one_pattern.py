"""One 文号 pattern where the code means the same thing: ``question.DOC_NUMBER`` also tells the
answering whether a page cites any 文号 (``answering._CITED_NUMBER`` was a second, narrower copy
that missed 【】 brackets and one-character organs). Invented numbers."""

from __future__ import annotations

import pytest

from policybot.knowledge import answering
from policybot.knowledge.question import DOC_NUMBER


def test_the_answering_has_no_second_doc_number_pattern() -> None:
    assert not hasattr(answering, "_CITED_NUMBER")


@pytest.mark.parametrize(
    "cited", ["样科发〔2031〕5号", "样科发【2031】5号", "样政发 〔2031〕12号", "样政发[2031]7号"]
)
def test_a_cited_number_is_found_however_bracketed(cited: str) -> None:
    assert DOC_NUMBER.search(f"根据{cited}精神,制定本方案。")
