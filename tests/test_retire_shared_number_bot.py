"""/retire of a 文号 two regions' plans share (stop 38): the admin chooses the plan by a button
naming its region and title, not by typing an id read from the text; a stranger's press changes
nothing; the retirement is audited and undone as /retire #id's."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.harness import OfflineHarness
from policybot.knowledge.models import AuditEntry, Document, DocumentStatus
from test_admin_samples import ADMIN, DOC_NUMBER, GROUP, PLAN_V1, STRANGER

# Invented: another city's plan typed with the sample plan's 文号.
ELSEWHERE = PLAN_V1.replace("示范市", "样岭市")


def _statuses(engine: Engine) -> dict[str, str]:
    with Session(engine) as session:
        return {d.region or "": d.status for d in session.exec(select(Document))}


def _actions(engine: Engine) -> list[str]:
    with Session(engine) as session:
        return [e.action for e in session.exec(select(AuditEntry).order_by(AuditEntry.id))]  # type: ignore[arg-type]


async def test_a_shared_number_is_retired_by_choosing_a_button(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    bot = sqlite_plan_bot
    await bot.upload(ELSEWHERE.encode(), filename="elsewhere.txt")
    await bot.press("确认入库")
    assert set(_statuses(sqlite_engine).values()) == {DocumentStatus.ACTIVE}
    (question,) = await bot.say(f"/retire {DOC_NUMBER}", chat_id=GROUP, user_id=ADMIN)
    labels = [button.label for row in question.buttons for button in row]
    assert "#" not in question.text, question.text
    assert labels[-1] == "取消" and len(labels) == 3, labels
    assert any(label.startswith("样岭市") for label in labels), labels
    assert any(label.startswith("示范市") for label in labels), labels
    elsewhere = next(label for label in labels if label.startswith("样岭市"))
    before = _actions(sqlite_engine)

    refused = await bot.press(elsewhere, chat_id=GROUP, user_id=STRANGER)
    assert set(_statuses(sqlite_engine).values()) == {DocumentStatus.ACTIVE}, refused
    assert _actions(sqlite_engine) == before

    (done,) = await bot.press(elsewhere, chat_id=GROUP, user_id=ADMIN)
    assert "文档已停用" in done.text and "样岭市" in done.text, done.text
    statuses = _statuses(sqlite_engine)
    assert [r for r, s in statuses.items() if s == DocumentStatus.EXPIRED] == ["样岭市"], statuses
    assert _actions(sqlite_engine) == [*before, "retire"]
    (undone,) = await bot.say("/undo", chat_id=GROUP, user_id=ADMIN)
    assert set(_statuses(sqlite_engine).values()) == {DocumentStatus.ACTIVE}, undone.text


async def test_cancel_retires_nothing(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    bot = sqlite_plan_bot
    await bot.upload(ELSEWHERE.encode(), filename="elsewhere.txt")
    await bot.press("确认入库")
    await bot.say(f"/retire {DOC_NUMBER} superseded")
    (cancelled,) = await bot.press("取消")
    assert "未停用" in cancelled.text
    assert set(_statuses(sqlite_engine).values()) == {DocumentStatus.ACTIVE}
