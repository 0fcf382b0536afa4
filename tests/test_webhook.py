"""Webhook mode end to end: the real Application behind our aiohttp server, the emulator as Telegram.

The emulator records ``setWebhook``; updates the emulator would deliver are posted to the
server the way Telegram posts them, with and without the secret header.
"""

from __future__ import annotations

import asyncio
import signal
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from sqlalchemy.engine import Engine

from emulator_fixtures import emulator_in_thread
from free_ports import free_port
from policybot.bot import cli
from policybot.bot.app import build_application
from policybot.bot.emulator import BotApiEmulator
from policybot.bot.harness import TrackingUpdateProcessor, emulator_builder
from policybot.bot.ops import operations_of
from policybot.bot.webhook import SECRET_HEADER, WebhookRunner, WebhookServer, secret_matches
from policybot.config import BotSettings, Settings, TelegramSettings
from policybot.services import Services

SECRET = "s3cret-token_for-webhook"
USER = 10001


@dataclass
class Deployment:
    emulator: BotApiEmulator
    runner: WebhookRunner
    http: aiohttp.ClientSession

    @property
    def server(self) -> WebhookServer:
        return self.runner.server

    @property
    def processor(self) -> TrackingUpdateProcessor:
        processor = self.runner.application.update_processor
        assert isinstance(processor, TrackingUpdateProcessor)
        return processor

    def update_from(self, update_id: int) -> dict[str, Any]:
        """The update Telegram would post: taken from the emulator's getUpdates queue."""
        pending = self.emulator.updates.pending
        found = next(u for u in pending if u["update_id"] == update_id)
        pending.remove(found)
        return found

    async def post(self, payload: Any, secret: str | None = SECRET) -> aiohttp.ClientResponse:
        headers = {SECRET_HEADER: secret} if secret is not None else {}
        async with self.http.post(self.server.url, json=payload, headers=headers) as response:
            await response.read()
            return response

    async def say(self, text: str) -> int:
        update_id = self.emulator.push_text(USER, USER, text)
        assert update_id is not None
        response = await self.post(self.update_from(update_id))
        assert response.status == 200
        return update_id


def webhook_settings() -> Settings:
    return Settings(
        telegram=TelegramSettings(
            mode="webhook", webhook_url="https://bot.example.org/telegram", webhook_secret=SECRET
        ),
        bot=BotSettings(load_seeds=False),
    )


@pytest.fixture
async def deployment(sqlite_engine: Engine) -> AsyncIterator[Deployment]:
    async with webhook_deployment(sqlite_engine) as started:
        yield started


@asynccontextmanager
async def webhook_deployment(engine: Engine) -> AsyncIterator[Deployment]:
    """The bot on ``engine`` behind its started webhook server, the emulator as Telegram."""
    settings = webhook_settings()
    async with BotApiEmulator() as emulator, aiohttp.ClientSession() as http:
        builder = emulator_builder(emulator, processor=TrackingUpdateProcessor(8))
        application = build_application(
            settings, Services(settings, engine), builder=builder, rate_limit=False
        )
        server = WebhookServer(application, SECRET, operations=operations_of(application.bot_data))
        runner = WebhookRunner(application, server, settings.telegram.webhook_url)
        await runner.start()
        try:
            yield Deployment(emulator, runner, http)
        finally:
            await runner.stop()


async def test_start_registers_the_webhook_with_its_secret(deployment: Deployment) -> None:
    (call,) = deployment.emulator.calls_to("setWebhook")
    assert call.params["url"] == "https://bot.example.org/telegram"
    assert call.params["secret_token"] == SECRET
    assert deployment.emulator.webhook_url == "https://bot.example.org/telegram"


async def test_an_update_with_the_secret_is_answered(deployment: Deployment) -> None:
    update_id = await deployment.say("/help")
    await deployment.processor.wait_processed(update_id)
    reply = deployment.emulator.latest_message(USER)
    assert reply is not None and "/targets" in reply.text


@pytest.mark.parametrize("secret", [None, "", "wrong", SECRET + "x", SECRET[:-1]])
async def test_without_the_right_secret_the_server_answers_403_and_queues_nothing(
    deployment: Deployment, secret: str | None
) -> None:
    update_id = deployment.emulator.push_text(USER, USER, "/help")
    assert update_id is not None
    response = await deployment.post(deployment.update_from(update_id), secret=secret)
    assert response.status == 403
    assert deployment.server.accepted == 0
    assert deployment.runner.application.update_queue.qsize() == 0
    assert deployment.emulator.sent_messages(USER) == []


async def test_a_body_that_is_not_an_update_is_refused(deployment: Deployment) -> None:
    for body in (["not", "an", "object"], "plain text"):
        assert (await deployment.post(body)).status == 400
    async with deployment.http.get(deployment.server.url) as response:
        assert response.status == 405


async def test_a_very_deeply_nested_body_is_refused_not_a_server_error(
    deployment: Deployment,
) -> None:
    """100,000 nested arrays with the right secret: the JSON decoder recurses too deep."""
    depth = 100_000
    headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json"}
    for body in (
        "[" * depth + "]" * depth,
        '{"update_id": 1, "x": ' + "[" * depth + "]" * depth + "}",
    ):
        async with deployment.http.post(
            deployment.server.url, data=body, headers=headers
        ) as response:
            assert response.status == 400
    assert deployment.server.accepted == 0
    update_id = await deployment.say("/help")  # the server still serves
    await deployment.processor.wait_processed(update_id)


