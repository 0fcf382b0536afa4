"""attack54 M3: two admins preview the same file and both press 确认入库. One copy is stored
(right), but the admin whose press came second was told "可用 /undo 撤销你的入库" — and their
/undo then had nothing to undo, as the upload is the other admin's. They are now told whose it
is; the admin who stored it can still take it back."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.models import Document
from test_admin_samples import OWNER, PLAN_V1, admin_bot


async def test_the_second_admin_is_told_the_upload_is_anothers(sqlite_engine: Engine) -> None:
    async with admin_bot(sqlite_engine) as bot:
        await bot.upload(PLAN_V1.encode(), filename="plan.txt", chat_id=OWNER, user_id=OWNER)
        await bot.upload(PLAN_V1.encode(), filename="plan.txt")
        first = (await bot.press("确认入库", chat_id=OWNER, user_id=OWNER))[-1].text
        assert "已入库" in first and "撤销本次入库" in first, first

        second = (await bot.press("确认入库"))[-1].text
        assert "已入库" in second and "未重复入库" in second, second
        assert "另一位管理员" in second and "撤销你的入库" not in second, second
        with Session(sqlite_engine) as session:
            assert len(session.exec(select(Document)).all()) == 1

        (nothing,) = await bot.say("/undo")
        assert "没有可以撤销" in nothing.text, nothing.text
        (asked,) = await bot.say("/undo", chat_id=OWNER, user_id=OWNER)
        assert "确定撤销吗" in asked.text, asked.text
