"""A 确认入库 killed after the plan's commit but before the admin was answered (robust36).

The confirmation dropped its pending row right after the plan's commit, before the bot said
已入库: a process killed between that and the reply left no trace for the recovery pass
(``knowledge.upload_recovery``), and the admin, who had pressed 确认入库, never heard of the plan.
Now the plan's own commit marks the row (stored, answer owed); the row goes only once 已入库 is
said, and a restarted bot tells the admin once, with /undo. Each kill point below is simulated
by an exception that stops the handler where a SIGKILL would.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select
from telegram import CallbackQuery

from policybot.clock import FakeClock
from policybot.handlers import upload
from policybot.knowledge import uploads
from policybot.knowledge.models import AuditEntry, PendingUpload
from policybot.knowledge.upload_recovery import recover_uploads, settle
from test_admin_samples import ADMIN, GROUP, NOW, OWNER, PLAN_V1, STRANGER, admin_bot
from test_confirm_interrupted import AFTER_A_RESTART, documents, pending, settles, told


def die(*_args: Any, **_kwargs: Any) -> Any:
    raise SystemError("the process died here")


def ingests(engine: Engine) -> list[AuditEntry]:
    with Session(engine) as session:
        statement = select(AuditEntry).where(col(AuditEntry.action) == "ingest")
        return list(session.exec(statement))


def expiries(engine: Engine) -> list[AuditEntry]:
    with Session(engine) as session:
        statement = select(AuditEntry).where(col(AuditEntry.action) == "expire")
        return list(session.exec(statement))


# Where the process dies after the plan's commit: while composing the answer, and while sending
# it (the request never reached Telegram).
KILL_POINTS = {
    "composing": (upload, "result_html"),
    "sending": (CallbackQuery, "edit_message_text"),
}
# Another plan (its own title and doc number), so both may be stored side by side.
OTHER_PLAN = PLAN_V1.replace("品牌建设", "标准化建设").replace("〔2024〕7号", "〔2024〕9号")


@pytest.mark.parametrize("point", sorted(KILL_POINTS))
async def test_a_confirm_killed_before_its_answer_is_reported_once_after_the_restart(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, point: str
) -> None:
    clock = FakeClock(NOW)
    async with admin_bot(engine, clock=clock) as first:
        await first.upload(PLAN_V1.encode(), filename="plan.txt")
        with monkeypatch.context() as patched:
            patched.setattr(*KILL_POINTS[point], die)
            first.raise_handler_errors = False
            await first.press("确认入库")
        assert not any("已入库" in m.text for m in first.emulator.world.outbox)
    (document,) = documents(engine)
    assert len(ingests(engine)) == 1

    clock.advance(AFTER_A_RESTART)
    async with admin_bot(engine, clock=clock) as second:
        notice = await told(second, ADMIN)
        assert "已入库" in notice.text and f"#{document.id}" in notice.text, notice.text
        assert "plan.txt" in notice.text and "/undo" in notice.text, notice.text
        assert "未入库" not in notice.text and not notice.labels, notice
        assert await settles(lambda: pending(engine) == [])
        (asked,) = await second.say("/undo")  # an upload's undo asks first (fix42a)
        assert "确定撤销吗" in asked.text, asked.text
        (undone,) = await second.press("确认撤销入库")
        assert f"文档 #{document.id}" in undone.text and "已删除" in undone.text, undone.text
    async with admin_bot(engine, clock=clock) as third:  # told once, not at every start
        await third.say("/help")
        assert not any("已入库" in m.text for m in third.emulator.world.outbox)
    # The audit trail: the ingest (by the admin) and its undo; no expiry of the stored upload.
    assert len(ingests(engine)) == 1 and expiries(engine) == []


async def test_an_answered_confirm_leaves_nothing_to_report(
    engine: Engine,
) -> None:
    clock = FakeClock(NOW)
    async with admin_bot(engine, clock=clock) as first:
        await first.upload(PLAN_V1.encode(), filename="plan.txt")
        (stored,) = await first.press("确认入库")
        assert stored.text.startswith("已入库"), stored.text
    assert pending(engine) == []
    clock.advance(AFTER_A_RESTART)
    async with admin_bot(engine, clock=clock) as second:
        await second.say("/help")
        assert not any("已入库" in m.text for m in second.emulator.world.outbox)


async def test_a_press_on_the_old_preview_after_the_kill_says_stored_once(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pressed again before the recovery pass noticed: 确认入库 answers 已入库 (nothing stored
    twice), 取消 does not claim 未入库, and the recovery pass has nothing left to say."""
    clock = FakeClock(NOW)
    async with admin_bot(engine, clock=clock) as bot:
        await bot.upload(PLAN_V1.encode(), filename="plan.txt")
        await bot.upload(OTHER_PLAN.encode(), filename="other.txt")
        with monkeypatch.context() as patched:
            patched.setattr(upload, "result_html", die)
            bot.raise_handler_errors = False
            await press_under(bot, "plan.txt", "确认入库")
            await press_under(bot, "other.txt", "确认入库")
            bot.raise_handler_errors = True
        assert len(documents(engine)) == 2 and len(pending(engine)) == 2

        (again,) = await press_under(bot, "plan.txt", "确认入库")
        assert "已入库" in again.text and "/undo" in again.text, again.text
        (cancelled,) = await press_under(bot, "other.txt", "取消")
        assert "已入库" in cancelled.text and "未入库" not in cancelled.text, cancelled.text
        assert "/undo" in cancelled.text, cancelled.text
        assert pending(engine) == []
    recovery = recover_uploads(
        engine, now=NOW + AFTER_A_RESTART, stale_after=timedelta(0), serves=lambda _chat: True
    )
    assert recovery.interrupted == [] and recovery.expired == 0
    assert len(documents(engine)) == 2 and len(ingests(engine)) == 2 and expiries(engine) == []


