"""attack39: a re-read at start (0019/0020) after hand edits. Invented text."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.knowledge.editing import update_fact
from policybot.knowledge.extract.pipeline import extract_text
from policybot.knowledge.models import Document, Target
from policybot.knowledge.rereading import reread_stale_documents
from test_scheduler_support import ingest

PLAN = """样板市标准提升行动方案
样政发〔2027〕9号

为推进标准化建设,制定本方案。实施期限为2027年至2028年。

一、主要目标
到2028年底,甲区新增省级标准化试点项目12个。
到2028年底,全市主导制定国家标准20项。
"""
EDITOR = 3901


def _live_targets(engine: Engine) -> dict[int, Target]:
    with Session(engine) as session:
        rows = session.exec(select(Target).where(Target.deleted_at.is_(None)))
        return {row.id or 0: row for row in rows}


def _forget_fingerprint(engine: Engine) -> None:
    with Session(engine) as session:
        for document in session.exec(select(Document)):
            document.extraction_fingerprint = None
            session.add(document)
        session.commit()


@pytest.mark.xfail(
    strict=True,
    reason="attack39 F: store._same_sentence keys a sentence by (offsets, district): a target "
    "whose 区县 an admin edited is not found, so the re-read adds the original reading beside "
    "the edit (duplicate target, reminded twice, under two places)",
)
def test_a_target_whose_district_was_edited_is_not_read_again(engine: Engine) -> None:
    ingest(engine, extract_text(PLAN, "plan.txt"))
    before = _live_targets(engine)
    (national,) = [i for i, t in before.items() if "国家标准" in (t.subject or "")]
    update_fact(engine, EDITOR, "target", national, "district", "乙区")
    _forget_fingerprint(engine)
    reread_stale_documents(engine, now=datetime(2027, 6, 1, tzinfo=UTC))
    after = _live_targets(engine)
    assert set(after) == set(before), {i: (t.subject, t.district) for i, t in after.items()}

