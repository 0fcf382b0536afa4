"""/undo N: /history numbers every change (#12 …), so an admin types /undo 12.

Found in a trial: ``/undo 5`` ignored its number and undid the admin's newest change, whatever
#5 was. /undo still only takes back the admin's newest change; with a number it does so only
when that is the number, and otherwise says which change it would undo, changing nothing.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.bot.harness import OfflineHarness
from policybot.knowledge.models import AuditEntry, Document, DocumentStatus


def status_of_first(engine: Engine) -> str:
    with Session(engine) as session:
        document = session.get(Document, 1)
        assert document is not None
        return document.status


def newest_entry(engine: Engine) -> int:
    with Session(engine) as session:
        entry = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc())).first()
        assert entry is not None and entry.id is not None
        return entry.id


async def test_undo_with_another_number_changes_nothing(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    (retired,) = await plan_bot.say("/retire 1")
    assert "文档已停用" in retired.text
    newest = newest_entry(engine)
    for typed in (f"/undo {newest - 1}", "/undo 全部"):
        (refused,) = await plan_bot.say(typed)
        assert f"#{newest}" in refused.text and "未做任何更改" in refused.text, refused.text
        assert status_of_first(engine) == DocumentStatus.EXPIRED
    (undone,) = await plan_bot.say(f"/undo #{newest}")
    assert "已撤销" in undone.text, undone.text
    assert status_of_first(engine) == DocumentStatus.ACTIVE


async def test_history_of_a_kind_without_a_number_gives_the_usage(
    plan_bot: OfflineHarness,
) -> None:
    """``/history target`` answered 没有找到文档:target, as if "target" were a doc number."""
    for typed in ("/history target", "/history 目标", "/history reward"):
        (reply,) = await plan_bot.say(typed)
        assert "没有找到文档" not in reply.text and "/history target 12" in reply.text, reply.text
