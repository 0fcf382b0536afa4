"""trial51 H1: undoing an upload forgets the places and units only it named.

An admin uploaded the plan of a city the store did not know, confirmed it, then undid the
upload: the document and its facts went, but the regions, aliases and units the upload had
created stayed, so the city was still a place (/subscribe found it; a question about it was not
told the store holds nothing on it). After the undo the store answers as if the upload never
happened, while the names anything else still uses stay: another plan's, a chat's subscription
or supervision, a reporting designation an undo may put back. A retired plan keeps its names
(it can be restored, and asked about it the reply says it was retired). Invented plans and
places only; on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from invented_plans import ASKED_AT, ask, task_table_plan
from policybot.clock import FakeClock
from policybot.knowledge import reporters
from policybot.knowledge.database import downgrade_database, make_engine, upgrade_database
from policybot.knowledge.editing import retire_document
from policybot.knowledge.models import (
    Document,
    Region,
    RegionAlias,
    ReportingChat,
    Unit,
    UnitAlias,
)
from policybot.knowledge.reading import read_plan
from policybot.knowledge.service import QueryService
from policybot.knowledge.undo import NeedsConfirmation, remove_document, undo_last
from policybot.knowledge.unused_names import SUBSCRIPTIONS, SUPERVISORS
from policybot.knowledge.uploads import confirm_upload, preview_plan
from policybot.scheduler.models import Subscription, Supervisor
from policybot.scheduler.topics import resolve_topic, topic_label

ADMIN = 4242
OTHER_ADMIN = 4343
CITY = "澜江市"
ASKED = f"{CITY}有哪些目标"
DISTRICT_ASKED = "北岸区2031年新增省名牌产品多少个"


def city_plan_of(city: str, prefix: str, number: int, lead: str = "市档案局") -> str:
    """An invented 2031 plan of ``city`` with two districts' quotas and a unit of its own."""
    return f"""{city}人民政府办公室关于印发{city}品牌提升行动计划(2031—2033年)的通知
{prefix}政办发〔2031〕{number}号
{city}人民政府办公室
2031年3月2日
一、主要目标
2031年,各区新增省名牌产品不少于:北岸区12个、南渚区30个。
到2032年,新建计量标准{number}项(牵头单位:{lead})。
"""


PLAN = city_plan_of(CITY, "澜", 5)


@pytest.fixture
def service(engine: Engine) -> Iterator[QueryService]:
    """A store holding one plan of another invented city (样例市), asked at a fixed moment."""
    upload(engine, task_table_plan(), ADMIN)
    yield QueryService(engine, clock=FakeClock(ASKED_AT))


def upload(engine: Engine, plan: str, actor_id: int, chat_id: int = 1) -> int:
    """Preview and confirm ``plan`` as an admin does; the stored document's id."""
    read = read_plan(plan.encode("utf-8"), "plan.txt")
    preview = preview_plan(engine, read, chat_id=chat_id, user_id=actor_id)
    assert preview.pending_id is not None, preview
    result = confirm_upload(
        engine, preview.pending_id, chat_id=chat_id, actor_id=actor_id, token=preview.button_token
    )
    return result.document_id


def names(engine: Engine) -> dict[str, set[tuple[str, ...]]]:
    """Every region, unit and alias by name (with its owner's), as the store holds them."""
    with Session(engine) as session:
        regions = {r.id: r.name for r in session.exec(select(Region))}
        units = {u.id: (u.name, regions.get(u.region_id, "")) for u in session.exec(select(Unit))}
        return {
            "regions": {
                (r.name, regions.get(r.parent_id, "")) for r in session.exec(select(Region))
            },
            "region aliases": {
                (a.alias, regions[a.region_id]) for a in session.exec(select(RegionAlias))
            },
            "units": set(units.values()),
            "unit aliases": {(a.alias, *units[a.unit_id]) for a in session.exec(select(UnitAlias))},
        }


def region_id(engine: Engine, name: str) -> int | None:
    with Session(engine) as session:
        return session.exec(select(col(Region.id)).where(col(Region.name) == name)).first()


def unit_id(engine: Engine, name: str, region: str) -> int | None:
    with Session(engine) as session:
        return session.exec(
            select(col(Unit.id)).where(
                col(Unit.name) == name, col(Unit.region_id) == region_id(engine, region)
            )
        ).first()


def confirmed_undo(engine: Engine, actor_id: int) -> str:
    """/undo of an upload, confirmed as the chat's button does when it asks."""
    try:
        return undo_last(engine, actor_id).description
    except NeedsConfirmation as question:
        return undo_last(engine, actor_id, confirmed=question.token).description


def test_an_undone_uploads_city_is_unknown_again(service: QueryService, engine: Engine) -> None:
    before = names(engine)
    never = ask(service, ASKED)
    never_district = ask(service, DISTRICT_ASKED)
    assert f"收录的文件没有{CITY}" in never, never
    upload(engine, PLAN, ADMIN)
    assert "北岸区" in ask(service, ASKED) or "12个" in ask(service, DISTRICT_ASKED)
    assert region_id(engine, "澜江市北岸区") is not None
    assert "已撤销入库" in confirmed_undo(engine, ADMIN)
    assert names(engine) == before  # the city, its districts, units and aliases: all gone
    assert ask(service, ASKED) == never
    assert ask(service, DISTRICT_ASKED) == never_district
    with Session(engine) as session:
        resolution = resolve_topic(session, CITY)
    assert resolution.topic is None and not resolution.candidates, resolution


