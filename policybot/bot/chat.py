"""``policybot chat``: talk to the real bot in a terminal, through the offline Telegram.

Each input line is one message; ``/press <label>`` presses a button of the newest reply that
has it (saying so when that is not the last reply), ``/file <path>`` sends a document,
``/quit`` (or EOF) ends, ``/help`` shows the bot's help and then these offline commands
(``bot.offline_help``). Every photo or file the bot sends is saved to
``files_dir`` and announced as ``[图片] <path>`` or ``[文件] <path>``. Replies are shown as a
Telegram client would show them: tags removed, entities decoded, buttons as
``[ 下一页 ] [ 确认入库 ]``.
The driver knows nothing of the knowledge store; the CLI hands it an application factory.
"""

from __future__ import annotations

import asyncio
import contextlib
import mimetypes
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from telegram.error import NetworkError

from policybot.bot.emulator import BotApiEmulator, SentMessage
from policybot.bot.failures import EmulatorLost
from policybot.bot.harness import (
    ApplicationFactory,
    HandlerFailed,
    OfflineHarness,
)
from policybot.bot.offline_help import offline_commands_text
from policybot.handlers.paging import NEXT
from policybot.scheduler.scope import OFFLINE_ID_BASE

PROMPT = "你> "
# Ids Telegram never issues (scheduler/scope.py): the real bot's dispatcher ignores them, so
# nothing the offline conversation leaves in a real store is ever sent to a real chat.
OFFLINE_USER_ID = OFFLINE_ID_BASE + 10001
OFFLINE_GROUP_ID = -(OFFLINE_ID_BASE + 1)


OFFLINE_USER_NAME = "离线对话用户"


def offline_chat_id(user_id: int, *, group: bool) -> int:
    """The chat the offline conversation takes place in."""
    return OFFLINE_GROUP_ID if group else user_id


QUIT_COMMANDS = frozenset({"/quit", "/exit"})

# The bot's refusals of what only admins may do (上传, 修改知识库, 修改记录, /adminhelp); in the
# offline chat the user becomes an admin by starting it with --admin, which they are told once.
ADMIN_REFUSALS = (
    "只有管理员可以",
    "仅限管理员使用",  # /adminhelp; not a help page's "(全部导出仅限管理员)"
    "只有本群管理员或机器人管理员可以",
    "只有管理员,或管理员指定",  # /report outside a designated group
)
ADMIN_HINT = "（离线对话：用 policybot chat --admin 启动就是管理员，可以上传规划、修改知识库）"


def is_help(line: str) -> bool:
    """``/help`` or ``/help@bot_name``, with or without arguments."""
    words = line.split()
    return bool(words) and words[0].split("@", 1)[0].lower() == "/help"


def render_buttons(message: SentMessage) -> list[str]:
    """One line per keyboard row: ``[ 下一页 ] [ 确认入库 ]``."""
    lines = [" ".join(f"[ {button.label} ]" for button in row) for row in message.buttons]
    lines += [" ".join(f"[ {label} ]" for label in row) for row in message.reply_keyboard]
    return [line for line in lines if line]


def render_message(message: SentMessage) -> str:
    """A bot message as plain text, as the user would read it."""
    speaker = "机器人（修改）" if message.edited else "机器人"
    lines: list[str] = []
    if message.photo is not None:
        lines.append(f"{speaker}发来图片（{message.photo.width}×{message.photo.height}）")
        if message.text:
            lines.append(message.text)
    elif message.document is not None:
        name = message.document.file_name or message.document.file_id
        lines.append(f"{speaker}发来文件：{name}（{message.document.file_size} 字节）")
        if message.text:
            lines.append(message.text)
    else:
        lines.append(f"{speaker}：{message.text}")
    return "\n".join([*lines, *render_buttons(message)])


