"""/doc tells apart plans whose titles are the same (trial 31): two districts' 质量强区建设三年行动
计划 were listed as two identical lines. A title that says its region is not followed by it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.engine import Engine

from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.handlers.formatting import PLAIN, item_line
from policybot.knowledge.answers import Citation, FactLine
from test_reminders_e2e import start_bot
from test_scheduler_support import ingest, milestone, plan, utc

TITLE = "质量强区建设三年行动计划(2024—2026年)"


def _document(region: str, title: str) -> FactLine:
    return FactLine(
        kind="document",
        fact_id=1,
        label=title,
        region=region,
        citation=Citation(document_id=1, document=title, quote=title),
    )


def test_a_document_line_names_its_region_when_the_title_does_not() -> None:
    assert "(甲市东区)" in item_line(_document("甲市东区", TITLE), PLAIN)
    titled = "甲市东区" + TITLE
    assert item_line(_document("甲市东区", titled), PLAIN).count("甲市东区") == 1


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(utc(2024, 6, 1))


@pytest.fixture
async def bot(sqlite_engine: Engine, clock: FakeClock) -> AsyncIterator[OfflineHarness]:
    for region, number in (
        ("样例市东湖区", "东政办〔2024〕1号"),
        ("另一市西湖区", "西政办〔2024〕1号"),
    ):
        extraction = plan(milestones=[milestone()], doc_number=number, extra_text=region)
        extraction.document.region = region
        extraction.document.title = TITLE
        for record in extraction.milestones:
            record.region = region
        ingest(sqlite_engine, extraction)
    async for harness in start_bot(sqlite_engine, clock):
        yield harness


async def test_two_plans_of_one_title_are_told_apart_in_doc(bot: OfflineHarness) -> None:
    (reply,) = await bot.say("/doc")
    assert "样例市东湖区" in reply.text and "另一市西湖区" in reply.text
