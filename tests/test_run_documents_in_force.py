"""`make run` without a token says how many plans are in force: a superseded version is not one.

trial40: "7 份规划" was said with 6 in force (the old version of a replaced plan counted).
"""

from __future__ import annotations

from pathlib import Path

from policybot.bot.cli import documents_in_force, no_token_text
from policybot.config import Settings
from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.ingest import ingest_bytes
from tests.invented_plans import city_plan, task_table_plan

PLAN = city_plan("一、主要目标\n到2032年,全市品牌企业达到20家。\n")


def test_a_superseded_version_is_not_counted_in_force(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'plans.db'}")
    upgrade_database(engine)
    try:
        for number, text in enumerate((PLAN, task_table_plan(), PLAN.replace("20家", "25家"))):
            outcome = ingest_bytes(engine, text.encode("utf-8"), f"plan{number}.txt")
            assert outcome.result is not None, outcome
        assert outcome.result.replaced_document_id is not None  # the third replaces the first
        assert documents_in_force(engine) == "2 份规划有效(另有 1 份已被替代)"
        assert "2 份规划有效(另有 1 份已被替代)" in no_token_text(Settings(), engine)
    finally:
        engine.dispose()


def test_only_plans_in_force(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'plans.db'}")
    upgrade_database(engine)
    try:
        assert ingest_bytes(engine, PLAN.encode("utf-8"), "plan.txt").result is not None
        assert documents_in_force(engine) == "1 份规划有效"
    finally:
        engine.dispose()
