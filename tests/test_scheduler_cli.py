"""``policybot reminders --at``: the same plan the bot would send, listed; nothing written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session, select

from policybot.bot.cli import main
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.models import ReminderLedger
from test_scheduler_support import follow, ingest, milestone, plan


@pytest.fixture
def db_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("POLICYBOT_DB_URL", url)
    monkeypatch.setenv("POLICYBOT_CONFIG", str(tmp_path / "config.toml"))
    (tmp_path / "config.toml").write_text("[bot]\nload_seeds = false\n", encoding="utf-8")
    return url


def test_reminders_at_lists_what_is_due_and_to_whom(
    db_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = make_engine(db_env)
    upgrade_database(engine)
    ingest(engine, plan(milestones=[milestone(due=date(2018, 12, 31))]))
    follow(engine, -42, "市质监局")
    assert main(["reminders", "--at", "2018-12-01T09:00", "--dry-run"]) == 0
    listing = capsys.readouterr().out
    assert "要发送的提醒 1 条" in listing and "(-42)" in listing and "提前30天" in listing
    assert "出处" not in listing
    assert main(["reminders", "--at", "2018-12-02T10:00"]) == 0
    full = capsys.readouterr().out
    assert "补发" in full and "出处" in full and "还有 30 天到期" in full
    with Session(engine) as session:
        assert session.exec(select(ReminderLedger)).all() == []  # a preview writes nothing


def test_reminders_without_subscriptions_says_how_to_subscribe(
    db_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["reminders", "--at", "2018-12-01T09:00", "--dry-run"]) == 0
    assert "/subscribe" in capsys.readouterr().out
