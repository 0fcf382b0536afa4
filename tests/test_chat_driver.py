"""``policybot chat`` end to end: scripted stdin in, plain-text replies and buttons out."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from telegram.ext import Application, ApplicationBuilder, ContextTypes

from emulator_fixtures import build_echo_bot
from policybot.bot.chat import PROMPT, render_message, run_chat
from policybot.bot.emulator import Button, SentMessage
from terminals import WaitingTerminal, WatchedOutput


class FakeTty(io.StringIO):
    def isatty(self) -> bool:
        return True


async def chat(script: str, **options: object) -> str:
    stdout = io.StringIO()
    code = await run_chat(build_echo_bot, stdin=io.StringIO(script), stdout=stdout, **options)
    assert code == 0
    return stdout.getvalue()


async def test_piped_lines_get_plain_text_replies_with_buttons() -> None:
    output = await chat("奖励 <多少> &amp; 何时\n")
    assert output == "机器人：收到：奖励 <多少> &amp; 何时\n[ 下一页 ]\n[ 确认入库 ]\n"


async def test_press_shows_the_toast_and_the_edit() -> None:
    output = await chat("列表\n/press 确认入库\n")
    assert output.endswith("（提示：已处理 save）\n机器人（修改）：第二页 & 结束（save）\n")


async def test_pressing_a_missing_button_lists_the_real_ones() -> None:
    output = await chat("列表\n/press 上一页\n")
    assert "找不到按钮：上一页。可以按：下一页、确认入库" in output


async def test_file_sends_a_document(tmp_path) -> None:
    path = tmp_path / "plan.txt"
    path.write_text("质量强市", encoding="utf-8")
    output = await chat(f"/file {path}\n/file {tmp_path / 'missing.txt'}\n")
    assert "机器人：文件 plan.txt：12 字节" in output
    assert "找不到文件：" in output


async def test_commands_and_blank_lines() -> None:
    assert await chat("\n/start\n\n") == "机器人：欢迎使用\n"


async def test_a_terminal_gets_a_prompt_and_quit_stops_reading() -> None:
    stdout = io.StringIO()
    await run_chat(build_echo_bot, stdin=FakeTty("/start\n/quit\n/start\n"), stdout=stdout)
    assert stdout.getvalue() == f"{PROMPT}机器人：欢迎使用\n{PROMPT}"


async def test_is_tty_can_be_forced_and_eof_ends_with_a_newline() -> None:
    output = await chat("/start\n", is_tty=True)
    assert output == f"{PROMPT}机器人：欢迎使用\n{PROMPT}\n"


async def test_group_mode_explains_privacy_mode() -> None:
    output = await chat("大家好\n@policy_test_bot 在吗\n", group=True, admin=True)
    assert "隐私模式" in output.splitlines()[0]
    assert "机器人：收到：@policy_test_bot 在吗" in output


async def test_handler_errors_are_reported_not_fatal() -> None:
    output = await chat("boom\n/start\n")
    assert "机器人处理时出错：RuntimeError('handler bug')" in output
    assert output.endswith("机器人：欢迎使用\n")


def reminding_bot(after: float) -> Callable[[ApplicationBuilder], Application]:
    """The echo bot, sending 提醒 to the chat by itself ``after`` seconds from its start."""

    async def remind(context: ContextTypes.DEFAULT_TYPE) -> None:
        await context.bot.send_message(10001, "提醒：明天截止")

    def factory(builder: ApplicationBuilder) -> Application:
        application = build_echo_bot(builder)
        application.job_queue.run_once(remind, after)
        return application

    return factory


async def test_a_terminal_shows_messages_the_bot_sends_by_itself() -> None:
    stdout = WatchedOutput("提醒")
    terminal = WaitingTerminal(stdout.seen, patience=2)
    await run_chat(reminding_bot(0.05), user_id=10001, stdin=terminal, stdout=stdout)
    assert stdout.getvalue() == f"{PROMPT}机器人：提醒：明天截止\n{PROMPT}\n"


class WaitingPipe(WaitingTerminal):
    """A script piped in that pauses before its end (``sleep 70`` between its lines)."""

    def isatty(self) -> bool:
        return False


async def test_a_pipe_that_waits_shows_the_reminders_sent_meanwhile() -> None:
    """New-user trial: (echo /subscribe 佛山; sleep 70) | policybot chat --now …08:59:30 showed
    no digest, and the blocked event loop made PTB log a get_updates timeout at exit: the
    lines are read off the loop, and what the bot sends by itself is shown, without prompts."""
    stdout = WatchedOutput("提醒")
    pipe = WaitingPipe(stdout.seen, ["/start"], patience=5)
    await run_chat(reminding_bot(0.3), user_id=10001, stdin=pipe, stdout=stdout)
    assert stdout.getvalue() == "机器人：欢迎使用\n机器人：提醒：明天截止\n"


def test_render_message_shows_button_rows_side_by_side() -> None:
    message = SentMessage(
        chat_id=1,
        message_id=1,
        text="请选择",
        source_text="请选择",
        parse_mode=None,
        buttons=((Button("下一页", "n"), Button("确认入库", "s")),),
        edited=False,
        timestamp=0.0,
    )
    assert render_message(message) == "机器人：请选择\n[ 下一页 ] [ 确认入库 ]"


def build_file_bot(builder: ApplicationBuilder) -> Application:
    """Answers "图" with a photo and "表" with a document, as /progress and /export do."""
    from telegram import Update
    from telegram.ext import MessageHandler, filters

    from policybot.reports.table_image import render_table

    async def send(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        assert message is not None
        if message.text == "图":
            png = render_table("进展", ("事项", "数量"), [("省名牌产品", "239个")])
            await message.reply_photo(png, caption="一行摘要")
        else:
            await message.reply_document(b"PK\x03\x04 xlsx", filename="台账.xlsx")

    application = builder.build()
    application.add_handler(MessageHandler(filters.TEXT, send))
    return application


async def test_photos_and_files_are_saved_and_named(tmp_path) -> None:
    stdout = io.StringIO()
    files = tmp_path / "offline"
    await run_chat(build_file_bot, stdin=io.StringIO("图\n表\n"), stdout=stdout, files_dir=files)
    lines = stdout.getvalue().splitlines()
    photo_line = next(line for line in lines if line.startswith("[图片] "))
    file_line = next(line for line in lines if line.startswith("[文件] "))
    assert "机器人发来图片" in lines[0] and lines[1] == "一行摘要"
    photo = Path(photo_line.removeprefix("[图片] "))
    document = Path(file_line.removeprefix("[文件] "))
    assert photo.parent == files and photo.read_bytes().startswith(b"\x89PNG")
    assert document.name.endswith("台账.xlsx") and document.read_bytes() == b"PK\x03\x04 xlsx"


async def test_a_button_of_an_older_message_is_pressed_there_and_said_so() -> None:
    """New-user trial: /press 确认入库 after a reply without buttons pressed the older
    message's button silently; it still acts on that message (as a Telegram client would), and
    says whose button it was."""
    output = await chat("列表\n/start\n/press 确认入库\n")
    assert "（最近一条回复上没有“确认入库”按钮，按的是较早一条消息「收到：列表」上的）" in output
    assert output.endswith("机器人（修改）：第二页 & 结束（save）\n")
    newest = await chat("列表\n/press 确认入库\n")
    assert "较早" not in newest
