"""Webhook mode: Telegram posts updates to our own aiohttp server.

Follows the shape of PTB's ``customwebhookbot`` example: the web server only authenticates and
decodes a request, puts ``Update.de_json(...)`` on ``application.update_queue`` and answers at
once; the application processes the queue exactly as in polling mode. Our own server (rather
than ``Application.run_webhook``) is what lets ``/healthz`` and ``/metrics`` share the port and
lets several workers sit behind one load balancer.

Telegram sends the ``secret_token`` given to ``setWebhook`` in the
``X-Telegram-Bot-Api-Secret-Token`` header of every request; anything else gets 403, compared in
constant time. Shutdown is graceful: stop accepting requests, let the application drain the
queue (``Application.stop`` processes what was queued before it), then shut down.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import signal
from dataclasses import dataclass, field

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from policybot.bot.ops import Operations

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_UPDATE_BYTES = 1 << 20  # Telegram's updates are small; files arrive by file_id


def secret_matches(presented: str | None, expected: str) -> bool:
    """Constant-time comparison, so response timing reveals nothing about the secret."""
    if not expected or presented is None:
        return False
    return hmac.compare_digest(presented.encode(), expected.encode())


@dataclass
class WebhookServer:
    """The HTTP side: ``POST path`` for Telegram, plus the ops routes when given."""

    application: Application
    secret: str
    listen: str = "127.0.0.1"
    port: int = 0
    path: str = "/telegram"
    operations: Operations | None = None
    accepted: int = 0
    _runner: web.AppRunner | None = field(default=None, repr=False)
    _closing: bool = False

    async def start(self) -> None:
        if not self.secret:
            raise ValueError("a webhook needs a secret token (telegram.webhook_secret)")
        app = web.Application(client_max_size=MAX_UPDATE_BYTES)
        app.router.add_post(self.path, self.handle_update)
        if self.operations is not None:
            app.add_routes(self.operations.routes())
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=5.0)
        await self._runner.setup()
        # SO_REUSEPORT: several workers on one host share the port; the kernel spreads posts.
        site = web.TCPSite(self._runner, self.listen, self.port, reuse_port=True)
        await site.start()
        self.port = self._runner.addresses[0][1]
        log.info("webhook server on http://%s:%d%s", self.listen, self.port, self.path)

    @property
    def url(self) -> str:
        return f"http://{self.listen}:{self.port}{self.path}"

    async def handle_update(self, request: web.Request) -> web.Response:
        if not secret_matches(request.headers.get(SECRET_HEADER), self.secret):
            return web.json_response({"ok": False, "error": "forbidden"}, status=403)
        if self._closing:  # Telegram retries later; another worker or the restart takes it
            return web.json_response({"ok": False, "error": "shutting down"}, status=503)
        try:
            data = await request.json()
            if not isinstance(data, dict) or not isinstance(data.get("update_id"), int):
                raise ValueError("not an update")
            update = Update.de_json(data, self.application.bot)
        except (
            ValueError,
            UnicodeDecodeError,
            TypeError,
            KeyError,
            AttributeError,
            RecursionError,
        ):
            # RecursionError: a body nested thousands deep exhausts the JSON decoder's stack.
            return web.json_response({"ok": False, "error": "not an update"}, status=400)
        await self.application.update_queue.put(update)
        self.accepted += 1
        return web.json_response({"ok": True})

    async def stop(self) -> None:
        """Stop accepting: new posts get 503 while open requests finish, then the port closes."""
        self._closing = True
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


@dataclass
class WebhookRunner:
    """The process's life in webhook mode: register, serve, and shut down in order."""

    application: Application
    server: WebhookServer
    webhook_url: str
    drop_pending_updates: bool = False

    async def start(self) -> None:
        """``initialize`` → ``post_init`` → ``start`` → listen → ``setWebhook``: Telegram is
        told about the endpoint only once it answers."""
        await self.application.initialize()
        if self.application.post_init is not None:
            await self.application.post_init(self.application)
        await self.application.start()
        await self.server.start()
        await self.application.bot.set_webhook(
            url=self.webhook_url,
            secret_token=self.server.secret,
            allowed_updates=Update.ALL_TYPES,
            drop_pending_updates=self.drop_pending_updates,
        )

    async def stop(self) -> None:
        """Stop accepting, drain the update queue, stop the application, then shut it down.

        The webhook stays registered: Telegram keeps updates for us (or another worker) while
        this process restarts.
        """
        await self.server.stop()
        if self.application.running:
            await self.application.stop()  # processes everything queued before it, then stops
            if self.application.post_stop is not None:
                await self.application.post_stop(self.application)
        await self.application.shutdown()
        if self.application.post_shutdown is not None:
            await self.application.post_shutdown(self.application)

    async def run_until_signalled(self) -> None:
        """Serve until SIGTERM or SIGINT (systemd's stop, Ctrl-C), then stop gracefully."""
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, stop.set)
        try:
            await self.start()
            await stop.wait()
        finally:
            log.info("stopping: draining %d queued updates", self.application.update_queue.qsize())
            await self.stop()


def serve_webhook(application: Application, operations: Operations | None) -> None:
    """``policybot run`` in webhook mode: blocks until SIGTERM/SIGINT."""
    from policybot.services import services_of

    telegram = services_of(application).settings.telegram
    server = WebhookServer(
        application,
        telegram.webhook_secret,
        telegram.webhook_listen,
        telegram.webhook_port,
        telegram.webhook_path,
        operations,
    )
    runner = WebhookRunner(application, server, telegram.webhook_url)
    asyncio.run(runner.run_until_signalled())
