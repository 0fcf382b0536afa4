"""Upgrading a store from 0024 to 0034 reads every stored plan again, once, keeping fact ids.

Stop 41's extractor reads progress tables, tiered sums and a duty's own period-end words
(每季度末) differently, stop 42's keeps a deadline's 配合 units, stop 43's reads indicator tables,
stops 44 to 50 read what their corpus batches taught, stop 51 files zones under themselves and
reads a notice's 落款 and quoted 文号; a store built before any keeps the old reading unless the upgrade forgets each document's
fingerprint (0025 to 0035). Re-reading keeps fact ids, so the reminder ledger stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import Session, select

from policybot.knowledge.database import downgrade_database, make_engine, upgrade_database
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import RecurringDuty
from policybot.knowledge.rereading import reread_stale_documents, stale_documents
from tests.invented_plans import city_plan


@pytest.mark.parametrize(
    "before",
    [
        "0024_reread_batch38_readings",
        "0025_reread_all_batch41",
        "0026_reread_all_stop42",
        "0027_reread_all_stop43",
        "0028_reread_all_stop44",
        "0029_reread_all_stop45",
        "0030_reread_all_stop46",
        "0031_reread_all_stop47",
        "0032_reread_all_stop48",
        "0033_reread_all_stop49",
        "0034_reread_all_stop50",
    ],
)
def test_upgrading_reads_every_plan_again_and_keeps_fact_ids(tmp_path: Path, before: str) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade_database(engine)
    try:
        duty = "一、工作任务\n(一)报送进展\n市质量办每季度末报送工作进展情况。\n"
        plain = "一、主要目标\n到2032年,新增团体标准12项。\n"
        for name, body in (("a.txt", duty), ("b.txt", plain)):
            assert ingest_bytes(engine, city_plan(body).encode("utf-8"), name).result
        with Session(engine) as session:
            duty_ids = sorted(d.id for d in session.exec(select(RecurringDuty)))
        assert duty_ids
        downgrade_database(engine, before)
        assert not stale_documents(engine)
        upgrade_database(engine)
        assert len(stale_documents(engine)) == 2
        reread_stale_documents(engine)
        assert not stale_documents(engine)
        with Session(engine) as session:
            assert sorted(d.id for d in session.exec(select(RecurringDuty))) == duty_ids
    finally:
        engine.dispose()
