"""attack43: fix50's commands given a word as long as a message may be (4,000 characters):
each is answered within Telegram's 4,096 characters (an unclipped echo fails the reply)."""

from __future__ import annotations

import pytest

from policybot.bot.harness import OfflineHarness
from test_admin_samples import OWNER, STRANGER

HUGE = "计划" * 2000


@pytest.mark.parametrize(
    "text",
    [
        f"/retire {HUGE}",
        f"/retire 示范市 {HUGE} superseded",
        f"/restore {HUGE}",
        f"/search {HUGE}",
        f"/search 质量 {HUGE[:3000]}",
        f"/calc 示范市 {HUGE}",
        "/calc 示范市 " + "; ".join(["国家标准 参与 2"] * 400),
        f"/glossary {HUGE[:1000]} = {HUGE[:2000]}",
    ],
)
async def test_a_huge_word_is_answered(sqlite_plan_bot: OfflineHarness, text: str) -> None:
    for who in (OWNER, STRANGER):
        replies = await sqlite_plan_bot.say(text, chat_id=who, user_id=who)
        assert replies and all(len(reply.text) < 4096 for reply in replies), text[:40]
