"""A 确认入库 cut short by a stopped process, and previews nobody answered (trial 35).

A confirmation killed before the plan's commit stored nothing, left its pending row for ever,
and the admin, who had pressed 确认入库, was never told. A confirmation now marks its row
(committed) before writing the plan; at the next start (``knowledge.upload_recovery``) the admin
is told the plan was NOT stored, with 确认入库 offered again, or that it was stored when only the
answer was lost; previews older than three days are deleted, with an audit entry.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from emulator_fixtures import bot_settings
from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.handlers import upload
from policybot.knowledge import uploads
from policybot.knowledge.models import AuditEntry, Document, PendingUpload
from policybot.knowledge.upload_recovery import recover_uploads
from test_admin_samples import ADMIN, NOW, PLAN_V1, PLAN_V2, admin_bot

# Longer than a live confirmation may take (its extraction budget and two minutes).
AFTER_A_RESTART = timedelta(seconds=bot_settings().bot.read_budget.seconds) + timedelta(minutes=3)


def documents(engine: Engine) -> list[Document]:
    with Session(engine) as session:
        return list(session.exec(select(Document)))


def pending(engine: Engine) -> list[PendingUpload]:
    with Session(engine) as session:
        return list(session.exec(select(PendingUpload)))


async def told(bot: OfflineHarness, chat_id: int, timeout: float = 20) -> Any:
    """The first message a restarted bot (on a Telegram of its own) sends ``chat_id``."""
    for _ in range(int(timeout / 0.05)):
        sent = [m for m in bot.emulator.world.outbox if m.chat_id == chat_id]
        if sent:
            return sent[0]
        await asyncio.sleep(0.05)
    raise AssertionError(f"nothing was sent to {chat_id}")


async def settles(check: Callable[[], bool], timeout: float = 20) -> bool:
    """Whether ``check`` comes true within ``timeout``: a restarted bot settles the owed row
    only once Telegram took the notice, so the row goes a moment after the notice is seen."""
    for _ in range(int(timeout / 0.05)):
        if check():
            return True
        await asyncio.sleep(0.05)
    return check()


def kill_before_commit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The state a SIGKILL during the write leaves: the mark committed, no plan, and no code
    after it run (the mark is not cleared)."""
    real_mark = uploads._mark_confirming

    def mark_only(engine: Engine, pending_id: int, since: object) -> None:
        if since is not None:
            real_mark(engine, pending_id, since)  # type: ignore[arg-type]

    def killed(*_args: object, **_kwargs: object) -> None:
        raise SystemError("the process died here")

    monkeypatch.setattr(uploads, "_mark_confirming", mark_only)
    monkeypatch.setattr(uploads, "ingest_extraction", killed)


