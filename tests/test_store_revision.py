"""Freshness by one revision: any write to what answers show — also a raw one, through a new
session, that adds no id and no audit row — is seen by the next answer (SQLite and PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import text, update
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.models import StoreRevisionRow, Target
from policybot.knowledge.queries import read_store_version
from policybot.knowledge.service import QueryService
from test_scheduler_support import ingest, milestone, plan, target

NEW_SUBJECT = "新增绿色工厂认定"


def _revision(engine: Engine) -> int:
    with Session(engine) as session:
        return session.exec(select(StoreRevisionRow.revision)).one()


def test_a_raw_write_without_audit_is_seen_by_the_next_answer(engine: Engine) -> None:
    ingest(engine, plan(milestones=[milestone()], targets=[target()]))
    service = QueryService(engine)
    assert not service.search(NEW_SUBJECT).found
    with Session(engine) as session:  # no new id, no AuditEntry, nobody calls invalidate()
        session.exec(update(Target).values(subject=NEW_SUBJECT))  # type: ignore[call-overload]
        session.commit()
    answer = service.search(NEW_SUBJECT)
    assert answer.found and any(NEW_SUBJECT in fact.label for fact in answer.facts)


def test_every_write_bumps_the_revision_and_reads_do_not(engine: Engine) -> None:
    before = _revision(engine)
    ingest(engine, plan(targets=[target()]))
    after_ingest = _revision(engine)
    assert after_ingest > before
    version = read_store_version(engine)
    with Session(engine) as session:
        session.exec(select(Target)).all()
    assert _revision(engine) == after_ingest and read_store_version(engine) == version
    with engine.begin() as connection:  # plain SQL, outside the ORM
        connection.execute(text("UPDATE target SET value = value + 1"))
    assert _revision(engine) > after_ingest and read_store_version(engine) != version


def test_a_rolled_back_write_leaves_the_revision(engine: Engine) -> None:
    ingest(engine, plan(targets=[target()]))
    before = _revision(engine)
    with Session(engine) as session:
        session.exec(update(Target).values(value=99))  # type: ignore[call-overload]
        session.rollback()
    assert _revision(engine) == before
