"""attack54 M4: /targets 示范市, then /retire of its plan, then 下一页 or 出处 on the old reply
showed the retired plan's items as current, with no 已停用 mark, and their quotes. A button of
a reply whose cited documents have been retired, replaced or undone since now says so and asks
for the question again; a reply whose documents are unchanged still turns its pages."""

from __future__ import annotations

from policybot.bot.harness import OfflineHarness
from policybot.handlers.paging import CHANGED


async def test_a_button_of_a_reply_citing_a_retired_plan_says_so(
    sqlite_plan_bot: OfflineHarness,
) -> None:
    bot = sqlite_plan_bot
    (reply,) = await bot.say("/targets 示范市")
    assert "20家" in reply.text and "出处" in reply.labels, reply.text
    (sources,) = await bot.press("出处")  # unchanged: the quotes are sent
    assert "20家" in sources.text, sources.text

    (retired,) = await bot.say("/retire 1")
    assert "文档已停用" in retired.text, retired.text
    assert await bot.press("出处") == []  # the old reply's button: nothing sent, nothing edited
    answer = bot.callback_answer()
    assert answer is not None and answer.answer_text == CHANGED, answer

    (again,) = await bot.say("/targets 示范市")  # asked again: the plan is not current
    assert "20家" not in again.text or "停用" in again.text, again.text
