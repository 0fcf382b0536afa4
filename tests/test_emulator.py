"""The emulator answers PTB the way Telegram does: envelopes, offsets, HTML, limits, faults."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dtm
import html
from collections.abc import AsyncIterator

import aiohttp
import pytest
from hypothesis import given
from hypothesis import strategies as st
from telegram import BotCommand, BotCommandScopeChat, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import Application, ApplicationBuilder
from telegram.helpers import escape_markdown

from emulator_fixtures import GROUP_ID, USER_ID, initialised_application, running_emulator
from policybot.bot.emulator import BotApiEmulator, FloodControl, parse_html
from policybot.bot.emulator.telegram_html import HtmlParseError
from policybot.bot.emulator.telegram_markdown import MarkdownParseError, parse_markdown_v2
from policybot.bot.harness import emulator_builder

HTML = ParseMode.HTML


@pytest.fixture
async def emulator() -> AsyncIterator[BotApiEmulator]:
    async with running_emulator() as running:
        yield running


@pytest.fixture
async def bot_app(emulator: BotApiEmulator) -> AsyncIterator[Application]:
    async with initialised_application(emulator) as application:
        yield application


def last_description(emulator: BotApiEmulator) -> str | None:
    """Telegram's own wording (PTB re-capitalises it in the exception message)."""
    return emulator.calls[-1].description


async def raw_call(emulator: BotApiEmulator, path: str, **params: object) -> tuple[int, dict]:
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{emulator.url}{path}", json=params) as response,
    ):
        return response.status, await response.json()


# -- envelope, identity, routing -------------------------------------------------------------


async def test_get_me_answers_with_the_bot_identity(bot_app: Application) -> None:
    me = await bot_app.bot.get_me()
    assert me.is_bot and me.username == "policy_test_bot"


async def test_envelopes_match_the_bot_api(emulator: BotApiEmulator) -> None:
    token = emulator.token
    status, body = await raw_call(emulator, f"/bot{token}/getMe")
    assert (status, set(body), body["ok"]) == (200, {"ok", "result"}, True)
    assert body["result"]["id"] == int(token.split(":")[0])
    status, body = await raw_call(emulator, f"/bot{token}/sendMessage", chat_id=1, text="x")
    assert (status, body) == (
        400,
        {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"},
    )
    assert await raw_call(emulator, f"/bot{token}/noSuchMethod") == (
        404,
        {"ok": False, "error_code": 404, "description": "Not Found"},
    )
    assert await raw_call(emulator, "/bot1:wrong/getMe") == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized"},
    )


async def test_method_names_are_case_insensitive_like_telegram(emulator: BotApiEmulator) -> None:
    status, body = await raw_call(emulator, f"/bot{emulator.token}/GETME")
    assert status == 200 and body["result"]["is_bot"] is True


async def test_a_wrong_token_raises_invalid_token_in_ptb(emulator: BotApiEmulator) -> None:
    application = ApplicationBuilder().token("42:not-the-token").base_url(emulator.base_url).build()
    with pytest.raises(InvalidToken):
        async with application.bot:  # initialising calls getMe; a failure shuts down again
            pass


async def test_every_call_is_recorded_with_its_params(bot_app: Application, emulator) -> None:
    emulator.add_private_chat(USER_ID)
    await bot_app.bot.send_message(USER_ID, "hi")
    call = emulator.calls_to("sendMessage")[-1]
    assert call.params["text"] == "hi" and call.status == 200 and call.time > 0


# -- getUpdates -------------------------------------------------------------------------------


async def test_offset_acknowledges_and_drops_older_updates(bot_app, emulator) -> None:
    ids = [emulator.push_text(USER_ID, USER_ID, f"m{n}") for n in range(3)]
    first = await bot_app.bot.get_updates()
    assert [u.update_id for u in first] == ids
    again = await bot_app.bot.get_updates()
    assert [u.update_id for u in again] == ids, "unacknowledged updates come back"
    acked = await bot_app.bot.get_updates(offset=ids[1])
    assert [u.message.text for u in acked] == ["m1", "m2"]
    assert await bot_app.bot.get_updates(offset=ids[2] + 1) == ()
    assert emulator.updates.pending == []


