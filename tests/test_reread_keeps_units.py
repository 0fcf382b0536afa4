"""A re-read that files a plan under another region keeps the units it named: a development zone's
plan once filed under its city (units 开发区经济发展局/开发区财政局 under the city) moves to the zone
when migration 0034 has it read again, and a chat following one of those units by id must still
reach the plan's milestones (attack52 H2: new units were made under the zone and the subscription
silently reached nothing). The store is built by today's ingest, then put back into the shape the
older reading left, then re-read as 0034 asks. Invented plan."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text
from sqlmodel import Session, select

from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.editing import update_fact
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import FactUnit, Target, Unit
from policybot.knowledge.rereading import reread_stale_documents
from policybot.scheduler.models import Chat, Subscription

ZONE = """示范市青禾经济技术开发区管理委员会关于印发青禾经济技术开发区质量提升行动方案(2031—2033年)的通知
青开管发〔2031〕7号
各部门:
现将《青禾经济技术开发区质量提升行动方案(2031—2033年)》印发给你们,请认真贯彻执行。
示范市青禾经济技术开发区管理委员会
2031年5月6日
一、主要目标
到2033年,开发区新增省级名牌产品4个,新增高新技术企业12家。
二、重点任务
(一)建设质量基础设施平台。2032年9月底前建成计量检测公共服务平台。(牵头单位:开发区经济发展局;配合单位:开发区财政局)
(二)开展质量提升活动。2032年3月底前组织开展企业质量诊断。(牵头单位:开发区经济发展局)
"""
CITY = "示范市"
NOW = datetime(2032, 1, 6, tzinfo=UTC)


def _as_the_old_reading_filed_it(engine) -> None:
    with engine.begin() as c:
        c.execute(
            text("INSERT OR IGNORE INTO region (name, parent_id) VALUES (:n, NULL)"), {"n": CITY}
        )
        city = c.execute(text("SELECT id FROM region WHERE name=:n"), {"n": CITY}).scalar_one()
        zones = [r for (r,) in c.execute(text("SELECT id FROM region WHERE id != :c"), {"c": city})]
        tables = [
            t for (t,) in c.execute(text("SELECT name FROM sqlite_master WHERE type='table'"))
        ]
        for table in tables:
            columns = [row[1] for row in c.execute(text(f"PRAGMA table_info('{table}')"))]
            if "region_id" in columns and table not in ("region_alias",):
                c.execute(
                    text(f"UPDATE {table} SET region_id=:c WHERE region_id IS NOT NULL"),
                    {"c": city},
                )
            if "region" in columns and table != "region":
                c.execute(
                    text(f"UPDATE {table} SET region=:n WHERE region IS NOT NULL"), {"n": CITY}
                )
        for zone in zones:
            c.execute(text("DELETE FROM region_alias WHERE region_id=:z"), {"z": zone})
            c.execute(text("DELETE FROM region WHERE id=:z"), {"z": zone})
        c.execute(text("UPDATE document SET extraction_fingerprint = NULL"))  # what 0034 does


def _reread_store(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'plans.db'}")
    upgrade_database(engine)
    assert ingest_bytes(engine, ZONE.encode(), "zone.txt").result is not None
    _as_the_old_reading_filed_it(engine)
    with Session(engine) as s:
        (bureau,) = [u for u in s.exec(select(Unit)) if u.name == "开发区经济发展局"]
        (hightech,) = [t for t in s.exec(select(Target)) if "高新技术" in t.subject]
        s.add(Chat(id=-5201, title="开发区群", kind="group", active=True, created_at=NOW))
        s.add(Subscription(chat_id=-5201, topic_key=f"unit:{bureau.id}", unit_id=bureau.id))
        s.commit()
        bureau_id, hightech_id = bureau.id, hightech.id
    update_fact(engine, 7, "target", hightech_id, "value", "15")  # the admin's correction
    reread_stale_documents(engine, now=NOW)
    with Session(engine) as s:
        led = [f for f in s.exec(select(FactUnit)) if f.fact_kind == "milestone"]
        edited = s.get(Target, hightech_id)
        others = [t for t in s.exec(select(Target)) if t.id != hightech_id]
    return engine, bureau_id, led, edited, others


def test_unit_subscription_still_reaches_its_milestones(tmp_path: Path) -> None:
    """Chat -5201 followed 开发区经济发展局 (filed under 示范市); after the re-read the plan's
    milestones are still led by that unit, so the subscription reaches them."""
    _engine, bureau_id, led, _edited, _others = _reread_store(tmp_path)
    assert any(f.unit_id == bureau_id for f in led), [(f.fact_id, f.unit_id) for f in led]
