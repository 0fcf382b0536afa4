"""attack39: a re-read at start (0019/0020) after hand edits. Invented text."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from policybot.knowledge.editing import update_fact
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.models import Document, Target
from policybot.knowledge.rereading import reread_stale_documents
from test_scheduler_support import ingest

PLAN = """样板市标准提升行动方案
样政发〔2027〕9号

为推进标准化建设,制定本方案。实施期限为2027年至2028年。

一、主要目标
到2028年底,甲区新增省级标准化试点项目12个。
到2028年底,全市主导制定国家标准20项。
"""
EDITOR = 3901


def _live_targets(engine: Engine) -> dict[int, Target]:
    with Session(engine) as session:
        rows = session.exec(select(Target).where(col(Target.deleted_at).is_(None)))
        return {row.id or 0: row for row in rows}


def _forget_fingerprint(engine: Engine) -> None:
    with Session(engine) as session:
        for document in session.exec(select(Document)):
            document.extraction_fingerprint = None
            session.add(document)
        session.commit()


def test_a_target_whose_district_was_edited_is_not_read_again(engine: Engine) -> None:
    ingest(engine, extract_text(PLAN, "plan.txt"))
    before = _live_targets(engine)
    (national,) = [i for i, t in before.items() if "国家标准" in (t.subject or "")]
    update_fact(engine, EDITOR, "target", national, "district", "乙区")
    _forget_fingerprint(engine)
    reread_stale_documents(engine, now=datetime(2027, 6, 1, tzinfo=UTC))
    after = _live_targets(engine)
    assert set(after) == set(before), {i: (t.subject, t.district) for i, t in after.items()}


MONTHLY = """样板市数字政务提升行动实施方案
样政办发〔2026〕22号

为推进数字政务建设,制定本方案。实施期限为2026年至2027年。

一、工作任务
(一)建立月度调度机制。各区政务服务中心每月5日前向市数据局报送上月工作进展情况。
"""
CHAT = -3901


def test_a_reread_moving_a_duty_day_carries_done_by_period(engine: Engine) -> None:
    from datetime import date

    from policybot.knowledge.models import RecurringDuty
    from policybot.knowledge.recurrence import DutyCalendar
    from policybot.knowledge.reminder_items import ReminderState

    ingest(engine, extract_text(MONTHLY, "plan.txt"))
    with Session(engine) as session:
        (duty,) = [d for d in session.exec(select(RecurringDuty)) if d.due_day == 5]
        duty_id = duty.id
        assert duty_id is not None
        new_calendar = DutyCalendar.of(duty)
        # the store as an older reading left it: no stated day, due at each month's end
        duty.due_day, duty.due_month, duty.due_text = None, None, None
        session.add(duty)
        old_calendar = DutyCalendar.of(duty)
        april_end = date(2026, 4, 30)
        expected = new_calendar.same_period(april_end, old_calendar)
        assert expected is not None and expected > april_end  # what an upload would carry to
        session.add(
            ReminderState(
                chat_id=CHAT,
                item_kind="recurring",
                item_id=duty_id,
                done_at=datetime(2026, 4, 29, 1, tzinfo=UTC),
                done_by=EDITOR,
                done_through=april_end,
            )
        )
        session.commit()
    _forget_fingerprint(engine)
    reread_stale_documents(engine, now=datetime(2026, 5, 1, tzinfo=UTC))
    with Session(engine) as session:
        kept = session.get(RecurringDuty, duty_id)
        assert kept is not None and kept.deleted_at is None and kept.due_day == 5
        (state,) = session.exec(select(ReminderState)).all()
    assert state.done_through is not None and state.done_through >= expected, (
        state.done_through,
        expected,
    )


def _live_duties(engine: Engine) -> dict[int, tuple[str, str | None]]:
    from policybot.knowledge.models import RecurringDuty

    with Session(engine) as session:
        rows = session.exec(select(RecurringDuty).where(col(RecurringDuty.deleted_at).is_(None)))
        return {row.id or 0: (row.title, row.due_text) for row in rows}


def test_a_reread_does_not_bring_back_a_deleted_fact(engine: Engine) -> None:
    """The admin deleted the sentence's duty (any duty: the spurious 月度调度 one it was found
    with is no longer read): the re-read leaves it deleted and adds no copy of it."""
    from policybot.knowledge.editing import delete_fact

    ingest(engine, extract_text(MONTHLY, "plan.txt"))
    before = _live_duties(engine)
    (deleted,) = [i for i, (_title, due) in before.items() if due == "每月5日前"]
    delete_fact(engine, EDITOR, "recurring", deleted)
    _forget_fingerprint(engine)
    reread_stale_documents(engine, now=datetime(2026, 5, 1, tzinfo=UTC))
    after = _live_duties(engine)
    assert set(after) == set(before) - {deleted}, after


def test_a_deleted_fact_read_otherwise_now_stays_deleted(engine: Engine) -> None:
    """The deleted fact was stored by an older reading (another title): the new reading of its
    sentence matches it by where it stands, and it stays deleted."""
    from policybot.knowledge.editing import delete_fact
    from policybot.knowledge.models import RecurringDuty

    ingest(engine, extract_text(MONTHLY, "plan.txt"))
    before = _live_duties(engine)
    (deleted,) = [i for i, (_title, due) in before.items() if due == "每月5日前"]
    with Session(engine) as session:
        duty = session.get(RecurringDuty, deleted)
        assert duty is not None
        duty.title = f"{duty.title}(旧读法)"
        session.add(duty)
        session.commit()
    delete_fact(engine, EDITOR, "recurring", deleted)
    _forget_fingerprint(engine)
    reread_stale_documents(engine, now=datetime(2026, 5, 1, tzinfo=UTC))
    after = _live_duties(engine)
    assert set(after) == set(before) - {deleted}, after
