"""``BotApiEmulator``: an aiohttp Bot API server on 127.0.0.1 plus a Python control API.

The bot talks to it over real HTTP through PTB's own request code, so what works here is what
PTB sends to Telegram; tests drive the people on the other side through the control API.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import re
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

from policybot.bot.emulator.faults import BAD_GATEWAY_PAGE, FAULT_KINDS, Fault, json_error
from policybot.bot.emulator.flood import FloodControl
from policybot.bot.emulator.methods import ApiError, ApiRequest, BotApi, Upload, scope_key
from policybot.bot.emulator.records import (
    ANONYMOUS_ADMIN_ID,
    ApiCall,
    CallbackQueryRecord,
    EmulatedChat,
    EmulatedUser,
    PushedUpdate,
    SentMessage,
    StoredMessage,
)
from policybot.bot.emulator.updates import PollConflict, UpdateQueue
from policybot.bot.emulator.world import World

_LOGGER = logging.getLogger(__name__)
DEFAULT_TOKEN = "123456789:EMULATOR-policybot-test-token"
_JSON_PARAMS = frozenset(
    {
        "reply_markup", "entities", "caption_entities", "scope", "commands", "allowed_updates",
        "link_preview_options", "reply_parameters",
    }
)  # fmt: skip
_MENTION = re.compile(r"@[A-Za-z0-9_]{5,32}")
# A bot command as Telegram finds one at the start of a message: /name or /name@bot.
_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


class BotApiEmulator:
    """A Telegram Bot API server for one bot, plus the people and chats around it.

    ``privacy_mode`` is Telegram's default for bots: in groups the bot only receives commands,
    mentions of itself and replies to its messages (unless it is a group admin).
    ``strict_ampersand`` rejects a raw ``&`` in HTML text (Telegram shows it literally).
    ``flood_control`` (off by default) answers 429 to sends beyond Telegram's rate guidance.
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        bot_username: str = "policy_test_bot",
        bot_name: str = "政策助手",
        privacy_mode: bool = True,
        strict_ampersand: bool = True,
        clock: Callable[[], float] = time.time,
        flood_control: FloodControl | None = None,
    ) -> None:
        self.token = token
        self.privacy_mode = privacy_mode
        bot_id = int(token.split(":", 1)[0])
        self.bot = EmulatedUser(bot_id, bot_name, bot_username, None, is_bot=True)
        self.world = World(self.bot, clock=clock)
        self.updates = UpdateQueue()
        self.api = BotApi(self.world, self.updates, strict_ampersand=strict_ampersand)
        self.calls: list[ApiCall] = []
        self.pushed: list[PushedUpdate] = []
        self.faults: list[Fault] = []
        self.flood_control = flood_control
        self._query_ids = itertools.count(4_000_000_000_000_000_001)
        self._runner: web.AppRunner | None = None
        self._port = 0

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_api)
        app.router.add_get("/file/bot{token}/{file_path:.+}", self._handle_file)
        self._runner = web.AppRunner(
            app, handler_cancellation=True, access_log=None, shutdown_timeout=0.1
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self._port = self._runner.addresses[0][1]

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> BotApiEmulator:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    @property
    def running(self) -> bool:
        return self._runner is not None

    @property
    def url(self) -> str:
        """``http://127.0.0.1:<port>``; available after :meth:`start`."""
        if not self._port:
            raise RuntimeError("the emulator is not started")
        return f"http://127.0.0.1:{self._port}"

    @property
    def base_url(self) -> str:
        """Pass to ``ApplicationBuilder.base_url``."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """Pass to ``ApplicationBuilder.base_file_url``."""
        return f"{self.url}/file/bot"

    # -- people and chats --------------------------------------------------------------------

    @property
    def users(self) -> dict[int, EmulatedUser]:
        """Everyone known, by id (created on first use by the ``push_*`` methods too)."""
        return self.world.users

    @property
    def chats(self) -> dict[int, EmulatedChat]:
        return self.world.chats

    def add_user(
        self,
        user_id: int,
        first_name: str | None = None,
        *,
        username: str | None = None,
        language_code: str | None = "zh-hans",
    ) -> EmulatedUser:
        user = self.world.user(user_id)
        user.first_name = first_name or user.first_name
        user.username = username or user.username
        user.language_code = language_code
        return user

    def add_private_chat(self, user_id: int) -> EmulatedChat:
        return self.world.chat(user_id, user_id)

    def add_group(
        self,
        chat_id: int,
        title: str = "测试群",
        *,
        members: tuple[int, ...] = (),
        admins: tuple[int, ...] = (),
        kind: str = "supergroup",
    ) -> EmulatedChat:
        """A group (negative id); admins are members too. Add the bot's id to admins to
        switch privacy mode off for this group, as promoting a bot does."""
        if chat_id >= 0:
            raise ValueError("group chat ids are negative")
        chat = self.world.chat(chat_id)
        chat.type, chat.title = kind, title
        for user_id in (*members, *admins):
            self.world.user(user_id)
            chat.members.add(user_id)
        chat.admins.update(admins)
        return chat

    def block_bot(self, user_id: int, blocked: bool = True) -> None:
        """The user blocks (or unblocks) the bot: sends to their private chat answer 403."""
        self.world.user(user_id).blocked_bot = blocked

    # -- updates from people -----------------------------------------------------------------

    def push_text(
        self,
        chat_id: int,
        user_id: int,
        text: str,
        *,
        edited: bool = False,
        message_id: int | None = None,
        reply_to: int | None = None,
        entities: list[dict[str, Any]] | None = None,
    ) -> int | None:
        """A user writes ``text``; returns the update id, or ``None`` if Telegram would not
        deliver it (privacy mode in a group).

        Command and ``@bot`` mention entities are added as Telegram does, unless ``entities``
        is given. ``edited=True`` edits ``message_id`` (default: the user's latest message).
        """
        chat = self.world.chat(chat_id, user_id)
        entities = self._entities_for(text) if entities is None else entities
        if edited:
            message = self._user_message(chat_id, user_id, message_id)
            message.text, message.entities = text, entities
            message.edit_date = self.world.now()
            kind = "edited_message"
        else:
            message = self._new_user_message(chat_id, user_id, reply_to)
            message.text, message.entities = text, entities
            kind = "message"
        if not self._delivered(chat, message):
            return None
        return self._queue(kind, self.world.message_api(message), chat_id)

    def push_document(
        self,
        chat_id: int,
        user_id: int,
        filename: str,
        data: bytes,
        mime: str = "application/octet-stream",
        *,
        caption: str | None = None,
    ) -> int | None:
        """A user sends a file; it is stored so ``getFile`` and the download URL work."""
        chat = self.world.chat(chat_id, user_id)
        message = self._new_user_message(chat_id, user_id, None)
        message.document = self.world.add_file(data, filename, mime)
        message.text = caption
        message.entities = self._entities_for(caption or "")
        if not self._delivered(chat, message):
            return None
        return self._queue("message", self.world.message_api(message), chat_id)

    def push_callback(self, chat_id: int, user_id: int, message_id: int, data: str) -> int:
        """A user presses a button with ``data`` under the bot's message ``message_id``."""
        message = self.world.messages.get((chat_id, message_id))
        if message is None:
            raise LookupError(f"no message {message_id} in chat {chat_id}")
        self.world.chat(chat_id, user_id)
        query_id = str(next(self._query_ids))
        payload = {
            "id": query_id,
            "from": self.world.user(user_id).to_api(),
            "message": self.world.message_api(message),
            "chat_instance": str(abs(chat_id) * 7919),
            "data": data,
        }
        update_id = self._queue("callback_query", payload, chat_id)
        self.world.callback_queries[query_id] = CallbackQueryRecord(
            query_id, update_id, chat_id, message_id, data
        )
        return update_id

    def press(self, chat_id: int, user_id: int, label: str) -> int:
        """Presses the callback button labelled ``label`` on the newest bot message that has
        one (newest first, so an older keyboard still works, as in a real client)."""
        labels: list[str] = []
        for message in self.world.bot_messages(chat_id):
            for row in (message.reply_markup or {}).get("inline_keyboard") or []:
                for button in row:
                    labels.append(button.get("text", ""))
                    if button.get("text") == label and button.get("callback_data") is not None:
                        return self.push_callback(
                            chat_id, user_id, message.message_id, button["callback_data"]
                        )
        raise LookupError(f"no button {label!r} in chat {chat_id}; buttons: {labels}")

    def _new_user_message(self, chat_id: int, user_id: int, reply_to: int | None) -> StoredMessage:
        message = StoredMessage(
            chat_id=chat_id,
            message_id=self.world.new_message_id(chat_id),
            date=self.world.now(),
            sender_id=user_id,
            reply_to_message_id=reply_to,
        )
        return self.world.store(message)

    def _user_message(self, chat_id: int, user_id: int, message_id: int | None) -> StoredMessage:
        mine = [
            m
            for (cid, mid), m in self.world.messages.items()
            if cid == chat_id and m.sender_id == user_id and message_id in (None, mid)
        ]
        if not mine:
            raise LookupError(f"user {user_id} has no message to edit in chat {chat_id}")
        return max(mine, key=lambda m: m.message_id)

    def _entities_for(self, text: str) -> list[dict[str, Any]]:
        entities: list[dict[str, Any]] = []
        command = _COMMAND.match(text)
        # As Telegram: no command when a letter, digit or slash follows the name (/targets湖州).
        following = text[command.end() : command.end() + 1] if command else ""
        if command and not (following.isalnum() or following == "/"):
            entities.append({"type": "bot_command", "offset": 0, "length": _utf16(command[0])})
        for mention in _MENTION.finditer(text):
            if mention.start() == 0 and text.startswith("/"):
                continue
            offset = _utf16(text[: mention.start()])
            entities.append({"type": "mention", "offset": offset, "length": _utf16(mention[0])})
        return entities

    def _delivered(self, chat: EmulatedChat, message: StoredMessage) -> bool:
        """Telegram's privacy mode: what a non-admin bot sees in a group."""
        if not chat.is_group or not self.privacy_mode or self.bot.id in chat.admins:
            return True
        text = message.text or ""
        mention = f"@{self.bot.username}".lower()
        command = text.split(maxsplit=1)[0].lower() if text.startswith("/") else ""
        replied = self.world.messages.get((chat.id, message.reply_to_message_id or 0))
        return (
            (bool(command) and ("@" not in command or command.endswith(mention)))
            or mention in text.lower()
            or (replied is not None and replied.sender_id == self.bot.id)
        )

    def _queue(self, kind: str, payload: dict[str, Any], chat_id: int | None) -> int:
        update_id = self.updates.put({kind: payload})
        self.pushed.append(PushedUpdate(update_id, kind, chat_id, time.monotonic()))
        return update_id

    # -- what happened -----------------------------------------------------------------------

    def sent_messages(self, chat_id: int | None = None) -> list[SentMessage]:
        """Every send and edit by the bot, oldest first (edits as ``edited=True`` snapshots)."""
        return [m for m in self.world.outbox if chat_id is None or m.chat_id == chat_id]

    def latest_message(self, chat_id: int) -> SentMessage | None:
        """The most recent snapshot of the bot's newest message in the chat."""
        newest = self.world.bot_messages(chat_id)
        if not newest:
            return None
        message_id = newest[0].message_id
        return next(
            m
            for m in reversed(self.world.outbox)
            if (m.chat_id, m.message_id) == (chat_id, message_id)
        )

    def calls_to(self, method: str) -> list[ApiCall]:
        return [call for call in self.calls if call.method.lower() == method.lower()]

    def callback_answer(self, update_id: int) -> CallbackQueryRecord | None:
        """The record of the button press queued as ``update_id`` (answered or not)."""
        return next(
            (q for q in self.world.callback_queries.values() if q.update_id == update_id), None
        )

    def commands(
        self, scope: dict[str, Any] | None = None, language_code: str | None = None
    ) -> list[tuple[str, str]]:
        """The command menu set for ``scope`` (a Bot API scope dict; default scope if None)."""
        stored = self.api.commands.get(scope_key(scope, language_code), [])
        return [(c["command"], c["description"]) for c in stored]

    def file_bytes(self, file_id: str) -> bytes:
        return self.world.files[file_id].data

    @property
    def webhook_url(self) -> str:
        return self.api.webhook_url

    # -- faults ------------------------------------------------------------------------------

    def inject_fault(
        self,
        method: str,
        kind: str,
        count: int = 1,
        chat_id: int | None = None,
        *,
        retry_after: int = 1,
        hold_seconds: float = 60.0,
    ) -> Fault:
        """Makes the next ``count`` calls of ``method`` fail with ``kind`` (see FAULT_KINDS)."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; choose from {FAULT_KINDS}")
        if kind == "duplicate" and method.lower() != "getupdates":
            raise ValueError("duplicate delivery applies to getUpdates")
        fault = Fault(method, kind, count, chat_id, retry_after, hold_seconds)
        self.faults.append(fault)
        return fault

    def clear_faults(self) -> None:
        self.faults.clear()

    def _take_fault(self, method: str, params: dict[str, Any]) -> Fault | None:
        fault = next((f for f in self.faults if f.matches(method, params)), None)
        if fault is not None:
            fault.count -= 1
        return fault

    # -- HTTP --------------------------------------------------------------------------------

    async def _handle_api(self, request: web.Request) -> web.StreamResponse:
        started = time.monotonic()
        method = request.match_info["method"]
        api_request = await self._decode(request)
        if request.match_info["token"] != self.token:
            self._record(method, api_request, started, 401, "Unauthorized")
            return self._error_response(401, "Unauthorized")
        try:
            status, body = await self._dispatch(method, api_request, request)
        except asyncio.CancelledError:
            self._record(method, api_request, started, 0, "no answer: connection closed")
            raise
        description = body.get("description") if isinstance(body, dict) else str(body)[:60]
        self._record(method, api_request, started, status, description)
        if isinstance(body, str):
            return web.Response(status=status, text=body, content_type="text/html")
        return web.json_response(body, status=status, dumps=_dumps)

    def _record(
        self,
        method: str,
        api_request: ApiRequest,
        started: float,
        status: int,
        description: str | None,
    ) -> None:
        """Logs the call; status 0 means no HTTP answer (dropped, or the client gave up)."""
        params = {
            **api_request.params,
            **{k: f"<upload {len(u.data)} bytes>" for k, u in api_request.uploads.items()},
        }
        duration = time.monotonic() - started
        self.calls.append(ApiCall(method, params, started, status, description, duration))

    async def _dispatch(
        self, method: str, api_request: ApiRequest, request: web.Request
    ) -> tuple[int, dict[str, Any] | str]:
        handler = self.api.find(method)
        if handler is None:
            _LOGGER.warning("%s is not emulated; answering 404 Not Found like Telegram", method)
            return 404, {"ok": False, "error_code": 404, "description": "Not Found"}
        fault = self._take_fault(method, api_request.params)
        if fault is not None and fault.kind not in ("duplicate", "lost_response", "slow_answer"):
            return await self._fault_response(fault, request)
        try:
            self._check_flood(method, api_request)
            result = await handler(api_request)
        except ApiError as error:
            body: dict[str, Any] = {
                "ok": False,
                "error_code": error.code,
                "description": error.description,
            }
            if error.parameters:
                body["parameters"] = error.parameters
            return error.code, body
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            _LOGGER.warning("malformed %s call: %r", method, error)
            return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {error}"}
        except PollConflict:
            description = (
                "Conflict: terminated by other getUpdates request; make sure that only one bot "
                "instance is running"
            )
            return 409, {"ok": False, "error_code": 409, "description": description}
        if fault is not None and fault.kind == "lost_response":
            return await self._fault_response(fault, request)
        if fault is not None and fault.kind == "slow_answer":
            await asyncio.sleep(fault.hold_seconds)
            return 200, {"ok": True, "result": result}
        if fault is not None:
            self._apply_duplicate(fault, result)
        return 200, {"ok": True, "result": result}

    def _check_flood(self, method: str, api_request: ApiRequest) -> None:
        if self.flood_control is None:
            return
        chat_id = api_request.params.get("chat_id")
        numeric = int(str(chat_id)) if str(chat_id).lstrip("-").isdigit() else None
        retry_after = self.flood_control.check(method, numeric)
        if retry_after:
            raise ApiError(
                429,
                f"Too Many Requests: retry after {retry_after}",
                {"retry_after": retry_after},
            )

    def _apply_duplicate(self, fault: Fault, batch: Any) -> None:
        if batch:
            self.updates.redeliver_once = True
        else:
            fault.count += 1  # an empty batch has nothing to duplicate: keep the fault armed

    async def _fault_response(
        self, fault: Fault, request: web.Request
    ) -> tuple[int, dict[str, Any] | str]:
        if fault.kind == "timeout":
            await asyncio.sleep(fault.hold_seconds)
            return 504, {"ok": False, "error_code": 504, "description": "Gateway Timeout"}
        if fault.kind in ("drop", "lost_response"):
            if request.transport is not None:
                request.transport.abort()
            raise asyncio.CancelledError  # the connection is gone; nothing to answer
        if fault.kind == "502":
            return 502, BAD_GATEWAY_PAGE
        return json_error(fault.kind, fault.retry_after)

    @staticmethod
    def _error_response(code: int, description: str) -> web.Response:
        body = {"ok": False, "error_code": code, "description": description}
        return web.json_response(body, status=code, dumps=_dumps)

    async def _decode(self, request: web.Request) -> ApiRequest:
        params: dict[str, Any] = dict(request.query)
        uploads: dict[str, Upload] = {}
        if request.content_type == "application/json" and request.can_read_body:
            params.update(await request.json())
        elif request.can_read_body:
            for name, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    data = value.file.read()
                    uploads[name] = Upload(value.filename, value.content_type, data)
                else:
                    params[name] = value
        for name in _JSON_PARAMS & params.keys():
            if isinstance(params[name], str):
                with contextlib.suppress(json.JSONDecodeError):  # the method reports it
                    params[name] = json.loads(params[name])
        return ApiRequest(params, uploads)

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        if request.match_info["token"] != self.token:
            return self._error_response(401, "Unauthorized")
        path = request.match_info["file_path"]
        stored = next((f for f in self.world.files.values() if f.file_path == path), None)
        if stored is None:
            return self._error_response(404, "Not Found")
        return web.Response(body=stored.data, content_type="application/octet-stream")


__all__ = ["ANONYMOUS_ADMIN_ID", "DEFAULT_TOKEN", "BotApiEmulator"]