async def test_health_and_metrics_share_the_webhook_port(deployment: Deployment) -> None:
    update_id = await deployment.say("/help")
    await deployment.processor.wait_processed(update_id)
    base = deployment.server.url.removesuffix(deployment.server.path)
    async with deployment.http.get(f"{base}/healthz") as response:
        assert response.status == 200
        body = await response.json()
    assert body["database"]["ok"] is True
    async with deployment.http.get(f"{base}/metrics") as response:
        metrics = await response.text()
    assert 'policybot_updates_total{kind="message"} 1' in metrics
    assert "policybot_answer_latency_seconds_count 1" in metrics


async def test_stopping_drains_every_accepted_update(sqlite_engine: Engine) -> None:
    settings = webhook_settings()
    async with BotApiEmulator() as emulator, aiohttp.ClientSession() as http:
        builder = emulator_builder(emulator, processor=TrackingUpdateProcessor(4))
        application = build_application(
            settings, Services(settings, sqlite_engine), builder=builder, rate_limit=False
        )
        runner = WebhookRunner(application, WebhookServer(application, SECRET), "https://x/t")
        await runner.start()
        deployment = Deployment(emulator, runner, http)
        users = range(20001, 20021)
        for user in users:
            update_id = emulator.push_text(user, user, "/help")
            assert update_id is not None
            assert (await deployment.post(deployment.update_from(update_id))).status == 200
        await runner.stop()  # at once: accepted updates are still queued or running
        assert all(len(emulator.sent_messages(user)) == 1 for user in users)
        with pytest.raises(aiohttp.ClientConnectionError):
            await deployment.post({"update_id": 1})


async def test_posts_while_stopping_are_refused_so_telegram_retries(deployment: Deployment) -> None:
    deployment.server._closing = True
    assert (await deployment.post({"update_id": 5})).status == 503
    deployment.server._closing = False


def test_the_secret_is_compared_exactly() -> None:
    assert secret_matches(SECRET, SECRET)
    assert not secret_matches(None, SECRET)
    assert not secret_matches(SECRET, "")  # no configured secret: nothing is accepted
    assert not secret_matches(SECRET.upper(), SECRET)


def test_run_in_webhook_mode_serves_our_webhook(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    served: list[object] = []
    monkeypatch.setenv("POLICYBOT_MODE", "webhook")
    monkeypatch.setenv("POLICYBOT_DB_URL", f"sqlite:///{tmp_path / 'bot.db'}")
    monkeypatch.setattr(
        "policybot.bot.webhook.serve_webhook", lambda app, operations: served.append(operations)
    )
    with emulator_in_thread() as emulator:
        Path("config.toml").write_text(
            f'[telegram]\ntoken = "{emulator.token}"\nbase_url = "{emulator.base_url}"\n'
            'webhook_url = "https://bot.example.org/telegram"\n[bot]\nload_seeds = false\n',
            encoding="utf-8",
        )
        assert cli.main(["run"]) == cli.EXIT_USAGE  # no secret: refused
        monkeypatch.setenv("POLICYBOT_WEBHOOK_SECRET", SECRET)
        assert cli.main(["run"]) == cli.EXIT_OK
    assert len(served) == 1 and served[0] is not None


async def test_policybot_run_serves_the_webhook_and_drains_on_sigterm(tmp_path: Path) -> None:
    """The real command in its own process: setWebhook, an answer, /healthz, a clean SIGTERM."""
    port = free_port()
    async with BotApiEmulator() as emulator, aiohttp.ClientSession() as http:
        config = tmp_path / "config.toml"
        config.write_text(
            f'[telegram]\ntoken = "{emulator.token}"\nbase_url = "{emulator.base_url}"\n'
            f'mode = "webhook"\nwebhook_url = "https://bot.example.org/telegram"\n'
            f'webhook_port = {port}\nwebhook_secret = "{SECRET}"\n'
            f'[database]\nurl = "sqlite:///{tmp_path / "bot.db"}"\n'
            "[bot]\nload_seeds = false\n[logging]\njson = true\n",
            encoding="utf-8",
        )
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "policybot.bot.cli", "--config", str(config), "run",
            stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        try:
            base = f"http://127.0.0.1:{port}"
            await until_answers(http, f"{base}/healthz", process)
            assert emulator.calls_to("setWebhook")[0].params["secret_token"] == SECRET
            update_id = emulator.push_text(USER, USER, "/help")
            pending = emulator.updates.pending
            payload = next(u for u in pending if u["update_id"] == update_id)
            headers = {SECRET_HEADER: SECRET}
            async with http.post(f"{base}/telegram", json=payload, headers=headers) as response:
                assert response.status == 200
            process.send_signal(signal.SIGTERM)
            async with asyncio.timeout(20):
                assert await process.wait() == 0
        finally:
            if process.returncode is None:
                process.kill()
                await process.wait()
    assert process.stderr is not None
    log_lines = (await process.stderr.read()).decode().splitlines()
    assert log_lines and all(line.startswith("{") for line in log_lines), log_lines[:3]
    assert emulator.token.split(":")[1] not in "\n".join(log_lines)
    reply = emulator.latest_message(USER)
    assert reply is not None and "/targets" in reply.text


async def until_answers(
    http: aiohttp.ClientSession, url: str, process: asyncio.subprocess.Process
) -> None:
    async with asyncio.timeout(60):
        while True:
            if process.returncode is not None:
                raise AssertionError(f"policybot run exited with {process.returncode}")
            try:
                async with http.get(url) as response:
                    if response.status == 200:
                        return
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.1)
