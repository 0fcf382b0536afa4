"""A question typed while an /edit waits for a value is not stored as the value (attack39)."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.clock import FakeClock
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import RecurringDuty
from test_reminders_digest import OWNER, local, running

NOTICE = """试点市关于加强品牌培育工作的通知
试政办发〔2027〕3号
试点市人民政府办公室
2027年1月8日

一、建立报送制度。各区市场监管分局每月5日前向市市场监管局报送上月品牌培育工作情况。
"""


async def test_a_question_is_not_stored_as_a_title(sqlite_engine: Engine) -> None:
    assert ingest_bytes(sqlite_engine, NOTICE.encode(), "notice.txt").result is not None
    with Session(sqlite_engine) as session:
        (duty,) = [d for d in session.exec(select(RecurringDuty)) if d.due_day == 5]
    async for bot in running(sqlite_engine, FakeClock(local(2027, 3, 1, 10))):
        await bot.say(f"/edit recurring {duty.id}", chat_id=OWNER, user_id=OWNER)
        await bot.press("事项", chat_id=OWNER, user_id=OWNER)
        replies = await bot.say("试点市每月要报送什么?", chat_id=OWNER, user_id=OWNER)
        assert not any("已修改" in reply.text for reply in replies), [r.text for r in replies]
