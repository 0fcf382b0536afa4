"""A date asked of a milestone by a name with a word no document writes (品牌企业培育库 for the
plan's 建立培育企业库): the milestone says every other word asked, and no item of the store could
say the missing one, so it answers — saying which word it lacks — instead of hedging. A word
the documents do write, which the milestone lacks, still leaves it a partial match."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from invented_plans import invented_plans_service, task_table_plan
from policybot.handlers.formatting import render_plain
from policybot.knowledge.service import QueryService


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryService]:
    folder = tmp_path_factory.mktemp("unwritten_word")
    now = datetime(2018, 3, 10, 1, tzinfo=UTC)
    with invented_plans_service(folder, task_table_plan("示范市", "示"), now=now) as service:
        yield service


def test_a_milestone_saying_every_written_word_answers(service: QueryService) -> None:
    # (asked as 品牌企业培育库, 培育库 is one word since attack36 H5 (a 库 stays on its word), and
    # no document writes it: that is refused, see test_life_steps)
    answer = service.ask("品牌的培育企业库什么时候要建好")
    out = render_plain(answer)
    assert answer.found and not answer.hedged, out
    assert answer.headline.startswith("2018-12-31"), out
    assert any("品牌" in note for note in answer.notes), out


def test_a_written_word_the_milestone_lacks_is_no_answer(service: QueryService) -> None:
    answer = service.ask("示范区培育企业库什么时候要建好")
    out = render_plain(answer)
    assert not (answer.found and not answer.hedged and "培育企业库" in out), out


def test_only_an_unwritten_word_asked_is_not_answered(service: QueryService) -> None:
    out = render_plain(service.ask("驰名商标培育库什么时候要建好"))
    assert "答: 2018-12-31" not in out, out
