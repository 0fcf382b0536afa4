"""Editing a target's 区县 moves the target to that district: answers and reminders follow.

Found in a trial: ``/edit target 90`` → 区县 → 佛山市三水区 said 已修改, but the target stayed
with 南海区 — ``/targets 南海区`` still listed it as 南海区's, ``/targets 三水区`` did not, and its
reminders still went to the chats subscribed to 南海区 — because answers and reminder routing read
the target's region (``region_id``), which the edit left as it was. The district is now
completed with the target's city (东区 → 示范市东区), as on upload, and the region follows it on
an edit, on clearing it, and on /undo.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.harness import OfflineHarness
from policybot.knowledge.editing import create_fact, update_fact
from policybot.knowledge.models import Region, Target
from policybot.knowledge.undo import undo_last
from test_admin_samples import ADMIN


def first_target(engine: Engine) -> Target:
    with Session(engine) as session:
        target = session.exec(select(Target).order_by(Target.id)).first()  # type: ignore[arg-type]
        assert target is not None
        return target


def region_name(engine: Engine, region_id: int | None) -> str | None:
    with Session(engine) as session:
        region = session.get(Region, region_id) if region_id is not None else None
        return region.name if region else None


async def test_a_district_edited_moves_the_target_in_answers(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    target = first_target(engine)
    assert target.id is not None and region_name(engine, target.region_id) == "示范市"
    update_fact(engine, ADMIN, "target", target.id, "district", "东区")
    edited = first_target(engine)
    assert edited.district == "示范市东区"
    assert region_name(engine, edited.region_id) == "示范市东区"
    (east,) = await plan_bot.say("/targets 东区")
    assert edited.subject in east.text and "未找到" not in east.text, east.text
    (west,) = await plan_bot.say("/targets 西区")
    assert edited.subject not in west.text

    undo_last(engine, ADMIN)
    assert region_name(engine, first_target(engine).region_id) == "示范市"
    update_fact(engine, ADMIN, "target", target.id, "district", "西区")
    update_fact(engine, ADMIN, "target", target.id, "district", "-")  # cleared: the city again
    cleared = first_target(engine)
    assert cleared.district is None and region_name(engine, cleared.region_id) == "示范市"


def test_a_target_added_with_a_district_belongs_to_it(
    plan_bot: OfflineHarness, engine: Engine
) -> None:
    document_id = first_target(engine).document_id
    values = {"subject": "新增示范企业", "value": 3.0, "district": "北区"}
    view = create_fact(engine, ADMIN, "target", document_id, values)
    with Session(engine) as session:
        added = session.get(Target, view.fact_id)
        assert added is not None and added.district == "示范市北区"
        assert region_name(engine, added.region_id) == "示范市北区"
