"""/undo of an upload asks first (fix42a).

Found in a trial: edit → retire → /undo → /undo, then a third /undo deleted the whole uploaded
plan at once ("已撤销入库:文档 #6 及其事实已删除"). One stray command must not delete a plan:
the chat's /undo names the plan and how many facts go, and deletes only on 确认撤销入库 pressed
by the admin whose upload it was; other kinds of change stay one step.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.bot.harness import OfflineHarness
from policybot.knowledge.models import AuditEntry, Document
from test_admin_samples import OWNER


def documents(engine: Engine) -> int:
    with Session(engine) as session:
        return len(session.exec(select(Document)).all())


async def test_a_third_undo_asks_before_deleting_the_plan(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    bot, engine = sqlite_plan_bot, sqlite_engine
    await bot.say("/delete reward 1")
    await bot.press("确认删除")
    (retired,) = await bot.say("/retire 1")
    assert "文档已停用" in retired.text
    (first,) = await bot.say("/undo")
    assert "已撤销停用" in first.text and not first.labels  # other kinds: one step
    (second,) = await bot.say("/undo")
    assert "已撤销删除" in second.text and not second.labels
    (question,) = await bot.say("/undo")
    assert question.labels == ["确认撤销入库", "取消"], question.text
    assert "文档 #1《" in question.text and "条事实" in question.text, question.text
    assert "确定撤销吗" in question.text and documents(engine) == 1
    (cancelled,) = await bot.press("取消")
    assert "已取消" in cancelled.text and documents(engine) == 1
    await bot.say("/undo")
    others = await bot.press("确认撤销入库", user_id=OWNER)  # another admin's press: nothing
    assert not any("已撤销入库" in reply.text for reply in others)
    assert documents(engine) == 1
    await bot.say("/undo")
    (done,) = await bot.press("确认撤销入库")
    assert "已撤销入库" in done.text and documents(engine) == 0
    with Session(engine) as session:  # audited
        newest = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc())).first()
        assert newest is not None and newest.action == "undo"


async def test_undoing_an_upload_says_the_subscriptions_left_empty_and_keeps_them(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    """trial44 L4: chats following the plan's unit and region stayed subscribed with nothing
    behind them, and the prompt did not say so. It says how many now; they are kept (they are
    the chats' own, another user's among them)."""
    from policybot.scheduler.models import Subscription

    bot, engine = sqlite_plan_bot, sqlite_engine
    await bot.say("/subscribe 市财政局")
    (other,) = await bot.say("/subscribe 示范市", chat_id=OWNER, user_id=OWNER)
    assert "示范市" in other.text, other.text
    (question,) = await bot.say("/undo")
    assert question.labels == ["确认撤销入库", "取消"], question.text
    assert "2 个订阅" in question.text and "订阅保留" in question.text, question.text
    (done,) = await bot.press("确认撤销入库")
    assert "已撤销入库" in done.text and documents(engine) == 0
    with Session(engine) as session:
        kept = session.exec(select(Subscription).where(col(Subscription.active))).all()
    assert len(kept) == 2, kept
