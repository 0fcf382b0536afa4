"""A unit name several regions share: the candidates of a live plan come expired.

Trial 37: "/subscribe 区甲局" went to another district's unit of that name; the chat is now asked
which (``test_reminders_e2e``), and the unit of a plan still in force heads the list — an
expired plan's unit is the less likely meaning.
"""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.models import Document, DocumentStatus
from policybot.scheduler.topics import resolve_topic
from test_scheduler_support import ingest, milestone, plan


def test_the_unit_of_a_live_plan_is_offered_first(sqlite_engine: Engine) -> None:
    for region, doc_number in (("甲市", "甲政发〔2018〕1号"), ("乙市", "乙政发〔2018〕2号")):
        record = plan(milestones=[milestone(units=["市质监局"])], doc_number=doc_number)
        record.document.region = region
        record.text += region
        for item in record.milestones:
            item.region = region
        ingest(sqlite_engine, record)
    with Session(sqlite_engine) as session:
        expired = session.exec(
            select(Document).where(Document.doc_number == "乙政发〔2018〕2号")
        ).one()
        expired.status = DocumentStatus.EXPIRED
        session.add(expired)
        session.commit()
        labels = [topic.label for topic in resolve_topic(session, "市质监局").candidates]
    assert labels == ["甲市 市质监局", "乙市 市质监局"], labels
