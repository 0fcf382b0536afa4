"""A re-read at start (0019/0020 forget the fingerprint) matches a fact by the sentence it was
read from, not by the fields a hand or a better reading changed (attack38b): a hand-edited duty
is not added again beside its edit, a duty read under a new title keeps its id, its ledger and
its 已完成; and a corrected upload with the same 文号 and title, region and issuer unknown in
both versions, replaces the first. Invented text (attack38b's plan_monthly)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.handlers.admin_format import preview_html
from policybot.knowledge.editing import update_fact
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.models import Document, DocumentStatus, RecurringDuty
from policybot.knowledge.reminder_items import ReminderState
from policybot.knowledge.rereading import reread_stale_documents
from policybot.knowledge.uploads import confirm_upload, prepare_upload
from test_scheduler_support import ingest

PLAN = """示范市数字政务提升行动实施方案
示政办发〔2026〕21号

为推进数字政务建设,制定本方案。实施期限为2026年至2027年。

一、工作任务
(一)建立月度调度机制。各区政务服务中心每月5日前向市数据局报送上月工作进展情况。
(二)市数据局每季度结束后10日内汇总形成季度分析报告,报市政府办公室。
(三)各县(市、区)每月10日、20日前报送政务热线办件质量数据,由市政务热线中心牵头。
(四)市政务服务中心于次月5日前报送上月“好差评”情况。
(五)各部门每月初报送上月数据共享需求清单,市大数据中心负责汇总。

