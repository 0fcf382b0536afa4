"""Other chats are answered at once while an admin's 确认入库 is being indexed.

Trial: another chat's ``/targets 湖州`` took 22 s instead of 5–7 s while an admin confirmed a
400-target plan. The confirmation already ran in a worker thread; what made everyone wait was the
answer index: the first look-up after the commit rebuilt it for the new plan, holding the lock
every other look-up waited on. Now the confirmation indexes the plan itself before saying 已入库,
and look-ups meanwhile answer from the previous snapshot (``LiveIndex.refreshed_after``); the figures are
``benchmarks.confirm_latency``'s. Here the build is made slow on purpose, so that the behaviour,
not the machine's speed, decides.
"""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from benchmarks.confirm_lock import plan_text
from policybot.handlers import upload
from policybot.knowledge.search import KnowledgeIndex, LiveIndex
from test_admin_samples import STRANGER, admin_bot

SLOW_BUILD_SECONDS = 4.0


async def test_a_lookup_during_a_confirm_does_not_wait_for_the_new_plans_index(
    sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with admin_bot(sqlite_engine) as bot:
        bot.timeout = 60
        await bot.upload(plan_text(24, "质量提升", 5).encode(), filename="first.txt")
        (stored,) = await bot.press("确认入库")
        assert "已入库" in stored.text, stored.text
        (before,) = await bot.say("/targets 示范市", chat_id=STRANGER, user_id=STRANGER)
        assert "共 24 项" in before.text, before.text
        await bot.upload(plan_text(40, "品牌建设", 8).encode(), filename="second.txt")

        committed = threading.Event()
        real_confirm = upload.confirm_upload
        real_build = LiveIndex._build

        def confirm(*args: Any, **kwargs: Any) -> Any:
            result = real_confirm(*args, **kwargs)
            committed.set()
            return result

        def slow_build(self: LiveIndex) -> KnowledgeIndex:
            time.sleep(SLOW_BUILD_SECONDS)
            return real_build(self)

        monkeypatch.setattr(upload, "confirm_upload", confirm)
        monkeypatch.setattr(LiveIndex, "_build", slow_build)
        press = bot.emulator.press(bot.chat_id, bot.user_id, "确认入库")
        assert await asyncio.to_thread(committed.wait, 30)

        started = time.monotonic()
        (meanwhile,) = await bot.say("/targets 示范市", chat_id=STRANGER, user_id=STRANGER)
        waited = time.monotonic() - started
        # Before: the look-up built the index for the new plan itself (the slow build).
        assert waited < SLOW_BUILD_SECONDS / 2, f"the look-up waited {waited:.1f} s"
        assert "共 24 项" in meanwhile.text, meanwhile.text  # the snapshot before the plan

        await bot.wait_processed(press)
        done = bot.emulator.latest_message(bot.chat_id)
        assert done is not None and "已入库" in done.text, done
        # Told 已入库, anyone asking finds the new plan, without waiting for a build.
        started = time.monotonic()
        (after,) = await bot.say("/targets 示范市", chat_id=STRANGER, user_id=STRANGER)
        assert time.monotonic() - started < SLOW_BUILD_SECONDS / 2
        assert "共 64 项" in after.text, after.text
