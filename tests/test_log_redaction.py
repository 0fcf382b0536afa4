"""The bot token never reaches a log line: not in messages, URLs, arguments or tracebacks."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator
from dataclasses import replace

import pytest

from policybot.bot.logs import REDACTED, TokenRedactor, configure_logging
from policybot.config import LoggingSettings, Settings, TelegramSettings

TOKEN = "7412369850:AAH3xQ-k9Zp_LmN0ZQv7Yw8uTtR2sE4dF6g"
BOT_ID, SECRET_PART = TOKEN.split(":")


@pytest.fixture
def log_stream() -> Iterator[io.StringIO]:
    """Our handler on the root logger, writing JSON lines to a buffer; removed afterwards."""
    stream = io.StringIO()
    settings = Settings(
        telegram=TelegramSettings(token=TOKEN), logging=LoggingSettings(level="DEBUG", json=True)
    )
    root = logging.getLogger()
    level = root.level
    handler = configure_logging(settings, stream=stream)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(level)


def lines(stream: io.StringIO) -> list[dict[str, str]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def assert_clean(stream: io.StringIO) -> None:
    text = stream.getvalue()
    assert SECRET_PART not in text and TOKEN not in text


def test_httpx_request_lines_are_redacted(log_stream: io.StringIO) -> None:
    logging.getLogger("httpx").warning(
        'HTTP Request: %s %s "%s"',
        "POST",
        f"https://api.telegram.org/bot{TOKEN}/getUpdates",
        "HTTP/1.1 200 OK",
    )
    assert_clean(log_stream)
    (entry,) = lines(log_stream)
    assert f"/bot{REDACTED}/getUpdates" in entry["message"] and entry["logger"] == "httpx"


def test_the_token_in_arguments_and_plain_text_is_redacted(log_stream: io.StringIO) -> None:
    log = logging.getLogger("policybot.test")
    log.info("starting with token %s", TOKEN)
    log.info(f"configured {TOKEN} directly")
    log.info("file url https://api.telegram.org/file/bot%s/documents/file_1.docx", TOKEN)
    assert_clean(log_stream)
    assert len(lines(log_stream)) == 3


def test_tracebacks_are_redacted(log_stream: io.StringIO) -> None:
    try:
        raise ConnectionError(f"cannot reach https://api.telegram.org/bot{TOKEN}/sendMessage")
    except ConnectionError:
        logging.getLogger("telegram.ext.Updater").exception("network trouble")
    assert_clean(log_stream)
    (entry,) = lines(log_stream)
    assert "ConnectionError" in entry["exc"] and REDACTED in entry["exc"]


def test_another_bots_token_shape_is_redacted_too() -> None:
    other = "123456789:ABCdefGHIjklMNOpqrSTUvwxYZ0123456789"
    assert other not in TokenRedactor("").redact(f"token={other}")


def test_json_lines_are_one_object_each_with_level_and_time(log_stream: io.StringIO) -> None:
    logging.getLogger("policybot").warning("第一行\n第二行")
    (entry,) = lines(log_stream)
    assert entry["level"] == "WARNING" and entry["message"] == "第一行\n第二行"
    assert entry["ts"].endswith("+00:00")


def test_plain_format_is_the_default() -> None:
    stream = io.StringIO()
    settings = replace(Settings(), telegram=TelegramSettings(token=TOKEN))
    root = logging.getLogger()
    level = root.level
    handler = configure_logging(settings, stream=stream)
    try:
        logging.getLogger("policybot").warning("url /bot%s/getMe", TOKEN)
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    assert "WARNING policybot: url /bot<redacted>/getMe" in stream.getvalue()
    assert SECRET_PART not in stream.getvalue()


def test_handlers_configured_by_someone_else_get_the_redactor(
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = Settings(telegram=TelegramSettings(token=TOKEN))
    assert configure_logging(settings) is None  # pytest owns the root handlers here
    with caplog.at_level(logging.INFO):
        logging.getLogger("policybot").warning("token %s", TOKEN)
    assert "token <redacted>" in caplog.text and SECRET_PART not in caplog.text
    root_handlers = logging.getLogger().handlers
    assert any(isinstance(f, TokenRedactor) for h in root_handlers for f in h.filters)
    for handler in root_handlers:
        for stale in [f for f in handler.filters if isinstance(f, TokenRedactor)]:
            handler.removeFilter(stale)


def test_a_host_named_bot_is_not_mistaken_for_a_token() -> None:
    redactor = TokenRedactor(TOKEN)
    text = f"refused https://bot.example.org/telegram; called https://x.org/bot{TOKEN}/getMe"
    assert redactor.redact(text) == (
        f"refused https://bot.example.org/telegram; called https://x.org/bot{REDACTED}/getMe"
    )


def plain_log_of_a_failure(level: str, *, debug: bool) -> str:
    """What a terminal shows for one logged exception, with the plain format."""
    stream = io.StringIO()
    settings = Settings(
        telegram=TelegramSettings(token=TOKEN), logging=LoggingSettings(level=level)
    )
    root = logging.getLogger()
    previous = root.level
    handler = configure_logging(settings, stream=stream, debug=debug)
    try:
        try:
            raise ConnectionError(f"cannot reach https://api.telegram.org/bot{TOKEN}/getMe")
        except ConnectionError:
            logging.getLogger("policybot.test").exception("polling failed")
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)
    return stream.getvalue()


def test_plain_lines_carry_no_traceback_only_the_exception_line() -> None:
    text = plain_log_of_a_failure("INFO", debug=False)
    assert "Traceback" not in text and len(text.splitlines()) == 1
    assert text.rstrip().endswith(
        f"policybot.test: polling failed (ConnectionError: cannot reach"
        f" https://api.telegram.org/bot{REDACTED}/getMe)"
    )


@pytest.mark.parametrize(("level", "debug"), [("INFO", True), ("DEBUG", False)])
def test_debug_keeps_the_traceback_redacted(level: str, debug: bool) -> None:
    text = plain_log_of_a_failure(level, debug=debug)
    assert "Traceback (most recent call last)" in text
    assert SECRET_PART not in text


WEBHOOK_SECRET = "whs-4f9c2a7e1b8d6035"


async def test_the_webhook_secret_in_ptb_debug_lines_is_redacted() -> None:
    """PTB logs every call's parameters at DEBUG, ``setWebhook``'s ``secret_token`` among them."""
    from telegram import Bot

    from policybot.bot.emulator import BotApiEmulator

    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    async with BotApiEmulator() as emulator:
        settings = Settings(
            telegram=TelegramSettings(token=emulator.token, webhook_secret=WEBHOOK_SECRET),
            logging=LoggingSettings(level="DEBUG"),
        )
        handler = configure_logging(settings, stream=stream)
        try:
            async with Bot(emulator.token, base_url=emulator.base_url) as bot:
                await bot.set_webhook(
                    "https://bot.example.org/telegram", secret_token=WEBHOOK_SECRET
                )
        finally:
            root.removeHandler(handler)
            root.setLevel(level)
    text = stream.getvalue()
    assert "setWebhook" in text and "secret_token" in text  # the line is there, redacted
    assert WEBHOOK_SECRET not in text


def test_a_secret_token_parameter_is_redacted_even_when_not_configured() -> None:
    line = "Calling Bot API endpoint `setWebhook` with parameters `{'secret_token': 'abc-123'}`"
    assert "abc-123" not in TokenRedactor("").redact(line)
    assert 'secret_token": "<redacted>"' in TokenRedactor("").redact('{"secret_token": "x y"}')


def test_a_library_that_sets_its_own_logger_to_debug_stays_below_the_configured_level() -> None:
    """bm25s sets its logger to DEBUG when imported; at level INFO its DEBUG lines stay out."""
    stream = io.StringIO()
    root = logging.getLogger()
    level = root.level
    handler = configure_logging(Settings(logging=LoggingSettings(level="INFO")), stream=stream)
    chatty = logging.getLogger("a_chatty_library")
    chatty.setLevel(logging.DEBUG)
    try:
        chatty.debug("Building index from tokens")
        chatty.info("an info line")
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
        chatty.setLevel(logging.NOTSET)
    assert "Building index" not in stream.getvalue() and "an info line" in stream.getvalue()
