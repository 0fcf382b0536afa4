"""New-user trial: after /undo removes a confirmed upload's facts, the next upload's facts get
new ids on SQLite (AUTOINCREMENT, migration 0013), so an old 出处 button or an audit entry that
names a fact id never points at another document's fact."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from policybot.bot.harness import OfflineHarness
from policybot.knowledge.database import downgrade_database, make_engine, upgrade_database
from policybot.knowledge.editing import update_fact
from policybot.knowledge.models import STORED_FACT_MODELS, RewardRule, Target
from policybot.knowledge.store import ingest_extraction
from policybot.knowledge.undo import undo_last
from test_admin_samples import ADMIN, PLAN_V1, admin_bot
from test_admin_trial import OTHER_PLAN
from test_scheduler_support import plan, target

FACT_TABLES = ("target", "milestone", "recurring_duty", "reward_rule", "task")


@pytest.fixture
async def bot(sqlite_engine: Engine) -> AsyncIterator[OfflineHarness]:
    async with admin_bot(sqlite_engine) as harness:
        yield harness


def _ids(engine: Engine, model: type[Any]) -> set[int]:
    with Session(engine) as session:
        return {row.id for row in session.exec(select(model))}


async def test_an_undone_uploads_fact_ids_are_not_given_to_the_next_upload(
    bot: OfflineHarness, sqlite_engine: Engine
) -> None:
    await bot.upload(PLAN_V1.encode(), filename="p.txt")
    (first,) = await bot.press("确认入库")
    assert "已入库" in first.text
    old_targets, old_rewards = _ids(sqlite_engine, Target), _ids(sqlite_engine, RewardRule)
    assert old_targets and old_rewards
    await bot.say("/undo")  # an upload: asked first (fix42a)
    (undone,) = await bot.press("确认撤销入库")
    assert "已撤销" in undone.text
    assert not _ids(sqlite_engine, Target)  # the facts are gone with the upload
    await bot.upload(OTHER_PLAN.encode(), filename="q.txt")
    (second,) = await bot.press("确认入库")
    assert "数字乡村" in second.text
    new_targets, new_rewards = _ids(sqlite_engine, Target), _ids(sqlite_engine, RewardRule)
    assert new_targets and new_rewards
    assert min(new_targets) > max(old_targets)
    assert min(new_rewards) > max(old_rewards)


def _indexes_and_triggers(engine: Engine) -> dict[str, str]:
    with engine.connect() as connection:
        return {
            row[0]: row[1]
            for row in connection.exec_driver_sql(
                "SELECT name, tbl_name FROM sqlite_master WHERE type IN ('index', 'trigger')"
            )
        }


def test_the_migration_keeps_an_old_store_and_never_reuses_a_fact_id(tmp_path: Path) -> None:
    """A store at 0012 with facts, one upload undone before the upgrade: the fact tables are
    rebuilt with AUTOINCREMENT, rows, indexes and revision triggers kept, and neither the
    highest stored id nor one only the audit log still names is handed out again."""
    fresh = make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    upgrade_database(fresh, "0012_document_ids_never_reused")
    before = _indexes_and_triggers(fresh)
    fresh.dispose()
    # The facts are written by today's models (a fact table has gained columns since 0012, 0018),
    # then the store is taken back to 0012: the same rows, ids and audit log an old store had.
    engine = make_engine(f"sqlite:///{tmp_path / 'old.db'}")
    upgrade_database(engine)
    kept = ingest_extraction(engine, plan(targets=[target("X", value=1)], doc_number="样1号"))
    ingest_extraction(
        engine,
        plan(targets=[target("Y", value=2), target("Z", value=3)], doc_number="样2号"),
        actor_id=ADMIN,
    )
    gone = max(_ids(engine, Target))
    update_fact(engine, ADMIN, "target", gone, "value", "5")  # the audit log names the fact
    undo_last(engine, ADMIN)  # the edit
    undo_last(engine, ADMIN)  # the upload: its facts are gone, the edit's entries stay
    downgrade_database(engine, "0012_document_ids_never_reused")
    assert _indexes_and_triggers(engine) == before
    upgrade_database(engine, "0013_fact_ids_never_reused")  # what 0013 does (later ones add tables)
    with engine.connect() as connection:
        ddl: dict[str, str] = dict(
            connection.exec_driver_sql(
                "SELECT name, sql FROM sqlite_master WHERE type = 'table'"
            ).all()
        )
        after = {
            row[0]: row[1]
            for row in connection.exec_driver_sql(
                "SELECT name, tbl_name FROM sqlite_master WHERE type IN ('index', 'trigger')"
            )
        }
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    for table in FACT_TABLES:
        assert "PRIMARY KEY AUTOINCREMENT" in ddl[table], ddl[table]
        assert "FOREIGN KEY(document_id) REFERENCES document (id)" in ddl[table]
    assert after == before  # every index and revision trigger is there again
    assert "target_delete_bumps_revision" in after
    with Session(engine) as session:
        (row,) = session.exec(select(Target)).all()
        assert row.subject == "X" and row.document_id == kept.document_id
    upgrade_database(engine)  # today's models write the next upload
    ingest_extraction(engine, plan(targets=[target("W", value=4)], doc_number="样3号"))
    assert min(_ids(engine, Target) - {row.id}) == gone + 1
    downgrade_database(engine, "0012_document_ids_never_reused")  # and back again
    with engine.connect() as connection:
        for table in FACT_TABLES:
            (sql,) = connection.exec_driver_sql(
                "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
            ).one()
            assert "AUTOINCREMENT" not in sql and "PRIMARY KEY (id)" in sql
    assert len(_ids(engine, Target)) == 2
    assert set(STORED_FACT_MODELS.values()) >= {Target, RewardRule}
    engine.dispose()
