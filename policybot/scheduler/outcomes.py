"""What a failed send means to the dispatcher, in its own words rather than Telegram's.

The scheduler decides what is due and what to do when a message does not go out; it does not
know which messenger carries the message. A sender (``handlers/reminders.py`` for Telegram)
translates its transport's errors into these outcomes. Any other exception is a transient
failure: the dispatcher retries it with backoff, up to its attempt limit.
"""

from __future__ import annotations


class SendOutcome(Exception):
    """A send that did not deliver, for a reason the dispatcher acts on."""


class RetryLater(SendOutcome):
    """Flood control: try again after ``seconds``; not a failed attempt."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"retry after {seconds:g}s")
        self.seconds = seconds


class ChatGone(SendOutcome):
    """The chat cannot be reached any more (blocked, removed, deleted): stop writing to it."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ChatMoved(SendOutcome):
    """The chat continues under another id (a group became a supergroup)."""

    def __init__(self, new_chat_id: int) -> None:
        super().__init__(f"moved to {new_chat_id}")
        self.new_chat_id = new_chat_id


class MessageRefused(SendOutcome):
    """This message can never be delivered as it is (e.g. markup the messenger cannot parse)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
