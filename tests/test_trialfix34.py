"""What a fresh user's trial (round 34) found, through the real bot and the emulator, on invented
plans: a bound (不少于) shown apart from its number, a duty /units listed twice (as a deadline
and as the task-table row it came from), /subscribe to a region whose deadlines are all past."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine

from invented_plans import city_plan, task_table_plan
from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.knowledge.answers import format_target_amount
from test_admin_samples import admin_bot

BOUNDED = city_plan("""一、主要目标
到2033年,全市每年组织质量分析会不少于8期,新增示范企业超过20家。
""")
LIVE_DAY = datetime(2018, 6, 1, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai, the table plan running


async def _with_plans(harness: OfflineHarness, *plans: str) -> OfflineHarness:
    for number, plan in enumerate(plans):
        await harness.upload(plan.encode(), filename=f"plan{number}.txt")
        await harness.press("确认入库")
    return harness


@pytest.fixture
async def table_plan_bot(sqlite_engine: Engine) -> AsyncIterator[OfflineHarness]:
    """The task-table plan (its deadlines in 2018 and 2019), asked in 2025: all of them past."""
    async with admin_bot(sqlite_engine) as harness:
        yield await _with_plans(harness, task_table_plan("示范市", "示"))


def test_a_bound_is_written_with_its_number() -> None:
    assert format_target_amount(8, "期", None, "不少于") == "不少于8期"
    assert format_target_amount(20, "家", None, "力争;超过") == "超过20家"
    assert format_target_amount(15, "个", None, "以上") == "15个以上"


async def test_no_list_line_ends_in_a_bound_cut_from_its_number(sqlite_engine: Engine) -> None:
    """A /targets line read 8期 每年组织质量分析会 · 每年,不少于: the bound at the line's end,
    away from the number it bounds."""
    async with admin_bot(sqlite_engine) as harness:
        await _with_plans(harness, BOUNDED)
        (reply,) = await harness.say("/targets 示范市")
    assert "不少于8期" in reply.text, reply.text
    assert "超过20家" in reply.text, reply.text
    for line in reply.text.splitlines():
        assert not line.rstrip().endswith(("不少于", "超过", ",")), reply.text


async def test_units_lists_a_rows_duty_once(table_plan_bot: OfflineHarness) -> None:
    """/units 市市场监管局 listed 完成全市示范区创建验收 (the goal's deadline, its units taken
    from the task table) and the table's row 开展示范区创建 (same date, same units) apart."""
    (reply,) = await table_plan_bot.say("/units 市市场监管局")
    items = [line for line in reply.text.splitlines() if line[:1].isdigit() and ") " in line]
    assert len([line for line in items if "2019-06-30" in line]) == 1, reply.text
    assert any("2018-12-31" in line for line in items), reply.text
    assert "按任务列出 2 条" in reply.text, reply.text


async def test_subscribing_when_every_deadline_is_past_says_so(
    table_plan_bot: OfflineHarness,
) -> None:
    (reply,) = await table_plan_bot.say("/subscribe 示范市")
    assert "已订阅" in reply.text
    assert "都已过去" in reply.text and "2019-06-30" in reply.text, reply.text
    assert "目前没有要提醒的事项" in reply.text
    (again,) = await table_plan_bot.say("/subscribe 示范市")
    assert "已经订阅过" in again.text and "都已过去" in again.text, again.text


async def test_subscribing_with_deadlines_ahead_says_only_when(sqlite_engine: Engine) -> None:
    async with admin_bot(sqlite_engine, clock=FakeClock(LIVE_DAY)) as harness:
        await _with_plans(harness, task_table_plan("示范市", "示"))
        (reply,) = await harness.say("/subscribe 示范市")
    assert "将在到期前" in reply.text, reply.text
    assert "都已过去" not in reply.text, reply.text
