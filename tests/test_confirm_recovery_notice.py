"""The recovery pass's notice of an interrupted 确认入库, sent at least once, and only when true
(attack36).

M1: the pass dropped (plan stored) or unmarked (not stored) the pending row BEFORE sending its
notice: a send that failed (a network fault, once) or a process stopped while sending left
nothing for the next pass, and the admin was never told. Now the row changes only once Telegram
has taken the notice; a failed send is given back to the next pass.
M2: a confirmation killed before its plan's commit (nothing stored), then, within the minutes a
live one may take, the same file sent again and confirmed (已入库): minutes later the pass told
the admin "你确认入库了…当时的回复未能发出…已入库" of the interrupted one, a second and wrong
answer. Now such a row goes unsaid (audited as an expiry), and content stored by someone else
is told as such.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from telegram.ext import ExtBot

from emulator_fixtures import Group, bot_settings, real_bot
from policybot.bot.emulator import BotApiEmulator
from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.handlers import upload
from policybot.knowledge import uploads
from policybot.knowledge.access import grant
from policybot.knowledge.models import PendingUpload
from policybot.knowledge.upload_recovery import recover_uploads, settle
from test_admin_samples import ADMIN, GROUP, NOW, OWNER, PLAN_V1, STRANGER, admin_bot
from test_confirm_interrupted import AFTER_A_RESTART, documents, kill_before_commit, pending
from test_confirm_interrupted_reply import die, expiries, ingests


@asynccontextmanager
async def bot_on(
    engine: Engine, clock: FakeClock, emulator: BotApiEmulator
) -> AsyncIterator[OfflineHarness]:
    """``admin_bot`` on an emulator the test started (its faults are in place at start)."""
    grant(engine, OWNER, ADMIN, now=clock.now())
    async with real_bot(
        engine,
        bot_settings(owners=(OWNER,)),
        clock=clock,
        emulator=emulator,
        private_chats=(OWNER, ADMIN, STRANGER),
        groups=(Group(GROUP, members=(OWNER, STRANGER), admins=(ADMIN,), bot_admin=True),),
        user_id=ADMIN,
        raise_handler_errors=False,
    ) as harness:
        yield harness


async def interrupt(engine: Engine, clock: FakeClock, stored: bool) -> None:
    """Upload a plan and press 确认入库 in a process that stops after the plan's commit
    (``stored``) or inside its transaction."""
    with pytest.MonkeyPatch.context() as patched:
        async with admin_bot(engine, clock=clock) as first:
            await first.upload(PLAN_V1.encode(), filename="plan.txt")
            if stored:
                patched.setattr(upload, "result_html", die)
            else:
                kill_before_commit(patched)
            first.raise_handler_errors = False
            await first.press("确认入库")
            assert not any("入库" in m.text for m in first.emulator.world.outbox[1:])
    assert len(documents(engine)) == int(stored) and len(pending(engine)) == 1


def row(engine: Engine) -> PendingUpload:
    with Session(engine) as session:
        (found,) = session.exec(select(PendingUpload)).all()
        return found


async def settles(condition: Any, timeout: float = 20) -> None:
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the recovery pass did not get there")


def notices(bot: OfflineHarness) -> list[Any]:
    return [m for m in bot.emulator.world.outbox if m.chat_id == ADMIN and "入库" in m.text]


@pytest.mark.parametrize("stored", [True, False], ids=["stored", "not stored"])
async def test_a_notice_whose_send_fails_is_sent_at_the_next_pass(
    engine: Engine, stored: bool
) -> None:
    clock = FakeClock(NOW)
    await interrupt(engine, clock, stored)
    before = row(engine)
    assert before.confirming_since is not None

    clock.advance(AFTER_A_RESTART)
    async with BotApiEmulator() as emulator:
        fault = emulator.inject_fault("sendMessage", "drop", chat_id=ADMIN)
        async with bot_on(engine, clock, emulator) as second:
            await settles(lambda: fault.count == 0)
            # The row is given back as it was, for the next pass.
            await settles(lambda: row(engine).confirming_since == before.confirming_since)
            assert notices(second) == []
            assert row(engine).stored_result == before.stored_result

    async with admin_bot(engine, clock=clock) as third:  # the next pass (here: a restart)
        await settles(lambda: bool(notices(third)))
        (notice,) = notices(third)
        if stored:
            assert "已入库" in notice.text and "/undo" in notice.text, notice.text
            await settles(lambda: pending(engine) == [])
        else:
            assert "未入库" in notice.text and "确认入库" in notice.labels, notice
            await settles(lambda: row(engine).confirming_since is None)
            (again,) = await third.press("确认入库")
            assert again.text.startswith("已入库"), again.text
    assert len(documents(engine)) == len(ingests(engine)) == 1 and expiries(engine) == []


@pytest.mark.parametrize("stored", [True, False], ids=["stored", "not stored"])
async def test_a_process_stopped_while_sending_the_notice_leaves_it_owed(
    engine: Engine, monkeypatch: pytest.MonkeyPatch, stored: bool
) -> None:
    """The stop is simulated by an exception that is not Telegram's, raised by the send:
    nothing after it runs. The row keeps a fresh mark (the claim), and a pass once that is
    stale tells the admin."""
    clock = FakeClock(NOW)
    await interrupt(engine, clock, stored)
    clock.advance(AFTER_A_RESTART)
    real_send = ExtBot.send_message

    async def stopped_while_sending(self: ExtBot, chat_id: Any, text: str, **kwargs: Any) -> Any:
        if "入库" in text:
            raise SystemError("the process died here")
        return await real_send(self, chat_id, text, **kwargs)

    with monkeypatch.context() as patched:
        patched.setattr(ExtBot, "send_message", stopped_while_sending)
        async with admin_bot(engine, clock=clock) as second:
            second.raise_handler_errors = False
            await settles(lambda: row(engine).confirming_since == clock.now())
            assert notices(second) == []
    async with admin_bot(engine, clock=clock) as third:  # too soon: it may be sending still
        await third.say("/help")
        await asyncio.sleep(0.5)
        assert notices(third) == [] and len(pending(engine)) == 1
    clock.advance(AFTER_A_RESTART)
    async with admin_bot(engine, clock=clock) as fourth:
        await settles(lambda: bool(notices(fourth)))
        (notice,) = notices(fourth)
        assert ("已入库" if stored else "未入库") in notice.text, notice.text


@pytest.mark.parametrize("confirmed", [True, False], ids=["sent again and confirmed", "sent again"])
async def test_an_interrupted_confirm_superseded_by_the_same_file_sent_again_is_not_told(
    engine: Engine, confirmed: bool
) -> None:
    clock = FakeClock(NOW)
    await interrupt(engine, clock, stored=False)
    clock.advance(timedelta(minutes=1))  # restarted at once: the mark is not stale yet
    async with admin_bot(engine, clock=clock) as second:
        await second.upload(PLAN_V1.encode(), filename="plan.txt")
        if confirmed:
            (stored,) = await second.press("确认入库")
            assert stored.text.startswith("已入库"), stored.text
    clock.advance(AFTER_A_RESTART)
    async with admin_bot(engine, clock=clock) as third:
        await settles(lambda: len(pending(engine)) == int(not confirmed))
        await third.say("/help")
        assert notices(third) == [], [m.text for m in notices(third)]
    # The interrupted upload's row went with an audit entry, as an expired preview does.
    assert len(expiries(engine)) == 1
    assert len(documents(engine)) == len(ingests(engine)) == int(confirmed)
    if not confirmed:  # the newer preview is the one to confirm
        (left,) = pending(engine)
        assert left.confirming_since is None and left.id != expiries(engine)[0].entity_id


def test_content_stored_by_another_admin_is_told_as_such(engine: Engine) -> None:
    """Nothing was stored by the interrupted confirmation, and its admin never confirmed the
    same content: told that another 确认入库 stored it — not 已入库 with their /undo."""
    plan = uploads.read_plan_within(PLAN_V1.encode(), "p.txt", None)
    mine = uploads.preview_plan(engine, plan, chat_id=ADMIN, user_id=ADMIN, now=NOW)
    assert mine.pending_id is not None
    uploads._mark_confirming(engine, mine.pending_id, NOW)  # and the process stops
    theirs = uploads.preview_plan(engine, plan, chat_id=OWNER, user_id=OWNER, now=NOW)
    assert theirs.pending_id is not None
    result = uploads.confirm_upload(
        engine, theirs.pending_id, chat_id=OWNER, actor_id=OWNER, now=NOW
    )
    later = NOW + AFTER_A_RESTART
    recovery = recover_uploads(
        engine, now=later, stale_after=timedelta(minutes=3), serves=lambda _chat: True
    )
    (told,) = recovery.interrupted
    assert told.elsewhere is not None and told.elsewhere.document_id == result.document_id
    text, markup = upload.interrupted_notice(told)
    assert "没有写入" in text and f"#{result.document_id}" in text and markup is None, text
    assert "/undo" not in text and "当时的回复" not in text, text
    assert len(pending(engine)) == 1  # until the notice is sent
    assert settle(engine, told, now=later)
    assert pending(engine) == [] and len(expiries(engine)) == 1
