"""A command the bot does not have gets one short line, not silence.

Telegram clients send anything after a ``/`` as a command, so a typo (``/target``) or a command
from another bot's habits used to get no reply at all, and the user could not tell a slow bot
from a deaf one. The known commands are read off the application's own handlers once it is
built, so a new command never has to be listed here. In a group, only a command addressed to
this bot (``/foo@this_bot``) is answered: the others may be for other bots in the group.
"""

from __future__ import annotations

from collections.abc import Iterable

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import (
    Application,
    BaseHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)

from policybot.handlers.formatting import clip_echo
from policybot.knowledge.commands import closest_command

KNOWN_COMMANDS_KEY = "known_commands"


def unknown_reply(name: str, known: Iterable[str] = ()) -> str:
    """One line; with the command ``name`` is most likely a slip for (/target → /targets)."""
    closest = closest_command(name, known)
    if closest is not None:
        return f"没有 /{clip_echo(name, 32)} 这个命令,是要 /{closest} 吗?发 /help 看能用的命令。"
    return f"没有 /{clip_echo(name, 32)} 这个命令。发 /help 看能用的命令,或直接用中文提问。"


def known_commands(context: ContextTypes.DEFAULT_TYPE) -> frozenset[str]:
    known: frozenset[str] = context.bot_data.get(KNOWN_COMMANDS_KEY, frozenset())
    return known


def _command_handlers(handlers: Iterable[BaseHandler]) -> Iterable[CommandHandler]:
    for handler in handlers:
        if isinstance(handler, CommandHandler):
            yield handler
        elif isinstance(handler, ConversationHandler):
            yield from _command_handlers(handler.entry_points)
            for state_handlers in handler.states.values():
                yield from _command_handlers(state_handlers)
            yield from _command_handlers(handler.fallbacks)


def remember_known_commands(application: Application) -> None:
    """Call after every handler is registered."""
    every_handler = [h for group in application.handlers.values() for h in group]
    application.bot_data[KNOWN_COMMANDS_KEY] = frozenset(
        command for handler in _command_handlers(every_handler) for command in handler.commands
    )


def is_known(context: ContextTypes.DEFAULT_TYPE, name: str) -> bool:
    return name.lower() in known_commands(context)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    word = message.text.split(maxsplit=1)[0][1:]
    name, _, addressee = word.partition("@")
    if is_known(context, name):
        return
    in_group = message.chat.type in (ChatType.GROUP, ChatType.SUPERGROUP)
    if in_group and addressee.lower() != (context.bot.username or "").lower():
        return
    await message.reply_text(unknown_reply(name, known_commands(context)))


def register(application: Application, group: int) -> None:
    """``group`` must come after every group that holds commands."""
    command = filters.COMMAND & ~filters.UpdateType.EDITED
    application.add_handler(MessageHandler(command, unknown_command), group)