class ChatSession:
    """One terminal conversation: reads commands, sends them, prints what came back."""

    def __init__(
        self,
        harness: OfflineHarness,
        stdout: TextIO,
        files_dir: Path | None = None,
        *,
        admin: bool = False,
    ) -> None:
        self.harness = harness
        self.stdout = stdout
        self.files_dir = files_dir
        self.admin = admin
        self.admin_hinted = False
        # The offline commands follow the first /help only: a second (/help 全部) repeated them.
        self.offline_help_shown = False
        self.shown = len(harness.emulator.sent_messages())
        self.last_texts: list[str] = []
        self._printing = asyncio.Lock()

    def write(self, text: str) -> None:
        self.stdout.write(text + "\n")
        self.stdout.flush()

    async def handle(self, line: str) -> None:
        """Runs one input line and prints every bot message that is new since the last one."""
        async with self._printing:
            await self._handle(line)

    async def watch(self, *, prompt: bool = True) -> None:
        """Prints messages the bot sends on its own (reminders) while the user is idle: at a
        terminal with a new prompt after them, from a pipe as they come (a script that waits
        between its lines sees the digest that fell due meanwhile)."""
        while True:
            await self.harness.emulator.world.wait_for_outbox(self.shown)
            async with self._printing:
                if self.show_new_messages() and prompt:
                    self.stdout.write(PROMPT)
                    self.stdout.flush()

    async def _handle(self, line: str) -> None:
        delivered = True
        try:
            if line.startswith("/press"):
                delivered = await self.press(line.removeprefix("/press").strip())
            elif line.startswith("/file"):
                delivered = await self.upload(line.removeprefix("/file").strip())
            else:
                before = len(self.harness.emulator.pushed)
                await self.harness.say(line)
                delivered = len(self.harness.emulator.pushed) > before
        except HandlerFailed as failure:
            self.write(f"（机器人处理时出错：{failure.__cause__!r}）")
        except TimeoutError:
            self.write("（机器人没有在时限内处理完这条消息）")
        offline_help = is_help(line) and not self.offline_help_shown
        self.offline_help_shown = self.offline_help_shown or offline_help
        paged = offline_help and self.help_is_paged()
        if paged:
            # /help 全部, /help admin: pages the user turns with /press 下一页; the offline
            # commands said after page 1 stood in the middle of the help (trial40), so they
            # come first, once
            self.write(offline_commands_text())
        self.show_new_messages()
        self.hint_admin()
        if not delivered:
            self.write("（群里开着隐私模式：机器人只收到命令、@提及和对它的回复）")
        if offline_help and not paged:
            self.write(offline_commands_text())

    def help_is_paged(self) -> bool:
        """Whether the bot's newest message is page 1 of several (it has a 下一页 button)."""
        latest = self.harness.emulator.latest_message(self.harness.chat_id)
        return latest is not None and NEXT in (latest.labels or [])

    def hint_admin(self) -> None:
        """Once per session, after the bot refused something to a session started without
        --admin: how to be an admin here (the refusal says 请联系管理员, nobody to ask offline)."""
        if self.admin or self.admin_hinted:
            return
        if any(mark in text for text in self.last_texts for mark in ADMIN_REFUSALS):
            self.admin_hinted = True
            self.write(ADMIN_HINT)

    async def press(self, label: str) -> bool:
        if not label:
            self.write("用法：/press <按钮文字>")
            return True
        older = self.older_owner(label)
        try:
            await self.harness.press(label)
        except LookupError:
            latest = self.harness.emulator.latest_message(self.harness.chat_id)
            labels = "、".join(latest.labels) if latest and latest.labels else "（没有按钮）"
            self.write(f"找不到按钮：{label}。可以按：{labels}")
            return True
        if older is not None:
            self.write(f"（最近一条回复上没有“{label}”按钮，按的是较早一条消息「{older}」上的）")
        answer = self.harness.callback_answer()
        if answer is not None and answer.answer_text:
            self.write(f"（提示：{answer.answer_text}）")
        return True

    def older_owner(self, label: str) -> str | None:
        """The first line of the message whose ``label`` button a press acts on (the newest
        that has one, as the emulator presses), when that is not the bot's newest message: the
        press acts on that message, and the user is told which, lest they take it for the last
        reply's. None when the newest message has the button (or none has)."""
        messages = self.harness.emulator.world.bot_messages(self.harness.chat_id)
        for position, message in enumerate(messages):
            rows = (message.reply_markup or {}).get("inline_keyboard") or []
            if any(b.get("text") == label and b.get("callback_data") for r in rows for b in r):
                if position == 0:
                    return None
                return (message.text or "").strip().splitlines()[0][:40] if message.text else "…"
        return None

    async def upload(self, raw_path: str) -> bool:
        path = Path(raw_path).expanduser()
        if not raw_path or not path.is_file():
            self.write(f"找不到文件：{raw_path or '（没有给路径）'}")
            return True
        mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        before = len(self.harness.emulator.pushed)
        await self.harness.upload(path, mime=mime)
        return len(self.harness.emulator.pushed) > before

    def show_new_messages(self) -> bool:
        """Prints this chat's messages sent since the last call; True if there were any."""
        outbox = self.harness.emulator.sent_messages()
        fresh = [m for m in outbox[self.shown :] if m.chat_id == self.harness.chat_id]
        self.shown = len(outbox)
        self.last_texts = [message.text or "" for message in fresh]
        for message in fresh:
            self.write(render_message(message))
            saved = self.save_attachment(message)
            if saved is not None:
                self.write(saved)
        return bool(fresh)

    def save_attachment(self, message: SentMessage) -> str | None:
        """Writes the message's photo or file to ``files_dir``; the line that names it."""
        attachment = message.photo or message.document
        if attachment is None or self.files_dir is None or message.edited:
            return None
        if message.photo is not None:
            name, mark = f"{message.chat_id}-{message.message_id}.png", "[图片]"
        else:
            original = Path(message.document.file_name or "file").name if message.document else ""
            name, mark = f"{message.chat_id}-{message.message_id}-{original}", "[文件]"
        self.files_dir.mkdir(parents=True, exist_ok=True)
        path = self.files_dir / name
        path.write_bytes(self.harness.emulator.file_bytes(attachment.file_id))
        return f"{mark} {path}"


