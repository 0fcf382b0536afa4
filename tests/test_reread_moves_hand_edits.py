"""A re-read that files a plan under another region takes every fact of the plan there, the ones an
admin touched by hand too (attack52 H3): a district's plan once filed under its city moves to the
district when migration 0034 has it read again; a target an admin corrected, one he added and one
he deleted kept the city, so the plan's facts were split across two places (the corrected figure
answered for the city and was missing from the district). The edited values, the
deletion and the audit trail stay as the admin left them. Built as test_reread_keeps_units builds
its store (today's ingest, put back into the older reading's shape, re-read as 0034 asks), here
through the models so that it runs on SQLite and PostgreSQL. Invented plan."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, col

from policybot.knowledge.editing import create_fact, delete_fact, update_fact
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import (
    STORED_FACT_MODELS,
    AuditEntry,
    Document,
    Region,
    RegionAlias,
    Target,
    Unit,
)
from policybot.knowledge.rereading import reread_stale_documents

PLAN = """示范市东岭区人民政府办公室关于印发东岭区质量提升行动方案(2031—2033年)的通知
东政办发〔2031〕7号
各部门:
现将《东岭区质量提升行动方案(2031—2033年)》印发给你们,请认真贯彻执行。
示范市东岭区人民政府办公室
2031年5月6日
一、主要目标
到2033年,全区新增省级名牌产品4个,新增高新技术企业12家,新增专精特新企业6家。
二、重点任务
(一)建设质量基础设施平台。2032年9月底前建成计量检测公共服务平台。(牵头单位:区经济发展局;配合单位:区财政局)
(二)开展质量提升活动。2032年3月底前组织开展企业质量诊断。(牵头单位:区经济发展局)
"""
CITY = "示范市"
NOW = datetime(2032, 1, 6, tzinfo=UTC)
ADMIN = 7


def _as_the_old_reading_filed_it(engine: Engine) -> None:
    """Everything the plan holds filed under the city, the district's region gone, every fingerprint
    forgotten (what 0034 does)."""
    with Session(engine) as session:
        city = session.exec(select(Region).where(col(Region.name) == CITY)).scalars().first()
        if city is None:
            city = Region(name=CITY)
            session.add(city)
            session.flush()
        city_id = city.id
        districts = [r.id for r in session.exec(select(Region)).scalars() if r.id != city_id]
        for model in [Document, Unit, *STORED_FACT_MODELS.values()]:
            session.execute(
                update(model).where(col(model.region_id).is_not(None)).values(region_id=city_id)
            )
            if model is not Unit:
                session.execute(
                    update(model).where(col(model.region).is_not(None)).values(region=CITY)
                )
        session.execute(update(Region).where(col(Region.id) != city_id).values(parent_id=None))
        session.execute(delete(RegionAlias).where(col(RegionAlias.region_id).in_(districts)))
        session.execute(delete(Region).where(col(Region.id).in_(districts)))
        session.execute(update(Document).values(extraction_fingerprint=None))
        session.commit()


def _target(session: Session, subject: str) -> Target:
    (found,) = [t for t in session.exec(select(Target)).scalars() if subject in t.subject]
    return found


def _audit(engine: Engine) -> list[tuple[Any, ...]]:
    with Session(engine) as session:
        return [
            (a.id, a.action, a.entity_kind, a.entity_id, a.before, a.after, a.undone_at)
            for a in session.exec(select(AuditEntry).order_by(col(AuditEntry.id))).scalars()
        ]


def test_hand_touched_facts_follow_the_plan_to_its_new_region(engine: Engine) -> None:
    assert ingest_bytes(engine, PLAN.encode(), "district.txt").result is not None
    _as_the_old_reading_filed_it(engine)
    with Session(engine) as session:
        (document,) = session.exec(select(Document)).scalars()
        edited = _target(session, "高新技术").id
        dropped = _target(session, "专精特新").id
        document_id = document.id
        assert document.region == CITY
    update_fact(engine, ADMIN, "target", edited, "value", "15")  # the admin's correction
    delete_fact(engine, ADMIN, "target", dropped, now=NOW)  # and his deletion
    added = create_fact(
        engine, ADMIN, "target", document_id, {"subject": "新增质量标杆企业", "value": 3.0}, now=NOW
    ).fact_id
    before = _audit(engine)

    assert reread_stale_documents(engine, now=NOW) == {document_id: "updated"}

    with Session(engine) as session:
        document = session.get(Document, document_id)
        assert document is not None and document.region and document.region != CITY
        district = document.region_id
        facts = [
            fact
            for model in STORED_FACT_MODELS.values()
            for fact in session.exec(
                select(model).where(col(model.document_id) == document_id)
            ).scalars()
        ]
        # every fact of the plan, the edited, added and deleted ones too, under the district
        assert {(f.region, f.region_id) for f in facts} == {(document.region, district)}, [
            (type(f).__name__, f.id, f.region, f.region_id) for f in facts
        ]
        corrected = session.get(Target, edited)
        assert corrected is not None and corrected.value == 15 and corrected.deleted_at is None
        gone = session.get(Target, dropped)
        assert gone is not None and gone.deleted_at is not None
        made = session.get(Target, added)
        assert made is not None and made.deleted_at is None and made.subject == "新增质量标杆企业"
        # the sentence the admin corrected is still one fact, not his value and the reading
        live = [t for t in facts if isinstance(t, Target) and not t.deleted_at]
        assert len([t for t in live if "高新技术" in t.subject]) == 1
    # what the admin did is recorded as he did it; the re-read only adds its own entry
    after = _audit(engine)
    assert after[: len(before)] == before
    assert [entry[1] for entry in after[len(before) :]] == ["reingest"]


def test_a_store_an_earlier_re_read_left_split_is_mended_by_the_next(engine: Engine) -> None:
    """A store 0034 already re-read has the plan under the district and the admin's corrected
    and added targets still under the city; the next re-read (a later migration's) takes them
    to the district, the correction kept."""
    assert ingest_bytes(engine, PLAN.encode(), "district.txt").result is not None
    with Session(engine) as session:
        (document,) = session.exec(select(Document)).scalars()
        document_id, district, district_id = document.id, document.region, document.region_id
        edited = _target(session, "高新技术").id
        city = session.exec(select(Region).where(col(Region.name) == CITY)).scalars().one()
        city_id = city.id
    update_fact(engine, ADMIN, "target", edited, "value", "15")
    added = create_fact(
        engine, ADMIN, "target", document_id, {"subject": "新增质量标杆企业", "value": 3.0}, now=NOW
    ).fact_id
    with Session(engine) as session:  # what the re-read before this fix left
        session.execute(
            update(Target)
            .where(col(Target.id).in_([edited, added]))
            .values(region=CITY, region_id=city_id)
        )
        session.execute(update(Document).values(extraction_fingerprint=None))
        session.commit()

    reread_stale_documents(engine, now=NOW)

    with Session(engine) as session:
        for fact_id, value in ((edited, 15), (added, 3)):
            target = session.get(Target, fact_id)
            assert target is not None and target.value == value
            assert (target.region, target.region_id) == (district, district_id)
