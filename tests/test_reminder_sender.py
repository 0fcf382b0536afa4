"""The Telegram sender speaks the scheduler's outcomes: each Bot API refusal becomes the outcome
the dispatcher acts on (``scheduler/outcomes.py``), and anything else stays a transient error."""

from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Any

import pytest
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter
from telegram.warnings import PTBDeprecationWarning

from policybot.handlers.reminders import telegram_sender
from policybot.scheduler.messages import ReminderMessage
from policybot.scheduler.outcomes import ChatGone, ChatMoved, MessageRefused, RetryLater


def retry_after(seconds: int) -> RetryAfter:
    """PTB 22 warns on constructing RetryAfter (its type changes in v23); that is PTB's news."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        return RetryAfter(seconds)


@dataclass
class RefusingBot:
    """Stands in for ``telegram.Bot``: ``send_message`` raises what it was given."""

    error: Exception

    async def send_message(self, *args: Any, **kwargs: Any) -> Any:
        raise self.error


MESSAGE = ReminderMessage("提醒", ())


@pytest.mark.parametrize(
    ("error", "outcome", "detail"),
    [
        (retry_after(7), RetryLater, ("seconds", 7.0)),
        (Forbidden("Forbidden: bot was blocked by the user"), ChatGone, None),
        (BadRequest("Chat not found"), ChatGone, None),
        (ChatMigrated(-1001234), ChatMoved, ("new_chat_id", -1001234)),
        (BadRequest("Can't parse entities: unexpected end tag"), MessageRefused, None),
    ],
)
async def test_telegram_refusals_become_the_schedulers_outcomes(
    error: Exception, outcome: type[Exception], detail: tuple[str, object] | None
) -> None:
    send = telegram_sender(RefusingBot(error))  # type: ignore[arg-type]
    with pytest.raises(outcome) as raised:
        await send(-1, MESSAGE)
    if detail is not None:
        assert getattr(raised.value, detail[0]) == detail[1]
    assert raised.value.__cause__ is error


async def test_a_network_error_stays_a_transient_error() -> None:
    send = telegram_sender(RefusingBot(NetworkError("reset by peer")))  # type: ignore[arg-type]
    with pytest.raises(NetworkError):
        await send(-1, MESSAGE)