async def press_under(bot: Any, filename: str, label: str) -> list[Any]:
    """Presses ``label`` under the bot's message naming ``filename`` (the emulator's own
    ``press`` takes the newest message with the button)."""
    world = bot.emulator.world
    for message in world.bot_messages(ADMIN):
        if filename not in message.text:
            continue
        for row in (message.reply_markup or {}).get("inline_keyboard") or []:
            for button in row:
                if button.get("text") == label:
                    mark = len(world.outbox)
                    update_id = bot.emulator.push_callback(
                        ADMIN, ADMIN, message.message_id, button["callback_data"]
                    )
                    await bot.wait_processed(update_id)
                    return [m for m in world.outbox[mark:] if m.chat_id == ADMIN]
    raise AssertionError(f"no {label} under {filename}")


def test_a_stored_confirm_is_never_expired_as_unconfirmed(engine: Engine) -> None:
    """A row whose plan was stored is reported as stored, even when its preview is older than
    three days by then: /history must not say the upload expired unconfirmed."""
    plan = uploads.read_plan_within(PLAN_V1.encode(), "p.txt", None)
    preview = uploads.preview_plan(engine, plan, chat_id=ADMIN, user_id=ADMIN, now=NOW)
    assert preview.pending_id is not None
    late = NOW + uploads.PENDING_LIFETIME - timedelta(minutes=1)
    result = uploads.confirm_upload(
        engine,
        preview.pending_id,
        chat_id=ADMIN,
        actor_id=ADMIN,
        now=late,
        token=preview.button_token,
        answer_owed=True,  # and the process stops before 已入库 is said
    )
    after = late + timedelta(days=1)
    recovery = recover_uploads(
        engine, now=after, stale_after=timedelta(minutes=3), serves=lambda _chat: True
    )
    (told_of,) = recovery.interrupted
    assert told_of.stored is not None and told_of.stored.document_id == result.document_id
    assert expiries(engine) == [] and len(pending(engine)) == 1  # until the notice is sent
    assert settle(engine, told_of, now=after)
    assert expiries(engine) == [] and pending(engine) == []


