"""attack40: an admin's 已完成 and a member's of the same duty in one group (migration 0023,
``admin_through``).

``_mark_done`` (``scheduler/acks.py``) keeps one row per (chat, item). An admin's press records
``admin_through = max(done_through, due)``: when a member of the group had already marked a
later month done, the admin's press of an earlier month settles the member's month for the
supervisors too. And an admin's 撤销 is refused once a member pressed a later month, though the
admin's settlement (``admin_through``) still stands for everyone.

``MEMBER`` is one of the group's own administrators who is no bot admin (in a group only they and
bot admins may press 已完成): their press settles for this chat only.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.models import Admin, RecurringDuty
from policybot.knowledge.reminder_items import ReminderLedger
from policybot.scheduler.acks import UNDO_STALE, press_digest, undo_done
from policybot.scheduler.items import DueItem, ItemKind
from policybot.scheduler.messages import ACTION_DONE, DigestPress
from policybot.scheduler.planner import acknowledged
from policybot.scheduler.timing import ReminderTiming
from test_scheduler_support import timing

DUTY = """试点市关于加强品牌培育工作的通知
试政办发〔2031〕3号
试点市人民政府办公室
2031年1月8日

一、建立报送制度。各区市场监管分局每月5日前向市市场监管局报送上月品牌培育工作情况。
"""
ADMIN = 701
MEMBER = 702
GROUP = -100_888
MONTHS = (date(2031, 4, 5), date(2031, 5, 5), date(2031, 6, 5))


def _timing() -> ReminderTiming:
    return replace(timing(), owners=frozenset())


def _digests(engine: Engine) -> tuple[list[int], list[DueItem]]:
    """The monthly duty ingested, each month's reminder sent to ``GROUP`` as a digest of its own;
    ``ADMIN`` is an admin, ``MEMBER`` is not."""
    from policybot.knowledge.ingest import ingest_bytes

    assert ingest_bytes(engine, DUTY.encode("utf-8"), "n.txt").result is not None
    with Session(engine) as session:
        (duty,) = [d for d in session.exec(select(RecurringDuty)) if d.due_day == 5]
        assert duty.id is not None
        session.add(Admin(user_id=ADMIN))
        rows = [
            ReminderLedger(
                item_kind=ItemKind.RECURRING,
                item_id=duty.id,
                chat_id=GROUP,
                fire_at=datetime(due.year, due.month, due.day, 1, tzinfo=UTC),
                due_date=due,
                status="sent",
            )
            for due in MONTHS
        ]
        session.add_all(rows)
        session.commit()
        for row in rows:
            row.digest_id = row.id
            session.add(row)
        session.commit()
        items = [DueItem(ItemKind.RECURRING, duty.id, due, duty.region_id) for due in MONTHS]
        return [row.id for row in rows if row.id is not None], items


def _done(engine: Engine, row_id: int, user_id: int, at: datetime) -> int:
    outcome = press_digest(
        engine,
        _timing(),
        DigestPress(ACTION_DONE, row_id, 0, row_id),
        chat_id=GROUP,
        user_id=user_id,
        user_name="x",
        now=at,
    )
    assert outcome.accepted and outcome.undo is not None, outcome
    return outcome.undo


def _settled(engine: Engine, items: list[DueItem]) -> set[date]:
    with Session(engine) as session:
        return {due for _, _, due in acknowledged(session, items)}


def test_an_admins_press_of_may_does_not_settle_the_members_june(sqlite_engine: Engine) -> None:
    """A member marks June done in the group; the admin then marks May done. The supervisors
    are told May (and April before it) is settled; June only a member pressed, so it is not."""
    ids, items = _digests(sqlite_engine)
    _done(sqlite_engine, ids[2], MEMBER, datetime(2031, 6, 20, 2, 1, tzinfo=UTC))
    assert _settled(sqlite_engine, items) == set()
    _done(sqlite_engine, ids[1], ADMIN, datetime(2031, 6, 20, 2, 2, tzinfo=UTC))
    assert _settled(sqlite_engine, items) == {MONTHS[0], MONTHS[1]}


def test_an_admins_undo_after_a_members_later_press_unsettles_may(sqlite_engine: Engine) -> None:
    """The admin marks May done by mistake and presses 撤销 a minute after a member marked June
    done. The admin's settlement of May is what the supervisors read (``admin_through``), yet the
    撤销 is refused as stale and May stays settled for everyone: the supervisors are never
    escalated for a report nobody sent. The 撤销 should take back the admin's May (the member's
    June stays this chat's own)."""
    ids, items = _digests(sqlite_engine)
    undo = _done(sqlite_engine, ids[1], ADMIN, datetime(2031, 6, 20, 2, 1, tzinfo=UTC))
    _done(sqlite_engine, ids[2], MEMBER, datetime(2031, 6, 20, 2, 2, tzinfo=UTC))
    assert _settled(sqlite_engine, items) == {MONTHS[0], MONTHS[1]}
    outcome = undo_done(
        sqlite_engine,
        _timing(),
        undo,
        chat_id=GROUP,
        user_id=ADMIN,
        user_name="x",
        now=datetime(2031, 6, 20, 2, 3, tzinfo=UTC),
    )
    assert outcome.answer != UNDO_STALE
    assert _settled(sqlite_engine, items) == set()


def test_a_members_undo_of_a_press_the_admins_covered_says_what_happened(
    sqlite_engine: Engine,
) -> None:
    """The admin marked May done; a member presses 已完成 on May too. The bot said 已完成 and
    offered 撤销, though it wrote nothing (the admin's press stands); the 撤销 then said
    "这些事项之后已被重新标记", which nobody did. A press that changes nothing offers no 撤销."""
    ids, items = _digests(sqlite_engine)
    _done(sqlite_engine, ids[1], ADMIN, datetime(2031, 6, 20, 2, 1, tzinfo=UTC))
    outcome = press_digest(
        sqlite_engine,
        _timing(),
        DigestPress(ACTION_DONE, ids[1], 0, ids[1]),
        chat_id=GROUP,
        user_id=MEMBER,
        user_name="x",
        now=datetime(2031, 6, 20, 2, 2, tzinfo=UTC),
    )
    assert outcome.accepted and outcome.undo is None
    assert _settled(sqlite_engine, items) == {MONTHS[0], MONTHS[1]}
