"""Configuration: a TOML file, then environment overrides, then validation.

The defaults work with no file at all (SQLite under ``./var``, Asia/Shanghai), so a new user can
start the bot at once; deployments override secrets and the database through the environment.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from datetime import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from policybot.knowledge.budget import Budget

# The most days ahead a reminder may be set (config and /leadtimes alike), and the longest span
# of days any other reminder setting may name (a century fits every date the plans hold).
MAX_LEAD_DAYS = 366
MAX_SPAN_DAYS = 36_500

CONFIG_ENV = "POLICYBOT_CONFIG"
DEFAULT_CONFIG_PATH = Path("config.toml")
DEFAULT_DB_URL = "sqlite:///./var/policybot.db"
SUPPORTED_DATABASES = {"sqlite", "postgresql", "postgres"}  # the stores the tests run against


class ConfigError(ValueError):
    """An invalid configuration; the message names the offending key."""


@dataclass(frozen=True)
class TelegramSettings:
    token: str = ""
    mode: str = "polling"  # polling | webhook
    base_url: str = "https://api.telegram.org/bot"
    # Empty: derived from ``base_url`` (``…/bot`` → ``…/file/bot``), see ``file_url``.
    base_file_url: str = ""
    webhook_url: str = ""
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: str = ""
    webhook_path: str = "/telegram"
    # http://, https://, socks5:// or socks5h:// (DNS through the proxy); empty: none.
    proxy: str = ""
    # Attempts to reach Telegram again at start when the network fails (backoff 1, 2, 4 … s).
    connect_retries: int = 5

    @property
    def file_url(self) -> str:
        """Where files are downloaded from: a self-hosted Bot API server serves them beside its
        API (``http://host:8081/bot`` → ``http://host:8081/file/bot``), so the file URL follows
        ``base_url`` unless configured on its own."""
        if self.base_file_url:
            return self.base_file_url
        root, separator, tail = self.base_url.rstrip("/").rpartition("/")
        if not separator:
            return self.base_url
        return f"{root}/file/{tail}"


@dataclass(frozen=True)
class DatabaseSettings:
    url: str = DEFAULT_DB_URL
    echo: bool = False


@dataclass(frozen=True)
class BotSettings:
    timezone: str = "Asia/Shanghai"
    owners: tuple[int, ...] = ()
    error_chat_id: int = 0
    upload_max_bytes: int = 5_000_000
    load_seeds: bool = True
    page_size: int = 8
    # Where start-up caches live (jieba's dictionary, the answer index: safe to delete).
    # Empty: the SQLite database's folder, or ./var with PostgreSQL.
    data_dir: str = ""
    # Reading and extracting one file (upload or ingest) runs in a worker process that is
    # stopped beyond these (knowledge/budget.py).
    read_seconds: int = 60
    read_memory_mb: int = 1024

    @property
    def read_budget(self) -> Budget:
        return Budget(float(self.read_seconds), self.read_memory_mb)


@dataclass(frozen=True)
class ReminderSettings:
    lead_days: tuple[int, ...] = (30, 7, 1, 0)
    send_at: str = "09:00"
    quiet_start: str = "22:00"
    quiet_end: str = "08:00"
    catch_up_hours: int = 72
    tick_seconds: int = 60
    working_days: bool = True
    yellow_days: int = 7
    escalate_after_days: int = 3
    overdue_window_days: int = 365
    keep_ledger_days: int = 400


@dataclass(frozen=True)
class LoggingSettings:
    level: str = "INFO"
    json: bool = False


@dataclass(frozen=True)
class OpsSettings:
    listen: str = "127.0.0.1"
    port: int = 0  # polling mode: 0 = no /healthz and /metrics server
    max_tick_age_seconds: int = 0  # 0: three reminder ticks


@dataclass(frozen=True)
class Settings:
    telegram: TelegramSettings = field(default_factory=TelegramSettings)
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    bot: BotSettings = field(default_factory=BotSettings)
    reminders: ReminderSettings = field(default_factory=ReminderSettings)
    logging: LoggingSettings = field(default_factory=LoggingSettings)
    ops: OpsSettings = field(default_factory=OpsSettings)
    source: Path | None = None

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.bot.timezone)


_SECTIONS: dict[str, type] = {
    "telegram": TelegramSettings,
    "database": DatabaseSettings,
    "bot": BotSettings,
    "reminders": ReminderSettings,
    "logging": LoggingSettings,
    "ops": OpsSettings,
}

_ENV_OVERRIDES: dict[str, tuple[str, str]] = {
    "POLICYBOT_TOKEN": ("telegram", "token"),
    "POLICYBOT_DB_URL": ("database", "url"),
    "POLICYBOT_WEBHOOK_SECRET": ("telegram", "webhook_secret"),
    "POLICYBOT_MODE": ("telegram", "mode"),
    "POLICYBOT_LOG_LEVEL": ("logging", "level"),
    "POLICYBOT_PROXY": ("telegram", "proxy"),
    "POLICYBOT_DATA_DIR": ("bot", "data_dir"),
}
PROXY_SCHEMES = ("http", "https", "socks5", "socks5h")


def load_settings(path: str | Path | None = None, env: dict[str, str] | None = None) -> Settings:
    """Read ``path`` (or ``$POLICYBOT_CONFIG``, or ``./config.toml`` if present) and validate it.

    A path given explicitly must exist; the implicit ``./config.toml`` is optional.
    """
    env = dict(os.environ if env is None else env)
    raw, source = _read_toml(path, env)
    for variable, (section, key) in _ENV_OVERRIDES.items():
        if env.get(variable):
            raw.setdefault(section, {})[key] = env[variable]
    sections = {
        name: _build_section(name, cls, raw.pop(name, {})) for name, cls in _SECTIONS.items()
    }
    if raw:
        unknown = ", ".join(sorted(raw))
        raise ConfigError(f"unknown configuration section or key: {unknown}")
    settings = Settings(**sections, source=source)
    _validate(settings)
    return settings


def _read_toml(path: str | Path | None, env: dict[str, str]) -> tuple[dict[str, Any], Path | None]:
    explicit = path or env.get(CONFIG_ENV)
    candidate = Path(explicit) if explicit else DEFAULT_CONFIG_PATH
    if not candidate.exists():
        if explicit:
            raise ConfigError(f"config file not found: {candidate}")
        return {}, None
    try:
        with candidate.open("rb") as handle:
            return tomllib.load(handle), candidate
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{candidate}: not valid TOML: {exc}") from exc


def _build_section(name: str, cls: type, values: Any) -> Any:
    if not isinstance(values, dict):
        raise ConfigError(f"[{name}] must be a table")
    known = {f.name: f for f in fields(cls)}
    kwargs: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known:
            raise ConfigError(f"unknown key {name}.{key}")
        kwargs[key] = _coerce(f"{name}.{key}", getattr(cls(), key), value)
    return cls(**kwargs)


def _coerce(key: str, default: Any, value: Any) -> Any:
    """Convert ``value`` to the type of the field's default, or name the key in the error."""
    try:
        if isinstance(default, bool):
            if isinstance(value, str):
                if value.lower() not in {"true", "false", "1", "0", "yes", "no"}:
                    raise ValueError(value)
                return value.lower() in {"true", "1", "yes"}
            if not isinstance(value, bool):
                raise ValueError(value)
            return value
        if isinstance(default, int):
            if isinstance(value, bool):
                raise ValueError(value)
            return int(value)
        if isinstance(default, tuple):
            if isinstance(value, str):
                value = [part for part in value.replace(",", " ").split() if part]
            if not isinstance(value, list):
                raise ValueError(value)
            return tuple(int(item) for item in value)
        if isinstance(default, str):
            if not isinstance(value, str):
                raise ValueError(value)
            return value
    except (TypeError, ValueError) as exc:
        kind = type(default).__name__ if not isinstance(default, tuple) else "list of integers"
        raise ConfigError(f"{key}: expected {kind}, got {value!r}") from exc
    return value


def _validate(settings: Settings) -> None:
    try:
        ZoneInfo(settings.bot.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"bot.timezone: unknown time zone {settings.bot.timezone!r}") from exc
    if settings.telegram.mode not in {"polling", "webhook"}:
        raise ConfigError("telegram.mode: expected 'polling' or 'webhook'")
    if not settings.database.url or "://" not in settings.database.url:
        raise ConfigError(f"database.url: not a database URL: {settings.database.url!r}")
    backend = settings.database.url.split("://", 1)[0].split("+", 1)[0].lower()
    if backend not in SUPPORTED_DATABASES:
        # mysql:// stopped the bot with "ModuleNotFoundError: No module named 'MySQLdb'".
        raise ConfigError(
            f"database.url: unsupported database {backend!r}: use sqlite:///path/to/policybot.db"
            " or postgresql://user@host:5432/name"
        )
    for key in ("send_at", "quiet_start", "quiet_end"):
        parse_clock(getattr(settings.reminders, key), f"reminders.{key}")
    if any(day < 0 for day in settings.reminders.lead_days):
        raise ConfigError("reminders.lead_days: days must not be negative")
    if any(day > MAX_LEAD_DAYS for day in settings.reminders.lead_days):
        raise ConfigError(f"reminders.lead_days: days must be at most {MAX_LEAD_DAYS}")
    reminders = settings.reminders
    if reminders.yellow_days < 0:
        raise ConfigError("reminders.yellow_days: must not be negative")
    if reminders.escalate_after_days < 0:
        raise ConfigError("reminders.escalate_after_days: must not be negative (0: no escalation)")
    if reminders.overdue_window_days <= 0:
        raise ConfigError("reminders.overdue_window_days: must be positive")
    _validate_spans(reminders)
    if reminders.keep_ledger_days * 24 <= reminders.catch_up_hours:
        raise ConfigError(
            "reminders.keep_ledger_days: must be longer than catch_up_hours, or a pruned row"
            " could be planned again"
        )
    if settings.bot.upload_max_bytes <= 0:
        raise ConfigError("bot.upload_max_bytes: must be positive")
    if settings.bot.page_size <= 0:
        raise ConfigError("bot.page_size: must be positive")
    if settings.telegram.connect_retries < 0:
        raise ConfigError("telegram.connect_retries: must not be negative")
    _validate_proxy(settings.telegram.proxy)
    if settings.bot.read_seconds <= 0:
        raise ConfigError("bot.read_seconds: must be positive")
    if settings.bot.read_memory_mb < 256:
        raise ConfigError("bot.read_memory_mb: must be at least 256 (the worker's own needs)")


def _validate_spans(reminders: ReminderSettings) -> None:
    """The reminder clock's spans: a tick of 0 s stopped the bot with APScheduler's TypeError, a
    catch-up window of 0 h (or one no longer than a tick) recorded every reminder as skipped
    without a word, and a span of a billion days broke every tick with an OverflowError."""
    if reminders.tick_seconds <= 0:
        raise ConfigError("reminders.tick_seconds: must be positive")
    if reminders.catch_up_hours <= 0:
        raise ConfigError(
            "reminders.catch_up_hours: must be positive (0 would skip every reminder a tick finds)"
        )
    if reminders.tick_seconds * 2 > reminders.catch_up_hours * 3600:
        raise ConfigError(
            "reminders.tick_seconds: must be at most half of catch_up_hours, or reminders due"
            " between two ticks fall outside the catch-up window and are skipped"
        )
    for key in ("yellow_days", "escalate_after_days", "overdue_window_days", "keep_ledger_days"):
        if getattr(reminders, key) > MAX_SPAN_DAYS:
            raise ConfigError(f"reminders.{key}: must be at most {MAX_SPAN_DAYS} days")


def _validate_proxy(proxy: str) -> None:
    """A proxy URL with a scheme httpx speaks and a host; the message says what to write."""
    if not proxy:
        return
    scheme, separator, rest = proxy.partition("://")
    credentials, _, address = rest.rpartition("@")
    host = address.split("/", 1)[0]
    if not separator or scheme.lower() not in PROXY_SCHEMES or not host:
        shown = f"{scheme}{separator}***@{address}" if credentials else proxy  # no password
        raise ConfigError(
            "telegram.proxy (POLICYBOT_PROXY): expected a URL such as http://127.0.0.1:7890"
            f" or socks5://127.0.0.1:1080 (schemes: {', '.join(PROXY_SCHEMES)}), got {shown!r}"
        )


def parse_clock(value: str, key: str = "time") -> time:
    """Parse ``HH:MM``; the key is named in the error so a config mistake is easy to find."""
    try:
        hours, minutes = value.split(":")
        return time(int(hours), int(minutes))
    except ValueError as exc:
        raise ConfigError(f"{key}: expected HH:MM, got {value!r}") from exc
