"""attack43: /retire by title words (fix50) as a careless or hostile user. Invented plans."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.harness import OfflineHarness
from policybot.handlers.admin import RETIRE_CHOICE
from policybot.knowledge.models import Document, DocumentStatus
from test_admin_samples import ADMIN, PLAN_V1

STRANGER = 55501
OTHER_PLAN = PLAN_V1.replace("示府发〔2024〕7号", "示府发〔2024〕9号").replace(
    "品牌建设三年行动计划", "标准化提升行动计划"
)
RENAMED_V2 = PLAN_V1.replace("品牌建设三年行动计划", "品牌建设行动方案").replace(
    "2024年3月15日", "2024年9月1日"
)


def _docs(engine: Engine) -> dict[int, tuple[str, int | None]]:
    with Session(engine) as session:
        return {d.id or 0: (d.status, d.superseded_by_id) for d in session.exec(select(Document))}


async def test_a_stranger_cannot_retire_by_title_nor_by_a_forged_button(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    await sqlite_plan_bot.upload(OTHER_PLAN.encode(), filename="other.txt")
    await sqlite_plan_bot.press("确认入库")
    await sqlite_plan_bot.say("/retire 品牌建设三年行动计划", chat_id=STRANGER, user_id=STRANGER)
    (question,) = await sqlite_plan_bot.say("/retire 示范市 行动计划")
    data = [b.data for row in question.buttons for b in row if b.data]
    for forged in data:
        update_id = sqlite_plan_bot.emulator.push_callback(
            ADMIN, STRANGER, question.message_id, forged
        )
        await sqlite_plan_bot.wait_processed(update_id)
    assert {s for s, _ in _docs(sqlite_engine).values()} == {DocumentStatus.ACTIVE}


async def test_forged_retire_button_data_is_refused(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    await sqlite_plan_bot.upload(OTHER_PLAN.encode(), filename="other.txt")
    await sqlite_plan_bot.press("确认入库")
    (question,) = await sqlite_plan_bot.say("/retire 示范市 行动计划")
    prefix = RETIRE_CHOICE
    # a stale 取消 pressed twice edits the message to the same text: no handler failure
    forged_data = [f"{prefix}999:e", f"{prefix}1:x", f"{prefix}-1:e", f"{prefix}1", prefix]
    for forged in [*forged_data, f"{prefix}no", f"{prefix}no"]:
        update_id = sqlite_plan_bot.emulator.push_callback(
            ADMIN, ADMIN, question.message_id, forged
        )
        await sqlite_plan_bot.wait_processed(update_id)
    assert {s for s, _ in _docs(sqlite_engine).values()} == {DocumentStatus.ACTIVE}


async def test_retire_by_title_of_a_plan_in_force_and_its_old_version_then_undo(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    await sqlite_plan_bot.upload(RENAMED_V2.encode(), filename="v2.txt")
    await sqlite_plan_bot.press("确认入库")
    assert _docs(sqlite_engine) == {
        1: (DocumentStatus.SUPERSEDED, 2),
        2: (DocumentStatus.ACTIVE, None),
    }
    # "示范市 品牌建设" is in both titles: the one in force is meant
    (done,) = await sqlite_plan_bot.say("/retire 示范市 品牌建设 superseded")
    assert "#2" in done.text, done.text
    assert _docs(sqlite_engine)[2][0] == DocumentStatus.SUPERSEDED
    # #2 replaced by nobody: it must not be said replaced by #1 (its older version)
    assert _docs(sqlite_engine)[2][1] in (None,), _docs(sqlite_engine)
    await sqlite_plan_bot.say("/undo")
    assert _docs(sqlite_engine) == {
        1: (DocumentStatus.SUPERSEDED, 2),
        2: (DocumentStatus.ACTIVE, None),
    }


async def test_a_stale_button_or_an_id_of_no_document_retires_no_other_plan(
    sqlite_plan_bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    """A button for document #2024 (since deleted by /undo), or /retire 2024 typed for it, fell
    through to the title words: "2024" is in the title of #1 (…(2024—2026年)), which was
    retired instead. A number names a document by its id (or 文号), never by title words."""
    (question,) = await sqlite_plan_bot.say("/retire 示范市 行动计划")  # one match: retired
    await sqlite_plan_bot.say("/undo")
    update_id = sqlite_plan_bot.emulator.push_callback(
        ADMIN, ADMIN, question.message_id, f"{RETIRE_CHOICE}2024:e"
    )
    await sqlite_plan_bot.wait_processed(update_id)
    assert _docs(sqlite_engine)[1][0] == DocumentStatus.ACTIVE
    for typed in ("/retire 2024", "/retire #2024", "/retire 2024 superseded"):
        (reply,) = await sqlite_plan_bot.say(typed)
        assert "没有找到文档" in reply.text, (typed, reply.text)
    assert _docs(sqlite_engine)[1][0] == DocumentStatus.ACTIVE
