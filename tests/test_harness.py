"""The harness runs a real polling Application against the emulator and knows when it is done."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

from emulator_fixtures import GROUP_ID, USER_ID, build_echo_bot, echo_harness
from policybot.bot.emulator import BotApiEmulator
from policybot.bot.harness import (
    HandlerFailed,
    OfflineHarness,
    TrackingUpdateProcessor,
    emulator_builder,
)


@pytest.fixture
async def harness() -> AsyncIterator[OfflineHarness]:
    async with echo_harness() as running:
        yield running


async def test_say_returns_the_reply_with_its_buttons(harness: OfflineHarness) -> None:
    (reply,) = await harness.say("奖励 <多少> & 何时")
    assert reply.text == "收到：奖励 <多少> & 何时"
    assert reply.source_text == "<b>收到</b>：奖励 &lt;多少&gt; &amp; 何时"
    assert reply.labels == ["下一页", "确认入库"]
    assert reply.button("确认入库").data == "save"


async def test_press_answers_the_query_and_edits_the_message(harness: OfflineHarness) -> None:
    await harness.say("列表")
    (edit,) = await harness.press("确认入库")
    assert edit.edited and edit.text == "第二页 & 结束（save）" and edit.buttons == ()
    assert harness.callback_answer().answer_text == "已处理 save"
    assert harness.emulator.calls_to("answerCallbackQuery")[0].time < (
        harness.emulator.calls_to("editMessageText")[0].time
    )


async def test_upload_reaches_the_handler_which_downloads_it(harness, tmp_path) -> None:
    path = tmp_path / "湖州办法.txt"
    path.write_bytes("第一条".encode() * 10)
    (reply,) = await harness.upload(path)
    assert reply.text == "文件 湖州办法.txt：90 字节"
    (from_bytes,) = await harness.upload(b"abc", filename="a.bin")
    assert from_bytes.text == "文件 a.bin：3 字节"


async def test_post_init_ran_and_set_the_command_menu(harness: OfflineHarness) -> None:
    assert harness.emulator.commands() == [("start", "开始"), ("help", "帮助")]
    assert [m.text for m in await harness.say("/start")] == ["欢迎使用"]


async def test_a_handler_exception_fails_the_step(harness: OfflineHarness) -> None:
    with pytest.raises(HandlerFailed) as caught:
        await harness.say("boom")
    assert isinstance(caught.value.__cause__, RuntimeError)
    assert [m.labels for m in await harness.say("still alive")] == [["下一页", "确认入库"]]


async def test_errors_are_collected_when_not_raised() -> None:
    async with echo_harness(raise_handler_errors=False) as harness:
        assert await harness.say("boom") == []


async def test_privacy_mode_means_no_reply_and_no_wait() -> None:
    emulator = BotApiEmulator()
    emulator.add_group(GROUP_ID, members=(USER_ID,))
    async with emulator, OfflineHarness(build_echo_bot, emulator=emulator) as harness:
        assert await harness.say("闲聊", chat_id=GROUP_ID) == []
        (reply,) = await harness.say("@policy_test_bot 奖励", chat_id=GROUP_ID)
        assert reply.chat_id == GROUP_ID


async def test_replies_go_to_the_chat_they_came_from(harness: OfflineHarness) -> None:
    other = USER_ID + 7
    assert [m.chat_id for m in await harness.say("hi", chat_id=other, user_id=other)] == [other]
    assert [m.chat_id for m in harness.emulator.sent_messages(USER_ID)] == []


async def test_duplicate_delivery_is_processed_twice(harness: OfflineHarness) -> None:
    harness.emulator.inject_fault("getUpdates", "duplicate")
    update_id = harness.emulator.push_text(USER_ID, USER_ID, "twice")
    await harness.wait_processed(update_id, times=2)
    assert [m.text for m in harness.emulator.sent_messages(USER_ID)] == ["收到：twice"] * 2


async def test_polling_survives_a_getupdates_500(harness: OfflineHarness) -> None:
    harness.emulator.inject_fault("getUpdates", "500")
    (reply,) = await harness.say("after the outage")
    assert reply.text == "收到：after the outage"


async def test_concurrent_processor_tracks_each_update_of_other_chats() -> None:
    release = asyncio.Event()

    async def slow_then_fast(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        if update.message.text == "slow":
            await release.wait()
        else:
            release.set()
        await update.message.reply_text(update.message.text)

    def factory(builder: ApplicationBuilder) -> Application:
        application = builder.concurrent_updates(TrackingUpdateProcessor(4)).build()
        application.add_handler(MessageHandler(filters.TEXT, slow_then_fast))
        return application

    async with OfflineHarness(factory, timeout=2) as harness:
        slow = asyncio.create_task(harness.say("slow"))
        await asyncio.sleep(0)
        other_chat = harness.user_id + 1
        fast_replies = await harness.say("fast", chat_id=other_chat, user_id=other_chat)
        assert [m.text for m in fast_replies] == ["fast"]  # "slow" did not block another chat
        assert [m.text for m in await slow] == ["slow"]


async def test_updates_of_one_chat_are_handled_in_order() -> None:
    started: list[str] = []

    async def record(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        started.append(update.message.text)
        await asyncio.sleep(0.05 if update.message.text == "1" else 0)
        await update.message.reply_text(update.message.text)

    def factory(builder: ApplicationBuilder) -> Application:
        application = builder.build()
        application.add_handler(MessageHandler(filters.TEXT, record))
        return application

    async with OfflineHarness(factory, timeout=2) as harness:
        ids = [
            harness.emulator.push_text(harness.chat_id, harness.user_id, str(n))
            for n in range(1, 6)
        ]
        for update_id in ids:
            await harness.wait_processed(update_id)  # type: ignore[arg-type]
        assert started == ["1", "2", "3", "4", "5"]
        replies = [m.text for m in harness.emulator.sent_messages(harness.chat_id)]
        assert replies == ["1", "2", "3", "4", "5"]


async def test_an_application_without_the_tracking_processor_is_refused() -> None:
    harness = OfflineHarness(lambda builder: builder.concurrent_updates(1).build())
    with pytest.raises(TypeError, match="TrackingUpdateProcessor"):
        await harness.start()
    assert not harness.emulator.running, "a failed start stops what it started"


async def test_an_update_the_bot_never_fetches_times_out_with_a_reason() -> None:
    async with echo_harness(allowed_updates=["callback_query"]) as harness:
        harness.timeout = 0.2
        with pytest.raises(TimeoutError, match="allowed_updates"):
            await harness.say("filtered out")


async def test_an_async_factory_is_awaited() -> None:
    async def factory(builder: ApplicationBuilder) -> Application:
        return build_echo_bot(builder)

    async with OfflineHarness(factory) as harness:
        assert len(await harness.say("async")) == 1


async def test_the_builder_alone_is_enough_for_an_app_module() -> None:
    async with BotApiEmulator() as emulator:
        application = emulator_builder(emulator).build()
        assert isinstance(application.update_processor, TrackingUpdateProcessor)
        assert application.bot.token == emulator.token


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_ptb_rate_limiter_retries_after_a_429() -> None:
    """What the reliability suite builds on: AIORateLimiter honours retry_after and retries."""
    from telegram.ext import AIORateLimiter

    def factory(builder: ApplicationBuilder) -> Application:
        return build_echo_bot(builder.rate_limiter(AIORateLimiter(max_retries=1)))

    async with OfflineHarness(factory) as harness:
        harness.emulator.inject_fault("sendMessage", "429", retry_after=1)
        (reply,) = await harness.say("限流")
        assert reply.text == "收到：限流"
        statuses = [call.status for call in harness.emulator.calls_to("sendMessage")]
        assert statuses == [429, 200]