def test_the_same_plan_uploaded_again_after_its_undo_is_answered_as_the_first_time(
    service: QueryService, engine: Engine
) -> None:
    upload(engine, PLAN, ADMIN)
    first = ask(service, DISTRICT_ASKED)
    assert "12个" in first, first
    confirmed_undo(engine, ADMIN)
    upload(engine, PLAN, ADMIN)
    assert ask(service, DISTRICT_ASKED) == first
    assert region_id(engine, "澜江市北岸区") is not None


def test_a_place_and_unit_another_plan_names_stay(service: QueryService, engine: Engine) -> None:
    """Two plans of one city: undoing the second keeps the city, its districts and the unit
    both name; only the unit the undone plan alone named goes."""
    upload(engine, city_plan_of(CITY, "澜", 5, lead="市档案局"), ADMIN)
    kept = ask(service, DISTRICT_ASKED)
    second = city_plan_of(CITY, "澜", 6, lead="市水文局").replace("品牌提升", "标准化战略")
    upload(engine, second, OTHER_ADMIN)
    assert unit_id(engine, "市水文局", CITY) is not None
    assert "已撤销入库" in confirmed_undo(engine, OTHER_ADMIN)
    held = names(engine)
    assert {(CITY, ""), ("澜江市北岸区", CITY), ("澜江市南渚区", CITY)} <= held["regions"]
    assert ("北岸区", "澜江市北岸区") in held["region aliases"]
    assert ("市档案局", CITY) in held["units"]
    assert ("档案局", "市档案局", CITY) in held["unit aliases"]
    assert ("市水文局", CITY) not in held["units"]
    assert not any(alias[2] == CITY and "水文" in alias[0] for alias in held["unit aliases"])
    assert ask(service, DISTRICT_ASKED) == kept


def test_subscribed_and_supervised_names_stay_with_their_parents(
    service: QueryService, engine: Engine
) -> None:
    """A chat following the undone plan's unit, another its district, a third supervising the
    city: the undo keeps each with its aliases (the district's city as its parent); the
    subscriptions keep their names and can be left as before."""
    upload(engine, PLAN, ADMIN)
    unit, district = unit_id(engine, "市档案局", CITY), region_id(engine, "澜江市南渚区")
    city = region_id(engine, CITY)
    with Session(engine) as session:
        session.add(Subscription(chat_id=7, topic_key=f"unit:{unit}", unit_id=unit))
        session.add(Subscription(chat_id=8, topic_key=f"region:{district}", region_id=district))
        session.add(Supervisor(chat_id=9, scope_key=f"region:{city}", region_id=city))
        session.commit()
    confirmed_undo(engine, ADMIN)
    held = names(engine)
    assert ("市档案局", CITY) in held["units"] and ("档案局", "市档案局", CITY) in held[
        "unit aliases"
    ]
    assert {(CITY, ""), ("澜江市南渚区", CITY)} <= held["regions"]
    assert ("南渚区", "澜江市南渚区") in held["region aliases"]
    assert ("澜江市北岸区", CITY) not in held["regions"]  # nothing follows that one
    with Session(engine) as session:
        assert "市档案局" in topic_label(session, f"unit:{unit}")
        assert topic_label(session, f"region:{district}") == "澜江市南渚区"
        active = session.exec(select(Subscription).where(col(Subscription.active))).all()
    assert len(active) == 2


def test_a_withdrawn_designation_can_still_be_undone_after_the_upload_is(
    service: QueryService, engine: Engine
) -> None:
    """Another admin designated a chat to report for the undone plan's unit, then withdrew it:
    the audit entry puts the designation back by the unit's id, so the unit is kept for it."""
    upload(engine, PLAN, ADMIN)
    unit = unit_id(engine, "市档案局", CITY)
    assert unit is not None
    reporters.designate(engine, OTHER_ADMIN, chat_id=77, unit_id=unit)
    reporters.withdraw(engine, OTHER_ADMIN, chat_id=77, unit_id=unit)
    confirmed_undo(engine, ADMIN)
    assert unit_id(engine, "市档案局", CITY) == unit
    assert "重新为单位" in undo_last(engine, OTHER_ADMIN).description
    with Session(engine) as session:
        assert session.exec(select(ReportingChat)).one().unit_id == unit


