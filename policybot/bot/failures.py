"""One line for each failure a user can meet when a command starts: what failed, what to check.

``cli.main`` prints :func:`explain`'s line instead of a traceback (``--debug`` adds the
traceback, with the token redacted). Failures nobody foresaw still get one line, naming the
exception and the ``--debug`` flag.
"""

from __future__ import annotations

import sys
from urllib.parse import urlsplit

from policybot.config import Settings

CHINA_NOTE = "api.telegram.org is blocked in mainland China"


class EmulatorLost(Exception):
    """The offline chat (``bot.chat``) lost its connection to its emulator at ``url``.

    PTB's NetworkError names no host, and the line for it names the configured
    ``telegram.base_url`` (api.telegram.org), which the offline chat never talks to."""

    def __init__(self, url: str) -> None:
        super().__init__(f"lost the connection to the emulator at {url}")
        self.url = url


def explain(failure: BaseException, settings: Settings) -> str:
    """The line to print for ``failure``; never the token, never a password."""
    for explainer in (_telegram, _database):
        line = explainer(failure, settings)
        if line:
            return line
    return (
        f"policybot stopped: {type(failure).__name__}: {_first_line(failure)}"
        " (run again with --debug for the traceback)"
    )


def _telegram(failure: BaseException, settings: Settings) -> str | None:
    if "telegram" not in sys.modules:  # nothing Telegram-related ran
        return None
    from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError

    from policybot.bot.connect import TelegramUnreachable

    if isinstance(failure, EmulatorLost):  # the offline chat talks to no Telegram server
        cause = failure.__cause__
        reason = f"{type(cause).__name__}: {_first_line(cause)}" if cause else "no answer"
        return (
            f"the offline chat lost the connection to its emulator at {failure.url} ({reason}):"
            " the emulator runs inside this process, so the network is not the cause — a"
            " heavily loaded machine can be; run policybot chat again"
        )
    where = _api_host(settings)
    if isinstance(failure, InvalidToken):
        return (
            f"Telegram rejected the bot token (401 Unauthorized from {where}): check"
            " POLICYBOT_TOKEN or telegram.token — copy it again from @BotFather (/mybots →"
            " API Token); a token revoked there stops working at once"
        )
    if isinstance(failure, TelegramUnreachable):
        cause = failure.__cause__
        reason = f"{type(cause).__name__}: {_first_line(cause)}" if cause else "no answer"
        tries = "1 attempt" if failure.attempts == 1 else f"{failure.attempts} attempts"
        return (
            f"cannot reach Telegram at {where} after {tries} ({reason}):"
            f" check the network and DNS from this host, telegram.proxy / POLICYBOT_PROXY"
            f" ({CHINA_NOTE}: use a proxy or a host abroad) and telegram.base_url"
        )
    if isinstance(failure, BadRequest) and "webhook" in str(failure).lower():
        return (
            f"Telegram refused the webhook URL {settings.telegram.webhook_url!r}"
            f" ({_first_line(failure)}): check telegram.webhook_url — an https:// URL on port"
            " 443, 80, 88 or 8443 that Telegram's servers can reach from the internet"
        )
    if isinstance(failure, NetworkError) and not isinstance(failure, BadRequest):
        return (
            f"lost the connection to Telegram at {where} ({type(failure).__name__}:"
            f" {_first_line(failure)}): check the network and telegram.proxy / POLICYBOT_PROXY"
        )
    if isinstance(failure, Conflict):
        return (
            f"Telegram refused to deliver updates ({_first_line(failure)}): another process is"
            " polling with this token, or a webhook is set — stop the other one, or use"
            ' telegram.mode = "webhook" for several workers'
        )
    if isinstance(failure, Forbidden):
        return f"Telegram refused a request ({_first_line(failure)}): check the bot's rights"
    return None


def _database(failure: BaseException, settings: Settings) -> str | None:
    if "sqlalchemy" not in sys.modules:
        return None
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    if not isinstance(failure, OperationalError):
        return None
    shown = make_url(settings.database.url).render_as_string(hide_password=True)
    cause = failure.orig if failure.orig is not None else failure
    return (
        f"cannot use the database {shown} ({_first_line(cause)}): check database.url /"
        " POLICYBOT_DB_URL, that the server runs and that this user may write there"
    )


def _api_host(settings: Settings) -> str:
    parts = urlsplit(settings.telegram.base_url)
    return parts.netloc or settings.telegram.base_url


def _first_line(failure: BaseException | None) -> str:
    text = str(failure or "").strip()
    return text.splitlines()[0] if text else type(failure).__name__
