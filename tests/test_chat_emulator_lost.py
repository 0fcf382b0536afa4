"""The offline chat's line when its emulator connection fails named api.telegram.org (the
configured ``telegram.base_url``), which the offline chat never talks to; it names the emulator
(stop 46's leftover)."""

from __future__ import annotations

import io

import pytest

from emulator_fixtures import build_echo_bot
from policybot.bot.chat import run_chat
from policybot.bot.emulator import BotApiEmulator
from policybot.bot.failures import explain
from policybot.config import Settings


async def test_a_lost_emulator_connection_names_the_emulator() -> None:
    emulator = BotApiEmulator()
    emulator.inject_fault("getMe", "drop", count=10)
    with pytest.raises(Exception) as caught:
        await run_chat(
            build_echo_bot, stdin=io.StringIO("你好\n"), stdout=io.StringIO(), emulator=emulator
        )
    line = explain(caught.value, Settings())
    assert "api.telegram.org" not in line, line
    assert "emulator at http://127.0.0.1:" in line, line
