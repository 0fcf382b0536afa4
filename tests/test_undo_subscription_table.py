"""knowledge/ counts the subscriptions an undone upload leaves empty without importing the
scheduler: it reads the table by name. The names must stay those of the scheduler's model."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session, col, select

from policybot.knowledge.database import make_engine, upgrade_database
from policybot.knowledge.ingest import ingest_bytes
from policybot.knowledge.models import Document, Unit
from policybot.knowledge.undo_conflicts import SUBSCRIPTIONS, _emptied_subscriptions
from policybot.scheduler.models import Subscription
from tests.invented_plans import city_plan


def test_the_subscription_table_read_by_name_is_the_schedulers() -> None:
    model = Subscription.__table__  # type: ignore[attr-defined]
    assert SUBSCRIPTIONS.name == model.name
    assert {c.name for c in SUBSCRIPTIONS.c} <= {c.name for c in model.c}


def test_only_subscriptions_no_other_plan_stands_behind_are_counted(tmp_path: Path) -> None:
    """A region or unit another stored plan is also of keeps something behind its subscribers:
    only the ones the undone upload alone stood behind are said to be emptied."""
    engine = make_engine(f"sqlite:///{tmp_path / 'p.db'}")
    upgrade_database(engine)
    try:
        kept = "一、主要目标\n到2032年,新增团体标准12项(牵头单位:市财政局)。\n"
        undone = "一、主要目标\n到2032年,新建计量标准8项(牵头单位:市档案局)。\n"
        ingest_bytes(engine, city_plan(kept).encode("utf-8"), "kept.txt")
        second = ingest_bytes(
            engine, city_plan(undone).replace("41号", "42号").encode("utf-8"), "undone.txt"
        )
        document_id = second.result.document_id
        with Session(engine) as session:
            region = session.exec(select(Document).where(col(Document.id) == document_id)).one()
            units = {u.name: u.id for u in session.exec(select(Unit))}
            for chat, key, unit_id, region_id in (
                (1, f"region:{region.region_id}", None, region.region_id),
                (2, f"unit:{units['市财政局']}", units["市财政局"], None),
                (3, f"unit:{units['市档案局']}", units["市档案局"], None),
            ):
                session.add(
                    Subscription(chat_id=chat, topic_key=key, unit_id=unit_id, region_id=region_id)
                )
            session.commit()
            assert _emptied_subscriptions(session, document_id) == 1  # 市档案局's alone
    finally:
        engine.dispose()
