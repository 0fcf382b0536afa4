"""Whatever people type or send, the bot answers within Telegram's rules and breaks nothing.

Property tests drive every registered command (and free text, and edits) with hostile
arguments through the real Application and the emulator, which refuses HTML Telegram would not
parse and messages over 4096 characters: a handler that raised, or a reply Telegram would refuse,
fails the example. Uploads that cannot be plans each get a clear message and write nothing
(the cases tests/test_upload_bot.py does not already cover).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import AsyncIterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from telegram.ext import CommandHandler

from lookup_samples import load_samples
from policybot.bot.harness import OfflineHarness
from policybot.knowledge.models import Document, PendingUpload
from test_admin_samples import ADMIN, OWNER, PLAN_V1, STRANGER, admin_bot

TELEGRAM_LIMIT = 4096

HOSTILE_PIECES = st.sampled_from(
    [
        "<b>", "</i>", "<a href='x'>", "&", "&amp;", "&#0;", "<script>alert(1)</script>", "*_`[",
        "](", "~~", "||", "\\", "\u200b", "\u202e", "\x00", "\x07", "\x1b[31m", "\r\n", "\t",
        "🏭", "👨‍👩‍👧", "🇨🇳", "湖州", "衢州", "驰名商标", "2018", "全部", "@policy_test_bot",
        "-100123", "0", "-1", "99999999999999999999", "Ωμέγα", "العربية", "한국어", "ｆｕｌｌ",
        "㊙", "𠀀", " ", "",
    ]
)  # fmt: skip
ARGUMENT = st.one_of(
    st.text(max_size=40),
    st.lists(HOSTILE_PIECES, max_size=8).map("".join),
    st.builds(lambda piece, times: piece * times, HOSTILE_PIECES, st.integers(100, 1200)),
)


@pytest.fixture
async def bot(sqlite_engine: Engine) -> AsyncIterator[OfflineHarness]:
    load_samples(sqlite_engine)
    async with admin_bot(sqlite_engine) as harness:
        yield harness


def commands_of(bot: OfflineHarness) -> list[str]:
    """Every command the Application answers, read from its handlers (new ones are included)."""
    found = {
        command
        for group in bot.application.handlers.values()
        for handler in group
        if isinstance(handler, CommandHandler)
        for command in handler.commands
    }
    return sorted(found)


def within_telegram_limits(text: str) -> str:
    """Telegram refuses an empty message and cuts at 4096 characters."""
    return text[:TELEGRAM_LIMIT] or "?"


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
async def test_any_command_with_any_arguments_gets_a_valid_reply_or_none(
    bot: OfflineHarness, data: st.DataObject
) -> None:
    command = data.draw(st.sampled_from([*commands_of(bot), None]), label="command")
    arguments = data.draw(st.lists(ARGUMENT, max_size=4), label="arguments")
    user = data.draw(st.sampled_from([OWNER, ADMIN, STRANGER]), label="user")
    edited = data.draw(st.booleans(), label="edited")
    text = " ".join(arguments) if command is None else " ".join([f"/{command}", *arguments])
    text = within_telegram_limits(text)
    if edited:
        await bot.say("/help", chat_id=user, user_id=user)
    replies = await bot.say(text, chat_id=user, user_id=user, edited=edited)  # raises on a bug
    for reply in replies:
        assert 0 < len(reply.text) <= TELEGRAM_LIMIT


# -- uploads that are not plans -------------------------------------------------------------------


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def many_small_members() -> bytes:
    return zip_bytes({f"word/part{n}.xml": b"<x/>" for n in range(2100)})


@pytest.mark.parametrize(
    ("data", "filename", "reason"),
    [
        (zip_bytes({"[Content_Types].xml": b"<Types/>"}), "nobody.docx", "缺少正文"),
        (
            zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document"}),
            "corrupt.docx",
            "Word 文件已损坏",
        ),
        (many_small_members(), "members.docx", "内部文件过多"),
        (PLAN_V1.encode("utf-8"), "plan.docx", "不是有效的 Word"),
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog", "truncated.pdf", "PDF 文件已损坏"),
        (PLAN_V1.encode("utf-32"), "utf32.txt", "不是文本文件"),
        (bytes(range(256)) * 40, "random.pdf", "PDF 文件已损坏"),
        (b"\xff\xfe\x00\x00garbage", "bom.txt", "无法"),
        (PLAN_V1.encode(), "plan", "不支持该文件类型"),
        (PLAN_V1.encode(), "plan.txt.exe", "不支持该文件类型"),
    ],
)
async def test_an_unreadable_upload_gets_a_reason_and_writes_nothing(
    sqlite_engine: Engine, data: bytes, filename: str, reason: str
) -> None:
    async with admin_bot(sqlite_engine) as bot:
        (reply,) = await bot.upload(data, filename=filename)
        assert reason in reply.text and reply.labels == []
        (still,) = await bot.say("/help")
        assert "/targets" in still.text
    with Session(sqlite_engine) as session:
        assert session.exec(select(Document)).all() == []
        assert session.exec(select(PendingUpload)).all() == []


async def test_bidirectional_controls_in_what_users_type_are_not_echoed(
    bot: OfflineHarness,
) -> None:
    """A U+202E in a question would reverse, on screen, the reply that repeats it."""
    for text in ("/subscribe 不存在\u202e的单位\u2066", "\u202e湖州\u2067市2018年目标?"):
        replies = await bot.say(text, chat_id=OWNER, user_id=OWNER)
        assert replies
        for reply in replies:
            assert not any(control in reply.text for control in "\u202e\u2066\u2067")