async def test_negative_offset_keeps_only_the_newest(bot_app, emulator) -> None:
    for n in range(4):
        emulator.push_text(USER_ID, USER_ID, f"m{n}")
    updates = await bot_app.bot.get_updates(offset=-1)
    assert [u.message.text for u in updates] == ["m3"]


async def test_long_poll_returns_as_soon_as_an_update_arrives(bot_app, emulator) -> None:
    poll = asyncio.create_task(bot_app.bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    assert not poll.done()
    emulator.push_text(USER_ID, USER_ID, "wake up")
    updates = await asyncio.wait_for(poll, 1)
    assert updates[0].message.text == "wake up"


async def test_long_poll_times_out_empty(bot_app) -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert await bot_app.bot.get_updates(timeout=dtm.timedelta(seconds=0.2)) == ()
    assert 0.15 < loop.time() - started < 2


async def test_allowed_updates_filters_and_is_remembered(bot_app, emulator) -> None:
    emulator.add_private_chat(USER_ID)
    sent = await bot_app.bot.send_message(
        USER_ID,
        "x",
        reply_markup=InlineKeyboardMarkup([[InlineKeyboardButton("a", callback_data="a")]]),
    )
    emulator.push_text(USER_ID, USER_ID, "text")
    emulator.push_callback(USER_ID, USER_ID, sent.message_id, "a")
    only_callbacks = await bot_app.bot.get_updates(allowed_updates=["callback_query"])
    assert [u.callback_query.data for u in only_callbacks] == ["a"]
    emulator.push_text(USER_ID, USER_ID, "later")
    assert [u.callback_query is not None for u in await bot_app.bot.get_updates()] == [True]


async def test_a_second_poller_ends_the_first_with_409(bot_app, emulator) -> None:
    first = asyncio.create_task(bot_app.bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    async with initialised_application(emulator) as second_instance:
        second = asyncio.create_task(second_instance.bot.get_updates(timeout=1))
        with pytest.raises(Conflict, match=r"(?i)terminated by other getUpdates"):
            await asyncio.wait_for(first, 2)
        second.cancel()


@pytest.mark.parametrize(
    ("url", "refusal"),
    [
        ("http://example.com/hook", "An HTTPS URL must be provided for webhook"),
        (
            "https://example.com:8080/hook",
            "Webhook can be set up only on ports 80, 88, 443 or 8443",
        ),
    ],
)
async def test_set_webhook_refuses_what_telegram_refuses(
    bot_app, emulator, url: str, refusal: str
) -> None:
    with pytest.raises(BadRequest) as raised:
        await bot_app.bot.set_webhook(url)
    assert str(raised.value).lower().endswith(refusal.lower())
    assert emulator.webhook_url == ""
    assert await bot_app.bot.set_webhook("https://example.com:8443/hook")


async def test_get_updates_conflicts_with_an_active_webhook(bot_app, emulator) -> None:
    await bot_app.bot.set_webhook("https://example.com/hook")
    assert emulator.webhook_url == "https://example.com/hook"
    with pytest.raises(Conflict, match="webhook is active"):
        await bot_app.bot.get_updates()
    await bot_app.bot.delete_webhook()
    assert await bot_app.bot.get_updates() == ()


async def test_privacy_mode_hides_plain_group_chatter(emulator: BotApiEmulator) -> None:
    emulator.add_group(GROUP_ID, members=(USER_ID,))
    assert emulator.push_text(GROUP_ID, USER_ID, "大家好") is None
    assert emulator.push_text(GROUP_ID, USER_ID, "/help") is not None
    assert emulator.push_text(GROUP_ID, USER_ID, "/help@other_bot") is None
    mention = emulator.push_text(GROUP_ID, USER_ID, "@policy_test_bot 奖励多少")
    assert mention is not None
    entities = emulator.updates.pending[-1]["message"]["entities"]
    assert entities == [{"type": "mention", "offset": 0, "length": 16}]


async def test_anonymous_admin_messages_carry_the_group_as_sender_chat(bot_app, emulator):
    from policybot.bot.emulator import ANONYMOUS_ADMIN_ID

    emulator.add_group(GROUP_ID, admins=(USER_ID,))
    emulator.push_text(GROUP_ID, ANONYMOUS_ADMIN_ID, "/status")
    (update,) = await bot_app.bot.get_updates()
    assert update.message.from_user.username == "GroupAnonymousBot"
    assert update.message.sender_chat.id == GROUP_ID
    member = await bot_app.bot.get_chat_member(GROUP_ID, USER_ID)
    assert member.status == "administrator"
    assert (await bot_app.bot.get_chat(GROUP_ID)).title == "测试群"


# -- sendMessage checks -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("AT&T 合作", 'Unescaped "&" at byte offset 2'),
        ("奖励 < 10 万", 'Unsupported start tag ""'),
        ("<foo>x</foo>", 'Unsupported start tag "foo" at byte offset 0'),
        ("<b>粗体", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler"'),
    ],
)
async def test_html_that_telegram_rejects_raises_bad_request(bot_app, emulator, text, detail):
    emulator.add_private_chat(USER_ID)
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot_app.bot.send_message(USER_ID, text, parse_mode=HTML)
    assert f"Bad Request: can't parse entities: {detail}" in last_description(emulator)
    assert emulator.sent_messages() == []


async def test_valid_html_is_parsed_into_text_and_entities(bot_app, emulator) -> None:
    emulator.add_private_chat(USER_ID)
    message = await bot_app.bot.send_message(
        USER_ID,
        '<b>质量奖</b> &amp; <a href="https://example.gov.cn">通知</a> &lt;2025&gt;',
        parse_mode=HTML,
    )
    assert message.text == "质量奖 & 通知 <2025>"
    assert [(e.type, e.offset, e.length) for e in message.entities] == [
        ("bold", 0, 3),
        ("text_link", 6, 2),
    ]
    assert emulator.sent_messages(USER_ID)[0].text == "质量奖 & 通知 <2025>"


async def test_tdlib_mode_shows_a_bare_ampersand_literally() -> None:
    assert parse_html("AT&T &nbsp;", strict_ampersand=False).text == "AT&T &nbsp;"
    with pytest.raises(HtmlParseError):
        parse_html("AT&T")


@given(st.text())
def test_escaped_text_always_parses_back_to_itself(text: str) -> None:
    assert parse_html(html.escape(text)).text == text


async def test_markdown_v2_needs_reserved_characters_escaped(bot_app, emulator) -> None:
    emulator.add_private_chat(USER_ID)
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot_app.bot.send_message(USER_ID, "奖励 100 万元.", parse_mode=ParseMode.MARKDOWN_V2)
    assert "Character '.' is reserved" in last_description(emulator)
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot_app.bot.send_message(USER_ID, "*未闭合", parse_mode=ParseMode.MARKDOWN_V2)
    assert "Can't find end of Bold entity at byte offset 0" in last_description(emulator)
    sent = await bot_app.bot.send_message(
        USER_ID, r"*质量奖* 奖励 100 万元\.", parse_mode=ParseMode.MARKDOWN_V2
    )
    assert sent.text == "质量奖 奖励 100 万元." and sent.entities[0].type == "bold"


@given(st.text())
def test_ptb_markdown_v2_escaping_always_parses_back(text: str) -> None:
    assert parse_markdown_v2(escape_markdown(text, version=2)).text == text


@given(st.text(alphabet=st.sampled_from("<>/&;#x1ab =\"'_*`[]()~|\\.\n>-!政")))
def test_parsers_either_parse_or_report_never_crash(source: str) -> None:
    for parse in (parse_html, parse_markdown_v2):
        with contextlib.suppress(HtmlParseError, MarkdownParseError):
            parse(source)


async def test_4096_characters_is_the_limit_after_entity_parsing(bot_app, emulator) -> None:
    emulator.add_private_chat(USER_ID)
    await bot_app.bot.send_message(USER_ID, f"<b>{'政' * 4096}</b>", parse_mode=HTML)
    await bot_app.bot.send_message(USER_ID, "&amp;" * 4096, parse_mode=HTML)
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot_app.bot.send_message(USER_ID, "政" * 4097)


async def test_empty_text_is_rejected(bot_app, emulator) -> None:
    emulator.add_private_chat(USER_ID)
    with pytest.raises(BadRequest, match="text is empty"):
        await bot_app.bot.send_message(USER_ID, "  <b> </b>\n", parse_mode=HTML)


async def test_unknown_chat_is_not_found(bot_app) -> None:
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot_app.bot.send_message(999, "hi")


async def test_callback_data_over_64_bytes_is_button_data_invalid(bot_app, emulator) -> None:
    emulator.add_private_chat(USER_ID)
    fits = InlineKeyboardMarkup([[InlineKeyboardButton("ok", callback_data="奖" * 21)]])
    await bot_app.bot.send_message(USER_ID, "fits", reply_markup=fits)
    too_long = InlineKeyboardMarkup([[InlineKeyboardButton("no", callback_data="奖" * 22)]])
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot_app.bot.send_message(USER_ID, "too long", reply_markup=too_long)


async def test_link_preview_options_are_accepted(bot_app, emulator) -> None:
    from telegram import LinkPreviewOptions

    emulator.add_private_chat(USER_ID)
    options = LinkPreviewOptions(is_disabled=True)
    await bot_app.bot.send_message(USER_ID, "https://example.com", link_preview_options=options)
    assert emulator.calls_to("sendMessage")[-1].params["link_preview_options"] == {
        "is_disabled": True
    }


# -- callbacks and edits ----------------------------------------------------------------------


async def test_callback_answer_and_edit_flow(bot_app, emulator) -> None:
    emulator.add_private_chat(USER_ID)
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("下一页", callback_data="p2")]])
    sent = await bot_app.bot.send_message(USER_ID, "第一页", reply_markup=keyboard)
    update_id = emulator.press(USER_ID, USER_ID, "下一页")
    (update,) = await bot_app.bot.get_updates()
    query = update.callback_query
    assert (query.data, query.message.message_id) == ("p2", sent.message_id)
    await query.answer("翻页")
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await query.answer("again")
    assert emulator.callback_answer(update_id).answer_text == "翻页"
    edited = await query.edit_message_text("第二页", reply_markup=keyboard)
    assert edited.edit_date is not None
    with pytest.raises(BadRequest, match="not modified"):
        await query.edit_message_text("第二页", reply_markup=keyboard)
    await query.edit_message_reply_markup(None)
    history = emulator.sent_messages(USER_ID)
    assert [(m.text, m.edited, m.labels) for m in history] == [
        ("第一页", False, ["下一页"]),
        ("第二页", True, ["下一页"]),
        ("第二页", True, []),
    ]
    with pytest.raises(LookupError, match="下一页"):
        emulator.press(USER_ID, USER_ID, "下一页")


