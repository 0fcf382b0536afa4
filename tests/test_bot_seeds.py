"""The real bot over the bundled seeds, through the offline Telegram."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine

from emulator_fixtures import real_bot
from policybot.clock import FakeClock
from policybot.knowledge import ingest
from policybot.knowledge.ingest import load_seeds_if_empty


async def test_targets_huzhou_cites_the_huzhou_plan_page_by_page(sqlite_engine: Engine) -> None:
    load_seeds_if_empty(sqlite_engine)
    async with real_bot(
        sqlite_engine, clock=FakeClock(datetime(2018, 6, 1, tzinfo=UTC))
    ) as harness:
        (first,) = await harness.say("/targets 湖州")
        assert "湖州市“浙江制造”品牌建设三年行动计划" in first.text
        assert first.labels == ["出处", "下一页"]
        (second,) = await harness.press("下一页")
        assert "第 2/" in second.text and "出处" in second.text
        (traditional,) = await harness.say("湖州市質監局負責哪些目標")
        assert "市质量技监局" in traditional.text


def test_seeding_reports_what_it_wrote_when_another_process_seeded_first(
    sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """Two processes starting on one empty store both see it empty; the second must log
    that the plans were already held, not that it loaded them (trial 34)."""
    caplog.set_level(logging.INFO, logger="policybot.knowledge.ingest")
    first = load_seeds_if_empty(sqlite_engine)
    monkeypatch.setattr(ingest, "document_count", lambda engine: 0)  # the race: saw it empty
    second = load_seeds_if_empty(sqlite_engine)
    assert {o.result.action for o in first if o.result} == {"created"}
    assert {o.result.action for o in second if o.result} == {"unchanged"}
    logged = [r.getMessage() for r in caplog.records if "bundled plans" in r.getMessage()]
    assert logged == [
        f"bundled plans into the empty store: created {len(first)}",
        f"bundled plans into the empty store: unchanged {len(second)}",
    ]
