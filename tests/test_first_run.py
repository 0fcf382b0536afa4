"""``policybot run`` as a new user meets it: no token (terminal, pipe, no stdin), and with a token
that Telegram rejects, a network that does not answer, a webhook URL Telegram refuses.

Each path ends in a clear exit code and, on failure, one line on standard error — no traceback.
The network is always local: the bundled emulator, or a loopback port nobody listens on.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select

from emulator_fixtures import emulator_in_thread
from free_ports import free_port
from policybot.bot import cli
from policybot.bot.connect import TelegramUnreachable, backoff_seconds, reach_telegram
from policybot.bot.emulator import BotApiEmulator
from policybot.config import Settings, TelegramSettings
from policybot.knowledge.database import make_engine
from policybot.knowledge.ingest import bundled_seed_paths
from policybot.knowledge.models import Document

SEED_COUNT = len(bundled_seed_paths())
WRONG_TOKEN = "987654321:WRONG-token-not-the-emulators-own-0123"


@pytest.fixture
def fresh_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty working directory and no policybot settings: a fresh clone's first run."""
    for variable in [name for name in os.environ if name.startswith("POLICYBOT_")]:
        if variable != "POLICYBOT_JIEBA_CACHE":
            monkeypatch.delenv(variable)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def documents_in(database: Path) -> int:
    engine = make_engine(f"sqlite:///{database}")
    try:
        with engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(Document)).scalar_one()
    finally:
        engine.dispose()


def write_config(folder: Path, telegram: str, extra: str = "") -> None:
    (folder / "config.toml").write_text(
        f"[telegram]\n{telegram}\n[bot]\nload_seeds = false\n{extra}", encoding="utf-8"
    )


def subprocess_env() -> dict[str, str]:
    keep = {"POLICYBOT_JIEBA_CACHE"}
    return {k: v for k, v in os.environ.items() if not k.startswith("POLICYBOT_") or k in keep}


