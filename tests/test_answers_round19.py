"""Questions round 19 (issue 12): general answering failures the dev questions still showed.
The store holds an invented document (样板市, made-up units and figures)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from policybot.knowledge.service import QueryService
from tests.invented_plans import invented_plans_service

ASKED = datetime(2043, 5, 10, 1, tzinfo=UTC)

REVIEW_RULES = """样板市市场监督管理局关于开展2043年样板市质量标杆评审工作的通知
各县(区)市场监管局:
现将2043年样板市质量标杆评审工作有关事项通知如下。
一、评审名额
2043年全市评审质量标杆不超过8个,评审专家组由7名专家组成。
二、资金拨付
奖励资金由市财政局直接拨付至企业账户,企业收到奖励资金后按规定进行财务核算。
样板市市场监督管理局
2043年4月2日
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder: Path = tmp_path_factory.mktemp("round19")
    with invented_plans_service(folder, REVIEW_RULES, now=ASKED) as service:
        yield service


@pytest.mark.parametrize(
    ("question", "glued"),
    [
        ("样板市质量标杆最多评几个人?", "最评人"),
        ("样板市质量标杆的奖励钱到账后怎么办?", "钱账"),
    ],
)
def test_characters_either_side_of_cut_asking_form_no_word(
    service: QueryService, question: str, glued: str
) -> None:
    """Single characters left either side of asking cut out of a question (最多评几个人 →
    最 评 人) were never written together: they form no search word of their own."""
    words = service.parse(question).words
    assert glued not in words
    assert "质量标杆" in words or "标杆" in words
