"""Run by ``test_confirm_sigkill`` in a process of its own: upload a plan, press 确认入库, and
die by a real SIGKILL at the named point of the confirmation (nothing after it runs: no
``finally``, no rollback, no clean-up). With ``notice``: start the bot a restart later and die
while it sends the recovery pass's notice of that confirmation (attack36).

    python tests/confirm_killer.py DATABASE_URL POINT
    python tests/confirm_killer.py DATABASE_URL notice
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from telegram import CallbackQuery
from telegram.ext import ExtBot

from policybot.clock import FakeClock
from policybot.handlers import upload
from policybot.knowledge import uploads
from policybot.knowledge.database import make_engine
from test_admin_samples import NOW, PLAN_V1, admin_bot
from test_confirm_interrupted import AFTER_A_RESTART

# Each point in the order a confirmation reaches it.
POINTS: dict[str, tuple[Any, str]] = {
    "before the mark": (uploads, "_mark_confirming"),
    "in the plan's transaction": (uploads, "_mark_stored"),
    "after the plan's commit": (upload, "result_html"),
    "while answering": (CallbackQuery, "edit_message_text"),
    "after the answer": (upload, "answered"),
}


def _die(*_args: Any, **_kwargs: Any) -> Any:
    os.kill(os.getpid(), signal.SIGKILL)


async def _confirm_and_die(url: str, point: str) -> None:
    engine = make_engine(url)
    async with admin_bot(engine, clock=FakeClock(NOW)) as bot:
        await bot.upload(PLAN_V1.encode(), filename="plan.txt")
        setattr(*POINTS[point], _die)
        bot.raise_handler_errors = False
        await bot.press("确认入库")
    raise SystemExit(f"not killed {point}")


NOTICE = "notice"


async def _notify_and_die(url: str) -> None:
    real_send = ExtBot.send_message

    async def send(self: ExtBot, chat_id: Any, text: str, **kwargs: Any) -> Any:
        if "入库" in text:
            _die()
        return await real_send(self, chat_id, text, **kwargs)

    ExtBot.send_message = send  # type: ignore[method-assign]
    engine = make_engine(url)
    async with admin_bot(engine, clock=FakeClock(NOW + AFTER_A_RESTART)):
        await asyncio.sleep(20)
    raise SystemExit("not killed while telling")


if __name__ == "__main__":  # the upload's worker process imports this module too
    if sys.argv[2] == NOTICE:
        asyncio.run(_notify_and_die(sys.argv[1]))
    else:
        asyncio.run(_confirm_and_die(sys.argv[1], sys.argv[2]))