async def test_editing_a_missing_message_fails(bot_app, emulator) -> None:
    emulator.add_private_chat(USER_ID)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot_app.bot.edit_message_text("x", chat_id=USER_ID, message_id=77)


# -- commands ---------------------------------------------------------------------------------


async def test_set_my_commands_is_stored_per_scope(bot_app, emulator) -> None:
    await bot_app.bot.set_my_commands([BotCommand("ask", "提问")])
    admin_scope = BotCommandScopeChat(USER_ID)
    await bot_app.bot.set_my_commands([BotCommand("ingest", "入库")], scope=admin_scope)
    assert emulator.commands() == [("ask", "提问")]
    assert emulator.commands({"type": "chat", "chat_id": USER_ID}) == [("ingest", "入库")]
    assert [c.command for c in await bot_app.bot.get_my_commands(scope=admin_scope)] == ["ingest"]
    await bot_app.bot.delete_my_commands(scope=admin_scope)
    assert await bot_app.bot.get_my_commands(scope=admin_scope) == ()
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot_app.bot.set_my_commands([BotCommand("有问题", "x")])


# -- files ------------------------------------------------------------------------------------


async def test_uploaded_document_downloads_through_ptb(bot_app, emulator) -> None:
    payload = "湖州市质量奖评审办法".encode() * 100
    emulator.push_document(USER_ID, USER_ID, "办法.txt", payload, "text/plain")
    (update,) = await bot_app.bot.get_updates()
    document = update.message.document
    assert (document.file_name, document.mime_type, document.file_size) == (
        "办法.txt",
        "text/plain",
        len(payload),
    )
    telegram_file = await document.get_file()
    assert bytes(await telegram_file.download_as_bytearray()) == payload


