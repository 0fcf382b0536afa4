"""What a list puts first, through the real Application: current and upcoming items before past
ones (a past one still shown after, marked), and a per-year target (每年…) dated as reminders and
/overdue date it — at the end of each plan year, the last on its deadline. Invented plan."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.engine import Engine

from emulator_fixtures import USER_ID, bot_settings, real_bot
from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.knowledge import store
from policybot.knowledge.extract.records import DocumentMeta, Extraction, TargetRecord

# 2031-03-01 09:00 in Shanghai: the plan's first year is past, its second is current.
NOW = datetime(2031, 3, 1, 1, 0, tzinfo=UTC)
QUOTE_YEARLY = "各区每年新增青禾示范企业不少于7家。"


def _plan() -> Extraction:
    text = "青禾市青禾示范三年计划(2030—2032年)。" + QUOTE_YEARLY
    return Extraction(
        document=DocumentMeta(
            source="qinghe.txt",
            region="青禾市",
            title="青禾市青禾示范三年计划",
            period=(2030, 2032),
        ),
        text=text,
        targets=[
            TargetRecord(
                region="青禾市",
                subject="有效期内青禾示范称号",
                value=value,
                unit="件",
                deadline=date(year, 12, 31),
                quote=f"到{year}年有效期内青禾示范称号达到{value}件。",
            )
            for year, value in ((2030, 11), (2031, 12), (2032, 13))
        ]
        + [
            TargetRecord(
                region="青禾市",
                subject="新增青禾示范企业",
                value=7,
                unit="家",
                deadline=date(2032, 12, 31),
                per_year=True,
                quote=QUOTE_YEARLY,
            )
        ],
    )


@pytest.fixture
async def bot(sqlite_engine: Engine) -> AsyncIterator[tuple[OfflineHarness, FakeClock]]:
    store.ingest_extraction(sqlite_engine, _plan())
    clock = FakeClock(NOW)
    async with real_bot(
        sqlite_engine, bot_settings(page_size=10), clock=clock, private_chats=(USER_ID,)
    ) as harness:
        yield harness, clock


def _items(text: str) -> list[str]:
    return [line for line in text.splitlines() if line[:1].isdigit() and ") " in line]


async def test_a_list_leads_with_the_current_item_and_shows_past_ones_last_marked(
    bot: tuple[OfflineHarness, FakeClock],
) -> None:
    harness, _ = bot
    (reply,) = await harness.say("/targets 青禾 青禾示范称号")
    assert "答: 12件" in reply.text  # 2031's figure, not 2030's
    items = _items(reply.text)
    assert [item.split()[1] for item in items] == ["12件", "13件", "11件"]
    assert "2030-12-31" in items[-1] and "已过期" in items[-1]
    assert not any("已过期" in item for item in items[:-1])


async def test_a_yearly_quota_is_dated_at_this_years_end_in_lists_and_deadlines(
    bot: tuple[OfflineHarness, FakeClock],
) -> None:
    harness, _ = bot
    (listed,) = await harness.say("/targets 青禾 新增青禾示范企业")
    assert "答: 7家" in listed.text
    assert "2031-12-31" in listed.text and "2032-12-31" not in listed.text
    assert "每年" in listed.text and "已过期" not in listed.text
    (deadlines,) = await harness.say("/deadlines 青禾")
    yearly = [item for item in _items(deadlines.text) if "新增青禾示范企业" in item]
    assert len(yearly) == 1 and "2031-12-31" in yearly[0]
    # A year's window holds that year's occurrence, though the deadline is the plan's end.
    (this_year,) = await harness.say("/deadlines 青禾 2031")
    assert any(
        "新增青禾示范企业" in item and "2031-12-31" in item for item in _items(this_year.text)
    )


async def test_a_yearly_quota_listed_for_a_year_is_dated_at_that_years_end(
    bot: tuple[OfflineHarness, FakeClock],
) -> None:
    """New-user trial: /targets 南海 2019 on a day of 2018 dated every 各区每年 quota 2018-12-31
    under a 2019年 title, while /deadlines 南海 2019 dated them 2019-12-31."""
    harness, _ = bot
    (next_year,) = await harness.say("/targets 青禾 2032")
    yearly = [item for item in _items(next_year.text) if "新增青禾示范企业" in item]
    assert len(yearly) == 1 and "2032-12-31" in yearly[0] and "2031-12-31" not in yearly[0]
    (last_year,) = await harness.say("/targets 青禾 2030")
    yearly = [item for item in _items(last_year.text) if "新增青禾示范企业" in item]
    assert len(yearly) == 1 and "2030-12-31" in yearly[0] and "已过期" in yearly[0]
    # No year asked: still this year's occurrence.
    (listed,) = await harness.say("/targets 青禾")
    yearly = [item for item in _items(listed.text) if "新增青禾示范企业" in item]
    assert len(yearly) == 1 and "2031-12-31" in yearly[0]


async def test_a_yearly_quota_past_its_year_end_is_overdue_as_lists_date_it(
    bot: tuple[OfflineHarness, FakeClock],
) -> None:
    harness, clock = bot
    await harness.say("/subscribe 青禾市")
    clock.set(datetime(2032, 1, 5, 1, 0, tzinfo=UTC))
    (overdue,) = await harness.say("/overdue")
    assert "新增青禾示范企业" in overdue.text and "2031-12-31" in overdue.text
    # The list now dates it at 2032's end, the next occurrence, not overdue there.
    (listed,) = await harness.say("/targets 青禾 新增青禾示范企业")
    assert "2032-12-31" in listed.text and "已过期" not in listed.text


async def test_when_everything_is_past_the_hint_is_a_command_to_copy_as_shown(
    bot: tuple[OfflineHarness, FakeClock],
) -> None:
    """User trial: /deadlines without a region said "例如 /deadlines  全部" (two spaces)."""
    harness, clock = bot
    clock.set(datetime(2033, 3, 1, 1, 0, tzinfo=UTC))
    (everywhere,) = await harness.say("/deadlines")
    assert "未找到未到期的期限" in everywhere.text
    assert "例如 /deadlines 全部" in everywhere.text and "  " not in everywhere.text
    (with_region,) = await harness.say("/deadlines 青禾")
    assert "例如 /deadlines 青禾 全部" in with_region.text and "  " not in with_region.text
    (all_of_it,) = await harness.say("/deadlines 全部")
    assert "新增青禾示范企业" in all_of_it.text and "已过期" in all_of_it.text


async def test_a_yearly_quota_and_its_annex_row_of_the_year_are_one_line(
    sqlite_engine: Engine,
) -> None:
    """User trial (/targets 佛山 孵化器): the per-year target dated this year and the annex
    table's row for this year said the same twice; the total counts it once too."""
    extraction = _plan()
    extraction.targets.append(
        TargetRecord(
            region="青禾市",
            subject="新增青禾示范企业",
            value=7,
            unit="家",
            deadline=date(2031, 12, 31),
            quote="2031年新增青禾示范企业7家。",
        )
    )
    store.ingest_extraction(sqlite_engine, extraction)
    async with real_bot(
        sqlite_engine, bot_settings(page_size=10), clock=FakeClock(NOW), private_chats=(USER_ID,)
    ) as harness:
        (listed,) = await harness.say("/targets 青禾 新增青禾示范企业")
        assert listed.text.count("2031-12-31") == 1 and "每年" in listed.text
        (deadlines,) = await harness.say("/deadlines 青禾")
        yearly = [item for item in _items(deadlines.text) if "新增青禾示范企业" in item]
        assert len(yearly) == 1 and "2031-12-31" in yearly[0]
        (everything,) = await harness.say("/targets 青禾")
        assert "共 4 项" in everything.text and len(_items(everything.text)) == 4
