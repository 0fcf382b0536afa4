"""Configuration: defaults with no file, TOML, environment overrides, errors that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from policybot.config import DEFAULT_DB_URL, ConfigError, load_settings


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return path


def test_defaults_work_with_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(env={})
    assert settings.database.url == DEFAULT_DB_URL
    assert settings.bot.timezone == "Asia/Shanghai"
    assert settings.reminders.lead_days == (30, 7, 1, 0)
    assert settings.source is None


def test_the_example_config_is_valid_and_documents_every_key() -> None:
    example = Path(__file__).resolve().parents[1] / "config.example.toml"
    settings = load_settings(example, env={})
    text = example.read_text(encoding="utf-8")
    for section in ("telegram", "database", "bot", "reminders", "logging"):
        for key in getattr(settings, section).__dataclass_fields__:
            assert f"\n{key} = " in text, f"{section}.{key} is not documented"


def test_toml_values_and_environment_overrides(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        '[bot]\nowners = [42, 7]\n[reminders]\nlead_days = [3, 0]\n[database]\nurl = "sqlite:///x.db"\n',
    )
    settings = load_settings(
        path, env={"POLICYBOT_DB_URL": "postgresql://u@h/db", "POLICYBOT_TOKEN": "123:abc"}
    )
    assert settings.bot.owners == (42, 7)
    assert settings.reminders.lead_days == (3, 0)
    assert settings.database.url == "postgresql://u@h/db"
    assert settings.telegram.token == "123:abc"


def test_config_path_from_environment(tmp_path: Path) -> None:
    path = write(tmp_path, '[bot]\ntimezone = "Asia/Urumqi"\n')
    assert load_settings(env={"POLICYBOT_CONFIG": str(path)}).bot.timezone == "Asia/Urumqi"


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ("[bot]\ntimezon = 'Asia/Shanghai'\n", "bot.timezon"),
        ("[bot]\ntimezone = 'Mars/Olympus'\n", "bot.timezone"),
        ("[bot]\nowners = 'alice'\n", "bot.owners"),
        ("[reminders]\nsend_at = '9 am'\n", "reminders.send_at"),
        ("[reminders]\nlead_days = [-1]\n", "reminders.lead_days"),
        ("[reminders]\nkeep_ledger_days = 2\n", "reminders.keep_ledger_days"),
        ("[reminders]\nescalate_after_days = -1\n", "reminders.escalate_after_days"),
        # Each of these was accepted: 0 s stopped the bot with APScheduler's TypeError, 0 h
        # (or a window shorter than two ticks) recorded every reminder as skipped, a billion
        # days made every tick fail with an OverflowError.
        ("[reminders]\ntick_seconds = 0\n", "reminders.tick_seconds"),
        ("[reminders]\ntick_seconds = -5\n", "reminders.tick_seconds"),
        ("[reminders]\ncatch_up_hours = 0\n", "reminders.catch_up_hours"),
        ("[reminders]\ncatch_up_hours = -10\n", "reminders.catch_up_hours"),
        ("[reminders]\ncatch_up_hours = 1\ntick_seconds = 3600\n", "reminders.tick_seconds"),
        ("[reminders]\nlead_days = [1000000000]\n", "reminders.lead_days"),
        ("[reminders]\nlead_days = [367]\n", "reminders.lead_days"),
        ("[reminders]\nescalate_after_days = 1000000000\n", "reminders.escalate_after_days"),
        (
            "[reminders]\nkeep_ledger_days = 1000000000\ncatch_up_hours = 72\n",
            "reminders.keep_ledger_days",
        ),
        ("[reminders]\nworking_days = 'sometimes'\n", "reminders.working_days"),
        ("[telegram]\nmode = 'carrier-pigeon'\n", "telegram.mode"),
        ("[database]\nurl = 'policybot.db'\n", "database.url"),
        ("[database]\nurl = 'mysql://bot@127.0.0.1/policybot'\n", "database.url"),
        ("[database]\necho = 'sometimes'\n", "database.echo"),
        ("[webhooks]\nport = 1\n", "webhooks"),
        ("[bot\n", "not valid TOML"),
    ],
)
def test_invalid_config_names_the_key(tmp_path: Path, body: str, named: str) -> None:
    with pytest.raises(ConfigError, match=named.replace(".", r"\.")):
        load_settings(write(tmp_path, body), env={})


def test_an_explicit_missing_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.toml", env={})