def test_a_retired_plan_keeps_its_places_and_its_undo_then_forgets_them(
    service: QueryService, engine: Engine
) -> None:
    """Retiring is not removing: the plan can be restored, so its city and districts stay and
    a question about them says the plan was retired, not another city's facts. Restored, it
    answers as before; the upload undone, the city is unknown again."""
    before, never = names(engine), ask(service, DISTRICT_ASKED)
    document_id = upload(engine, PLAN, ADMIN)
    answered = ask(service, DISTRICT_ASKED)
    retire_document(engine, ADMIN, str(document_id))
    retired = ask(service, DISTRICT_ASKED)
    assert "已停用" in retired and "12个" not in retired.split("已停用")[0], retired
    assert "样例市" not in retired, retired
    assert region_id(engine, "澜江市北岸区") is not None
    assert "已撤销停用" in undo_last(engine, ADMIN).description
    assert ask(service, DISTRICT_ASKED) == answered
    assert "已撤销入库" in confirmed_undo(engine, ADMIN)
    assert names(engine) == before
    assert ask(service, DISTRICT_ASKED) == never


def test_the_scheduler_tables_read_by_name_are_the_schedulers() -> None:
    for read, model in ((SUBSCRIPTIONS, Subscription), (SUPERVISORS, Supervisor)):
        table = model.__table__  # type: ignore[attr-defined]
        assert read.name == table.name
        assert {c.name for c in read.c} <= {c.name for c in table.c}


def test_the_upgrade_forgets_what_earlier_undos_left(engine: Engine) -> None:
    """0036: a store where undos kept the names (the document removed as before this fix)
    keeps, after the upgrade, only what a plan, a subscription or a supervisor names."""
    upload(engine, task_table_plan(), ADMIN)
    kept = names(engine)
    undone = upload(engine, PLAN, ADMIN)
    subscribed = "东屿市"
    other = upload(engine, city_plan_of(subscribed, "屿", 8), ADMIN)
    district = region_id(engine, "东屿市北岸区")
    with Session(engine) as session:
        session.add(Subscription(chat_id=8, topic_key=f"region:{district}", region_id=district))
        for document_id in (undone, other):  # as /undo did before: the names stay
            remove_document(session, document_id)
        session.commit()
    assert region_id(engine, "澜江市北岸区") is not None
    downgrade_database(engine, "0035_reread_all_stop51")
    upgrade_database(engine)
    held = names(engine)
    assert held["units"] == kept["units"] and held["unit aliases"] == kept["unit aliases"]
    assert held["regions"] == kept["regions"] | {(subscribed, ""), ("东屿市北岸区", subscribed)}
    assert not any(CITY in region for region, _ in held["regions"])
    with Session(engine) as session:
        assert session.exec(select(Document)).one().region == "样例市"


def test_the_upgrade_leaves_a_store_without_leftovers_as_it_was(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'store.db'}")
    upgrade_database(engine)
    try:
        upload(engine, task_table_plan(), ADMIN)
        upload(engine, PLAN, ADMIN)
        with engine.begin() as connection:
            connection.execute(
                text("INSERT INTO supervisor (chat_id, scope_key) VALUES (1, 'all')")
            )
        held = names(engine)
        downgrade_database(engine, "0035_reread_all_stop51")
        upgrade_database(engine)
        assert names(engine) == held
    finally:
        engine.dispose()


async def test_through_the_chat_an_undone_uploads_city_is_unknown_again(engine: Engine) -> None:
    """The admin's way: upload, 确认入库, /undo, 确认撤销入库; then a question about the city
    and /subscribe to it get the replies they got before the upload."""
    from test_admin_samples import admin_bot

    async with admin_bot(engine) as bot:
        await bot.upload(task_table_plan().encode(), filename="other.txt")
        await bot.press("确认入库")
        (never,) = await bot.say(ASKED)
        (unknown,) = await bot.say(f"/subscribe {CITY}")
        assert CITY in never.text and "没有" in never.text, never.text
        (preview,) = await bot.upload(PLAN.encode(), filename="new.txt")
        assert "确认入库" in preview.labels, preview.text
        (stored,) = await bot.press("确认入库")
        assert "已入库" in stored.text, stored.text
        (question,) = await bot.say("/undo")
        assert question.labels == ["确认撤销入库", "取消"], question.text
        (done,) = await bot.press("确认撤销入库")
        assert "已撤销入库" in done.text, done.text
        (again,) = await bot.say(ASKED)
        assert again.text == never.text
        (subscribe,) = await bot.say(f"/subscribe {CITY}")
        assert subscribe.text == unknown.text and "订阅成功" not in subscribe.text
    with Session(engine) as session:
        assert session.exec(select(Document)).one().region == "样例市"
        assert not session.exec(select(Region).where(col(Region.name).contains(CITY))).all()


def test_a_start_up_re_read_forgets_the_names_it_left_behind(engine: Engine) -> None:
    """A re-read may file a plan under other places than before; after the batch, what nothing
    names any more is forgotten as after an undo (here: names a removal left)."""
    from policybot.knowledge.rereading import reread_stale_documents

    upload(engine, task_table_plan(), ADMIN)
    kept = names(engine)
    undone = upload(engine, PLAN, ADMIN)
    with Session(engine) as session:
        remove_document(session, undone)  # the names stay, as they did before this fix
        session.commit()
    with engine.begin() as connection:
        connection.execute(text("UPDATE document SET extraction_fingerprint = NULL"))
    assert names(engine) != kept
    assert list(reread_stale_documents(engine).values()) == ["updated"]
    assert names(engine) == kept
