"""The planner: who is reminded of what, when — lead times, recurrence, audience, acks, snoozes."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import update
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.models import Document, DocumentStatus, Milestone
from policybot.knowledge.reminder_items import ReminderState
from policybot.scheduler.items import ItemKind
from policybot.scheduler.planner import PlannedReminder, plan_window
from policybot.scheduler.subscriptions import ChatInfo, set_lead_days
from policybot.scheduler.timing import ReminderTiming
from test_scheduler_support import (
    DISTRICT,
    duty,
    follow,
    ingest,
    milestone,
    nine_am,
    plan,
    target,
    timing,
    utc,
)

GROUP = -100
OTHER = -200


def year_plan(engine: Engine, rules: ReminderTiming | None = None) -> list[PlannedReminder]:
    with Session(engine) as session:
        return plan_window(session, rules or timing(), utc(2017, 12, 31), utc(2021, 12, 31))


def fires(planned: list[PlannedReminder], chat_id: int, kind: str | None = None) -> list[datetime]:
    return [
        r.fire_at for r in planned if r.chat_id == chat_id and (kind is None or r.item_kind == kind)
    ]


def test_default_lead_times_fire_at_nine_shanghai(engine: Engine) -> None:
    ingest(engine, plan(milestones=[milestone(due=date(2018, 12, 31))]))
    follow(engine, GROUP, "市质监局")
    planned = year_plan(engine)
    assert fires(planned, GROUP) == [
        nine_am(date(2018, 12, 1)),
        nine_am(date(2018, 12, 24)),
        nine_am(date(2018, 12, 30)),
        nine_am(date(2018, 12, 31)),
    ]
    assert [r.lead_days for r in planned] == [30, 7, 1, 0]
    assert {r.due_date for r in planned} == {date(2018, 12, 31)}


def test_quiet_hours_move_the_fire_instant(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, plan(milestones=[milestone(due=date(2018, 12, 31))]))
    follow(sqlite_engine, GROUP, "市质监局")
    rules = timing(send_at="23:00", quiet_start="22:00", quiet_end="08:00", lead_days=(0,))
    assert fires(year_plan(sqlite_engine, rules), GROUP) == [utc(2019, 1, 1, 0)]  # 08:00 next day


def test_chat_lead_times_override_the_defaults(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, plan(milestones=[milestone(due=date(2018, 12, 31))]))
    follow(sqlite_engine, GROUP, "市质监局")
    follow(sqlite_engine, OTHER, "市质监局")
    set_lead_days(sqlite_engine, ChatInfo(OTHER), (14, 3), utc(2018, 1, 1))
    planned = year_plan(sqlite_engine)
    assert len(fires(planned, GROUP)) == 4
    assert fires(planned, OTHER) == [nine_am(date(2018, 12, 17)), nine_am(date(2018, 12, 28))]


def test_recurring_duties_expand_within_the_plan_period(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, plan(recurring=[duty(every="half-year")], period=(2018, 2019)))
    follow(sqlite_engine, GROUP, "市质监局")
    planned = year_plan(sqlite_engine, timing(lead_days=(0,)))
    assert [r.due_date for r in planned] == [
        date(2018, 6, 30),
        date(2018, 12, 31),
        date(2019, 6, 30),
        date(2019, 12, 31),
    ]
    assert {r.item_kind for r in planned} == {ItemKind.RECURRING}


def test_quarterly_and_yearly_duties(sqlite_engine: Engine) -> None:
    ingest(
        sqlite_engine,
        plan(recurring=[duty("季报", "quarter"), duty("年报", "year")], period=(2019, 2019)),
    )
    follow(sqlite_engine, GROUP, "全部")
    planned = year_plan(sqlite_engine, timing(lead_days=(0,)))
    quarter_ends = [date(2019, 3, 31), date(2019, 6, 30), date(2019, 9, 30), date(2019, 12, 31)]
    assert sorted(r.due_date for r in planned) == sorted([*quarter_ends, date(2019, 12, 31)])


def test_a_duty_without_plan_period_runs_from_its_plans_issue_day(sqlite_engine: Engine) -> None:
    """It used to be never expanded (never reminded, while answers gave it): attack 38. A plan
    stating no years is open-ended from the day it was issued (2018-01-10 here)."""
    ingest(sqlite_engine, plan(recurring=[duty()], period=None))
    follow(sqlite_engine, GROUP, "全部")
    dues = sorted({r.due_date for r in year_plan(sqlite_engine, timing(lead_days=(0,)))})
    assert dues[0] == date(2018, 3, 31) and dues[-1] == date(2021, 9, 30) and len(dues) == 15


def test_a_phase_is_reminded_at_its_start_and_its_end(sqlite_engine: Engine) -> None:
    phase = milestone("推进阶段", start=date(2018, 3, 1), due=date(2018, 6, 30))
    ingest(sqlite_engine, plan(milestones=[phase]))
    follow(sqlite_engine, GROUP, "市质监局")
    planned = year_plan(sqlite_engine, timing(lead_days=(0,)))
    assert [(r.item_kind, r.due_date) for r in planned] == [
        (ItemKind.MILESTONE_START, date(2018, 3, 1)),
        (ItemKind.MILESTONE, date(2018, 6, 30)),
    ]


def test_audience_units_regions_parents_and_all(engine: Engine) -> None:
    ingest(
        engine,
        plan(
            milestones=[milestone(units=["市质监局"])],
            targets=[target(district="东湖区", units=["区经信局"])],
        ),
    )
    follow(engine, -1, "市质监局")  # the unit
    follow(engine, -2, "东湖")  # the district, by its short alias
    follow(engine, -3, "样例市")  # the parent region: everything in the city
    follow(engine, -4, "全部")
    follow(engine, -5, "区经信局")
    rules = timing(lead_days=(0,))
    planned = year_plan(engine, rules)
    heard = {(r.chat_id, r.item_kind) for r in planned}
    assert heard == {
        (-1, ItemKind.MILESTONE),
        (-2, ItemKind.TARGET),
        (-3, ItemKind.MILESTONE),
        (-3, ItemKind.TARGET),
        (-4, ItemKind.MILESTONE),
        (-4, ItemKind.TARGET),
        (-5, ItemKind.TARGET),
    }
    assert len(planned) == len(heard)  # a chat hearing of an item twice over gets it once


def test_only_live_facts_of_active_documents(sqlite_engine: Engine) -> None:
    document_id = ingest(
        sqlite_engine, plan(milestones=[milestone("甲"), milestone("乙", due=date(2018, 11, 30))])
    )
    follow(sqlite_engine, GROUP, "全部")
    with Session(sqlite_engine) as session:
        session.execute(
            update(Milestone).where(Milestone.title == "甲").values(deleted_at=utc(2018, 1, 2))
        )
        session.commit()
    assert {r.due_date for r in year_plan(sqlite_engine)} == {date(2018, 11, 30)}
    with Session(sqlite_engine) as session:
        session.execute(
            update(Document)
            .where(Document.id == document_id)
            .values(status=DocumentStatus.SUPERSEDED)
        )
        session.commit()
    assert year_plan(sqlite_engine) == []


def _state(engine: Engine, **values: object) -> None:
    with Session(engine) as session:
        item = session.exec(select(Milestone)).one()
        session.add(
            ReminderState(chat_id=GROUP, item_kind=ItemKind.MILESTONE, item_id=item.id, **values)
        )
        session.commit()


def _duty_state(engine: Engine, **values: object) -> None:
    """GROUP's state of the plan's one recurring duty (id 1): an occurrence acked or snoozed."""
    with Session(engine) as session:
        session.add(ReminderState(chat_id=GROUP, item_kind=ItemKind.RECURRING, item_id=1, **values))
        session.commit()


def test_an_acked_item_is_not_reminded_again_to_that_chat(engine: Engine) -> None:
    ingest(engine, plan(milestones=[milestone()]))
    follow(engine, GROUP, "市质监局")
    follow(engine, OTHER, "市质监局")
    _state(engine, done_at=utc(2018, 12, 1, 2), done_by=7, done_through=date(2018, 12, 31))
    planned = year_plan(engine)
    assert fires(planned, GROUP) == []
    assert len(fires(planned, OTHER)) == 4


def test_acking_one_occurrence_of_a_duty_keeps_the_next(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, plan(recurring=[duty()], period=(2018, 2018)))
    follow(sqlite_engine, GROUP, "市质监局")
    _duty_state(sqlite_engine, done_at=utc(2018, 3, 30), done_through=date(2018, 3, 31))
    planned = year_plan(sqlite_engine, timing(lead_days=(0,)))
    assert [r.due_date for r in planned] == [
        date(2018, 6, 30),
        date(2018, 9, 30),
        date(2018, 12, 31),
    ]


def test_a_snoozed_item_is_held_then_reminded_once_at_snoozed_until(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, plan(milestones=[milestone()]))
    follow(sqlite_engine, GROUP, "市质监局")
    # Snoozed at the 30-day reminder (12-01) for 7 days: 12-08 09:00, before the 7-day one.
    _state(sqlite_engine, snoozed_until=nine_am(date(2018, 12, 8)), snoozed_due=date(2018, 12, 31))
    with Session(sqlite_engine) as session:
        after_press = plan_window(session, timing(), utc(2018, 12, 1, 2), utc(2019, 1, 1))
    assert [(r.fire_at, r.snoozed, r.lead_days) for r in after_press] == [
        (nine_am(date(2018, 12, 8)), True, 23),
        (nine_am(date(2018, 12, 24)), False, 7),
        (nine_am(date(2018, 12, 30)), False, 1),
        (nine_am(date(2018, 12, 31)), False, 0),
    ]


def test_a_long_snooze_holds_the_regular_reminders_it_covers(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, plan(milestones=[milestone()]))
    follow(sqlite_engine, GROUP, "市质监局")
    _state(sqlite_engine, snoozed_until=nine_am(date(2018, 12, 27)), snoozed_due=date(2018, 12, 31))
    with Session(sqlite_engine) as session:
        planned = plan_window(session, timing(), utc(2018, 12, 1, 2), utc(2019, 1, 1))
    assert [r.fire_at for r in planned] == [
        nine_am(date(2018, 12, 27)),
        nine_am(date(2018, 12, 30)),
        nine_am(date(2018, 12, 31)),
    ]


def test_inactive_chats_and_subscriptions_hear_nothing(sqlite_engine: Engine) -> None:
    from policybot.scheduler.ledger import deactivate_chat

    ingest(sqlite_engine, plan(milestones=[milestone()]))
    follow(sqlite_engine, GROUP, "市质监局")
    deactivate_chat(sqlite_engine, GROUP, "Forbidden: bot was kicked")
    assert year_plan(sqlite_engine) == []


def test_district_alias_resolves_to_full_name(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, plan(targets=[target(district="东湖区")]))
    with Session(sqlite_engine) as session:
        from policybot.scheduler.topics import resolve_topic

        assert resolve_topic(session, "東湖").topic.label == DISTRICT  # type: ignore[union-attr]


def test_an_ack_recorded_only_as_done_at_still_counts_for_a_one_off_item(
    sqlite_engine: Engine,
) -> None:
    ingest(sqlite_engine, plan(milestones=[milestone()]))
    follow(sqlite_engine, GROUP, "市质监局")
    _state(sqlite_engine, done_at=utc(2018, 12, 1, 2), done_by=7)
    assert year_plan(sqlite_engine) == []


def test_snoozing_one_occurrence_of_a_duty_does_not_hold_the_next(sqlite_engine: Engine) -> None:
    ingest(sqlite_engine, plan(recurring=[duty(every="month")], period=(2018, 2018)))
    follow(sqlite_engine, GROUP, "市质监局")
    _duty_state(
        sqlite_engine, snoozed_until=nine_am(date(2018, 12, 8)), snoozed_due=date(2018, 11, 30)
    )
    with Session(sqlite_engine) as session:
        planned = plan_window(
            session, timing(lead_days=(30,)), utc(2018, 11, 30, 2), utc(2018, 12, 9)
        )
    assert [(r.fire_at, r.due_date) for r in planned] == [
        (nine_am(date(2018, 12, 1)), date(2018, 12, 31)),  # next month's 30-day reminder
        (nine_am(date(2018, 12, 8)), date(2018, 11, 30)),  # the snoozed one, once
    ]
