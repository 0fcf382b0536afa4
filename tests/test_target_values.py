"""How a target's quantity reads in the bot's replies: in the document's own words — "7.5%左右",
"15家以上" — not the number with its qualifier split off behind it ("7.5% · 左右", a defect of
the user trial). Invented plan, read by the real extractor."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine

from emulator_fixtures import USER_ID, real_bot
from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.knowledge import store
from policybot.knowledge.extract.pipeline import extract_text

PLAN = (
    "青川市人民政府关于下达2031年目标任务的通知\n"
    "青川市人民政府\n"
    "2031年2月10日\n"
    "全市工业增加值增长7.5%左右,新增青川示范企业15家以上。\n"
)
NOW = datetime(2031, 3, 1, 1, 0, tzinfo=UTC)


@pytest.fixture
async def bot(sqlite_engine: Engine) -> AsyncIterator[OfflineHarness]:
    store.ingest_extraction(sqlite_engine, extract_text(PLAN, "qingchuan.txt"))
    async with real_bot(sqlite_engine, clock=FakeClock(NOW), private_chats=(USER_ID,)) as harness:
        yield harness


async def test_the_words_after_a_number_stay_with_it(bot: OfflineHarness) -> None:
    (listed,) = await bot.say("/targets 青川")
    lines = [line for line in listed.text.splitlines() if line[:1].isdigit()]
    growth = next(line for line in lines if "工业增加值" in line)
    assert growth.split()[1] == "7.5%左右" and "· 左右" not in growth
    firms = next(line for line in lines if "青川示范企业" in line)
    # 新增 goes before the label, and is not repeated as a qualifier the label already says.
    assert firms.split()[1:3] == ["15家以上", "新增青川示范企业"] and "· 新增" not in firms
    assert ";" not in listed.text  # the extractor's word separator is not shown


async def test_a_question_is_answered_in_the_same_words(bot: OfflineHarness) -> None:
    (answer,) = await bot.say("青川市工业增加值要增长多少?")
    assert "7.5%左右" in answer.text and "· 左右" not in answer.text