def run_policybot(folder: Path, *args: str, stdin: int | None = None, data: str | None = None):
    """``policybot …`` in a process of its own, as a user's shell or a service manager runs it."""
    return subprocess.run(
        [sys.executable, "-m", "policybot.bot.cli", *args],
        cwd=folder,
        env=subprocess_env(),
        input=data,
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


# -- no token ---------------------------------------------------------------------------------


def test_without_a_token_piped_lines_are_answered_and_the_store_is_ready(
    fresh_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("/search 技能大师\n/quit\n"))
    assert cli.main(["run"]) == cli.EXIT_OK
    captured = capsys.readouterr()
    assert "@BotFather" in captured.err and "policybot chat" in captured.err
    assert "机器人：搜索: 技能大师" in captured.out  # the real bot answered, offline
    assert documents_in(fresh_dir / "var" / "policybot.db") == SEED_COUNT


@pytest.mark.parametrize("stdin", ["devnull", "closed"])
def test_without_a_token_and_without_stdin_it_prepares_the_store_and_exits_0(
    fresh_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    stdin: str,
) -> None:
    with open(os.devnull, encoding="utf-8") as devnull:
        monkeypatch.setattr("sys.stdin", devnull if stdin == "devnull" else None)
        assert cli.main(["run"]) == cli.EXIT_OK
    captured = capsys.readouterr()
    assert "@BotFather" in captured.err and f"{SEED_COUNT} 份规划" in captured.err
    assert captured.out == ""  # no chat was opened
    assert documents_in(fresh_dir / "var" / "policybot.db") == SEED_COUNT


def test_the_readme_promise_holds_for_a_service_manager(fresh_dir: Path) -> None:
    """No token, standard input /dev/null (systemd, CI): exit 0, ./var/policybot.db loaded."""
    result = run_policybot(fresh_dir, "run", stdin=subprocess.DEVNULL)
    assert result.returncode == 0, result.stderr
    assert "@BotFather" in result.stderr and "Traceback" not in result.stderr
    assert documents_in(fresh_dir / "var" / "policybot.db") == SEED_COUNT


def test_the_readme_promise_holds_for_a_pipe(fresh_dir: Path) -> None:
    result = run_policybot(fresh_dir, "run", data="/deadlines 佛山 全部\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("机器人：佛山市 · 期限(含已过期)")
    assert "Traceback" not in result.stderr


def test_stdin_kinds() -> None:
    assert cli.stdin_kind(None) == "none"
    assert cli.stdin_kind(io.StringIO("问题\n")) == "pipe"
    with open(os.devnull, encoding="utf-8") as devnull:
        assert cli.stdin_kind(devnull) == "none"
    read_end, write_end = os.pipe()
    with os.fdopen(read_end) as pipe, os.fdopen(write_end, "w"):
        assert cli.stdin_kind(pipe) == "pipe"
    closed = io.StringIO()
    closed.close()
    assert cli.stdin_kind(closed) == "none"


# -- Telegram does not let the bot run ----------------------------------------------------------


def test_a_rejected_token_is_one_line_and_exit_1(
    fresh_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with emulator_in_thread() as emulator:
        write_config(fresh_dir, f'token = "{WRONG_TOKEN}"\nbase_url = "{emulator.base_url}"')
        assert cli.main(["run"]) == cli.EXIT_FAILED
        assert len(emulator.calls_to("getMe")) == 1  # a wrong token is not retried
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("Telegram rejected the bot token (401 Unauthorized from 127.0.0.1:")
    assert "@BotFather" in line and WRONG_TOKEN.split(":")[1] not in line


def test_an_unreachable_telegram_is_one_line_and_exit_1_without_traceback(
    fresh_dir: Path,
) -> None:
    """A real process against a loopback port nobody listens on: what the terminal shows."""
    port = free_port()
    write_config(
        fresh_dir,
        f'token = "{WRONG_TOKEN}"\nbase_url = "http://127.0.0.1:{port}/bot"\nconnect_retries = 0',
    )
    result = run_policybot(fresh_dir, "run", stdin=subprocess.DEVNULL)
    assert result.returncode == cli.EXIT_FAILED
    assert "Traceback" not in result.stderr
    (line,) = [line for line in result.stderr.splitlines() if "cannot reach" in line]
    assert line.startswith(f"cannot reach Telegram at 127.0.0.1:{port} after 1 attempt (")
    assert "telegram.proxy" in line and "mainland China" in line
    assert WRONG_TOKEN.split(":")[1] not in result.stderr


def test_debug_shows_the_traceback_with_the_token_redacted(fresh_dir: Path) -> None:
    port = free_port()
    write_config(
        fresh_dir,
        f'token = "{WRONG_TOKEN}"\nbase_url = "http://127.0.0.1:{port}/bot"\nconnect_retries = 0',
    )
    result = run_policybot(fresh_dir, "--debug", "run", stdin=subprocess.DEVNULL)
    assert result.returncode == cli.EXIT_FAILED
    assert "Traceback" in result.stderr and "TelegramUnreachable" in result.stderr
    assert WRONG_TOKEN.split(":")[1] not in result.stderr
    assert result.stderr.rstrip().splitlines()[-1].startswith("cannot reach Telegram")


def test_a_refused_webhook_url_is_one_line_and_exit_1(
    fresh_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with emulator_in_thread() as emulator:
        write_config(
            fresh_dir,
            f'token = "{emulator.token}"\nbase_url = "{emulator.base_url}"\nmode = "webhook"\n'
            f'webhook_url = "http://bot.example.org/telegram"\nwebhook_port = {free_port()}\n'
            'webhook_secret = "0123456789abcdef0123456789abcdef"',
        )
        assert cli.main(["run"]) == cli.EXIT_FAILED
        assert emulator.api.webhook_url == ""  # nothing registered
    (line,) = [line for line in capsys.readouterr().err.splitlines() if line]
    assert line.startswith(
        "Telegram refused the webhook URL 'http://bot.example.org/telegram'"
        " (Bad webhook: an https url must be provided for webhook)"
    )
    assert "443, 80, 88 or 8443" in line


async def test_a_network_lost_at_start_is_retried_with_backoff() -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    async with BotApiEmulator() as emulator:
        emulator.inject_fault("getMe", "drop", count=2)
        settings = Settings(
            telegram=TelegramSettings(
                token=emulator.token, base_url=emulator.base_url, connect_retries=3
            )
        )
        assert await reach_telegram(settings, sleep=sleep) == emulator.bot.username
    assert waits == [1.0, 2.0]


async def test_retries_are_bounded() -> None:
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(seconds)

    settings = Settings(
        telegram=TelegramSettings(
            token=WRONG_TOKEN, base_url=f"http://127.0.0.1:{free_port()}/bot", connect_retries=2
        )
    )
    with pytest.raises(TelegramUnreachable) as raised:
        await reach_telegram(settings, sleep=sleep)
    assert raised.value.attempts == 3 and waits == [1.0, 2.0]


def test_backoff_doubles_up_to_thirty_seconds() -> None:
    failure = OSError("network")
    assert [backoff_seconds(n, failure) for n in range(7)] == [1, 2, 4, 8, 16, 30, 30]


def test_an_unexpected_failure_names_itself_and_the_debug_flag(
    fresh_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(settings: Settings, **options: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(cli, "open_store", broken)
    assert cli.main(["ask", "问题"]) == cli.EXIT_FAILED
    err = capsys.readouterr().err
    assert err == (
        "policybot stopped: RuntimeError: disk on fire (run again with --debug for the traceback)\n"
    )


def test_an_unreachable_database_is_one_line_without_its_password(
    fresh_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    port = free_port()
    monkeypatch.setenv("POLICYBOT_DB_URL", f"postgresql://policybot:hunter2@127.0.0.1:{port}/x")
    assert cli.main(["ask", "问题"]) == cli.EXIT_FAILED
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"cannot use the database postgresql://policybot:***@127.0.0.1:{port}/x")
    assert "hunter2" not in line and "POLICYBOT_DB_URL" in line
