"""用什么审核方式: a document written as labelled fields (扶持范围:…, 审核方式:…) says its
subject in one field and how it is checked in another. The field labelled with just what is
asked answers, though the question's subject words are said only in its sibling field."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from invented_plans import invented_plans_service
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService

# Invented: a short support rule written as fields, with no title of its own.
FIELDS = """扶持范围:上一年度主导制定数字类团体标准、地方标准的示范市企业或行业协会。
扶持标准:经核准符合条件的,分别给予最高8万元、6万元奖补。
审核方式:备案制。以主管部门公开发布的标准文本为准。
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    with invented_plans_service(tmp_path_factory.mktemp("fields"), FIELDS) as service:
        yield service


def test_field_labelled_as_asked_answers(service: QueryService) -> None:
    answer = service.ask("数字类标准制定扶持用什么审核方式?")
    out = render_plain(answer)
    assert answer.found, out
    headline = next(line for line in out.splitlines() if line.startswith("答"))
    assert "备案制" in headline, out


def test_other_fields_still_answer_their_own_question(service: QueryService) -> None:
    answer = service.ask("数字类标准制定扶持最高奖补多少?")
    out = render_plain(answer)
    assert answer.found and "8万元" in out, out
