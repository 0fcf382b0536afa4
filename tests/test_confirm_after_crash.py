"""确认入库 pressed again after the bot died between storing the plan and answering.

Trial (SIGKILL while confirming): the plan is stored in one transaction and the pending upload
is dropped after it, so a process killed in between leaves the preview's buttons live. Nothing
is lost or stored twice — but the admin, who never saw an answer, pressed again and read
"已存在:文档 #N…,未重复入库", as if the plan had been in the store before: whether their own
upload went in, and that /undo takes it back, was not said. A confirmation always finds a plan
stored *after* its preview (a preview of stored content offers no button), so it now says so.
Since robust36 the row stays, marked with what was stored, until 已入库 is said: the second
press gives the answer the first one owed.
"""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.handlers import upload
from policybot.knowledge.models import Document
from test_admin_samples import PLAN_V1, admin_bot


async def test_a_second_press_after_a_crash_says_the_plan_is_stored(
    sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with admin_bot(sqlite_engine) as bot:
        await bot.upload(PLAN_V1.encode(), filename="plan.txt")
        real_answer = upload.result_html

        def killed(*args: Any, **kwargs: Any) -> str:
            raise SystemError("the process died here")  # after the store's commit

        monkeypatch.setattr(upload, "result_html", killed)
        bot.raise_handler_errors = False
        await bot.press("确认入库")
        monkeypatch.setattr(upload, "result_html", real_answer)
        bot.raise_handler_errors = True
        with Session(sqlite_engine) as session:
            (document,) = session.exec(select(Document)).all()

        replies = await bot.press("确认入库")
        text = replies[-1].text
        assert "已入库" in text and f"#{document.id}" in text, text
        assert "已存在" not in text and "/undo" in text, text
        with Session(sqlite_engine) as session:
            assert len(session.exec(select(Document)).all()) == 1
        (asked,) = await bot.say("/undo")  # an upload's undo asks first (fix42a)
        assert "确定撤销吗" in asked.text, asked.text
        (undone,) = await bot.press("确认撤销入库")
        assert f"文档 #{document.id}" in undone.text and "已删除" in undone.text, undone.text