async def test_bot_can_send_and_resend_a_document(bot_app, emulator) -> None:
    emulator.add_private_chat(USER_ID)
    sent = await bot_app.bot.send_document(
        USER_ID, b"a,b\n1,2\n", filename="export.csv", caption="<b>导出</b>", parse_mode=HTML
    )
    assert sent.caption == "导出" and sent.document.file_name == "export.csv"
    assert emulator.file_bytes(sent.document.file_id) == b"a,b\n1,2\n"
    again = await bot_app.bot.send_document(USER_ID, sent.document.file_id)
    assert again.document.file_id == sent.document.file_id
    record = emulator.sent_messages(USER_ID)[0]
    assert record.document is not None and record.text == "导出"


async def test_chat_action_and_close_are_harmless(bot_app, emulator) -> None:
    emulator.add_private_chat(USER_ID)
    assert await bot_app.bot.send_chat_action(USER_ID, "typing") is True
    assert emulator.api.chat_actions == [(USER_ID, "typing")]


# -- faults -----------------------------------------------------------------------------------


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_429_raises_retry_after_then_recovers(bot_app, emulator) -> None:
    emulator.add_private_chat(USER_ID)
    emulator.inject_fault("sendMessage", "429", retry_after=7)
    with pytest.raises(RetryAfter) as caught:
        await bot_app.bot.send_message(USER_ID, "x")
    assert "Retry in 7 seconds" in caught.value.message
    await bot_app.bot.send_message(USER_ID, "x")
    assert [c.status for c in emulator.calls_to("sendMessage")] == [429, 200]


