"""Logging set-up: plain or one JSON object per line, and the bot's secrets never written out.

Plain lines are for people at a terminal: an exception shows as its last line (type and message)
on the log line itself, not as a traceback, unless ``--debug`` or level DEBUG asks for them.
JSON lines are for log collectors and keep the whole traceback in ``exc``.

PTB and httpx log request URLs, and a Bot API URL contains the token
(``https://api.telegram.org/bot123:ABC…/sendMessage``); so do exception texts from the network
layer. Anyone with the token can act as the bot, so the redaction sits on every root handler and
rewrites the message, its arguments and any traceback before a formatter sees them. At DEBUG, PTB
also logs the parameters of every call, among them ``setWebhook``'s ``secret_token``: with it
anyone could post forged updates to the webhook, so it is redacted the same way.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from typing import TextIO

from pythonjsonlogger.json import JsonFormatter

from policybot.config import Settings

REDACTED = "<redacted>"
# A Bot API token is "<bot id>:<35 url-safe characters>"; in URLs it follows "bot" as the start
# of a path segment — not in a host name such as https://bot.example.org, which stays readable.
_TOKEN_SHAPE = re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{20,}")
_URL_TOKEN = re.compile(r"(?<!/)/bot[^/\s\"']+")
# ``'secret_token': '…'`` in a logged dict of call parameters (repr or JSON quoting).
_SECRET_PARAMETER = re.compile(r"""(["']secret_token["']\s*:\s*)(["'])(?:(?!\2).)*\2""")
OURS = "_policybot_handler"
# matplotlib: "generated new fontManager" at INFO on a fresh machine's first chart, printed in
# the middle of `echo "/deadlines 佛山" | make run`'s answers.
NOISY_LOGGERS = (
    "alembic",
    "httpx",
    "apscheduler.executors.default",
    "aiohttp.access",
    "matplotlib",
)


class TokenRedactor(logging.Filter):
    """Replaces the configured token and webhook secret, anything shaped like a token,
    ``/bot<token>`` paths and any ``secret_token`` call parameter."""

    def __init__(self, token: str = "", *secrets: str) -> None:
        super().__init__()
        self.token = token
        self.secrets = tuple(secret for secret in (token, *secrets) if secret)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        text = _URL_TOKEN.sub(f"/bot{REDACTED}", text)
        text = _SECRET_PARAMETER.sub(rf"\1\2{REDACTED}\2", text)
        return _TOKEN_SHAPE.sub(REDACTED, text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = self.redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = "".join(traceback.format_exception(*record.exc_info)).rstrip()
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
            # Formatters print exc_text when exc_info is gone; left in place, a formatter that
            # formats exc_info itself (python-json-logger does) would print the token again.
            record.exc_info = None
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
        return True


class ConciseFormatter(logging.Formatter):
    """``time LEVEL logger: message (ExceptionType: what it says)`` — one line per record."""

    def format(self, record: logging.LogRecord) -> str:
        saved = record.exc_info, record.exc_text, record.stack_info
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        summary = _last_line(record.exc_text)
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            line = super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = saved
        return f"{line} ({summary})" if summary else line


def _last_line(traceback_text: str | None) -> str:
    """The ``Type: message`` line that ends a formatted traceback (already redacted)."""
    lines = [line for line in (traceback_text or "").splitlines() if line.strip()]
    return lines[-1].strip() if lines else ""


def json_formatter() -> logging.Formatter:
    """One object per line: ts, level, logger, message, exc when there is a traceback, and any
    ``extra=`` fields a call passes (python-json-logger)."""
    return JsonFormatter(
        "{levelname}{name}{message}",
        style="{",
        rename_fields={"levelname": "level", "name": "logger", "exc_info": "exc"},
        timestamp="ts",
        json_ensure_ascii=False,
    )


def configure_logging(
    settings: Settings, stream: TextIO | None = None, *, debug: bool = False
) -> logging.Handler | None:
    """Install one redacting handler on the root logger, like ``logging.basicConfig``.

    ``debug`` (the ``--debug`` flag) or level DEBUG keeps tracebacks in plain lines.

    When something else already configured the root logger (pytest, an embedding program), its
    handlers are left in place and only given the redactor — unless ``stream`` is passed, which
    always installs ours. Returns the handler installed, if any.
    """
    root = logging.getLogger()
    root.setLevel(settings.logging.level.upper())
    redactor = TokenRedactor(settings.telegram.token, settings.telegram.webhook_secret)
    for noisy in NOISY_LOGGERS:  # chatty at INFO; their news is rarely ours
        logging.getLogger(noisy).setLevel(logging.WARNING)
    for old in [h for h in root.handlers if getattr(h, OURS, False)]:
        root.removeHandler(old)
    if root.handlers and stream is None:
        for foreign in root.handlers:
            for stale in [f for f in foreign.filters if isinstance(f, TokenRedactor)]:
                foreign.removeFilter(stale)
            foreign.addFilter(redactor)
        return None
    handler = logging.StreamHandler(stream or sys.stderr)
    setattr(handler, OURS, True)
    # The configured level holds on the handler too: a library that sets its own logger to DEBUG
    # when imported (bm25s does) must not print below it.
    handler.setLevel(root.level)
    handler.addFilter(redactor)
    line_format = "%(asctime)s %(levelname)s %(name)s: %(message)s"
    if settings.logging.json:
        handler.setFormatter(json_formatter())
    elif debug or root.level <= logging.DEBUG:
        handler.setFormatter(logging.Formatter(line_format))
    else:
        handler.setFormatter(ConciseFormatter(line_format))
    root.addHandler(handler)
    return handler