def test_the_row_is_marked_in_the_plans_own_commit(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing half-written: when marking the row fails, the plan is not stored either."""
    plan = uploads.read_plan_within(PLAN_V1.encode(), "p.txt", None)
    preview = uploads.preview_plan(engine, plan, chat_id=ADMIN, user_id=ADMIN, now=NOW)
    assert preview.pending_id is not None
    monkeypatch.setattr(uploads, "_mark_stored", die)
    with pytest.raises(SystemError):
        uploads.confirm_upload(engine, preview.pending_id, chat_id=ADMIN, actor_id=ADMIN, now=NOW)
    assert documents(engine) == [] and ingests(engine) == []
    with Session(engine) as session:
        (row,) = session.exec(select(PendingUpload)).all()
        assert row.stored_result is None


async def test_in_a_group_a_stranger_cannot_take_the_owed_answer_and_another_admin_is_told_whose(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """attack: the answer owed in a group. A member who is not an admin is refused and the row
    stays; another admin pressing it days later (past the preview's 3 days) is told 已入库 —
    not 已过期 — and that /undo is the confirming admin's, not theirs."""
    clock = FakeClock(NOW)
    async with admin_bot(engine, clock=clock) as bot:
        await bot.upload(PLAN_V1.encode(), filename="plan.txt", chat_id=GROUP, user_id=ADMIN)
        with monkeypatch.context() as patched:
            patched.setattr(upload, "result_html", die)
            bot.raise_handler_errors = False
            await bot.press("确认入库", chat_id=GROUP, user_id=ADMIN)
            bot.raise_handler_errors = True
        assert await bot.press("确认入库", chat_id=GROUP, user_id=STRANGER) == []
        refusal = bot.callback_answer()
        assert refusal is not None and "管理员" in (refusal.answer_text or ""), refusal
        assert len(pending(engine)) == 1

        clock.advance(uploads.PENDING_LIFETIME + timedelta(days=1))
        (told_owner,) = await bot.press("确认入库", chat_id=GROUP, user_id=OWNER)
        assert told_owner.text.startswith("已入库"), told_owner.text
        assert upload.OTHERS_UNDO_LINE in told_owner.text, told_owner.text
        assert "过期" not in told_owner.text, told_owner.text
    assert pending(engine) == [] and expiries(engine) == [] and len(ingests(engine)) == 1
    (entry,) = ingests(engine)
    assert entry.actor_id == ADMIN


def test_what_was_stored_is_kept_with_what_it_retired() -> None:
    """The owed answer is the answer that was due: a replaced version and what was left
    active survive the row (``StoredUpload`` as JSON)."""
    from policybot.knowledge.extraction_codec import dump_record, load_record
    from policybot.knowledge.retirement import Retirement
    from policybot.knowledge.store import IngestResult

    result = IngestResult(
        3,
        "replaced",
        "示范市计划",
        {"target": 2},
        2,
        [Retirement(2, "旧版", "示府发〔2024〕7号", "示范市", "number", True)],
        [Retirement(5, None, None, None, "named", False)],
    )
    stored = uploads.StoredUpload(result, ADMIN)
    assert load_record(uploads.StoredUpload, dump_record(stored)) == stored


def test_a_retirement_naming_hand_changes_survives_the_row() -> None:
    """A replaced version's hand changes (a tuple of any length) are kept in the owed answer: a
    stored upload whose retirement names them must load again after a restart."""
    from policybot.knowledge.extraction_codec import dump_record, load_record
    from policybot.knowledge.retirement import HandChange, Retirement
    from policybot.knowledge.store import IngestResult

    changes = (
        HandChange("update", "target", 4, "新增省级品牌产品"),
        HandChange("delete", "reward", 9, "x"),
    )
    retired = Retirement(2, "旧版", "示府发〔2024〕7号", "示范市", "number", True, changes)
    result = IngestResult(3, "replaced", "示范市计划", {"target": 2}, 2, [retired], [])
    stored = uploads.StoredUpload(result, ADMIN)
    assert load_record(uploads.StoredUpload, dump_record(stored)) == stored
