"""``policybot reminders --at``: the digests a tick would send, given the ledger; nothing written."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import Session, select

from policybot.bot.cli import main
from policybot.clock import FakeClock
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.reminder_items import ReminderLedger
from policybot.scheduler.dispatcher import DispatcherConfig, ReminderDispatcher
from test_scheduler_support import (
    RecordingSender,
    follow,
    ingest,
    milestone,
    nine_am,
    plan,
    target,
    timing,
)


@pytest.fixture
def db_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    monkeypatch.setenv("POLICYBOT_DB_URL", url)
    monkeypatch.setenv("POLICYBOT_CONFIG", str(tmp_path / "config.toml"))
    (tmp_path / "config.toml").write_text("[bot]\nload_seeds = false\n", encoding="utf-8")
    return url


def store(url: str) -> None:
    engine = make_engine(url)
    upgrade_database(engine)
    ingest(
        engine,
        plan(
            milestones=[milestone(due=date(2018, 12, 31)), milestone("丙", due=date(2018, 12, 4))],
            targets=[target(deadline=date(2018, 12, 10))],
        ),
    )
    follow(engine, -42, "市质监局")
    follow(engine, -43, "全部")
    engine.dispose()


def test_reminders_at_lists_the_digests_and_writes_nothing(
    db_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store(db_env)
    assert main(["reminders", "--at", "2018-11-30T09:00", "--dry-run"]) == 0  # a Friday
    listing = capsys.readouterr().out
    assert "要发送的消息 2 条" in listing and "(-42)  摘要 1 项" in listing
    assert "(-43)  摘要 1 项" in listing and "出处" not in listing
    assert main(["reminders", "--at", "2018-12-03T10:00"]) == 0  # Monday, after a weekend down
    full = capsys.readouterr().out
    assert "补发" in full and "出处" in full
    engine = make_engine(db_env)
    with Session(engine) as session:
        assert session.exec(select(ReminderLedger)).all() == []  # a preview writes nothing


def test_json_has_one_object_per_message_with_graded_items(
    db_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    store(db_env)
    assert main(["reminders", "--at", "2018-12-03T09:00", "--format", "json"]) == 0
    messages = json.loads(capsys.readouterr().out)
    by_chat = {message["chat_id"]: message for message in messages}
    assert set(by_chat) == {-42, -43} and {m["kind"] for m in messages} == {"digest"}
    [item] = [i for i in by_chat[-43]["items"] if i["due"] == "2018-12-10"]
    assert item == {
        "kind": "target",
        "title": "培育示范企业",
        "due": "2018-12-10",
        "lead_days": 7,
        "colour": "yellow",
        "late": False,
    }
    assert [(i["title"], i["lead_days"], i["colour"]) for i in by_chat[-42]["items"]] == [
        ("丙", 1, "yellow")
    ]


def test_the_preview_after_sending_shows_nothing_again(
    db_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """It used to ignore the ledger and show what was sent again, as late ones."""
    store(db_env)
    engine = make_engine(db_env)
    sender = RecordingSender()
    worker = ReminderDispatcher(
        engine,
        timing(working_days=True),
        FakeClock(nine_am(date(2018, 11, 30))),
        sender,
        config=DispatcherConfig(per_chat_interval=0),
    )
    asyncio.run(worker.tick())
    assert {chat for chat, _ in sender.sent} == {-42, -43}
    for at in ("2018-11-30T09:00", "2018-11-30T09:30"):
        assert main(["reminders", "--at", at, "--format", "json"]) == 0
        assert json.loads(capsys.readouterr().out) == []
    engine.dispose()


def test_reminders_without_subscriptions_says_how_to_subscribe(
    db_env: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["reminders", "--at", "2018-11-30T09:00", "--dry-run"]) == 0
    assert "/subscribe" in capsys.readouterr().out


def test_a_reader_that_stops_reading_ends_the_preview_cleanly(db_env: str) -> None:
    store(db_env)
    process = subprocess.run(
        f"{sys.executable} -m policybot.bot.cli reminders --at 2018-12-03T10:00 | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert process.stdout.count("\n") == 1
    assert "BrokenPipeError" not in process.stderr and "Traceback" not in process.stderr
