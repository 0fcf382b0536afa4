"""The knowledge store on SQLite and PostgreSQL: migrations, ingestion identity, atomicity."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

import policybot
from policybot.knowledge import store
from policybot.knowledge.database import upgrade_database
from policybot.knowledge.extract.records import (
    DocumentMeta,
    Extraction,
    MilestoneRecord,
    RewardRecord,
    Span,
    TargetRecord,
)
from policybot.knowledge.models import (
    AuditEntry,
    Document,
    DocumentStatus,
    FactUnit,
    ProgressReport,
    Region,
    RegionAlias,
    Target,
    Unit,
)
from policybot.knowledge.reminder_items import ReminderLedger
from policybot.migrations.metadata import TABLE_MODULES, target_metadata

TEXT = "示例市质量提升行动计划。到2020年，新增示例产品标准12项(牵头单位:市标准局)。"


def sample_extraction(text: str = TEXT, doc_number: str | None = "示政发〔2019〕1号") -> Extraction:
    quote = "新增示例产品标准12项"
    start = text.index(quote)
    return Extraction(
        document=DocumentMeta(
            source="sample.txt",
            region="示例市",
            title="示例市人民政府关于印发示例市质量提升行动计划的通知",
            doc_number=doc_number,
            issuer="示例市人民政府",
            issued=date(2019, 3, 1),
            period=(2019, 2020),
        ),
        text=text,
        targets=[
            TargetRecord(
                region="示例市",
                subject="新增示例产品标准",
                value=12,
                unit="项",
                qualifier="新增",
                deadline=date(2020, 12, 31),
                deadline_text="到2020年",
                lead_units=["市标准局"],
                support_units=["市财政局"],
                quote=quote,
                span=Span(start, start + len(quote), "一、目标"),
            ),
            TargetRecord(
                region="示例市",
                district="东区",
                subject="培育示范企业",
                value=3,
                unit="家",
                deadline=date(2020, 12, 31),
                lead_units=["东区政府"],
                quote="东区3家",
            ),
        ],
        milestones=[
            MilestoneRecord(
                region="示例市", title="通过验收", due=date(2020, 6, 30), quote="年中通过验收"
            )
        ],
        rewards=[
            RewardRecord(
                region="示例市",
                achievement="主导制定国家标准",
                amount_yuan=500000,
                quote="给予50万元",
            )
        ],
        units=["市标准局", "市财政局", "东区政府", "市统计局"],
    )


def test_migrations_match_the_models(engine: Engine) -> None:
    upgrade_database(engine)  # a second upgrade is a no-op
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), target_metadata)
    assert differences == []


def test_alembic_sees_every_module_that_defines_a_table() -> None:
    package = Path(policybot.__file__).parent
    defining = {
        ".".join(path.relative_to(package.parent).with_suffix("").parts)
        for path in package.rglob("*.py")
        if "migrations" not in path.parts and "table=True" in path.read_text(encoding="utf-8")
    }
    assert defining == {module.__name__ for module in TABLE_MODULES}


def test_ingest_writes_document_facts_units_and_citations(engine: Engine) -> None:
    result = store.ingest_extraction(engine, sample_extraction())
    assert result.action == "created"
    # units: those an item names (as /units lists them), not 市统计局, which only the text names
    assert result.counts == {"target": 2, "milestone": 1, "recurring": 0, "reward": 1, "units": 3}
    with Session(engine) as session:
        document = session.exec(select(Document)).one()
        assert document.short_title == "示例市质量提升行动计划"
        assert document.text == TEXT
        target = session.exec(select(Target).where(Target.value == 12)).one()
        assert TEXT[target.start_offset : target.end_offset] == target.quote
        assert target.section == "一、目标"
        roles = session.exec(select(FactUnit.role).where(FactUnit.fact_id == target.id)).all()
        assert sorted(roles) == ["lead", "support"]
        audit = session.exec(select(AuditEntry)).one()
        assert audit.action == "ingest" and audit.entity_id == document.id


def test_districts_become_child_regions_with_short_aliases(engine: Engine) -> None:
    store.ingest_extraction(engine, sample_extraction())
    with Session(engine) as session:
        district = session.exec(select(Region).where(Region.name == "示例市东区")).one()
        city = session.exec(select(Region).where(Region.name == "示例市")).one()
        assert district.parent_id == city.id
        aliases = set(
            session.exec(select(RegionAlias.alias).where(RegionAlias.region_id == district.id))
        )
        assert {"东区", "示例市东区"} <= aliases
        target = session.exec(select(Target).where(Target.value == 3)).one()
        assert target.district == "示例市东区" and target.region_id == district.id


def test_reingesting_the_same_content_changes_nothing(engine: Engine) -> None:
    first = store.ingest_extraction(engine, sample_extraction())
    second = store.ingest_extraction(engine, sample_extraction())
    assert second.action == "unchanged"
    assert second.document_id == first.document_id
    with Session(engine) as session:
        assert len(session.exec(select(Document)).all()) == 1
        assert len(session.exec(select(Target)).all()) == 2
        assert len(session.exec(select(Unit)).all()) == 4


def test_reingest_with_a_better_extraction_updates_in_place_keeping_ids(engine: Engine) -> None:
    first = store.ingest_extraction(engine, sample_extraction())
    with Session(engine) as session:
        kept = session.exec(select(Target).where(Target.value == 12)).one()
    improved = sample_extraction()
    improved.targets = improved.targets[:1]
    improved.targets[0].lead_units = ["市标准局", "市市场监管局"]
    improved.milestones.append(
        MilestoneRecord(
            region="示例市", title="完成评估", due=date(2020, 12, 31), quote="年底完成评估"
        )
    )
    second = store.ingest_extraction(engine, improved)
    assert (second.action, second.document_id) == ("updated", first.document_id)
    assert second.counts["target"] == 1 and second.counts["milestone"] == 2
    with Session(engine) as session:
        live = session.exec(select(Target).where(Target.deleted_at.is_(None))).all()  # type: ignore[union-attr]
        assert [target.id for target in live] == [kept.id]
        dropped = session.exec(select(Target).where(Target.value == 3)).one()
        assert dropped.deleted_at is not None, "a fact no longer extracted is retired, not removed"
        lead = session.exec(
            select(Unit.name)
            .join(FactUnit, FactUnit.unit_id == Unit.id)
            .where(
                FactUnit.fact_id == kept.id, FactUnit.fact_kind == "target", FactUnit.role == "lead"
            )
        ).all()
        assert sorted(lead) == ["市市场监管局", "市标准局"]


def test_reingest_keeps_progress_reports_and_hand_edits(engine: Engine) -> None:
    store.ingest_extraction(engine, sample_extraction())
    with Session(engine) as session:
        target = session.exec(select(Target).where(Target.value == 12)).one()
        target_id = target.id
        target.value = 15  # an admin's correction, audited as such
        session.add(target)
        session.add(
            AuditEntry(
                action="edit", entity_kind="target", entity_id=target.id, created_at=store.utcnow()
            )
        )
        session.add(
            ProgressReport(
                target_id=target.id or 0, value=6, reported_by=7, reported_at=store.utcnow()
            )
        )
        session.commit()
    improved = sample_extraction()
    improved.targets[0].qualifier = "累计新增"
    improved.targets = improved.targets[:1]
    assert store.ingest_extraction(engine, improved).action == "updated"
    with Session(engine) as session:
        edited = session.get(Target, target_id)
        assert edited is not None and edited.value == 15 and edited.qualifier == "新增"
        assert edited.deleted_at is None
        assert len(session.exec(select(ProgressReport)).all()) == 1


def test_the_same_text_under_another_file_name_is_unchanged(engine: Engine) -> None:
    store.ingest_extraction(engine, sample_extraction())
    renamed = sample_extraction()
    renamed.document = replace(renamed.document, source="copy-of-sample.txt")
    assert store.ingest_extraction(engine, renamed).action == "unchanged"


def test_a_new_version_with_the_same_doc_number_supersedes_the_old(engine: Engine) -> None:
    old = store.ingest_extraction(engine, sample_extraction())
    new = store.ingest_extraction(engine, sample_extraction(TEXT + "(修订)"))
    assert new.action == "replaced" and new.replaced_document_id == old.document_id
    with Session(engine) as session:
        previous = session.get(Document, old.document_id)
        assert previous is not None
        assert previous.status == DocumentStatus.SUPERSEDED
        assert previous.superseded_by_id == new.document_id


def test_a_plan_retires_the_documents_it_names(engine: Engine) -> None:
    old = store.ingest_extraction(engine, sample_extraction(doc_number="示政发〔2007〕9号"))
    newer = sample_extraction("新的计划。" + TEXT, doc_number="示政发〔2019〕2号")
    newer.document = replace(newer.document, supersedes=["《旧意见》(示政发〔2007〕9号)"])
    store.ingest_extraction(engine, newer)
    with Session(engine) as session:
        previous = session.get(Document, old.document_id)
        assert previous is not None and previous.status == DocumentStatus.SUPERSEDED


def test_a_failure_mid_document_leaves_nothing_behind(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "_apply_retirements", explode)
    with pytest.raises(RuntimeError):
        store.ingest_extraction(engine, sample_extraction())
    with Session(engine) as session:
        for model in (Document, Target, Unit, Region, FactUnit, AuditEntry):
            assert session.exec(select(model)).all() == [], model.__name__


def test_datetimes_come_back_timezone_aware_in_utc(engine: Engine) -> None:
    shanghai = timezone(timedelta(hours=8))
    fire_at = datetime(2020, 6, 30, 9, 0, tzinfo=shanghai)
    with Session(engine) as session:
        session.add(
            ReminderLedger(
                item_kind="target",
                item_id=1,
                chat_id=-100123456789,
                fire_at=fire_at,
                due_date=date(2020, 6, 30),
            )
        )
        session.commit()
    with Session(engine) as session:
        row = session.exec(select(ReminderLedger)).one()
        assert row.fire_at == fire_at
        assert row.fire_at.tzinfo is not None and row.fire_at.utcoffset() == timedelta(0)
        assert row.chat_id == -100123456789


def test_naive_datetimes_are_refused(engine: Engine) -> None:
    with Session(engine) as session:
        session.add(
            ReminderLedger(
                item_kind="target",
                item_id=1,
                chat_id=1,
                fire_at=datetime(2020, 1, 1),
                due_date=date(2020, 1, 1),
            )
        )
        with pytest.raises(Exception, match="naive datetime"):
            session.commit()


def test_short_title_strips_the_notice_wrapper() -> None:
    assert store.short_title(
        "某市人民政府办公室关于印发某市品牌建设三年行动计划(2016-2018年)的通知"
    ) == ("某市品牌建设三年行动计划(2016-2018年)")
    assert store.short_title("某市质量提升行动计划") == "某市质量提升行动计划"
    assert store.short_title(None) is None


def test_utc_helper_is_aware() -> None:
    assert store.utcnow().tzinfo is UTC


def _ingest_racing_another_writer(engine: Engine, db_url: str, table: str) -> store.IngestResult:
    """Ingest the sample plan while, just before our first insert into ``table``, another
    process's ingest stores a plan of the same region and units and commits."""
    from sqlalchemy import event

    from policybot.knowledge.database import make_engine

    other_engine = make_engine(db_url)
    raced: list[str] = []

    def race(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if not raced and statement.lstrip().upper().startswith(f"INSERT INTO {table.upper()} "):
            raced.append(statement)
            other = sample_extraction("另一份计划。" + TEXT, doc_number="示政发〔2019〕5号")
            # Another plan, so another title: one of the same title, region and date would be
            # the sample plan again, which the racing ingest then replaces.
            retitled = replace(
                other.document, title="示例市人民政府关于印发示例市标准化行动计划的通知"
            )
            other = replace(other, document=retitled)
            store.ingest_extraction(other_engine, other)

    event.listen(engine, "before_cursor_execute", race)
    try:
        result = store.ingest_extraction(engine, sample_extraction())
    finally:
        event.remove(engine, "before_cursor_execute", race)
        other_engine.dispose()
    assert raced, f"no insert into {table} happened"
    return result


def _assert_no_duplicates(engine: Engine) -> None:
    with Session(engine) as session:
        assert len(session.exec(select(Document)).all()) == 2
        assert sorted(session.exec(select(Region.name)).all()) == ["示例市", "示例市东区"]
        units = session.exec(select(Unit.name)).all()
        assert len(units) == len(set(units)) == 4


def test_a_region_created_meanwhile_by_a_concurrent_ingest_is_reused(
    engine: Engine, db_url: str
) -> None:
    """Two ``policybot ingest`` runs: one died on ``UNIQUE region.name`` (the probe's finding)."""
    result = _ingest_racing_another_writer(engine, db_url, "region")
    assert result.action == "created"
    _assert_no_duplicates(engine)


@pytest.mark.postgres
def test_a_unit_created_meanwhile_by_a_concurrent_ingest_is_reused(postgres_url: str) -> None:
    """Only PostgreSQL lets another writer commit while our transaction has written (SQLite
    has one writer at a time), so only there can a unit appear between look-up and insert."""
    from policybot.knowledge.database import make_engine

    engine = make_engine(postgres_url)
    upgrade_database(engine)
    try:
        with store.session_scope(engine) as session:  # the region exists before both start
            store.ensure_region(session, "示例市东区")
        result = _ingest_racing_another_writer(engine, postgres_url, "unit")
        assert result.action == "created"
        _assert_no_duplicates(engine)
    finally:
        engine.dispose()


def test_a_document_without_title_or_number_is_stored_with_a_caption(engine: Engine) -> None:
    extraction = sample_extraction(doc_number=None)
    untitled = replace(extraction, document=replace(extraction.document, title=None))
    store.ingest_extraction(engine, untitled)
    with Session(engine) as session:
        document = session.exec(select(Document)).one()
        assert document.title is None
        assert document.short_title == "文件「示例市质量提升行动计划」"  # place already in it
