"""What a new user's trial (round 33) found, through the real bot and the emulator: /units of an
office two cities have (one city's office only supporting a task-table row) lost that city's
tasks, dates in one /units reply written two ways, list titles echoing the typed word, the
digest's per-item page turn labelled as its own, and /unsubscribe 全部."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine

from emulator_fixtures import USER_ID, bot_settings, real_bot
from invented_plans import task_table_plan
from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.knowledge.lookup_answers import task_sentence
from test_admin_samples import admin_bot

# Two invented cities' plans: 市经信委 leads a task in the first; in the second it only supports a
# row of the task table (配合单位).
FIRST = """样例市人民政府办公室关于印发样例市品牌建设行动计划(2017-2019年)的通知
样政办发〔2017〕2号
样例市人民政府办公室
2017年3月1日
样例市品牌建设行动计划(2017-2019年)
一、主要任务
1.推进示范工厂建设。到2019年,新增示范工厂10家。(牵头单位:市经信委)
"""

SECOND = task_table_plan("示范市", "示")

NOW = datetime(2018, 6, 1, 1, 0, tzinfo=UTC)  # 09:00 in Shanghai


@pytest.fixture
async def seeded_bot(seeded_engine: Engine) -> AsyncIterator[OfflineHarness]:
    async with real_bot(
        seeded_engine, bot_settings(), clock=FakeClock(NOW), private_chats=(USER_ID,)
    ) as harness:
        yield harness


@pytest.fixture
async def two_cities(sqlite_engine: Engine) -> AsyncIterator[OfflineHarness]:
    async with admin_bot(sqlite_engine) as harness:
        for number, plan in enumerate((FIRST, SECOND)):
            await harness.upload(plan.encode(), filename=f"plan{number}.txt")
            await harness.press("确认入库")
        yield harness


async def test_units_of_an_office_two_cities_have_lists_each_citys_tasks(
    two_cities: OfflineHarness,
) -> None:
    """/units 市经信委 was titled 嘉兴市、湖州市 and listed only 湖州's tasks: 嘉兴's office
    only supported a row of the task table, and a row names its units in cells, not words."""
    (reply,) = await two_cities.say("/units 市经信委")
    lines = reply.text.splitlines()
    assert lines[0] == "2个地区 · 市经信委", reply.text
    # each city's offices are kept apart: one heading per city, its tasks under it
    by_city: dict[str, list[str]] = {}
    city = ""
    for line in lines:
        if line.startswith("【") and line.endswith("】"):
            city = line[1:-1]
        elif city and line[:1].isdigit() and ") " in line:
            by_city.setdefault(city, []).append(line)
    assert any("牵头" in line and "示范工厂" in line for line in by_city["样例市"]), reply.text
    assert any("配合" in line and "示范区创建" in line for line in by_city["示范市"]), reply.text
    assert "配合 1 项" in reply.text


async def test_dates_in_one_units_reply_are_written_one_way(two_cities: OfflineHarness) -> None:
    """/units 市市场监管局 wrote one task's date 2019年6月30日 (a table row's deadline cell, shown
    as the task's sentence) and another's 2018-12-31 (an item's deadline)."""
    (reply,) = await two_cities.say("/units 市市场监管局")
    assert "2018-12-31" in reply.text and "2019-06-30" in reply.text, reply.text
    assert not re.search(r"\d{4}年\d{1,2}月", reply.text), reply.text


def test_a_task_sentence_that_is_only_a_deadline_is_written_as_a_date() -> None:
    assert task_sentence("开展示范区创建 2019年6月30日", "开展示范区创建") == "2019-06-30"
    assert task_sentence("2019年6月底前。", "开展示范区创建") == "2019-06-30"
    said = task_sentence("2019年6月底前完成验收", "开展示范区创建")
    assert said == "2019年6月底前完成验收"  # a sentence saying more keeps its words


@pytest.mark.parametrize(
    "typed", ["/rewards 馳名商標", "/rewards 驰明商标", "/rewards 衢州 馳名商標"]
)
async def test_a_list_title_shows_the_word_as_the_store_writes_it(
    seeded_bot: OfflineHarness, typed: str
) -> None:
    """The title echoed the typed word (“馳名商標”, the slip “驰明商标”) over items saying
    驰名商标: it shows the word the search read, after the traditional and speller readings."""
    (reply,) = await seeded_bot.say(typed)
    title = reply.text.splitlines()[0]
    assert "“驰名商标”" in title, reply.text
    assert "驰名商标" in reply.text.split("\n", 1)[1]


async def test_a_deadlines_title_shows_the_word_as_the_store_writes_it(
    seeded_bot: OfflineHarness,
) -> None:
    (reply,) = await seeded_bot.say("/deadlines 佛山 驰明商标 全部")
    assert "“驰名商标”" in reply.text.splitlines()[0], reply.text


async def test_a_unit_only_supporting_a_rows_milestone_finds_it(two_cities: OfflineHarness) -> None:
    """The milestone of a task-table row kept its lead units only: /deadlines of the unit
    supporting the row (配合单位) found nothing of that city's plan."""
    (reply,) = await two_cities.say("/deadlines 示范市 市经信委 全部")
    assert "完成全市示范区创建验收" in reply.text, reply.text
    assert "配合: 市经信委" in reply.text
