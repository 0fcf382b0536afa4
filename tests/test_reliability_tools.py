"""/calc and /compare refuse what they cannot read (#17, reliability round 3).

The probe's cases on the seed plans: ``/calc 衢州 国际标准 主导 -5`` priced 5 (the minus dropped),
1e308, 1.5 and a 26-digit number were priced ×1, and a negative 纳税地方留存 made the request
unreadable; ``/compare 南海 顺德 -1`` titled the comparison "-1". Now each gets a refusal naming
the bad part."""

from __future__ import annotations

import pytest

from policybot.bot.harness import OfflineHarness
from test_tools_bot import bot  # noqa: F401  (fixture; its store is conftest's seeded_engine)


@pytest.mark.parametrize(
    ("count", "why"),
    [
        ("-5", "不能为负数"),
        ("1e308", "应为整数"),
        ("1.5", "应为整数"),
        ("99999999999999999999999999", "应在 1 到 999 之间"),
        ("0", "应在 1 到 999 之间"),
    ],
)
async def test_calc_refuses_a_count_it_cannot_read(
    bot: OfflineHarness,  # noqa: F811
    count: str,
    why: str,
) -> None:
    (reply,) = await bot.say(f"/calc 衢州 国际标准 主导 {count}")
    assert "无法计算" in reply.text and why in reply.text and "合计" not in reply.text
    assert count[:19] in reply.text


async def test_calc_refuses_a_negative_tax_figure(bot: OfflineHarness) -> None:  # noqa: F811
    (reply,) = await bot.say("/calc 衢州 纳税地方留存 -80万元 驰名商标 1")
    assert "纳税地方留存额不能为负数" in reply.text


async def test_calc_still_prices_ordinary_counts(bot: OfflineHarness) -> None:  # noqa: F811
    (reply,) = await bot.say("/calc 衢州 国际标准 主导 2; 纳税地方留存 80万元")
    assert "×2" in reply.text and "无法计算" not in reply.text


@pytest.mark.parametrize("year", ["-1", "99999", "18.5"])
async def test_compare_refuses_an_invalid_year_with_the_usage(
    bot: OfflineHarness,  # noqa: F811
    year: str,
) -> None:
    replies = await bot.say(f"/compare 南海 顺德 {year}")
    assert len(replies) == 1 and replies[0].photo is None
    assert "年份应为" in replies[0].text and year in replies[0].text
    assert "用法:/compare" in replies[0].text and "目标对比" not in replies[0].text


async def test_compare_with_a_real_year_still_compares(bot: OfflineHarness) -> None:  # noqa: F811
    replies = await bot.say("/compare 南海 顺德 2018")
    assert any("2018年" in reply.text and "目标对比" in reply.text for reply in replies)
