"""``telegram.proxy`` / ``POLICYBOT_PROXY``: parsing, and every Bot API request really going through
the proxy — an HTTP one and a SOCKS5 one, both local. The bot is pointed at a host that does not
resolve (``telegram.invalid``), so only the proxy can reach the emulator behind it."""

from __future__ import annotations

import asyncio
import struct
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web

from policybot.bot.app import build_application
from policybot.bot.connect import reach_telegram
from policybot.bot.emulator import BotApiEmulator
from policybot.config import ConfigError, Settings, TelegramSettings, load_settings
from policybot.services import Services

UNRESOLVABLE_API = "http://telegram.invalid/bot"


def settings_from(tmp_path: Path, body: str, env: dict[str, str] | None = None) -> Settings:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return load_settings(path, env=env or {})


@pytest.mark.parametrize(
    "proxy",
    [
        "http://127.0.0.1:7890",
        "https://proxy.example.org:443",
        "socks5://127.0.0.1:1080",
        "socks5h://user:secret@127.0.0.1:1080",
    ],
)
def test_proxy_urls_with_known_schemes_are_accepted(tmp_path: Path, proxy: str) -> None:
    settings = settings_from(tmp_path, f'[telegram]\nproxy = "{proxy}"\n')
    assert settings.telegram.proxy == proxy


def test_the_environment_sets_the_proxy(tmp_path: Path) -> None:
    settings = settings_from(tmp_path, "", env={"POLICYBOT_PROXY": "socks5h://127.0.0.1:1080"})
    assert settings.telegram.proxy == "socks5h://127.0.0.1:1080"


@pytest.mark.parametrize(
    "proxy", ["ftp://127.0.0.1:21", "127.0.0.1:1080", "socks4://127.0.0.1:1080", "http://"]
)
def test_a_bad_proxy_is_a_config_error_naming_the_key(tmp_path: Path, proxy: str) -> None:
    with pytest.raises(ConfigError, match=r"telegram\.proxy \(POLICYBOT_PROXY\): expected a URL"):
        settings_from(tmp_path, f'[telegram]\nproxy = "{proxy}"\n')


def test_the_error_does_not_repeat_a_proxy_password(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as raised:
        settings_from(tmp_path, '[telegram]\nproxy = "socks4://user:hunter2@127.0.0.1:1080"\n')
    assert "hunter2" not in str(raised.value) and "socks4://***@127.0.0.1:1080" in str(raised.value)


# -- requests go through the proxy ---------------------------------------------------------


@asynccontextmanager
async def http_proxy(upstream: str) -> AsyncIterator[tuple[str, list[str]]]:
    """A forward HTTP proxy sending every request to ``upstream``; yields its URL and the
    request targets it saw (absolute URLs, as clients send them to a proxy)."""
    seen: list[str] = []
    async with aiohttp.ClientSession() as client:

        async def forward(request: web.Request) -> web.Response:
            seen.append(str(request.url))
            skip = {"host", "content-length", "connection", "proxy-connection"}
            headers = {k: v for k, v in request.headers.items() if k.lower() not in skip}
            async with client.request(
                request.method,
                upstream + request.path_qs,
                data=await request.read(),
                headers=headers,
            ) as answer:
                return web.Response(
                    status=answer.status, body=await answer.read(), content_type=answer.content_type
                )

        app = web.Application()
        app.router.add_route("*", "/{path:.*}", forward)
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        try:
            yield f"http://127.0.0.1:{runner.addresses[0][1]}", seen
        finally:
            await runner.cleanup()


@asynccontextmanager
async def socks5_proxy(port: int) -> AsyncIterator[tuple[str, list[str]]]:
    """A SOCKS5 proxy (no authentication, CONNECT only) that connects every request to the
    loopback ``port``; yields its URL and the host names clients asked it to resolve."""
    asked: list[str] = []

    async def pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        finally:
            writer.close()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        _, methods = await reader.readexactly(2)
        await reader.readexactly(methods)
        writer.write(b"\x05\x00")  # no authentication
        _, _, _, kind = await reader.readexactly(4)
        if kind == 3:  # a domain name: the proxy resolves it (socks5h)
            asked.append((await reader.readexactly((await reader.readexactly(1))[0])).decode())
        else:
            await reader.readexactly(4 if kind == 1 else 16)
        await reader.readexactly(2)  # the port asked for: everything goes to ``port``
        upstream_reader, upstream_writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"\x05\x00\x00\x01" + bytes(4) + struct.pack("!H", 0))
        await asyncio.gather(pipe(reader, upstream_writer), pipe(upstream_reader, writer))

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    try:
        yield f"socks5h://127.0.0.1:{server.sockets[0].getsockname()[1]}", asked
    finally:
        server.close()


def proxied_settings(emulator: BotApiEmulator, proxy: str) -> Settings:
    return Settings(
        telegram=TelegramSettings(
            token=emulator.token, base_url=UNRESOLVABLE_API, proxy=proxy, connect_retries=0
        )
    )


async def test_the_bot_and_its_polling_go_through_an_http_proxy(sqlite_engine) -> None:
    async with BotApiEmulator() as emulator, http_proxy(emulator.url) as (proxy, seen):
        settings = proxied_settings(emulator, proxy)
        assert await reach_telegram(settings) == emulator.bot.username
        application = build_application(settings, Services(settings, sqlite_engine))
        async with application:
            await application.bot.get_updates(timeout=0)
    methods = [target.rsplit("/", 1)[1] for target in seen]
    assert methods == ["getMe", "getMe", "getUpdates"]  # the check, the app, its polling
    assert all(target.startswith("http://telegram.invalid/bot") for target in seen)


async def test_a_socks5h_proxy_resolves_the_api_host_for_the_bot(sqlite_engine) -> None:
    async with BotApiEmulator() as emulator:
        port = int(emulator.url.rsplit(":", 1)[1])
        async with socks5_proxy(port) as (proxy, asked):
            settings = proxied_settings(emulator, proxy)
            application = build_application(settings, Services(settings, sqlite_engine))
            async with application:
                await application.bot.get_updates(timeout=0)
    assert asked == ["telegram.invalid", "telegram.invalid"]  # the bot's client, polling's
