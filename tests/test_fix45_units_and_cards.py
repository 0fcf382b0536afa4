"""fix45 item 4, through the real bot on an invented plan: a task's note names its 配合 units
("(牵头单位:市市场监管局;配合单位:市经信局、市商务局)") and the deadline read from its sentence
kept only the lead, so the deadline's card left them out, /units did not list them, and the
task-table row of the same task (its units fewer than the note's) was listed again beside
the deadline. /history names the zone its times are in."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy.engine import Engine

from invented_plans import city_plan
from policybot.bot.harness import OfflineHarness
from policybot.clock import zone_label
from policybot.handlers.admin_format import history_html
from policybot.knowledge.audit import recent
from test_admin_samples import admin_bot

PLAN = city_plan(
    """一、主要目标
到2033年,全市主要产品质量合格率稳定在95%以上,新增品牌企业30家。
二、重点任务
(一)建立品牌培育库。2031年12月底前完成品牌培育库建设。(牵头单位:市市场监管局;配合单位:市经信局、市商务局)
(二)开展质量提升行动。2032年6月底前完成首批企业质量提升。(市市场监管局牵头,市科技局配合)
(三)做好进展报送。每季度末向市政府报送工作进展。(牵头单位:市质量办;配合单位:市统计局)
三、任务分解表
序号 任务 牵头单位 配合单位 完成时限
1 建立品牌培育库 市市场监管局 市经信局 2031年12月31日
2 开展标准化试点 市市场监管局、市发改委 市财政局 2032年12月31日
"""
)


@pytest.fixture
async def bot(sqlite_engine: Engine) -> AsyncIterator[OfflineHarness]:
    async with admin_bot(sqlite_engine) as harness:
        yield harness


def _count(text: str, pattern: str) -> int:
    found = re.search(pattern, text)
    assert found, text
    return int(found.group(1))


async def test_a_deadline_keeps_its_notes_support_units(bot: OfflineHarness) -> None:
    (preview,) = await bot.upload(PLAN.encode(), filename="plan.txt")
    (saved,) = await bot.press("确认入库")
    previewed = _count(preview.text, r"责任单位 (\d+) 个")
    assert previewed == _count(saved.text, r"责任单位 (\d+) 个"), (preview.text, saved.text)
    (units,) = await bot.say("/units")
    assert _count(units.text, r"共 (\d+) 个单位") == previewed == 8, units.text
    (card,) = await bot.say("示范市品牌培育库什么时候完成")
    assert "牵头: 市市场监管局; 配合: 市经信局、市商务局" in card.text, card.text
    (step,) = await bot.say("首批企业质量提升什么时候完成")
    assert "配合: 市科技局" in step.text, step.text
    (statistics,) = await bot.say("/units 市统计局")
    assert "配合" in statistics.text and "报送工作进展" in statistics.text, statistics.text


async def test_units_lists_a_task_once_when_its_row_names_fewer_units(
    bot: OfflineHarness,
) -> None:
    await bot.upload(PLAN.encode(), filename="plan.txt")
    await bot.press("确认入库")
    for unit in ("市市场监管局", "市经信局"):
        (reply,) = await bot.say(f"/units {unit}")
        items = [line for line in reply.text.splitlines() if re.match(r"\d+\) ", line)]
        assert len([line for line in items if "建立品牌培育库" in line]) == 1, reply.text
        assert all(len(line) <= 60 for line in items), reply.text  # one phone line each


async def test_history_says_the_zone_of_its_times(
    bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    await bot.upload(PLAN.encode(), filename="plan.txt")
    await bot.press("确认入库")
    (history,) = await bot.say("/history")
    assert history.text.splitlines()[0] == "最近的修改(北京时间)", history.text
    assert " 2025-01-10 10:00 " in history.text  # 02:00 UTC, shown in Shanghai
    tokyo = history_html(recent(sqlite_engine), ZoneInfo("Asia/Tokyo"), title="最近的修改")
    assert tokyo.splitlines()[0] == "<b>最近的修改</b>(UTC+09:00)"


def test_a_zone_is_named_by_its_offset_at_the_time_shown() -> None:
    summer = datetime(2031, 7, 1, tzinfo=UTC)
    winter = datetime(2031, 1, 1, tzinfo=UTC)
    assert zone_label(ZoneInfo("Asia/Shanghai"), summer) == "北京时间"
    assert zone_label(ZoneInfo("Europe/Berlin"), summer) == "UTC+02:00"
    assert zone_label(ZoneInfo("Europe/Berlin"), winter) == "UTC+01:00"
    assert zone_label(ZoneInfo("America/St_Johns"), winter) == "UTC-03:30"
    assert zone_label(ZoneInfo("UTC"), winter) == "UTC"
