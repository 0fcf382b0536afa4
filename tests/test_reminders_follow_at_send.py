"""A reminder that waited (flood control, a retry) goes out only to chats that still follow it.

Found by the stop-29 attacker trial: rows planned before an /unsubscribe, an /unsupervise or an
admin moving a target to another district were still sent when they finally went out. The
database is the truth at send time, not at planning time.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.clock import FakeClock
from policybot.knowledge.models import Region, Target
from policybot.knowledge.reminder_items import ReminderLedger, ReminderStatus
from policybot.scheduler.audience import region_chains
from policybot.scheduler.dispatcher import DispatcherConfig, ReminderDispatcher
from policybot.scheduler.outcomes import RetryLater
from policybot.scheduler.subscriptions import ChatInfo, subscribe, unsubscribe
from policybot.scheduler.supervision import supervise, unsupervise
from test_scheduler_support import (
    DISTRICT,
    START,
    RecordingSender,
    follow,
    ingest,
    milestone,
    nine_am,
    plan,
    target,
    timing,
)

FIRST_FIRE = nine_am(date(2018, 12, 1))  # 30 days before 2018-12-31


def dispatcher(engine: Engine, clock: FakeClock, sender: RecordingSender, **rules: object):
    return ReminderDispatcher(
        engine,
        timing(**rules),
        clock,
        sender,
        worker_id="w1",
        config=DispatcherConfig(per_chat_interval=0),
    )


def rows(engine: Engine) -> list[ReminderLedger]:
    with Session(engine) as session:
        return list(session.exec(select(ReminderLedger).order_by(ReminderLedger.id)))


async def test_an_unsubscribe_while_a_digest_waits_stops_it(engine: Engine) -> None:
    ingest(engine, plan(milestones=[milestone(due=date(2018, 12, 31))]))
    follow(engine, -1, "市质监局")
    follow(engine, -2, "市质监局")
    clock = FakeClock(FIRST_FIRE)
    sender = RecordingSender(failures={-1: [RetryLater(60)]})
    worker = dispatcher(engine, clock, sender)
    await worker.tick()
    assert [chat for chat, _ in sender.sent] == [-2]
    _, existed = unsubscribe(engine, -1, "市质监局")
    assert existed
    clock.advance(timedelta(minutes=2))
    await worker.tick()
    assert [chat for chat, _ in sender.sent] == [-2]  # -1 no longer follows 市质监局
    [waited] = [row for row in rows(engine) if row.chat_id == -1]
    assert waited.status == ReminderStatus.SKIPPED
    assert waited.error == "chat no longer follows it"


async def test_a_chat_following_the_unit_another_way_still_gets_it(engine: Engine) -> None:
    """Only what the chat no longer hears is dropped: a chat that also follows the region keeps
    the reminder after dropping the unit."""
    ingest(engine, plan(milestones=[milestone(due=date(2018, 12, 31))]))
    follow(engine, -1, "市质监局", "样例市")
    clock = FakeClock(FIRST_FIRE)
    sender = RecordingSender(failures={-1: [RetryLater(60)]})
    worker = dispatcher(engine, clock, sender)
    await worker.tick()
    unsubscribe(engine, -1, "市质监局")
    clock.advance(timedelta(minutes=2))
    await worker.tick()
    assert [chat for chat, _ in sender.sent] == [-1]
    assert "完成质量强市验收" in sender.texts(-1)[0]


async def test_a_target_moved_to_another_district_leaves_the_old_districts_chat(
    engine: Engine,
) -> None:
    ingest(engine, plan(targets=[target(district=DISTRICT, units=[])]))
    follow(engine, -1, DISTRICT)
    clock = FakeClock(FIRST_FIRE)
    sender = RecordingSender(failures={-1: [RetryLater(60)]})
    worker = dispatcher(engine, clock, sender)
    await worker.tick()
    assert [row.chat_id for row in rows(engine)] == [-1]
    with Session(engine) as session:  # what an admin's /edit of 区县 leaves in the store
        moved = session.exec(select(Target)).one()
        moved.region_id = None
        moved.district = None
        session.add(moved)
        session.commit()
    clock.advance(timedelta(minutes=2))
    await worker.tick()
    assert sender.sent == []
    assert rows(engine)[0].status == ReminderStatus.SKIPPED


async def test_an_unsupervise_while_an_escalation_waits_stops_it(engine: Engine) -> None:
    ingest(engine, plan(milestones=[milestone(due=date(2018, 12, 31))]))
    office = ChatInfo(-9, "督办室", "group")
    assert supervise(engine, office, "样例市", actor_id=1, now=START).topic is not None
    assert subscribe(engine, ChatInfo(-8, "其他", "group"), "样例市", actor_id=1, now=START)
    clock = FakeClock(nine_am(date(2019, 1, 3)))  # three days overdue: the escalation's moment
    sender = RecordingSender(failures={-9: [RetryLater(60)]})
    worker = dispatcher(engine, clock, sender, escalate_after_days=3, lead_days=(0,))
    await worker.tick()
    assert [row.purpose for row in rows(engine) if row.chat_id == -9] == ["escalate"]
    _, existed = unsupervise(engine, -9, "样例市")
    assert existed
    clock.advance(timedelta(minutes=2))
    await worker.tick()
    assert [chat for chat, _ in sender.sent if chat == -9] == []
    [waited] = [row for row in rows(engine) if row.chat_id == -9]
    assert waited.status == ReminderStatus.SKIPPED


async def test_a_districts_item_that_waited_still_reaches_the_chat_following_its_city(
    engine: Engine,
) -> None:
    """At send time only the digest's regions are read, with their parents: a chat that follows
    the city hears its district's target after a retry as it did when it was planned."""
    ingest(engine, plan(targets=[target(district=DISTRICT, units=[])]))
    follow(engine, -1, "样例市")
    clock = FakeClock(FIRST_FIRE)
    sender = RecordingSender(failures={-1: [RetryLater(60)]})
    worker = dispatcher(engine, clock, sender)
    await worker.tick()
    assert [row.chat_id for row in rows(engine)] == [-1] and sender.sent == []
    clock.advance(timedelta(minutes=2))
    await worker.tick()
    assert [chat for chat, _ in sender.sent] == [-1]
    assert rows(engine)[0].status == ReminderStatus.SENT


