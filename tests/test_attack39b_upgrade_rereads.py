"""attack39b: upgrading a store from 0020 (the release before rem39's extraction fixes) to head
reads none of its documents again: 0021 forgets no ``extraction_fingerprint``, so
``rereading.stale_documents`` is empty and a store built at 9ebaf044 keeps what those fixes
removed — a plan of "示范县" filed under 范县, and "(一)建立月度调度机制" as a second monthly duty
"月度调度" beside the sentence's own (reminded twice). Seen by hand: a store built with
9ebaf044 (``ingest_bytes`` of such a notice), opened with main's ``open_store`` path
(``upgrade_database`` + ``reread_stale_documents`` → {}), still had region 范县 and both duties.
A fresh upload of the same file gives one duty and no 范县.
"""

from __future__ import annotations

from pathlib import Path

from policybot.knowledge.database import downgrade_database, make_engine, upgrade_database
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.rereading import stale_documents
from tests.invented_plans import city_plan


def test_a_store_from_before_the_extraction_fixes_is_read_again(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade_database(engine)
    try:
        body = "一、工作任务\n(一)建立月度调度机制\n市质量办每月10日前召开调度会议。\n"
        assert ingest_bytes(engine, city_plan(body).encode("utf-8"), "p.txt").result
        downgrade_database(engine, "0020_duty_other_days")  # the store as 9ebaf044 left it
        upgrade_database(engine)
        assert stale_documents(engine)
    finally:
        engine.dispose()
