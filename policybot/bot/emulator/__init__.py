"""An offline Telegram: a Bot API emulator that PTB talks to over real HTTP.

Import from here: ``BotApiEmulator``, the record types, and ``ANONYMOUS_ADMIN_ID``.
"""

from policybot.bot.emulator.faults import FAULT_KINDS, Fault
from policybot.bot.emulator.flood import FloodControl
from policybot.bot.emulator.records import (
    ANONYMOUS_ADMIN_ID,
    ApiCall,
    Button,
    CallbackQueryRecord,
    DocumentInfo,
    EmulatedChat,
    EmulatedUser,
    PhotoInfo,
    PushedUpdate,
    SentMessage,
)
from policybot.bot.emulator.server import DEFAULT_TOKEN, BotApiEmulator
from policybot.bot.emulator.telegram_html import HtmlParseError, html_to_plain, parse_html
from policybot.bot.emulator.telegram_markdown import MarkdownParseError, parse_markdown_v2

__all__ = [
    "ANONYMOUS_ADMIN_ID",
    "DEFAULT_TOKEN",
    "FAULT_KINDS",
    "ApiCall",
    "BotApiEmulator",
    "Button",
    "CallbackQueryRecord",
    "DocumentInfo",
    "EmulatedChat",
    "EmulatedUser",
    "Fault",
    "FloodControl",
    "HtmlParseError",
    "MarkdownParseError",
    "PhotoInfo",
    "PushedUpdate",
    "SentMessage",
    "html_to_plain",
    "parse_html",
    "parse_markdown_v2",
]
