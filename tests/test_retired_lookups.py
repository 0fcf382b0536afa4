"""New-user trial: after /retire of a region's only document, /targets, /deadlines and /rewards
of that region said a bare 未找到; they say the region's document was retired, by whom and when
(from the audit log), and go back to normal after /undo."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy.engine import Engine

from policybot.bot.harness import OfflineHarness
from test_admin_samples import NOW, PLAN_V1, STRANGER, admin_bot


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[OfflineHarness]:
    async with admin_bot(engine) as harness:
        await harness.upload(PLAN_V1.encode(), filename="p.txt")
        (confirmed,) = await harness.press("确认入库")
        assert "已入库:文档 #1" in confirmed.text
        yield harness


async def test_lookups_of_a_retired_region_say_its_document_was_retired(
    bot: OfflineHarness,
) -> None:
    (before,) = await bot.say("/targets 示范市")
    assert "品牌" in before.text and "已停用" not in before.text
    (retired,) = await bot.say("/retire 1")
    assert "文档已停用" in retired.text
    (history,) = await bot.say("/history 1")
    who = next(line for line in history.text.splitlines() if "停用" in line)
    for command in (
        "/targets 示范市",
        "/deadlines 示范市",
        "/rewards 示范市",
        "/targets 示范 2025",
    ):
        (reply,) = await bot.say(command, chat_id=STRANGER, user_id=STRANGER)
        assert "未找到" in reply.text, reply.text
        assert "示范市的文件《" in reply.text and "已停用(已失效)" in reply.text, reply.text
        said = reply.text[reply.text.index("由 ") + 2 :].split(" 停用")[0]
        assert said and said in who  # the admin /history names for the retirement
        assert NOW.date().isoformat() in reply.text
        assert "/help 看用法" not in reply.text
    (undone,) = await bot.say("/undo")
    assert "已撤销" in undone.text
    (after,) = await bot.say("/targets 示范市")
    assert "品牌" in after.text and "已停用" not in after.text


async def test_a_miss_in_a_region_with_an_active_document_is_a_plain_miss(
    bot: OfflineHarness,
) -> None:
    (reply,) = await bot.say("/targets 示范市 2099")
    assert "未找到" in reply.text and "已停用" not in reply.text


@pytest.mark.parametrize(
    "asked", ["示范市新增国家级品牌企业多少家", "示范市2099年新增省级品牌企业多少家"]
)
async def test_a_question_of_a_retired_region_leads_with_the_retirement(
    bot: OfflineHarness, asked: str
) -> None:
    # trial37: 只写了国家级品牌、市级品牌 (a level reason read from the retired plan) came first
    await bot.say("/retire 1")
    (reply,) = await bot.say(asked, chat_id=STRANGER, user_id=STRANGER)
    first = next(line for line in reply.text.splitlines() if "未找到" in line)
    assert "已停用" in first and "只写了" not in reply.text and "没有" not in first, reply.text
