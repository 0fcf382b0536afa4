"""A real SIGKILL at each point of 确认入库, then a restart (robust36).

The process that confirms is killed by the signal (``confirm_killer``), so nothing after the
point runs; the restarted bot, in this process, must leave the store whole and tell the admin
what became of the plan: NOT stored, with 确认入库 again, before the plan's commit; stored,
with /undo, after it — exactly once, except after the answer itself, where the kill may land
between Telegram taking the answer and the row being dropped (told again, never lost).
"""

from __future__ import annotations

import signal
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from confirm_killer import NOTICE, POINTS
from policybot.clock import FakeClock
from test_admin_samples import ADMIN, NOW, admin_bot
from test_confirm_interrupted import AFTER_A_RESTART, documents, pending, told
from test_confirm_interrupted_reply import expiries, ingests

KILLER = Path(__file__).parent / "confirm_killer.py"
BEFORE_THE_PLAN = ("before the mark", "in the plan's transaction")


@pytest.mark.parametrize("point", list(POINTS))
async def test_a_sigkill_anywhere_in_a_confirm_loses_nothing_and_is_told(
    engine: Engine, point: str
) -> None:
    url = engine.url.render_as_string(hide_password=False)
    killed = subprocess.run(
        [sys.executable, str(KILLER), url, point], capture_output=True, timeout=120
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()[-2000:]
    stored = point not in BEFORE_THE_PLAN
    assert len(documents(engine)) == len(ingests(engine)) == int(stored)

    clock = FakeClock(NOW + AFTER_A_RESTART)
    async with admin_bot(engine, clock=clock) as bot:
        if point == "before the mark":  # nothing was marked: the old preview still works
            await bot.say("/help")
            assert not any("入库" in m.text for m in bot.emulator.world.outbox)
            assert len(pending(engine)) == 1
        elif not stored:
            notice = await told(bot, ADMIN)
            assert "未入库" in notice.text and "确认入库" in notice.labels, notice
            (again,) = await bot.press("确认入库")
            assert again.text.startswith("已入库"), again.text
        else:
            notice = await told(bot, ADMIN)
            assert "已入库" in notice.text and "/undo" in notice.text, notice.text
            assert "未入库" not in notice.text and not notice.labels, notice
            await bot.say("/help")  # and nothing more
            assert len([m for m in bot.emulator.world.outbox if "已入库" in m.text]) == 1
    assert len(documents(engine)) == len(ingests(engine)) == int(point != "before the mark")
    assert expiries(engine) == [] and len(pending(engine)) == int(point == "before the mark")


def kill(engine: Engine, point: str) -> None:
    url = engine.url.render_as_string(hide_password=False)
    killed = subprocess.run(
        [sys.executable, str(KILLER), url, point], capture_output=True, timeout=120
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr.decode()[-2000:]


@pytest.mark.parametrize("point", ["in the plan's transaction", "after the plan's commit"])
async def test_a_sigkill_while_the_notice_is_sent_leaves_it_owed(
    engine: Engine, point: str
) -> None:
    """attack36 M1: the recovery pass dropped or unmarked the row before its notice was sent,
    so a kill during the send lost it for good. The claim it leaves is told once stale."""
    kill(engine, point)
    kill(engine, NOTICE)
    assert len(pending(engine)) == 1
    stored = point not in BEFORE_THE_PLAN
    clock = FakeClock(NOW + 2 * AFTER_A_RESTART + timedelta(minutes=1))
    async with admin_bot(engine, clock=clock) as bot:
        notice = await told(bot, ADMIN)
        assert ("已入库" if stored else "未入库") in notice.text, notice.text
    assert len(documents(engine)) == len(ingests(engine)) == int(stored)
    assert expiries(engine) == []
