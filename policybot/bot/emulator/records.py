"""What the emulator remembers: people, chats, the bot's messages, files and API calls.

Tests and the chat driver read these records instead of Bot API JSON, so assertions talk about
labels and texts, not dictionaries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ANONYMOUS_ADMIN_ID = 1087968824
"""Telegram's ``GroupAnonymousBot``: the sender of messages from anonymous group admins."""


@dataclass
class EmulatedUser:
    """A person (or Telegram's anonymous-admin bot) who can write to the bot."""

    id: int
    first_name: str
    username: str | None = None
    language_code: str | None = "zh-hans"
    is_bot: bool = False
    blocked_bot: bool = False

    def to_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.username:
            data["username"] = self.username
        if self.language_code and not self.is_bot:
            data["language_code"] = self.language_code
        return data


@dataclass
class EmulatedChat:
    """A private chat (id = the user's id) or a group (negative id) with its admins."""

    id: int
    type: str
    title: str | None = None
    first_name: str | None = None
    username: str | None = None
    admins: set[int] = field(default_factory=set)
    members: set[int] = field(default_factory=set)

    @property
    def is_group(self) -> bool:
        return self.type in ("group", "supergroup")

    def to_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        for key in ("title", "first_name", "username"):
            value = getattr(self, key)
            if value:
                data[key] = value
        return data


@dataclass(frozen=True)
class Button:
    """One inline keyboard button as the user sees it."""

    label: str
    data: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class DocumentInfo:
    """A document attached to a message (sent by the bot or uploaded by a user)."""

    file_id: str
    file_name: str | None
    mime_type: str | None
    file_size: int


@dataclass(frozen=True)
class PhotoInfo:
    """A photo the bot sent: its file and the pixel size read from the image itself."""

    file_id: str
    width: int
    height: int
    file_size: int


@dataclass(frozen=True)
class SentMessage:
    """A snapshot of one bot message at the moment it was sent or edited.

    ``text`` is what a Telegram client shows (tags parsed, references decoded); ``source_text``
    is what the bot sent. An edit produces a new snapshot with ``edited=True``. ``timestamp`` is
    :func:`time.monotonic`, comparable with ``ApiCall.time`` and ``PushedUpdate.time``.
    """

    chat_id: int
    message_id: int
    text: str
    source_text: str
    parse_mode: str | None
    buttons: tuple[tuple[Button, ...], ...]
    edited: bool
    timestamp: float
    entities: tuple[dict[str, Any], ...] = ()
    document: DocumentInfo | None = None
    reply_keyboard: tuple[tuple[str, ...], ...] = ()
    photo: PhotoInfo | None = None

    @property
    def labels(self) -> list[str]:
        """All inline button labels, row by row."""
        return [button.label for row in self.buttons for button in row]

    def button(self, label: str) -> Button | None:
        return next((b for row in self.buttons for b in row if b.label == label), None)


@dataclass
class StoredMessage:
    """The current state of a message in a chat, from which Bot API ``Message`` JSON is built."""

    chat_id: int
    message_id: int
    date: int
    sender_id: int
    text: str | None = None
    entities: list[dict[str, Any]] = field(default_factory=list)
    reply_markup: dict[str, Any] | None = None
    document: DocumentInfo | None = None
    photo: PhotoInfo | None = None
    caption_entities: list[dict[str, Any]] = field(default_factory=list)
    edit_date: int | None = None
    source_text: str = ""
    parse_mode: str | None = None
    reply_to_message_id: int | None = None


@dataclass(frozen=True)
class StoredFile:
    """An uploaded file, reachable through ``getFile`` and the file download URL."""

    file_id: str
    file_unique_id: str
    file_path: str
    data: bytes
    file_name: str | None
    mime_type: str | None


@dataclass(frozen=True)
class ApiCall:
    """One HTTP request to the emulator; ``time`` is :func:`time.monotonic` at arrival."""

    method: str
    params: dict[str, Any]
    time: float
    status: int = 200
    description: str | None = None
    duration: float = 0.0


@dataclass(frozen=True)
class PushedUpdate:
    """An update the emulator queued for the bot, with when (monotonic) it was queued."""

    update_id: int
    kind: str
    chat_id: int | None
    time: float


@dataclass
class CallbackQueryRecord:
    """A button press and the bot's answer to it (``None`` until answered)."""

    query_id: str
    update_id: int
    chat_id: int
    message_id: int
    data: str
    answered: bool = False
    answer_text: str | None = None
    show_alert: bool = False
