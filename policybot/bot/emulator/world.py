"""The emulated Telegram world: who exists, which chats, which messages and files.

It knows nothing about HTTP; the server and the Python control API both change it, so the
two views (the bot's and the test's) can never disagree.
"""

from __future__ import annotations

import asyncio
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from policybot.bot.emulator.records import (
    ANONYMOUS_ADMIN_ID,
    Button,
    CallbackQueryRecord,
    DocumentInfo,
    EmulatedChat,
    EmulatedUser,
    PhotoInfo,
    SentMessage,
    StoredFile,
    StoredMessage,
)


def inline_buttons(reply_markup: dict[str, Any] | None) -> tuple[tuple[Button, ...], ...]:
    rows = (reply_markup or {}).get("inline_keyboard") or []
    return tuple(
        tuple(Button(b.get("text", ""), b.get("callback_data"), b.get("url")) for b in row)
        for row in rows
    )


def reply_keyboard_labels(reply_markup: dict[str, Any] | None) -> tuple[tuple[str, ...], ...]:
    rows = (reply_markup or {}).get("keyboard") or []
    return tuple(tuple(b if isinstance(b, str) else b.get("text", "") for b in row) for row in rows)


@dataclass
class World:
    """Users, chats, messages (per chat), files and the bot's outbox, in one place."""

    bot: EmulatedUser
    clock: Callable[[], float] = time.time
    users: dict[int, EmulatedUser] = field(default_factory=dict)
    chats: dict[int, EmulatedChat] = field(default_factory=dict)
    messages: dict[tuple[int, int], StoredMessage] = field(default_factory=dict)
    files: dict[str, StoredFile] = field(default_factory=dict)
    outbox: list[SentMessage] = field(default_factory=list)
    callback_queries: dict[str, CallbackQueryRecord] = field(default_factory=dict)
    _last_message_id: dict[int, int] = field(default_factory=dict)
    _outbox_changed: asyncio.Event = field(default_factory=asyncio.Event)

    def __post_init__(self) -> None:
        self.users[self.bot.id] = self.bot
        self.users.setdefault(
            ANONYMOUS_ADMIN_ID,
            EmulatedUser(ANONYMOUS_ADMIN_ID, "Group", "GroupAnonymousBot", None, is_bot=True),
        )

    def now(self) -> int:
        return int(self.clock())

    def user(self, user_id: int) -> EmulatedUser:
        """The user with this id, created on first use so tests stay short."""
        if user_id not in self.users:
            self.users[user_id] = EmulatedUser(user_id, f"用户{user_id}", f"user{user_id}")
        return self.users[user_id]

    def chat(self, chat_id: int, user_id: int | None = None) -> EmulatedChat:
        """The chat with this id; a positive id is that user's private chat, negative a group."""
        if chat_id not in self.chats:
            if chat_id > 0:
                user = self.user(chat_id)
                self.chats[chat_id] = EmulatedChat(
                    chat_id, "private", first_name=user.first_name, username=user.username
                )
            else:
                self.chats[chat_id] = EmulatedChat(chat_id, "supergroup", title=f"群{-chat_id}")
        chat = self.chats[chat_id]
        if user_id is not None:
            chat.members.add(user_id)
        return chat

    def known_chat(self, chat_id: int) -> EmulatedChat | None:
        return self.chats.get(chat_id)

    def new_message_id(self, chat_id: int) -> int:
        self._last_message_id[chat_id] = self._last_message_id.get(chat_id, 0) + 1
        return self._last_message_id[chat_id]

    def store(self, message: StoredMessage) -> StoredMessage:
        self.messages[(message.chat_id, message.message_id)] = message
        return message

    def message_api(self, message: StoredMessage, *, with_reply: bool = True) -> dict[str, Any]:
        """Bot API ``Message`` JSON for a stored message."""
        chat = self.chat(message.chat_id)
        data: dict[str, Any] = {
            "message_id": message.message_id,
            "date": message.date,
            "chat": chat.to_api(),
            "from": self.user(message.sender_id).to_api(),
        }
        if message.sender_id == ANONYMOUS_ADMIN_ID and chat.is_group:
            data["sender_chat"] = chat.to_api()
        if message.edit_date is not None:
            data["edit_date"] = message.edit_date
        if message.document is not None or message.photo is not None:
            if message.document is not None:
                data["document"] = self.document_api(message.document)
            if message.photo is not None:
                data["photo"] = [self.photo_api(message.photo)]
            if message.text:
                data["caption"] = message.text
                if message.entities:
                    data["caption_entities"] = message.entities
        elif message.text is not None:
            data["text"] = message.text
            if message.entities:
                data["entities"] = message.entities
        if message.reply_markup and "inline_keyboard" in message.reply_markup:
            data["reply_markup"] = message.reply_markup
        replied = self.messages.get((message.chat_id, message.reply_to_message_id or 0))
        if with_reply and replied is not None:
            data["reply_to_message"] = self.message_api(replied, with_reply=False)
        return data

    def document_api(self, document: DocumentInfo) -> dict[str, Any]:
        stored = self.files[document.file_id]
        data: dict[str, Any] = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": document.file_size,
        }
        if document.file_name:
            data["file_name"] = document.file_name
        if document.mime_type:
            data["mime_type"] = document.mime_type
        return data

    def photo_api(self, photo: PhotoInfo) -> dict[str, Any]:
        stored = self.files[photo.file_id]
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": photo.file_size,
            "width": photo.width,
            "height": photo.height,
        }

    def add_file(self, data: bytes, file_name: str | None, mime_type: str | None) -> DocumentInfo:
        digest = hashlib.sha256(data + (file_name or "").encode()).hexdigest()
        file_id = f"BQACAgIAAx{digest[:40]}"
        unique_id = f"AgAD{digest[40:52]}"
        suffix = (file_name or "file").rsplit("/", 1)[-1]
        self.files[file_id] = StoredFile(
            file_id, unique_id, f"documents/{digest[:8]}_{suffix}", data, file_name, mime_type
        )
        return DocumentInfo(file_id, file_name, mime_type, len(data))

    def record_bot_message(self, message: StoredMessage, *, edited: bool) -> SentMessage:
        """Appends a snapshot of a bot message to the outbox (a send or an edit)."""
        snapshot = SentMessage(
            chat_id=message.chat_id,
            message_id=message.message_id,
            text=message.text or "",
            source_text=message.source_text,
            parse_mode=message.parse_mode,
            buttons=inline_buttons(message.reply_markup),
            edited=edited,
            timestamp=time.monotonic(),
            entities=tuple(message.entities),
            document=message.document,
            photo=message.photo,
            reply_keyboard=reply_keyboard_labels(message.reply_markup),
        )
        self.outbox.append(snapshot)
        self._outbox_changed.set()
        self._outbox_changed = asyncio.Event()
        return snapshot

    async def wait_for_outbox(self, seen: int) -> None:
        """Returns once the outbox holds more than ``seen`` snapshots (for live displays)."""
        while len(self.outbox) <= seen:
            await self._outbox_changed.wait()

    def bot_messages(self, chat_id: int) -> list[StoredMessage]:
        """The bot's messages in a chat, newest first, in their current state."""
        found = [
            m
            for (cid, _), m in self.messages.items()
            if cid == chat_id and m.sender_id == self.bot.id
        ]
        return sorted(found, key=lambda m: m.message_id, reverse=True)
