"""Undo with two admins (#17, reliability round 3): /undo reverts only what its entry changed,
refuses (naming who changed what, when) rather than overwrite a later change, and an entry that
can no longer be undone is reported once and passed over, so the undo history never sticks.
Undoing an upload that others' work depends on (progress reports, reminder marks, other admins'
edits) asks first, with a button, counting what would be lost."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.harness import OfflineHarness
from policybot.knowledge import audit
from policybot.knowledge.editing import (
    delete_fact,
    restore_document,
    retire_document,
    update_fact,
)
from policybot.knowledge.models import AuditEntry, Document, DocumentStatus, ProgressReport, Target
from policybot.knowledge.progress import report_progress
from policybot.knowledge.reminder_items import ReminderState
from policybot.knowledge.store import ingest_extraction
from policybot.knowledge.undo import CannotUndo, NeedsConfirmation, UndoError, undo_last
from test_admin_samples import ADMIN, OWNER
from test_scheduler_support import plan, target

A, B = 111, 222


def stored_target(engine: Engine, target_id: int) -> Target:
    with Session(engine) as session:
        found = session.get(Target, target_id)
        assert found is not None
        return found


def first_target_id(engine: Engine, document_id: int | None = None) -> int:
    with Session(engine) as session:
        statement = select(Target.id)
        if document_id is not None:
            statement = statement.where(Target.document_id == document_id)
        found = session.exec(statement).first()
        assert found is not None
        return found


def test_undo_refuses_to_bring_back_a_fact_another_admin_deleted(engine: Engine) -> None:
    ingest_extraction(engine, plan(targets=[target("培育示范企业", value=3)]))
    target_id = first_target_id(engine)
    update_fact(engine, A, "target", target_id, "value", "5")
    delete_fact(engine, B, "target", target_id)
    with pytest.raises(UndoError) as refusal:
        undo_last(engine, A)
    assert f"用户 {B}" in str(refusal.value) and "删除了目标" in str(refusal.value)
    assert "未做任何更改" in str(refusal.value)
    kept = stored_target(engine, target_id)
    assert kept.deleted_at is not None and kept.value == 5


def test_undo_reverts_only_the_field_its_entry_changed(engine: Engine) -> None:
    ingest_extraction(engine, plan(targets=[target("培育示范企业", value=3)]))
    target_id = first_target_id(engine)
    update_fact(engine, A, "target", target_id, "value", "5")
    update_fact(engine, B, "target", target_id, "unit", "个")
    assert "已撤销修改" in undo_last(engine, A).description
    restored = stored_target(engine, target_id)
    assert restored.value == 3 and restored.unit == "个"


def test_undo_refuses_when_the_same_field_changed_since_and_names_who(engine: Engine) -> None:
    ingest_extraction(engine, plan(targets=[target("培育示范企业", value=3)]))
    target_id = first_target_id(engine)
    update_fact(engine, A, "target", target_id, "value", "5")
    update_fact(engine, B, "target", target_id, "value", "7")
    with pytest.raises(UndoError, match=f"用户 {B} 于 .*修改了目标 #{target_id} 的「目标值」"):
        undo_last(engine, A)
    assert stored_target(engine, target_id).value == 7


def test_undo_refuses_a_retire_when_the_document_changed_since(engine: Engine) -> None:
    document_id = ingest_extraction(engine, plan(targets=[target("X", value=1)])).document_id
    retire_document(engine, A, str(document_id))
    restore_document(engine, B, str(document_id))
    retire_document(engine, B, str(document_id), DocumentStatus.SUPERSEDED)
    with pytest.raises(UndoError, match=f"用户 {B} 于 .*「已被替代」"):
        undo_last(engine, A)
    with Session(engine) as session:
        assert session.get(Document, document_id).status == DocumentStatus.SUPERSEDED  # type: ignore[union-attr]


def test_an_entry_whose_fact_is_gone_is_reported_once_then_passed_over(engine: Engine) -> None:
    first = plan(targets=[target("X", value=1)], doc_number="样政发〔2018〕9号")
    first_id = ingest_extraction(engine, first).document_id
    retire_document(engine, A, str(first_id))  # A's older change
    second = plan(targets=[target("培育示范企业", value=3)], doc_number="样政发〔2018〕2号")
    second_id = ingest_extraction(engine, second, actor_id=B).document_id
    update_fact(engine, A, "target", first_target_id(engine, second_id), "value", "5")
    with pytest.raises(NeedsConfirmation) as question:  # A's edit hangs on it: B is asked
        undo_last(engine, B)
    undo_last(engine, B, confirmed=question.value.token)  # removes it with A's edited fact
    with pytest.raises(CannotUndo, match="已不存在") as reported:
        undo_last(engine, A)
    assert "再次 /undo" in str(reported.value)
    # The next /undo goes on to A's previous change: the retirement.
    assert "已撤销停用" in undo_last(engine, A).description
    with Session(engine) as session:
        assert session.get(Document, first_id).status == DocumentStatus.ACTIVE  # type: ignore[union-attr]
        skips = session.exec(select(AuditEntry).where(AuditEntry.action == audit.UNDO_SKIP)).all()
        assert len(skips) == 1 and skips[0].actor_id == A
    with pytest.raises(UndoError, match="没有可以撤销"):
        undo_last(engine, A)


async def test_undo_in_the_chat_names_the_later_change_and_moves_on(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    update_fact(engine, ADMIN, "target", 1, "value", "25")
    delete_fact(engine, OWNER, "target", 1)
    (refusal,) = await plan_bot.say("/undo")
    assert f"用户 {OWNER}" in refusal.text and "删除了目标 #1" in refusal.text
    assert "再次 /undo" in refusal.text and stored_target(engine, 1).deleted_at is not None
    (history,) = await plan_bot.say("/history")
    assert "标记无法撤销" in history.text
    # The upload (ADMIN's previous change) is next, not the same refusal again.
    (next_undo,) = await plan_bot.say("/undo")
    assert "无法撤销你的「修改」" not in next_undo.text


# -- defect 3: undoing an upload that others' work depends on asks first -----------------------


def test_undoing_an_upload_with_others_work_on_it_asks_first(engine: Engine) -> None:
    extraction = plan(targets=[target("培育示范企业", value=30)])
    document_id = ingest_extraction(engine, extraction, actor_id=A).document_id
    target_id = first_target_id(engine)
    report_progress(
        engine,
        target_ref=str(target_id),
        value_text="12",
        user_id=999,
        chat_id=-100111,
        is_admin=True,
        now=datetime(2025, 3, 1, tzinfo=UTC),
    )
    with Session(engine) as session:
        session.add(
            ReminderState(
                chat_id=-100111,
                item_kind="target",
                item_id=target_id,
                done_through=date(2018, 12, 31),
                done_at=datetime(2025, 3, 1, tzinfo=UTC),
                done_by=999,
            )
        )
        session.commit()
    with pytest.raises(NeedsConfirmation) as question:
        undo_last(engine, A)
    assert "进展报送 1 条" in str(question.value) and "已完成/推迟记录 1 条" in str(question.value)
    with Session(engine) as session:  # nothing is gone yet
        assert session.get(Document, document_id) is not None
        assert len(session.exec(select(ProgressReport)).all()) == 1
    assert "已撤销入库" in undo_last(engine, A, confirmed=question.value.token).description
    with Session(engine) as session:
        assert session.get(Document, document_id) is None


def test_a_confirmation_holds_only_for_what_it_counted(engine: Engine) -> None:
    document_id = ingest_extraction(engine, plan(targets=[target("X", value=3)]), actor_id=A)
    update_fact(engine, B, "target", first_target_id(engine), "value", "4")
    with pytest.raises(NeedsConfirmation, match="其他管理员的修改 1 处") as question:
        undo_last(engine, A)
    update_fact(engine, B, "target", first_target_id(engine), "value", "5")
    with pytest.raises(NeedsConfirmation, match="其他管理员的修改 2 处"):
        undo_last(engine, A, confirmed=question.value.token)
    with Session(engine) as session:
        assert session.get(Document, document_id.document_id) is not None


async def test_undo_of_an_upload_in_the_chat_asks_with_a_button(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    report_progress(
        engine, target_ref="1", value_text="8", user_id=OWNER, chat_id=OWNER, is_admin=True
    )
    (question,) = await plan_bot.say("/undo")
    assert "进展报送 1 条" in question.text and question.labels == ["确认撤销入库", "取消"]
    (cancelled,) = await plan_bot.press("取消")
    assert "已取消" in cancelled.text
    with Session(engine) as session:
        assert session.exec(select(Document)).first() is not None
    await plan_bot.say("/undo")
    (done,) = await plan_bot.press("确认撤销入库")
    assert "已撤销入库" in done.text
    with Session(engine) as session:
        assert session.exec(select(Document)).first() is None


def test_undoing_the_middle_of_a_replacement_chain_keeps_one_active_version(
    engine: Engine,
) -> None:
    """v1 → v2 (admin A) → v3 (admin B); A undoes v2. v1 used to come back beside v3: two
    active versions of one document number, each listing its own targets."""
    first = ingest_extraction(engine, plan(targets=[target("培育示范企业", value=20)]), actor_id=B)
    second = ingest_extraction(engine, plan(targets=[target("培育示范企业", value=25)]), actor_id=A)
    third = ingest_extraction(engine, plan(targets=[target("培育示范企业", value=30)]), actor_id=B)
    assert second.replaced_document_id == first.document_id
    assert third.replaced_document_id == second.document_id
    description = undo_last(engine, A).description
    assert f"#{first.document_id}" in description and f"#{third.document_id} 取代" in description
    with Session(engine) as session:
        active = session.exec(select(Document).where(Document.status == DocumentStatus.ACTIVE))
        assert [d.id for d in active] == [third.document_id]
        oldest = session.get(Document, first.document_id)
        assert oldest is not None and oldest.status == DocumentStatus.SUPERSEDED
        assert oldest.superseded_by_id == third.document_id
        values = sorted(t.value for t in session.exec(select(Target)) if t.value is not None)
        assert values == [20, 30]  # v2's facts are gone, v1's kept as history, v3's live


def test_undoing_the_newest_version_brings_the_previous_one_back(engine: Engine) -> None:
    first = ingest_extraction(engine, plan(targets=[target("培育示范企业", value=20)]), actor_id=B)
    ingest_extraction(engine, plan(targets=[target("培育示范企业", value=25)]), actor_id=A)
    assert "恢复为有效" in undo_last(engine, A).description
    with Session(engine) as session:
        active = session.exec(select(Document).where(Document.status == DocumentStatus.ACTIVE))
        assert [d.id for d in active] == [first.document_id]


def test_the_undo_question_says_which_older_version_comes_back(engine: Engine) -> None:
    """Asked before an upload's undo, the admin reads that the version it replaced will be the
    one in force again (answers and reminders use it), not only what is deleted."""
    first = ingest_extraction(engine, plan(targets=[target("培育示范企业", value=20)]), actor_id=B)
    ingest_extraction(engine, plan(targets=[target("培育示范企业", value=25)]), actor_id=A)
    with pytest.raises(NeedsConfirmation) as asked:
        undo_last(engine, A, ask_before_upload=True)
    assert f"旧版本文档 #{first.document_id} 将恢复为有效" in str(asked.value)


def test_the_undo_question_of_a_replaced_version_promises_nothing_back(engine: Engine) -> None:
    ingest_extraction(engine, plan(targets=[target("培育示范企业", value=20)]), actor_id=B)
    ingest_extraction(engine, plan(targets=[target("培育示范企业", value=25)]), actor_id=A)
    ingest_extraction(engine, plan(targets=[target("培育示范企业", value=30)]), actor_id=B)
    with pytest.raises(NeedsConfirmation) as asked:
        undo_last(engine, A, ask_before_upload=True)
    assert "将恢复为有效" not in str(asked.value)