async def _read_line(stdin: TextIO) -> str:
    """The next line, read off the event loop: waiting for input (a terminal, or a pipe whose
    writer pauses) must not stop the bot's polling and reminder ticks."""
    return await asyncio.to_thread(stdin.readline)


async def run_chat(
    application_factory: ApplicationFactory,
    *,
    user_id: int = OFFLINE_USER_ID,
    chat_id: int | None = None,
    group: bool = False,
    admin: bool = False,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    is_tty: bool | None = None,
    emulator: BotApiEmulator | None = None,
    files_dir: Path | None = None,
    on_ready: Callable[[], None] | None = None,
    **harness_options: Any,
) -> int:
    """Runs the conversation until EOF or ``/quit``; returns the process exit code.

    ``group`` puts the user in a group chat (``admin`` makes them its admin); other keyword
    arguments go to :class:`OfflineHarness`. Options such as ``--now`` belong in the factory;
    ``on_ready`` is called once the bot runs, just before the first line is read (it releases
    a held ``--now`` clock).
    """
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    is_tty = stdin.isatty() if is_tty is None else is_tty
    emulator = emulator or BotApiEmulator()
    chat_id = chat_id or offline_chat_id(user_id, group=group)
    # The name /history shows for what this session changes (the emulator's default is an id).
    emulator.add_user(user_id, OFFLINE_USER_NAME).username = None
    if group:
        emulator.add_group(chat_id, members=(user_id,), admins=(user_id,) if admin else ())
    else:
        emulator.add_private_chat(user_id)
    await emulator.start()
    try:
        async with OfflineHarness(
            application_factory,
            emulator=emulator,
            chat_id=chat_id,
            user_id=user_id,
            **harness_options,
        ) as harness:
            session = ChatSession(harness, stdout, files_dir, admin=admin)
            if on_ready is not None:
                on_ready()
            await _converse(session, stdin, stdout, is_tty)
    except NetworkError as lost:
        raise EmulatorLost(emulator.url) from lost
    finally:
        await emulator.stop()
    return 0


async def _converse(session: ChatSession, stdin: TextIO, stdout: TextIO, is_tty: bool) -> None:
    session.show_new_messages()
    watcher = asyncio.create_task(session.watch(prompt=is_tty))
    try:
        await _read_loop(session, stdin, stdout, is_tty)
    finally:
        watcher.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await watcher


async def _read_loop(session: ChatSession, stdin: TextIO, stdout: TextIO, is_tty: bool) -> None:
    while True:
        if is_tty:
            stdout.write(PROMPT)
            stdout.flush()
        raw = await _read_line(stdin)
        if not raw:
            if is_tty:
                stdout.write("\n")
            return
        line = raw.strip()
        if line in QUIT_COMMANDS:
            return
        if line:
            await session.handle(line)
