"""How long another chat's look-up waits while an admin's large upload is previewed and confirmed.

Run as ``python -m benchmarks.confirm_latency [--targets 400] [--rounds 3]``; prints one JSON
object. The real bot (``build_application``) polls the emulator over a SQLite store holding the
bundled plans. A user asks ``/targets 湖州`` (``QUESTION``) alone (``idle``), then while an admin's
file of ``--targets`` targets (``benchmarks.confirm_lock.plan_text``) is read and previewed
(``during_preview``), then while the admin's 确认入库 of it runs (``during_confirm``), and once
more after it (``after_confirm``, which includes rebuilding the answer index for the new plan).
Each figure is the median of ``--rounds`` look-ups in seconds; ``confirm_seconds`` is how long
the 确认入库 took. The trial's machine (two busy cores): 5–7 s idle, 22 s during a confirm of a
400-target plan.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.confirm_lock import plan_text
from policybot.bot.app import build_application
from policybot.bot.emulator import BotApiEmulator
from policybot.bot.harness import OfflineHarness
from policybot.clock import FakeClock
from policybot.config import BotSettings, Settings
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.ingest import load_seeds_if_empty
from policybot.services import Services

ADMIN, USER = 7001, 7002
QUESTION = "/targets 湖州"
NOW = datetime(2024, 6, 1, 1, 0, tzinfo=UTC)


async def _asked(harness: OfflineHarness) -> float:
    """Seconds from the user's question to the bot's answer."""
    started = time.perf_counter()
    replies = await harness.say(QUESTION, chat_id=USER, user_id=USER)
    assert replies, "no answer"
    return time.perf_counter() - started


async def _while(harness: OfflineHarness, update_id: int, rounds: int) -> list[float]:
    """Look-ups asked while ``update_id`` (the admin's) is being handled; at least one."""
    await asyncio.sleep(0.3)  # let the admin's update reach its handler
    times = [await _asked(harness)]
    while len(times) < rounds and harness.processor.processed.get(update_id, 0) == 0:
        times.append(await _asked(harness))
    return times


class LoopLag:
    """The longest the event loop was late to wake a task sleeping 10 ms at a time: how long
    it was blocked (every chat's updates wait that long)."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            started = time.perf_counter()
            await asyncio.sleep(0.01)
            self.longest = max(self.longest, time.perf_counter() - started - 0.01)

    def __enter__(self) -> LoopLag:
        self._task = asyncio.get_running_loop().create_task(self._run())
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._task is not None:
            self._task.cancel()


async def measure(folder: Path, targets: int, rounds: int) -> dict[str, Any]:
    engine = make_engine(f"sqlite:///{folder / 'latency.db'}")
    upgrade_database(engine)
    load_seeds_if_empty(engine)
    settings = Settings(bot=BotSettings(load_seeds=False, owners=(ADMIN,)))
    services = Services(settings, engine, FakeClock(NOW))
    emulator = BotApiEmulator()
    emulator.add_private_chat(ADMIN)
    emulator.add_private_chat(USER)
    result: dict[str, Any] = {"targets": targets}
    async with (
        emulator,
        OfflineHarness(
            lambda builder: build_application(settings, services, builder=builder),
            emulator=emulator,
            chat_id=ADMIN,
            user_id=ADMIN,
            timeout=900,
        ) as harness,
    ):
        await _asked(harness)
        result["idle"] = [await _asked(harness) for _ in range(rounds)]
        raw = plan_text(targets).encode()
        upload = emulator.push_document(ADMIN, ADMIN, "plan.txt", raw, "text/plain")
        with LoopLag() as lag:
            result["during_preview"] = await _while(harness, upload, rounds)
            await harness.wait_processed(upload)
        result["loop_blocked_preview_s"] = round(lag.longest, 3)
        started = time.perf_counter()
        press = emulator.press(ADMIN, ADMIN, "确认入库")
        with LoopLag() as lag:
            result["during_confirm"] = await _while(harness, press, rounds)
            await harness.wait_processed(press)
        result["loop_blocked_confirm_s"] = round(lag.longest, 3)
        result["confirm_seconds"] = round(time.perf_counter() - started, 2)
        reply = emulator.latest_message(ADMIN)
        assert reply is not None and "已入库" in reply.text, reply
        result["after_confirm"] = [await _asked(harness)]
    engine.dispose()
    for key in ("idle", "during_preview", "during_confirm", "after_confirm"):
        times = result[key]
        result[key] = {
            "n": len(times),
            "median_s": round(statistics.median(times), 2),
            "max_s": round(max(times), 2),
        }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--targets", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        result = asyncio.run(measure(Path(folder), args.targets, args.rounds))
    print(json.dumps(result, ensure_ascii=False))


if __name__ == "__main__":
    main()