二、保障措施
市数据局牵头,市财政局配合,确保2027年底前全市政务服务事项网上可办率达到98%。
"""
EDITOR = 5103
CHAT = -3801
ADMIN = 5104


def _live(engine: Engine) -> dict[int, RecurringDuty]:
    with Session(engine) as session:
        duties = session.exec(select(RecurringDuty).where(RecurringDuty.deleted_at.is_(None)))
        return {duty.id or 0: duty for duty in duties}


def _duty(engine: Engine, words: str, document_id: int = 1) -> int:
    (found,) = [
        i
        for i, duty in _live(engine).items()
        if words in duty.quote and duty.document_id == document_id
    ]
    return found


def _forget_fingerprint(engine: Engine) -> None:
    """What migrations 0019/0020 do to a plan with recurring duties."""
    with Session(engine) as session:
        for document in session.exec(select(Document)):
            document.extraction_fingerprint = None
            session.add(document)
        session.commit()


def test_a_hand_edited_duty_is_not_read_again_beside_its_edit(engine: Engine) -> None:
    ingest(engine, extract_text(PLAN, "plan_monthly.txt"))
    before = _live(engine)
    fifth, hotline = _duty(engine, "每月5日前向"), _duty(engine, "政务热线")
    update_fact(engine, EDITOR, "recurring", fifth, "every", "每季度")
    update_fact(engine, EDITOR, "recurring", hotline, "title", "报送政务热线办件质量数据(手改)")
    _forget_fingerprint(engine)
    assert set(reread_stale_documents(engine, now=datetime(2026, 4, 1, tzinfo=UTC)).values()) == {
        "updated"
    }
    after = _live(engine)
    assert set(after) == set(before)  # nothing added beside the edits, nothing lost
    assert after[fifth].every == "quarter"
    assert after[hotline].title == "报送政务热线办件质量数据(手改)"
    assert sum("政务热线" in duty.quote for duty in after.values()) == 1


def test_a_duty_read_under_a_new_title_keeps_its_id_and_its_done(engine: Engine) -> None:
    ingest(engine, extract_text(PLAN, "plan_monthly.txt"))
    hotline = _duty(engine, "政务热线")
    with Session(engine) as session:
        # the store as an older reading left it: another title, no second day
        duty = session.get(RecurringDuty, hotline)
        assert duty is not None and duty.also_days == "20"
        duty.title, duty.also_days = "20日前报送政务热线办件质量数据", None
        session.add(duty)
        session.add(
            ReminderState(
                chat_id=CHAT,
                item_kind="recurring",
                item_id=hotline,
                done_at=datetime(2026, 4, 9, 1, tzinfo=UTC),
                done_by=EDITOR,
                done_through=date(2026, 4, 10),
            )
        )
        session.commit()
    _forget_fingerprint(engine)
    reread_stale_documents(engine, now=datetime(2026, 4, 10, tzinfo=UTC))
    after = _live(engine)
    assert hotline in after
    assert (after[hotline].title, after[hotline].also_days) == ("报送政务热线办件质量数据", "20")
    assert sum("政务热线" in duty.quote for duty in after.values()) == 1
    with Session(engine) as session:
        (state,) = session.exec(select(ReminderState)).all()
    assert (state.item_id, state.done_through) == (hotline, date(2026, 4, 10))


def _upload(engine: Engine, text: str) -> tuple[int, str]:
    preview = prepare_upload(engine, text.encode(), "plan.txt", chat_id=ADMIN, user_id=ADMIN)
    assert preview.pending_id is not None
    shown = preview_html(preview)
    confirmed = confirm_upload(engine, preview.pending_id, chat_id=ADMIN, actor_id=ADMIN)
    return confirmed.document_id, shown


def test_a_corrected_upload_with_no_region_on_either_side_replaces(engine: Engine) -> None:
    first, _ = _upload(engine, PLAN)
    with Session(engine) as session:
        stored = session.get(Document, first)
        assert stored is not None and stored.region is None and stored.issuer is None
    second, shown = _upload(engine, PLAN.replace("报送政务热线", "报送12345热线"))
    assert "不同" not in shown and "不会替换" not in shown
    assert "替换" in shown
    with Session(engine) as session:
        old, new = session.get(Document, first), session.get(Document, second)
        assert old is not None and new is not None
        assert (old.status, old.superseded_by_id) == (DocumentStatus.SUPERSEDED, second)
        assert new.status == DocumentStatus.ACTIVE


def test_two_older_readings_of_one_sentence_hand_their_done_to_the_one_kept(
    engine: Engine,
) -> None:
    ingest(engine, extract_text(PLAN, "plan_monthly.txt"))
    hotline = _duty(engine, "政务热线")
    with Session(engine) as session:
        duty = session.get(RecurringDuty, hotline)
        assert duty is not None
        # an older reading made two duties of the sentence, one per day; the chat finished the 20th
        twin = RecurringDuty(
            **duty.model_dump(exclude={"id", "title", "also_days", "due_day", "due_text"}),
            title="20日前报送政务热线办件质量数据",
            due_day=20,
            due_text="每月20日前",
        )
        session.add(twin)
        session.flush()
        twin_id = twin.id
        session.add(
            ReminderState(
                chat_id=CHAT,
                item_kind="recurring",
                item_id=twin_id,
                done_at=datetime(2026, 4, 19, 1, tzinfo=UTC),
                done_by=EDITOR,
                done_through=date(2026, 4, 20),
            )
        )
        session.commit()
    _forget_fingerprint(engine)
    reread_stale_documents(engine, now=datetime(2026, 4, 21, tzinfo=UTC))
    after = _live(engine)
    assert hotline in after and twin_id not in after
    with Session(engine) as session:
        states = session.exec(select(ReminderState).where(ReminderState.item_id == hotline)).all()
    assert [(state.chat_id, state.done_through) for state in states] == [(CHAT, date(2026, 4, 20))]


def test_the_corrected_upload_carries_a_done_by_period(engine: Engine) -> None:
    first, _ = _upload(engine, PLAN)
    fifth = _duty(engine, "每月5日前向", first)
    with Session(engine) as session:
        session.add(
            ReminderState(
                chat_id=CHAT,
                item_kind="recurring",
                item_id=fifth,
                done_at=datetime(2026, 4, 4, 1, tzinfo=UTC),
                done_by=EDITOR,
                done_through=date(2026, 4, 5),
            )
        )
        session.commit()
    second, _ = _upload(engine, PLAN.replace("报送政务热线", "报送12345热线"))
    successor = _duty(engine, "每月5日前向", second)
    assert successor != fifth
    with Session(engine) as session:
        carried = session.exec(
            select(ReminderState).where(ReminderState.item_id == successor)
        ).one()
    assert carried.done_through == date(2026, 4, 5)
