"""A lookup command's keyword with a typing slip is read as a question's is.

New-user trial: "南海驰明商标要多少件" was answered (the speller reads 驰明 as the documents'
驰名), but "/targets 南海 驰明商标" said 未找到 with no hint at all: a lookup's keyword was
searched only as typed and through the glossary, never through the speller.
"""

from __future__ import annotations

from policybot.bot.harness import OfflineHarness


async def test_a_keyword_typed_with_a_slip_finds_what_the_documents_write(
    sqlite_plan_bot: OfflineHarness,
) -> None:
    (right,) = await sqlite_plan_bot.say("/targets 示范市 省级品牌")
    assert "20家" in right.text
    (slip,) = await sqlite_plan_bot.say("/targets 示范市 省级品派")  # 派: the sound of 牌
    assert "20家" in slip.text and "未找到" not in slip.text
    (reward,) = await sqlite_plan_bot.say("/rewards 示范市 省级品派")
    assert "50万元" in reward.text
