"""The Bot API methods policybot uses, with Telegram's checks and error wording.

Each method takes decoded parameters and returns the ``result`` part of the envelope, or raises
:class:`ApiError`, which the server turns into ``{"ok": false, ...}``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from policybot.bot.emulator.images import ImageError, image_size
from policybot.bot.emulator.records import (
    DocumentInfo,
    EmulatedChat,
    PhotoInfo,
    StoredMessage,
)
from policybot.bot.emulator.telegram_html import HtmlParseError, parse_html
from policybot.bot.emulator.telegram_markdown import (
    MarkdownParseError,
    parse_markdown,
    parse_markdown_v2,
)
from policybot.bot.emulator.updates import UpdateQueue
from policybot.bot.emulator.world import World

MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024
MAX_PHOTO_BYTES = 10 * 1024 * 1024
MAX_PHOTO_DIMENSIONS = 10_000  # width + height
MAX_PHOTO_RATIO = 20
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
CHAT_ACTIONS = frozenset(
    {
        "typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice",
        "upload_document", "choose_sticker", "find_location", "record_video_note",
        "upload_video_note",
    }
)  # fmt: skip
_COMMAND_NAME = re.compile(r"^[a-z0-9_]{1,32}$")


class ApiError(Exception):
    """A Bot API error: HTTP status ``code`` and Telegram's ``description``."""

    def __init__(self, code: int, description: str, parameters: dict[str, Any] | None = None):
        super().__init__(description)
        self.code = code
        self.description = description
        self.parameters = parameters


def bad_request(detail: str) -> ApiError:
    return ApiError(400, f"Bad Request: {detail}")


WEBHOOK_PORTS = (443, 80, 88, 8443)


def check_webhook_url(url: str) -> None:
    """Telegram's own checks of a webhook URL, with its wording: HTTPS, and one of four ports."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "https" or not parts.hostname:
        raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    try:
        port = parts.port or 443
    except ValueError:
        port = 0
    if port not in WEBHOOK_PORTS:
        raise bad_request("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")


@dataclass(frozen=True)
class Upload:
    """A file part of a multipart request."""

    filename: str | None
    content_type: str | None
    data: bytes


@dataclass
class ApiRequest:
    """Decoded parameters of one call; values may be strings (form) or JSON types."""

    params: dict[str, Any]
    uploads: dict[str, Upload] = field(default_factory=dict)

    def text(self, name: str) -> str | None:
        value = self.params.get(name)
        return None if value is None else str(value)

    def integer(self, name: str, default: int | None = None) -> int | None:
        value = self.params.get(name)
        if value is None or value == "":
            return default
        try:
            return int(float(value)) if isinstance(value, (int, float, str)) else default
        except ValueError as error:
            raise bad_request(f"invalid {name} specified") from error

    def number(self, name: str, default: float) -> float:
        value = self.params.get(name)
        try:
            return float(value) if value not in (None, "") else default
        except (TypeError, ValueError) as error:
            raise bad_request(f"invalid {name} specified") from error

    def boolean(self, name: str) -> bool:
        value = self.params.get(name)
        return value is True or str(value).lower() in ("true", "1")

    def json(self, name: str) -> Any:
        value = self.params.get(name)
        if isinstance(value, str):
            try:
                return json.loads(value)
            except json.JSONDecodeError as error:
                raise bad_request(f"can't parse {name} JSON object") from error
        return value


@dataclass(frozen=True)
class FormattedText:
    text: str
    entities: list[dict[str, Any]]


def format_text(source: str, parse_mode: str | None, entities: Any, strict: bool) -> FormattedText:
    """Applies ``parse_mode`` the way Telegram does, then trims surrounding whitespace."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        try:
            parsed = parse_html(source, strict_ampersand=strict)
        except HtmlParseError as error:
            raise bad_request(f"can't parse entities: {error}") from error
        text, parsed_entities = parsed.text, parsed.entities
    elif mode in ("markdown", "markdownv2"):
        parse = parse_markdown_v2 if mode == "markdownv2" else parse_markdown
        try:
            parsed = parse(source)
        except MarkdownParseError as error:
            raise bad_request(f"can't parse entities: {error}") from error
        text, parsed_entities = parsed.text, parsed.entities
    elif mode == "":
        text, parsed_entities = source, list(entities or [])
    else:
        raise bad_request("unsupported parse_mode")
    stripped = text.strip()
    if stripped != text:
        parsed_entities = _shift_entities(parsed_entities, text, stripped)
    return FormattedText(stripped, parsed_entities)