async def test_a_confirm_killed_before_its_commit_is_reported_after_the_restart(
    sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock(NOW)
    async with admin_bot(sqlite_engine, clock=clock) as first:
        await first.upload(PLAN_V1.encode(), filename="plan.txt")
        with monkeypatch.context() as patched:
            kill_before_commit(patched)
            first.raise_handler_errors = False
            await first.press("确认入库")
    assert documents(sqlite_engine) == [] and len(pending(sqlite_engine)) == 1

    clock.advance(AFTER_A_RESTART)
    async with admin_bot(sqlite_engine, clock=clock) as second:
        notice = await told(second, ADMIN)
        assert "未入库" in notice.text and "plan.txt" in notice.text, notice.text
        assert "确认入库" in notice.labels, notice.labels
        (stored,) = await second.press("确认入库")
        assert stored.text.startswith("已入库"), stored.text
        assert len(documents(sqlite_engine)) == 1 and pending(sqlite_engine) == []
    async with admin_bot(sqlite_engine, clock=clock) as third:  # told once, not at every start
        await third.say("/help")
        assert not any("未入库" in message.text for message in third.emulator.world.outbox)


async def test_a_confirm_killed_after_its_commit_says_the_plan_is_stored(
    sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock(NOW)
    async with admin_bot(sqlite_engine, clock=clock) as first:
        await first.upload(PLAN_V1.encode(), filename="plan.txt")
        with monkeypatch.context() as patched:
            # After the plan's commit, before 已入库 is said (robust36: the row used to be
            # dropped before the answer, and a kill there was never reported).
            patched.setattr(upload, "result_html", lambda *_a, **_k: kill_now())
            first.raise_handler_errors = False
            await first.press("确认入库")
    (document,) = documents(sqlite_engine)

    clock.advance(AFTER_A_RESTART)
    async with admin_bot(sqlite_engine, clock=clock) as second:
        notice = await told(second, ADMIN)
        assert "已入库" in notice.text and f"#{document.id}" in notice.text, notice.text
        assert "未入库" not in notice.text and "/undo" in notice.text, notice.text
        assert await settles(lambda: pending(sqlite_engine) == [])
        assert len(documents(sqlite_engine)) == 1


def kill_now() -> bool:
    raise SystemError("the process died here")


async def test_previews_older_than_three_days_are_deleted_at_start_with_an_audit_entry(
    sqlite_engine: Engine,
) -> None:
    clock = FakeClock(NOW)
    async with admin_bot(sqlite_engine, clock=clock) as first:
        await first.upload(PLAN_V1.encode(), filename="old.txt")
        clock.advance(uploads.PENDING_LIFETIME - timedelta(hours=1))
        await first.upload(PLAN_V2.encode(), filename="young.txt")
    clock.advance(timedelta(hours=2))
    async with admin_bot(sqlite_engine, clock=clock) as second:
        await second.say("/help")
        for _ in range(200):
            if len(pending(sqlite_engine)) == 1:
                break
            await asyncio.sleep(0.05)
    assert [row.filename for row in pending(sqlite_engine)] == ["young.txt"]
    with Session(sqlite_engine) as session:
        (entry,) = session.exec(
            select(AuditEntry).where(col(AuditEntry.entity_kind) == "upload")
        ).all()
    assert entry.action == "expire" and entry.actor_id is None
    assert entry.before is not None and "old.txt" in entry.before and str(ADMIN) in entry.before


def test_a_process_serving_other_chats_leaves_the_previews_alone(sqlite_engine: Engine) -> None:
    """The offline chat (``policybot chat``) settles only its own chats' uploads."""
    plan = uploads.read_plan_within(PLAN_V1.encode(), "p.txt", None)
    uploads.preview_plan(sqlite_engine, plan, chat_id=ADMIN, user_id=ADMIN, now=NOW)
    later = NOW + uploads.PENDING_LIFETIME + timedelta(days=1)
    recovery = recover_uploads(
        sqlite_engine, now=later, stale_after=timedelta(minutes=3), serves=lambda _chat: False
    )
    assert recovery.expired == 0 and len(pending(sqlite_engine)) == 1


def _expiries(engine: Engine) -> list[AuditEntry]:
    with Session(engine) as session:
        statement = select(AuditEntry).where(col(AuditEntry.action) == "expire")
        return list(session.exec(statement))


def test_every_path_that_drops_an_expired_preview_audits_it(sqlite_engine: Engine) -> None:
    """attack35: a preview dropped because its 确认入库 came too late, or by the admin's next
    upload, left no audit entry (only the periodic recovery wrote one). Each path now does, and
    /history names the file, not the preview's hash and raw creation time."""
    from zoneinfo import ZoneInfo

    from policybot.handlers.admin_format import history_html
    from policybot.knowledge.audit import recent

    late = uploads.prepare_upload(
        sqlite_engine, PLAN_V1.encode(), "late.txt", chat_id=ADMIN, user_id=ADMIN, now=NOW
    )
    assert late.pending_id is not None
    after = NOW + uploads.PENDING_LIFETIME + timedelta(hours=1)
    with pytest.raises(uploads.UploadError, match="已超过 3 天"):
        uploads.confirm_upload(
            sqlite_engine, late.pending_id, chat_id=ADMIN, actor_id=ADMIN, now=after
        )
    assert [entry.entity_id for entry in _expiries(sqlite_engine)] == [late.pending_id]

    stale = uploads.prepare_upload(
        sqlite_engine, PLAN_V1.encode(), "stale.txt", chat_id=ADMIN, user_id=ADMIN, now=after
    )
    later = after + uploads.PENDING_LIFETIME + timedelta(hours=1)
    uploads.prepare_upload(
        sqlite_engine, PLAN_V2.encode(), "next.txt", chat_id=ADMIN, user_id=ADMIN, now=later
    )
    assert [row.filename for row in pending(sqlite_engine)] == ["next.txt"]
    assert len(_expiries(sqlite_engine)) == 2 and stale.pending_id is not None

    shown = history_html(recent(sqlite_engine), ZoneInfo("UTC"), title="最近的修改")
    line = next(text for text in shown.splitlines() if "stale.txt" in text)
    assert "过期作废" in line and "文件 stale.txt → —" in line, line
    assert "content_hash" not in shown and "created_at" not in shown, shown
