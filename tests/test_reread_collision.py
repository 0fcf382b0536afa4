"""review45: a stored plan whose re-read text reads as another stored document's is left as it is
stored, and was re-extracted, skipped and logged again at every start (its fingerprint stayed
forgotten). It is now marked once as left as stored: its text and facts are kept, nothing is
re-read at the next start, and a later re-ingest of its text still writes its facts. Invented
示范市 plans (tests/invented_plans.py)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from invented_plans import city_plan
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.models import Document, Target
from policybot.knowledge.rereading import reread_stale_documents, stale_documents
from policybot.knowledge.store import content_hash
from test_attack45 import _RUN_ON_SCHEDULE
from test_scheduler_support import ingest

OTHER = "一、主要目标\n到2033年,全市新增乙类企业12家。\n"


def test_a_reread_that_collides_is_recorded_once_and_keeps_the_plan(engine: Engine) -> None:
    first = extract_text(city_plan(_RUN_ON_SCHEDULE), "a.txt")
    new_text = first.text
    ingest(engine, first)
    ingest(engine, extract_text(city_plan(OTHER), "b.txt"))
    # the second plan stored under an older normaliser with the first one's text, run on
    old_text = new_text.replace("\n第二阶段", "第二阶段").replace("\n第三阶段", "第三阶段")
    with Session(engine) as session:
        _, second = session.exec(select(Document).order_by(Document.id)).all()
        second.text, second.content_hash = old_text, content_hash(old_text)
        second.extraction_fingerprint = None
        session.add(second)
        session.commit()
        second_id = second.id
        kept = sorted(t.id for t in session.exec(select(Target)) if t.document_id == second_id)
    assert kept and stale_documents(engine) == [second_id]
    assert reread_stale_documents(engine, now=datetime(2031, 6, 1, tzinfo=UTC)) == {
        second_id: "skipped"
    }
    assert stale_documents(engine) == []
    assert reread_stale_documents(engine) == {}  # not again at the next start
    with Session(engine) as session:
        document = session.get(Document, second_id)
        assert document is not None and document.text == old_text
        after = sorted(
            t.id
            for t in session.exec(select(Target))
            if t.document_id == second_id and t.deleted_at is None
        )
    assert after == kept
