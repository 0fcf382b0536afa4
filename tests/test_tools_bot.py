"""The four office tools end to end: the real Application, the seed plans, the offline Telegram.

/calc with its count buttons and the free-text route, /compare (picture and text) and the
question route, /export as an .xlsx document (region for anyone, everything for admins only),
/progress as a photo after units reported, and the usage replies for bad input.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import pytest
from openpyxl import load_workbook
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from emulator_fixtures import USER_ID, bot_settings, real_bot
from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.handlers.formatting import telegram_length
from policybot.knowledge.models import Target

OWNER_ID = 10002
NOW = datetime(2018, 6, 1, 1, 0, tzinfo=UTC)


@pytest.fixture
async def bot(seeded_engine: Engine) -> AsyncIterator[OfflineHarness]:
    async with real_bot(
        seeded_engine,
        bot_settings(owners=(OWNER_ID,)),
        clock=FakeClock(NOW),
        private_chats=(USER_ID, OWNER_ID),
    ) as harness:
        yield harness


async def test_calc_prices_claims_and_buttons_change_counts(bot: OfflineHarness) -> None:
    (reply,) = await bot.say("/calc 衢州 国际标准 主导 1; 驰名商标 1")
    assert "合计: 200万元" in reply.text
    # One line a claim and a condition; the sentences are behind 出处 (a phone page).
    assert "#reward#" not in reply.text and len(reply.text.splitlines()) <= 15
    assert "2. 通过行政途径新获得中国驰名商标 ×1 — 100万元" in reply.text
    assert "适用范围" in reply.text and "适用于衢州市级" not in reply.text
    assert reply.labels == [
        *("➖ 国际标准·主导", "➕ 国际标准·主导", "➖ 驰名商标", "➕ 驰名商标"),
        "出处",
    ]
    for button in (b for row in reply.buttons for b in row):
        assert button.data and len(button.data.encode()) <= 64
    (edited,) = await bot.press("➕ 国际标准·主导")
    assert edited.edited and "合计: 300万元" in edited.text and "×2" in edited.text
    (lowered,) = await bot.press("➖ 驰名商标")
    assert "合计: 200万元" in lowered.text
    (sources,) = await bot.press("出处")
    assert "适用于衢州市级" in sources.text and "驰名商标" in sources.text


async def test_a_free_text_sum_goes_to_the_calculator(bot: OfflineHarness) -> None:
    question = (
        "我们公司今年主导制定了1项国际标准、参与制定2项国家标准,新获中国驰名商标1件,衢州能拿多少?"
    )
    (reply,) = await bot.say(question)
    assert "奖励测算" in reply.text and "合计: 230万元" in reply.text


async def test_calc_without_arguments_or_match_explains_usage(bot: OfflineHarness) -> None:
    (usage,) = await bot.say("/calc")
    assert usage.text.startswith("用法:/calc")
    (nothing,) = await bot.say("/calc 佛山 驰名商标 1")
    assert "未找到" in nothing.text and "用法" in nothing.text and not nothing.labels


async def test_an_expired_count_button_says_so(bot: OfflineHarness) -> None:
    (reply,) = await bot.say("/calc 衢州 驰名商标 1")
    message = bot.emulator.world.messages[(USER_ID, reply.message_id)]
    update_id = bot.emulator.push_callback(USER_ID, USER_ID, message.message_id, "calc:zz:0:+")
    await bot.wait_processed(update_id)
    answer = bot.emulator.callback_answer(update_id)
    assert answer is not None and "过期" in (answer.answer_text or "")


async def test_compare_sends_a_picture_and_the_rows(bot: OfflineHarness) -> None:
    replies = await bot.say("/compare 南海 顺德 2018")
    photo, text = replies
    assert photo.photo is not None and photo.photo.width > 400
    assert "两地都有 17 项" in photo.text
    pages = [text]
    while "下一页" in text.labels:
        (text,) = await bot.press("下一页")
        pages.append(text)
    # 17 rows were one 24-line message: pages a phone shows, each row once, 出处 at the end.
    assert len(pages) > 1 and all(len(page.text.splitlines()) <= 15 for page in pages)
    rows = [line for page in pages for line in page.text.splitlines() if line[:1].isdigit()]
    assert [row.split(".")[0] for row in rows] == [str(n) for n in range(1, 18)]
    # (fix80: the rows whose two values differ come first, so a phone's first page shows them.)
    differing = "各区有效期内省名牌产品数量(2018): 南海区 不少于239个 | 顺德区 不少于161个"
    assert any(row.endswith(differing) and int(row.split(".")[0]) <= 3 for row in rows), rows
    assert all("#target#" not in page.text for page in pages)  # ids are for admins
    assert "出处" in pages[-1].text


async def test_a_comparison_question_is_routed_to_compare(bot: OfflineHarness) -> None:
    replies = await bot.say("南海和顺德2018年的指标对比")
    assert replies[0].photo is not None
    assert "两地都有" in replies[-1].text and "第 1/" in replies[-1].text
    # (fix80: a row where the two differ is on the first page, before the equal ones.)
    assert "顺德区 不少于161个" in replies[-1].text


async def test_compare_lists_what_one_region_lacks(bot: OfflineHarness) -> None:
    replies = await bot.say("/compare 湖州 衢州 标准")
    assert "仅湖州市有" in replies[-1].text and "仅衢州市有 0 项" in replies[-1].text
    (usage,) = await bot.say("/compare 湖州")
    assert usage.text.startswith("用法:/compare")
    (unknown,) = await bot.say("/compare 湖州 火星")
    assert "未找到地区“火星”" in unknown.text


async def test_export_a_region_as_a_spreadsheet(bot: OfflineHarness) -> None:
    (reply,) = await bot.say("/export 南海区")
    assert reply.document is not None
    assert reply.document.file_name == "台账_佛山市南海区_2018-06-01.xlsx"
    workbook = load_workbook(io.BytesIO(bot.emulator.file_bytes(reply.document.file_id)))
    assert workbook.sheetnames == ["目标", "节点与任务", "奖励"]
    assert workbook["目标"].max_row == 1 + 24
    assert "目标 24 项" in reply.text


async def test_exporting_everything_is_for_admins(bot: OfflineHarness) -> None:
    (refused,) = await bot.say("/export")
    assert refused.document is None and "管理员" in refused.text
    (granted,) = await bot.say("/export", chat_id=OWNER_ID, user_id=OWNER_ID)
    assert granted.document is not None and granted.document.file_name.startswith("台账_全部_")
    (unknown,) = await bot.say("/export 火星")
    assert "未找到地区" in unknown.text


def nanhai_target(engine: Engine, subject: str, deadline: date) -> int:
    """The id of a 南海 target as the extractor stored it (ids move when the extractor does)."""
    with Session(engine) as session:
        target = session.exec(
            select(Target).where(
                col(Target.district).contains("南海"),
                Target.subject == subject,
                Target.deadline == deadline,
            )
        ).one()
    assert target.id is not None
    return target.id


async def test_progress_photo_after_reports(bot: OfflineHarness, seeded_engine: Engine) -> None:
    (nothing,) = await bot.say("/progress 南海区")
    assert nothing.photo is None and "还没有报送进展" in nothing.text
    reports = (
        ("各区有效期内省名牌产品数量", date(2018, 12, 31), 100),  # behind
        ("各区有效期内中国驰名商标", date(2017, 12, 31), 40),  # overdue
        ("各区每年培育细分行业龙头企业数", date(2019, 12, 31), 30),  # on track this year
    )
    for subject, deadline, value in reports:
        target_id = nanhai_target(seeded_engine, subject, deadline)
        await bot.say(f"/report {target_id} {value}", chat_id=OWNER_ID, user_id=OWNER_ID)
    (photo,) = await bot.say("/progress 南海区")
    assert photo.photo is not None
    assert 20_000 < photo.photo.file_size < 2_000_000
    assert photo.photo.width >= 600 and photo.photo.height >= 300
    summary = photo.text.split("\n")[0]
    assert summary.startswith("佛山市南海区 目标进展(2018-06-01):已报送 3 项")
    assert "🔴逾期 1" in summary and "🟡滞后 1" in summary and "🟢正常 1" in summary
    assert "另有 21 项未报送" in summary
    assert "出处" in photo.text
    png = bot.emulator.file_bytes(photo.photo.file_id)
    assert png.startswith(b"\x89PNG")


async def test_progress_usage_and_unknown_names(bot: OfflineHarness) -> None:
    (usage,) = await bot.say("/progress")
    assert usage.text.startswith("用法:/progress")
    (unknown,) = await bot.say("/progress 火星")
    assert "未找到地区或单位" in unknown.text


async def test_the_tools_are_in_the_menu_and_help(bot: OfflineHarness) -> None:
    menu = dict(bot.emulator.commands())
    for command in ("calc", "compare", "export", "progress"):
        assert command in menu
    (help_message,) = await bot.say("/help 全部")  # /help itself names the everyday ones
    pages = [help_message]
    while "下一页" in pages[-1].labels:
        pages += await bot.press("下一页")
    for command in ("/calc", "/compare", "/export", "/progress"):
        assert any(command in page.text for page in pages)
    assert all(telegram_length(page.source_text) <= 4096 for page in pages)