def _shift_entities(entities: list[dict[str, Any]], text: str, stripped: str) -> list[dict]:
    removed = len(text[: len(text) - len(text.lstrip())].encode("utf-16-le")) // 2
    limit = len(stripped.encode("utf-16-le")) // 2
    shifted = []
    for entity in entities:
        start = max(entity["offset"] - removed, 0)
        end = min(entity["offset"] + entity["length"] - removed, limit)
        if end > start:
            shifted.append({**entity, "offset": start, "length": end - start})
    return shifted


def check_reply_markup(markup: Any) -> dict[str, Any] | None:
    """Validates an inline keyboard the way Telegram rejects broken buttons."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard") or []:
        for button in row:
            if not button.get("text"):
                raise bad_request("BUTTON_TEXT_EMPTY")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= MAX_CALLBACK_DATA_BYTES:
                raise bad_request("BUTTON_DATA_INVALID")
            actions = set(button) - {"text", "style", "icon_custom_emoji_id"}
            if not actions:
                raise bad_request(
                    "can't parse inline keyboard button: Text buttons are unallowed in the "
                    "inline keyboard"
                )
    return markup


def scope_key(scope: Any, language_code: str | None) -> str:
    """A stable key for a ``BotCommandScope`` plus language, as Telegram stores commands."""
    scope = scope or {"type": "default"}
    parts = [
        scope.get("type", "default"),
        str(scope.get("chat_id", "")),
        str(scope.get("user_id", "")),
    ]
    return "|".join([*parts, language_code or ""])


class BotApi:
    """Implements the methods; ``strict_ampersand`` is passed to the HTML parser."""

    def __init__(self, world: World, updates: UpdateQueue, *, strict_ampersand: bool) -> None:
        self.world = world
        self.updates = updates
        self.strict_ampersand = strict_ampersand
        self.webhook_url = ""
        self.commands: dict[str, list[dict[str, str]]] = {}
        self.chat_actions: list[tuple[int, str]] = []

    def find(self, method: str) -> Callable[[ApiRequest], Awaitable[Any]] | None:
        return getattr(self, f"api_{method.lower()}", None)

    # -- lookups ---------------------------------------------------------------------------

    def target_chat(self, request: ApiRequest) -> EmulatedChat:
        raw = request.params.get("chat_id")
        if raw in (None, ""):
            raise bad_request("chat_id is empty")
        if isinstance(raw, str) and raw.startswith("@"):
            chat = next((c for c in self.world.chats.values() if c.username == raw[1:]), None)
        else:
            chat = self.world.known_chat(int(raw)) if str(raw).lstrip("-").isdigit() else None
        if chat is None:
            raise bad_request("chat not found")
        return chat

    def writable_chat(self, request: ApiRequest) -> EmulatedChat:
        chat = self.target_chat(request)
        user = self.world.users.get(chat.id)
        if chat.type == "private" and user is not None and user.blocked_bot:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return chat

    def own_message(self, request: ApiRequest, *, action: str) -> StoredMessage:
        if request.params.get("inline_message_id"):
            raise bad_request(f"message to {action} not found")
        chat = self.target_chat(request)
        message = self.world.messages.get((chat.id, request.integer("message_id") or 0))
        if message is None:
            raise bad_request(f"message to {action} not found")
        if message.sender_id != self.world.bot.id:
            raise bad_request(f"message can't be {'edited' if action == 'edit' else 'deleted'}")
        return message

    def formatted(self, request: ApiRequest, name: str, limit: int, entities: str) -> FormattedText:
        source = request.text(name) or ""
        formatted = format_text(
            source, request.text("parse_mode"), request.json(entities), self.strict_ampersand
        )
        # Telegram counts UTF-16 code units: an emoji or a rare CJK character counts twice.
        if len(formatted.text.encode("utf-16-le")) // 2 > limit:
            raise bad_request(
                "message is too long" if name == "text" else "message caption is too long"
            )
        return formatted

    def reply_target(self, request: ApiRequest, chat_id: int) -> int | None:
        parameters = request.json("reply_parameters") or {}
        message_id = parameters.get("message_id") or request.integer("reply_to_message_id")
        if message_id and (chat_id, int(message_id)) not in self.world.messages:
            if not parameters.get("allow_sending_without_reply"):
                raise bad_request("message to be replied not found")
            return None
        return int(message_id) if message_id else None

    def new_bot_message(self, chat: EmulatedChat, request: ApiRequest, **fields: Any) -> dict:
        message = StoredMessage(
            chat_id=chat.id,
            message_id=self.world.new_message_id(chat.id),
            date=self.world.now(),
            sender_id=self.world.bot.id,
            parse_mode=request.text("parse_mode"),
            reply_markup=check_reply_markup(request.json("reply_markup")),
            reply_to_message_id=self.reply_target(request, chat.id),
            **fields,
        )
        self.world.store(message)
        self.world.record_bot_message(message, edited=False)
        return self.world.message_api(message)

    # -- identity and updates ----------------------------------------------------------------

    async def api_getme(self, request: ApiRequest) -> Any:
        return {
            **self.world.bot.to_api(),
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    async def api_getupdates(self, request: ApiRequest) -> Any:
        if self.webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use "
                "deleteWebhook to delete the webhook first",
            )
        limit = min(max(request.integer("limit", 100) or 100, 1), 100)
        return await self.updates.get(
            offset=request.integer("offset"),
            limit=limit,
            timeout=request.number("timeout", 0.0),
            allowed=request.json("allowed_updates"),
        )

    async def api_setwebhook(self, request: ApiRequest) -> Any:
        url = request.text("url") or ""
        if url:
            check_webhook_url(url)
        self.webhook_url = url
        if request.boolean("drop_pending_updates"):
            self.updates.drop_all()
        return True

    async def api_deletewebhook(self, request: ApiRequest) -> Any:
        self.webhook_url = ""
        if request.boolean("drop_pending_updates"):
            self.updates.drop_all()
        return True

    async def api_getwebhookinfo(self, request: ApiRequest) -> Any:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self.updates.pending),
        }

    async def api_close(self, request: ApiRequest) -> Any:
        return True

    async def api_logout(self, request: ApiRequest) -> Any:
        return True

    # -- messages ----------------------------------------------------------------------------

    async def api_sendmessage(self, request: ApiRequest) -> Any:
        chat = self.writable_chat(request)
        if not isinstance(request.json("link_preview_options") or {}, dict):
            raise bad_request("can't parse link preview options JSON object")
        formatted = self.formatted(request, "text", MAX_TEXT_LENGTH, "entities")
        if not formatted.text:
            raise bad_request("message text is empty")
        return self.new_bot_message(
            chat,
            request,
            text=formatted.text,
            entities=formatted.entities,
            source_text=request.text("text") or "",
        )

    async def api_editmessagetext(self, request: ApiRequest) -> Any:
        message = self.own_message(request, action="edit")
        if message.document is not None:
            raise bad_request("there is no text in the message to edit")
        formatted = self.formatted(request, "text", MAX_TEXT_LENGTH, "entities")
        if not formatted.text:
            raise bad_request("message text is empty")
        markup = check_reply_markup(request.json("reply_markup"))
        unchanged = (formatted.text, formatted.entities, markup) == (
            message.text,
            message.entities,
            message.reply_markup,
        )
        if unchanged:
            raise bad_request(NOT_MODIFIED.removeprefix("Bad Request: "))
        message.text, message.entities, message.reply_markup = (
            formatted.text,
            formatted.entities,
            markup,
        )
        message.source_text = request.text("text") or ""
        message.parse_mode = request.text("parse_mode")
        return self.edited(message)

    async def api_editmessagereplymarkup(self, request: ApiRequest) -> Any:
        message = self.own_message(request, action="edit")
        markup = check_reply_markup(request.json("reply_markup"))
        if markup == message.reply_markup:
            raise bad_request(NOT_MODIFIED.removeprefix("Bad Request: "))
        message.reply_markup = markup
        return self.edited(message)

    def edited(self, message: StoredMessage) -> dict[str, Any]:
        message.edit_date = self.world.now()
        self.world.record_bot_message(message, edited=True)
        return self.world.message_api(message)

    async def api_deletemessage(self, request: ApiRequest) -> Any:
        message = self.own_message(request, action="delete")
        del self.world.messages[(message.chat_id, message.message_id)]
        return True

    async def api_answercallbackquery(self, request: ApiRequest) -> Any:
        query = self.world.callback_queries.get(request.text("callback_query_id") or "")
        if query is None or query.answered:
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        query.answered = True
        query.answer_text = request.text("text")
        query.show_alert = request.boolean("show_alert")
        return True

    async def api_sendchataction(self, request: ApiRequest) -> Any:
        chat = self.writable_chat(request)
        action = request.text("action") or ""
        if action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        self.chat_actions.append((chat.id, action))
        return True

    # -- commands ----------------------------------------------------------------------------

    async def api_setmycommands(self, request: ApiRequest) -> Any:
        commands = request.json("commands")
        if not isinstance(commands, list):
            raise bad_request('parameter "commands" is required')
        if len(commands) > 100:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        for command in commands:
            if not _COMMAND_NAME.match(str(command.get("command", "")).lower()):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
        key = scope_key(request.json("scope"), request.text("language_code"))
        self.commands[key] = [
            {"command": str(c["command"]).lower(), "description": str(c["description"])}
            for c in commands
        ]
        return True

    async def api_getmycommands(self, request: ApiRequest) -> Any:
        return self.commands.get(
            scope_key(request.json("scope"), request.text("language_code")), []
        )

    async def api_deletemycommands(self, request: ApiRequest) -> Any:
        self.commands.pop(scope_key(request.json("scope"), request.text("language_code")), None)
        return True

    # -- files -------------------------------------------------------------------------------

    async def api_senddocument(self, request: ApiRequest) -> Any:
        chat = self.writable_chat(request)
        return self.new_captioned_message(chat, request, document=self.document_input(request))

    async def api_sendphoto(self, request: ApiRequest) -> Any:
        chat = self.writable_chat(request)
        return self.new_captioned_message(chat, request, photo=self.photo_input(request))

    def new_captioned_message(self, chat: EmulatedChat, request: ApiRequest, **media: Any) -> dict:
        """A bot message carrying a file (``document=``, ``photo=``) under its optional caption."""
        formatted = self.formatted(request, "caption", MAX_CAPTION_LENGTH, "caption_entities")
        return self.new_bot_message(
            chat,
            request,
            text=formatted.text or None,
            entities=formatted.entities,
            source_text=request.text("caption") or "",
            **media,
        )

    def photo_input(self, request: ApiRequest) -> PhotoInfo:
        """A new photo upload (multipart, checked like Telegram does) or a known file_id."""
        upload = self.upload_for(request, "photo")
        if upload is None:
            stored = self.world.files.get(str(request.params.get("photo") or ""))
            if stored is None:
                raise bad_request("wrong file identifier/HTTP URL specified")
            width, height = image_size(stored.data)
            return PhotoInfo(stored.file_id, width, height, len(stored.data))
        if len(upload.data) > MAX_PHOTO_BYTES:
            raise bad_request("file is too big")
        try:
            width, height = image_size(upload.data)
        except ImageError as error:
            raise bad_request("IMAGE_PROCESS_FAILED") from error
        if width + height > MAX_PHOTO_DIMENSIONS or max(width, height) > MAX_PHOTO_RATIO * min(
            width, height
        ):
            raise bad_request("PHOTO_INVALID_DIMENSIONS")
        added = self.world.add_file(upload.data, upload.filename or "photo.png", "image/png")
        return PhotoInfo(added.file_id, width, height, len(upload.data))

    def upload_for(self, request: ApiRequest, name: str) -> Any:
        upload = request.uploads.get(name)
        reference = request.params.get(name)
        if upload is None and isinstance(reference, str) and reference.startswith("attach://"):
            upload = request.uploads.get(reference.removeprefix("attach://"))
        return upload

    def document_input(self, request: ApiRequest) -> DocumentInfo:
        upload = request.uploads.get("document")
        reference = request.params.get("document")
        if upload is None and isinstance(reference, str) and reference.startswith("attach://"):
            upload = request.uploads.get(reference.removeprefix("attach://"))
        if upload is not None:
            return self.world.add_file(upload.data, upload.filename, upload.content_type)
        stored = self.world.files.get(str(reference or ""))
        if stored is None:
            raise bad_request("wrong file identifier/HTTP URL specified")
        return DocumentInfo(stored.file_id, stored.file_name, stored.mime_type, len(stored.data))

    async def api_getfile(self, request: ApiRequest) -> Any:
        stored = self.world.files.get(request.text("file_id") or "")
        if stored is None:
            raise bad_request("invalid file_id")
        if len(stored.data) > MAX_DOWNLOAD_BYTES:
            raise bad_request("file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.data),
            "file_path": stored.file_path,
        }

    # -- chats -------------------------------------------------------------------------------

    async def api_getchat(self, request: ApiRequest) -> Any:
        chat = self.target_chat(request)
        return {
            **chat.to_api(),
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        }

    async def api_getchatmember(self, request: ApiRequest) -> Any:
        chat = self.target_chat(request)
        return self.member_api(chat, request.integer("user_id") or 0)

    async def api_getchatadministrators(self, request: ApiRequest) -> Any:
        chat = self.target_chat(request)
        if not chat.is_group:
            raise bad_request("there are no administrators in the private chat")
        return [self.member_api(chat, user_id) for user_id in sorted(chat.admins)]

    def member_api(self, chat: EmulatedChat, user_id: int) -> dict[str, Any]:
        user = self.world.user(user_id).to_api()
        if chat.type == "private":
            return {"status": "member", "user": user}
        if user_id in chat.admins:
            rights = (
                "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
                "can_restrict_members", "can_promote_members", "can_change_info",
                "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories",
            )  # fmt: skip
            return {
                "status": "administrator",
                "user": user,
                "can_be_edited": False,
                "is_anonymous": False,
                **dict.fromkeys(rights, True),
            }
        if user_id in chat.members:
            return {"status": "member", "user": user}
        return {"status": "left", "user": user}