async def test_403_raises_forbidden_only_for_the_targeted_chat(bot_app, emulator) -> None:
    emulator.add_private_chat(USER_ID)
    emulator.add_private_chat(USER_ID + 1)
    emulator.inject_fault("sendMessage", "403", count=2, chat_id=USER_ID)
    await bot_app.bot.send_message(USER_ID + 1, "other chat unaffected")
    for _ in range(2):
        with pytest.raises(Forbidden, match="bot was blocked by the user"):
            await bot_app.bot.send_message(USER_ID, "x")
    await bot_app.bot.send_message(USER_ID, "fault used up")


async def test_a_user_blocking_the_bot_is_forbidden_until_unblocked(bot_app, emulator) -> None:
    emulator.add_private_chat(USER_ID)
    emulator.block_bot(USER_ID)
    with pytest.raises(Forbidden):
        await bot_app.bot.send_message(USER_ID, "x")
    emulator.block_bot(USER_ID, blocked=False)
    await bot_app.bot.send_message(USER_ID, "x")


@pytest.mark.parametrize(("kind", "status"), [("500", 500), ("502", 502), ("drop", 0)])
async def test_server_and_network_failures_raise_network_error(bot_app, emulator, kind, status):
    emulator.add_private_chat(USER_ID)
    emulator.inject_fault("sendMessage", kind)
    with pytest.raises(NetworkError) as caught:
        await bot_app.bot.send_message(USER_ID, "x")
    assert not isinstance(caught.value, TimedOut)
    assert emulator.sent_messages() == []
    assert [call.status for call in emulator.calls_to("sendMessage")] == [status]


async def test_a_lost_response_means_the_message_was_sent_anyway(bot_app, emulator) -> None:
    emulator.add_private_chat(USER_ID)
    emulator.inject_fault("sendMessage", "lost_response")
    with pytest.raises(NetworkError):
        await bot_app.bot.send_message(USER_ID, "已发出")
    assert [m.text for m in emulator.sent_messages(USER_ID)] == ["已发出"]


async def test_timeout_holds_the_request_past_the_client_deadline(bot_app, emulator) -> None:
    emulator.add_private_chat(USER_ID)
    emulator.inject_fault("sendMessage", "timeout", hold_seconds=5)
    with pytest.raises(TimedOut):
        await bot_app.bot.send_message(USER_ID, "x", read_timeout=0.2)
    assert emulator.sent_messages() == []