async def test_a_districts_escalation_that_waited_still_reaches_the_citys_supervisor(
    engine: Engine,
) -> None:
    ingest(engine, plan(targets=[target(district=DISTRICT, units=[])]))
    office = ChatInfo(-9, "督办室", "group")
    assert supervise(engine, office, "样例市", actor_id=1, now=START).topic is not None
    clock = FakeClock(nine_am(date(2019, 1, 3)))
    sender = RecordingSender(failures={-9: [RetryLater(60)]})
    worker = dispatcher(engine, clock, sender, escalate_after_days=3, lead_days=(0,))
    await worker.tick()
    assert [row.purpose for row in rows(engine) if row.chat_id == -9] == ["escalate"]
    clock.advance(timedelta(minutes=2))
    await worker.tick()
    assert [chat for chat, _ in sender.sent] == [-9]


def test_the_chains_of_a_few_regions_are_those_the_whole_store_gives_them(engine: Engine) -> None:
    """A district three levels down gets its city and its province, read a level at a time;
    regions outside the chain are not read."""
    with Session(engine) as session:
        province = Region(name="甲省")
        other = Region(name="丁市")
        session.add_all([province, other])
        session.flush()
        city = Region(name="甲省乙市", parent_id=province.id)
        session.add(city)
        session.flush()
        district = Region(name="甲省乙市丙区", parent_id=city.id)
        session.add(district)
        session.flush()
        assert district.id is not None and other.id is not None
        everything = region_chains(session)
        few = region_chains(session, [district.id])
        assert few[district.id] == everything[district.id] == (district.id, city.id, province.id)
        assert other.id in everything and other.id not in few
