"""The real Application, driven through the offline Telegram: every lookup command, paging by
button, 未找到, traditional input, aliases, group mentions, HTML escaping and the 4096 limit."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from emulator_fixtures import USER_ID, Group, bot_settings, help_pages, real_bot
from lookup_samples import ESCAPE_QUOTE, load_samples
from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.config import Settings
from policybot.handlers.formatting import TELEGRAM_LIMIT
from policybot.knowledge import store
from policybot.knowledge.database import session_scope
from policybot.knowledge.extract.records import DocumentMeta, Extraction, TargetRecord
from policybot.knowledge.hints import WHERE_TO_LOOK
from policybot.knowledge.models import ProgressReport, Target

GROUP_ID = -100777
NOW = datetime(2018, 6, 1, 1, 0, tzinfo=UTC)


def lookup_bot(engine: Engine, settings: Settings) -> AbstractAsyncContextManager[OfflineHarness]:
    """The bot at ``NOW``, talking as USER_ID privately, who is also in GROUP_ID."""
    return real_bot(
        engine,
        settings,
        clock=FakeClock(NOW),
        private_chats=(USER_ID,),
        groups=(Group(GROUP_ID, members=(USER_ID,)),),
    )


@pytest.fixture
async def bot(sqlite_engine: Engine) -> AsyncIterator[OfflineHarness]:
    load_samples(sqlite_engine)
    async with lookup_bot(sqlite_engine, bot_settings(page_size=2)) as harness:
        yield harness


async def test_start_and_help_explain_every_command_with_an_example(bot: OfflineHarness) -> None:
    (welcome,) = await bot.say("/start")
    assert "质量品牌规划助手" in welcome.text
    (help_message,) = await bot.say("/help")
    # A phone screen: the everyday commands, one example each, and where the rest is.
    assert len(help_message.text.splitlines()) <= 15
    for example in ("/targets 湖州 2018", "/deadlines 佛山", "/subscribe 南海区", "/help 全部"):
        assert example in help_message.text
    assert "/adminhelp" not in help_message.text  # admin commands are for admins
    pages = await help_pages(bot)
    everything = "\n".join(pages)
    commands = ("/targets", "/rewards", "/deadlines", "/units", "/doc", "/search", "/subscribe")
    for command in (
        *commands,
        "/calc",
        "/compare",
        "/export",
        "/progress",
        "/mysubs",
        "/leadtimes",
    ):
        assert command in everything
    assert "例如" in everything and "直接提问" in everything
    # Not an admin: no admin commands, nor where they are, in any page.
    for admins in ("/adminhelp", "/supervise", "@聊天ID", "维护知识库"):
        assert admins not in everything
    # Not an admin: told the commands are admins', not given them (test_admin_bot: an admin is).
    for asking in ("/help admin", "/adminhelp"):
        (admin_help,) = await bot.say(asking)
        assert "仅限管理员" in admin_help.text and "请联系管理员" in admin_help.text
        assert "/edit" not in admin_help.text and "/undo" not in admin_help.text
        assert "/grant" not in admin_help.text and "所有者" not in admin_help.text
        assert len(admin_help.text.splitlines()) == 1


async def test_the_command_menu_is_set_in_chinese(bot: OfflineHarness) -> None:
    menu = dict(bot.emulator.commands())
    assert menu["targets"] == "查目标任务" and "rewards" in menu and "help" in menu


async def test_targets_by_alias_page_through_buttons(bot: OfflineHarness) -> None:
    (first,) = await bot.say("/targets 湖州")
    assert first.parse_mode == "HTML"
    assert "湖州市" in first.text and "第 1/2 页" in first.text
    assert "出处" in first.text and "湖州市“浙江制造”品牌建设三年行动计划" in first.text
    assert first.labels == ["出处", "下一页"]
    (second,) = await bot.press("下一页")
    assert second.edited and "第 2/2 页" in second.text and "65%" in second.text
    assert second.labels == ["上一页", "出处"]
    assert bot.callback_answer() is not None and bot.callback_answer().answered
    (back,) = await bot.press("上一页")
    assert "第 1/2 页" in back.text
    assert all(len(b.data.encode()) <= 64 for row in first.buttons for b in row if b.data)


async def test_targets_with_a_year(bot: OfflineHarness) -> None:
    (reply,) = await bot.say("/targets 南海 2018")
    assert "6个" in reply.text and "5个" not in reply.text


async def test_targets_without_a_region_explain_the_usage(bot: OfflineHarness) -> None:
    (reply,) = await bot.say("/targets")
    assert "用法" in reply.text


async def test_rewards_and_the_escaped_quote(bot: OfflineHarness) -> None:
    (reply,) = await bot.say("/rewards 佛山 政府质量奖")
    assert "最高20万元" in reply.text and "《" in reply.text
    assert ESCAPE_QUOTE not in reply.text  # the quote opens from the 出处 button
    (sources,) = await bot.press("出处")
    assert ESCAPE_QUOTE in sources.text  # shown as written; the emulator parsed the HTML
    assert "&lt;政府质量奖&gt;&amp;" in sources.source_text
    assert "#reward#" not in sources.text  # ids only for admins


async def test_admins_find_the_ids_they_edit_by_in_the_sources(sqlite_engine: Engine) -> None:
    load_samples(sqlite_engine)
    async with lookup_bot(sqlite_engine, bot_settings(owners=(USER_ID,))) as harness:
        (reply,) = await harness.say("衢州驰名商标奖励多少钱")
        assert "#reward#" not in reply.text
        (sources,) = await harness.press("出处")
        assert re.search(r"#reward#\d+", sources.text)


async def test_deadlines_soonest_first_and_all_marks_overdue(bot: OfflineHarness) -> None:
    (upcoming,) = await bot.say("/deadlines 佛山")
    assert "2018-12-31" in upcoming.text and "已过期" not in upcoming.text
    (first,) = await bot.say("/deadlines 佛山 全部")
    texts = [first.text]
    while "下一页" in bot.emulator.latest_message(USER_ID).labels:
        (page,) = await bot.press("下一页")
        texts.append(page.text)
    assert "⚠️已过期" not in texts[0]
    overdue = [line for line in texts[-1].split("\n") if "2017-06-30(2017年中)" in line]
    assert overdue and overdue[0].endswith("⚠️已过期")


async def test_units_and_documents(bot: OfflineHarness) -> None:
    (directory,) = await bot.say("/units")
    assert "市经信委" in directory.text and "个单位" in directory.text
    (one,) = await bot.say("/units 市经信委")
    # One count, defined once, in both replies: what the directory says of the unit is what
    # the unit's own reply heads with.
    (counted,) = re.findall(r"市经信委 — (牵头 \d+ 项(?:, 配合 \d+ 项)?)", directory.text)
    assert f"目标/事项: {counted};按任务分列" in one.text
    (documents,) = await bot.say("/doc 湖州")
    assert "湖政办发〔2016〕63号" in documents.text
    # Each document named once: the headline is its title, not a line and a 出处 again.
    title = documents.text.splitlines()[1].removeprefix("答: ")
    assert documents.text.count(title) == 1 and "出处:" not in documents.text
    (every,) = await bot.say("/doc")
    assert "份文件" in every.text and "出处:" not in every.text


async def test_a_past_occurrence_of_a_recurring_duty_is_marked_like_every_past_item(
    bot: OfflineHarness,
) -> None:
    """/deadlines 佛山 2017 marked every past target and milestone ⚠️已过期 but not 每季度 ones."""
    (year,) = await bot.say("/deadlines 湖州 2017")
    duties = [line for line in year.text.splitlines() if "工作督查" in line]
    assert duties and all(line.endswith("⚠️已过期") for line in duties)


async def test_search_with_two_characters(bot: OfflineHarness) -> None:
    (reply,) = await bot.say("/search 督查")
    assert "每半年" in reply.text


async def test_a_private_question_in_traditional_chinese(bot: OfflineHarness) -> None:
    (reply,) = await bot.say("湖州市質監局負責哪些目標")
    assert "市质量技监局" in reply.text and "25项" in reply.text


async def test_a_question_about_something_unknown_says_not_found(bot: OfflineHarness) -> None:
    (reply,) = await bot.say("火星探测奖励多少钱")
    assert "未找到" in reply.text and WHERE_TO_LOOK in reply.text
    assert "万元" not in reply.text
    assert len(reply.text.splitlines()) <= 4  # title, 未找到, a blank line, the hint


async def test_a_near_miss_keeps_its_suggestion_in_one_short_line(bot: OfflineHarness) -> None:
    (reply,) = await bot.say("/targets 佛山 驰明商标")  # 佛山's plan rewards 驰名商标
    assert "未找到“驰明商标”" in reply.text and "是不是“驰名商标”?" in reply.text
    assert "可查询的地区" not in reply.text and len(reply.text.splitlines()) <= 4
    # 湖州's plan never says 驰名商标: another city's term is no suggestion for its list.
    (elsewhere,) = await bot.say("/targets 湖州 驰明商标")
    assert "未找到“驰明商标”" in elsewhere.text and "驰名商标" not in elsewhere.text


async def test_in_groups_only_mentions_are_answered(bot: OfflineHarness) -> None:
    assert await bot.say("驰名商标奖励多少钱", chat_id=GROUP_ID) == []
    (reply,) = await bot.say("@policy_test_bot 驰名商标奖励多少钱", chat_id=GROUP_ID)
    assert reply.chat_id == GROUP_ID and "万元" in reply.text
    (command,) = await bot.say("/rewards@policy_test_bot 衢州", chat_id=GROUP_ID)
    assert "100万元" in command.text

    # Telegram sees no command in these, but the mention makes them the bot's: the lookup.
    for typed in ("/rewards@policy_test_bot衢州", "@policy_test_bot /rewards 衢州"):
        (glued,) = await bot.say(typed, chat_id=GROUP_ID)
        assert glued.text == command.text, typed
    (other,) = await bot.say("/subscribe@policy_test_bot南海区", chat_id=GROUP_ID)
    assert "/subscribe 南海区" in other.text


async def test_stale_page_buttons_say_so(bot: OfflineHarness) -> None:
    await bot.say("/targets 湖州")
    bot.application.chat_data[USER_ID].clear()
    assert await bot.press("下一页") == []
    answer = bot.callback_answer()
    assert answer is not None and "过期" in (answer.answer_text or "")


async def test_no_page_exceeds_telegrams_limit(sqlite_engine: Engine) -> None:
    long_quote = "提升" * 1500 + "<&>"
    text = "长文。" + long_quote
    store.ingest_extraction(
        sqlite_engine,
        Extraction(
            document=DocumentMeta(source="long.txt", region="长治市", title="长治市长文计划"),
            text=text,
            targets=[
                TargetRecord(
                    region="长治市",
                    subject="提升" * 200 + f"指标{i}",
                    value=i,
                    unit="项",
                    quote=long_quote,
                )
                # A list line shows a label's head only (``knowledge.heads``): enough items
                # that the pages are still cut by size and count.
                for i in range(1, 120)
            ],
        ),
    )
    async with lookup_bot(sqlite_engine, bot_settings(page_size=50)) as harness:
        messages = list(await harness.say("/targets 长治"))
        messages += await harness.press("出处")
        for _ in range(40):
            try:
                turned = await harness.press("下一页")
            except LookupError:  # the last page has no 下一页
                break
            messages += turned + await harness.press("出处")
        assert len(messages) > 2
        assert all(len(message.source_text) <= TELEGRAM_LIMIT for message in messages)
        # The Bot API: "1-4096 characters after entities parsing", counted in UTF-16 units.
        assert all(
            len(message.text.encode("utf-16-le")) // 2 <= TELEGRAM_LIMIT for message in messages
        )
        assert all(len(message.text) <= TELEGRAM_LIMIT for message in messages)


async def test_a_handler_error_becomes_an_apology(sqlite_engine: Engine, monkeypatch) -> None:
    load_samples(sqlite_engine)
    settings = bot_settings(error_chat_id=-100999)

    def explode(self: object, question: str, **_: object) -> None:  # (chat_id=…)
        raise RuntimeError("index broken")

    monkeypatch.setattr("policybot.knowledge.service.QueryService.ask", explode)
    async with real_bot(
        sqlite_engine,
        settings,
        clock=FakeClock(NOW),
        groups=(Group(-100999, members=(USER_ID,)),),
        raise_handler_errors=False,
    ) as harness:
        (apology,) = await harness.say("驰名商标奖励多少钱")
        assert apology.text.startswith("出错了") and "Traceback" not in apology.text
        (report,) = harness.emulator.sent_messages(-100999)
        assert "RuntimeError" in report.text and "index broken" in report.text


async def test_targets_show_the_latest_progress_report(
    bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    with Session(sqlite_engine) as session:
        target = session.exec(select(Target).where(Target.value == 50)).one()
    with session_scope(sqlite_engine) as session:
        for value, day in ((10, 1), (30, 20)):
            session.add(
                ProgressReport(
                    target_id=target.id or 0,
                    value=value,
                    reported_by=USER_ID,
                    reported_at=datetime(2018, 5, day, tzinfo=UTC),
                )
            )
    (reply,) = await bot.say("/targets 湖州 卓越绩效")
    assert "进展: 30家(2018-05-20报,完成 60%)" in reply.text


async def test_an_unknown_command_gets_one_line_instead_of_silence(bot: OfflineHarness) -> None:
    (reply,) = await bot.say("/target 湖州")  # a typo of /targets
    assert reply.text.startswith("没有 /target 这个命令") and "/help" in reply.text
    assert "是要 /targets 吗" in reply.text  # the command it is most likely a slip for
    (far,) = await bot.say("/foo")
    assert "是要" not in far.text  # nothing close: no guess
    (known,) = await bot.say("/targets 湖州")
    assert "没有" not in known.text.splitlines()[0]
    assert await bot.say("/foo", chat_id=GROUP_ID) == []  # may be another bot's command
    (addressed,) = await bot.say("/foo@policy_test_bot", chat_id=GROUP_ID)
    assert addressed.text.startswith("没有 /foo 这个命令")


async def test_a_full_width_slash_is_read_as_the_command(bot: OfflineHarness) -> None:
    """A Chinese input method types ／ for /; Telegram then sends plain text."""
    (typed,) = await bot.say("／targets 湖州")
    (command,) = await bot.say("/targets 湖州")
    assert typed.text == command.text
    (subscribe,) = await bot.say("／subscribe 湖州")
    assert "半角" in subscribe.text and "/subscribe 湖州" in subscribe.text
    (unknown,) = await bot.say("／foo")
    assert unknown.text.startswith("没有 /foo 这个命令")


async def test_a_command_typed_without_its_space_is_read_as_the_command(
    bot: OfflineHarness,
) -> None:
    """/targets湖州: Telegram finds no command when a letter follows the name, so the text comes
    as a question; a lookup is answered as if the space were there, another command is shown
    with the space it needs."""
    (glued,) = await bot.say("/targets湖州")
    (spaced,) = await bot.say("/targets 湖州")
    assert glued.text == spaced.text
    (with_year,) = await bot.say("/targets湖州 2018")
    assert with_year.text == (await bot.say("/targets 湖州 2018"))[0].text
    (subscribe,) = await bot.say("/subscribe湖州")
    assert "空一格" in subscribe.text and "/subscribe 湖州" in subscribe.text
    (typo,) = await bot.say("/target湖州")
    assert "是要 /targets 吗" in typo.text


async def test_our_district_is_the_one_the_chat_follows(bot: OfflineHarness) -> None:
    """我们区 asked privately by a chat subscribed to one district: that district's items (the
    handler passes the chat, the service reads its subscriptions); before it subscribed, the
    bot asked which region."""
    (unsure,) = await bot.say("我们区2018年新增省名牌产品多少个")
    assert "请说明是哪个地区" in unsure.text
    await bot.say("/subscribe 南海区")
    (answer,) = await bot.say("我们区2018年新增省名牌产品多少个")
    assert "南海区" in answer.text and "6个" in answer.text, answer.text