async def test_a_slow_emulator_is_waited_for_past_ptbs_network_defaults(bot_app, emulator) -> None:
    """The emulator is in the process: a request held 6 s (a loaded machine building the
    answer index) gets the emulator's answer, not PTB's 5 s TimedOut ("lost the connection to
    Telegram" in the offline chat, stop 46)."""
    emulator.add_private_chat(USER_ID)
    emulator.inject_fault("sendMessage", "timeout", hold_seconds=6)
    with pytest.raises(NetworkError) as caught:
        await bot_app.bot.send_message(USER_ID, "x")
    assert not isinstance(caught.value, TimedOut)
    assert [call.status for call in emulator.calls_to("sendMessage")] == [504]


async def test_duplicate_fault_delivers_the_same_update_twice(bot_app, emulator) -> None:
    emulator.inject_fault("getUpdates", "duplicate")
    update_id = emulator.push_text(USER_ID, USER_ID, "once")
    first = await bot_app.bot.get_updates()
    second = await bot_app.bot.get_updates(offset=update_id + 1)
    assert [u.update_id for u in first] == [u.update_id for u in second] == [update_id]
    assert await bot_app.bot.get_updates(offset=update_id + 1) == ()


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_flood_control_limits_sends_into_a_group() -> None:
    now = [1000.0]
    flood = FloodControl(group_per_minute=2, clock=lambda: now[0])
    async with BotApiEmulator(flood_control=flood) as emulator:
        emulator.add_group(GROUP_ID)
        emulator.add_private_chat(USER_ID)
        async with initialised_application(emulator) as application:
            for _ in range(2):
                await application.bot.send_message(GROUP_ID, "通知")
            with pytest.raises(RetryAfter, match="Retry in 60 seconds"):
                await application.bot.send_message(GROUP_ID, "第三条")
            await application.bot.send_message(USER_ID, "private chats are not limited")
            now[0] += 60
            await application.bot.send_message(GROUP_ID, "a minute later")


def test_flood_control_overall_limit_counts_every_chat() -> None:
    flood = FloodControl(overall_per_second=3, clock=lambda: 5.0)
    assert [flood.check("sendMessage", chat) for chat in (1, 2, 3, 4)] == [0, 0, 0, 1]
    assert flood.check("getMe", None) == 0


def test_unknown_fault_kinds_are_refused() -> None:
    emulator = BotApiEmulator()
    with pytest.raises(ValueError, match="unknown fault"):
        emulator.inject_fault("sendMessage", "teapot")
    with pytest.raises(ValueError, match="getUpdates"):
        emulator.inject_fault("sendMessage", "duplicate")


async def test_builder_points_ptb_at_the_emulator(emulator: BotApiEmulator) -> None:
    application = emulator_builder(emulator).build()
    assert application.bot.base_url == f"{emulator.base_url}{emulator.token}"


async def test_bot_can_send_a_photo_and_its_size_is_read_from_the_image(bot_app, emulator) -> None:
    from policybot.reports.table_image import render_table

    emulator.add_private_chat(USER_ID)
    png = render_table("标题", ("事项", "数量"), [("省名牌产品", "239个")])
    sent = await bot_app.bot.send_photo(USER_ID, png, caption="<b>进展</b>", parse_mode=HTML)
    assert sent.caption == "进展" and sent.photo[-1].width > 100
    record = emulator.sent_messages(USER_ID)[-1]
    assert record.photo is not None and record.photo.file_size == len(png)
    assert emulator.file_bytes(record.photo.file_id) == png
    again = await bot_app.bot.send_photo(USER_ID, sent.photo[-1].file_id)
    assert again.photo[-1].file_id == sent.photo[-1].file_id


async def test_a_photo_that_is_not_an_image_is_refused_like_telegram(bot_app, emulator) -> None:
    from telegram.error import BadRequest

    emulator.add_private_chat(USER_ID)
    with pytest.raises(BadRequest, match=r"(?i)image_process_failed"):
        await bot_app.bot.send_photo(USER_ID, b"not an image at all", filename="x.png")
    narrow = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + (6000).to_bytes(4, "big") * 2
    with pytest.raises(BadRequest, match=r"(?i)photo_invalid_dimensions"):
        await bot_app.bot.send_photo(USER_ID, narrow + b"\x00" * 20, filename="x.png")
